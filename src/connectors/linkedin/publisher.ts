// Publishes on LinkedIn through the Posts API (POST /rest/posts) and answers comments through socialActions.
import type { ActionContext } from "../../core/executor/connector";
import { missingToken, notJson, notSetUp } from "../social/errors";
import type { PostParams, ReplyParams } from "../social/params";
import { tokenFor, type Published, type SocialPublisher } from "../social/publisher";
import { LINKEDIN_BASE_URL, linkedinHeaders, type LinkedinConfig } from "./config";
import { linkedinFailure } from "./errors";
import { escapeLittleText } from "./little-text";

export function linkedinPostUrl(urn: string): string {
	return `https://www.linkedin.com/feed/update/${urn}/`;
}

/** An article needs a title; the first line of the text is what the owner would have typed into LinkedIn's own box. */
function articleTitle(text: string, link: string): string {
	const first = text.split("\n").find((l) => l.trim() !== "")?.trim() ?? new URL(link).hostname;
	return first.length > 200 ? `${first.slice(0, 199)}…` : first;
}

export function postBody(cfg: LinkedinConfig, p: Pick<PostParams, "text" | "link">): Record<string, unknown> {
	const body: Record<string, unknown> = {
		author: cfg.author,
		commentary: escapeLittleText(p.text),
		// Company pages are always public; CONNECTIONS exists only for members.
		visibility: cfg.author.startsWith("urn:li:organization:") ? "PUBLIC" : cfg.visibility,
		distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
		lifecycleState: "PUBLISHED",
		isReshareDisabledByAuthor: false,
	};
	if (p.link) body.content = { article: { source: p.link, title: articleTitle(p.text, p.link) } };
	return body;
}

/** `urn:li:comment:(urn:li:activity:1,2)` → the thread it belongs to. */
function commentParent(urn: string): string | null {
	const m = /^urn:li:comment:\((urn:li:[A-Za-z]+:\d+),\d+\)$/.exec(urn);
	return m ? m[1]! : null;
}

export function linkedinPublisher(getConfig: () => LinkedinConfig | null): SocialPublisher {
	const setup = (ctx: ActionContext) => {
		const cfg = getConfig();
		if (!cfg) throw notSetUp("linkedin", "no author URN");
		return { cfg, token: tokenFor(ctx.secrets, cfg.tokenSecret, ctx.dryRun, () => missingToken("linkedin", cfg.tokenSecret)) };
	};
	async function create(ctx: ActionContext, cfg: LinkedinConfig, token: string, url: string, body: object, simulatedUrn: string): Promise<string> {
		const res = await ctx.write({ url, method: "POST", headers: linkedinHeaders(cfg, token, true), body: JSON.stringify(body) }, () => ({ status: 201, headers: { "x-restli-id": simulatedUrn }, text: "" }));
		if (res.status >= 400) throw linkedinFailure(url, res, "publish", ctx.clock.now());
		// Success is 201 with an empty body; the new URN is only in the header.
		const urn = res.headers["x-restli-id"];
		if (!urn) throw notJson("linkedin", url, `HTTP ${res.status} without the x-restli-id header`);
		return urn;
	}
	return {
		network: "linkedin",
		account: () => getConfig()?.authorName,
		async post(p: PostParams, ctx: ActionContext): Promise<Published> {
			const { cfg, token } = setup(ctx);
			const urn = await create(ctx, cfg, token, `${LINKEDIN_BASE_URL}/rest/posts`, postBody(cfg, p), "urn:li:share:7000000000000000001");
			return { id: urn, url: linkedinPostUrl(urn) };
		},
		async reply(p: ReplyParams, ctx: ActionContext): Promise<Published> {
			const { cfg, token } = setup(ctx);
			const target = p.in_reply_to.trim();
			const parent = commentParent(target);
			const object = parent ?? target;
			const body: Record<string, unknown> = { actor: cfg.author, object, message: { text: escapeLittleText(p.text) } };
			if (parent) body.parentComment = target;
			const url = `${LINKEDIN_BASE_URL}/rest/socialActions/${encodeURIComponent(parent ? target : object)}/comments`;
			const urn = await create(ctx, cfg, token, url, body, `urn:li:comment:(${object},7000000000000000002)`);
			return { id: urn, url: linkedinPostUrl(object) };
		},
	};
}
