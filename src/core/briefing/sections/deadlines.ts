// Briefing section "Upcoming deadlines": projects from the goals file due in the next 30 days, or already late.
import { table } from "../links";
import type { Model } from "../model";
import { AUDIT, evidence } from "./shared";

export function deadlinesSection(m: Model): string {
	if (m.deadlines.length === 0) return `## Upcoming deadlines\n\nNo project is due in the next 30 days.\n`;
	const rows = m.deadlines.map((d) => [d.name, d.due, d.daysLeft < 0 ? `${-d.daysLeft} days late` : d.daysLeft === 0 ? "today" : `in ${d.daysLeft} days`, d.status]);
	return `## Upcoming deadlines\n\n${table(["project", "due", "when", "status"], rows)}\n\nFrom ${evidence(m, AUDIT.projects, "the goals file")}.\n`;
}
