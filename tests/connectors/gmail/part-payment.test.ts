// An invoice asked for a part of the work ("die zweite Hälfte für die Website: 2.000 €", "bill only the first 50% now"):
// whether the amount is the part's or the whole's is asked, never drafted as the whole.
import { describe, expect, it } from "vitest";
import { PART_PHRASINGS, partAsked } from "../../../src/connectors/gmail/invoice/part-payment";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("the part phrasings read their own examples", () => {
	for (const p of PART_PHRASINGS) {
		for (const text of p.examples.asks)
			it(`${p.id} asks: ${text}`, () => {
				expect(partAsked(text, [])).not.toBeNull();
			});
		for (const text of p.examples.ignores)
			it(`${p.id} ignores: ${text}`, () => {
				expect(p.re.test(text)).toBe(false);
			});
	}
	it("an instalment the lines name is no question", () => {
		expect(partAsked("Please invoice the second instalment of the website, $2,000.", ["Second instalment of the website"])).toBeNull();
		expect(partAsked("bitte die zweite Rate für die Website abrechnen: 2.000 €.", ["Website"])).toBe("zweite Rate");
	});
});

describe("a part of the work makes a question", () => {
	it("a half, in several languages", () => {
		expectClarify("Hi Sam,\n\nCould you invoice the second half of the branding project? $3,000.\n\nDana", "part of the work");
		expectClarify("Hallo Sam,\n\nbitte die erste Hälfte des Honorars für das Buch abrechnen: 1.500 €.\n\nDana", "Hälfte");
		expectClarify("Ciao Sam,\n\nfatturaci la prima metà del progetto, 1.800 €.\n\nDana", "metà");
		expectClarify("Olá Sam,\n\nPode faturar a primeira metade do projeto? 1.800 €.\n\nDana", "metade");
	});
	it("a share in per cent of the whole", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the app build — $8,000 all in, but only the first 40% for now.\n\nDana", "first 40%");
		expectClarify("Hallo Sam,\n\nbitte 30 % vom Auftrag abrechnen, das sind 900 €.\n\nDana", "30 % vom Auftrag");
	});
	it("an instalment the draft would name as the whole work", () => {
		expectClarify("Hallo Sam,\n\nbitte die dritte Rate für die App abrechnen: 1.000 €.\n\nDana", "dritte Rate");
	});
	it("near misses still draft: a half-day, a discount in per cent named elsewhere, a named instalment", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the half-day shoot, $650.\n\nDana", "USD", [["Half-day shoot", 1, "650.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the second instalment of the website, $2,000.\n\nDana", "USD", [["Second instalment of the website", 1, "2000.00"]]);
	});
});
