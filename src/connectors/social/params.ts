// The `params` of social.post and social.reply as request notes write them, checked per network before approval.
import * as z from "zod/mini";
import { LATE_GRACE_MS, NETWORKS, RULES, type Network } from "./networks";
import { characterLength, xWeightedLength } from "./text-count";

const httpUrl = z.string().check(
	z.refine((s) => {
		try {
			const u = new URL(s);
			return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
		} catch {
			return false;
		}
	}, "must be a web address starting with http:// or https://"),
);

/** A zone is required: "09:00" alone would mean a different instant on the laptop and on the server. */
const instant = z.string().check(
	z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, "must be a date and time with a zone, e.g. 2026-12-01T09:00:00+01:00"),
	z.refine((s) => !Number.isNaN(Date.parse(s)), "is not a real date and time"),
);

const network = z.enum(NETWORKS, { error: (iss) => `unknown network ${JSON.stringify(iss.input)}; use one of ${NETWORKS.join(", ")}` });
const text = z.string().check(z.refine((s) => s.trim() !== "", "is empty; write the text to publish"));

const postShape = z.object({
	network,
	text,
	/** A link shown as a link preview (Facebook, LinkedIn) or appended to the text (X). */
	link: z.optional(httpUrl),
	image_url: z.optional(httpUrl),
	/** Several images: an Instagram carousel (2–10). */
	image_urls: z.optional(z.array(httpUrl).check(z.minLength(1, "needs at least one image"))),
	/** An Instagram reel. */
	video_url: z.optional(httpUrl),
	/** When to publish; in the future the request waits until then. */
	publish_at: z.optional(instant),
	/** X only: follow-up posts, each a reply to the one before. */
	thread: z.optional(z.array(text).check(z.maxLength(24, "has more than 24 follow-ups"))),
});
export type PostParams = z.infer<typeof postShape>;

export const replyParams = z
	.object({
		network,
		/** The comment, post or tweet id being answered, as the network shows it. */
		in_reply_to: z.string().check(z.refine((s) => s.trim() !== "", "is empty; give the id of the comment or post to answer")),
		text,
	})
	.check(
		z.superRefine((p, ctx) => {
			const rules = RULES[p.network];
			const n = textLength(p.network, p.text);
			if (n > rules.maxReply) ctx.addIssue({ code: "custom", message: `is ${n} characters; ${rules.label} takes at most ${rules.maxReply} in a reply`, path: ["text"], input: p.text });
			const id = p.in_reply_to.trim();
			if (p.network === "x" && !/^\d{1,19}$/.test(id)) ctx.addIssue({ code: "custom", message: "must be the number of the post on X (the digits after /status/ in its address)", path: ["in_reply_to"], input: id });
			if (p.network === "linkedin" && !/^urn:li:(share|ugcPost|comment):/.test(id)) ctx.addIssue({ code: "custom", message: "must be a LinkedIn post or comment URN (urn:li:share:…, urn:li:ugcPost:… or urn:li:comment:(…))", path: ["in_reply_to"], input: id });
			if ((p.network === "facebook" || p.network === "instagram") && !/^[0-9_]+$/.test(id)) ctx.addIssue({ code: "custom", message: `must be a ${rules.label} id (digits, e.g. 1234567890_987654321)`, path: ["in_reply_to"], input: id });
		}),
	);
export type ReplyParams = z.infer<typeof replyParams>;

/** The text the network will show: on X a link is part of the text. */
export function publishedText(p: Pick<PostParams, "network" | "text" | "link">): string {
	return p.network === "x" && p.link ? `${p.text}\n\n${p.link}` : p.text;
}

export function textLength(network: Network, s: string): number {
	return RULES[network].counting === "weighted" ? xWeightedLength(s) : characterLength(s);
}

export function images(p: PostParams): string[] {
	return p.image_urls ?? (p.image_url ? [p.image_url] : []);
}

type Issue = { path: string; message: string };

/** Everything a network refuses, checked against `now` so a publish time in the past is caught when the note is written. */
export function postIssues(p: PostParams, now: number): Issue[] {
	const rules = RULES[p.network];
	const out: Issue[] = [];
	const name = rules.label;
	const body = publishedText(p);
	const n = textLength(p.network, body);
	const unit = rules.counting === "weighted" ? "weighted characters (links count 23, emoji and CJK 2)" : "characters";
	if (n > rules.maxText) out.push({ path: "text", message: `is ${n} ${unit}; ${name} takes at most ${rules.maxText}` });
	const imgs = images(p);
	if (p.image_url && p.image_urls) out.push({ path: "image_urls", message: "give image_url or image_urls, not both" });
	if (rules.maxImages === 0 && imgs.length > 0) out.push({ path: "image_url", message: `${name} posts from AI Employee carry text and links only; put the image's address in link instead` });
	else if (imgs.length > rules.maxImages) out.push({ path: "image_urls", message: `has ${imgs.length} images; ${name} takes at most ${rules.maxImages}` });
	if (p.video_url && !rules.video) out.push({ path: "video_url", message: `${name} videos are not supported by AI Employee; only Instagram reels are` });
	if (p.video_url && imgs.length > 0) out.push({ path: "video_url", message: "give a video or images, not both" });
	if (rules.needsMedia && imgs.length === 0 && !p.video_url) out.push({ path: "image_url", message: `${name} needs an image (image_url, a public JPEG) or a video (video_url)` });
	if (p.link && !rules.links) out.push({ path: "link", message: `${name} does not make links in captions clickable; leave link out or write it into the text` });
	if (p.thread && !rules.threads) out.push({ path: "thread", message: `${name} has no threads; only X does` });
	p.thread?.forEach((t, i) => {
		const len = textLength(p.network, t);
		if (len > rules.maxText) out.push({ path: `thread.${i}`, message: `is ${len} ${unit}; ${name} takes at most ${rules.maxText}` });
	});
	if (p.publish_at) {
		const at = Date.parse(p.publish_at);
		if (at < now - LATE_GRACE_MS) out.push({ path: "publish_at", message: `${p.publish_at} is in the past; set a future time or leave publish_at out to publish at once` });
		else if (at > now + rules.scheduleWindowMs) out.push({ path: "publish_at", message: `${p.publish_at} is more than ${rules.scheduleWindowLabel} ahead; ${name} posts can be scheduled at most ${rules.scheduleWindowLabel} ahead` });
	}
	return out;
}

/** The social.post schema; `now` is the host clock, so "in the past" means the past when the note is checked. */
export function postParams(now: () => number): z.ZodMiniType<PostParams> {
	return postShape.check(
		z.superRefine((p, ctx) => {
			for (const issue of postIssues(p, now())) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path.split("."), input: p });
		}),
	);
}
