// Weekday names as people type them, for the briefing's and the drafts' day rows.
import { WEEKDAYS } from "../../core/briefing/period";

/** "Monday", "mon" → "monday"; unknown text is kept so validation can refuse it. */
export function weekday(v: string): string {
	const t = v.trim().toLowerCase();
	return WEEKDAYS.find((d) => t.length >= 3 && d.startsWith(t)) ?? t;
}
