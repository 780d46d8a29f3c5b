// Exponential backoff with jitter for reads: at most 5 tries, only for transient faults.
import type { Clock } from "../ports";
import { CategorizedError } from "../util/errors";

export const MAX_TRIES = 5;

export function sleep(clock: Clock, ms: number): Promise<void> {
	return new Promise((resolve) => clock.setTimeout(resolve, ms));
}

/** Delay before try n+1 (n from 1): base·2^(n-1), plus up to 50% jitter, capped. */
export function backoffMs(n: number, baseMs = 250, capMs = 8000, random = Math.random): number {
	const exp = Math.min(capMs, baseMs * 2 ** (n - 1));
	return Math.round(exp + exp * 0.5 * random());
}

export function isTransient(err: unknown): boolean {
	return err instanceof CategorizedError ? err.category === "transient" : false;
}

/** Runs `fn` until it succeeds, a non-transient error occurs, or 5 tries are spent. */
export async function withRetry<T>(clock: Clock, fn: (tryNo: number) => Promise<T>, opts: { baseMs?: number; retryIf?: (e: unknown) => boolean } = {}): Promise<T> {
	const retryIf = opts.retryIf ?? isTransient;
	for (let n = 1; ; n++) {
		try {
			return await fn(n);
		} catch (err) {
			if (n >= MAX_TRIES || !retryIf(err)) throw err;
			await sleep(clock, backoffMs(n, opts.baseMs));
		}
	}
}
