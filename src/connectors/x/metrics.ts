// A week of X posts with public metrics; on an access level without reads it says so instead of failing.
import * as z from "zod/mini";
import type { SecretStore } from "../../core/ports";
import { clip, MAX_PAGES, sumMetrics, type NetworkMetrics, type Period, type PostMetrics, type Reader } from "../social/metrics-types";
import { parseAnswer } from "../social/wire";
import { xAuthorization } from "./auth";
import { X_BASE_URL, type XConfig } from "./config";
import { isAccessLevel, xFailure } from "./errors";
import { xPostUrl } from "./publisher";

const me = z.object({ data: z.object({ id: z.string(), username: z.string() }) });
const timeline = z.object({
	data: z.optional(
		z.array(
			z.object({
				id: z.string(),
				text: z.string(),
				created_at: z.optional(z.string()),
				public_metrics: z.optional(z.record(z.string(), z.number())),
			}),
		),
	),
	meta: z.object({ result_count: z.number(), next_token: z.optional(z.string()) }),
});

const NOT_AVAILABLE = "Post numbers are not available on this X access level (reads answer 403 client-forbidden); publishing still works.";

export async function xMetrics(read: Reader, cfg: XConfig, secrets: SecretStore, period: Period, now: number): Promise<NetworkMetrics> {
	const base = X_BASE_URL;
	let trips = 0;
	const get = async (url: string) => {
		trips++;
		return read({ url, headers: { authorization: await xAuthorization(cfg, secrets, "GET", url, now), accept: "application/json" } });
	};
	const unavailable = (): NetworkMetrics => ({ network: "x", available: false, note: NOT_AVAILABLE, posts: [], totals: {}, roundTrips: trips });

	let userId = cfg.userId;
	let username = cfg.username;
	if (!userId) {
		const url = `${base}/2/users/me`;
		const res = await get(url);
		if (isAccessLevel(res)) return unavailable();
		if (res.status >= 400) throw xFailure(url, res, "read", now);
		const u = parseAnswer("x", url, res, me, "the account lookup").data;
		userId = u.id;
		username ??= u.username;
	}
	const posts: PostMetrics[] = [];
	let token: string | undefined;
	for (let n = 0; n < MAX_PAGES; n++) {
		const q = new URLSearchParams({ start_time: new Date(period.since).toISOString(), end_time: new Date(period.until).toISOString(), max_results: "100", "tweet.fields": "created_at,public_metrics", exclude: "retweets" });
		if (token) q.set("pagination_token", token);
		const url = `${base}/2/users/${userId}/tweets?${q.toString()}`;
		const res = await get(url);
		if (isAccessLevel(res)) return unavailable();
		if (res.status >= 400) throw xFailure(url, res, "read", now);
		const body = parseAnswer("x", url, res, timeline, "the account's posts");
		for (const t of body.data ?? []) {
			const m = t.public_metrics ?? {};
			const metrics: Record<string, number> = {};
			for (const [k, v] of Object.entries(m)) metrics[k.replace(/_count$/, "s").replace(/ys$/, "ies")] = v;
			posts.push({ id: t.id, url: xPostUrl({ ...cfg, username }, t.id), text: clip(t.text), publishedAt: t.created_at ?? "", metrics });
		}
		token = body.meta.next_token;
		if (!token) break;
	}
	return { network: "x", available: true, posts, totals: sumMetrics(posts), roundTrips: trips };
}
