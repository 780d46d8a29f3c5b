// A clause read as the thing's name: the request's verb with its German addressee ("Stellen Sie die Übersetzung"), or
// a verb that prices the thing ("die lag bei 60 €", "the travel comes on top"). Such a line is asked about, never drafted.
import { describe, it } from "vitest";
import { expectDraft, expectNoDraft } from "./invoice-mail";

describe("a clause read as the name of a line", () => {
	it("asks when the German request's verb and addressee are read as the thing", () => {
		expectNoDraft("Guten Tag,\n\nbitte stellen Sie die Übersetzung (12 Seiten à 45,00 €) der Muster AG in Rechnung.\n\nFreundliche Grüße\nDana");
		expectNoDraft("Guten Tag,\n\nbitte stellen Sie der Muster AG die Übersetzung (12 Seiten à 45,00 €) in Rechnung.\n\nDana");
	});

	it("asks when a verb of price is read into the second thing's name", () => {
		expectNoDraft("Hallo Sam,\n\nbitte schick uns die Rechnung für das Logo, 800 €. Die Anfahrt kommt noch dazu, die lag bei 60 €.\n\nDanke\nDana");
		expectNoDraft("Hallo Sam, bitte schick uns die Rechnung für das Logo, 800 €. Die Anfahrt lag bei 60 €.");
		expectNoDraft("Hi Sam, please invoice the logo, $800. The travel comes on top, that was $60.");
	});

	it("still drafts plain names", () => {
		expectDraft("Hallo Sam,\n\nbitte stellen Sie uns folgende Leistungen in Rechnung:\n\nLeistung            Menge   Preis\nKonzeption          1       1.200,00 €\nTexte               8       90,00 €\n\nVielen Dank\nDana", "EUR", [["Konzeption", 1, "1200.00"], ["Texte", 8, "90.00"]]);
		expectDraft("Hi Sam, please invoice us for the landing page, $700, and the ranking report, $300.", "USD", [["Landing page", 1, "700.00"], ["Ranking report", 1, "300.00"]]);
	});
});
