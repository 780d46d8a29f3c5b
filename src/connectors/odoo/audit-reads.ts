// The weekly audit's reads from Odoo: revenue, receivables aging, overdue invoices, expenses by vendor, recurring bills.
// A fixed set of calls (8, or 9 when payments were reconciled after the period end, plus the session's login and the
// version read), so the round trips do not grow with the number of invoices.
import * as z from "zod/mini";
import type { Domain, OdooClient } from "./client";
import { type GroupQuery, type GroupRow, groupedRead } from "./grouped-read";
import { currencyDecimals, floatToMinor } from "./money";
import { unexpectedAnswer } from "./errors";
import { charOrFalse, dateOrFalse, many2one, m2oId, m2oName, moveNumber } from "./wire-schemas";

/** A query as it was sent, plus the narrower domain that selects exactly the records behind one figure (for evidence links). */
export interface Evidence {
	query: GroupQuery | { model: string; method: "search_read"; domain: Domain; fields: string[]; order: string; limit: number };
	domain: Domain;
}
export interface Figure {
	minor: number;
	count: number;
	evidence: Evidence;
}

export interface AuditFigures {
	/** The company currency all signed sums are in. */
	currency: string;
	decimals: number;
	today: string;
	revenue: { thisWeek: Figure; monthToDate: Figure; weeks: (Figure & { start: string })[] };
	receivables: { total: Figure; current: Figure; days1to30: Figure; days31to60: Figure; days61to90: Figure; over90: Figure };
	overdue: {
		total: Figure;
		invoices: { id: number; number: string; customer: string; dueDate: string; daysOverdue: number; residualMinor: number; currency: string }[];
		byCustomer: { partnerId: number | null; customer: string; minor: number; count: number; evidence: Evidence }[];
		evidence: Evidence;
	};
	expenses: {
		thisWeek: { partnerId: number | null; vendor: string; minor: number; evidence: Evidence }[];
		monthToDate: { partnerId: number | null; vendor: string; minor: number; evidence: Evidence }[];
	};
	recurringBills: { partnerId: number | null; vendor: string; typicalMinor: number; months: string[]; evidence: Evidence }[];
	/** HTTP round trips this audit cost (login and version read included). */
	roundTrips: number;
}

export interface AuditOptions {
	/** The audit's "today", YYYY-MM-DD in the owner's time zone. */
	today: string;
	/** 1 = weeks start on Monday (default), 0 = Sunday. */
	weekStartsOn?: 0 | 1;
	/** How many overdue invoices to list (oldest first); totals always cover all. */
	overdueLimit?: number;
}

const CUSTOMER = ["move_type", "in", ["out_invoice", "out_refund"]];
const VENDOR = ["move_type", "in", ["in_invoice", "in_refund"]];
const POSTED = ["state", "=", "posted"];
const OPEN = ["payment_state", "in", ["not_paid", "partial"]];

// ---- plain date arithmetic on YYYY-MM-DD (UTC, no time zone games: Odoo dates are dates) ----
function toDate(s: string): Date {
	return new Date(`${s}T00:00:00Z`);
}
function iso(d: Date): string {
	return d.toISOString().slice(0, 10);
}
export function addDays(s: string, n: number): string {
	const d = toDate(s);
	d.setUTCDate(d.getUTCDate() + n);
	return iso(d);
}
function daysBetween(from: string, to: string): number {
	return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}
function weekStart(s: string, startsOn: 0 | 1): string {
	const dow = toDate(s).getUTCDay();
	return addDays(s, -((dow - startsOn + 7) % 7));
}
function monthStart(s: string, monthsBack = 0): string {
	const d = toDate(s);
	return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack, 1)));
}
function dateRange(field: string, from: string, toExclusive: string): unknown[] {
	return [[field, ">=", from], [field, "<", toExclusive]];
}

const companyRow = z.object({ id: z.int(), currency_id: many2one });
const overdueRow = z.object({ id: z.int(), name: charOrFalse, partner_id: many2one, invoice_date_due: dateOrFalse, amount_residual: z.number(), currency_id: many2one });

/** What every part of the audit shares: the client, the period's days and the company currency's rounding. */
interface Period {
	client: OdooClient;
	today: string;
	tomorrow: string;
	thisWeek: string;
	month: string;
	currency: string;
	minor: (x: number) => number;
}

