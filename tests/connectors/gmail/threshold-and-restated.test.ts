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

describe("a verb of adding is no part of a thing's name", () => {
	it("'for the retouching, add $150' in English and Italian", () => {
		expectNoDraft("Hi Sam,\n\nPlease invoice the photo shoot at $800 — and for the retouching, add $150.\n\nDana");
		expectNoDraft("Ciao Sam,\n\nfatturaci il servizio fotografico, 800 €. Per il ritocco aggiungi 150 €.\n\nDana");
	});
});

describe("whom the work was for is no thing", () => {
	it("'für unseren Kunden in Wien' with the verb last is asked about", () => {
		expectNoDraft("Hallo Sam,\n\nbitte die Übersetzung des Vertrags für unseren Kunden in Wien abrechnen, 320 €.\n\nDana");
	});
	it("near miss: the client's name in a thing keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the client dinner, $300.\n\nDana", "USD", [["Client dinner", 1, "300.00"]]);
	});
});
