// Domain matchers for the workflow and end-to-end tests: what a user would notice (a post sent twice, a preview that
// sent something, a refusal with the wrong reason), each failing with a sentence that says so.
import type { MatcherState } from "vitest";

type Matcher<A extends unknown[]> = (this: MatcherState, received: unknown, ...args: A) => { pass: boolean; message: () => string };

/** A fake service that records what reached it: the loopback fakes list requests, the Odoo fake counts its calls. */
export type FakeService = { received: readonly { path: string; method?: string }[] } | { writes: number; count(call: string): number };

/** What an approve, reject or retry answers. */
export interface Outcome {
	ok: boolean;
	message?: string;
}

export type Reason = string | RegExp;

/** One expected audit log line: each given field must equal, an `error` may be a pattern. */
export type ExpectedLogLine = Record<string, unknown> & { error?: Reason };

function isFake(v: unknown): v is FakeService {
	return typeof v === "object" && v !== null && (Array.isArray((v as { received?: unknown }).received) || typeof (v as { writes?: unknown }).writes === "number");
}

/** Requests that change something on the service (a GET only reads). */
function writesTo(fake: FakeService, route?: string): { count: number; list: string[] } {
	if ("received" in fake) {
		const hits = fake.received.filter((r) => r.method !== "GET" && (route === undefined || r.path === route || r.path.startsWith(`${route}?`)));
		return { count: hits.length, list: hits.map((r) => `${r.method ?? "POST"} ${r.path}`) };
	}
	const count = route === undefined ? fake.writes : fake.count(route);
	return { count, list: [] };
}

/** A front-matter or log value as the user reads it. */
function textOf(v: unknown): string {
	return v === undefined || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v);
}

function says(text: string, reason: Reason): boolean {
	return typeof reason === "string" ? text.includes(reason) : reason.test(text);
}

const show = (reason: Reason) => (typeof reason === "string" ? `"${reason}"` : String(reason));
const times = (n: number) => (n === 1 ? "once" : `${n} times`);
const notAFake = (what: string) => ({ pass: false, message: () => `${what} needs a fake service (with received requests or Odoo's call counts)` });

const toHaveSentNothing: Matcher<[]> = function (received) {
	if (!isFake(received)) return notAFake("toHaveSentNothing");
	const { count, list } = writesTo(received);
	return {
		pass: count === 0,
		message: () =>
			this.isNot
				? "Expected something to reach the service, but nothing did: the user would see the action go nowhere."
				: `Expected nothing to reach the service (a preview, a refusal or a review sends nothing), but it received ${count} ${count === 1 ? "write" : "writes"}${list.length ? `: ${list.join(", ")}` : ""}. The user would find it done for real.`,
	};
};

const toHaveSentExactlyOnce: Matcher<[route?: string]> = function (received, route) {
	if (!isFake(received)) return notAFake("toHaveSentExactlyOnce");
	const { count, list } = writesTo(received, route);
	const what = route ?? "the request";
	return {
		pass: count === 1,
		message: () =>
			this.isNot
				? `Expected ${what} not to arrive exactly once, but it did.`
				: count === 0
					? `Expected ${what} to reach the service exactly once, but it never arrived: the user would see nothing sent.`
					: `Expected ${what} to reach the service exactly once, but it arrived ${times(count)}${list.length ? ` (${list.join(", ")})` : ""}: the user would see it posted ${times(count)}.`,
	};
};

const toBeRefusedWith: Matcher<[reason: Reason]> = function (received, reason) {
	const o = received as Partial<Outcome> | null;
	if (typeof o !== "object" || o === null || typeof o.ok !== "boolean") return { pass: false, message: () => "toBeRefusedWith needs an outcome ({ ok, message })" };
	const message = o.message ?? "";
	return {
		pass: !o.ok && says(message, reason),
		message: () =>
			this.isNot
				? `Expected no refusal saying ${show(reason)}, but the user was told: "${message}"`
				: o.ok
					? `Expected a refusal saying ${show(reason)}, but it went through${message ? ` ("${message}")` : ""}.`
					: `Expected a refusal saying ${show(reason)}, but the user was told: "${message}"`,
	};
};

const toHaveCompletedInDryRun: Matcher<[]> = function (received) {
	const fm = (received ?? {}) as Record<string, unknown>;
	const result = textOf(fm.result);
	const pass = fm.status === "completed" && fm.dry_run === true && result.startsWith("Dry run: ") && (result.match(/dry run/gi) ?? []).length === 1;
	return {
		pass,
		message: () =>
			this.isNot
				? `Expected a real result, but the note shows a dry-run preview: "${result}"`
				: `Expected the note to show a dry-run preview (status completed, dry_run true, a result that says "Dry run: " once), but it has status ${String(fm.status)}, dry_run ${String(fm.dry_run)} and the result "${result}".`,
	};
};

const toBeBackForApprovalWith: Matcher<[reason: Reason]> = function (received, reason) {
	const fm = (received ?? {}) as Record<string, unknown>;
	const why = textOf(fm.refused_reason);
	const pass = fm.status === "pending" && says(why, reason) && fm.approval_mac === undefined;
	return {
		pass,
		message: () =>
			this.isNot
				? `Expected the request not to be sent back for approval, but it is pending with the reason "${why}".`
				: `Expected the request back in Pending_Approval, unstamped, with a reason saying ${show(reason)}, but it has status ${String(fm.status)}, the reason "${why}"${fm.approval_mac === undefined ? "" : " and still an approval stamp"}.`,
	};
};

const describeLine = (l: Record<string, unknown>) => `${String(l.action_type)} ${String(l.result)}${l.error ? ` (${textOf(l.error)})` : ""}`;

function lineMatches(line: Record<string, unknown>, expected: ExpectedLogLine): boolean {
	return Object.entries(expected).every(([k, v]) => (k === "error" && v !== undefined ? says(textOf(line.error), v as Reason) : line[k] === v));
}

const toHaveLogged: Matcher<[expected: ExpectedLogLine]> = function (received, expected) {
	if (!Array.isArray(received)) return { pass: false, message: () => "toHaveLogged needs the audit log's lines (an array)" };
	const lines = received as Record<string, unknown>[];
	const wanted = Object.entries(expected)
		.map(([k, v]) => `${k} ${v instanceof RegExp ? String(v) : JSON.stringify(v)}`)
		.join(", ");
	return {
		pass: lines.some((l) => lineMatches(l, expected)),
		message: () =>
			this.isNot
				? `Expected no audit log line with ${wanted}, but the log has one: the owner would read it in Logs.`
				: `Expected an audit log line with ${wanted}, so the owner can see it in Logs, but the log has ${lines.length === 0 ? "no lines" : lines.map(describeLine).join("; ")}.`,
	};
};

export const domainMatchers = { toHaveSentNothing, toHaveSentExactlyOnce, toBeRefusedWith, toHaveCompletedInDryRun, toBeBackForApprovalWith, toHaveLogged };
