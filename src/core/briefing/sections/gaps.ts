// Briefing section "Data gaps": what is missing or contradictory, and what would resolve it.
import { table } from "../links";
import type { DataGap } from "../types";

export function gapsSection(gaps: DataGap[]): string {
	if (gaps.length === 0) return `## Data gaps\n\nNone: every source was read and every row counted.\n`;
	const rows = gaps.map((g) => [g.topic, g.what, g.resolve, g.evidence ?? "—"]);
	return `## Data gaps\n\n${table(["topic", "what", "to resolve", "where"], rows)}\n`;
}
