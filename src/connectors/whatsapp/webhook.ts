// Meta's webhook for WhatsApp, without any server: the verification handshake, the delivery signature
// (HMAC-SHA256 of the raw body with the app secret, compared in constant time), and deliveries parsed with zod
// into the messages they carry. The runner's HTTP endpoint (src/node) is a thin shell around these.
import * as z from "zod/mini";
import { hmacHex, sameMac } from "../../core/requests/canonical";
import type { WhatsappMessage } from "../../core/watchers/whatsapp-notes";

export type HandshakeAnswer = { status: 200; body: string } | { status: 403 | 400; body: string };

/** `GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`: the challenge back when the token matches. */
export function answerHandshake(query: URLSearchParams, verifyToken: string | null): HandshakeAnswer {
	const mode = query.get("hub.mode");
	const token = query.get("hub.verify_token");
	const challenge = query.get("hub.challenge");
	if (mode !== "subscribe" || challenge === null) return { status: 400, body: "Expected hub.mode=subscribe with a hub.challenge." };
	if (!verifyToken || token === null || !sameMac(token, verifyToken)) return { status: 403, body: "The verify token does not match." };
	return { status: 200, body: challenge };
}

/** True when `header` is `sha256=<hex>` of the raw body keyed with the app secret. */
export async function validSignature(raw: string, header: string | undefined, appSecret: string): Promise<boolean> {
	const m = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? "");
	if (!m) return false;
	return sameMac((await hmacHex(appSecret, raw)).toLowerCase(), m[1]!.toLowerCase());
}

const media = z.object({ id: z.string(), mime_type: z.optional(z.string()), caption: z.optional(z.string()), filename: z.optional(z.string()) });
const inbound = z.object({
	from: z.string(),
	id: z.string(),
	timestamp: z.string().check(z.regex(/^\d+$/, "must be unix seconds")),
	type: z.string(),
	text: z.optional(z.object({ body: z.string() })),
	image: z.optional(media),
	document: z.optional(media),
	audio: z.optional(media),
	video: z.optional(media),
	sticker: z.optional(media),
	location: z.optional(z.object({ latitude: z.number(), longitude: z.number(), name: z.optional(z.string()), address: z.optional(z.string()) })),
	button: z.optional(z.object({ text: z.string() })),
	interactive: z.optional(z.unknown()),
	context: z.optional(z.object({ id: z.optional(z.string()), from: z.optional(z.string()) })),
});
const delivery = z.object({
	object: z.string(),
	entry: z.array(
		z.object({
			id: z.string(),
			changes: z.array(
				z.object({
					field: z.string(),
					value: z.object({
						metadata: z.optional(z.object({ display_phone_number: z.optional(z.string()), phone_number_id: z.optional(z.string()) })),
						contacts: z.optional(z.array(z.object({ wa_id: z.string(), profile: z.optional(z.object({ name: z.optional(z.string()) })) }))),
						messages: z.optional(z.array(inbound)),
						statuses: z.optional(z.array(z.unknown())),
					}),
				}),
			),
		}),
	),
});

/** A message as the vault keeps it (the core owns the shape; connectors may import the core, not the reverse). */
export type IncomingMessage = WhatsappMessage;

export type ParsedDelivery = { ok: true; messages: IncomingMessage[]; statuses: number } | { ok: false; error: string };

/** The messages a delivery carries; status updates (sent, delivered, read) are counted, not turned into notes. */
export function parseDelivery(raw: string): ParsedDelivery {
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { ok: false, error: "the body is not JSON" };
	}
	const r = delivery.safeParse(json);
	if (!r.success) return { ok: false, error: `unexpected shape at ${r.error.issues[0]?.path.join(".") ?? "?"}: ${r.error.issues[0]?.message ?? ""}` };
	if (r.data.object !== "whatsapp_business_account") return { ok: false, error: `object is "${r.data.object}", not whatsapp_business_account` };
	const messages: IncomingMessage[] = [];
	let statuses = 0;
	for (const e of r.data.entry) {
		for (const c of e.changes) {
			if (c.field !== "messages") continue;
			const v = c.value;
			statuses += v.statuses?.length ?? 0;
			for (const m of v.messages ?? []) {
				const contact = v.contacts?.find((x) => x.wa_id === m.from);
				const kinds = (["image", "document", "audio", "video", "sticker"] as const).filter((k) => m[k]);
				const text =
					m.text?.body ??
					m.button?.text ??
					(m.location ? `Location: ${m.location.name ?? ""} ${m.location.address ?? ""} (${m.location.latitude}, ${m.location.longitude})`.replace(/\s+/g, " ") : "") ??
					"";
				messages.push({
					id: m.id,
					from: m.from,
					name: contact?.profile?.name ?? null,
					at: new Date(Number(m.timestamp) * 1000).toISOString(),
					type: m.type,
					text: text || kinds.map((k) => m[k]?.caption ?? "").join(" ").trim(),
					media: kinds.map((k) => ({ kind: k, id: m[k]!.id, ...(m[k]!.caption ? { caption: m[k]!.caption } : {}), ...(m[k]!.filename ? { filename: m[k]!.filename } : {}) })),
					replyTo: m.context?.id ?? null,
					phoneNumberId: v.metadata?.phone_number_id ?? null,
				});
			}
		}
	}
	return { ok: true, messages, statuses };
}
