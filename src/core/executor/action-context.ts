// Builds the context a handler runs in: reads retried with backoff, writes sent once (or, in dry run, recorded).
import type { Clock, HttpClient, HttpRequest, SecretStore } from "../ports";
import { CategorizedError, messageOf } from "../util/errors";
import type { ActionContext, WireRecord } from "./connector";
import { sendWithRetries } from "./retry";

/** Failures that prove the request never left this machine or never reached a server. */
const NEVER_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ERR_CONNECTION_REFUSED|ERR_NAME_NOT_RESOLVED/i;

function neverSent(err: unknown): boolean {
	return NEVER_SENT.test(messageOf(err));
}

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

function unreachable(req: HttpRequest, err: unknown, wasNeverSent: boolean): CategorizedError {
	return new CategorizedError(
		"transient",
		`Could not reach ${new URL(req.url).host}: ${messageOf(err)}`,
		wasNeverSent ? "Check that the service is running and the URL in the settings is right, then retry." : "The network failed during the call; check the service before retrying so nothing is done twice.",
		wasNeverSent,
		{ cause: err },
	);
}

export interface ContextOptions {
	http: HttpClient;
	clock: Clock;
	secrets: SecretStore;
	dryRun: boolean;
	correlationId: string;
	/** Called with the first byte of every real write (for measuring and the card's progress). */
	onWire?: (req: WireRecord) => void;
	/** First back-off step of the shared retry policy (tests shorten it). */
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

	return {
		dryRun: opts.dryRun,
		correlationId: opts.correlationId,
		clock: opts.clock,
		secrets,
		wire,
		async read(req) {
			try {
				return await sendWithRetries(() => opts.http.request(req), opts.clock, { baseDelayMs: opts.baseBackoffMs });
			} catch (err) {
				throw unreachable(req, err, neverSent(err));
			}
		},
		async write(req, simulate) {
			const record = toWireRecord(req, handedOut);
			wire.push(record);
			if (opts.dryRun) return simulate();
			// Only a refusal before the request left can be retried without risking a duplicate; any answer is final.
			const retry = { baseDelayMs: opts.baseBackoffMs, retryError: neverSent, retryAnswer: () => false };
			try {
				return await sendWithRetries(
					() => {
						opts.onWire?.(record);
						return opts.http.request(req);
					},
					opts.clock,
					retry,
				);
			} catch (err) {
				throw unreachable(req, err, neverSent(err));
			}
		},
		outcome: async (o) => (opts.dryRun ? o.preview() : o.done()),
	};
}
