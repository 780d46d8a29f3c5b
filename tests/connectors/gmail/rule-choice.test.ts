// Which rule names an email that asks for no invoice: a hard-wrapped "don't send the\ninvoice yet" waits, a quote
// request that speaks of invoicing later asks for a quote (not a wait), and a payment reported with what was paid in
// brackets is a receipt.
import { describe, expect, it } from "vitest";
import { decide } from "./invoice-mail";

const rule = (text: string, subject = "Invoice") => {
	const d = decide(text, subject);
	return d.kind === "none" ? d.rule : d.kind;
};

describe("a wait written across a line break", () => {
	it("waits", () => {
		expect(rule("Hi Sam,\n\nThe photos are lovely. Please don't send the\ninvoice yet - our budget only opens in January.\n\nAma")).toBe("wait");
		expect(rule("Hi Sam,\n\nGreat work on the banners. Please do not send us the\ninvoice until our PO is approved.\n\nDana")).toBe("wait");
		expect(rule("Hi Sam,\n\nThanks for the mockups! No need to rush the\ninvoice, we will send a PO next week first.\n\nDana")).not.toBe("draft");
	});
	it("a paragraph break keeps a later request apart", () => {
		expect(rule("Hi Sam,\n\nWe don't mind the wait.\n\nInvoice us for the logo, $500.\n\nDana")).toBe("draft");
	});
});

describe("a quote request that invoices later", () => {
	it("is a quote", () => {
		expect(rule("Hi Sam,\n\nCould you send us a quote for 6 product photos and a banner? Once we agree on the price you can invoice us in the new year.\n\nDana", "Quote request")).toBe("quote");
		expect(rule("Hi Sam,\n\nWe'd love an estimate for a 4-page flyer. If the price works, invoice us in January.\n\nDana", "Flyer")).toBe("quote");
	});
	it("a plain wait with no quote still waits", () => {
		expect(rule("Hi Sam,\n\nThe flyer is great. Please invoice us only in the new year.\n\nDana", "Flyer")).toBe("wait");
	});
});

describe("a payment made, what was paid in brackets", () => {
	it("is a receipt", () => {
		expect(rule("Dag Sam,\n\nIk heb daarnet factuur LP-2026-102 (€ 480,00 voor de flyers en de 2 banners) betaald via overschrijving.\n\nGroeten,\nDana", "Betaling")).toBe("receipt");
		expect(rule("Hoi Sam,\n\nWe hebben factuur 2026-41 (het logo, € 650) vandaag overgemaakt.\n\nDana", "Factuur 2026-41")).toBe("receipt");
	});
	it("a request with brackets is no receipt", () => {
		expect(rule("Hoi Sam,\n\nIk heb de foto's (12 stuks) goed ontvangen. Kun je de factuur sturen: 12 foto's à € 45? Dan wordt die meteen betaald.\n\nDana", "Factuur")).not.toBe("receipt");
	});
});
