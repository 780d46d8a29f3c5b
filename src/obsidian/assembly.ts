// The engine and everything around it as Obsidian runs them: this device's host and executor seat, and the invoice
// reader in a worker, so its first-use compilation (seconds) never freezes the window.
import type { App } from "obsidian";
import { assemble, type Assembly } from "../app/assemble";
import type { Settings } from "../core/settings/schema";
import { deviceApprovalKey } from "./approval-key";
import type { ExecutorSeat } from "./executor-seat";
import { createObsidianHost } from "./host";
import { BackgroundInvoiceReader } from "./invoice-reader/background-reader";
import invoiceReaderSource from "invoice-reader-worker-source";

export function assembleInObsidian(app: App, settings: Settings, executor: ExecutorSeat): Assembly {
	const host = createObsidianHost(app);
	return assemble({
		host,
		settings,
		hostKind: "obsidian",
		approvalKey: () => deviceApprovalKey(host.secrets),
		isExecutor: () => executor.runs,
		executorNote: () => executor.note(),
		invoiceReader: new BackgroundInvoiceReader(invoiceReaderSource),
	});
}
