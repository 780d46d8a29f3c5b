// Briefing section "Proactive suggestions": costs to cut, customers to chase, goals at risk.
import { odooRecordUrl } from "../links";
import { describeFlag } from "../subscriptions";
import { formatMoney } from "../money";
import type { Model } from "../model";
import { AUDIT, evidence, money, plural } from "./shared";

export const CANCEL_COMMAND = "Draft subscription cancellations";

export function suggestionsSection(m: Model): string {
	const out: string[] = [];
	const flagged = m.subscriptions.filter((s) => s.flags.length > 0);
	if (flagged.length > 0) {
		out.push("**Cost optimization**", "");
		for (const s of flagged) out.push(`- ${s.vendor} (${formatMoney(s.latestMinor, s.currency)} last charge): ${s.flags.map((f) => describeFlag(f, s.currency, formatMoney)).join("; ")} — ${evidence(m, AUDIT.subscriptions)}`);
		out.push("", `To cancel one, run the command **${CANCEL_COMMAND}**: it drafts a cancellation request per flagged subscription in Pending_Approval. Nothing is cancelled without your approval.`, "");
	}
	const overdue = m.finance.overdue;
	if (overdue && overdue.byCustomer.length > 0) {
		out.push("**Customers to chase**", "");
		for (const c of overdue.byCustomer.slice(0, 5)) {
			const oldest = overdue.invoices.find((i) => i.customer === c.customer);
			const link = oldest && m.finance.odooBaseUrl ? `; oldest [${oldest.number}](${odooRecordUrl(m.finance.odooBaseUrl, oldest.id)}) ${oldest.daysOverdue} days late` : "";
			out.push(`- ${c.customer}: ${money(m, c.minor)} on ${plural(c.count, "invoice")}${link} — ${evidence(m, AUDIT.overdue)}`);
		}
		out.push("");
	}
	const risks: string[] = [];
	if (m.target?.atRisk) risks.push(`Monthly revenue: on pace for ${money(m, m.target.projectedMinor)} of ${money(m, m.target.targetMinor)} — ${evidence(m, AUDIT.goals)}`);
	for (const x of m.metrics.filter((r) => r.status === "alert")) risks.push(`${x.name}: ${x.value ?? "?"} is past the alert threshold (${x.thresholdText}) — ${evidence(m, AUDIT.goals)}`);
	for (const x of m.metrics.filter((r) => r.status === "at risk")) risks.push(`${x.name}: ${x.value ?? "?"} misses its target (${x.target}); the alert fires at ${x.thresholdText} — ${evidence(m, AUDIT.goals)}`);
	for (const d of m.deadlines.filter((p) => p.daysLeft < 0 || (p.daysLeft <= 14 && /not started|todo|to do/i.test(p.status)))) {
		risks.push(`${d.name}: due ${d.due}, status "${d.status}" — ${evidence(m, AUDIT.projects)}`);
	}
	if (risks.length > 0) out.push("**Goals at risk**", "", ...risks.map((r) => `- ${r}`), "");
	if (out.length === 0) return `## Proactive suggestions\n\nNothing to suggest this week.\n`;
	return `## Proactive suggestions\n\n${out.join("\n").trimEnd()}\n`;
}
