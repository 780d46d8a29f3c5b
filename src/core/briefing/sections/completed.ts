// Briefing section "Completed tasks": requests finished in the period, each linked to its note.
import { noteLink, table } from "../links";
import type { Model } from "../model";
import { AUDIT, evidence, plural } from "./shared";

export function completedSection(m: Model): string {
	const outcomes = m.data.vault.outcomes;
	const done = outcomes.filter((o) => o.status === "completed");
	const rejected = outcomes.filter((o) => o.status === "rejected").length;
	const failed = outcomes.filter((o) => o.status === "failed").length;
	const head = `${plural(done.length, "request")} completed, ${rejected} rejected, ${failed} failed — ${evidence(m, AUDIT.requests)}.`;
	if (done.length === 0) return `## Completed tasks\n\n${head}\n`;
	const rows = done.map((o) => [noteLink(o.path, o.title), o.action, o.at.slice(0, 10), o.dryRun && !/^dry run/i.test(o.detail) ? `Dry run: ${o.detail}` : o.detail]);
	return `## Completed tasks\n\n${head}\n\n${table(["task", "action", "finished", "result"], rows)}\n`;
}
