// Publishing on a Facebook Page through the loopback Graph API: the post itself, dry run, and every failure the owner may meet.
import { afterAll, beforeEach, beforeAll, describe, expect, it } from "vitest";
import { testFacebookConnection } from "../../../src/connectors/facebook/test-connection";
import { MapSecretStore } from "../../helpers";
import { socialWorld, type SocialWorld } from "../social/harness";

let w: SocialWorld;
beforeAll(async () => {
	w = await socialWorld();
});
afterAll(() => w.close());
beforeEach(() => {
	w.meta.received.length = 0;
});

const fbPosts = () => w.meta.received.filter((r) => r.method === "POST");

describe("Facebook publishing", () => {
	it("publishes exactly one post with the exact text and link, and returns its id and address", async () => {
		const text = "Our winter blend is here ☕ — 20% off this week!\nSee you at the shop.";
		const out = await w.run("social.post", { network: "facebook", text, link: "https://acme.example/winter" });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(fbPosts()).toHaveLength(1);
		const sent = new URLSearchParams(fbPosts()[0]!.body);
		expect(fbPosts()[0]!.path).toBe(`/v26.0/${w.meta.pageId}/feed`);
		expect(sent.get("message")).toBe(text);
		expect(sent.get("link")).toBe("https://acme.example/winter");
		const id = w.meta.posts.at(-1)!.id;
		expect(out.result.fields).toEqual({ network: "facebook", post_id: id });
		expect(out.result.url).toBe(`https://www.facebook.com/${id.replace("_", "/posts/")}`);
		expect(out.result.summary).toContain("Published on Facebook (Acme Coffee)");
	});

	it("keeps the token out of the URL and body (it travels in the Authorization header)", async () => {
		await w.run("social.post", { network: "facebook", text: "Token check" });
		const r = fbPosts()[0]!;
		expect(r.headers.authorization).toBe(`Bearer ${w.meta.token}`);
		expect(r.body).not.toContain(w.meta.token);
		expect(r.query.toString()).not.toContain(w.meta.token);
	});

	it("publishes a photo with its caption through /photos", async () => {
		const out = await w.run("social.post", { network: "facebook", text: "Latte art", image_url: "https://cdn.example/latte.jpg" });
		expect(out.ok).toBe(true);
		expect(fbPosts()[0]!.path).toMatch(/\/photos$/);
		expect(new URLSearchParams(fbPosts()[0]!.body).get("url")).toBe("https://cdn.example/latte.jpg");
		expect(new URLSearchParams(fbPosts()[0]!.body).get("caption")).toBe("Latte art");
	});

	it("replies to a comment under the comment", async () => {
		const out = await w.run("social.reply", { network: "facebook", in_reply_to: "1122334455_999", text: "Thanks, see you soon!" });
		expect(out.ok).toBe(true);
		expect(fbPosts()[0]!.path).toBe("/v26.0/1122334455_999/comments");
		expect(w.meta.comments.at(-1)!.message).toBe("Thanks, see you soon!");
	});

	it("in dry run sends nothing and records the exact request, token redacted", async () => {
		const out = await w.run("social.post", { network: "facebook", text: "Dry run only", link: "https://acme.example" }, { dryRun: true });
		expect(out.ok).toBe(true);
		expect(w.meta.received).toHaveLength(0);
		expect(out.ctx.wire).toEqual([
			{
				method: "POST",
				url: `https://graph.facebook.com/v26.0/${w.meta.pageId}/feed`,
				headers: { authorization: "[redacted]", accept: "application/json", "content-type": "application/x-www-form-urlencoded" },
				body: "message=Dry+run+only&link=https%3A%2F%2Facme.example",
			},
		]);
	});

	it("a duplicate post is a logic failure that says so and is not retried", async () => {
		await w.run("social.post", { network: "facebook", text: "Same words twice" });
		w.meta.received.length = 0;
		const out = await w.run("social.post", { network: "facebook", text: "Same words twice" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("logic");
		expect(out.error.message).toMatch(/duplicate of one already published.*code 506/);
		expect(fbPosts()).toHaveLength(1);
	});

	it("an expired Page token is an auth failure with how to reconnect", async () => {
		w.meta.fail("expired-token");
		const out = await w.run("social.post", { network: "facebook", text: "Expired token test" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("auth");
		expect(out.error.message).toMatch(/Session has expired.*code 190\/463/);
		expect(out.error.suggestion).toMatch(/new Page access token/);
	});

	it("throttling is transient and names when access returns (from x-business-use-case-usage)", async () => {
		w.meta.fail("rate-limit");
		const out = await w.run("social.post", { network: "facebook", text: "Throttled" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("transient");
		const at = /the limit resets at (\S+) \(in 17 min\)/.exec(out.error.message)?.[1];
		expect(Math.abs(Date.parse(at!) - (w.clock.now() + 17 * 60_000))).toBeLessThan(60_000);
		expect(fbPosts()).toHaveLength(1);
	});

	it("a server error during publishing is transient, sent once, and warns the post may be live", async () => {
		w.meta.fail("server-error");
		const out = await w.run("social.post", { network: "facebook", text: "Server error" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("transient");
		expect(out.error.message).toMatch(/HTTP 500 .* while publishing; the post may or may not be live/);
		expect(fbPosts()).toHaveLength(1);
	});

	it("a web page instead of JSON is a system failure naming the host", async () => {
		w.meta.fail("html");
		const out = await w.run("social.post", { network: "facebook", text: "Captive portal" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("system");
		expect(out.error.message).toMatch(/answered with a web page \(HTTP 502\) instead of its API's JSON \(graph\.facebook\.com\)/);
	});

	it("a missing permission is an auth failure", async () => {
		w.meta.fail("permission");
		const out = await w.run("social.post", { network: "facebook", text: "No permission" });
		expect(out.ok || out.error.category).toBe("auth");
	});

	it("without a token says which secret and environment variable to set", async () => {
		w.secrets.set("ai-employee-facebook-page-token", "");
		try {
			const out = await w.run("social.post", { network: "facebook", text: "No token" });
			expect(out.ok).toBe(false);
			if (out.ok) return;
			expect(out.error.category).toBe("auth");
			expect(out.error.suggestion).toContain("AI_EMPLOYEE_FACEBOOK_PAGE_TOKEN");
			expect(w.meta.received).toHaveLength(0);
		} finally {
			w.secrets.set("ai-employee-facebook-page-token", w.meta.token);
		}
	});
});

describe("Facebook test connection", () => {
	it("names the Page", async () => {
		expect(await testFacebookConnection(w.http, w.configs.facebook, w.secrets)).toEqual({ ok: true, network: "facebook", id: w.meta.pageId, account: "Acme Coffee" });
	});
	it("gives the exact reason when the token is wrong", async () => {
		const r = await testFacebookConnection(w.http, w.configs.facebook, new MapSecretStore({ "ai-employee-facebook-page-token": "wrong" }));
		expect(r).toMatchObject({ ok: false, category: "auth" });
		expect(r.ok || r.reason).toMatch(/Invalid OAuth access token/);
	});
});
