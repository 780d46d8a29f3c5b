// Spreads the week's drafts over the coming days (pure): one event a day, the same slot on every network.
import { TZDate } from "@date-fns/tz";
import { addDays } from "../briefing/calendar";
import { isoInZone, localDay } from "../util/dates";
import { fill, type Template } from "./templates";
import type { BusinessEvent } from "./types";

export interface PlannedPost {
	event: BusinessEvent;
	network: string;
	text: string;
	publishAt: string;
	template: Template;
}

export interface PlanProblem {
	event: BusinessEvent;
	message: string;
}

function at(day: string, time: string, timeZone: string): number {
	const [y, m, d] = day.split("-").map(Number);
	const [hh, mm] = time.split(":").map(Number);
	return new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, timeZone).getTime();
}

/**
 * Event i goes out on day i+1 after today (wrapping after seven days, an hour later each round) at `postTime`
 * local time. Templates of the event's kind are taken in turn, skipping one that needs a value the event lacks.
 */
export function planPosts(events: readonly BusinessEvent[], templates: readonly Template[], networks: readonly string[], now: number, timeZone: string, postTime: string): { posts: PlannedPost[]; problems: PlanProblem[] } {
	const posts: PlannedPost[] = [];
	const problems: PlanProblem[] = [];
	const today = localDay(now, timeZone);
	const used = new Map<string, number>();
	events.forEach((event, i) => {
		const own = templates.filter((t) => t.kind === event.kind);
		if (own.length === 0) {
			problems.push({ event, message: `no template for ${event.kind.replace("_", " ")} events in Post_Templates.md` });
			return;
		}
		const start = used.get(event.kind) ?? 0;
		let chosen: { template: Template; text: string } | null = null;
		for (let k = 0; k < own.length && !chosen; k++) {
			const t = own[(start + k) % own.length]!;
			const text = fill(t.text, event.values);
			if (text !== null) chosen = { template: t, text };
		}
		if (!chosen) {
			problems.push({ event, message: `every ${event.kind.replace("_", " ")} template needs a value this event does not have (${Object.keys(event.values).join(", ") || "none"}), or the handbook does not allow it` });
			return;
		}
		used.set(event.kind, start + 1);
		const [hh, mm] = postTime.split(":").map(Number);
		const round = Math.floor(i / 7);
		const time = `${String(Math.min(23, (hh ?? 10) + round)).padStart(2, "0")}:${String(mm ?? 0).padStart(2, "0")}`;
		const publishAt = isoInZone(at(addDays(today, (i % 7) + 1), time, timeZone), timeZone);
		for (const network of networks) posts.push({ event, network, text: chosen.text, publishAt, template: chosen.template });
	});
	return { posts, problems };
}
