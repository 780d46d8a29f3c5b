// The MailSource the Gmail watcher reads through: search, history, raw fetch and decode, over the Gmail client.
import type { HistoryChanges, MailMessage, MailSource } from "../../core/watchers/gmail-watcher";
import type { GmailClient } from "./client";
import { decodeBase64 } from "./mime/bytes";
import { toMailMessage } from "./message";

function checkAbort(signal: AbortSignal): void {
	if (signal.aborted) throw new Error("The Gmail poll was stopped.");
}

export function gmailMailSource(client: GmailClient): MailSource {
	return {
		async profile(signal) {
			checkAbort(signal);
			const p = await client.profile();
			return { email: p.emailAddress.toLowerCase(), historyId: p.historyId };
		},
		async search(query, signal) {
			const ids: string[] = [];
			let pageToken: string | undefined;
			do {
				checkAbort(signal);
				const page = await client.listMessages(query, pageToken);
				for (const m of page.messages ?? []) ids.push(m.id);
				pageToken = page.nextPageToken;
			} while (pageToken);
			return ids;
		},
		async changesSince(historyId, signal): Promise<HistoryChanges> {
			let pageToken: string | undefined;
			let changed = false;
			let latest = historyId;
			do {
				checkAbort(signal);
				const page = await client.history(historyId, pageToken);
				if (page === null) return { kind: "expired" };
				for (const h of page.history ?? []) if ((h.messagesAdded?.length ?? 0) > 0 || (h.labelsAdded?.length ?? 0) > 0) changed = true;
				latest = page.historyId;
				pageToken = page.nextPageToken;
			} while (pageToken);
			return { kind: "changes", historyId: latest, changed };
		},
		async fetch(id, signal): Promise<MailMessage> {
			checkAbort(signal);
			const m = await client.getRaw(id);
			const internal = m.internalDate ? Number(m.internalDate) : undefined;
			return toMailMessage(decodeBase64(m.raw), { id: m.id, threadId: m.threadId, labelIds: m.labelIds ?? [], internalDate: Number.isFinite(internal) ? internal : undefined });
		},
	};
}
