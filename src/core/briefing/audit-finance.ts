// The audit's money sections: revenue, trend, receivables, overdue invoices, expenses and subscriptions, with sources.
import { AUDIT, noteLink, odooRecordUrl, table } from "./links";
import { formatMoney } from "./money";
import type { Model } from "./model";
import type { Finance, MoneyFigure, VendorTotal } from "./finance";
import { describeFlag } from "./subscriptions";
import type { LedgerRow, OdooEvidence } from "./types";

/** An Odoo query in one line: model, method and the exact domain, so anyone can rerun it. */
export function odooQuery(e: OdooEvidence): string {
	return `Odoo \`${e.query.model}\` ${e.query.method}, domain \`${JSON.stringify(e.domain)}\``;
}

export function rowRef(r: LedgerRow): string {
	return `${noteLink(r.file)} line ${r.line}`;
}

function source(f: MoneyFigure | VendorTotal): string {
	if (f.odoo) return odooQuery(f.odoo);
	const rows = f.rows ?? [];
	if (rows.length === 0) return "no ledger rows";
	return rows.map((r) => `${r.file.split("/").pop() ?? r.file}:${r.line}`).join(", ");
}

function rowsTable(rows: LedgerRow[]): string {
	return table(
		["date", "description", "amount", "row"],
		rows.map((r) => [r.date, r.description, formatMoney(r.amountMinor, r.currency), rowRef(r)]),
	);
}

export function revenueAudit(m: Model): string {
	const f = m.finance;
	const p = m.data.period;
	const head = `## ${AUDIT.revenue}\n\nMeaning: ${f.revenueMeaning}.\n`;
	if (f.source === "none") return `${head}\nNo figures: neither Odoo nor a ledger is available.\n`;
	const line = (label: string, fig: Finance["revenueWeek"]) => (fig ? [label, formatMoney(fig.minor, f.currency), String(fig.count), source(fig)] : [label, "no data (not zero)", "—", "the ledger has no row in this span"]);
	const t = table(["figure", "amount", "records", "source"], [line(`Week ${p.start} to ${p.end}`, f.revenueWeek), line(`Month to date (to ${p.end})`, f.revenueMtd)]);
	const rows = f.source === "ledger" ? `\n\nLedger rows of the week:\n\n${f.revenueWeek?.rows?.length ? rowsTable(f.revenueWeek.rows) : "(none)"}\n` : "\n";
	return `${head}\n${t}${rows}`;
}

export function trendAudit(m: Model): string {
	const f = m.finance;
	if (f.weeks.length === 0) return `## ${AUDIT.trend}\n\nNo figures.\n`;
	const t = table(["week starting", "amount", "records"], f.weeks.map((w) => [w.start, w.noData ? "no data (not zero)" : formatMoney(w.minor, f.currency), w.noData ? "—" : String(w.count)]));
	return `## ${AUDIT.trend}\n\n${t}\n`;
}

export function receivablesAudit(m: Model): string {
	const r = m.finance.receivables;
	if (!r) return `## ${AUDIT.receivables}\n\nNot available: receivables need Odoo (a bank ledger shows payments, not what customers owe).\n`;
	const t = table(["aging", "amount", "invoices", "source"], r.map((x) => [x.label, formatMoney(x.figure.minor, m.finance.currency), String(x.figure.count), source(x.figure)]));
	return `## ${AUDIT.receivables}\n\nAs of ${m.data.period.end}, open posted customer invoices and credit notes by due date.\n\n${t}\n`;
}

export function overdueAudit(m: Model): string {
	const o = m.finance.overdue;
	if (!o) return `## ${AUDIT.overdue}\n\nNot available without Odoo.\n`;
	const base = m.finance.odooBaseUrl ?? "";
	const inv = table(
		["invoice", "customer", "due", "days late", "open amount"],
		o.invoices.map((i) => [`[${i.number}](${odooRecordUrl(base, i.id)})`, i.customer, i.dueDate, String(i.daysOverdue), formatMoney(i.residualMinor, i.currency)]),
	);
	const cust = table(["customer", "open amount", "invoices", "source"], o.byCustomer.map((c) => [c.customer, formatMoney(c.minor, m.finance.currency), String(c.count), odooQuery(c.odoo)]));
	return `## ${AUDIT.overdue}\n\nTotal: ${formatMoney(o.total.minor, m.finance.currency)} on ${o.total.count} invoices (${source(o.total)}).\n\n${inv}\n\nBy customer:\n\n${cust}\n`;
}

export function expensesAudit(m: Model): string {
	const f = m.finance;
	const t = (list: VendorTotal[]) => (list.length === 0 ? "(none)" : table(["vendor", "amount", "source"], list.map((v) => [v.vendor, formatMoney(v.minor, f.currency), source(v)])));
	return `## ${AUDIT.expenses}\n\nThe week:\n\n${t(f.expensesWeek)}\n\nMonth to date:\n\n${t(f.expensesMtd)}\n`;
}

export function subscriptionsAudit(m: Model): string {
	const subs = m.subscriptions;
	const d = m.data;
	const how = `Recurring charges: vendors matching a known-vendor pattern from the settings, or charged in two or more months. Flagged when the last charge is more than 20% above the one before, when two active tools share a category, or when no note or log line since ${d.usage.windowStart} mentions the tool. Not flagged when a note (or the handbook or goals) has a line naming the tool with why it is kept ("keep", "need", "because"…).`;
	if (subs.length === 0) return `## ${AUDIT.subscriptions}\n\n${how}\n\nNone detected.\n`;
	const t = table(
		["vendor", "category", "detected by", "last charge", "active", "flags"],
		subs.map((s) => [s.vendor, s.category ?? "—", s.detectedBy, `${formatMoney(s.latestMinor, s.currency)} on ${s.latestDate}`, s.active ? "yes" : "no", s.explainedBy ? `— (kept: explained in ${noteLink(s.explainedBy)})` : s.flags.map((x) => describeFlag(x, s.currency, formatMoney)).join("; ") || "—"]),
	);
	const evidence = subs
		.filter((s) => s.flags.length > 0)
		.map((s) => {
			const refs = s.charges.map((c) => (c.evidence.kind === "ledger" ? `${c.date} ${formatMoney(c.minor, s.currency)} (${rowRef(c.evidence.row)})` : `${c.evidence.months.join(", ")} ${formatMoney(c.minor, s.currency)} (${odooQuery(c.evidence.query)})`));
			return `- **${s.vendor}**: ${refs.join("; ")}`;
		});
	return `## ${AUDIT.subscriptions}\n\n${how}\n\n${t}\n${evidence.length > 0 ? `\nCharges behind the flags:\n\n${evidence.join("\n")}\n` : ""}`;
}
