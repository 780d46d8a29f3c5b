// A week of Facebook Page posts with reactions, comments and media views, in one field-expanded read per 100 posts.
import * as z from "zod/mini";
import type { SecretStore } from "../../core/ports";
import { missingToken } from "../social/errors";
import { clip, MAX_PAGES, sumMetrics, type NetworkMetrics, type Period, type PostMetrics, type Reader } from "../social/metrics-types";
import type { FacebookConfig } from "./config";
import { graphAnswer, graphErrorBody, graphHeaders, graphUrl } from "./graph";
import { jsonOf } from "../http-answer";
import { facebookPostUrl } from "./publisher";

const total = z.optional(z.object({ summary: z.object({ total_count: z.number() }) }));
const insights = z.optional(z.object({ data: z.array(z.object({ name: z.string(), values: z.array(z.object({ value: z.unknown() })) })) }));
const page = z.object({
	data: z.array(z.object({ id: z.string(), message: z.optional(z.string()), created_time: z.string(), permalink_url: z.optional(z.string()), reactions: total, comments: total, insights })),
	paging: z.optional(z.object({ cursors: z.optional(z.object({ after: z.optional(z.string()) })), next: z.optional(z.string()) })),
});

const WITH_VIEWS = "id,message,created_time,permalink_url,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),insights.metric(post_media_view)";
const WITHOUT_VIEWS = "id,message,created_time,permalink_url,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)";

export async function facebookMetrics(read: Reader, cfg: FacebookConfig, secrets: SecretStore, period: Period, now: number): Promise<NetworkMetrics> {
	const token = secrets.get(cfg.tokenSecret);
	if (!token) throw missingToken("facebook", cfg.tokenSecret);
	let trips = 0;
	let fields = WITH_VIEWS;
	let note: string | undefined;
	const posts: PostMetrics[] = [];
	let after: string | undefined;
	for (let n = 0; n < MAX_PAGES; n++) {
		const query: Record<string, string> = { fields, since: String(Math.floor(period.since / 1000)), until: String(Math.floor(period.until / 1000)), limit: "100" };
		if (after) query.after = after;
		const url = graphUrl(cfg, `${cfg.pageId}/published_posts`, query);
		const res = await read({ url, headers: graphHeaders(token, false) });
		trips++;
		// Views need read_insights; without it the posts and their reactions still make a useful summary.
		const code = res.status >= 400 ? graphErrorBody.safeParse(jsonOf(res)).data?.error.code : undefined;
		if (fields === WITH_VIEWS && code !== undefined && (code === 10 || (code >= 200 && code <= 299))) {
			fields = WITHOUT_VIEWS;
			note = "Media views are not available: the Page token lacks read_insights.";
			n--;
			continue;
		}
		const body = graphAnswer("facebook", url, res, page, "the Page's posts", "read", now);
		for (const p of body.data) {
			const metrics: Record<string, number> = { reactions: p.reactions?.summary.total_count ?? 0, comments: p.comments?.summary.total_count ?? 0 };
			const views = p.insights?.data.find((d) => d.name === "post_media_view")?.values[0]?.value;
			if (typeof views === "number") metrics.views = views;
			posts.push({ id: p.id, url: p.permalink_url ?? facebookPostUrl(p.id), text: clip(p.message ?? ""), publishedAt: new Date(Date.parse(p.created_time.replace(/\+0000$/, "Z"))).toISOString(), metrics });
		}
		after = body.paging?.next ? body.paging.cursors?.after : undefined;
		if (!after) break;
	}
	return { network: "facebook", available: true, note, posts, totals: sumMetrics(posts), roundTrips: trips };
}
