// The Facebook and Instagram Connect flow's wire: a short-lived user token for a long-lived one, the Pages that token
// manages (each with its own Page token), and the Instagram professional account linked to a Page.
import * as z from "zod/mini";
import type { HttpClient } from "../../core/ports";
import { form } from "../social/wire";
import { graphAnswer, graphHeaders, graphUrl, type GraphTarget } from "./graph";

const exchanged = z.object({ access_token: z.string(), token_type: z.optional(z.string()), expires_in: z.optional(z.number()) });

const igAccount = z.object({ id: z.string(), username: z.optional(z.string()) });

const pagesAnswer = z.object({
	data: z.array(
		z.object({
			id: z.string(),
			name: z.string(),
			access_token: z.optional(z.string()),
			tasks: z.optional(z.array(z.string())),
			instagram_business_account: z.optional(igAccount),
		}),
	),
	paging: z.optional(z.object({ next: z.optional(z.string()) })),
});

const pageIg = z.object({ id: z.string(), instagram_business_account: z.optional(igAccount) });

export interface LongLivedToken {
	token: string;
	/** Seconds until it expires, as Meta says (about 60 days); null when Meta does not say. */
	expiresInSeconds: number | null;
}

export interface PageChoice {
	id: string;
	name: string;
	/** The Page token that comes with a long-lived user token does not expire. */
	token: string | null;
	/** CREATE_CONTENT (or MANAGE) is what posting needs. */
	canPost: boolean;
	instagram: { id: string; username: string | null } | null;
}

/** Exchanges a short-lived user token (Graph API Explorer, about an hour) for a long-lived one (about 60 days). */
export async function exchangeUserToken(http: HttpClient, target: GraphTarget, app: { appId: string; appSecret: string }, shortToken: string): Promise<LongLivedToken> {
	const url = graphUrl(target, "oauth/access_token");
	// POST with a form body: the app secret and the tokens stay out of the URL (and out of any error that quotes it).
	const res = await http.request({
		url,
		method: "POST",
		headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
		body: form({ grant_type: "fb_exchange_token", client_id: app.appId, client_secret: app.appSecret, fb_exchange_token: shortToken }),
		timeoutMs: 20_000,
	});
	const a = graphAnswer("facebook", url, res, exchanged, "the token exchange", "read", Date.now());
	return { token: a.access_token, expiresInSeconds: a.expires_in ?? null };
}

/** The Pages the user token manages, with their Page tokens and linked Instagram accounts (follows paging, 10 pages at most). */
export async function listPages(http: HttpClient, target: GraphTarget, userToken: string): Promise<PageChoice[]> {
	const out: PageChoice[] = [];
	let url: string | undefined = graphUrl(target, "me/accounts", { fields: "id,name,access_token,tasks,instagram_business_account{id,username}", limit: "100" });
	for (let page = 0; url && page < 10; page++) {
		const res = await http.request({ url, headers: graphHeaders(userToken, false), timeoutMs: 20_000 });
		const a: z.infer<typeof pagesAnswer> = graphAnswer("facebook", url, res, pagesAnswer, "the list of your Pages", "read", Date.now());
		for (const p of a.data) {
			const tasks = p.tasks ?? [];
			out.push({
				id: p.id,
				name: p.name,
				token: p.access_token ?? null,
				canPost: tasks.length === 0 || tasks.includes("CREATE_CONTENT") || tasks.includes("MANAGE"),
				instagram: p.instagram_business_account ? { id: p.instagram_business_account.id, username: p.instagram_business_account.username ?? null } : null,
			});
		}
		url = a.paging?.next;
	}
	return out;
}

/** The Instagram professional account linked to a Page, or null when the Page has none. */
export async function instagramOfPage(http: HttpClient, target: GraphTarget, pageId: string, pageToken: string): Promise<{ id: string; username: string | null } | null> {
	const url = graphUrl(target, pageId, { fields: "instagram_business_account{id,username}" });
	const res = await http.request({ url, headers: graphHeaders(pageToken, false), timeoutMs: 20_000 });
	const a = graphAnswer("facebook", url, res, pageIg, "the Page's Instagram account", "read", Date.now());
	return a.instagram_business_account ? { id: a.instagram_business_account.id, username: a.instagram_business_account.username ?? null } : null;
}
