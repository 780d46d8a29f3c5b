// A later line named by the first words of an earlier one at another price ("las tarjetas de mesa, 120 €. Perdón, las
// tarjetas eran 150 €") is two amounts for one thing; a line whose name opens with "and" ("And printing") was cut from a
// longer name. Both are asked, never drafted.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a thing pointed back at with another price is asked about", () => {
	for (const t of [
		"Hola Sam,\n\nFactúranos el rediseño del menú, 450 €, y las tarjetas de mesa, 120 €. Perdón, las tarjetas eran 150 €.\n\nDana",
		"Hi Sam,\n\nPlease invoice the menu redesign at $450 and the table cards at $120. Sorry, the table cards — the cards were $150.\n\nDana",
		"Hallo Sam,\n\nbitte stell uns das Menü in Rechnung, 450 €, und die Tischkarten aus Karton, 120 €. Die Tischkarten kosten doch 150 €.\n\nDana",
	]) it(t.split("\n")[2]!, () => expectClarify(t, ""));

	it("a name cut after 'and' is asked about", () => {
		expectClarify("Hi Sam,\n\nPlease invoice for the menu redesign and printing of 200 copies, $450 in total.\n\nDana", "opens with a joining word");
	});

	it("near misses still draft: a later, longer name is another thing", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the logo, $500, and the logo animation, $300.\n\nThanks", "USD", [["Logo", 1, "500.00"], ["Logo animation", 1, "300.00"]]);
	});
});
