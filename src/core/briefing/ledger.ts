// The vault ledger: bank transactions as CSV or a Markdown table in Accounting/, parsed strictly; bad rows are kept as gaps.
import { tableCells } from "../util/markdown-table";
import { isDay } from "./calendar";
import { parseAmount } from "./money";
import type { BadLedgerRow, Ledger, LedgerRow } from "./types";

const REQUIRED = ["date", "description", "amount"] as const;
const ALIASES: Record<string, string> = { payee: "counterparty", vendor: "counterparty", party: "counterparty", memo: "description", details: "description" };

/** Splits one CSV line (RFC 4180 quoting: "a, b" and "" for a quote); null when a quote is left open. */
export function splitCsvLine(line: string): string[] | null {
	const out: string[] = [];
	let cur = "";
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				cur += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cur += c;
		} else if (c === '"') quoted = true;
		else if (c === ",") {
			out.push(cur);
			cur = "";
		} else cur += c;
	}
	if (quoted) return null;
	out.push(cur);
	return out.map((s) => s.trim());
}

function columnsOf(header: string[]): Map<string, number> | null {
	const cols = new Map<string, number>();
	header.forEach((h, i) => {
		const name = h.toLowerCase().trim();
		cols.set(ALIASES[name] ?? name, i);
	});
	return REQUIRED.every((r) => cols.has(r)) ? cols : null;
}

/** The description up to " - " names the counterparty when there is no column for it: "Figma Professional - monthly" → "Figma Professional". */
export function counterpartyOf(description: string): string {
	return (description.split(/\s+[-–—]\s+/)[0] ?? description).trim();
}

function toRow(file: string, line: number, cells: string[], cols: Map<string, number>, defaultCurrency: string, raw: string): LedgerRow | BadLedgerRow {
	const cell = (name: string) => {
		const i = cols.get(name);
		return i === undefined ? "" : (cells[i] ?? "").trim();
	};
	const bad = (reason: string): BadLedgerRow => ({ file, line, text: raw.trim(), reason });
	if (cells.length !== cols.size) return bad(`has ${cells.length} columns, the header has ${cols.size}`);
	const date = cell("date");
	if (!isDay(date)) return bad(`the date "${date}" is not a date like 2026-11-03`);
	const description = cell("description");
	if (description === "") return bad("the description is empty");
	const currency = (cols.has("currency") ? cell("currency") : defaultCurrency).toUpperCase();
	if (!/^[A-Z]{3}$/.test(currency)) return bad(`the currency "${cell("currency")}" is not a three-letter code such as USD`);
	const amount = parseAmount(cell("amount"), currency);
	if (amount === null) return bad(`the amount "${cell("amount")}" is not a number like -45.00 (at most the currency's decimals, no currency sign)`);
	const counterparty = cell("counterparty") || counterpartyOf(description);
	return { file, line, date, description, amountMinor: amount, currency, counterparty };
}

function isBad(r: LedgerRow | BadLedgerRow): r is BadLedgerRow {
	return "reason" in r;
}

/** A CSV file: the first non-empty line is the header (date, description, amount; optional currency, counterparty). */
export function parseLedgerCsv(file: string, text: string, defaultCurrency: string): Ledger {
	const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	const rows: LedgerRow[] = [];
	const bad: BadLedgerRow[] = [];
	let cols: Map<string, number> | null = null;
	let headerSeen = false;
	let unread = 0;
	lines.forEach((raw, i) => {
		if (raw.trim() === "") return;
		const cells = splitCsvLine(raw);
		if (!headerSeen) {
			headerSeen = true;
			cols = cells ? columnsOf(cells) : null;
			if (!cols) bad.push({ file, line: i + 1, text: raw.trim(), reason: "the header must name the columns date, description and amount" });
			return;
		}
		if (cols === null) {
			unread++;
			return;
		}
		if (!cells) {
			bad.push({ file, line: i + 1, text: raw.trim(), reason: "a quote is not closed" });
			return;
		}
		const r = toRow(file, i + 1, cells, cols, defaultCurrency, raw);
		if (isBad(r)) bad.push(r);
		else rows.push(r);
	});
	// Without a header no row can be read: one complaint for the file, saying how many rows it holds back.
	const header = bad[0];
	if (cols === null && header && unread > 0) header.reason += ` (so its ${unread} row${unread === 1 ? " was" : "s were"} not read)`;
	return { files: [file], rows, bad };
}

/** A Markdown note: every table whose header has date, description and amount columns; other text is ignored. */
export function parseLedgerMarkdown(file: string, text: string, defaultCurrency: string): Ledger {
	const lines = text.split(/\r?\n/);
	const rows: LedgerRow[] = [];
	const bad: BadLedgerRow[] = [];
	let cols: Map<string, number> | null = null;
	let tables = 0;
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i] ?? "";
		if (!raw.trim().startsWith("|")) {
			cols = null;
			continue;
		}
		const cells = tableCells(raw);
		if (cols === null) {
			const next = lines[i + 1] ?? "";
			const header = columnsOf(cells);
			if (header && /^\s*\|?\s*:?-{3,}/.test(next)) {
				cols = header;
				tables++;
				i++; // the |---| line
			}
			continue;
		}
		const r = toRow(file, i + 1, cells, cols, defaultCurrency, raw);
		if (isBad(r)) bad.push(r);
		else rows.push(r);
	}
	if (tables === 0 && /\|/.test(text)) bad.push({ file, line: 1, text: "", reason: "no table with date, description and amount columns was found" });
	return { files: [file], rows, bad };
}

export function mergeLedgers(parts: Ledger[]): Ledger {
	return {
		files: parts.flatMap((p) => p.files),
		rows: parts.flatMap((p) => p.rows).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
		bad: parts.flatMap((p) => p.bad),
	};
}
