// What the window and the invoice reader's worker say to each other: one email in, one decision (or error) out.
import type { InvoiceContext, InvoiceDecision, MailMessage } from "../../core/watchers/gmail-watcher";

export interface ReaderRequest {
	id: number;
	message: MailMessage;
	context: InvoiceContext;
}

export type ReaderReply = { id: number; decision: InvoiceDecision } | { id: number; error: string };
