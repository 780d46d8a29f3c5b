// Two shapes of a wrong line from words beside an amount that is no thing's price: a policy's limit ("Le fatture sopra
// i 1.000 € devono riportare il numero d'ordine", "invoices under GHS 15,000") and a restated sum ("That's $620 plus
// the $40 rush fee"). Each is asked about rather than drafted as a line.
import { describe, it } from "vitest";
import { expectDraft, expectNoDraft } from "./invoice-mail";

describe("a policy's limit is no line", () => {
	it("in Italian, English and German", () => {
		expectNoDraft("Ciao Sam,\n\nfatturaci il workshop, 1.200 €. Le fatture sopra i 1.000 € devono riportare il nostro numero d'ordine 88-231.\n\nDana");
		expectNoDraft("Hi Sam,\n\nPlease invoice the logo at $500 and the cards at $120. Purchase orders over $600 need sign-off.\n\nDana");
		expectNoDraft("Hallo Sam,\n\nbitte das Logo abrechnen, 500 €, und die Karten, 120 €. Rechnungen über 600 € bitte mit Bestellnummer.\n\nDana");
	});
	it("near miss: 'voice-over' or 'overhead' is a thing", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us EGP 18,000 for the Arabic voice-over.\n\nMona", "EGP", [["Arabic voice-over", 1, "18000.00"]]);
	});
});

describe("a restated sum is no line", () => {
	it("'That's $620 plus the rush fee'", () => {
		expectNoDraft("Hi Sam,\n\nPlease invoice the logo at $500 and the cards at $120. That's $620 plus the $40 rush fee.\n\nDana");
	});
});
