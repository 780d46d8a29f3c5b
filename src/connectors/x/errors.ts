// X's problem answers (application/problem+json) → categories: duplicate, expired token, rate limit, access level.
import * as z from "zod/mini";
import type { HttpResponse } from "../../core/ports";
import type { CategorizedError } from "../../core/util/errors";
import { badData, duplicate, notJson, permissionMissing, rateLimited, refused, serverFailed, tokenRefused, unexpected, type Phase } from "../social/errors";
import { xRateLimit } from "../social/rate-limit";
import { jsonOf, looksLikeHtml } from "../http-answer";

export const xProblem = z.object({
	title: z.optional(z.string()),
	detail: z.optional(z.string()),
	type: z.optional(z.string()),
	status: z.optional(z.number()),
	reason: z.optional(z.string()),
	errors: z.optional(z.array(z.object({ message: z.optional(z.string()), parameters: z.optional(z.unknown()) }))),
});

const RECONNECT =
	"In the X developer portal (your app → Keys and tokens) regenerate the access token and secret with Read and write permission, paste them into the AI Employee settings under X, then press Retry.";

/** True when the answer says the access level does not include this endpoint (old Free access: reads answer 403). */
export function isAccessLevel(res: HttpResponse): boolean {
	if (res.status !== 403) return false;
	const p = xProblem.safeParse(jsonOf(res));
	return p.success && /client-forbidden|not-enrolled|access level|permitted to use this endpoint|oauth1-permissions/i.test(`${p.data.type ?? ""} ${p.data.reason ?? ""} ${p.data.detail ?? ""}`);
}

export function xFailure(url: string, res: HttpResponse, phase: Phase, now: number): CategorizedError {
	if (looksLikeHtml(res)) return notJson("x", url, `a web page (HTTP ${res.status})`);
	const parsed = xProblem.safeParse(jsonOf(res));
	const p = parsed.success ? parsed.data : {};
	const said = [p.title, p.detail, ...(p.errors ?? []).map((e) => e.message)].filter(Boolean).join(": ") || `HTTP ${res.status}`;
	if (res.status === 401) return tokenRefused("x", said, RECONNECT);
	if (res.status === 429) return rateLimited("x", xRateLimit(res.headers), now, phase);
	if (res.status === 403 && /duplicate/i.test(said)) return duplicate("x", said);
	if (isAccessLevel(res)) return permissionMissing("x", `${said} (this access level does not include it)`, "Check the app's access level and permissions in the X developer portal (Read and write), then reconnect.");
	if (res.status === 402) return refused("x", `${said} (no credits left)`, "Add credits to the app in the X developer console, then press Retry.");
	if (res.status >= 500) return serverFailed("x", res.status, said, phase);
	if (res.status === 400) return badData("x", said);
	if (!parsed.success) return unexpected("x", "a request", `HTTP ${res.status} without a problem body`);
	return refused("x", said);
}
