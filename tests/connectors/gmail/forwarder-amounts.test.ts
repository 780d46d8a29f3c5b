// A colleague's email forwarded from within the customer's firm that writes no amount, with the forwarder's own note
// above it giving them ("The layout was 1.5k as quoted, plus 3 hours at $95/h (all AUD)"): the note's amounts are the
// lines, the forwarded email gives the terms and the order number. A currency stated for all amounts ("(all AUD)")
// carries to a plain price in its sentence; without it, the plain price is asked about.
import { describe, expect, it } from "vitest";
import { decide, expectDraft, expectNoDraft } from "./invoice-mail";

const forward = (note: string, body: string) =>
	`${note}\n\n---------- Forwarded message ---------\nFrom: Priya Natarajan <priya@acme.example>\nDate: Thu, 19 Nov 2026 at 17:40\nSubject: Brochure invoice\nTo: Dana Whitfield <dana@acme.example>\n\n${body}`;

describe("the forwarder's note gives the amounts", () => {
	it("reads the note's lines, the forwarded email's terms", () => {
		const d = decide(forward("Hi Sam,\n\nSee below from our CFO. Could you invoice us for the brochure? The brochure design was $2,400 as quoted, plus 4 hours of edits at $90/h.\n\nThanks,\nDana", "Dana, please ask the designer for an invoice for the brochure. Our terms are net 30.\n\nPriya"), "Fwd: Brochure invoice");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") {
			expect(d.params["lines"]).toEqual([
				{ description: "Brochure design", quantity: 1, unit_price: "2400.00" },
				{ description: "Edits (hours)", quantity: 4, unit_price: "90.00" },
			]);
			expect(d.params["payment_terms"]).toBe("30 Days");
		}
	});
	it("the things, how many they were and the price each, in the note", () => {
		const d = decide(forward("Hi Sam — see below from Priya. Can you send the invoice over to me?\n\nFor our records: the poster design was $900.00, and the flyers were 3 at $60 each.\n\nThanks,\nDana\nRiverside Community Foundation", "Dana, please get the invoice from Sam and pay it.\n\nPriya"), "Fwd: Posters");
		expect(d.kind === "draft" ? [d.params["customer"], d.params["lines"]] : d).toEqual([
			{ name: "Dana Whitfield", email: "dana@acme.example", company: "Riverside Community Foundation" },
			[
				{ description: "Poster design", quantity: 1, unit_price: "900.00" },
				{ description: "Flyers", quantity: 3, unit_price: "60.00" },
			],
		]);
	});
	it("a plain price in a sentence that states the currency for all", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us: the catalogue layout was 1.2k as quoted, plus 2 hours of changes at $80/h (all AUD).\n\nDana", "AUD", [["Catalogue layout", 1, "1200.00"], ["Changes (hours)", 2, "80.00"]]);
	});
	it("a plain price with no currency stated for it is asked about", () => {
		expectNoDraft("Hi Sam,\n\nPlease invoice us: the catalogue layout was 1.2k as quoted, plus 2 hours of changes at $80/h.\n\nDana");
	});
});
