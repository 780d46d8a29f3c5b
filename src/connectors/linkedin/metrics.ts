// A week of LinkedIn posts by the author with likes and comments: one list read, one batched socialActions read per 50 posts.
import * as z from "zod/mini";
import type { SecretStore } from "../../core/ports";
import { missingToken } from "../social/errors";
import { clip, MAX_PAGES, sumMetrics, type NetworkMetrics, type Period, type PostMetrics, type Reader } from "../social/metrics-types";
import { parseAnswer } from "../social/wire";
import { LINKEDIN_BASE_URL, linkedinHeaders, type LinkedinConfig } from "./config";
import { linkedinFailure } from "./errors";
import { unescapeLittleText } from "./little-text";
import { linkedinPostUrl } from "./publisher";

const list = z.object({
	elements: z.array(z.object({ id: z.string(), commentary: z.optional(z.string()), createdAt: z.optional(z.number()), publishedAt: z.optional(z.number()) })),
	paging: z.optional(z.object({ start: z.number(), count: z.number(), total: z.optional(z.number()) })),
});
const actions = z.object({
	results: z.record(
		z.string(),
		z.object({ likesSummary: z.optional(z.object({ totalLikes: z.number() })), commentsSummary: z.optional(z.object({ aggregatedTotalComments: z.number() })) }),
	),
});

const NOT_AVAILABLE =
	"LinkedIn post numbers are not available with this token: reading posts needs r_member_social (members, granted to approved partners) or r_organization_social (company pages).";

export async function linkedinMetrics(read: Reader, cfg: LinkedinConfig, secrets: SecretStore, period: Period, now: number): Promise<NetworkMetrics> {
	const token = secrets.get(cfg.tokenSecret);
	if (!token) throw missingToken("linkedin", cfg.tokenSecret);
	const base = LINKEDIN_BASE_URL;
	let trips = 0;
	const get = (url: string) => {
		trips++;
		return read({ url, headers: linkedinHeaders(cfg, token, false) });
	};
	const found: { id: string; text: string; at: number }[] = [];
	// Newest first: stop once a page reaches back before the period.
	for (let n = 0, start = 0; n < MAX_PAGES; n++, start += 100) {
		const url = `${base}/rest/posts?q=author&author=${encodeURIComponent(cfg.author)}&count=100&start=${start}&sortBy=LAST_MODIFIED`;
		const res = await get(url);
		if (res.status === 403) return { network: "linkedin", available: false, note: NOT_AVAILABLE, posts: [], totals: {}, roundTrips: trips };
		if (res.status >= 400) throw linkedinFailure(url, res, "read", now);
		const body = parseAnswer("linkedin", url, res, list, "the author's posts");
		for (const e of body.elements) {
			const at = e.publishedAt ?? e.createdAt ?? 0;
			if (at >= period.since && at < period.until) found.push({ id: e.id, text: unescapeLittleText(e.commentary ?? ""), at });
		}
		const oldest = Math.min(...body.elements.map((e) => e.publishedAt ?? e.createdAt ?? 0));
		if (body.elements.length < 100 || oldest < period.since) break;
	}
	const numbers = new Map<string, Record<string, number>>();
	for (let i = 0; i < found.length; i += 50) {
		const ids = found.slice(i, i + 50).map((f) => encodeURIComponent(f.id));
		const url = `${base}/rest/socialActions?ids=List(${ids.join(",")})`;
		const res = await get(url);
		if (res.status === 403) break;
		if (res.status >= 400) throw linkedinFailure(url, res, "read", now);
		for (const [urn, r] of Object.entries(parseAnswer("linkedin", url, res, actions, "the posts' likes and comments").results)) {
			numbers.set(urn, { likes: r.likesSummary?.totalLikes ?? 0, comments: r.commentsSummary?.aggregatedTotalComments ?? 0 });
		}
	}
	const posts: PostMetrics[] = found.map((f) => ({ id: f.id, url: linkedinPostUrl(f.id), text: clip(f.text), publishedAt: new Date(f.at).toISOString(), metrics: numbers.get(f.id) ?? {} }));
	return { network: "linkedin", available: true, posts, totals: sumMetrics(posts), roundTrips: trips };
}