export async function readWeeklyAudit(client: OdooClient, opts: AuditOptions): Promise<AuditFigures> {
	const startTrips = client.roundTrips;
	const today = opts.today;
	const [company] = await client.searchRead("res.company", [], ["currency_id"], companyRow, { limit: 1, order: "id" });
	const currency = company ? m2oName(company.currency_id, "USD") : "USD";
	const d = currencyDecimals(currency);
	const period: Period = { client, today, tomorrow: addDays(today, 1), thisWeek: weekStart(today, opts.weekStartsOn ?? 1), month: monthStart(today), currency, minor: (x) => floatToMinor(x, d) };
	// The reads run one after the other, in this order, so the round trips stay the same whatever the book's size.
	const revenue = await readRevenue(period);
	const receivables = await readReceivables(period);
	const overdue = await readOverdue(period, opts.overdueLimit ?? 50);
	const expenses = await readExpenses(period);
	const recurringBills = await readRecurring(period);
	return { currency, decimals: d, today, revenue, receivables, overdue, expenses, recurringBills, roundTrips: client.roundTrips - startTrips };
}

/** Revenue: one grouping by day over 8 weeks (and the whole month), bucketed here into week, month and weekly series. */
async function readRevenue({ client, tomorrow, thisWeek, month, minor }: Period): Promise<AuditFigures["revenue"]> {
	const firstWeek = addDays(thisWeek, -7 * 7);
	const revStart = firstWeek < month ? firstWeek : month;
	const revBase = [CUSTOMER, POSTED];
	const rev = await groupedRead(client, "account.move", [...revBase, ...dateRange("invoice_date", revStart, tomorrow)], ["invoice_date:day"], ["amount_untaxed_signed"]);
	const revFigure = (from: string, to: string): Figure => {
		const rows = rev.rows.filter((r) => inRange(r.keys["invoice_date:day"], from, to));
		return { minor: sumMinor(rows, "amount_untaxed_signed", minor), count: countOf(rows), evidence: { query: rev.query, domain: [...revBase, ...dateRange("invoice_date", from, to)] } };
	};
	const weeks = Array.from({ length: 8 }, (_, i) => {
		const start = addDays(firstWeek, 7 * i);
		return { start, ...revFigure(start, i === 7 ? tomorrow : addDays(start, 7)) };
	});
	return { thisWeek: revFigure(thisWeek, tomorrow), monthToDate: revFigure(month, tomorrow), weeks };
}

/**
 * Receivables as of the period end (`today`): customer invoices dated up to it, open by what Odoo holds now, plus what
 * was paid on them after it (reconciled after the period end), aged against the period end.
 */
async function readReceivables({ client, today, minor }: Period): Promise<AuditFigures["receivables"]> {
	const recBase = [CUSTOMER, POSTED, OPEN, ["invoice_date", "<=", today]];
	const rec = await groupedRead(client, "account.move", recBase, ["invoice_date_due:day"], ["amount_residual_signed"]);
	const recRows = [...rec.rows, ...(await paidAfter(client, today))];
	const bucket = (lo: number, hi: number, dom: unknown[]): Figure => {
		const rows = recRows.filter((r) => {
			const due = r.keys["invoice_date_due:day"];
			const late = typeof due === "string" ? daysBetween(due, today) : 0;
			return late >= lo && late <= hi;
		});
		return { minor: sumMinor(rows, "amount_residual_signed", minor), count: countOf(rows), evidence: { query: rec.query, domain: [...recBase, ...dom] } };
	};
	const dueOn = (daysLate: number) => addDays(today, -daysLate);
	return {
		total: bucket(-Infinity, Infinity, []),
		current: bucket(-Infinity, 0, ["|", ["invoice_date_due", "=", false], ["invoice_date_due", ">=", today]]),
		days1to30: bucket(1, 30, dateRange("invoice_date_due", dueOn(30), today)),
		days31to60: bucket(31, 60, dateRange("invoice_date_due", dueOn(60), dueOn(30))),
		days61to90: bucket(61, 90, dateRange("invoice_date_due", dueOn(90), dueOn(60))),
		over90: bucket(91, Infinity, [["invoice_date_due", "<", dueOn(90)]]),
	};
}

/** Overdue: the oldest `limit` invoices listed, and every overdue customer totalled by a grouping. */
async function readOverdue({ client, today, currency, minor }: Period, limit: number): Promise<AuditFigures["overdue"]> {
	const overdueDomain = [["move_type", "=", "out_invoice"], POSTED, OPEN, ["invoice_date_due", "<", today]];
	const fields = ["name", "partner_id", "invoice_date_due", "amount_residual", "currency_id"];
	const order = "invoice_date_due asc, id asc";
	const list = await client.searchRead("account.move", overdueDomain, fields, overdueRow, { limit, order });
	const byCust = await groupedRead(client, "account.move", overdueDomain, ["partner_id"], ["amount_residual_signed"]);
	const byCustomer = byCust.rows
		.map((r) => {
			const p = r.keys.partner_id;
			const partnerId = Array.isArray(p) ? p[0] : null;
			const customer = Array.isArray(p) ? p[1] : "(no customer)";
			return { partnerId, customer, minor: minor(r.sums.amount_residual_signed ?? 0), count: r.count, evidence: { query: byCust.query, domain: [...overdueDomain, ["partner_id", "=", partnerId ?? false]] } };
		})
		.sort((a, b) => b.minor - a.minor);
	return {
		total: { minor: byCustomer.reduce((s, c) => s + c.minor, 0), count: byCustomer.reduce((s, c) => s + c.count, 0), evidence: { query: byCust.query, domain: overdueDomain } },
		invoices: list.map((r) => overdueInvoice(r, currency, today)),
		byCustomer,
		evidence: { query: { model: "account.move", method: "search_read", domain: overdueDomain, fields, order, limit }, domain: overdueDomain },
	};
}

