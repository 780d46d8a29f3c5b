// The one retry policy for every HTTP call: exponential backoff with jitter, at most 5 tries, honouring Retry-After.
// Only for calls a retry cannot duplicate: reads, and writes that provably never left this machine (the caller says so).
import type { Clock, HttpResponse } from "../ports";

export const MAX_TRIES = 5;
/** Statuses that mean "not now": the server (or its proxy) did not act on the request. */
const TRANSIENT_STATUS = new Set([429, 502, 503, 504]);
/** A Retry-After longer than this is not waited for in full: the next try goes at this point. */
const MAX_RETRY_AFTER_MS = 60_000;

export interface RetryOptions {
	/** At most this many tries in all (default 5). */
	maxTries?: number;
	/** First back-off step in ms (default 500); doubles each try, capped at `maxDelayMs` (default 8000). */
	baseDelayMs?: number;
	maxDelayMs?: number;
	/** 0 ≤ x < 1, for jitter; injectable so tests can pin it. */
	random?: () => number;
	/** Told about each wait, for logs and tests. */
	onRetry?: (attempt: number, delayMs: number, reason: string) => void;
}

export interface RetryRule extends RetryOptions {
	/** Whether a failure without an answer may be tried again (reads: always; writes: only when nothing was sent). */
	retryError?: (err: unknown) => boolean;
	/** Whether an answer may be tried again (default: 429, 502, 503, 504). */
	retryAnswer?: (res: HttpResponse) => boolean;
}

export function isTransientStatus(status: number): boolean {
	return TRANSIENT_STATUS.has(status);
}

export function sleep(clock: Clock, ms: number): Promise<void> {
	return new Promise((resolve) => clock.setTimeout(resolve, ms));
}

/** Delay before try n+1 (n from 1), equal jitter: half of base·2^(n-1) (capped) plus a random half, so clients do not retry in lockstep. */
export function backoffMs(n: number, opts: RetryOptions = {}): number {
	const step = Math.min(opts.maxDelayMs ?? 8000, (opts.baseDelayMs ?? 500) * 2 ** (n - 1));
	return Math.round(step / 2 + ((opts.random ?? Math.random)() * step) / 2);
}

/** The wait a Retry-After header asks for (seconds or an HTTP date), capped at a minute; null when there is none. */
export function retryAfterMs(res: HttpResponse, nowMs: number): number | null {
	const name = Object.keys(res.headers).find((k) => k.toLowerCase() === "retry-after");
	const v = name ? res.headers[name]?.trim() : undefined;
	if (!v) return null;
	const secs = Number(v);
	if (Number.isFinite(secs)) return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, secs * 1000));
	const at = Date.parse(v);
	return Number.isNaN(at) ? null : Math.min(MAX_RETRY_AFTER_MS, Math.max(0, at - nowMs));
}

/**
 * Sends until an answer that is not transient, or the tries are spent. After the last try it returns the last answer
 * (or rethrows the last error), so the caller can name the failure in its own words.
 */
export async function sendWithRetries(send: () => Promise<HttpResponse>, clock: Clock, rule: RetryRule = {}): Promise<HttpResponse> {
	const maxTries = rule.maxTries ?? MAX_TRIES;
	const retryAnswer = rule.retryAnswer ?? ((res: HttpResponse) => isTransientStatus(res.status));
	for (let n = 1; ; n++) {
		let delay: number;
		let reason: string;
		try {
			const res = await send();
			if (n >= maxTries || !retryAnswer(res)) return res;
			delay = retryAfterMs(res, clock.now()) ?? backoffMs(n, rule);
			reason = `HTTP ${res.status}`;
		} catch (err) {
			if (n >= maxTries || !(rule.retryError?.(err) ?? true)) throw err;
			delay = backoffMs(n, rule);
			reason = err instanceof Error ? err.message : String(err);
		}
		rule.onRetry?.(n, delay, reason);
		await sleep(clock, delay);
	}
}
