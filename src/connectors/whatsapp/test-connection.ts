// "Test connection" for WhatsApp: reads the sending number with the stored token and names it, or says why not.
import * as z from "zod/mini";
import type { HttpClient, SecretStore } from "../../core/ports";
import { CategorizedError, messageOf } from "../../core/util/errors";
import { graphHeaders, graphUrl } from "../facebook/graph";
import { jsonOf } from "../http-answer";
import { WHATSAPP_SECRETS, type WhatsappConfig } from "./config";
import { notConnected, sendFailure } from "./errors";

const phone = z.object({ id: z.string(), display_phone_number: z.string(), verified_name: z.optional(z.string()), quality_rating: z.optional(z.string()) });

export type WhatsappConnection = { ok: true; number: string; name: string | null; quality: string | null } | { ok: false; reason: string; suggestion: string };

export async function testWhatsappConnection(http: HttpClient, config: WhatsappConfig, secrets: SecretStore, now = Date.now()): Promise<WhatsappConnection> {
	try {
		const token = secrets.get(WHATSAPP_SECRETS.token);
		if (!token) throw notConnected(`the secret ${WHATSAPP_SECRETS.token} is empty`);
		const url = graphUrl(config, config.phoneNumberId, { fields: "id,display_phone_number,verified_name,quality_rating" });
		const res = await http.request({ url, headers: graphHeaders(token, false), timeoutMs: 20_000 });
		if (res.status >= 400) throw sendFailure(res, now);
		const p = phone.safeParse(jsonOf(res));
		if (!p.success) throw new CategorizedError("system", `WhatsApp's answer about phone number ${config.phoneNumberId} is not what the Cloud API sends`, "Check the phone number id and the Graph address in the settings.");
		return { ok: true, number: p.data.display_phone_number, name: p.data.verified_name ?? null, quality: p.data.quality_rating ?? null };
	} catch (err) {
		if (err instanceof CategorizedError) return { ok: false, reason: err.message, suggestion: err.suggestion };
		return { ok: false, reason: `Could not reach WhatsApp: ${messageOf(err)}`, suggestion: "Check the network and the Graph address, then test again." };
	}
}
