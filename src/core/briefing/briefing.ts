// The CEO briefing note: frontmatter with the key figures, then the sections in a fixed order. Pure: model in, Markdown out.
import { formatNumber } from "./money";
import { auditPath, noteLink } from "./links";
import type { Model } from "./model";
import { bottlenecksSection } from "./sections/bottlenecks";
import { completedSection } from "./sections/completed";
import { deadlinesSection } from "./sections/deadlines";
import { gapsSection } from "./sections/gaps";
import { revenueSection } from "./sections/revenue";
import { socialSection } from "./sections/social";
import { whatsappSection } from "./sections/whatsapp";
import { suggestionsSection } from "./sections/suggestions";
import { executiveSummary } from "./sections/summary";

/** A YAML scalar: numbers and null as they are, strings double-quoted (JSON strings are valid YAML). */
function scalar(v: string | number | null): string {
	return v === null ? "null" : typeof v === "number" ? String(v) : JSON.stringify(v);
}

export function briefingFrontmatter(m: Model): string {
	const f = m.finance;
	const amount = (minor: number | undefined) => (minor === undefined ? null : formatNumber(minor, f.currency, false));
	const fields: [string, string | number | null][] = [
		["type", "ceo_briefing"],
		["period", `${m.data.period.start}..${m.data.period.end}`],
		["period_start", m.data.period.start],
		["period_end", m.data.period.end],
		["generated", m.data.generatedAt],
		["money_source", f.source],
		["currency", f.currency],
		["revenue_week", amount(f.revenueWeek?.minor)],
		["revenue_mtd", amount(f.revenueMtd?.minor)],
		["revenue_target_month", amount(m.target?.targetMinor)],
		["receivables_open", amount(f.receivables?.find((r) => r.label === "Total open")?.figure.minor)],
		["receivables_overdue", amount(f.overdue?.total.minor)],
		["tasks_completed", m.data.vault.outcomes.filter((o) => o.status === "completed").length],
		["tasks_failed", m.data.vault.outcomes.filter((o) => o.status === "failed").length],
		["bottlenecks", m.bottlenecks.length],
		["subscriptions_flagged", m.subscriptions.filter((s) => s.flags.length > 0).length],
		["data_gaps", m.gaps.length],
		["audit", noteLink(auditPath(m.data.root, m.data.period))],
	];
	return `---\n${fields.map(([k, v]) => `${k}: ${scalar(v)}`).join("\n")}\n---\n`;
}

export function renderBriefing(m: Model): string {
	const p = m.data.period;
	const title = `# CEO briefing — week of ${p.start} to ${p.end}`;
	const intro = `Generated ${m.data.generatedAt} (${m.data.timeZone}). Every figure links to its evidence in ${noteLink(auditPath(m.data.root, p), "the weekly audit")}.`;
	const sections = [executiveSummary(m), revenueSection(m), completedSection(m), bottlenecksSection(m), socialSection(m), whatsappSection(m), suggestionsSection(m), deadlinesSection(m), gapsSection(m.gaps)];
	return `${briefingFrontmatter(m)}\n${title}\n\n${intro}\n\n${sections.filter((x) => x !== "").join("\n")}`;
}
