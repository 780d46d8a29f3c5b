// A list whose rows each name their thing with a long label before a colon ("Impresión de menús en papel algodón: 40
// pzas a $95 c/u", "Adaptación de la etiqueta para Rosado y Torrontés: 2 x USD 350"), and a stated total. The row's
// own label, closed by its colon, names the thing even at six to eight words, so every row is read and the total agrees;
// a total that does not agree is still asked about, and a quote request is no invoice.
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a long row label before a count of pieces at a price each", () => {
	it("is the row's thing, in several languages", () => {
		expectDraft("Hola Sam, mándame la factura porfa, en euros:\n\n- Diseño del menú: 900 €\n- Impresión de menús en papel algodón: 40 pzas a 9 € c/u\n\nSon 1.260 € en total.\nAna", "EUR", [["Diseño del menú", 1, "900.00"], ["Impresión de menús en papel algodón (pzas)", 40, "9.00"]]);
		expectDraft("Hi Sam, please send the invoice:\n\n- Logo design: $800\n- Printing of menus on cotton paper: 40 menus at $9 each\n\nThat's $1,160 in total.\nTom", "USD", [["Logo design", 1, "800.00"], ["Printing of menus on cotton paper", 40, "9.00"]]);
		expectDraft("Bonjour Sam, pouvez-vous m'envoyer la facture ?\n\n- Conception du menu : 900 €\n- Impression des menus sur papier coton épais : 40 menus à 9 € pièce\n\nTotal 1 260 €.\nMarie", "EUR", [["Conception du menu", 1, "900.00"], ["Impression des menus sur papier coton épais", 40, "9.00"]]);
	});
	it("a total the rows do not add up to is asked about", () => {
		expectClarify("Hola Sam, mándame la factura porfa, en euros:\n\n- Diseño del menú: 900 €\n- Impresión de menús en papel algodón: 40 pzas a 9 € c/u\n\nSon 1.300 € en total.\nAna", "1300");
	});
	it("a quote request with the same rows is no invoice", () => {
		expectNoDraft("Hola Sam, ¿me mandas un presupuesto?\n\n- Diseño del menú: 900 €\n- Impresión de menús en papel algodón: 40 pzas a 9 € c/u\n\nSon 1.260 € en total.\nAna");
	});
});

describe("a long row label with an \"and\" in it before a count times a price", () => {
	it("is the row's thing, in several languages", () => {
		expectDraft("Hola Sam! Mándame la factura en dólares (USD):\n\n- Diseño de etiqueta Malbec Reserva: USD 1.200\n- Adaptación de la etiqueta para Rosado y Torrontés: 2 x USD 350\n- Mockups 3D para la web: USD 180\n\nTotal USD 2.080.\nLucía", "USD", [["Diseño de etiqueta Malbec Reserva", 1, "1200.00"], ["Adaptación de la etiqueta para Rosado y Torrontés", 2, "350.00"], ["Mockups 3D para la web", 1, "180.00"]]);
		expectDraft("Olá Sam, pode mandar a fatura?\n\n- Design do rótulo Malbec: R$ 1.200\n- Adaptação do rótulo para Rosé e Branco: 2 x R$ 350\n\nTotal R$ 1.900.\nPaulo", "BRL", [["Design do rótulo Malbec", 1, "1200.00"], ["Adaptação do rótulo para Rosé e Branco", 2, "350.00"]]);
		expectDraft("Ciao Sam, mi mandi la fattura?\n\n- Design etichetta: 800 €\n- Adattamento dell'etichetta per Rosato e Bianco: 2 x 250 €\n\nTotale 1.300 €.\nGiulia", "EUR", [["Design etichetta", 1, "800.00"], ["Adattamento dell'etichetta per Rosato e Bianco", 2, "250.00"]]);
		expectDraft("Hoi Sam, stuur je de factuur?\n\n- Ontwerp etiket: € 800\n- Aanpassing etiket voor rosé en witte wijn: 2 x € 300\n\nTotaal € 1.400.\nPiet", "EUR", [["Ontwerp etiket", 1, "800.00"], ["Aanpassing etiket voor rosé en witte wijn", 2, "300.00"]]);
	});
	it("a total the rows do not add up to is asked about, never drafted", () => {
		expectClarify("Hola Sam! Mándame la factura en dólares (USD):\n\n- Diseño de etiqueta Malbec Reserva: USD 1.200\n- Adaptación de la etiqueta para Rosado y Torrontés: 2 x USD 350\n\nTotal USD 2.080.\nLucía", "2080");
		expectClarify("Ciao Sam, mi mandi la fattura?\n\n- Design etichetta: 800 €\n- Adattamento dell'etichetta per Rosato e Bianco: 2 x 250 € oppure 2 x 300 €, non ricordo\n\nTotale 1.300 €.\nGiulia", "1300");
	});
});
