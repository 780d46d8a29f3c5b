// Publishing on X through the loopback API v2: bodies checked against X's own OpenAPI schema, OAuth 1.0a signatures verified.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testXConnection } from "../../../src/connectors/x/test-connection";
import { MapSecretStore } from "../../helpers";
import { socialWorld, type SocialWorld } from "../social/harness";
import { validate, xSchema } from "../../fakes/x/openapi-check";

let w: SocialWorld;
beforeAll(async () => {
	w = await socialWorld();
});
afterAll(() => w.close());
beforeEach(() => {
	w.x.received.length = 0;
	w.configs.x.auth = "oauth1";
});

describe("X publishing", () => {
	it("publishes exactly one post with the exact text (link appended), signed with OAuth 1.0a", async () => {
		const text = "Winter blend is back ☕ 咖啡";
		const out = await w.run("social.post", { network: "x", text, link: "https://acme.example/winter" });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(w.x.posts()).toHaveLength(1);
		const body = JSON.parse(w.x.posts()[0]!.body);
		expect(body).toEqual({ text: `${text}\n\nhttps://acme.example/winter` });
		expect(validate(body, xSchema("CreatePostsRequest"))).toEqual([]);
		expect(w.x.posts()[0]!.headers.authorization).toMatch(/^OAuth oauth_consumer_key="ck-123", oauth_nonce="[0-9a-f]{32}", oauth_signature_method="HMAC-SHA1"/);
		const id = w.x.tweets.at(-1)!.id;
		expect(out.result.url).toBe(`https://x.com/acmecoffee/status/${id}`);
		expect(out.result.fields).toEqual({ network: "x", post_id: id });
	});

	it("posts a thread: each follow-up replies to the one before", async () => {
		const out = await w.run("social.post", { network: "x", text: "Thread: how we roast 1/3", thread: ["Green beans first 2/3", "Then the cooling tray 3/3"] });
		expect(out.ok).toBe(true);
		const [a, b, c] = w.x.tweets.slice(-3);
		expect([b!.replyTo, c!.replyTo]).toEqual([a!.id, b!.id]);
		expect(out.ok && out.result.fields?.thread_ids).toBe([a!.id, b!.id, c!.id].join(","));
	});

	it("a thread that breaks half-way says which posts are live and not to press Retry", async () => {
		w.x.fail("server-error", { skip: 1 });
		const out = await w.run("social.post", { network: "x", text: "Break 1/3", thread: ["Break 2/3", "Break 3/3"] });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		const live = w.x.tweets.at(-1)!;
		expect(live.text).toBe("Break 1/3");
		expect(w.x.posts()).toHaveLength(2);
		expect(out.error.category).toBe("transient");
		expect(out.error.message).toContain(`The thread stopped after 1 of 3 posts (live: ${live.id}); follow-up 1 and later were not posted`);
		expect(out.error.suggestion).toMatch(/Do not press Retry/);
	});

	it("replies to a post by its id", async () => {
		const out = await w.run("social.reply", { network: "x", in_reply_to: "1500000000000000042", text: "Thanks for stopping by!" });
		expect(out.ok).toBe(true);
		expect(JSON.parse(w.x.posts()[0]!.body)).toEqual({ text: "Thanks for stopping by!", reply: { in_reply_to_tweet_id: "1500000000000000042" } });
	});

	it("accepts an OAuth 2.0 user token instead of the four keys", async () => {
		w.configs.x.auth = "oauth2";
		const out = await w.run("social.post", { network: "x", text: "Posted with a bearer token" });
		expect(out.ok).toBe(true);
		expect(w.x.posts()[0]!.headers.authorization).toBe("Bearer oauth2-user-token");
	});

	it("in dry run sends nothing and records the exact request with the credentials redacted", async () => {
		const out = await w.run("social.post", { network: "x", text: "Dry tweet", thread: ["Dry follow-up"] }, { dryRun: true });
		expect(out.ok).toBe(true);
		expect(w.x.received).toHaveLength(0);
		expect(out.ctx.wire).toHaveLength(2);
		expect(out.ctx.wire[0]).toEqual({ method: "POST", url: "https://api.x.com/2/tweets", headers: { authorization: "[redacted]", "content-type": "application/json", accept: "application/json" }, body: '{"text":"Dry tweet"}' });
		const second = JSON.parse(out.ctx.wire[1]!.body!);
		expect(validate(second, xSchema("CreatePostsRequest"))).toEqual([]);
		expect(second.text).toBe("Dry follow-up");
	});

	it("a duplicate (403 with duplicate content) is a logic failure, not retried", async () => {
		await w.run("social.post", { network: "x", text: "Twice on X" });
		const out = await w.run("social.post", { network: "x", text: "Twice on X" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("logic");
		expect(out.error.message).toMatch(/duplicate of one already published: Forbidden: You are not allowed to create a Tweet with duplicate content/);
		expect(w.x.posts()).toHaveLength(2);
	});

	it("a revoked or expired token (401) is an auth failure with how to reconnect", async () => {
		w.x.fail("expired-token");
		const out = await w.run("social.post", { network: "x", text: "Expired" });
		expect(out.ok || [out.error.category, out.error.suggestion]).toEqual(["auth", expect.stringMatching(/regenerate the access token/)]);
	});

	it("a wrong signature is refused by X as 401", async () => {
		w.secrets.set("ai-employee-x-access-secret", "not-the-secret");
		try {
			const out = await w.run("social.post", { network: "x", text: "Bad signature" });
			expect(out.ok || out.error.category).toBe("auth");
		} finally {
			w.secrets.set("ai-employee-x-access-secret", "as-789");
		}
	});

	it("429 is transient and gives the reset time from x-rate-limit-reset", async () => {
		w.x.fail("rate-limit");
		const out = await w.run("social.post", { network: "x", text: "Rate limited" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("transient");
		expect(out.error.message).toMatch(/X is rate limiting us \(the limit of 100 requests per window is used up\); the limit resets at 2026-11-26T09:15:00.000Z/);
		expect(w.x.posts()).toHaveLength(1);
	});

	it("a 503 during publishing is transient, sent once, and warns the post may be live", async () => {
		w.x.fail("server-error");
		const out = await w.run("social.post", { network: "x", text: "Server down" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("transient");
		expect(out.error.message).toMatch(/HTTP 503 .*may or may not be live/);
		expect(w.x.posts()).toHaveLength(1);
	});

	it("an HTML page instead of JSON is a system failure", async () => {
		w.x.fail("html");
		const out = await w.run("social.post", { network: "x", text: "HTML" });
		expect(out.ok || [out.error.category, out.error.message]).toEqual(["system", expect.stringMatching(/web page \(HTTP 200\)/)]);
	});
});

describe("X test connection", () => {
	it("names the account behind the keys", async () => {
		expect(await testXConnection(w.http, w.configs.x, w.secrets)).toEqual({ ok: true, network: "x", id: "2244994945", account: "@acmecoffee" });
	});
	it("says which secret is missing", async () => {
		const r = await testXConnection(w.http, w.configs.x, new MapSecretStore({}));
		expect(r).toMatchObject({ ok: false, category: "auth" });
		expect(r.ok || r.suggestion).toContain("AI_EMPLOYEE_X_API_KEY");
	});
});
