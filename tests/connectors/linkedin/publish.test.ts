// Publishing on LinkedIn through the loopback Posts API: version headers, little-text escaping, 201 + x-restli-id, and its errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { unescapeLittleText } from "../../../src/connectors/linkedin/little-text";
import { testLinkedinConnection } from "../../../src/connectors/linkedin/test-connection";
import { socialWorld, type SocialWorld } from "../social/harness";

let w: SocialWorld;
beforeAll(async () => {
	w = await socialWorld();
});
afterAll(() => w.close());
beforeEach(() => {
	w.linkedin.received.length = 0;
	w.configs.linkedin.version = "202609";
});

describe("LinkedIn publishing", () => {
	it("publishes exactly one post whose text reads exactly as written, with the required headers", async () => {
		const text = "We're hiring (2 baristas) @ Acme — apply by #Friday! [details below] *fair pay* 50_50 ~ <3 | \\o/";
		const out = await w.run("social.post", { network: "linkedin", text });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		const calls = w.linkedin.postCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]!.headers).toMatchObject({ "linkedin-version": "202609", "x-restli-protocol-version": "2.0.0", "content-type": "application/json", authorization: `Bearer ${w.linkedin.token}` });
		const body = JSON.parse(calls[0]!.body);
		expect(body).toMatchObject({ author: `urn:li:person:${w.linkedin.memberId}`, visibility: "PUBLIC", lifecycleState: "PUBLISHED", distribution: { feedDistribution: "MAIN_FEED" } });
		expect(unescapeLittleText(body.commentary)).toBe(text);
		expect(body.commentary).toContain("\\(2 baristas\\) \\@ Acme");
		const urn = w.linkedin.posts.at(-1)!.urn;
		expect(out.result.fields).toEqual({ network: "linkedin", post_id: urn });
		expect(out.result.url).toBe(`https://www.linkedin.com/feed/update/${urn}/`);
	});

	it("attaches a link as an article titled with the first line", async () => {
		await w.run("social.post", { network: "linkedin", text: "Our new menu\nTake a look.", link: "https://acme.example/menu" });
		expect(JSON.parse(w.linkedin.postCalls()[0]!.body).content).toEqual({ article: { source: "https://acme.example/menu", title: "Our new menu" } });
	});

	it("replies to a post as a comment by the author", async () => {
		const out = await w.run("social.reply", { network: "linkedin", in_reply_to: "urn:li:share:7300000000000000009", text: "Thanks, Sam!" });
		expect(out.ok).toBe(true);
		const c = w.linkedin.comments.at(-1)!;
		expect(c.body).toMatchObject({ actor: `urn:li:person:${w.linkedin.memberId}`, object: "urn:li:share:7300000000000000009", message: { text: "Thanks, Sam!" }, target: "urn:li:share:7300000000000000009" });
	});

	it("in dry run sends nothing and records the exact request", async () => {
		const out = await w.run("social.post", { network: "linkedin", text: "Dry (run)" }, { dryRun: true });
		expect(out.ok).toBe(true);
		expect(w.linkedin.received).toHaveLength(0);
		expect(out.ctx.wire).toEqual([
			{
				method: "POST",
				url: "https://api.linkedin.com/rest/posts",
				headers: { authorization: "[redacted]", "linkedin-version": "202609", "x-restli-protocol-version": "2.0.0", accept: "application/json", "content-type": "application/json" },
				body: JSON.stringify({ author: `urn:li:person:${w.linkedin.memberId}`, commentary: "Dry \\(run\\)", visibility: "PUBLIC", distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] }, lifecycleState: "PUBLISHED", isReshareDisabledByAuthor: false }),
			},
		]);
	});

	it("a duplicate (422 DUPLICATE_POST) is a logic failure, not retried", async () => {
		await w.run("social.post", { network: "linkedin", text: "Same again" });
		const out = await w.run("social.post", { network: "linkedin", text: "Same again" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("logic");
		expect(out.error.message).toMatch(/duplicate of one already published: .*Content is a duplicate of urn:li:share:/);
		expect(w.linkedin.postCalls()).toHaveLength(2);
	});

	it("an expired token (401) is an auth failure that explains the 60-day tokens", async () => {
		w.linkedin.fail("expired-token");
		const out = await w.run("social.post", { network: "linkedin", text: "Expired" });
		expect(out.ok || [out.error.category, out.error.message, out.error.suggestion]).toEqual(["auth", expect.stringMatching(/has expired/), expect.stringMatching(/60 days/)]);
	});

	it("429 is transient and says the daily limit resets at midnight UTC", async () => {
		w.linkedin.fail("rate-limit");
		const out = await w.run("social.post", { network: "linkedin", text: "Throttled" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("transient");
		expect(out.error.message).toMatch(/the limit resets at 2026-11-27T00:00:00.000Z/);
		expect(w.linkedin.postCalls()).toHaveLength(1);
	});

	it("a 500 during publishing is sent once and warns the post may be live", async () => {
		w.linkedin.fail("server-error");
		const out = await w.run("social.post", { network: "linkedin", text: "Boom" });
		expect(out.ok || [out.error.category, out.error.message]).toEqual(["transient", expect.stringMatching(/HTTP 500 .*may or may not be live/)]);
		expect(w.linkedin.postCalls()).toHaveLength(1);
	});

	it("a retired LinkedIn-Version (426) tells the owner to move the version setting forward", async () => {
		w.configs.linkedin.version = "202401";
		const out = await w.run("social.post", { network: "linkedin", text: "Old version" });
		expect(out.ok || [out.error.category, out.error.message]).toEqual(["data", expect.stringMatching(/Requested version 202401 is not active/)]);
	});

	it("an HTML page instead of JSON is a system failure", async () => {
		w.linkedin.fail("html");
		const out = await w.run("social.post", { network: "linkedin", text: "Portal" });
		expect(out.ok || out.error.category).toBe("system");
	});

	it("a token without the posting scope is an auth failure naming the scope", async () => {
		w.linkedin.fail("forbidden");
		const out = await w.run("social.post", { network: "linkedin", text: "No scope" });
		expect(out.ok || [out.error.category, out.error.suggestion]).toEqual(["auth", expect.stringMatching(/w_member_social/)]);
	});
});

describe("LinkedIn test connection", () => {
	it("names the member behind the token", async () => {
		expect(await testLinkedinConnection(w.http, w.configs.linkedin, w.secrets)).toEqual({ ok: true, network: "linkedin", id: `urn:li:person:${w.linkedin.memberId}`, account: "Ada Owner" });
	});
	it("says when the token belongs to someone else than the author", async () => {
		const r = await testLinkedinConnection(w.http, { ...w.configs.linkedin, author: "urn:li:person:someoneElse" }, w.secrets);
		expect(r.ok || r.reason).toMatch(/belongs to urn:li:person:yZ8aBc1dE2 \(Ada Owner\), not urn:li:person:someoneElse/);
	});
	it("names a company page", async () => {
		expect(await testLinkedinConnection(w.http, { ...w.configs.linkedin, author: "urn:li:organization:555" }, w.secrets)).toMatchObject({ ok: true, account: "Acme Coffee Ltd" });
	});
});
