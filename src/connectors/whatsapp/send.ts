// The `whatsapp.send` handler: a text reply in the 24-hour window or a template after it, through
// `POST /{phone-number-id}/messages` with the owner's token. A reply to a customer: the policy always asks.
import * as z from "zod/mini";
import type { ActionHandler, Connector } from "../../core/executor/connector";
import { graphHeaders, graphUrl } from "../facebook/graph";
import { jsonOf } from "../http-answer";
import { CategorizedError } from "../../core/util/errors";
import { SERVICE_WINDOW_MS, WHATSAPP_SECRETS, type WhatsappConfig } from "./config";
import { needsTemplate, notConnected, sendFailure } from "./errors";
import { whatsappSendParams, type WhatsappSendParams } from "./params";

const sent = z.object({ messages: z.array(z.object({ id: z.string() })).check(z.minLength(1, "has no message id")) });

function preview(s: string, max = 60): string {
	const one = s.replace(/\s+/g, " ").trim();
	return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function who(p: WhatsappSendParams): string {
	return p.contact_name ? `${p.contact_name} (+${p.to})` : `+${p.to}`;
}

/** The exact JSON body the Cloud API takes for this message. */
export function messageBody(p: WhatsappSendParams): Record<string, unknown> {
	const base: Record<string, unknown> = { messaging_product: "whatsapp", recipient_type: "individual", to: p.to };
	if (p.reply_to) base.context = { message_id: p.reply_to };
	if (p.template) {
		const components = p.template.parameters.length > 0 ? [{ type: "body", parameters: p.template.parameters.map((text) => ({ type: "text", text })) }] : [];
		return { ...base, type: "template", template: { name: p.template.name, language: { code: p.template.language }, ...(components.length ? { components } : {}) } };
	}
	return { ...base, type: "text", text: { body: p.text ?? "", preview_url: false } };
}

export function whatsappConnector(config: () => WhatsappConfig | null): Connector {
	const send: ActionHandler<WhatsappSendParams> = {
		action: "whatsapp.send",
		params: whatsappSendParams,
		describe(p) {
			const lines = [{ label: "To", value: who(p) }];
			if (p.template) lines.push({ label: "Template", value: `${p.template.name} (${p.template.language})${p.template.parameters.length ? `: ${p.template.parameters.join(" · ")}` : ""}` });
			if (p.reply_to) lines.push({ label: "In reply to", value: p.reply_to });
			if (p.customer_last_message_at) lines.push({ label: "Customer last wrote", value: p.customer_last_message_at });
			const summary = p.template ? `Send the WhatsApp template "${p.template.name}" to ${who(p)}` : `Reply on WhatsApp to ${who(p)}: "${preview(p.text ?? "")}"`;
			return { summary, lines, ...(p.text !== undefined ? { text: p.text } : {}) };
		},
		outgoingTexts: (p) => [p.text ?? "", ...(p.template?.parameters ?? [])].filter((t) => t !== ""),
		policyFacts: (p) => ({ kind: "dm", counterparty: who(p) }),
		async execute(p, ctx) {
			const cfg = config();
			if (!cfg) throw notConnected("no phone number id in the settings");
			const now = ctx.clock.now();
			// Checked before anything leaves: WhatsApp would refuse it (131047), and the card can say what to do instead.
			if (p.text !== undefined && p.customer_last_message_at && now - Date.parse(p.customer_last_message_at) > SERVICE_WINDOW_MS) {
				throw needsTemplate(`the customer last wrote at ${p.customer_last_message_at}, more than 24 hours ago`);
			}
			const token = ctx.secrets.get(WHATSAPP_SECRETS.token);
			if (!token && !ctx.dryRun) throw notConnected(`the secret ${WHATSAPP_SECRETS.token} is empty`);
			const url = graphUrl(cfg, `${cfg.phoneNumberId}/messages`);
			const headers = { ...graphHeaders(token ?? "", false), "content-type": "application/json" };
			const res = await ctx.write({ url, method: "POST", headers, body: JSON.stringify(messageBody(p)) }, () => ({
				status: 200,
				headers: { "content-type": "application/json" },
				text: JSON.stringify({ messaging_product: "whatsapp", contacts: [{ input: p.to, wa_id: p.to }], messages: [{ id: "(dry run: no message id)" }] }),
			}));
			if (res.status >= 400) throw sendFailure(res, ctx.clock.now());
			const answer = sent.safeParse(jsonOf(res));
			// The message went out (2xx) but the answer is odd: say so, never send again.
			if (!answer.success) throw new CategorizedError("system", `WhatsApp accepted the message but its answer has no message id (HTTP ${res.status})`, "Look at the chat in the WhatsApp Business app before sending anything again.");
			const id = answer.data.messages[0]!.id;
			const what = p.template ? `the template "${p.template.name}"` : "a reply";
			return ctx.outcome({
				preview: () => ({ summary: `Would send ${what} on WhatsApp to ${who(p)}`, fields: { to: p.to } }),
				done: () => ({ summary: `Sent ${what} on WhatsApp to ${who(p)}: message ${id}`, fields: { to: p.to, message_id: id } }),
			});
		},
	};
	return { id: "whatsapp", handlers: [send as ActionHandler<never>] };
}
