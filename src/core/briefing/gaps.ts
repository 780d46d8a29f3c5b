// Data gaps: everything missing, ambiguous or contradictory, each with what would resolve it. Nothing is guessed.
import { dayOfWeek } from "./calendar";
import type { Finance } from "./finance";
import { monthlyTarget } from "./goals";
import { noteLink } from "./links";
import type { MetricResult } from "./metrics";
import { formatMoney } from "./money";
import type { BriefingData, DataGap } from "./types";

function rowRef(file: string, line: number): string {
	return `${noteLink(file)} line ${line}`;
}

function ledgerGaps(data: BriefingData, finance: Finance): DataGap[] {
	const gaps: DataGap[] = [];
	const { ledger, period } = data;
	if (finance.source === "odoo") return gaps;
	if (ledger.files.length === 0) {
		gaps.push({ topic: "Ledger", what: `No ledger file in ${data.root}/Accounting/, so there are no money figures.`, resolve: "Export your bank transactions as CSV (date, description, amount, currency) into the Accounting folder, or connect Odoo." });
	}
	for (const b of ledger.bad) {
		gaps.push({ topic: "Ledger row", what: `Not counted: ${b.reason}.${b.text ? ` The row reads: \`${b.text.replace(/`/g, "'")}\`` : ""}`, resolve: b.resolve ?? "Correct the row in the file (see the ledger format in the README); the next briefing counts it.", evidence: rowRef(b.file, b.line) });
	}
	const byCurrency = new Map<string, number>();
	for (const r of finance.foreignRows) byCurrency.set(r.currency, (byCurrency.get(r.currency) ?? 0) + 1);
	for (const [code, n] of byCurrency) {
		const first = finance.foreignRows.find((r) => r.currency === code);
		gaps.push({
			topic: "Currency",
			what: `${n} ledger row${n === 1 ? "" : "s"} in ${code} left out of every total: there is no exchange rate to ${data.currency}.`,
			resolve: `Convert them to ${data.currency} in the ledger (the bank's booked amount), or keep ${code} transactions in a separate account.`,
			evidence: first ? rowRef(first.file, first.line) : undefined,
		});
	}
	// The same transaction in two files (an overlapping export) would be counted twice: reported, both kept.
	const seen = new Map<string, { file: string; line: number }>();
	for (const r of ledger.rows) {
		const key = `${r.date}|${r.amountMinor}|${r.currency}|${r.description.toLowerCase()}`;
		const prev = seen.get(key);
		if (prev && prev.file !== r.file) {
			gaps.push({ topic: "Ledger row", what: `Possibly the same transaction twice: ${r.date} "${r.description}" ${formatMoney(r.amountMinor, r.currency)} is in two files; both are counted.`, resolve: "Delete the copy from one file if the exports overlap.", evidence: `${rowRef(prev.file, prev.line)} and ${rowRef(r.file, r.line)}` });
		}
		seen.set(key, { file: r.file, line: r.line });
	}
	if (ledger.rows.length > 0) {
		const inPeriod = ledger.rows.filter((r) => r.date >= period.start && r.date <= period.end).length;
		const last = ledger.rows.reduce((m, r) => (r.date > m ? r.date : m), "");
		if (inPeriod === 0) gaps.push({ topic: "Ledger", what: `No ledger transaction between ${period.start} and ${period.end}: the week's money figures are empty, not zero.`, resolve: "Add the bank export that covers the period to the Accounting folder." });
		else if (last < period.end) gaps.push({ topic: "Ledger", what: `The ledger ends on ${last}; the days after it up to ${period.end} are not covered.`, resolve: "Add a newer bank export to the Accounting folder." });
	}
	return gaps;
}

