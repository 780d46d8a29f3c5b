// Calendar arithmetic on YYYY-MM-DD strings: dates are dates here, so no time zone can shift them.

function toDate(s: string): Date {
	return new Date(`${s}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
	const d = toDate(day);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: string): number {
	return toDate(day).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

export function monthStart(day: string): string {
	return `${day.slice(0, 7)}-01`;
}

export function daysInMonth(day: string): number {
	const d = toDate(day);
	return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDay(s: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(toDate(s).getTime()) && toDate(s).toISOString().slice(0, 10) === s;
}

/** "2026-11-23" → "Nov 23", for chart labels. */
export function shortLabel(day: string): string {
	const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
	return `${months[Number(day.slice(5, 7)) - 1] ?? "?"} ${day.slice(8, 10)}`;
}
