// Publishes to Instagram in Meta's three steps: create a media container, wait until Meta has fetched it, publish it.
import * as z from "zod/mini";
import type { ActionContext } from "../../core/executor/connector";
import type { HttpResponse } from "../../core/ports";
import { CategorizedError } from "../../core/util/errors";
import { graphAnswer, graphHeaders, graphUrl } from "../facebook/graph";
import { missingToken, notSetUp } from "../social/errors";
import { images, type PostParams, type ReplyParams } from "../social/params";
import { tokenFor, type Published, type SocialPublisher } from "../social/publisher";
import { form } from "../social/wire";
import { instagramTarget, type InstagramConfig } from "./config";

const created = z.object({ id: z.string() });
const status = z.object({ status_code: z.enum(["IN_PROGRESS", "FINISHED", "ERROR", "EXPIRED", "PUBLISHED"]), status: z.optional(z.string()), id: z.optional(z.string()) });
const limit = z.object({
	data: z.array(z.object({ quota_usage: z.number(), config: z.optional(z.object({ quota_total: z.number(), quota_duration: z.optional(z.number()) })) })),
});
const permalink = z.object({ id: z.string(), permalink: z.optional(z.string()) });

/** Simulated container ids start with this, so polling (a read of a container that does not exist) is skipped. */
const SIMULATED = "dry-run-container-";

interface Call {
	cfg: InstagramConfig;
	ctx: ActionContext;
	token: string;
}

function ok(body: object): HttpResponse {
	return { status: 200, headers: { "content-type": "application/json" }, text: JSON.stringify(body) };
}

async function write(c: Call, path: string, params: Record<string, string | boolean | undefined>, simulated: object, what: string): Promise<string> {
	const url = graphUrl(instagramTarget(c.cfg), path);
	const res = await c.ctx.write({ url, method: "POST", headers: graphHeaders(c.token, true), body: form(params) }, () => ok(simulated));
	return graphAnswer("instagram", url, res, created, what, "publish", c.ctx.clock.now()).id;
}

async function read<T>(c: Call, path: string, query: Record<string, string>, schema: z.ZodMiniType<T>, what: string): Promise<T> {
	const url = graphUrl(instagramTarget(c.cfg), path, query);
	const res = await c.ctx.read({ url, headers: graphHeaders(c.token, false) });
	return graphAnswer("instagram", url, res, schema, what, "read", c.ctx.clock.now());
}

/** Meta's own limit (read, not assumed: it has been 25, 50 and 100): stop before creating anything when it is used up. */
async function checkQuota(c: Call): Promise<void> {
	const r = await read(c, `${c.cfg.igUserId}/content_publishing_limit`, { fields: "quota_usage,config" }, limit, "the publishing limit");
	const row = r.data[0];
	const total = row?.config?.quota_total;
	if (row && total !== undefined && row.quota_usage >= total) {
		const hours = Math.round((row.config?.quota_duration ?? 86_400) / 3600);
		throw new CategorizedError(
			"transient",
			`Instagram's publishing limit is used up: ${row.quota_usage} of ${total} posts in the last ${hours} h`,
			`Nothing was published. Press Retry once older posts fall out of the ${hours}-hour window.`,
			true,
		);
	}
}

const sleep = (ctx: ActionContext, ms: number) => new Promise<void>((resolve) => ctx.clock.setTimeout(resolve, ms));

