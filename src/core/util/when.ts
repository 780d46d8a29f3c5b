// Instants for people, in the owner's zone and words ("Fri 4 Dec, 10:00"): cards and notices never show raw ISO strings.
import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";

/** "Fri 4 Dec, 10:00"; the year is added when it is not the year of `now` ("Mon 4 Jan 2027, 09:00"). */
export function whenInWords(ms: number, timeZone: string, now: number = ms): string {
	const at = new TZDate(ms, timeZone);
	const sameYear = at.getFullYear() === new TZDate(now, timeZone).getFullYear();
	return format(at, sameYear ? "EEE d MMM, HH:mm" : "EEE d MMM yyyy, HH:mm");
}

/** An ISO 8601 instant with a time and a zone (Z or ±hh:mm), as notes and services write them. */
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})/g;

/** Every ISO instant in a text, rewritten in words in the owner's zone; everything else stays as it is. */
export function humanizeTimes(text: string, timeZone: string, now: number): string {
	return text.replace(ISO_INSTANT, (iso) => {
		const ms = Date.parse(iso);
		return Number.isNaN(ms) ? iso : whenInWords(ms, timeZone, now);
	});
}
