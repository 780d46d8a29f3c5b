// Reads an RFC 822 / MIME message into what a person reads: headers, the text (plain preferred), and the attachments.
import { binaryToBytes, bytesToBinary, decodeBase64, decodeCharset, decodeQuotedPrintable } from "./bytes";
import { header, parseAddress, parseAddressList, parseHeaderBlock, parseParams, type Address, type Headers } from "./headers";
import { htmlToText } from "./html-to-text";

export interface MimePart {
	headers: Headers;
	contentType: string;
	params: Record<string, string>;
	disposition: string;
	filename: string;
	/** The decoded body bytes (leaves only). */
	body: Uint8Array;
	children: MimePart[];
}

export interface AttachmentInfo {
	name: string;
	type: string;
	size: number;
}

export interface ParsedEmail {
	headers: Headers;
	from: Address;
	replyTo: Address | null;
	to: Address[];
	cc: Address[];
	subject: string;
	date: number | null;
	messageId: string;
	inReplyTo: string;
	references: string;
	/** The body as text: the plain part when there is one, else the HTML part converted. */
	text: string;
	/** Where the text came from. */
	textSource: "plain" | "html" | "none";
	attachments: AttachmentInfo[];
}

/** Splits a binary string at the first empty line into header block and body. */
function splitHead(raw: string): { head: string; body: string } {
	const m = /\r?\n\r?\n/.exec(raw);
	if (!m) return { head: raw, body: "" };
	return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

function decodeTransfer(body: string, encoding: string): Uint8Array {
	switch (encoding.trim().toLowerCase()) {
		case "base64":
			return decodeBase64(body);
		case "quoted-printable":
			return decodeQuotedPrintable(body);
		default:
			return binaryToBytes(body);
	}
}

const MAX_DEPTH = 12;

function parsePart(raw: string, depth: number, defaultType = "text/plain"): MimePart {
	const { head, body } = splitHead(raw);
	const headers = parseHeaderBlock(head);
	const ct = parseParams(headers.get("content-type")?.[0] ?? defaultType);
	const cd = parseParams(headers.get("content-disposition")?.[0] ?? "");
	const contentType = ct.value || defaultType;
	const filename = cd.params["filename"] ?? ct.params["name"] ?? "";
	const part: MimePart = { headers, contentType, params: ct.params, disposition: cd.value, filename, body: new Uint8Array(0), children: [] };
	const boundary = ct.params["boundary"];
	if (contentType.startsWith("multipart/") && boundary && depth < MAX_DEPTH) {
		const childDefault = contentType === "multipart/digest" ? "message/rfc822" : "text/plain";
		for (const chunk of splitMultipart(body, boundary)) part.children.push(parsePart(chunk, depth + 1, childDefault));
		return part;
	}
	const bytes = decodeTransfer(body, headers.get("content-transfer-encoding")?.[0] ?? "7bit");
	if (contentType === "message/rfc822" && depth < MAX_DEPTH && part.disposition !== "attachment") {
		part.children.push(parsePart(bytesToBinary(bytes), depth + 1));
		return part;
	}
	part.body = bytes;
	return part;
}

function splitMultipart(body: string, boundary: string): string[] {
	const delimiter = "--" + boundary;
	const lines = body.split(/\r?\n/);
	const chunks: string[] = [];
	let current: string[] | null = null;
	for (const line of lines) {
		const trimmed = line.trimEnd();
		if (trimmed === delimiter || trimmed === delimiter + "--") {
			if (current) chunks.push(current.join("\n"));
			current = trimmed === delimiter ? [] : null;
			if (trimmed !== delimiter) break;
			continue;
		}
		current?.push(line);
	}
	// A message cut short (no closing delimiter) still yields the part in progress.
	if (current && current.length > 0) chunks.push(current.join("\n"));
	return chunks;
}

function partText(p: MimePart): string {
	return decodeCharset(p.body, p.params["charset"]).replace(/\r\n/g, "\n");
}

function isAttachment(p: MimePart): boolean {
	if (p.disposition === "attachment") return true;
	if (p.filename && !p.contentType.startsWith("text/")) return true;
	return !p.contentType.startsWith("text/") && !p.contentType.startsWith("multipart/") && p.contentType !== "message/rfc822";
}

interface Bodies {
	plain: string[];
	html: string[];
	attachments: AttachmentInfo[];
}

/** Walks the tree: alternatives pick plain over HTML; mixed parts keep every readable text in order. */
function collect(p: MimePart, out: Bodies): void {
	if (p.children.length > 0) {
		if (p.contentType === "multipart/alternative") {
			const plain = p.children.find((c) => c.contentType === "text/plain" && !isAttachment(c));
			const html = p.children.find((c) => c.contentType === "text/html" && !isAttachment(c));
			const nested = p.children.find((c) => c.children.length > 0);
			if (plain) out.plain.push(partText(plain));
			else if (nested) collect(nested, out);
			else if (html) out.html.push(partText(html));
			for (const c of p.children) if (isAttachment(c)) collect(c, out);
			return;
		}
		if (p.contentType === "message/rfc822") {
			const inner = p.children[0]!;
			const forwarded = summariseHeaders(inner.headers);
			const sub: Bodies = { plain: [], html: [], attachments: [] };
			collect(inner, sub);
			const text = sub.plain.length > 0 ? sub.plain.join("\n\n") : sub.html.map(htmlToText).join("\n\n");
			out.plain.push(`---------- Forwarded message ----------\n${forwarded}\n\n${text}`);
			out.attachments.push(...sub.attachments);
			return;
		}
		for (const c of p.children) collect(c, out);
		return;
	}
	if (isAttachment(p)) {
		out.attachments.push({ name: p.filename || "unnamed", type: p.contentType, size: p.body.length });
		return;
	}
	if (p.contentType === "text/html") out.html.push(partText(p));
	else if (p.contentType.startsWith("text/")) out.plain.push(partText(p));
}

function summariseHeaders(h: Headers): string {
	return ["From", "Date", "Subject", "To"]
		.map((n) => [n, header(h, n)] as const)
		.filter(([, v]) => v !== "")
		.map(([n, v]) => `${n}: ${v}`)
		.join("\n");
}

/** Parses a whole message given as bytes or a binary string (one char per byte). */
export function parseEmail(input: Uint8Array | string): ParsedEmail {
	const raw = typeof input === "string" ? input : bytesToBinary(input);
	const root = parsePart(raw, 0);
	const bodies: Bodies = { plain: [], html: [], attachments: [] };
	collect(root, bodies);
	const h = root.headers;
	const dateText = header(h, "date");
	const date = dateText ? Date.parse(dateText.replace(/\s*\([^)]*\)\s*$/, "")) : NaN;
	const replyTo = header(h, "reply-to");
	let text = "";
	let textSource: ParsedEmail["textSource"] = "none";
	if (bodies.plain.length > 0) {
		text = bodies.plain.join("\n\n");
		textSource = "plain";
	} else if (bodies.html.length > 0) {
		text = bodies.html.map(htmlToText).join("\n\n");
		textSource = "html";
	}
	return {
		headers: h,
		from: parseAddress(header(h, "from")),
		replyTo: replyTo ? parseAddress(replyTo) : null,
		to: parseAddressList(header(h, "to")),
		cc: parseAddressList(header(h, "cc")),
		subject: header(h, "subject"),
		date: Number.isNaN(date) ? null : date,
		messageId: header(h, "message-id"),
		inReplyTo: header(h, "in-reply-to"),
		references: header(h, "references"),
		text: text.replace(/(?<![ \t])[ \t]+$/gm, "").trim(),
		textSource,
		attachments: bodies.attachments,
	};
}
