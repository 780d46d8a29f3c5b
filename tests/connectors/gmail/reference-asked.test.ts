// Where the customer plainly states or asks for their order number and none can be read ("Our PO is in the attached
// PDF", "Please quote our purchase order number", "Bitte geben Sie unsere Bestellnummer an"), a draft without it would
// be refused by their accounts: which number is asked, never left out. A number still to come, or none needed, asks
// nothing ("PO to follow", "once I have it", "no PO needed").
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft } from "./invoice-mail";

describe("an order number asked for but not read", () => {
	it("is asked about, in several languages", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the logo, $600. Our PO number is in the attached PDF.\n\nThanks,\nDana", "which order number or reference");
		expectClarify("Hi Sam,\n\nPlease invoice the logo, $600, and quote our purchase order number on it.\n\nThanks,\nDana", "which order number or reference");
		expectClarify("Hallo Sam,\n\nbitte stell uns das Logo in Rechnung, 600 €. Bitte geben Sie unsere Bestellnummer an.\n\nGrüße\nDana", "which order number or reference");
		expectClarify("Bonjour Sam,\n\nMerci de nous facturer le logo, 600 €, et d'indiquer notre numéro de commande.\n\nCordialement,\nDana", "which order number or reference");
		expectClarify("Hola Sam:\n\n¿Nos haces la factura del logo? 600 €. Por favor incluya nuestra orden de compra.\n\nSaludos,\nDana", "which order number or reference");
	});

	it("is read when written, and asks nothing when it is still to come or not needed", () => {
		const d = decide("Hi Sam,\n\nPlease invoice the logo, $600. Our PO number is 4471-KL.\n\nThanks,\nDana");
		expect(d.kind === "draft" ? d.params["reference"] : d).toBe("4471-KL");
		expectDraft("Hi Sam,\n\nPlease invoice the logo, $600. I'll add our PO number once I have it.\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the logo, $600. No PO needed for this one.\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the logo, $600. Our PO box is on the letterhead.\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"]]);
	});
});

describe("a reference the draft once left out", () => {
	// Found by probing after round 12: both drafted the logo with no reference at all.
	it("'reference job #2231' and 'notre référence client C-0457' are quoted on the draft", () => {
		const en = decide("Hi Sam,\n\nPlease invoice the logo, $500. Please reference job #2231 on the invoice.\n\nDana");
		expect(en.kind === "draft" ? en.params["reference"] : en).toBe("2231");
		const fr = decide("Bonjour Sam,\n\nMerci de facturer le logo, 500 €, en indiquant notre référence client C-0457.\n\nDana");
		expect(fr.kind === "draft" ? fr.params["reference"] : fr).toBe("C-0457");
	});
});
