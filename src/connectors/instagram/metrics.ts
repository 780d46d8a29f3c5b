// A week of Instagram posts with likes, comments, views and reach, in one field-expanded read per 100 posts.
import * as z from "zod/mini";
import type { SecretStore } from "../../core/ports";
import { graphAnswer, graphHeaders, graphUrl } from "../facebook/graph";
import { missingToken } from "../social/errors";
import { clip, MAX_PAGES, sumMetrics, type NetworkMetrics, type Period, type PostMetrics, type Reader } from "../social/metrics-types";
import { instagramTarget, type InstagramConfig } from "./config";

const page = z.object({
	data: z.array(
		z.object({
			id: z.string(),
			caption: z.optional(z.string()),
			permalink: z.optional(z.string()),
			timestamp: z.string(),
			like_count: z.optional(z.number()),
			comments_count: z.optional(z.number()),
			insights: z.optional(z.object({ data: z.array(z.object({ name: z.string(), values: z.array(z.object({ value: z.unknown() })) })) })),
		}),
	),
	paging: z.optional(z.object({ cursors: z.optional(z.object({ after: z.optional(z.string()) })), next: z.optional(z.string()) })),
});

/** `impressions` and `plays` were removed in April 2025; views and reach replace them. */
const FIELDS = "id,caption,permalink,timestamp,like_count,comments_count,insights.metric(views,reach)";

export async function instagramMetrics(read: Reader, cfg: InstagramConfig, secrets: SecretStore, period: Period, now: number): Promise<NetworkMetrics> {
	const token = secrets.get(cfg.tokenSecret);
	if (!token) throw missingToken("instagram", cfg.tokenSecret);
	const posts: PostMetrics[] = [];
	let trips = 0;
	let after: string | undefined;
	for (let n = 0; n < MAX_PAGES; n++) {
		const query: Record<string, string> = { fields: FIELDS, since: String(Math.floor(period.since / 1000)), until: String(Math.floor(period.until / 1000)), limit: "100" };
		if (after) query.after = after;
		const url = graphUrl(instagramTarget(cfg), `${cfg.igUserId}/media`, query);
		const res = await read({ url, headers: graphHeaders(token, false) });
		trips++;
		const body = graphAnswer("instagram", url, res, page, "the account's posts", "read", now);
		for (const m of body.data) {
			const metrics: Record<string, number> = { likes: m.like_count ?? 0, comments: m.comments_count ?? 0 };
			for (const d of m.insights?.data ?? []) {
				const v = d.values[0]?.value;
				if (typeof v === "number") metrics[d.name] = v;
			}
			posts.push({ id: m.id, url: m.permalink ?? `https://www.instagram.com/`, text: clip(m.caption ?? ""), publishedAt: new Date(Date.parse(m.timestamp.replace(/\+0000$/, "Z"))).toISOString(), metrics });
		}
		after = body.paging?.next ? body.paging.cursors?.after : undefined;
		if (!after) break;
	}
	return { network: "instagram", available: true, posts, totals: sumMetrics(posts), roundTrips: trips };
}
