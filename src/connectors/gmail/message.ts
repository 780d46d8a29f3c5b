// Turns a raw RFC 822 message (from Gmail or an .eml file) into the MailMessage the watcher writes a note from.
import type { MailMessage } from "../../core/watchers/gmail-watcher";
import { formatAddress } from "./mime/headers";
import { parseEmail } from "./mime/parse";
import { splitQuoted } from "./mime/quoted";

export interface RawMeta {
	id: string;
	threadId: string;
	labelIds: string[];
	/** ms; when absent the Date header is used. */
	internalDate?: number;
}

function priorityOf(labelIds: string[], importance: string, xPriority: string): MailMessage["priority"] {
	if (labelIds.includes("IMPORTANT") || /^high$/i.test(importance) || /^[12]\b/.test(xPriority)) return "high";
	if (/^low$/i.test(importance) || /^[45]\b/.test(xPriority)) return "low";
	return "normal";
}

export function toMailMessage(raw: Uint8Array | string, meta: RawMeta): MailMessage {
	const e = parseEmail(raw);
	const { fresh, quoted } = splitQuoted(e.text);
	const h = (n: string) => e.headers.get(n)?.[0] ?? "";
	return {
		id: meta.id,
		threadId: meta.threadId,
		labelIds: meta.labelIds,
		internalDate: meta.internalDate ?? e.date ?? 0,
		from: formatAddress(e.from),
		fromName: e.from.name,
		fromEmail: e.from.email,
		replyToEmail: e.replyTo?.email ?? null,
		to: e.to.map(formatAddress).join(", "),
		cc: e.cc.map(formatAddress).join(", "),
		subject: e.subject,
		rfcMessageId: e.messageId,
		priority: priorityOf(meta.labelIds, h("importance"), h("x-priority")),
		bulk: e.headers.has("list-unsubscribe") || /^(bulk|list|junk)$/i.test(h("precedence").trim()),
		text: fresh,
		quoted,
		attachments: e.attachments,
	};
}
