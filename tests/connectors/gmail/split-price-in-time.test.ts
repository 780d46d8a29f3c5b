// The whole's price with its split in time ("$4,000 — half now, half on launch", "50 % vorab", "50 % à la commande"):
// the invoice now may be for the part, so what it holds is asked, never the whole drafted.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a price split in time is asked about", () => {
	for (const t of [
		"Please invoice the new website, $4,000 — half now, half on launch.",
		"Please invoice the app design, $6,000, 50% upfront and the rest on delivery.",
		"Bitte die Website abrechnen, 4.000 €, 50 % vorab und der Rest nach Abnahme.",
		"Merci de facturer le site, 4 000 €, 50 % à la commande.",
		"Factúranos la web, 4.000 €: la mitad ahora y el resto a la entrega.",
		"Graag een factuur voor de website, € 4.000, 50% vooraf.",
	]) it(t, () => expectClarify(t, "part of the work"));

	it("a near miss still drafts: 'due now' splits nothing", () => {
		expectDraft("Please invoice the logo, $500, due now.", "USD", [["Logo", 1, "500.00"]]);
	});
});
