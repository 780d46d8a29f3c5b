// A thing whose price the email says comes apart ("plus the packaging design, which we'll quote separately", "que
// cotizamos aparte", "à chiffrer à part"): whether it is on this invoice, and at what price, is asked — never the
// priced lines drafted alone. A thing on an invoice of its own ("billed separately") is not on this one and drafts.
import { describe, expect, it } from "vitest";
import { ALSO_ON_INVOICE, PRICED_APART, alsoOnInvoice, pricedApart } from "../../../src/connectors/gmail/invoice/priced-apart";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("the priced-apart rows read their own examples", () => {
	for (const r of PRICED_APART) {
		for (const t of r.examples.asks) it(`${r.lang} asks: ${t}`, () => expect(pricedApart(t)).not.toBeNull());
		for (const t of r.examples.ignores) it(`${r.lang} ignores: ${t}`, () => expect(pricedApart(t)).toBeNull());
	}
});

describe("a price that comes apart is asked about", () => {
	for (const t of [
		"Por favor factúranos el diseño del logotipo, 600 €, más el diseño del empaque, que cotizamos aparte.",
		"Please invoice the logo design at $600, plus the packaging design, which we'll quote separately.",
		"Please invoice the logo design at $600 and the icon set — that one is priced separately.",
		"Merci de facturer le logo, 600 €, ainsi que le design de l'emballage, à chiffrer à part.",
		"Bitte das Logo für 600 € abrechnen, dazu die Verpackung, für die ein separates Angebot folgt.",
		"Fatturaci il logo, 600 €, più il packaging, che quotiamo a parte.",
		"Graag een factuur voor het logo (€ 600) en de verpakking, waarvoor we een aparte offerte sturen.",
		"Please invoice the logo design at $600 and the printing, price still to be confirmed.",
		"Merci de facturer la brochure, 800 €, et l'impression, dont le prix reste à confirmer.",
		"Factúranos el folleto, 800 €, y la impresión, con el precio por confirmar.",
	]) it(t, () => expectClarify(t, "a price comes separately"));

	// Near misses: a thing on an invoice of its own, and "quote" as in citing a number.
	it("billed separately, and a PO to be quoted, still draft", () => {
		expectDraft("Please invoice the logo design at $600. The packaging design will be billed separately.", "USD", [["Logo design", 1, "600.00"]]);
		expectDraft("Por favor factúranos el logotipo, 600 €. El empaque lo facturamos aparte.", "EUR", [["Logotipo", 1, "600.00"]]);
	});
});

describe("one more thing said to go on the invoice, with no amount, is asked about", () => {
	for (const r of ALSO_ON_INVOICE) {
		for (const t of r.asks) it(`${r.lang} asks: ${t}`, () => expect(alsoOnInvoice(t, ["Menu redesign"])).not.toBeNull());
		for (const t of r.ignores) it(`${r.lang} ignores: ${t}`, () => expect(alsoOnInvoice(t, ["Menu redesign"])).toBeNull());
	}
	for (const t of [
		"Hallo Sam,\n\nbitte stell uns das Menü-Redesign in Rechnung, 450 €. Die Weinkarte, die du letzte Woche gemacht hast, gehört auch mit drauf.\n\nDana",
		"Hola Sam,\n\nFactúranos el rediseño del menú, 450 €. La carta de vinos de la semana pasada también va en la factura.\n\nDana",
		"Bonjour Sam,\n\nMerci de facturer la refonte du menu, 450 €. La carte des vins de la semaine dernière va aussi sur la facture.\n\nDana",
		"Olá Sam,\n\nPode faturar o redesenho do menu, 450 €? A carta de vinhos da semana passada também entra na fatura.\n\nDana",
		"Ciao Sam,\n\nfatturaci il restyling del menù, 450 €. Anche la carta dei vini della settimana scorsa va in fattura.\n\nDana",
		"Hoi Sam,\n\nGraag een factuur voor het nieuwe menu, € 450. De wijnkaart van vorige week mag er ook op.\n\nDana",
	]) it(t.split("\n")[2]!, () => expectClarify(t, "what else to invoice"));
	it("a near miss still drafts: the thing priced in the lines is named again", () => {
		expectDraft("Hola Sam,\n\nFactúranos el rediseño del menú, 450 €. El rediseño también va en la factura, claro.\n\nDana", "EUR", [["Rediseño del menú", 1, "450.00"]]);
	});
});
