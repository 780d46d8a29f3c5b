// The `params` of `whatsapp.send`: a text reply inside the 24-hour customer-service window, or an approved template.
import * as z from "zod/mini";

const waId = z.string().check(z.regex(/^\d{6,20}$/, "must be the customer's WhatsApp number in international form, digits only (e.g. 4915112345678)"));
const instant = z.string().check(z.refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), "must be a date and time such as 2026-12-03T09:30:00Z"));

export const whatsappSendParams = z
	.object({
		/** The customer's WhatsApp id (their number, digits only). */
		to: waId,
		/** The customer's name as the conversation shows it, for the card. */
		contact_name: z.optional(z.string().check(z.maxLength(200, "is too long"))),
		/** A free-form text reply (only inside the 24-hour window). */
		text: z.optional(z.string().check(z.refine((s) => s.trim() !== "", "is empty; write the reply"), z.maxLength(4096, "is longer than WhatsApp's 4,096 characters"))),
		/** The message this answers (`wamid.…`), shown as a quoted reply in the chat. */
		reply_to: z.optional(z.string().check(z.regex(/^wamid\.[A-Za-z0-9_=+/-]{4,}$/, "must be a WhatsApp message id starting with wamid."))),
		/** When the customer last wrote: the 24-hour window for free-form text counts from here. */
		customer_last_message_at: z.optional(instant),
		/** An approved message template, for when the window has closed. */
		template: z.optional(
			z.object({
				name: z.string().check(z.regex(/^[a-z0-9_]{1,512}$/, "must be the template's name as approved (lowercase letters, digits, underscores)")),
				language: z._default(z.string().check(z.regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, "must be a language code such as en_US or de")), "en_US"),
				/** The body's {{1}}, {{2}}… in order. */
				parameters: z._default(z.array(z.string().check(z.maxLength(1024, "is too long"))), []),
			}),
		),
		/** The WhatsApp note in Needs_Action this answers, for the plan. */
		conversation: z.optional(z.string()),
	})
	.check(
		z.superRefine((p, ctx) => {
			if ((p.text === undefined) === (p.template === undefined)) {
				ctx.addIssue({ code: "custom", message: "give exactly one of text (a reply inside the 24-hour window) or template (an approved template)", path: ["text"], input: p });
			}
		}),
	);
export type WhatsappSendParams = z.infer<typeof whatsappSendParams>;
