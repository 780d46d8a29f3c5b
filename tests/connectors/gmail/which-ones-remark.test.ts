// A list row "thing: count x price" followed, after a dash or comma, by a remark saying which ones ("one per wall"):
// the remark is read as part of the row, never as a stray amount; anything else after the comma is left to the question.
import { describe, it } from "vitest";
import { expectDraft, expectNoDraft } from "./invoice-mail";

describe("a count times a price with a which-ones remark after a dash or comma", () => {
	it("reads the row with its remark", () => {
		expectDraft("Hi Sam,\n\nCould you invoice us for both?\n\n- Poster design: $400.00\n- Window decals: 4 x $60 - one per window, as agreed\n\nThanks,\nAnna", "USD", [["Poster design", 1, "400.00"], ["Window decals", 4, "60.00"]]);
		expectDraft("Hallo Sam,\n\nbitte stell uns eine Rechnung:\n\n- Logo: 800 €\n- Schilder: 2 × 150 € – eines pro Eingang\n\nGrüße\nJan", "EUR", [["Logo", 1, "800.00"], ["Schilder", 2, "150.00"]]);
		expectDraft("Bonjour Sam,\n\nPouvez-vous nous envoyer la facture ?\n\n- Logo : 500 €\n- Affiches : 3 x 90 €, une par vitrine\n\nMerci,\nLéa", "EUR", [["Logo", 1, "500.00"], ["Affiches", 3, "90.00"]]);
	});
	it("does not draft when the words after the comma may be another thing or a change of amount", () => {
		expectNoDraft("Hi Sam,\n\nCould you invoice us?\n\n- Poster design: $400.00\n- Window decals: 4 x $60, and the banner\n\nThanks,\nAnna");
		expectNoDraft("Hi Sam,\n\nCould you invoice us?\n\n- Poster design: $400.00\n- Window decals: 4 x $60 - one per window, plus tax\n\nThanks,\nAnna");
	});
});
