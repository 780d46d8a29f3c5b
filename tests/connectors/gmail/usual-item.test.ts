// The earlier invoice's things asked for beside priced ones ("…, and the usual", "come l'ultima volta, più le brochure"):
// the email writes neither those things nor their amounts, so the reader asks instead of drafting the priced lines alone.
import { describe, expect, it } from "vitest";
import { USUAL_ITEMS, usualThing } from "../../../src/connectors/gmail/invoice/usual-item";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("the usual-item rows read their own examples", () => {
	for (const r of USUAL_ITEMS) {
		for (const [text, quoted] of r.examples) it(`${r.lang}: ${text}`, () => expect(usualThing(text)).toBe(quoted));
		for (const text of r.ignores) it(`${r.lang} ignores: ${text}`, () => expect(usualThing(text)).toBeNull());
	}
});

describe("the earlier things beside priced ones make a question, in any language", () => {
	it("joined by 'and' or 'plus' after or before the priced things", () => {
		expectClarify("Hi Sam,\n\nPlease invoice: 2 posters at $80 each, the flyers at $60, and the usual.\n\nThanks, Dana", "the usual");
		expectClarify("Bonjour Sam,\n\nPouvez-vous nous facturer la même chose que la dernière fois, plus le logo à 200 € ?\n\nDana", "la même chose que la dernière fois");
		expectClarify("Ciao Sam,\n\nfatturaci come l'ultima volta, più le brochure a 180 €.\n\nGrazie", "come l'ultima volta");
		expectClarify("Hoi Sam,\n\nFactureer ons zoals vorige keer, plus de banner à € 95.\n\nGroet", "zoals vorige keer");
		expectClarify("Olá Sam,\n\nFatura-nos o folheto a 120 € e o mesmo da última vez.\n\nObrigada", "o mesmo da última vez");
		expectClarify("Hallo Sam,\n\nRechnung bitte: Logo 300 € und das Übliche.\n\nDanke", "das Übliche");
		expectClarify("Hola Sam,\n\nFacturadnos el cartel a 120 € y lo mismo que el mes pasado.\n\nGracias", "lo mismo que el mes pasado");
	});
	it("near miss: 'as usual' or 'the same as last time' of the priced thing itself, or the usual address, keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the posters at $80, as usual, and the flyers at $60.\n\nDana", "USD", [["Posters", 1, "80.00"], ["Flyers", 1, "60.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice 3 hours of consulting at $120/hour, same as last time.\n\nDana", "USD", [["Consulting (hours)", 3, "120.00"]]);
		expectDraft("Hallo Sam,\n\nbitte stellen Sie uns die Flyer in Rechnung, 120 €, wie immer an die übliche Adresse.\n\nDanke", "EUR", [["Flyer", 1, "120.00"]]);
	});
});
