// The earlier invoice's things asked for beside priced ones ("…, and the usual", "come l'ultima volta, più le brochure"):
// the email writes neither those things nor their amounts, so the reader asks instead of drafting the priced lines alone.
import { describe, expect, it } from "vitest";
import { SAME_PRICES, USUAL_ITEMS, samePrice, usualThing } from "../../../src/connectors/gmail/invoice/usual-item";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

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

describe("a thing priced as another ('same price') is asked about", () => {
	for (const r of SAME_PRICES) {
		for (const text of r.examples) it(`${r.lang}: ${text}`, () => expect(samePrice(text)).not.toBeNull());
		for (const text of r.ignores) it(`${r.lang} ignores: ${text}`, () => expect(samePrice(text)).toBeNull());
	}
	it("never drafts the priced line alone", () => {
		expectClarify("Hi Sam,\n\nInvoice us for the logo, $500. Also the letterhead — same price.\n\nDana", "same price");
		expectClarify("Hallo Sam,\n\nbitte stellen Sie uns das Logo in Rechnung, 500 €, und die Briefbögen zum gleichen Preis.\n\nDanke", "gleichen Preis");
		expectClarify("Ciao Sam,\n\nfatturaci il logo a 500 € e la carta intestata allo stesso prezzo.\n\nGrazie", "stesso prezzo");
	});
});

describe("a size is no count", () => {
	it("'the 2 x 3m banner' is one banner, asked about rather than drafted as two", () => {
		expectNoDraft("Hi Sam,\n\nPlease invoice the 2 x 3m banner at $240.\n\nDana");
		expectNoDraft("Hi Sam,\n\nPlease invoice 2 banners, 2 x 3 m, at $240 each.\n\nDana");
	});
	it("near miss: '2 x banner' counts two", () => {
		expectDraft("Hi Sam,\n\nPlease invoice 2 x banner at $240.\n\nDana", "USD", [["Banner", 2, "240.00"]]);
	});
});
