// A count written, then corrected or questioned later in the email ("you sent us 45 photos, not 40", "eigentlich waren
// es 45", "were the extra 5 free or do you charge for them?"): the first count is never drafted; which count the invoice
// holds is asked.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a count corrected or questioned later asks", () => {
	it("the later count denies the first, in seven languages", () => {
		expectClarify("Hi Sam,\n\nPlease invoice 40 edited photos at $35 each. Looking at the drive you sent us 45 photos, not 40.\n\nDana", "45 photos, not 40");
		expectClarify("Hallo, bitte stell mir in Rechnung:\n- Poster: 4 Stück à 50 €\nMoment, es waren 5 Poster, nicht 4.\n\nDana", "nicht 4");
		expectClarify("Hola Sam, te pido la factura:\n- Fotos: 40 fotos a 35 € c/u\n- Reel: 280 €\n\nAhh, veo que nos mandaste 45\nfotos, no 40.\n\nDana", "no 40");
		expectClarify("Olá Sam,\n\npreciso da fatura de 10 horas a 80 €. Opa, foram 12 horas, não 10.\n\nDana", "não 10");
		expectClarify("Bonjour, merci de m'envoyer la facture : 40 photos retouchées à 35 € l'unité. En fait c'était 45, pas 40.\n\nDana", "pas 40");
		expectClarify("Ciao Sam, mandami la fattura: 40 foto a 35 € l'una. In realtà erano 45, non 40.\n\nDana", "non 40");
		expectClarify("Hoi Sam, stuur je de factuur: 40 foto's à € 35. Eigenlijk waren het er 45, niet 40.\n\nDana", "niet 40");
	});
	it("the count told again as it really was, or whether extra things are billed asked back", () => {
		expectClarify("Hi Sam,\n\nInvoice please:\n  Item     Qty  Price\n  Photos   40   $35\n  Reel     1    $280\n\nActually there were 45 photos in the end.\n\nDana", "Actually there were 45");
		expectClarify("Hi Sam,\n\nPlease invoice the 20 retouched images at £15 each. You delivered 24 though, are the 4 extra included or billed?\n\nDana", "included or billed");
		expectClarify("Hola Sam, te pido la factura:\n- Fotos: 40 fotos a $35.000 c/u (CLP)\n\n¿Las 5 de la terraza eran de regalo o se cobran?\n\nDana", "de regalo o se cobran");
		expectClarify("Hallo Sam, bitte die Rechnung: 40 Fotos à 35 €. Sind die 5 extra gratis oder berechnest du die?\n\nDana", "gratis oder berechnest");
	});
	it("near misses still draft: an address, a count with no correction", () => {
		expectDraft("Ciao Sam,\n\nmi mandi la fattura del video, 900 €?\n\nMatteo\nVia Cantonale 8, 6900 Lugano\n091 555 27 14", "EUR", [["Video", 1, "900.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice 3 banners at $200 each, no rush on payment terms.\n\nDana", "USD", [["Banners", 3, "200.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the shoot, $800. Actually it was great working with you.\n\nDana", "USD", [["Shoot", 1, "800.00"]]);
	});
});
