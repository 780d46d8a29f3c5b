// The weekly social summary: a week of posts per network with the engagement each access allows, in few round trips.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { weekEnding, weeklySocialMetrics } from "../../../src/connectors/social/metrics";
import { socialWorld, type SocialWorld } from "./harness";

let w: SocialWorld;
const END = Date.parse("2026-11-26T00:00:00Z");
const DAY = 86_400_000;

beforeAll(async () => {
	w = await socialWorld();
	for (let i = 0; i < 50; i++) {
		const created = END - 7 * DAY + i * 3 * 3_600_000 + 60_000;
		w.meta.posts.push({ id: `${w.meta.pageId}_${9000 + i}`, message: `FB post ${i}`, created, reactions: i, comments: 1, views: 100 });
		w.meta.igMedia.push({ id: `1790000000${i}`, message: `IG post ${i}`, created, reactions: 2, comments: 1, views: 10 });
		w.x.tweets.push({ id: String(1_800_000_000_000_000_000n + BigInt(i)), text: `X post ${i}`, created, metrics: { retweet_count: 1, reply_count: 0, like_count: 3, quote_count: 0, bookmark_count: 0, impression_count: 40 } });
		w.linkedin.posts.push({ urn: `urn:li:share:${7_100_000 + i}`, author: `urn:li:person:${w.linkedin.memberId}`, commentary: `LI post ${i}`, body: {}, created, likes: 5, comments: 2 });
	}
	// Outside the week: must not be counted.
	w.meta.posts.push({ id: `${w.meta.pageId}_1`, message: "old", created: END - 9 * DAY, reactions: 999, comments: 0, views: 0 });
	w.linkedin.posts.push({ urn: "urn:li:share:1", author: `urn:li:person:${w.linkedin.memberId}`, commentary: "old", body: {}, created: END - 9 * DAY, likes: 999, comments: 0 });
});
afterAll(() => w.close());

describe("weekly social metrics", () => {
	it("lists the week's 50 posts per network with links and engagement, in at most two reads each", async () => {
		const out = await weeklySocialMetrics({ http: w.http, clock: w.clock, secrets: w.secrets }, w.configs, weekEnding(END));
		const by = Object.fromEntries(out.map((n) => [n.network, n]));
		expect(out.map((n) => [n.network, n.available, n.posts.length])).toEqual([
			["facebook", true, 50],
			["instagram", true, 50],
			["x", true, 50],
			["linkedin", true, 50],
		]);
		expect(by.facebook!.totals).toEqual({ reactions: (49 * 50) / 2, comments: 50, views: 5000 });
		expect(by.instagram!.totals).toEqual({ likes: 100, comments: 50, views: 500, reach: 350 });
		expect(by.x!.totals).toMatchObject({ likes: 150, retweets: 50, impressions: 2000, replies: 0 });
		expect(by.linkedin!.totals).toEqual({ likes: 250, comments: 100 });
		expect(by.facebook!.posts[0]!.url).toMatch(/^https:\/\/www\.facebook\.com\/1122334455\/posts\//);
		expect(by.x!.posts[0]!.url).toMatch(/^https:\/\/x\.com\/acmecoffee\/status\/\d+$/);
		for (const n of out) expect(n.roundTrips).toBeLessThanOrEqual(2);
	});

	it("says X numbers are not available on a write-only access level, without failing the others", async () => {
		w.x.writeOnly = true;
		try {
			const out = await weeklySocialMetrics({ http: w.http, clock: w.clock, secrets: w.secrets }, { x: w.configs.x, facebook: w.configs.facebook }, weekEnding(END));
			expect(out[1]).toMatchObject({ network: "x", available: false, note: expect.stringMatching(/not available on this X access level/) });
			expect(out[0]!.posts).toHaveLength(50);
		} finally {
			w.x.writeOnly = false;
		}
	});

	it("reports an expired token for its network only", async () => {
		w.meta.fail("expired-token", { reads: true });
		const out = await weeklySocialMetrics({ http: w.http, clock: w.clock, secrets: w.secrets }, { facebook: w.configs.facebook, linkedin: w.configs.linkedin }, weekEnding(END));
		expect(out[0]).toMatchObject({ network: "facebook", available: false, error: { category: "auth" } });
		expect(out[1]!.posts).toHaveLength(50);
	});
});