function odooGaps(data: BriefingData, finance: Finance): DataGap[] {
	if (data.odoo === null) {
		return [{ topic: "Odoo", what: "Odoo is not connected: revenue is money received per the vault ledger; receivables, overdue invoices and aging are unknown.", resolve: "Connect Odoo in the AI Employee settings." }];
	}
	if (!data.odoo.ok) return [{ topic: "Odoo", what: `Odoo could not be read: ${data.odoo.reason}. The ledger was used instead.`, resolve: data.odoo.suggestion }];
	const gaps: DataGap[] = [];
	const f = data.odoo.figures;
	if (f.currency !== data.currency) gaps.push({ topic: "Currency", what: `Odoo's company currency is ${f.currency}, the settings say ${data.currency}; money figures are in ${f.currency}.`, resolve: `Set the currency in the settings to ${f.currency}, or check the Odoo company.` });
	const dow = dayOfWeek(data.period.start);
	if (dow !== 1 && dow !== 0) gaps.push({ topic: "Odoo", what: `Odoo's "revenue this week" counts from the Monday before ${data.period.end}, not from ${data.period.start}.`, resolve: "Schedule the briefing on a Monday (or a Sunday) so the week matches." });
	if (finance.overdue && f.overdue.invoices.length < finance.overdue.total.count) {
		gaps.push({ topic: "Odoo", what: `${finance.overdue.total.count} invoices are overdue; the audit lists the oldest ${f.overdue.invoices.length} (totals cover all).`, resolve: "Open the overdue filter in Odoo for the full list." });
	}
	return gaps;
}

function goalGaps(data: BriefingData, finance: Finance, metrics: MetricResult[]): DataGap[] {
	const g = data.goals;
	if (!g.found) return [{ topic: "Goals", what: `${g.path} is missing: no targets, thresholds or project dates to compare against.`, resolve: 'Run "Set up vault folders" to create it from the template, then fill it in.' }];
	const gaps: DataGap[] = g.problems.map((p) => ({ topic: "Goals", what: `Not understood: ${p.reason}.`, resolve: "Correct the line in the goals file.", evidence: rowRef(g.path, p.line) }));
	const target = monthlyTarget(g);
	if (!target) gaps.push({ topic: "Goals", what: "No monthly revenue target, so month to date cannot be judged.", resolve: `Add a "monthly" row to the revenue targets table in ${noteLink(g.path)}.` });
	else if (target.currency !== finance.currency) gaps.push({ topic: "Currency", what: `The monthly target is in ${target.currency}, revenue in ${finance.currency}: not compared (no exchange rate).`, resolve: `Write the target in ${finance.currency}.`, evidence: rowRef(g.path, target.line) });
	for (const m of metrics.filter((x) => x.status === "not measured")) {
		gaps.push({ topic: "Goals", what: `The metric "${m.name}" was not checked: ${m.reason ?? "no source measures it"}.`, resolve: m.reason?.includes("threshold") ? "Write the alert threshold as a comparison, e.g. > 600 USD per month." : "Connect a source that measures it, or remove the metric.", evidence: rowRef(g.path, m.line) });
	}
	return gaps;
}

function otherGaps(data: BriefingData): DataGap[] {
	const gaps: DataGap[] = [];
	if (data.social === null) gaps.push({ topic: "Social media", what: "No social network is connected: no posts or engagement to report.", resolve: "Connect Facebook, Instagram, X or LinkedIn in the settings." });
	for (const n of data.social ?? []) {
		if (n.error) gaps.push({ topic: "Social media", what: `${n.network} could not be read: ${n.error.message}.`, resolve: n.error.suggestion });
		else if (!n.available) gaps.push({ topic: "Social media", what: `${n.network}: ${n.note ?? "the access level does not include post metrics"}.`, resolve: "Grant the missing permission to the app in the network's developer settings." });
	}
	if (data.logs.missingDays.length > 0) {
		gaps.push({ topic: "Audit log", what: `No log file for ${data.logs.missingDays.join(", ")}: nothing ran, or the files are gone.`, resolve: "Nothing to do if the plugin was not running then; otherwise restore the log files from a backup." });
	}
	if (data.logs.corrupt.length > 0) {
		const first = data.logs.corrupt[0];
		gaps.push({ topic: "Audit log", what: `${data.logs.corrupt.length === 1 ? "1 log line is" : `${data.logs.corrupt.length} log lines are`} not valid JSON and ${data.logs.corrupt.length === 1 ? "was" : "were"} skipped.`, resolve: "Usually a crash mid-write; nothing to do unless it repeats.", evidence: first ? rowRef(first.file, first.line) : undefined });
	}
	for (const u of data.vault.unreadable) gaps.push({ topic: "Vault", what: `Not counted: ${u.reason}`, resolve: "Fix the note's frontmatter.", evidence: noteLink(u.path) });
	return gaps;
}

export function collectGaps(data: BriefingData, finance: Finance, metrics: MetricResult[]): DataGap[] {
	return [...odooGaps(data, finance), ...ledgerGaps(data, finance), ...goalGaps(data, finance, metrics), ...otherGaps(data)];
}
