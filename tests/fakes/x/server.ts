// A loopback X API v2: POST /2/tweets checked against X's own CreatePostsRequest schema and OAuth 1.0a signature, problem answers, rate-limit headers.
import { createHmac } from "node:crypto";
import { json, html, startLoopback, type Answer, type Loopback, type Received } from "../meta/loopback";
import { validate, xSchema } from "./openapi-check";

export type XFault = "expired-token" | "rate-limit" | "server-error" | "html" | "duplicate" | "client-forbidden";

export const X_KEYS = { apiKey: "ck-123", apiSecret: "cs-456", accessToken: "1234-at", accessSecret: "as-789", userToken: "oauth2-user-token" };

export interface FakeTweet {
	id: string;
	text: string;
	replyTo?: string;
	created: number;
	metrics: { retweet_count: number; reply_count: number; like_count: number; quote_count: number; bookmark_count: number; impression_count: number };
}

export interface XFake extends Loopback {
	tweets: FakeTweet[];
	/** Reads answer 403 client-forbidden, like the old write-only Free access. */
	writeOnly: boolean;
	/** Epoch seconds sent in x-rate-limit-reset. */
	resetAt: number;
	/** The next matching request (after `skip` good ones) answers with this fault. */
	fail(fault: XFault, opts?: { reads?: boolean; skip?: number }): void;
	posts(): Received[];
}

const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Answer => ({
	status,
	headers: { "content-type": "application/problem+json", ...headers },
	body: JSON.stringify(body),
});

const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The address clients sign for: the fake stands in for it (the test host routes it here), as X verifies against it. */
const X_ORIGIN = "https://api.x.com";

/** Recomputes the OAuth 1.0a signature the way X does (RFC 5849 §3.4) and compares. */
function oauthValid(r: Received, base: string): boolean {
	const h = r.headers.authorization ?? "";
	if (!h.startsWith("OAuth ")) return false;
	const p: Record<string, string> = {};
	for (const m of h.slice(6).matchAll(/([a-z_]+)="([^"]*)"/g)) p[decodeURIComponent(m[1]!)] = decodeURIComponent(m[2]!);
	if (p.oauth_consumer_key !== X_KEYS.apiKey || p.oauth_token !== X_KEYS.accessToken || p.oauth_signature_method !== "HMAC-SHA1") return false;
	const sig = p.oauth_signature;
	delete p.oauth_signature;
	const all = [...Object.entries(p), ...r.query.entries()].map(([k, v]) => `${enc(k)}=${enc(v)}`).sort();
	const text = [r.method, enc(`${base}${r.path}`), enc(all.join("&"))].join("&");
	return createHmac("sha1", `${enc(X_KEYS.apiSecret)}&${enc(X_KEYS.accessSecret)}`).update(text).digest("base64") === sig;
}

