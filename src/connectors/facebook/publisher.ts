// Publishes to a Facebook Page: a text or link post on the feed, a photo with its caption, a comment reply.
import * as z from "zod/mini";
import type { ActionContext } from "../../core/executor/connector";
import { missingToken, requireConfig } from "../social/errors";
import { images, type PostParams, type ReplyParams } from "../social/params";
import { tokenFor, type Published, type SocialPublisher } from "../social/publisher";
import { form } from "../social/wire";
import type { FacebookConfig } from "./config";
import { graphAnswer, graphHeaders, graphUrl } from "./graph";

const created = z.object({ id: z.string(), post_id: z.optional(z.string()) });

/** `{page}_{post}` → its public address; a bare photo id has its own. */
export function facebookPostUrl(id: string): string {
	const [page, post] = id.split("_");
	return post ? `https://www.facebook.com/${page}/posts/${post}` : `https://www.facebook.com/${id}`;
}

async function send(cfg: FacebookConfig, ctx: ActionContext, path: string, params: Record<string, string | boolean | undefined>, simulated: object, what: string) {
	const token = tokenFor(ctx.secrets, cfg.tokenSecret, ctx.dryRun, () => missingToken("facebook", cfg.tokenSecret));
	const url = graphUrl(cfg, path);
	const res = await ctx.write({ url, method: "POST", headers: graphHeaders(token, true), body: form(params) }, () => ({
		status: 200,
		headers: { "content-type": "application/json" },
		text: JSON.stringify(simulated),
	}));
	return graphAnswer("facebook", url, res, created, what, "publish", ctx.clock.now());
}

export function facebookPublisher(getConfig: () => FacebookConfig | null): SocialPublisher {
	const config = requireConfig("facebook", getConfig, "no Page id");
	return {
		network: "facebook",
		account: () => getConfig()?.pageName,
		async post(p: PostParams, ctx: ActionContext): Promise<Published> {
			const cfg = config();
			const [image] = images(p);
			if (image) {
				// A photo post: Meta fetches the image itself; the caption is the text (a link has no preview on a photo, so it joins the text).
				const caption = p.link ? `${p.text}\n\n${p.link}` : p.text;
				const r = await send(cfg, ctx, `${cfg.pageId}/photos`, { url: image, caption, published: true }, { id: "100000000000001", post_id: `${cfg.pageId}_100000000000001` }, "the photo post");
				const id = r.post_id ?? r.id;
				return { id, url: facebookPostUrl(id), fields: { photo_id: r.id } };
			}
			const r = await send(cfg, ctx, `${cfg.pageId}/feed`, { message: p.text, link: p.link }, { id: `${cfg.pageId}_100000000000001` }, "the post");
			return { id: r.id, url: facebookPostUrl(r.id) };
		},
		async reply(p: ReplyParams, ctx: ActionContext): Promise<Published> {
			const cfg = config();
			const target = p.in_reply_to.trim();
			// The same edge answers a post (a comment) and a comment (a reply in its thread).
			const r = await send(cfg, ctx, `${target}/comments`, { message: p.text }, { id: `${target.split("_").pop() ?? target}_200000000000001` }, "the reply");
			return { id: r.id, url: facebookPostUrl(target) };
		},
	};
}
