// The Graph API wire shared by Facebook and Instagram: URLs, the bearer header, and Meta's error body → categories.
import * as z from "zod/mini";
import type { HttpResponse } from "../../core/ports";
import { badData, duplicate, notJson, permissionMissing, rateLimited, refused, serverFailed, tokenRefused, unexpected, type Phase } from "../social/errors";
import type { Network } from "../social/networks";
import { metaRateLimit } from "../social/rate-limit";
import { jsonOf, looksLikeHtml } from "../http-answer";
import { parseAnswer, trimBase } from "../social/wire";
import type { CategorizedError } from "../../core/util/errors";
import { GRAPH_BASE_URL } from "./config";

/** Where Graph calls go: Meta's host is built in (never a setting), so no edit of the vault can redirect a token. */
export interface GraphTarget {
	/** graph.facebook.com when absent (Facebook); graph.instagram.com for Instagram Login tokens. */
	baseUrl?: string;
	apiVersion: string;
}

export function graphUrl(t: GraphTarget, path: string, query: Record<string, string> = {}): string {
	const q = new URLSearchParams(query).toString();
	return `${trimBase(t.baseUrl ?? GRAPH_BASE_URL)}/${t.apiVersion}/${path.replace(/^\/+/, "")}${q ? `?${q}` : ""}`;
}

/** The token goes in a header, never the URL or body: the recorded dry-run request must not show it. */
export function graphHeaders(token: string, withBody: boolean): Record<string, string> {
	const h: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
	if (withBody) h["content-type"] = "application/x-www-form-urlencoded";
	return h;
}

export const graphErrorBody = z.object({
	error: z.object({
		message: z.string(),
		type: z.optional(z.string()),
		code: z.optional(z.number()),
		error_subcode: z.optional(z.number()),
		error_user_title: z.optional(z.string()),
		error_user_msg: z.optional(z.string()),
		is_transient: z.optional(z.boolean()),
		fbtrace_id: z.optional(z.string()),
	}),
});

const THROTTLE = new Set([4, 17, 32, 613, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014]);

const RECONNECT: Record<"facebook" | "instagram", string> = {
	facebook:
		"Create a new Page access token (Meta Business Suite → Settings → System users, or the Graph API Explorer with pages_manage_posts), paste it into the AI Employee settings under Facebook, then press Retry.",
	instagram:
		"Create a new Instagram access token (Instagram Login: a long-lived token with instagram_business_content_publish; Facebook Login: the Page token with instagram_content_publish), paste it into the AI Employee settings under Instagram, then press Retry.",
};

/** What an answer of 400 and above means, as a CategorizedError. */
export function graphFailure(network: "facebook" | "instagram", url: string, res: HttpResponse, phase: Phase, now: number): CategorizedError {
	if (looksLikeHtml(res)) return notJson(network, url, `a web page (HTTP ${res.status})`);
	const parsed = graphErrorBody.safeParse(jsonOf(res));
	if (!parsed.success) {
		if (res.status === 429) return rateLimited(network, metaRateLimit(res.headers, now), now, phase);
		if (res.status >= 500) return serverFailed(network, res.status, "", phase);
		return unexpected(network, "a request", `HTTP ${res.status} without Meta's error body`);
	}
	const e = parsed.data.error;
	const code = e.code ?? 0;
	const said = `${e.error_user_msg ?? e.message} (code ${code}${e.error_subcode ? `/${e.error_subcode}` : ""}${e.fbtrace_id ? `, trace ${e.fbtrace_id}` : ""})`;
	if (code === 190 || code === 102) return tokenRefused(network, said, RECONNECT[network]);
	if (code === 506) return duplicate(network, said);
	if (THROTTLE.has(code) || res.status === 429) return rateLimited(network, metaRateLimit(res.headers, now), now, phase);
	if (code === 10 || (code >= 200 && code <= 299)) return permissionMissing(network, said, RECONNECT[network]);
	if (code === 368) return refused(network, `the account is temporarily blocked for a policy reason: ${said}`, "Open the account in Meta Business Suite and resolve the warning before posting again.");
	if (code === 1 || code === 2 || e.is_transient === true || res.status >= 500) return serverFailed(network, res.status, said, phase);
	if (code === 100) return badData(network, said);
	return refused(network, said);
}

/** A Graph answer: an error becomes its category; a success is checked against `schema`. */
export function graphAnswer<T>(network: "facebook" | "instagram", url: string, res: HttpResponse, schema: z.ZodMiniType<T>, what: string, phase: Phase, now: number): T {
	if (res.status >= 400) throw graphFailure(network, url, res, phase, now);
	return parseAnswer(network as Network, url, res, schema, what);
}
