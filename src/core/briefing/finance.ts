// The money figures, from Odoo when connected, else from the vault ledger: one source-neutral shape for the sections.
import { addDays, monthStart } from "./calendar";
import type { BriefingData, LedgerRow, OdooEvidence } from "./types";

export interface MoneyFigure {
	minor: number;
	count: number;
	/** Odoo: the query behind it; ledger: the rows summed. */
	odoo?: OdooEvidence;
	rows?: LedgerRow[];
}

export interface VendorTotal {
	vendor: string;
	minor: number;
	odoo?: OdooEvidence;
	rows?: LedgerRow[];
}

export interface Finance {
	source: "odoo" | "ledger" | "none";
	currency: string;
	/** What "revenue" means for this source, in words. */
	revenueMeaning: string;
	revenueWeek: MoneyFigure | null;
	revenueMtd: MoneyFigure | null;
	/** `noData`: the ledger has no row at all in that week, so its revenue is unknown (left out of the chart), not zero. */
	weeks: { start: string; minor: number; count: number; noData?: true }[];
	/** Odoo only: receivables aging and overdue invoices. */
	receivables: { label: string; figure: MoneyFigure }[] | null;
	overdue: {
		total: MoneyFigure;
		invoices: { id: number; number: string; customer: string; dueDate: string; daysOverdue: number; residualMinor: number; currency: string }[];
		byCustomer: { customer: string; minor: number; count: number; odoo: OdooEvidence }[];
	} | null;
	expensesWeek: VendorTotal[];
	expensesMtd: VendorTotal[];
	/** Ledger rows left out because their currency is not the main one (no rates: never converted). */
	foreignRows: LedgerRow[];
	odooBaseUrl: string | null;
}

function sumRows(rows: LedgerRow[]): MoneyFigure {
	return { minor: rows.reduce((s, r) => s + r.amountMinor, 0), count: rows.length, rows };
}

function byVendor(rows: LedgerRow[]): VendorTotal[] {
	const m = new Map<string, VendorTotal>();
	for (const r of rows) {
		const t = m.get(r.counterparty) ?? { vendor: r.counterparty, minor: 0, rows: [] };
		t.minor -= r.amountMinor;
		t.rows?.push(r);
		m.set(r.counterparty, t);
	}
	return [...m.values()].sort((a, b) => b.minor - a.minor || a.vendor.localeCompare(b.vendor));
}

function fromLedger(data: BriefingData): Finance {
	const { period, currency } = data;
	const rows = data.ledger.rows.filter((r) => r.currency === currency);
	const foreignRows = data.ledger.rows.filter((r) => r.currency !== currency && r.date >= addDays(period.start, -49) && r.date <= period.end);
	const within = (from: string, to: string) => rows.filter((r) => r.date >= from && r.date <= to);
	const moneyIn = (from: string, to: string) => within(from, to).filter((r) => r.amountMinor > 0);
	const moneyOut = (from: string, to: string) => within(from, to).filter((r) => r.amountMinor < 0);
	const mtdFrom = monthStart(period.end);
	// A span the ledger has no row in (any amount, any currency) is a gap in the data, not a span without revenue.
	const covered = (from: string, to: string) => data.ledger.rows.some((r) => r.date >= from && r.date <= to);
	const weeks = Array.from({ length: 8 }, (_, i) => {
		const start = addDays(period.start, -7 * (7 - i));
		const f = sumRows(moneyIn(start, addDays(start, 6)));
		return covered(start, addDays(start, 6)) ? { start, minor: f.minor, count: f.count } : { start, minor: 0, count: 0, noData: true as const };
	});
	const any = data.ledger.rows.length > 0;
	return {
		source: any ? "ledger" : "none",
		currency,
		revenueMeaning: "money received into the bank (ledger rows with a positive amount)",
		revenueWeek: any && covered(period.start, period.end) ? sumRows(moneyIn(period.start, period.end)) : null,
		revenueMtd: any && covered(mtdFrom, period.end) ? sumRows(moneyIn(mtdFrom, period.end)) : null,
		weeks: any ? weeks : [],
		receivables: null,
		overdue: null,
		expensesWeek: byVendor(moneyOut(period.start, period.end)),
		expensesMtd: byVendor(moneyOut(mtdFrom, period.end)),
		foreignRows,
		odooBaseUrl: null,
	};
}

export function buildFinance(data: BriefingData): Finance {
	const o = data.odoo?.ok ? data.odoo.figures : null;
	if (!o) return fromLedger(data);
	const fig = (f: { minor: number; count: number; evidence: OdooEvidence }): MoneyFigure => ({ minor: f.minor, count: f.count, odoo: f.evidence });
	const r = o.receivables;
	return {
		source: "odoo",
		currency: o.currency,
		revenueMeaning: "posted customer invoices less credit notes, untaxed, by invoice date",
		revenueWeek: fig(o.revenue.thisWeek),
		revenueMtd: fig(o.revenue.monthToDate),
		weeks: o.revenue.weeks.map((w) => ({ start: w.start, minor: w.minor, count: w.count })),
		receivables: [
			{ label: "Not yet due", figure: fig(r.current) },
			{ label: "1–30 days overdue", figure: fig(r.days1to30) },
			{ label: "31–60 days overdue", figure: fig(r.days31to60) },
			{ label: "61–90 days overdue", figure: fig(r.days61to90) },
			{ label: "Over 90 days overdue", figure: fig(r.over90) },
			{ label: "Total open", figure: fig(r.total) },
		],
		overdue: {
			total: fig(o.overdue.total),
			invoices: o.overdue.invoices,
			byCustomer: o.overdue.byCustomer.map((c) => ({ customer: c.customer, minor: c.minor, count: c.count, odoo: c.evidence })),
		},
		expensesWeek: o.expenses.thisWeek.map((e) => ({ vendor: e.vendor, minor: e.minor, odoo: e.evidence })),
		expensesMtd: o.expenses.monthToDate.map((e) => ({ vendor: e.vendor, minor: e.minor, odoo: e.evidence })),
		foreignRows: [],
		odooBaseUrl: o.baseUrl,
	};
}