/** Waits (bounded, on the host clock) until Meta has fetched and processed the media. */
async function waitUntilReady(c: Call, container: string): Promise<void> {
	const started = c.ctx.clock.now();
	for (;;) {
		const s = await read(c, container, { fields: "status_code,status" }, status, "the media status");
		if (s.status_code === "FINISHED") return;
		if (s.status_code === "PUBLISHED") throw new CategorizedError("logic", `Instagram says media container ${container} is already published`, "Nothing new was published; look at the account.");
		if (s.status_code === "ERROR") {
			throw new CategorizedError(
				"data",
				`Instagram could not use the media${s.status ? `: ${s.status}` : ""} (container ${container})`,
				"Nothing was published. The image must be a JPEG (a reel an MP4) at a public https address Meta can fetch without a login; fix image_url or video_url, then approve again.",
			);
		}
		if (s.status_code === "EXPIRED") {
			throw new CategorizedError("logic", `Instagram media container ${container} expired before it was published (containers last 24 h)`, "Nothing was published. Press Retry to create a fresh container.");
		}
		const waited = c.ctx.clock.now() - started;
		if (waited + c.cfg.pollIntervalMs > c.cfg.maxWaitMs) {
			throw new CategorizedError(
				"transient",
				`Instagram was still processing the media after ${Math.round(waited / 1000)} s (container ${container}); nothing was published`,
				"Large videos can take minutes; press Retry later.",
			);
		}
		await sleep(c.ctx, c.cfg.pollIntervalMs);
	}
}

async function createContainer(c: Call, p: PostParams): Promise<{ id: string; children: string[] }> {
	const user = c.cfg.igUserId;
	const imgs = images(p);
	let n = 0;
	const sim = () => ({ id: `${SIMULATED}${++n}` });
	if (p.video_url) {
		const id = await write(c, `${user}/media`, { media_type: "REELS", video_url: p.video_url, caption: p.text, share_to_feed: true }, sim(), "the reel container");
		return { id, children: [] };
	}
	if (imgs.length === 1) return { id: await write(c, `${user}/media`, { image_url: imgs[0], caption: p.text }, sim(), "the image container"), children: [] };
	const children: string[] = [];
	for (const image_url of imgs) children.push(await write(c, `${user}/media`, { image_url, is_carousel_item: true }, sim(), "a carousel image"));
	const id = await write(c, `${user}/media`, { media_type: "CAROUSEL", children: children.join(","), caption: p.text }, sim(), "the carousel container");
	return { id, children };
}

export function instagramPublisher(getConfig: () => InstagramConfig | null): SocialPublisher {
	const call = (ctx: ActionContext): Call => {
		const cfg = getConfig();
		if (!cfg) throw notSetUp("instagram", "no Instagram account id");
		return { cfg, ctx, token: tokenFor(ctx.secrets, cfg.tokenSecret, ctx.dryRun, () => missingToken("instagram", cfg.tokenSecret)) };
	};
	return {
		network: "instagram",
		account: () => getConfig()?.username,
		async post(p: PostParams, ctx: ActionContext): Promise<Published> {
			const c = call(ctx);
			// A dry run sends nothing at all, reads included: it shows the writes the real run would make.
			if (!ctx.dryRun) await checkQuota(c);
			const container = await createContainer(c, p);
			if (!container.id.startsWith(SIMULATED)) await waitUntilReady(c, container.id);
			const mediaId = await write(c, `${c.cfg.igUserId}/media_publish`, { creation_id: container.id }, { id: "17900000000000001" }, "the publish step");
			let url = `https://www.instagram.com/${c.cfg.username?.replace(/^@/, "") ?? ""}`;
			if (!ctx.dryRun) {
				// The address is not in the publish answer; one read gets it. A failure here must not hide that the post is live.
				try {
					url = (await read(c, mediaId, { fields: "id,permalink" }, permalink, "the post's address")).permalink ?? url;
				} catch {
					/* the post is published; the profile address stands in */
				}
			}
			return { id: mediaId, url, fields: { container_id: container.id, ...(container.children.length ? { carousel_items: container.children.length } : {}) } };
		},
		async reply(p: ReplyParams, ctx: ActionContext): Promise<Published> {
			const c = call(ctx);
			const target = p.in_reply_to.trim();
			// Instagram answers a comment under its own thread with /replies (there is no reply to a reply).
			const id = await write(c, `${target}/replies`, { message: p.text }, { id: "17800000000000001" }, "the reply");
			return { id, url: `https://www.instagram.com/${c.cfg.username?.replace(/^@/, "") ?? ""}` };
		},
	};
}
