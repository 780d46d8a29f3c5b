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

// Amounts last read as "also mentions … which does not match the lines" were lines read wrong: a bracket before the
// verb of price, a second thing joined by "on top of that", a count "of those" in the next sentence.
describe("lines whose amount was left unplaced", () => {
	it("reads a thing with a remark in brackets before its verb of price", () => {
		expectDraft("Hi Sam,\n\nCan you send the invoice? As agreed: the event coverage (evening only) was $900 and the photo book was $250 on top.\n\nThanks,\nMia", "USD", [["Event coverage", 1, "900.00"], ["Photo book", 1, "250.00"]]);
		expectNoDraft("Hi Sam,\n\nCan you send the invoice? The event coverage (3 evenings) was $900 and the photo book was $250.\n\nThanks,\nMia");
	});
	it("reads a second thing joined by 'on top of that' before its agreed flat price", () => {
		expectDraft("Hi Sam,\n\nCan you invoice us? The studio shoot was 5 hours at $100/h, and on top of that there's the colour grading, which we agreed at a flat $300.\n\nThanks,\nLiam", "USD", [["Studio shoot (hours)", 5, "100.00"], ["Colour grading", 1, "300.00"]]);
	});
	it("reads a count 'of those' with a price each in the next sentence", () => {
		expectDraft("Sam, can you invoice me for the logo ($500) and the social banners. There were 4 of those, $30 each.\n\nDan", "USD", [["Logo", 1, "500.00"], ["Social banners", 4, "30.00"]]);
		expectNoDraft("Sam, can you invoice me for the logo ($500) and the social banners. There were 4 of those, $120.\n\nDan");
	});
});
