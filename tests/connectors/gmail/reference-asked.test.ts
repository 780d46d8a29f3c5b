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

describe("the number of the customer's order, asked for with a possessive between", () => {
	// Round 15: "coloque o número do nosso pedido de compra na fatura: PC-2026-118" drafted without it. Where the number
	// cannot be read, the sentence that asks for it is asked about; where it can, it is quoted.
	it("is asked about when no number can be read", () => {
		expectClarify("Olá Sam,\n\nPode mandar a fatura do logo, R$ 900,00? Coloque o número do nosso pedido de compra, por favor.\n\nAbraço\nDana", "which order number or reference");
		expectClarify("Hi Sam,\n\nPlease invoice the logo, $600, and put the number of our purchase order on it.\n\nThanks,\nDana", "which order number or reference");
		expectClarify("Bonjour Sam,\n\nMerci de nous facturer le logo, 600 €, avec le numéro de notre bon de commande.\n\nCordialement,\nDana", "which order number or reference");
		expectClarify("Hallo Sam,\n\nbitte stell uns das Logo in Rechnung, 600 €, und gib die Nummer unserer Bestellung an.\n\nGrüße\nDana", "which order number or reference");
		expectClarify("Hallo Sam,\n\nbitte stellen Sie uns das Logo in Rechnung, 600 €. Bitte geben Sie die Nummer unseres Auftrags an.\n\nGrüße\nDana", "which order number or reference");
	});
	it("is quoted when written after where it goes", () => {
		const pt = decide("Olá Sam,\n\nPode mandar a fatura do logo, R$ 900,00? Coloque o número do nosso pedido de compra na fatura: PX-2026-41.\n\nAbraço\nDana");
		expect(pt.kind === "draft" ? pt.params["reference"] : pt).toBe("PX-2026-41");
		const en = decide("Hi Sam,\n\nPlease invoice the logo, $600. Our purchase order, to be quoted on the invoice, is MC-2026-044.\n\nThanks,\nDana");
		expect(en.kind === "draft" ? en.params["reference"] : en).toBe("MC-2026-044");
	});
	it("near miss: the number of something else asks nothing", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the logo, $600. The number of our staff has doubled since the rebrand!\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"]]);
	});
});
