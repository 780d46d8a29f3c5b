// The failures every network shares, as CategorizedErrors whose message and suggestion the owner can act on.
import { envNameForSecret } from "../../core/secrets";
import { CategorizedError } from "../../core/util/errors";
import { RULES, type Network } from "./networks";
import { describeReset, type RateLimitInfo } from "./rate-limit";

/** A publish (a write: never retried, may have gone through) or a read (retried by the context). */
export type Phase = "publish" | "read";

const label = (n: Network) => RULES[n].label;

export function notSetUp(network: Network, missing: string): CategorizedError {
	return new CategorizedError("data", `${label(network)} is not set up: ${missing}`, `Fill in the ${label(network)} section of the AI Employee settings.`, true);
}

/** Reads the network's settings at call time; without them, a "not set up" error naming what is missing. */
export function requireConfig<T>(network: Network, getConfig: () => T | null, missing: string): () => T {
	return () => {
		const c = getConfig();
		if (!c) throw notSetUp(network, missing);
		return c;
	};
}

export function missingToken(network: Network, secret: string): CategorizedError {
	return new CategorizedError(
		"auth",
		`No ${label(network)} access token: the secret ${secret} is empty`,
		`Connect ${label(network)} in the AI Employee settings (or set ${envNameForSecret(secret)} for the headless runner).`,
		true,
	);
}

/** The token expired, was revoked or never had the right. `how` says how to get a new one. */
export function tokenRefused(network: Network, detail: string, how: string): CategorizedError {
	return new CategorizedError("auth", `${label(network)} refused the access token: ${detail}`, how);
}

export function permissionMissing(network: Network, detail: string, how: string): CategorizedError {
	return new CategorizedError("auth", `${label(network)} says the token lacks a permission: ${detail}`, how);
}

/** The network already has this exact post; posting again would be refused again, so this is final. */
export function duplicate(network: Network, detail: string): CategorizedError {
	return new CategorizedError(
		"logic",
		`${label(network)} refused the post as a duplicate of one already published: ${detail}`,
		"Nothing new was published. Change the text if you really mean to post it again; otherwise delete this request.",
	);
}

export function rateLimited(network: Network, info: RateLimitInfo, now: number, phase: Phase): CategorizedError {
	const when = describeReset(info.resetAt, now);
	return new CategorizedError(
		"transient",
		`${label(network)} is rate limiting us (${info.detail}); ${when}`,
		phase === "publish" ? `Nothing was published. Press Retry after ${info.resetAt ? new Date(info.resetAt).toISOString() : "a while"}.` : "The summary will be fetched again on its next run.",
	);
}

/** A 5xx during a publish is ambiguous: the post may exist. It is never retried blindly. */
export function serverFailed(network: Network, status: number, detail: string, phase: Phase): CategorizedError {
	return new CategorizedError(
		"transient",
		`${label(network)} failed with HTTP ${status}${detail ? ` (${detail})` : ""}${phase === "publish" ? " while publishing; the post may or may not be live" : ""}`,
		phase === "publish"
			? `Look at the ${label(network)} account first: if the post is there, delete this request; if not, press Retry.`
			: `${label(network)} is having trouble; try again later.`,
	);
}

/** The network (or its policy) said no to this content or parameter. */
export function refused(network: Network, detail: string, suggestion = "Change the request so the network accepts it, then approve it again."): CategorizedError {
	return new CategorizedError("logic", `${label(network)} refused the request: ${detail}`, suggestion);
}

export function badData(network: Network, detail: string): CategorizedError {
	return new CategorizedError("data", `${label(network)} does not accept this: ${detail}`, "Correct the request (ids, links, images), then approve it again.");
}

export function notJson(network: Network, url: string, what: string): CategorizedError {
	return new CategorizedError(
		"system",
		`${label(network)} answered with ${what} instead of its API's JSON (${new URL(url).host}); a proxy or captive portal is in the way`,
		`Check the network connection (a proxy or a sign-in page of the network you are on), then try again.`,
	);
}

export function unexpected(network: Network, what: string, detail: string): CategorizedError {
	return new CategorizedError("system", `${label(network)}'s answer to ${what} was not understood: ${detail}`, "The API may have changed; report this with the log line.");
}
