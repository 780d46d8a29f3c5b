// How the Odoo client sends bytes: through an action's context (executor: dry-run gate, journal) or straight over the
// host's HttpClient with read retries (settings "Test connection", the weekly audit).
import type { ActionContext } from "../../core/executor/connector";
import type { Clock, HttpClient, HttpRequest, HttpResponse } from "../../core/ports";
import { isTransientStatus } from "./errors";

export interface OdooTransport {
	/** A request that changes nothing; may be retried. Rejects only when no answer arrived (after retries). */
	read(req: HttpRequest): Promise<HttpResponse>;
	/** A request that changes something: sent once, never retried; in dry run answered by `simulate`. */
	write(req: HttpRequest, simulate: () => HttpResponse): Promise<HttpResponse>;
	/** True when writes are simulated (dry run): results must not be read back from Odoo. */
	readonly dryRun: boolean;
}

export interface RetryOptions {
	/** At most this many tries in all (default 5). */
	maxTries?: number;
	/** First back-off step in ms (default 500); doubles each try, capped at `maxDelayMs`. */
	baseDelayMs?: number;
	maxDelayMs?: number;
	/** 0 ≤ x < 1, for jitter; injectable so tests can pin it. */
	random?: () => number;
	/** Told about each wait, for logs and tests. */
	onRetry?: (attempt: number, delayMs: number, reason: string) => void;
}

/** Sleeps on the host's clock, so a test clock (or the supervisor's scoped clock) controls the waits. */
export function sleepOn(clock: Clock): (ms: number) => Promise<void> {
	return (ms) => new Promise((resolve) => clock.setTimeout(resolve, ms));
}

/**
 * Sends a read, retrying only transient outcomes (no answer, 429, 502–504) with exponential back-off and jitter.
 * After the last try it returns the last answer (or rethrows the last error) so the caller can name the failure.
 */
export async function readWithRetries(send: () => Promise<HttpResponse>, sleep: (ms: number) => Promise<void>, opts: RetryOptions = {}): Promise<HttpResponse> {
	const maxTries = opts.maxTries ?? 5;
	const base = opts.baseDelayMs ?? 500;
	const cap = opts.maxDelayMs ?? 8000;
	const random = opts.random ?? Math.random;
	for (let attempt = 1; ; attempt++) {
		let reason: string;
		try {
			const res = await send();
			if (!isTransientStatus(res.status) || attempt >= maxTries) return res;
			reason = `HTTP ${res.status}`;
		} catch (err) {
			if (attempt >= maxTries) throw err;
			reason = err instanceof Error ? err.message : String(err);
		}
		// Equal jitter: half the exponential step plus a random half, so many clients do not retry in lockstep.
		const step = Math.min(cap, base * 2 ** (attempt - 1));
		const delay = Math.round(step / 2 + (random() * step) / 2);
		opts.onRetry?.(attempt, delay, reason);
		await sleep(delay);
	}
}

/** Straight over the host's HttpClient: reads retried, writes sent once. Never dry: callers only read (audit, test). */
export function httpTransport(http: HttpClient, clock: Clock, retry: RetryOptions = {}): OdooTransport {
	const sleep = sleepOn(clock);
	return {
		dryRun: false,
		read: (req) => readWithRetries(() => http.request(req), sleep, retry),
		write: (req) => http.request(req),
	};
}

/**
 * Through the executor's context. Its `read` already retries transient faults (connector contract), so the Odoo client
 * does not retry on top — five times five tries would hammer a struggling server.
 */
export function contextTransport(ctx: ActionContext): OdooTransport {
	return { dryRun: ctx.dryRun, read: (req) => ctx.read(req), write: (req, simulate) => ctx.write(req, simulate) };
}
