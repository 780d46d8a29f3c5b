// How blind-written requests put a second item beside the first — its price after a sign the quick count reader does
// not know ("₦120,000"), after a comma in a bullet, a flat word with no colon, "and"/"en"/"y" after the first item's
// price — and each must become the right draft, or a named question, never a wrong draft.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../../src/connectors/gmail/message";
import type { InvoiceDecision } from "../../../../src/core/watchers/gmail-watcher";

function decide(text: string): InvoiceDecision {
	const raw = `From: Dana Whitfield <dana@acme.example>\r\nTo: owner@lumenpine.example\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text.replace(/\n/g, "\r\n")}`;
	const message = toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] });
	return decideInvoice(message, { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });
}

type Line = [description: string, quantity: number, price: string];

function expectDraft(text: string, currency: string, lines: Line[]) {
	const d = decide(text);
	expect(d.kind, JSON.stringify(d)).toBe("draft");
	if (d.kind !== "draft") return;
	expect(d.params["currency"]).toBe(currency);
	expect((d.params["lines"] as { description: string; quantity: number; unit_price: string }[]).map((l) => [l.description, l.quantity, l.unit_price])).toEqual(lines);
}

describe("an amount's digits are never a count", () => {
	it("reads the naira, rupee and shilling amounts before 'and the …' as prices, not as how many of the next thing", () => {
		expectDraft("Kindly raise your invoice for the showroom banner design at ₦450,000 and the flyers at ₦120,000.", "NGN", [
			["Showroom banner design", 1, "450000.00"],
			["Flyers", 1, "120000.00"],
		]);
		expectDraft("Please invoice the poster at ₹ 4,500 and the 20 flyers at ₹ 30 each.", "INR", [
			["Poster", 1, "4500.00"],
			["Flyers", 20, "30.00"],
		]);
		expectDraft("Please invoice the mural at ₴12,000 and the sketches at ₴3,000.", "UAH", [
			["Mural", 1, "12000.00"],
			["Sketches", 1, "3000.00"],
		]);
	});
});
