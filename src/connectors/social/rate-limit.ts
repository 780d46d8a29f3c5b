// Reads the networks' rate-limit headers into one answer: when the owner can expect the limit to lift, and why.
import * as z from "zod/mini";

export interface RateLimitInfo {
	/** When the limit lifts (ms since epoch), when the headers say so. */
	resetAt: number | null;
	/** What the headers said, in words (e.g. "app usage at 100% of its limit"). */
	detail: string;
}

const HEADER_RESET_X = ["x-rate-limit-reset", "x-user-limit-24hour-reset", "x-app-limit-24hour-reset"] as const;

/** X: `x-rate-limit-reset` (epoch seconds); the 24-hour limits have their own reset, used when that one ran out. */
export function xRateLimit(headers: Record<string, string>): RateLimitInfo {
	const exhausted24h = ["user", "app"].find((who) => headers[`x-${who}-limit-24hour-remaining`] === "0");
	const name = exhausted24h ? `x-${exhausted24h}-limit-24hour-reset` : HEADER_RESET_X.find((h) => headers[h] !== undefined);
	const secs = name ? Number(headers[name]) : NaN;
	const resetAt = Number.isFinite(secs) && secs > 0 ? secs * 1000 : null;
	const limit = headers["x-rate-limit-limit"];
	const detail = exhausted24h
		? `the ${exhausted24h === "user" ? "account's" : "app's"} 24-hour posting limit is used up`
		: limit
			? `the limit of ${limit} requests per window is used up`
			: "too many requests";
	return { resetAt, detail };
}

const usage = z.object({
	call_count: z.optional(z.number()),
	total_time: z.optional(z.number()),
	total_cputime: z.optional(z.number()),
	estimated_time_to_regain_access: z.optional(z.number()),
	type: z.optional(z.string()),
});
const bucUsage = z.record(z.string(), z.array(usage));

function parseHeader<T>(raw: string | undefined, schema: z.ZodMiniType<T>): T | null {
	if (!raw) return null;
	try {
		const r = schema.safeParse(JSON.parse(raw));
		return r.success ? r.data : null;
	} catch {
		return null;
	}
}

/**
 * Meta: `x-business-use-case-usage` gives minutes until access returns; `x-app-usage` only percentages, and the app
 * window is a rolling hour, so an hour is the honest upper bound when that is all we have.
 */
export function metaRateLimit(headers: Record<string, string>, now: number): RateLimitInfo {
	const buc = parseHeader(headers["x-business-use-case-usage"], bucUsage);
	if (buc) {
		const entries = Object.values(buc).flat();
		const minutes = Math.max(0, ...entries.map((e) => e.estimated_time_to_regain_access ?? 0));
		const top = Math.max(0, ...entries.map((e) => Math.max(e.call_count ?? 0, e.total_time ?? 0, e.total_cputime ?? 0)));
		const kind = entries.find((e) => e.type)?.type;
		return { resetAt: minutes > 0 ? now + minutes * 60_000 : null, detail: `${kind ? `${kind} ` : ""}business use case usage at ${top}% of its limit` };
	}
	for (const name of ["x-app-usage", "x-page-usage", "x-ad-account-usage"]) {
		const u = parseHeader(headers[name], usage);
		if (!u) continue;
		const top = Math.max(u.call_count ?? 0, u.total_time ?? 0, u.total_cputime ?? 0);
		return { resetAt: top >= 100 ? now + 3_600_000 : null, detail: `${name === "x-app-usage" ? "app" : "page"} usage at ${top}% of its limit` };
	}
	return { resetAt: null, detail: "too many requests" };
}

/** LinkedIn sends no reset header; its daily application and member limits reset at midnight UTC. */
export function linkedinRateLimit(headers: Record<string, string>, now: number): RateLimitInfo {
	const after = Number(headers["retry-after"]);
	if (Number.isFinite(after) && after > 0) return { resetAt: now + after * 1000, detail: "too many requests" };
	const d = new Date(now);
	return { resetAt: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1), detail: "the daily limit is used up (LinkedIn's limits reset at midnight UTC)" };
}

/** "at 2026-11-26T10:15:00.000Z (in 15 min)", or a plain "later" when unknown. */
export function describeReset(resetAt: number | null, now: number): string {
	if (resetAt === null) return "try again later";
	const mins = Math.max(1, Math.ceil((resetAt - now) / 60_000));
	const span = mins >= 120 ? `${Math.round(mins / 60)} h` : `${mins} min`;
	return `the limit resets at ${new Date(resetAt).toISOString()} (in ${span})`;
}
