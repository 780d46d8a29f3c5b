// Publishes on X: one post (or a thread, each follow-up a reply to the one before) and replies, via POST /2/tweets.
import * as z from "zod/mini";
import type { ActionContext } from "../../core/executor/connector";
import { CategorizedError } from "../../core/util/errors";
import { requireConfig } from "../social/errors";
import { publishedText, type PostParams, type ReplyParams } from "../social/params";
import type { Published, SocialPublisher } from "../social/publisher";
import { parseAnswer } from "../social/wire";
import { xAuthorization } from "./auth";
import { X_BASE_URL, type XConfig } from "./config";
import { xFailure } from "./errors";

const created = z.object({ data: z.object({ id: z.string(), text: z.string() }) });

export function xPostUrl(cfg: XConfig, id: string): string {
	return `https://x.com/${cfg.username?.replace(/^@/, "") || "i"}/status/${id}`;
}

/** Simulated ids are numeric like X's (the next post of a thread must pass the `in_reply_to_tweet_id` pattern). */
let simulatedSeq = 0;

async function tweet(cfg: XConfig, ctx: ActionContext, body: { text: string; reply?: { in_reply_to_tweet_id: string } }, what: string): Promise<string> {
	const url = `${X_BASE_URL}/2/tweets`;
	const authorization = await xAuthorization(cfg, ctx.secrets, "POST", url, ctx.clock.now(), ctx.dryRun);
	const res = await ctx.write({ url, method: "POST", headers: { authorization, "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) }, () => {
		const id = String(1_900_000_000_000_000_000n + BigInt(++simulatedSeq));
		return { status: 201, headers: { "content-type": "application/json" }, text: JSON.stringify({ data: { id, text: body.text, edit_history_tweet_ids: [id] } }) };
	});
	if (res.status >= 400) throw xFailure(url, res, "publish", ctx.clock.now());
	return parseAnswer("x", url, res, created, what).data.id;
}

export function xPublisher(getConfig: () => XConfig | null): SocialPublisher {
	const config = requireConfig("x", getConfig, "the X account is not connected");
	return {
		network: "x",
		account: () => getConfig()?.username,
		async post(p: PostParams, ctx: ActionContext): Promise<Published> {
			const cfg = config();
			const first = await tweet(cfg, ctx, { text: publishedText(p) }, "the post");
			const ids = [first];
			for (const [i, text] of (p.thread ?? []).entries()) {
				try {
					ids.push(await tweet(cfg, ctx, { text, reply: { in_reply_to_tweet_id: ids[ids.length - 1]! } }, "a follow-up post"));
				} catch (err) {
					// The first posts are live; say so, so a Retry does not post them twice.
					if (!(err instanceof CategorizedError)) throw err;
					throw new CategorizedError(
						err.category,
						`${err.message}. The thread stopped after ${ids.length} of ${(p.thread?.length ?? 0) + 1} posts (live: ${ids.join(", ")}); follow-up ${i + 1} and later were not posted`,
						"Do not press Retry (it would post the first part again): post the rest as a new request with the remaining follow-ups, replying to the last live post.",
					);
				}
			}
			return { id: first, url: xPostUrl(cfg, first), fields: ids.length > 1 ? { thread_ids: ids.join(",") } : undefined };
		},
		async reply(p: ReplyParams, ctx: ActionContext): Promise<Published> {
			const cfg = config();
			const id = await tweet(cfg, ctx, { text: p.text, reply: { in_reply_to_tweet_id: p.in_reply_to.trim() } }, "the reply");
			return { id, url: xPostUrl(cfg, id) };
		},
	};
}
