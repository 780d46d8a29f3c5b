// Reads the vault ledger: every CSV file and Markdown table in Accounting/ (other files are reported, not guessed at).
import type { VaultStore } from "../../ports";
import { extension } from "../../util/paths";
import { mergeLedgers, parseLedgerCsv, parseLedgerMarkdown } from "../ledger";
import type { Ledger } from "../types";

export async function readLedger(vault: VaultStore, folder: string, currency: string): Promise<Ledger> {
	const files = (await vault.listFiles(folder)).sort();
	const parts: Ledger[] = [];
	for (const file of files) {
		const ext = extension(file).toLowerCase();
		if (ext !== "csv" && ext !== "md") {
			parts.push({ files: [], rows: [], bad: [{ file, line: 1, text: "", reason: `only CSV files and Markdown tables are read, not .${ext} files`, resolve: "Export the statement as CSV into the Accounting folder, or move this file elsewhere." }] });
			continue;
		}
		const text = await vault.read(file);
		if (text === null) continue;
		parts.push(ext === "csv" ? parseLedgerCsv(file, text, currency) : parseLedgerMarkdown(file, text, currency));
	}
	return mergeLedgers(parts);
}
