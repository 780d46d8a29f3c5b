// metrics_fetch_ms: milliseconds to read a week of 50 posts with engagement from all four networks' fakes at once
// (the weekly summary's social part), median of 7 runs after 2 warm-ups.
import { weekEnding, weeklySocialMetrics } from "../../../src/connectors/social/metrics";
import { median, realClock, startSocialBench } from "./social-world";

const RUNS = 7;
const WARMUP = 2;
const DAY = 86_400_000;

export const metricsFetchMs = {
	name: "metrics_fetch_ms",
	unit: "ms",
	decimals: 1,
	async measure(): Promise<number> {
		const b = await startSocialBench();
		try {
			const end = Date.now();
			for (let i = 0; i < 50; i++) {
				const created = end - 7 * DAY + i * 3 * 3_600_000 + 60_000;
				b.meta.posts.push({ id: `${b.meta.pageId}_${9000 + i}`, message: `FB ${i}`, created, reactions: i, comments: 1, views: 100 });
				b.meta.igMedia.push({ id: `1790000000${i}`, message: `IG ${i}`, created, reactions: 2, comments: 1, views: 10 });
				b.x.tweets.push({ id: String(1_800_000_000_000_000_000n + BigInt(i)), text: `X ${i}`, created, metrics: { retweet_count: 1, reply_count: 0, like_count: 3, quote_count: 0, bookmark_count: 0, impression_count: 40 } });
				b.linkedin.posts.push({ urn: `urn:li:share:${7_100_000 + i}`, author: b.configs.linkedin.author, commentary: `LI ${i}`, body: {}, created, likes: 5, comments: 2 });
			}
			const times: number[] = [];
			for (let r = 0; r < WARMUP + RUNS; r++) {
				const t0 = performance.now();
				const out = await weeklySocialMetrics({ http: b.http, clock: realClock, secrets: b.secrets }, b.configs, weekEnding(end));
				const took = performance.now() - t0;
				if (out.some((n) => n.posts.length !== 50)) throw new Error(`expected 50 posts per network, got ${out.map((n) => `${n.network}=${n.posts.length}`).join(", ")}`);
				if (r >= WARMUP) times.push(took);
			}
			return median(times);
		} finally {
			await b.close();
		}
	},
};
