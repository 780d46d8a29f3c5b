// Briefing section "Revenue": the week, month to date against the target, and the 8-week trend as a Mermaid chart.
import { shortLabel } from "../calendar";
import { formatNumber } from "../money";
import type { Model } from "../model";
import { AUDIT, evidence, money, plural } from "./shared";

/** A Mermaid xy chart (bars) of weekly revenue; numbers in major units without grouping. */
export function trendChart(weeks: { start: string; minor: number }[], currency: string): string {
	const labels = weeks.map((w) => `"${shortLabel(w.start)}"`).join(", ");
	const values = weeks.map((w) => formatNumber(w.minor, currency, false)).join(", ");
	return ["```mermaid", "xychart-beta", `    title "Revenue per week (${currency})"`, `    x-axis [${labels}]`, `    y-axis "${currency}"`, `    bar [${values}]`, "```"].join("\n");
}

export function revenueSection(m: Model): string {
	const f = m.finance;
	if (!f.revenueWeek || !f.revenueMtd) return `## Revenue\n\nNo revenue figures this week: neither Odoo nor a ledger is available (see [[#Data gaps]]).\n`;
	const parts = [
		`Source: ${f.source === "odoo" ? "Odoo" : "vault ledger"} — ${f.revenueMeaning}.`,
		"",
		`- This week (${m.data.period.start} to ${m.data.period.end}): **${money(m, f.revenueWeek.minor)}** from ${plural(f.revenueWeek.count, f.source === "odoo" ? "invoice" : "payment")} — ${evidence(m, AUDIT.revenue)}`,
		`- Month to date: **${money(m, f.revenueMtd.minor)}** — ${evidence(m, AUDIT.revenue)}`,
	];
	if (m.target) {
		parts.push(`- Monthly target: ${money(m, m.target.targetMinor)}; reached ${m.target.percent}%, on pace for ${money(m, m.target.projectedMinor)}${m.target.atRisk ? " (**at risk**)" : ""} — ${evidence(m, AUDIT.goals)}`);
	}
	parts.push("", `Last 8 weeks (${evidence(m, AUDIT.trend)}):`, "", trendChart(f.weeks, f.currency));
	return `## Revenue\n\n${parts.join("\n")}\n`;
}
