// A due date stated as a time no day can be read from ("Payment is due on the 15th", "bis Ende Januar", "a finales de
// mes"): the draft would leave out a due date the email gives, so which date is asked. The table's examples run here.
import { describe, expect, it } from "vitest";
import { UNPLACED_WHEN, unplacedDueSentence } from "../../../src/connectors/gmail/invoice/due-date";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("times that name no day, after words of when payment is due", () => {
	for (const row of UNPLACED_WHEN) {
		for (const s of row.asks) it(`${row.lang}: ${s} is asked about`, () => expect(unplacedDueSentence(s)).toBe(s));
		for (const s of row.ignores) it(`${row.lang}: ${s} asks nothing`, () => expect(unplacedDueSentence(s)).toBeNull());
	}
});

describe("an email whose due date cannot be placed", () => {
	it("asks which date, in several languages", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the logo, $600. Payment is due on the 15th as usual.\n\nThanks,\nDana", "the due date");
		expectClarify("Hi Sam,\n\nPlease invoice the logo, $600. It must be paid by mid-December, our books close then.\n\nThanks,\nDana", "the due date");
		expectClarify("Hallo Sam,\n\nbitte stell uns das Logo in Rechnung, 600 €. Die Rechnung ist fällig Ende Januar.\n\nGrüße\nDana", "the due date");
		expectClarify("Bonjour Sam,\n\nMerci de nous facturer le logo, 600 €. Échéance fin janvier.\n\nCordialement,\nDana", "the due date");
	});
	it("near miss: a day that can be read, or a time that is no due date, drafts", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the logo, $600. Payment is due on the 15th of December.\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the logo, $600. The launch went live on the 15th, thanks again!\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"]]);
		expectDraft("Hi Sam,\n\nPlease send the invoice for the logo, $600, by the end of the month.\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"]]);
	});
});
