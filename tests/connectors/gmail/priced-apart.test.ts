// A thing whose price the email says comes apart ("plus the packaging design, which we'll quote separately", "que
// cotizamos aparte", "à chiffrer à part"): whether it is on this invoice, and at what price, is asked — never the
// priced lines drafted alone. A thing on an invoice of its own ("billed separately") is not on this one and drafts.
import { describe, expect, it } from "vitest";
import { PRICED_APART, pricedApart } from "../../../src/connectors/gmail/invoice/priced-apart";
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
