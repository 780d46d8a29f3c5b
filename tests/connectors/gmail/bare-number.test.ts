// A number with no currency beside a priced thing in its sentence ("the logo was £800 and the business cards were
// 150"): named in a question, never left off a draft; numbers that name, count or date a thing are left alone.
import { describe, expect, it } from "vitest";
import { BARE_NUMBER_EXAMPLES, bareNumbersInPricedSentences } from "../../../src/connectors/gmail/invoice/bare-number";
import { findMoney } from "../../../src/connectors/gmail/invoice/money-text";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("the bare-number guard reads its own examples", () => {
	for (const e of BARE_NUMBER_EXAMPLES) {
		it(e.text, () => {
			expect(bareNumbersInPricedSentences(e.text, findMoney(e.text), []).map((b) => b.raw)).toEqual(e.finds);
		});
	}
});

describe("a second thing priced without a currency stops the draft", () => {
	it("asks, naming the number, in several languages and layouts", () => {
		expectClarify("Hi Sam,\n\nAll signed off, thanks! Could you send me the invoice? As agreed the logo was £800 and the business cards were 150.\n\nHarriet", "150 without a currency");
		expectClarify("Hi Sam,\n\nPlease invoice us: brochure $1,400, cover illustration 350.\n\nThanks\nDana", "350 without a currency");
		expectClarify("Hallo Sam,\n\nbitte schick mir die Rechnung. Das Logo waren 600 € und die Visitenkarten 120, danke!\n\nGruß\nLena", "120 without a currency");
		expectClarify("Bonjour Sam,\n\nPeux-tu m'envoyer la facture ? Le site 1 200 € et la bannière 90.\n\nMerci\nClaire", "90 without a currency");
	});
	it("near misses: a number that names, dates or counts a thing, or restates the price, keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the logo at £800 for PO 4471, Phase 2.\n\nThanks\nDana", "GBP", [["Logo", 1, "800.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the logo, £800, by December 15.\n\nThanks\nDana", "GBP", [["Logo", 1, "800.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the logo, £800, so 800 all in.\n\nThanks\nDana", "GBP", [["Logo", 1, "800.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the logo at £800. We printed 150 of the cards ourselves.\n\nThanks\nDana", "GBP", [["Logo", 1, "800.00"]]);
	});
});
