// Builds the context a handler runs in: reads retried with backoff, writes sent once (or, in dry run, recorded).
import type { Clock, HttpClient, HttpRequest, HttpResponse, SecretStore } from "../ports";
import { CategorizedError, messageOf } from "../util/errors";
import type { ActionContext, WireRecord } from "./connector";
import { MAX_TRIES, backoffMs, sleep } from "./retry";

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
/** Failures that prove the request never left this machine or never reached a server. */
const NEVER_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ERR_CONNECTION_REFUSED|ERR_NAME_NOT_RESOLVED/i;

function redactHeaders(h: Record<string, string> | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(h ?? {})) out[k] = /authorization|api-key|token|cookie/i.test(k) ? "[redacted]" : v;
	return out;
}

function bodyText(body: HttpRequest["body"]): string | null {
	if (body === undefined) return null;
	return typeof body === "string" ? body : `[${body.byteLength} bytes]`;
}

/** Replaces every secret value the action was handed (API keys inside XML-RPC bodies, tokens in URLs) with a marker. */
function scrub(text: string, secrets: Iterable<string>): string {
	let out = text;
	for (const s of secrets) if (s.length >= 4) out = out.split(s).join("[redacted]");
	return out;
}

export function toWireRecord(req: HttpRequest, secretValues: Iterable<string> = []): WireRecord {
	const values = [...secretValues];
	const body = bodyText(req.body);
	const headers = redactHeaders(req.headers);
	for (const k of Object.keys(headers)) headers[k] = scrub(headers[k] ?? "", values);
	return { method: req.method ?? "GET", url: scrub(req.url, values), headers, body: body === null ? null : scrub(body, values) };
}

/** Delay asked for by a 429/503 Retry-After header, capped at a minute. */
function retryAfterMs(res: HttpResponse): number | null {
	const v = res.headers["retry-after"];
	if (!v) return null;
	const secs = Number(v);
	if (Number.isFinite(secs)) return Math.min(60_000, Math.max(0, secs * 1000));
	const at = Date.parse(v);
	return Number.isNaN(at) ? null : Math.min(60_000, Math.max(0, at - Date.now()));
}

export interface ContextOptions {
	http: HttpClient;
	clock: Clock;
	secrets: SecretStore;
	dryRun: boolean;
	correlationId: string;
	/** Called with the first byte of every real write (for measuring and the card's progress). */
	onWire?: (req: WireRecord) => void;
	baseBackoffMs?: number;
}

export interface RecordingContext extends ActionContext {
	/** Writes recorded in dry run (or sent for real), in order. */
	readonly wire: WireRecord[];
}

export function createActionContext(opts: ContextOptions): RecordingContext {
	const wire: WireRecord[] = [];
	// Every secret value handed to the handler, so the recorded wire (dry-run preview, logs) never shows one.
	const handedOut = new Set<string>();
	const secrets = {
		get: (name: string) => {
			const v = opts.secrets.get(name);
			if (v) handedOut.add(v);
			return v;
		},
		set: (name: string, value: string) => opts.secrets.set(name, value),
	};
	const unreachable = (req: HttpRequest, err: unknown, neverSent: boolean) =>
		new CategorizedError(
			"transient",
			`Could not reach ${new URL(req.url).host}: ${messageOf(err)}`,
			neverSent ? "Check that the service is running and the URL in the settings is right, then retry." : "The network failed during the call; check the service before retrying so nothing is done twice.",
			neverSent,
		);

	return {
		dryRun: opts.dryRun,
		correlationId: opts.correlationId,
		clock: opts.clock,
		secrets,
		wire,
		async read(req) {
			for (let n = 1; ; n++) {
				let res: HttpResponse;
				try {
					res = await opts.http.request(req);
				} catch (err) {
					if (n >= MAX_TRIES) throw unreachable(req, err, NEVER_SENT.test(messageOf(err)));
					await sleep(opts.clock, backoffMs(n, opts.baseBackoffMs));
					continue;
				}
				if (!RETRYABLE_STATUS.has(res.status) || n >= MAX_TRIES) return res;
				await sleep(opts.clock, retryAfterMs(res) ?? backoffMs(n, opts.baseBackoffMs));
			}
		},
		async write(req, simulate) {
			const record = toWireRecord(req, handedOut);
			wire.push(record);
			if (opts.dryRun) return simulate();
			for (let n = 1; ; n++) {
				try {
					opts.onWire?.(record);
					return await opts.http.request(req);
				} catch (err) {
					const neverSent = NEVER_SENT.test(messageOf(err));
					// Only a refusal before the request left can be retried without risking a duplicate.
					if (!neverSent || n >= MAX_TRIES) throw unreachable(req, err, neverSent);
					await sleep(opts.clock, backoffMs(n, opts.baseBackoffMs));
				}
			}
		},
	};
}
