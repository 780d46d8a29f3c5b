// A thing the sender only asks about adding ("add that too?", "Should I also include …?", "¿Añadimos también …?") is
// asked about, never drafted; a polite request to add it ("Could you add the flyers too, $120?") is drafted.
import { describe, expect, it } from "vitest";
import { ASKED_TO_ADD_EXAMPLES, asksWhetherToAdd } from "../../../src/connectors/gmail/invoice/asked-to-add";
import { CUSTOMER_AS_THING_EXAMPLES, customerAsThing } from "../../../src/connectors/gmail/invoice/customer-as-thing";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a question whether to add a thing", () => {
	for (const s of ASKED_TO_ADD_EXAMPLES.asks) it(`only asks: ${s}`, () => expect(asksWhetherToAdd(s)).toBe(true));
	for (const s of ASKED_TO_ADD_EXAMPLES.requests) it(`asks for it: ${s}`, () => expect(asksWhetherToAdd(s)).toBe(false));

	it("asks about the thing the sender only offers to add in a P.S.", () => {
		expectClarify("Hi Sam,\n\nPlease invoice us for the brochure, $950.\n\nBest,\nDana\n\nP.S. We still owe you $120 for the flyers — add that too?", "Flyers");
	});

	it("asks about the thing the sender only offers to add, in several languages", () => {
		expectClarify("Hi Sam, please invoice us for the brochure, $950. Should I also include the $120 for the flyers?", "belongs on this invoice");
		expectClarify("Hola Sam, factúranos el folleto, 950 €. ¿Añadimos también los flyers, 120 €?", "120");
		expectClarify("Hallo Sam, bitte stell uns die Broschüre in Rechnung, 950 €. Die Flyer (120 €) auch gleich mit drauf?", "120");
	});

	it("drafts a polite request to add it", () => {
		expectDraft("Hi Sam, please invoice us for the brochure, $950. Could you add the flyers too, $120?", "USD", [["Brochure", 1, "950.00"], ["Flyers", 1, "120.00"]]);
		expectDraft("Hi Sam, could you invoice us for the logo, $800, and the business cards, $150?", "USD", [["Logo", 1, "800.00"], ["Business cards", 1, "150.00"]]);
	});
});

describe("the customer billed read as the thing", () => {
	for (const [d, s] of CUSTOMER_AS_THING_EXAMPLES.customer) it(`names whom: "${d}" in ${s}`, () => expect(customerAsThing(d, s)).toBe(true));
	for (const [d, s] of CUSTOMER_AS_THING_EXAMPLES.thing) it(`names the thing: "${d}" in ${s}`, () => expect(customerAsThing(d, s)).toBe(false));

	it("asks instead of drafting a line named after the customer", () => {
		expectNoDraft("Buongiorno Sam,\n\nle chiedo cortesemente di fatturare a Acme S.r.l. la consulenza di novembre: 6 ore a 80 € l'ora. Aggiunga anche il rimborso spese di viaggio, 45 €.\n\nCordiali saluti\nDana");
		expectNoDraft("Hi Sam, please invoice Acme Ltd. the consulting for November: 6 hours at $80 an hour.");
	});
});

describe("the only priced thing only asked about", () => {
	it("asks rather than drafting it alone", () => {
		expectNoDraft("Hi Sam,\n\nThanks for the brochure work, please invoice us for it as quoted.\n\nBest,\nDana\n\nP.S. We still owe you $120 for the flyers — add that too?");
	});
});