export async function startXFake(opts: { userId?: string } = {}): Promise<XFake> {
	const userId = opts.userId ?? "2244994945";
	const faults: { fault: XFault; reads: boolean; skip: number }[] = [];
	let seq = 1_860_000_000_000_000_000n;
	const state = { tweets: [] as FakeTweet[], writeOnly: false, resetAt: Math.floor(Date.parse("2026-11-26T09:15:00Z") / 1000) };
	const limits = (remaining: number): Record<string, string> => ({ "x-rate-limit-limit": "100", "x-rate-limit-remaining": String(remaining), "x-rate-limit-reset": String(state.resetAt) });

	function faultAnswer(f: XFault): Answer {
		switch (f) {
			case "expired-token":
				return problem(401, { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" });
			case "rate-limit":
				return problem(429, { title: "Too Many Requests", detail: "Too Many Requests", type: "about:blank", status: 429 }, limits(0));
			case "server-error":
				return problem(503, { title: "Service Unavailable", detail: "Service Unavailable", type: "about:blank", status: 503 });
			case "html":
				return html(200);
			case "duplicate":
				return problem(403, { title: "Forbidden", detail: "You are not allowed to create a Tweet with duplicate content.", type: "about:blank", status: 403 });
			case "client-forbidden":
				return problem(403, {
					client_id: "29000001",
					detail: "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.",
					registration_url: "https://developer.twitter.com/en/docs/projects/overview",
					title: "Client Forbidden",
					required_enrollment: "Appropriate Level of API Access",
					reason: "client-not-enrolled",
					type: "https://api.twitter.com/2/problems/client-forbidden",
				});
		}
	}

	function route(r: Received): Answer {
		const write = r.method === "POST";
		const i = faults.findIndex((f) => write || f.reads);
		if (i >= 0 && faults[i]!.skip-- <= 0) return faultAnswer(faults.splice(i, 1)[0]!.fault);
		const bearer = r.headers.authorization === `Bearer ${X_KEYS.userToken}`;
		if (!bearer && !oauthValid(r, X_ORIGIN)) return faultAnswer("expired-token");

		if (r.path === "/2/tweets" && write) {
			if (!(r.headers["content-type"] ?? "").includes("application/json")) return problem(415, { title: "Unsupported Media Type", type: "about:blank", status: 415, detail: "Content-Type must be application/json" });
			let body: unknown;
			try {
				body = JSON.parse(r.body);
			} catch {
				return problem(400, { title: "Invalid Request", type: "https://api.x.com/2/problems/invalid-request", detail: "One or more parameters to your request was invalid.", errors: [{ message: "Request body is not valid JSON" }] });
			}
			const problems = validate(body, xSchema("CreatePostsRequest"));
			if (problems.length) return problem(400, { title: "Invalid Request", type: "https://api.x.com/2/problems/invalid-request", detail: "One or more parameters to your request was invalid.", errors: problems.map((message) => ({ message })) });
			const b = body as { text?: string; reply?: { in_reply_to_tweet_id: string } };
			const text = b.text ?? "";
			if (state.tweets.some((t) => t.text === text)) return faultAnswer("duplicate");
			if (b.reply && !state.tweets.some((t) => t.id === b.reply!.in_reply_to_tweet_id) && !b.reply.in_reply_to_tweet_id.startsWith("1500")) {
				return problem(403, { title: "Forbidden", type: "about:blank", status: 403, detail: "You attempted to reply to a Tweet that is deleted or not visible to you." });
			}
			const id = String(++seq);
			state.tweets.push({ id, text, replyTo: b.reply?.in_reply_to_tweet_id, created: Date.now(), metrics: { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0, bookmark_count: 0, impression_count: 0 } });
			return json(201, { data: { id, text, edit_history_tweet_ids: [id] } }, limits(99));
		}
		if (state.writeOnly && !write) return faultAnswer("client-forbidden");
		if (r.path === "/2/users/me") return json(200, { data: { id: userId, name: "Acme Coffee", username: "acmecoffee" } }, limits(74));
		if (r.path === `/2/users/${userId}/tweets`) {
			const start = Date.parse(r.query.get("start_time") ?? "1970-01-01T00:00:00Z");
			const end = Date.parse(r.query.get("end_time") ?? "2999-01-01T00:00:00Z");
			const max = Number(r.query.get("max_results") ?? 10);
			if (max < 5 || max > 100) return problem(400, { title: "Invalid Request", type: "https://api.x.com/2/problems/invalid-request", detail: "The `max_results` query parameter value is not between 5 and 100" });
			const all = state.tweets.filter((t) => t.created >= start && t.created < end).sort((a, b) => b.created - a.created);
			const from = Number(r.query.get("pagination_token") ?? 0);
			const page = all.slice(from, from + max);
			const fields = r.query.get("tweet.fields") ?? "";
			const data = page.map((t) => ({ id: t.id, text: t.text, edit_history_tweet_ids: [t.id], ...(fields.includes("created_at") ? { created_at: new Date(t.created).toISOString() } : {}), ...(fields.includes("public_metrics") ? { public_metrics: t.metrics } : {}) }));
			const meta: Record<string, unknown> = { result_count: page.length, ...(page.length ? { newest_id: page[0]!.id, oldest_id: page[page.length - 1]!.id } : {}) };
			if (from + max < all.length) meta.next_token = String(from + max);
			return json(200, page.length ? { data, meta } : { meta }, limits(899));
		}
		return problem(404, { title: "Not Found Error", type: "https://api.x.com/2/problems/resource-not-found", detail: `No route for ${r.method} ${r.path}` });
	}

	const lb = await startLoopback(route);
	return Object.assign(state, lb, {
		fail(fault: XFault, o: { reads?: boolean; skip?: number } = {}) {
			faults.push({ fault, reads: o.reads ?? false, skip: o.skip ?? 0 });
		},
		posts: () => lb.received.filter((x) => x.method === "POST" && x.path === "/2/tweets"),
	});
}
