// Every network call has a deadline: requests that name none get the owner's setting (network.timeoutSeconds).
// Without one, a service that accepts the connection and never answers would hold a request `executing` until restart.
import type { HttpClient } from "../ports";

/** The default when settings name none: long enough for a slow upload, short enough that a hung call ends. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Wraps a host's HTTP port so each request carries a timeout; a request's own `timeoutMs` (Odoo's setting) wins. */
export function withDeadline(http: HttpClient, timeoutMs: () => number): HttpClient {
	return {
		request: (req) => http.request(req.timeoutMs ? req : { ...req, timeoutMs: timeoutMs() || DEFAULT_TIMEOUT_MS }),
	};
}

/** The words a missed deadline ends with, on every host: the call may have been done, so it is never sent again blindly. */
export function deadlineMessage(host: string, timeoutMs: number): string {
	const s = timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`;
	return `No answer from ${host} within ${s}; it may or may not have reached the service`;
}
