// Which week a briefing covers and when it falls due: the configured weekday and time in the owner's time zone.
import { TZDate } from "@date-fns/tz";
import { localDay } from "../util/dates";
import { addDays, dayOfWeek } from "./calendar";
import type { BriefingPeriod } from "./types";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** Midnight (or a time) of a calendar day in a zone, as an instant. */
function instant(day: string, timeZone: string, time = "00:00"): number {
	const [y, m, d] = day.split("-").map(Number);
	const [hh, mm] = time.split(":").map(Number);
	return new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, timeZone).getTime();
}

/** The period of the briefing dated `date`: the seven days before it. */
export function periodFor(date: string, timeZone: string, time: string): BriefingPeriod {
	const start = addDays(date, -7);
	return { date, start, end: addDays(date, -1), startMs: instant(start, timeZone), endMs: instant(date, timeZone), dueMs: instant(date, timeZone, time) };
}

/**
 * The latest briefing that has fallen due at `now`: on a Monday 06:59 (due 07:00) that is last Monday's. Only the
 * latest counts, so a machine that slept through two Mondays catches up once, not twice.
 */
export function latestDuePeriod(now: number, timeZone: string, day: string, time: string): BriefingPeriod {
	const target = Math.max(0, WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]));
	const today = localDay(now, timeZone);
	let date = addDays(today, -((dayOfWeek(today) - target + 7) % 7));
	if (periodFor(date, timeZone, time).dueMs > now) date = addDays(date, -7);
	return periodFor(date, timeZone, time);
}

/** The next due instant after `now` (for the status line and the schedule's timer). */
export function nextDueMs(now: number, timeZone: string, day: string, time: string): number {
	const latest = latestDuePeriod(now, timeZone, day, time);
	return periodFor(addDays(latest.date, 7), timeZone, time).dueMs;
}
