// A WhatsApp reply request drafted from a WhatsApp note: who to answer, the message it quotes, when the customer wrote
// (so the 24-hour window is checked before sending) and the note it answers (so the conversation's plan tracks it).
import type { NewRequest } from "../requests/create-request";

export type ReplyDraft = { ok: true; request: NewRequest } | { ok: false; reason: string };

function str(v: unknown): string | null {
	if (v instanceof Date) return v.toISOString();
	return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

/** The request for a reply with `text` to the WhatsApp note at `notePath` (its frontmatter `data`). */
export function whatsappReplyDraft(notePath: string, data: Record<string, unknown>, text: string): ReplyDraft {
	if (data.type !== "whatsapp") return { ok: false, reason: "This note is not a WhatsApp message (its type is not whatsapp)." };
	const from = str(data.from) ?? (typeof data.from === "number" ? String(data.from) : null);
	if (!from || !/^\d{6,20}$/.test(from)) return { ok: false, reason: "The note has no sender number (from) to answer." };
	if (text.trim() === "") return { ok: false, reason: "Write the reply first." };
	const name = str(data.from_name);
	const messageId = str(data.message_id);
	const received = str(data.received);
	return {
		ok: true,
		request: {
			action: "whatsapp.send",
			params: {
				to: from,
				...(name ? { contact_name: name } : {}),
				text,
				...(messageId && messageId.startsWith("wamid.") ? { reply_to: messageId } : {}),
				...(received ? { customer_last_message_at: received } : {}),
				conversation: notePath,
			},
			requestedBy: "owner",
			origin: "plugin:command",
			title: `WhatsApp reply to ${name ?? `+${from}`}`,
			body: `Drafted with the Draft a WhatsApp reply command, answering [[${notePath}]].`,
			source: notePath,
		},
	};
}
