// email.send: one email (or a reply in a Gmail thread) through the Gmail API, after approval; dry run records it only.
import * as z from "zod/mini";
import type { ActionContext, ActionHandler, ActionResult } from "../../core/executor/connector";
import type { SecretStore } from "../../core/ports";
import { GmailClient } from "./client";
import { composeEmail } from "./compose";
import type { GmailConfig } from "./config";
import { encodeBase64Url } from "./mime/bytes";
import type { GoogleAuth } from "./oauth";

const oneLine = z.string().check(z.refine((s) => !/[\r\n]/.test(s), "must be one line"));
const address = z.email("must be an email address");

export const sendEmailParams = z.object({
	to: z.array(address).check(z.minLength(1, "needs at least one recipient"), z.maxLength(20, "has more than 20 recipients")),
	cc: z.optional(z.array(address).check(z.maxLength(20, "has more than 20 recipients"))),
	subject: oneLine.check(z.minLength(1, "must not be empty"), z.maxLength(250, "is too long")),
	body: z.string().check(z.minLength(1, "must not be empty"), z.maxLength(100_000, "is too long")),
	/** The Gmail thread to reply in. */
	thread_id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a Gmail thread id"))),
	/** The RFC 822 Message-ID being answered, e.g. <abc@mail.example>. */
	in_reply_to: z.optional(oneLine.check(z.regex(/^<[^<>\s]+>$/, "must look like <id@host>"))),
});
export type SendEmailParams = z.infer<typeof sendEmailParams>;

export type GmailConfigSource = (secrets: SecretStore) => GmailConfig;

export function sendEmailHandler(getConfig: GmailConfigSource, auth: GoogleAuth): ActionHandler<SendEmailParams> {
	return {
		action: "email.send",
		params: sendEmailParams,

		describe(p) {
			const verb = p.thread_id ? "Reply in a Gmail thread" : "Send an email";
			return {
				summary: `${verb} to ${p.to.join(", ")}: "${p.subject}"`,
				lines: [
					{ label: "To", value: p.to.join(", ") },
					...(p.cc && p.cc.length > 0 ? [{ label: "Cc", value: p.cc.join(", ") }] : []),
					{ label: "Subject", value: p.subject },
					...(p.thread_id ? [{ label: "Thread", value: p.thread_id }] : []),
				],
				text: p.body,
			};
		},

		outgoingTexts: (p) => [p.subject, p.body],

		policyFacts(p) {
			return { kind: "email", counterparty: [...p.to, ...(p.cc ?? [])].join(", ") };
		},

		/** A contact is known when the owner has sent them mail before (searched in Gmail's Sent, read-only). */
		async isNewCounterparty(p, ctx) {
			const client = new GmailClient(getConfig(ctx.secrets), auth, (r) => ctx.read(r));
			for (const to of [...p.to, ...(p.cc ?? [])]) {
				const page = await client.listMessages(`in:sent to:${to}`, undefined, 1);
				if ((page.messages ?? []).length === 0) return true;
			}
			return false;
		},

		async execute(p, ctx: ActionContext): Promise<ActionResult> {
			const config = getConfig(ctx.secrets);
			const raw = encodeBase64Url(new TextEncoder().encode(composeEmail({ to: p.to, cc: p.cc, subject: p.subject, body: p.body, inReplyTo: p.in_reply_to })));
			const body = JSON.stringify({ raw, ...(p.thread_id ? { threadId: p.thread_id } : {}) });
			const simulate = () => ({ status: 200, headers: {}, text: JSON.stringify({ id: "dry-run", threadId: p.thread_id ?? "dry-run", labelIds: ["SENT"] }) });
			const client = new GmailClient(config, auth, (r) => ctx.read(r));
			const req = { url: client.url("messages/send"), method: "POST", headers: { "Content-Type": "application/json" }, body };
			// In dry run nothing is sent, so an unconnected mailbox can still be previewed.
			const res = ctx.dryRun && !config.refreshToken ? simulate() : await client.call(req, (r) => ctx.write(r, simulate));
			const sent = client.parseSent(res);
			return ctx.outcome({
				// Nothing was sent in a preview: no message id or link to report.
				preview: () => ({ summary: `Would ${p.thread_id ? "reply" : "send an email"} to ${p.to.join(", ")}: "${p.subject}"` }),
				done: () => ({
					summary: `${p.thread_id ? "Replied" : "Sent an email"} to ${p.to.join(", ")}: "${p.subject}"`,
					url: `https://mail.google.com/mail/u/0/#all/${sent.threadId ?? sent.id}`,
					fields: { message_id: sent.id, thread_id: sent.threadId ?? null },
				}),
			});
		},
	};
}
