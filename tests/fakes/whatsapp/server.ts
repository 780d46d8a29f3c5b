// A loopback WhatsApp Business Cloud API: `POST /{version}/{phone-number-id}/messages` with Meta's answer and error
// shapes (190 token, 131047 re-engagement outside the 24-hour window, 132001 unknown template, 130429 throughput),
// and `GET /{version}/{waba-id}/message_templates`. Plus Meta's side of the webhook: signed deliveries, retries, replays.
import { createHmac } from "node:crypto";
import { json, startLoopback, type Answer, type Loopback } from "../meta/loopback";

export interface WhatsappFake extends Loopback {
	phoneNumberId: string;
	wabaId: string;
	token: string;
	/** Approved templates by name → languages. */
	templates: Map<string, string[]>;
	/** When each customer (wa_id) last wrote: free-form text is refused 24 hours after. */
	lastInbound: Map<string, number>;
	/** Messages accepted, in order. */
	sent: { id: string; to: string; body: Record<string, unknown> }[];
	/** The next send answers with this fault. */
	fail(fault: "expired-token" | "rate-limit" | "server-error"): void;
	now: () => number;
}

function graphError(status: number, message: string, code: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Answer {
	return json(status, { error: { message, type: code === 190 ? "OAuthException" : "OAuthException", code, ...extra, fbtrace_id: "AWa1b2c3d4" } }, headers);
}

let n = 0;

export async function startWhatsappFake(opts: { now?: () => number } = {}): Promise<WhatsappFake> {
	const now = opts.now ?? Date.now;
	let fault: "expired-token" | "rate-limit" | "server-error" | null = null;
	const fake = {
		phoneNumberId: "106540352242922",
		wabaId: "102290129340398",
		token: "EAAwhatsapp-system-user-token",
		templates: new Map([["order_update", ["en_US", "de"]]]),
		lastInbound: new Map<string, number>(),
		sent: [] as WhatsappFake["sent"],
		fail: (f: typeof fault) => void (fault = f),
		now,
	};
	const route = (r: { method: string; path: string; headers: Record<string, string>; body: string }): Answer => {
		if (r.headers.authorization !== `Bearer ${fake.token}`) return graphError(401, "Error validating access token: Session has expired.", 190, { error_subcode: 463 });
		if (r.method === "GET" && r.path.endsWith(`/${fake.phoneNumberId}`)) {
			return json(200, { id: fake.phoneNumberId, display_phone_number: "+1 555-012-3456", verified_name: "Harbor Yoga", quality_rating: "GREEN" });
		}
		const m = /^\/v\d+\.\d+\/(\d+)\/(messages|message_templates)$/.exec(r.path);
		if (!m) return graphError(400, "Unsupported get request. Object with ID does not exist", 100, { error_subcode: 33 });
		if (m[2] === "message_templates") {
			if (r.method !== "GET" || m[1] !== fake.wabaId) return graphError(400, "Unsupported request", 100);
			return json(200, { data: [...fake.templates].flatMap(([name, langs]) => langs.map((language) => ({ name, language, status: "APPROVED", category: "UTILITY" }))) });
		}
		if (r.method !== "POST" || m[1] !== fake.phoneNumberId) return graphError(400, "Unsupported post request.", 100);
		if (!/application\/json/.test(r.headers["content-type"] ?? "")) return graphError(400, "(#100) Param messaging_product is required", 100);
		const f = fault;
		fault = null;
		if (f === "expired-token") return graphError(401, "Error validating access token: Session has expired.", 190, { error_subcode: 463 });
		if (f === "rate-limit") return graphError(400, "(#130429) Rate limit hit", 130429, {}, { "x-business-use-case-usage": "{}" });
		if (f === "server-error") return json(500, { error: { message: "An unknown error occurred", type: "OAuthException", code: 1, is_transient: true, fbtrace_id: "x" } });
		let body: Record<string, unknown>;
		try {
			body = JSON.parse(r.body) as Record<string, unknown>;
		} catch {
			return graphError(400, "(#100) Invalid parameter", 100);
		}
		const to = typeof body.to === "string" ? body.to : "";
		if (body.messaging_product !== "whatsapp" || !/^\d+$/.test(to)) return graphError(400, "(#100) Invalid parameter", 100);
		if (body.type === "text") {
			const last = fake.lastInbound.get(to);
			if (last === undefined || now() - last > 24 * 3600_000) {
				return graphError(400, "(#131047) Re-engagement message", 131047, { error_data: { messaging_product: "whatsapp", details: "Message failed to send because more than 24 hours have passed since the customer last replied to this number." } });
			}
		} else if (body.type === "template") {
			const t = body.template as { name?: string; language?: { code?: string } };
			if (!fake.templates.get(t.name ?? "")?.includes(t.language?.code ?? "")) return graphError(404, "(#132001) Template name does not exist in the translation", 132001);
		} else return graphError(400, "(#100) Invalid parameter", 100);
		const id = `wamid.HBgLMTU1NTAxMjM0NTYVAgARGBI${String(++n).padStart(6, "0")}AA==`;
		fake.sent.push({ id, to, body });
		return json(200, { messaging_product: "whatsapp", contacts: [{ input: to, wa_id: to }], messages: [{ id }] });
	};
	const loop = await startLoopback(route);
	return Object.assign(loop, fake);
}

/** A message delivery as Meta posts it. */
export function deliveryBody(msgs: { id: string; from: string; name?: string; text?: string; at?: number; type?: string; image?: { id: string; caption?: string } }[], phoneNumberId = "106540352242922"): string {
	return JSON.stringify({
		object: "whatsapp_business_account",
		entry: [
			{
				id: "102290129340398",
				changes: [
					{
						field: "messages",
						value: {
							messaging_product: "whatsapp",
							metadata: { display_phone_number: "15550123456", phone_number_id: phoneNumberId },
							contacts: msgs.map((m) => ({ profile: { name: m.name ?? "Customer" }, wa_id: m.from })),
							messages: msgs.map((m) => ({
								from: m.from,
								id: m.id,
								timestamp: String(Math.floor((m.at ?? Date.now()) / 1000)),
								type: m.type ?? (m.image ? "image" : "text"),
								...(m.text !== undefined ? { text: { body: m.text } } : {}),
								...(m.image ? { image: { id: m.image.id, mime_type: "image/jpeg", sha256: "abc", ...(m.image.caption ? { caption: m.image.caption } : {}) } } : {}),
							})),
						},
					},
				],
			},
		],
	});
}

/** Posts a delivery the way Meta does: the raw body signed with the app secret (or a forged signature). */
export async function deliver(url: string, body: string, appSecret: string, opts: { signature?: string } = {}): Promise<{ status: number; text: string }> {
	const signature = opts.signature ?? `sha256=${createHmac("sha256", appSecret).update(body, "utf8").digest("hex")}`;
	const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signature }, body });
	return { status: res.status, text: await res.text() };
}
