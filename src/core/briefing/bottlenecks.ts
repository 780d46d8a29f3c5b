// Bottlenecks: items waiting longer than expected, requests that failed, projects past their due date.
import { daysBetween } from "./calendar";
import type { BriefingData } from "./types";

export interface Bottleneck {
	/** The item, as a link to its note (or the goals file for projects). */
	item: string;
	path: string;
	expected: string;
	actual: string;
	/** How late, in hours (for sorting) and in words. */
	delayHours: number;
	delay: string;
}

const SINCE: Record<string, string> = { created: "since it was created", received: "since it was received", "file time": "by the file's time" };

const DONE = /^(done|complete|completed|finished|shipped|delivered|closed|cancel+ed)$/i;

export function duration(hours: number): string {
	if (hours < 1) return "under 1 h";
	if (hours < 48) return `${Math.floor(hours)} h`;
	const days = Math.floor(hours / 24);
	const rest = Math.floor(hours - days * 24);
	return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
}

/** Projects due on or before the period's end that are not marked done. */
export function lateProjects(data: BriefingData): BriefingData["goals"]["projects"] {
	return data.goals.projects.filter((p) => p.due !== null && p.due <= data.period.end && !DONE.test(p.status.trim()));
}

export function isDone(status: string): boolean {
	return DONE.test(status.trim());
}

export function findBottlenecks(data: BriefingData): Bottleneck[] {
	const out: Bottleneck[] = [];
	const at = data.period.endMs;
	for (const w of data.vault.waiting) {
		const hours = (at - w.sinceMs) / 3_600_000;
		if (hours <= data.waitHours) continue;
		const where = w.folder === "Needs_Action" ? "handled" : "decided";
		out.push({
			item: w.title,
			path: w.path,
			expected: `${where} within ${duration(data.waitHours)}`,
			actual: `waiting ${duration(hours)} (${SINCE[w.sinceSource]})`,
			delayHours: hours - data.waitHours,
			delay: duration(hours - data.waitHours),
		});
	}
	for (const f of data.vault.outcomes.filter((o) => o.status === "failed")) {
		out.push({ item: f.title, path: f.path, expected: "completed", actual: `failed: ${f.detail}`, delayHours: (at - Date.parse(f.at)) / 3_600_000, delay: "until retried" });
	}
	for (const p of lateProjects(data)) {
		const days = daysBetween(p.due ?? data.period.end, data.period.end) + 1;
		out.push({ item: p.name, path: data.goals.path, expected: `done by ${p.due ?? "?"}`, actual: p.status || "no status", delayHours: days * 24, delay: `${days} d` });
	}
	return out.sort((a, b) => b.delayHours - a.delayHours || a.item.localeCompare(b.item));
}
