// A thing first asked to be invoiced and then taken back or changed ("actually scratch the cards", "Die Visitenkarten
// doch bitte weglassen", "Correction: make that 4 banners"): which lines the invoice holds is asked, never the first
// reading drafted.
import { describe, expect, it } from "vitest";
import { DROP_PHRASINGS, droppedItem } from "../../../src/connectors/gmail/invoice/dropped-item";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("the drop phrasings read their own examples", () => {
	for (const p of DROP_PHRASINGS) {
		for (const text of p.examples.asks)
			it(`${p.id} asks: ${text}`, () => {
				expect(p.re.test(text)).toBe(true);
			});
		for (const text of p.examples.ignores)
			it(`${p.id} ignores: ${text}`, () => {
				expect(p.re.test(text)).toBe(false);
			});
	}
	it("a dropping verb counts only when its sentence names a drafted line", () => {
		expect(droppedItem("Please invoice the logo. Actually scratch the cards.", ["Logo", "Business cards"])).toBe("Actually scratch the cards");
		expect(droppedItem("Please invoice the logo. Please remove the old address from your records.", ["Logo"])).toBeNull();
	});
});

describe("an item taken back or changed makes a question", () => {
	it("a priced item dropped in a later sentence, in several languages", () => {
		expectClarify("Hi Sam,\n\nPlease bill the poster at $300 and the flyers at $90. Thinking about it, drop the flyers, we'll print them ourselves.\n\nDana", "takes back or changes");
		expectClarify("Hallo Sam,\n\nbitte das Logo (600 €) und die Briefbögen (150 €) abrechnen. Die Briefbögen doch lieber weglassen.\n\nDana", "weglassen");
		expectClarify("Bonjour Sam,\n\nMerci de facturer l'affiche (400 €) et les flyers (90 €). Finalement, retirez les flyers.\n\nDana", "retirez les flyers");
		expectClarify("Hola Sam,\n\nFactúranos el cartel (300 €) y los folletos (90 €). Mejor olvida los folletos.\n\nDana", "olvida los folletos");
		expectClarify("Ciao Sam,\n\nfatturaci il poster (300 €) e i volantini (90 €). Anzi, togli i volantini.\n\nDana", "togli i volantini");
		expectClarify("Hoi Sam,\n\nKun je de poster (€ 300) en de flyers (€ 90) factureren? Schrap de flyers maar.\n\nDana", "Schrap de flyers");
	});
	it("a count changed after it was written", () => {
		expectClarify("Hi Sam,\n\nPlease invoice 5 posters at $40 each. Sorry, make that 6 posters.\n\nDana", "make that 6");
		expectClarify("Hi Sam,\n\nPlease invoice the prints: 20 prints at $12. Actually make it 25, we ordered more.\n\nDana", "make it 25");
	});
	it("near misses still draft: a drop shadow, a reminder, a removal that is the work", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the logo with the drop shadow, $500.\n\nDana", "USD", [["Logo with the drop shadow", 1, "500.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the banner, $250. Don't forget the PO number: PO-4471.\n\nDana", "USD", [["Banner", 1, "250.00"]]);
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung für das Logo: 500 €. Das Logo ist super geworden.\n\nDana", "EUR", [["Logo", 1, "500.00"]]);
	});
});
