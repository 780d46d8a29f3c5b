// Which parts of a request leave the business: every string in its params, each named for the card ("the link").
import type { ActionHandler } from "../executor/connector";

export interface OutgoingField {
	/** Where it is, in words: "the text", "the link", "invoice line 2". */
	label: string;
	text: string;
	/**
	 * Published or sent content (post text, links and media URLs, email subject and body, invoice lines): every rule
	 * applies. Other strings (recipients, names, ids) are checked for secrets and hidden characters only, since an
	 * email's recipient is meant to be an email address.
	 */
	content: boolean;
	/** A text the handler composes from several params (an X post with its link): hits already found are not repeated. */
	composite?: boolean;
}

const URL_KEYS = new Set(["link", "url", "image_url", "image_urls", "video_url"]);
const CONTENT_KEYS = new Set(["text", "thread", "subject", "body", "description", "message", "caption", "comment", "title"]);

const LABELS: Record<string, string> = {
	text: "the text",
	link: "the link",
	url: "the URL",
	image_url: "the image URL",
	video_url: "the video URL",
	subject: "the subject",
	body: "the body",
	to: "the recipients",
	cc: "the Cc recipients",
	payee: "the payee",
	reference: "the reference",
	in_reply_to: "the reply target",
	"customer.name": "the customer's name",
	"customer.email": "the customer's email",
	"customer.company": "the customer's company",
};

type Path = (string | number)[];

function labelFor(path: Path): string {
	const keys = path.filter((p): p is string => typeof p === "string");
	const joined = keys.join(".");
	if (LABELS[joined]) return LABELS[joined];
	const last = path[path.length - 1];
	const index = typeof last === "number" ? last + 1 : null;
	if (keys[0] === "thread" && index !== null) return `follow-up post ${index}`;
	if (keys[0] === "image_urls" && index !== null) return `image URL ${index}`;
	if (keys[0] === "lines" && typeof path[1] === "number") return `invoice line ${path[1] + 1}${keys[1] && keys[1] !== "description" ? ` (${keys[1]})` : ""}`;
	if (keys.length === 1 && LABELS[keys[0]!] && index !== null) return LABELS[keys[0]!]!;
	return `the "${path.join(".")}" field`;
}

function walk(value: unknown, path: Path, out: { path: Path; text: string }[], depth: number): void {
	if (depth > 8) return;
	if (typeof value === "string") out.push({ path, text: value });
	else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], out, depth + 1));
	else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out, depth + 1);
}

/**
 * Every string of the params, in order, plus any text the handler composes from them (what actually goes on the wire
 * for handlers that know it). A handler without `outgoingTexts` is still covered: all its strings are walked.
 */
export function outgoingFields(handler: ActionHandler<unknown>, params: unknown): OutgoingField[] {
	const leaves: { path: Path; text: string }[] = [];
	walk(params, [], leaves, 0);
	const sent = handler.outgoingTexts ? handler.outgoingTexts(params) : [handler.describe(params).text ?? ""];
	const sentSet = new Set(sent);
	const fields: OutgoingField[] = leaves
		.filter((l) => l.text.trim() !== "")
		.map((l) => {
			const key = l.path.find((p): p is string => typeof p === "string" && (URL_KEYS.has(p) || CONTENT_KEYS.has(p)));
			return { label: labelFor(l.path), text: l.text, content: key !== undefined || sentSet.has(l.text) };
		});
	const leafTexts = new Set(leaves.map((l) => l.text));
	for (const s of sent) if (s.trim() !== "" && !leafTexts.has(s)) fields.push({ label: "the text as sent", text: s, content: true, composite: true });
	return fields;
}
