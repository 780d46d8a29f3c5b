// Briefing section "Revenue": the week, month to date against the target, and the 8-week trend as a Mermaid chart.
import { shortLabel } from "../calendar";
import { formatNumber } from "../money";
import type { Model } from "../model";
import { AUDIT, evidence, money, plural } from "./shared";

/**
 * A Mermaid xy chart (bars) of weekly revenue; numbers in major units without grouping. Weeks without data are left
 * out (a bar of 0 would claim a week without revenue) and named under the chart.
 */
export function trendChart(weeks: { start: string; minor: number; noData?: true }[], currency: string): string {
	const known = weeks.filter((w) => !w.noData);
	const missing = weeks.filter((w) => w.noData).map((w) => shortLabel(w.start));
	const note = missing.length > 0 ? `\n\nNo ledger data for the week${missing.length === 1 ? "" : "s"} of ${missing.join(", ")}: left out, not zero.` : "";
	if (known.length === 0) return `No week of the last 8 has ledger data.${note}`;
	const labels = known.map((w) => `"${shortLabel(w.start)}"`).join(", ");
	const values = known.map((w) => formatNumber(w.minor, currency, false)).join(", ");
	return ["```mermaid", "xychart-beta", `    title "Revenue per week (${currency})"`, `    x-axis [${labels}]`, `    y-axis "${currency}"`, `    bar [${values}]`, "```"].join("\n") + note;
}

export function revenueSection(m: Model): string {
	const f = m.finance;
	if (f.source === "none") return `## Revenue\n\nNo revenue figures this week: neither Odoo nor a ledger is available (see [[#Data gaps]]).\n`;
	const unknown = "**unknown**: the ledger has no data for it, a gap rather than zero (see [[#Data gaps]])";
	const parts = [
		`Source: ${f.source === "odoo" ? "Odoo" : "vault ledger"} — ${f.revenueMeaning}.`,
		"",
		`- This week (${m.data.period.start} to ${m.data.period.end}): ${f.revenueWeek ? `**${money(m, f.revenueWeek.minor)}** from ${plural(f.revenueWeek.count, f.source === "odoo" ? "invoice" : "payment")} — ${evidence(m, AUDIT.revenue)}` : unknown}`,
		`- Month to date: ${f.revenueMtd ? `**${money(m, f.revenueMtd.minor)}** — ${evidence(m, AUDIT.revenue)}` : unknown}`,
	];
	if (m.target) {
		parts.push(`- Monthly target: ${money(m, m.target.targetMinor)}; reached ${m.target.percent}%, on pace for ${money(m, m.target.projectedMinor)}${m.target.atRisk ? " (**at risk**)" : ""} — ${evidence(m, AUDIT.goals)}`);
	}
	parts.push("", `Last 8 weeks (${evidence(m, AUDIT.trend)}):`, "", trendChart(f.weeks, f.currency));
	return `## Revenue\n\n${parts.join("\n")}\n`;
}
