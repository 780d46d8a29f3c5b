// A reply that says yes to your own quoted offer to send the invoice asks for it, though its words never name one.
import { describe, expect, it } from "vitest";
import { OFFER_PHRASINGS, offers } from "../../../src/connectors/gmail/invoice/offer-consent";
import { decide, expectDraft } from "./invoice-mail";

describe("the offer phrasings read their own examples", () => {
	for (const p of OFFER_PHRASINGS) {
		for (const s of p.examples.offers) it(`${p.lang} offers: ${s}`, () => expect(offers(s)).toBe(true));
		for (const s of p.examples.ignores) it(`${p.lang} ignores: ${s}`, () => expect(offers(s)).toBe(false));
	}
});

const yours = (offer: string) => `\n\nOn Mon, 16 Nov 2026 at 09:12, Sam <owner@lumenpine.example> wrote:\n> Hi Dana,\n>\n> ${offer}\n>\n> Best,\n> Sam`;

describe("a yes to your quoted offer asks for the invoice", () => {
	it("in several languages and wordings", () => {
		expectDraft(`Hi Sam,\n\nYes, go ahead. The 2 days of filming at $1,200 per day as you said.\n\nThanks,\nDana${yours("Shall I send the invoice for the filming now?")}`, "USD", [["Filming (days)", 2, "1200.00"]]);
		expectDraft(`Hi Sam,\n\nSure thing! The logo was $800 as agreed.\n\nDana${yours("Do you want me to invoice you for the logo now?")}`, "USD", [["Logo", 1, "800.00"]]);
		expectDraft(`Hallo Sam,\n\nJa gerne. Das Shooting war 900 € pauschal.\n\nGruß\nDana${yours("Soll ich dir die Rechnung für das Shooting schon schicken?")}`, "EUR", [["Shooting", 1, "900.00"]]);
		expectDraft(`Hola Sam,\n\nSí, adelante. El video fue 1.500 € como quedamos.\n\nSaludos${yours("¿Te envío ya la factura del video?")}`, "EUR", [["Video", 1, "1500.00"]]);
	});
	it("near miss: a yes to a question that offers no invoice, a 'not yet', or an offer quoted from someone else", () => {
		expect(decide(`Hi Sam,\n\nYes, got it, thanks. The logo was $800.\n\nDana${yours("Did you get the invoice I sent last week?")}`).kind).toBe("none");
		expect(decide(`Hi Sam,\n\nYes but not yet please, we close the budget in January. The logo was $800.\n\nDana${yours("Shall I send the invoice for the logo now?")}`).kind).toBe("none");
		expect(decide(`Hi Sam,\n\nYes please. The logo was $800.\n\nDana\n\nOn Mon, 16 Nov 2026 at 09:12, Lee <lee@printshop.example> wrote:\n> Shall I send the invoice for the printing now?`).kind).toBe("none");
	});
});
