// The demo's calendar: the samples are written for a briefing on Monday 2026-11-30; the demo moves every sample date by
// whole weeks so that Monday is the latest briefing due (Monday 07:00 UTC), whatever day the demo runs. The briefing
// then always covers last week, the ledger reaches its end, and project due dates stay as far ahead as in the samples.

export const SAMPLE_MONDAY = "2026-11-30";
const DAY_MS = 86_400_000;

/** The latest Monday whose 07:00 UTC has passed at `now`, as YYYY-MM-DD. */
export function latestBriefingMonday(now) {
	const today = Math.floor(now / DAY_MS) * DAY_MS;
	let monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY_MS;
	if (now < monday + 7 * 3_600_000) monday -= 7 * DAY_MS;
	return new Date(monday).toISOString().slice(0, 10);
}

/** A function moving every YYYY-MM-DD date in a sample text by whole weeks, so SAMPLE_MONDAY becomes `monday`. */
export function dateShifter(monday) {
	const days = Math.round((Date.parse(monday) - Date.parse(SAMPLE_MONDAY)) / DAY_MS);
	return (text) => text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => new Date(Date.parse(d) + days * DAY_MS).toISOString().slice(0, 10));
}
