// One plain-text email to Sam from a customer, decided as the Gmail watcher decides it, and the assertions the invoice
// family tests share: the draft's currency and lines, the question's words, or no draft at all.
import { expect } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import type { InvoiceDecision } from "../../../src/core/watchers/gmail-watcher";

export const TODAY = "2026-11-26";

export function decide(text: string, subject = "Invoice"): InvoiceDecision {
	const raw = `From: Dana Whitfield <dana@acme.example>\r\nTo: owner@lumenpine.example\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text.replace(/\n/g, "\r\n")}`;
	const message = toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] });
	return decideInvoice(message, { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
}

export type Line = [description: string, quantity: number, price: string];

/** A draft in this currency with exactly these lines (description, quantity, unit price as the draft writes it). */
export function expectDraft(text: string, currency: string, lines: Line[]) {
	const d = decide(text);
	expect(d.kind, JSON.stringify(d)).toBe("draft");
	if (d.kind !== "draft") return;
	expect(d.params["currency"]).toBe(currency);
	expect((d.params["lines"] as { description: string; quantity: number; unit_price: string }[]).map((l) => [l.description, l.quantity, l.unit_price])).toEqual(lines);
}

/** One field of the draft this email must become ("due_date", "payment_terms", "reference", "customer"), or undefined
 * when the draft leaves it out. */
export function draftField(text: string, field: string): unknown {
	const d = decide(text);
	expect(d.kind, JSON.stringify(d)).toBe("draft");
	return d.kind === "draft" ? d.params[field] : undefined;
}

/** A question whose missing pieces name these words. */
export function expectClarify(text: string, words: string) {
	const d = decide(text);
	expect(d.kind, JSON.stringify(d)).toBe("clarify");
	if (d.kind === "clarify") expect(d.missing.join(" ")).toContain(words);
}

/** Never a draft: a question, or no invoice at all — but never a wrong amount or line. */
export function expectNoDraft(text: string) {
	const d = decide(text);
	expect(d.kind, JSON.stringify(d)).not.toBe("draft");
}
