// The WhatsApp Business settings (zod schema) and the secrets: the access token for sending, the app secret that signs
// webhook deliveries, and the verify token of the webhook handshake.
import * as z from "zod/mini";
import { GRAPH_API_VERSION, graphVersion } from "../facebook/config";

export const WHATSAPP_SECRETS = {
	token: "ai-employee-whatsapp-token",
	appSecret: "ai-employee-whatsapp-app-secret",
	verifyToken: "ai-employee-whatsapp-verify-token",
} as const;

export const whatsappConfigSchema = z.object({
	/** The sending number's id (WhatsApp Manager → Phone numbers, or the API setup page): not the phone number itself. */
	phoneNumberId: z.string().check(z.regex(/^\d{5,20}$/, "must be the phone number id (digits), not the phone number")),
	/** The WhatsApp Business Account id, for templates. */
	businessAccountId: z.optional(z.string().check(z.regex(/^\d{5,20}$/, "must be the WhatsApp Business Account id (digits)"))),
	/** The business number as customers see it, for cards. */
	displayNumber: z.optional(z.string()),
	apiVersion: z._default(graphVersion, GRAPH_API_VERSION),
	// No address setting: Meta's Graph host is built in, so no edit of the vault can send the token elsewhere.
});
export type WhatsappConfig = z.infer<typeof whatsappConfigSchema>;

/** Free-form messages are allowed only this long after the customer's last message; after that, templates only. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;
