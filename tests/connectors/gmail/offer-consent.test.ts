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

/** Your offer with its bill, quoted under the reply: now, or wait for the printer? */
const bill = (lines: string, offer: string) => `\n\nOn Thu, 12 Nov 2026 at 18:40, Sam <owner@lumenpine.example> wrote:\n> Hi Ann,\n>\n${lines.split("\n").map((l) => `> ${l}`).join("\n")}\n>\n> ${offer}\n>\n> Sam`;
const EN = bill("The bill would be:\n\n- Photography, 2 days @ €650/day\n- Brochure design: €780", "Shall I send the invoice now, or would you prefer I wait until the brochure is printed?");
const DE = bill("Die Rechnung wäre:\n\n- Fotografie, 2 Tage à 650 €\n- Broschüre: 780 €", "Soll ich dir die Rechnung jetzt schicken, oder lieber warten, bis die Broschüre gedruckt ist?");
const FR = bill("La facture serait :\n\n- Photographie, 2 jours à 650 €/jour\n- Brochure : 780 €", "Je vous envoie la facture maintenant, ou préférez-vous que j'attende l'imprimeur ?");
const IT = bill("La fattura sarebbe:\n\n- Fotografia, 2 giorni a 650 €/giorno\n- Brochure: 780 €", "Ti mando la fattura adesso o preferisci che aspetti la tipografia?");
const NL = bill("De factuur zou zijn:\n\n- Fotografie, 2 dagen à 650 €/dag\n- Brochure: 780 €", "Zal ik de factuur nu sturen, of wil je dat ik wacht tot de brochure gedrukt is?");

describe("\"now\" chosen over waiting is a yes, and your quoted bill is what it consents to", () => {
	it("in several languages, the greeting on its own line or before a comma", () => {
		expectDraft(`Hi Sam,\n\nNow is perfect, no need to wait for the printing at all. Go ahead and send it on.\n\nAnn${EN}`, "EUR", [["Photography (days)", 2, "650.00"], ["Brochure design", 1, "780.00"]]);
		expectDraft(`Hallo Sam,\n\njetzt gern, du musst nicht auf den Druck warten.\n\nAnna${DE}`, "EUR", [["Fotografie (Tage)", 2, "650.00"], ["Broschüre", 1, "780.00"]]);
		expectDraft(`Bonjour Sam, maintenant c'est très bien, merci.\n\nAnne${FR}`, "EUR", [["Photographie (jours)", 2, "650.00"], ["Brochure", 1, "780.00"]]);
		expectDraft(`Ciao Sam,\n\nadesso va benissimo, non serve aspettare la tipografia.\n\nAnna${IT}`, "EUR", [["Fotografia (giorni)", 2, "650.00"], ["Brochure", 1, "780.00"]]);
		expectDraft(`Hoi Sam, nu graag, dank je.\n\nAnne${NL}`, "EUR", [["Fotografie (dagen)", 2, "650.00"], ["Brochure", 1, "780.00"]]);
	});
	it("near miss: waiting chosen, \"now\" with a hold-off, \"now\" about something else", () => {
		expect(decide(`Hi Sam,\n\nBetter to wait for the printing, thanks.\n\nAnn${EN}`).kind).toBe("none");
		expect(decide(`Hi Sam,\n\nNow is fine, but please hold off until I confirm the PO.\n\nAnn${EN}`).kind).toBe("none");
		expect(decide(`Hoi Sam,\n\nnu liever niet, wacht maar op de drukker.\n\nAnne${NL}`).kind).toBe("none");
		expect(decide(`Hi Sam,\n\nNow is perfect timing for the launch.\n\nAnn${bill("All the files are uploaded.", "Let me know if anything is missing.")}`).kind).toBe("none");
	});
});
