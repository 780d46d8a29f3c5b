// Asking to receive the invoice in the first person, formal or informal ("Mag ik de factuur van je ontvangen?", "Mogen
// wij uw factuur ontvangen?", "Kann ich die Rechnung von dir bekommen?", "Puis-je recevoir la facture ?"): the whole
// email becomes a draft, while a question whether an invoice arrived, or one about someone else's, asks for none.
import { describe, expect, it } from "vitest";
import { decide, expectDraft } from "./invoice-mail";

describe("a request to receive the invoice", () => {
	it("Dutch, informal and formal, the verb last", () => {
		expectDraft("Hoi Sam,\n\nDe flyers zijn top! Mag ik de factuur van je ontvangen? Het gaat om:\n\nOntwerp flyer: EUR 350,-\n\nGroetjes,\nLieke", "EUR", [["Ontwerp flyer", 1, "350.00"]]);
		expectDraft("Geachte heer,\n\nMogen wij uw factuur voor de huisstijl ontvangen? Het bedrag is € 1.400,00.\n\nMet vriendelijke groet,\nJ. Peeters", "EUR", [["Huisstijl", 1, "1400.00"]]);
		expectDraft("Geachte heer,\n\nKunnen wij uw factuur ontvangen voor de huisstijl? Het bedrag is € 1.400,00.\n\nMet vriendelijke groet,\nJ. Peeters", "EUR", [["Huisstijl", 1, "1400.00"]]);
		expectDraft("Hoi Sam,\n\nKrijg ik nog een factuur van je voor de 3 posters à € 60,-?\n\nGroet,\nTim", "EUR", [["Posters", 3, "60.00"]]);
	});

	it("German and French, formal and informal", () => {
		expectDraft("Hallo Sam,\n\nkann ich die Rechnung für das Logo von dir bekommen? Das waren 600 €.\n\nDanke\nJonas", "EUR", [["Logo", 1, "600.00"]]);
		expectDraft("Bonjour Sam,\n\nPuis-je recevoir la facture pour les 4 affiches à 45 € pièce ?\n\nMerci,\nClaire", "EUR", [["Affiches", 4, "45.00"]]);
	});

	it("near miss: whether an invoice arrived, or one received being passed on, asks for none", () => {
		for (const text of [
			"Hoi Sam,\n\nMag ik vragen of je de factuur van de drukker al hebt ontvangen? Die was € 350,-.\n\nGroet,\nLieke",
			"Hallo Sam,\n\nkann ich die Rechnung, die wir von der Druckerei erhalten haben, an dich weiterleiten? Es sind 350 €.\n\nJonas",
			"Hoi Sam,\n\nKunnen we de factuur van de drukker ontvangen? Het ging om € 350,-.\n\nLieke",
		]) expect(decide(text).kind, text).toBe("none");
	});
});