function overdueInvoice(r: z.infer<typeof overdueRow>, currency: string, today: string): AuditFigures["overdue"]["invoices"][number] {
	const code = m2oName(r.currency_id, currency);
	const due = r.invoice_date_due || today;
	return {
		id: r.id,
		number: moveNumber(r.name) ?? `#${r.id}`,
		customer: m2oName(r.partner_id, "(no customer)"),
		dueDate: due,
		daysOverdue: daysBetween(due, today),
		residualMinor: floatToMinor(r.amount_residual, currencyDecimals(code)),
		currency: code,
	};
}

/** Expenses: vendor bills by vendor and day since the earlier of week and month start; bucketed into both here. */
async function readExpenses({ client, tomorrow, thisWeek, month, minor }: Period): Promise<AuditFigures["expenses"]> {
	const expStart = thisWeek < month ? thisWeek : month;
	const expBase = [VENDOR, POSTED];
	const exp = await groupedRead(client, "account.move", [...expBase, ...dateRange("invoice_date", expStart, tomorrow)], ["partner_id", "invoice_date:day"], ["amount_untaxed_signed"]);
	const byVendor = (from: string) => {
		const totals = new Map<string, { partnerId: number | null; vendor: string; minor: number }>();
		for (const r of exp.rows) {
			if (!inRange(r.keys["invoice_date:day"], from, tomorrow)) continue;
			const p = r.keys.partner_id;
			const key = Array.isArray(p) ? String(p[0]) : "none";
			const t = totals.get(key) ?? { partnerId: Array.isArray(p) ? p[0] : null, vendor: Array.isArray(p) ? p[1] : "(no vendor)", minor: 0 };
			// Vendor bills are negative in the signed fields; an expense is reported as a positive amount.
			t.minor -= minor(r.sums.amount_untaxed_signed ?? 0);
			totals.set(key, t);
		}
		return [...totals.values()]
			.map((t) => ({ ...t, evidence: { query: exp.query, domain: [...expBase, ...dateRange("invoice_date", from, tomorrow), ["partner_id", "=", t.partnerId ?? false]] } }))
			.sort((a, b) => b.minor - a.minor);
	};
	return { thisWeek: byVendor(thisWeek), monthToDate: byVendor(month) };
}

/** Recurring: the same vendor billing a similar amount once a month, three months running or more. */
async function readRecurring({ client, today, minor }: Period): Promise<AuditFigures["recurringBills"]> {
	const recurBase = [["move_type", "=", "in_invoice"], POSTED, ["invoice_date", ">=", monthStart(today, 6)]];
	const recur = await groupedRead(client, "account.move", recurBase, ["partner_id", "invoice_date:month"], ["amount_total_signed"]);
	return findRecurring(recur.rows, minor).map((r) => ({ ...r, evidence: { query: recur.query, domain: [...recurBase, ["partner_id", "=", r.partnerId ?? false]] } }));
}

const partialRow = z.object({ id: z.int(), debit_move_id: many2one, credit_move_id: many2one, amount: z.number() });
const termLineRow = z.object({
	id: z.int(),
	move_id: many2one,
	account_type: charOrFalse,
	move_type: charOrFalse,
	parent_state: charOrFalse,
	invoice_date: dateOrFalse,
	date_maturity: dateOrFalse,
	amount_residual: z.number(),
});
/** More reconciliations than this since the period end would not fit one read; the audit then says so. */
const MAX_PARTIALS = 5000;

/**
 * What was paid after `end` on customer invoices (and refunds) dated up to `end`, as rows shaped like the receivables
 * grouping (by due day): Odoo's residuals are today's, so these amounts were still open at the period end. Two reads
 * whatever the book's size: the reconciliations made after `end` (few, as the audit runs just after its period), then
 * the receivable lines they touch.
 */
