// A count of people at a price each, where the request names the plural thing made one per person ("the headshots. 4
// people at £120 each", "die Porträts: 3 Personen à 90 €"): the people count the things. A singular thing (a workshop,
// the catering) priced per participant or guest stays a question: who was counted is no name of a thing.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a plural thing counted by the people it was made for", () => {
	it("is the line's name, with the people kept in brackets", () => {
		expectDraft("Morning Sam - can you invoice me for the portraits. 5 people at GBP 95 each. Love them.\n\nTom", "GBP", [["Portraits (people)", 5, "95.00"]]);
		expectDraft("Hi Sam, please invoice us for the staff headshots for 6 people at $110 each.\n\nDana", "USD", [["Staff headshots (people)", 6, "110.00"]]);
		expectDraft("Hallo Sam, bitte stell uns die Porträts in Rechnung: 3 Personen à 90 €.\n\nUwe", "EUR", [["Porträts (Personen)", 3, "90.00"]]);
		expectDraft("Bonjour Sam, peux-tu me facturer les portraits ? 6 personnes à 70 € chacune.\n\nClaire", "EUR", [["Portraits (personnes)", 6, "70.00"]]);
	});
	it("a singular thing priced per person stays a question", () => {
		expectClarify("Hi Sam, please invoice us for the workshop: 15 participants at $40 each.", "Participants");
		expectClarify("Hi Sam, please invoice the catering for 20 guests at €35 each.", "Guests");
		expectClarify("Hallo Sam, bitte die Rechnung für das Seminar: 12 Teilnehmer à 95 €.", "Teilnehmer");
	});
});
