// The social.post and social.reply handlers: validate per network, describe for the card, route to that network's publisher.
import type { ActionDescription, ActionHandler, Connector, DescriptionLine } from "../../core/executor/connector";
import { notSetUp } from "./errors";
import { RULES, type Network } from "./networks";
import { images, postParams, publishedText, replyParams, textLength, type PostParams, type ReplyParams } from "./params";
import type { SocialPublisher } from "./publisher";

function preview(s: string, max = 60): string {
	const one = s.replace(/\s+/g, " ").trim();
	return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function lengthLine(network: Network, s: string, max: number): DescriptionLine {
	const rules = RULES[network];
	return { label: "Length", value: `${textLength(network, s)} / ${max} ${rules.counting === "weighted" ? "weighted characters" : "characters"}` };
}

/** `where`: the network as the card names it, with the connected account. */
function describePost(p: PostParams, where: string): ActionDescription {
	const body = publishedText(p);
	const lines: DescriptionLine[] = [{ label: "Network", value: where }, { label: "When", value: p.publish_at ?? "as soon as approved" }, lengthLine(p.network, body, RULES[p.network].maxText)];
	if (p.link) lines.push({ label: "Link", value: p.link });
	const imgs = images(p);
	if (imgs.length) lines.push({ label: imgs.length > 1 ? `Images (${imgs.length})` : "Image", value: imgs.join(", ") });
	if (p.video_url) lines.push({ label: "Video", value: p.video_url });
	if (p.thread?.length) lines.push({ label: "Thread", value: `${p.thread.length} follow-up post${p.thread.length > 1 ? "s" : ""}` });
	const when = p.publish_at ? ` at ${p.publish_at}` : "";
	return { summary: `Publish on ${where}${when}: "${preview(p.text)}"`, lines, text: [body, ...(p.thread ?? [])].join("\n\n---\n\n") };
}

export interface SocialConnectorOptions {
	publishers: SocialPublisher[];
	/** The host clock, so "in the past" is judged by the same time the executor holds scheduled posts by. */
	now: () => number;
}

export function socialConnector(opts: SocialConnectorOptions): Connector {
	const byNetwork = new Map(opts.publishers.map((p) => [p.network, p]));
	const publisher = (n: Network): SocialPublisher => {
		const p = byNetwork.get(n);
		if (!p) throw notSetUp(n, "this network is not connected in AI Employee");
		return p;
	};
	const where = (n: Network) => {
		const account = byNetwork.get(n)?.account();
		return account ? `${RULES[n].label} (${account})` : RULES[n].label;
	};

	const post: ActionHandler<PostParams> = {
		action: "social.post",
		params: postParams(opts.now),
		describe: (p) => describePost(p, where(p.network)),
		outgoingTexts: (p) => [publishedText(p), ...(p.thread ?? [])],
		policyFacts: (p) => ({ kind: "post", scheduledAt: p.publish_at, counterparty: byNetwork.get(p.network)?.account() ?? RULES[p.network].label }),
		async execute(p, ctx) {
			const done = await publisher(p.network).post(p, ctx);
			const extra = p.thread?.length ? ` with ${p.thread.length} follow-up${p.thread.length > 1 ? "s" : ""}` : "";
			return ctx.outcome({
				// Nothing was published in a preview: the simulated answer's id and link belong to no post, so none is reported.
				preview: () => ({ summary: `Would publish on ${where(p.network)}${extra}`, fields: { network: p.network } }),
				done: () => ({ summary: `Published on ${where(p.network)}${extra}: post ${done.id}`, url: done.url, fields: { network: p.network, post_id: done.id, ...done.fields } }),
			});
		},
	};

	const reply: ActionHandler<ReplyParams> = {
		action: "social.reply",
		params: replyParams,
		describe: (p) => ({
			summary: `Reply on ${where(p.network)} to ${p.in_reply_to}: "${preview(p.text)}"`,
			lines: [{ label: "Network", value: where(p.network) }, { label: "In reply to", value: p.in_reply_to }, lengthLine(p.network, p.text, RULES[p.network].maxReply)],
			text: p.text,
		}),
		outgoingTexts: (p) => [p.text],
		policyFacts: (p) => ({ kind: "reply", counterparty: byNetwork.get(p.network)?.account() ?? RULES[p.network].label }),
		async execute(p, ctx) {
			const done = await publisher(p.network).reply(p, ctx);
			return ctx.outcome({
				preview: () => ({ summary: `Would reply on ${where(p.network)} to ${p.in_reply_to}`, fields: { network: p.network, in_reply_to: p.in_reply_to } }),
				done: () => ({ summary: `Replied on ${where(p.network)} to ${p.in_reply_to}: reply ${done.id}`, url: done.url, fields: { network: p.network, post_id: done.id, in_reply_to: p.in_reply_to, ...done.fields } }),
			});
		},
	};

	return { id: "social", handlers: [post as ActionHandler<never>, reply as ActionHandler<never>] };
}
