// How the Odoo client sends bytes: through an action's context (executor: dry-run gate, journal) or straight over the
// host's HttpClient with read retries (settings "Test connection", the weekly audit), under the engine's one retry policy.
import type { ActionContext } from "../../core/executor/connector";
import type { Clock, HttpClient, HttpRequest, HttpResponse } from "../../core/ports";
import { type RetryOptions, sendWithRetries } from "../../core/executor/retry";

export type { RetryOptions };

export interface OdooTransport {
	/** A request that changes nothing; may be retried. Rejects only when no answer arrived (after retries). */
	read(req: HttpRequest): Promise<HttpResponse>;
	/** A request that changes something: sent once, never retried; in dry run answered by `simulate`. */
	write(req: HttpRequest, simulate: () => HttpResponse): Promise<HttpResponse>;
	/** True when writes are simulated (dry run): results must not be read back from Odoo. */
	readonly dryRun: boolean;
}

/** Straight over the host's HttpClient: reads retried, writes sent once. Never dry: callers only read (audit, test). */
export function httpTransport(http: HttpClient, clock: Clock, retry: RetryOptions = {}): OdooTransport {
	return {
		dryRun: false,
		read: (req) => sendWithRetries(() => http.request(req), clock, retry),
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
