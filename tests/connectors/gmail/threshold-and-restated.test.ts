// Two shapes of a wrong line from words beside an amount that is no thing's price: a policy's limit ("Le fatture sopra
// i 1.000 € devono riportare il numero d'ordine", "invoices under GHS 15,000") and a restated sum ("That's $620 plus
// the $40 rush fee"). Neither is ever drafted as a line: a limit the invoice passes asks for what the rule wants (a PO,
// a sign-off) unless the mail gives it, and a restated sum is asked about.
import { describe, expect, it } from "vitest";
import { decide, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a policy's limit is no line", () => {
	it("in Italian: the limit is no line, and the order number the rule asks for is quoted", () => {
		const d = decide("Ciao Sam,\n\nfatturaci il workshop, 1.200 €. Le fatture sopra i 1.000 € devono riportare il nostro numero d'ordine 88-231.\n\nDana");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind !== "draft") return;
		expect(d.params.lines).toEqual([{ description: "Workshop", quantity: 1, unit_price: "1200.00" }]);
		expect(d.params.reference).toBe("88-231");
	});
	it("in English and German: a limit the invoice passes, with no PO or sign-off given, is asked about", () => {
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
	it("'für unseren Kunden in Wien' with the verb last: never 'Unseren Kunden in Wien'; the thing before it is named with it, as in French and Italian", () => {
		expectDraft("Hallo Sam,\n\nbitte die Übersetzung des Vertrags für unseren Kunden in Wien abrechnen, 320 €.\n\nDana", "EUR", [["Übersetzung des Vertrags für unseren Kunden in Wien", 1, "320.00"]]);
	});
	it("near miss: the client's name in a thing keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the client dinner, $300.\n\nDana", "USD", [["Client dinner", 1, "300.00"]]);
	});
});
