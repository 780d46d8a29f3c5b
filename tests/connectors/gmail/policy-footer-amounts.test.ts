// A sentence of a payment policy, a footer or a legal notice that holds an amount ("invoices under GH₵ 15,000 are
// payable on receipt", "SARL au capital de 10 000 €") is never a line of the invoice, and does not stop a right draft.
// A limit over which a purchase order is needed is still asked about: whether this invoice needs one is for the owner.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("amounts in policy sentences and footers are no lines", () => {
	it("drafts the lines and leaves a payment policy's limit out, in several languages", () => {
		expectDraft("Dear Sam,\n\nPlease raise an invoice for the annual report layout, $2,400.\n\nAs per our finance policy, invoices under $5,000 are paid within 7 days.\n\nRegards,\nDana", "USD", [["Annual report layout", 1, "2400.00"]]);
		expectDraft("Hi Sam,\n\nCould you invoice us for the 3 posters at €150 each? Just so you know, any invoice over €1,000 is paid in 45 days, this one will go out straight away.\n\nThanks,\nDana", "EUR", [["Posters", 3, "150.00"]]);
		expectDraft("Hallo Sam,\n\nbitte schick uns die Rechnung für das Logo, 800 €. Rechnungen unter 2.000 € zahlen wir sofort.\n\nGrüße\nDana", "EUR", [["Logo", 1, "800.00"]]);
		expectDraft("Bonjour Sam,\n\nPeux-tu nous envoyer la facture pour la brochure, 1 200 € ? Les factures de moins de 5 000 € sont réglées à réception.\n\nCordialement,\nDana", "EUR", [["Brochure", 1, "1200.00"]]);
	});

	it("leaves a firm's share capital and a legal recovery fee in the footer out", () => {
		expectDraft("Bonjour Sam,\n\nMerci de nous facturer la refonte du logo, 900 €.\n\nCordialement,\nDana\nAcme SARL au capital de 10 000 € – RCS Lyon 812 345 678\nEn cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement de 40 €.", "EUR", [["Refonte du logo", 1, "900.00"]]);
		expectDraft("Hallo Sam,\n\nbitte stell uns die Broschüre in Rechnung: 1.500 €.\n\nViele Grüße\nDana\nMuster GmbH · Stammkapital 25.000 EUR · HRB 12345", "EUR", [["Broschüre", 1, "1500.00"]]);
	});

	it("still asks when a limit says a purchase order is needed", () => {
		expectClarify("Please invoice us for the menu design, $450.\n\nDana Fox\nFox Diner Ltd\nInvoices to: ap@foxdiner.example | Orders over $500 need a PO", "$500");
		expectClarify("Hi Sam,\n\nPlease invoice the brochure, $800.\n\nNote: any invoice over $600 needs a purchase order number.\n\nThanks,\nDana", "$600");
		// Asked about, and never a line of its own ("Above", $10,000).
		expectClarify("Please invoice us for the logo, $600.\n\nDana\nPer our AP policy, any invoice above $10,000 must be approved by the CFO.", "$10,000");
	});
});
