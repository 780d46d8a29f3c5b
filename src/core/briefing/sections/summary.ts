// Briefing section "Executive summary": the week in five or six lines, each linked to its evidence.
import type { Model } from "../model";
import { AUDIT, evidence, money, plural } from "./shared";

export function executiveSummary(m: Model): string {
	const f = m.finance;
	const lines: string[] = [];
	if (f.revenueWeek) {
		const prev = f.weeks[f.weeks.length - 2];
		const vs = prev && !prev.noData ? ` (previous week ${money(m, prev.minor)})` : "";
		lines.push(`Revenue this week: **${money(m, f.revenueWeek.minor)}**${vs} — ${evidence(m, AUDIT.revenue)}.`);
	} else if (f.source === "ledger") lines.push("Revenue this week: **unknown** — the ledger has no data for this week (see [[#Data gaps]]).");
	else lines.push("Revenue this week: **unknown** — no Odoo and no ledger (see [[#Data gaps]]).");
	if (m.target && f.revenueMtd) {
		lines.push(`Month to date: **${money(m, f.revenueMtd.minor)}** of ${money(m, m.target.targetMinor)} target (${m.target.percent}%), ${m.target.atRisk ? `**at risk**: on pace for ${money(m, m.target.projectedMinor)}` : "on pace"} — ${evidence(m, AUDIT.goals)}.`);
	}
	if (f.overdue) lines.push(`Overdue receivables: **${money(m, f.overdue.total.minor)}** on ${plural(f.overdue.total.count, "invoice")} — ${evidence(m, AUDIT.overdue)}.`);
	const done = m.data.vault.outcomes.filter((o) => o.status === "completed").length;
	const failed = m.data.vault.outcomes.filter((o) => o.status === "failed").length;
	lines.push(`Requests: **${done} completed**, ${failed} failed — ${evidence(m, AUDIT.requests)}.`);
	lines.push(`Bottlenecks: **${m.bottlenecks.length}** — see [[#Bottlenecks]].`);
	const flagged = m.subscriptions.filter((s) => s.flags.length > 0).length;
	lines.push(`Subscriptions flagged: **${flagged}** of ${m.subscriptions.length} — ${evidence(m, AUDIT.subscriptions)}.`);
	const alerts = m.metrics.filter((x) => x.status === "alert").map((x) => x.name);
	if (alerts.length > 0) lines.push(`Metrics over their alert threshold: **${alerts.join(", ")}** — ${evidence(m, AUDIT.goals)}.`);
	const atRisk = m.metrics.filter((x) => x.status === "at risk").map((x) => x.name);
	if (atRisk.length > 0) lines.push(`Metrics at risk (off target): **${atRisk.join(", ")}** — ${evidence(m, AUDIT.goals)}.`);
	if (m.gaps.length > 0) lines.push(`Data gaps: ${m.gaps.length} — see [[#Data gaps]].`);
	return `## Executive summary\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;
}
