// Publishing on Instagram through the loopback Graph API: quota check, container, status polling, publish, and the ways it fails.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testInstagramConnection } from "../../../src/connectors/instagram/test-connection";
import { socialWorld, type SocialWorld } from "../social/harness";

let w: SocialWorld;
beforeAll(async () => {
	w = await socialWorld();
});
afterAll(() => w.close());
beforeEach(() => {
	w.meta.received.length = 0;
	w.meta.quota.usage = 0;
	w.meta.pollsUntilFinished = 1;
});

const steps = () => w.meta.received.map((r) => `${r.method} ${r.path.replace(/^\/v26\.0\//, "")}${r.method === "GET" ? `?${r.query.get("fields")}` : ""}`);

describe("Instagram publishing", () => {
	it("checks the quota, creates the container, waits for FINISHED, publishes once and returns the permalink", async () => {
		const text = "Winter blend ☕ #coffee #acme";
		const out = await w.run("social.post", { network: "instagram", text, image_url: "https://cdn.example/winter.jpg" });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		const c = [...w.meta.containers.values()].at(-1)!;
		expect(steps()).toEqual([
			`GET ${w.meta.igUserId}/content_publishing_limit?quota_usage,config`,
			`POST ${w.meta.igUserId}/media`,
			`GET ${c.id}?status_code,status`,
			`GET ${c.id}?status_code,status`,
			`POST ${w.meta.igUserId}/media_publish`,
			`GET ${w.meta.igMedia.at(-1)!.id}?id,permalink`,
		]);
		expect(c.params).toMatchObject({ image_url: "https://cdn.example/winter.jpg", caption: text });
		expect(w.meta.igMedia.at(-1)!.message).toBe(text);
		expect(out.result.fields).toMatchObject({ network: "instagram", post_id: w.meta.igMedia.at(-1)!.id, container_id: c.id });
		expect(out.result.url).toMatch(/^https:\/\/www\.instagram\.com\/p\//);
	});

	it("publishes a carousel of several images as one post", async () => {
		const out = await w.run("social.post", { network: "instagram", text: "Three roasts", image_urls: ["https://cdn.example/1.jpg", "https://cdn.example/2.jpg", "https://cdn.example/3.jpg"] });
		expect(out.ok).toBe(true);
		const creates = w.meta.calls("/media", "POST");
		expect(creates).toHaveLength(4);
		expect(new URLSearchParams(creates[3]!.body).get("media_type")).toBe("CAROUSEL");
		expect(w.meta.calls("/media_publish", "POST")).toHaveLength(1);
		expect(out.ok && out.result.fields?.carousel_items).toBe(3);
	});

	it("publishes a reel from a video address", async () => {
		const out = await w.run("social.post", { network: "instagram", text: "Pour-over in 30 s", video_url: "https://cdn.example/pour.mp4" });
		expect(out.ok).toBe(true);
		expect(new URLSearchParams(w.meta.calls("/media", "POST")[0]!.body).get("media_type")).toBe("REELS");
	});

	it("an image Meta cannot fetch ends the request with a clear data error, nothing published", async () => {
		const out = await w.run("social.post", { network: "instagram", text: "Broken image", image_url: "https://unreachable.example/photo.jpg" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("data");
		expect(out.error.message).toMatch(/Instagram could not use the media: Error: Media download has failed/);
		expect(out.error.suggestion).toMatch(/public https address/);
		expect(w.meta.calls("/media_publish")).toHaveLength(0);
	});

	it("an expired container says so and publishes nothing", async () => {
		const out = await w.run("social.post", { network: "instagram", text: "Too late", image_url: "https://cdn.example/expire.jpg" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("logic");
		expect(out.error.message).toMatch(/expired before it was published/);
		expect(w.meta.calls("/media_publish")).toHaveLength(0);
	});

	it("gives up waiting after the configured time instead of hanging", async () => {
		w.meta.pollsUntilFinished = 10_000;
		const out = await w.run("social.post", { network: "instagram", text: "Slow video", video_url: "https://cdn.example/big.mp4" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("transient");
		expect(out.error.message).toMatch(/still processing the media after \d+ s .*nothing was published/);
		expect(w.meta.calls("/media_publish")).toHaveLength(0);
		expect(w.meta.received.filter((r) => r.method === "GET").length).toBeLessThanOrEqual(1 + 31);
	});

	it("stops before creating anything when the publishing limit is used up", async () => {
		w.meta.quota.usage = 50;
		const out = await w.run("social.post", { network: "instagram", text: "Over quota", image_url: "https://cdn.example/a.jpg" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.message).toBe("Instagram's publishing limit is used up: 50 of 50 posts in the last 24 h");
		expect(w.meta.received.filter((r) => r.method === "POST")).toHaveLength(0);
	});

	it("in dry run sends nothing (no reads either) and records the container and publish requests", async () => {
		const out = await w.run("social.post", { network: "instagram", text: "Dry", image_url: "https://cdn.example/dry.jpg" }, { dryRun: true });
		expect(out.ok).toBe(true);
		expect(w.meta.received).toHaveLength(0);
		expect(out.ctx.wire.map((r) => [r.method, r.url.replace("https://graph.instagram.com", ""), r.body])).toEqual([
			["POST", `/v26.0/${w.meta.igUserId}/media`, "image_url=https%3A%2F%2Fcdn.example%2Fdry.jpg&caption=Dry"],
			["POST", `/v26.0/${w.meta.igUserId}/media_publish`, "creation_id=dry-run-container-1"],
		]);
	});

	it("an expired token is an auth failure with how to reconnect", async () => {
		w.meta.fail("expired-token", { reads: true });
		const out = await w.run("social.post", { network: "instagram", text: "Expired", image_url: "https://cdn.example/a.jpg" });
		expect(out.ok || [out.error.category, out.error.suggestion]).toEqual(["auth", expect.stringMatching(/new Instagram access token/)]);
	});

	it("a server error while creating the container is sent once, not retried", async () => {
		w.meta.fail("server-error", { times: 1 });
		// The fault hits the first write: the container create.
		const out = await w.run("social.post", { network: "instagram", text: "5xx", image_url: "https://cdn.example/a.jpg" });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.error.category).toBe("transient");
		expect(w.meta.calls("/media", "POST")).toHaveLength(1);
	});

	it("replies to a comment through /replies", async () => {
		const out = await w.run("social.reply", { network: "instagram", in_reply_to: "17858893269000001", text: "Thank you! 🙏" });
		expect(out.ok).toBe(true);
		expect(w.meta.comments.at(-1)).toMatchObject({ parent: "17858893269000001", message: "Thank you! 🙏" });
	});

	it("test connection names the account", async () => {
		expect(await testInstagramConnection(w.http, w.configs.instagram, w.secrets)).toEqual({ ok: true, network: "instagram", id: w.meta.igUserId, account: "@acme.coffee" });
	});
});
