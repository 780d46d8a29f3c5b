// How fast customers got an answer, in words: shared by the weekly briefing and the dashboard's WhatsApp lines.
import { plural } from "./words";

/** "45 minutes", "2 hours 5 minutes", "1 day 3 hours". */
export function duration(ms: number): string {
	const minutes = Math.round(ms / 60_000);
	if (minutes < 60) return plural(minutes, "minute");
	const hours = Math.floor(minutes / 60);
	if (hours >= 24) {
		const h = hours % 24;
		return h === 0 ? plural(Math.floor(hours / 24), "day") : `${plural(Math.floor(hours / 24), "day")} ${plural(h, "hour")}`;
	}
	const rest = minutes % 60;
	return rest === 0 ? plural(hours, "hour") : `${plural(hours, "hour")} ${plural(rest, "minute")}`;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
	if (xs.length === 0) return Number.NaN;
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 === 1 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}
