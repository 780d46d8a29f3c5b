// Turns what Odoo (or the network) answered into a CategorizedError with a sentence the owner can act on.
import { CategorizedError, messageOf } from "../../core/util/errors";

/** What was being attempted, for the messages. */
export interface CallSite {
	url: string;
	login: string;
	database: string;
	model?: string;
	method?: string;
}

const NEW_KEY = "Create a new key in Odoo → Preferences → Account security, then paste it into the AI Employee settings.";

/** Errors after which the cached session may be stale: the key refused, or a server that no longer speaks the chosen protocol. */
const sessionBreakers = new WeakSet<Error>();

/** True when the session's login or protocol choice should be redone before the next call. */
export function breaksSession(err: unknown): boolean {
	return err instanceof Error && sessionBreakers.has(err);
}

/** True when Odoo refused the key (not a missing right): the only case where logging in again can help. */
export function isKeyRefusal(err: unknown): boolean {
	return err instanceof CategorizedError && err.category === "auth" && sessionBreakers.has(err);
}

function breaking(err: CategorizedError): CategorizedError {
	sessionBreakers.add(err);
	return err;
}

export function keyRefused(site: CallSite): CategorizedError {
	return breaking(new CategorizedError(
		"auth",
		`Odoo refused the API key for ${site.login}: create a new key in Odoo → Preferences → Account security, then paste it into the AI Employee settings`,
		NEW_KEY,
	));
}

/**
 * AccessError (fault 4, HTTP 403) is filed under "auth": the key works but the Odoo user lacks a right (e.g. not in the
 * Invoicing group, or the record belongs to another company). Retrying cannot help and the fix is in Odoo's user
 * settings, which is what the executor's auth path tells the owner.
 */
export function accessError(site: CallSite, odooMessage: string): CategorizedError {
	return new CategorizedError(
		"auth",
		`Odoo user ${site.login} may not ${site.method ?? "call"} ${site.model ?? "this"}: ${odooMessage}`,
		"Give this user the needed rights in Odoo (Settings → Users → Accounting/Invoicing), or use a key of a user who has them.",
	);
}

/** UserError / ValidationError / MissingError: Odoo said no for a business reason; its own words are the message. */
export function odooSaidNo(site: CallSite, odooMessage: string): CategorizedError {
	return new CategorizedError("logic", `Odoo refused ${describeCall(site)}: ${odooMessage}`, "Change the request so Odoo accepts it, then approve it again.");
}

export function unknownDatabase(site: CallSite): CategorizedError {
	return new CategorizedError(
		"data",
		`Odoo at ${site.url} has no database named "${site.database}"`,
		"Check the database name in the AI Employee settings (Odoo shows it at /web/database/selector, or ask your Odoo host).",
	);
}

/** A fault or 5xx with a traceback: an Odoo-side bug or a module missing; nothing the request can fix. */
/** JSON-2 answers a bare 404 page both for an unknown X-Odoo-Database and for servers without JSON-2 (before 19). */
export function noJson2OrDatabase(site: CallSite): CategorizedError {
	return breaking(new CategorizedError(
		"data",
		`Odoo at ${site.url} found no database named "${site.database}" (or has no JSON-2 API, which needs Odoo 19 or later)`,
		"Check the database name in the AI Employee settings; on Odoo 16–18 set the protocol to XML-RPC or Auto.",
	));
}

export function serverFailed(site: CallSite, detail: string): CategorizedError {
	return new CategorizedError("system", `Odoo failed on ${describeCall(site)}: ${firstLine(detail)}`, "Look at the Odoo server log; if a module is missing, install it (Invoicing).");
}

export function notOdoo(site: CallSite, what: string): CategorizedError {
	return breaking(new CategorizedError(
		"system",
		`The server at ${site.url} answered ${what} instead of Odoo's API`,
		"Check the Odoo URL in the settings: it is the address you open Odoo at, e.g. https://mycompany.odoo.com, with no path.",
	));
}

/**
 * No answer at all. Connection refused or an unknown host prove that nothing reached Odoo. A write that got no answer
 * (a timeout, a dropped connection) may have been done: it says so, and is never sent again.
 */
/** The network's own words: the action context's "Could not reach <host>" keeps them as its cause, and this message
 * names Odoo itself. */
function causeOf(err: unknown): string {
	return messageOf(err instanceof CategorizedError && err.cause !== undefined ? err.cause : err);
}

export function noAnswer(site: CallSite, err: unknown, write = false): CategorizedError {
	const cause = causeOf(err);
	const text = `${codeOf(err)} ${cause}`;
	const neverSent = /ECONNREFUSED|ERR_CONNECTION_REFUSED|ENOTFOUND|ERR_NAME_NOT_RESOLVED|EAI_AGAIN/.test(text);
	if (write && !neverSent) {
		return new CategorizedError(
			"transient",
			`No answer from Odoo at ${site.url} to ${describeCall(site)} (${cause})${/may or may not have reached/.test(cause) ? "" : "; it may or may not have reached Odoo"}`,
			`Look in Odoo whether ${describeCall(site)} happened before you press Retry, so nothing is done twice.`,
			false,
		);
	}
	return new CategorizedError(
		"transient",
		`No answer from Odoo at ${site.url} (${cause})`,
		"Check that Odoo is running and the URL is right; the step will be tried again.",
		neverSent,
	);
}

export function busy(site: CallSite, status: number): CategorizedError {
	return new CategorizedError("transient", `Odoo at ${site.url} is unavailable (HTTP ${status}) for ${describeCall(site)}`, "Odoo or its proxy is restarting or overloaded; the step will be tried again.");
}

export function unexpectedAnswer(site: CallSite, detail: string): CategorizedError {
	return new CategorizedError("system", `Odoo's answer to ${describeCall(site)} was not understood: ${detail}`, "This Odoo version may differ from the supported ones (16–19); report it with the log line.");
}

/** The same statuses the one retry policy tries again: a busy server, not a refusal. */
export { isTransientStatus } from "../../core/executor/retry";

function describeCall(site: CallSite): string {
	return site.model && site.method ? `${site.model}.${site.method}` : "the call";
}

function firstLine(s: string): string {
	const lines = s.trim().split("\n").filter((l) => l.trim() !== "");
	// Python tracebacks end with the exception line, which is the useful one.
	const last = lines[lines.length - 1] ?? s;
	return (lines[0]?.startsWith("Traceback") ? last : (lines[0] ?? s)).slice(0, 300);
}

function codeOf(err: unknown): string {
	if (typeof err !== "object" || err === null) return "";
	const code = (err as { code?: unknown }).code;
	const cause = (err as { cause?: unknown }).cause;
	return [typeof code === "string" ? code : "", cause ? codeOf(cause) : ""].join(" ");
}