async function paidAfter(client: OdooClient, end: string): Promise<GroupRow[]> {
	const partials = await client.searchRead("account.partial.reconcile", [["max_date", ">", end]], ["debit_move_id", "credit_move_id", "amount"], partialRow, { limit: MAX_PARTIALS, order: "id" });
	if (partials.length >= MAX_PARTIALS) throw unexpectedAnswer({ url: client.config.url, login: client.config.login, database: client.config.database, model: "account.partial.reconcile", method: "search_read" }, `more than ${MAX_PARTIALS} payments were reconciled after ${end}; run the audit closer to its period`);
	const lineIds = [...new Set(partials.flatMap((p) => [m2oId(p.debit_move_id), m2oId(p.credit_move_id)]).filter((id): id is number => id !== null))];
	if (lineIds.length === 0) return [];
	const lines = await client.readIds("account.move.line", lineIds, ["move_id", "account_type", "move_type", "parent_state", "invoice_date", "date_maturity", "amount_residual"], termLineRow);
	const byId = new Map(lines.map((l) => [l.id, l]));
	const customerLine = (id: number | null) => {
		const l = id === null ? undefined : byId.get(id);
		const ok = l && l.account_type === "asset_receivable" && l.parent_state === "posted" && (l.move_type === "out_invoice" || l.move_type === "out_refund") && typeof l.invoice_date === "string" && l.invoice_date <= end;
		return ok ? l : undefined;
	};
	const rows = new Map<number, GroupRow & { move: number | null }>();
	for (const p of partials) {
		// An invoice's receivable is the debit side of its payment's reconciliation; a refund's is the credit side.
		for (const [id, sign] of [[m2oId(p.debit_move_id), 1], [m2oId(p.credit_move_id), -1]] as const) {
			const l = customerLine(id);
			if (!l) continue;
			const row = rows.get(l.id) ?? { keys: { "invoice_date_due:day": l.date_maturity || l.invoice_date }, sums: { amount_residual_signed: 0 }, count: 0, move: m2oId(l.move_id) };
			row.sums.amount_residual_signed = (row.sums.amount_residual_signed ?? 0) + sign * p.amount;
			// Settled by now, so the grouping above did not count it; it was open at the period end.
			row.count = l.amount_residual === 0 ? 1 : 0;
			rows.set(l.id, row);
		}
	}
	return [...rows.values()].map(({ keys, sums, count }) => ({ keys, sums, count }));
}

function inRange(key: unknown, from: string, toExclusive: string): boolean {
	return typeof key === "string" && key >= from && key < toExclusive;
}
function sumMinor(rows: GroupRow[], field: string, minor: (x: number) => number): number {
	// Each group's float is rounded once, then integers are added: no float sum crosses groups.
	return rows.reduce((s, r) => s + minor(r.sums[field] ?? 0), 0);
}
function countOf(rows: GroupRow[]): number {
	return rows.reduce((s, r) => s + r.count, 0);
}

/** Months in a row (by "YYYY-MM-01"), one bill each, every amount within 15% of the median: a subscription or rent. */
function findRecurring(rows: GroupRow[], minor: (x: number) => number): { partnerId: number | null; vendor: string; typicalMinor: number; months: string[] }[] {
	const byVendor = new Map<string, { partnerId: number | null; vendor: string; months: Map<string, { minor: number; count: number }> }>();
	for (const r of rows) {
		const p = r.keys.partner_id;
		const m = r.keys["invoice_date:month"];
		if (!Array.isArray(p) || typeof m !== "string") continue;
		const v = byVendor.get(String(p[0])) ?? { partnerId: p[0], vendor: p[1], months: new Map() };
		v.months.set(m.slice(0, 7), { minor: -minor(r.sums.amount_total_signed ?? 0), count: r.count });
		byVendor.set(String(p[0]), v);
	}
	const out: { partnerId: number | null; vendor: string; typicalMinor: number; months: string[] }[] = [];
	for (const v of byVendor.values()) {
		const months = [...v.months.keys()].sort();
		// The latest run of consecutive months with exactly one bill each.
		let run: string[] = [];
		for (const m of months) {
			const prev = run[run.length - 1];
			const single = v.months.get(m)?.count === 1;
			if (!single) run = [];
			else if (prev && monthStart(`${prev}-01`, -1).slice(0, 7) === m) run.push(m);
			else run = [m];
		}
		if (run.length < 3) continue;
		const amounts = run.map((m) => v.months.get(m)?.minor ?? 0).sort((a, b) => a - b);
		const median = amounts[Math.floor(amounts.length / 2)] ?? 0;
		if (median <= 0 || amounts.some((a) => Math.abs(a - median) > median * 0.15)) continue;
		out.push({ partnerId: v.partnerId, vendor: v.vendor, typicalMinor: median, months: run });
	}
	return out.sort((a, b) => b.typicalMinor - a.typicalMinor);
}

