// Dates in the user's time zone: the one place that turns instants into local calendar strings.
import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";

/** The host's zone unless the settings name one. */
export function effectiveTimeZone(settingZone: string, hostZone: string): string {
	return settingZone.trim() !== "" ? settingZone.trim() : hostZone;
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function localDay(ms: number, timeZone: string): string {
	return format(new TZDate(ms, timeZone), "yyyy-MM-dd");
}

/** `YYYY-MM-DD HH:mm` of an instant in a zone, for people. */
export function localDateTime(ms: number, timeZone: string): string {
	return format(new TZDate(ms, timeZone), "yyyy-MM-dd HH:mm");
}

/** ISO 8601 with the zone's offset, e.g. 2026-11-26T09:30:00+01:00. */
export function isoInZone(ms: number, timeZone: string): string {
	return format(new TZDate(ms, timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}
