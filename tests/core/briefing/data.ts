// A minimal BriefingData for the pure section examples: one week, no sources, overridable piece by piece.
import { periodFor } from "../../../src/core/briefing/period";
import type { BriefingData, LedgerRow } from "../../../src/core/briefing/types";

export function emptyData(over: Partial<BriefingData> = {}): BriefingData {
	return {
		period: periodFor("2026-11-30", "UTC", "07:00"),
		generatedAt: "2026-11-30T07:00:00Z",
		timeZone: "UTC",
		currency: "USD",
		root: "AI",
		waitHours: 24,
		knownVendors: ["Figma = design", "Adobe = design", "Zoom"],
		odoo: null,
		ledger: { files: [], rows: [], bad: [] },
		social: [],
		vault: { outcomes: [], waiting: [], unreadable: [] },
		logs: { files: [], missingDays: [], lines: 0, corrupt: [], errors: [], autoApprovals: [], executions: 0, dryRuns: 0 },
		goals: { path: "AI/Business_Goals.md", found: true, revenueTargets: [], metrics: [], projects: [], problems: [] },
		usage: { notes: [], logs: [], windowStart: "2026-10-31" },
		...over,
	};
}

let line = 1;
/** A ledger row in bank.csv; lines count up so evidence stays distinct. */
export function row(date: string, description: string, amount: number, currency = "USD"): LedgerRow {
	return { file: "AI/Accounting/bank.csv", line: ++line, date, description, amountMinor: amount, currency, counterparty: description.split(" - ")[0] ?? description };
}
