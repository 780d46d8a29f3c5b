// A customer asking for the final invoice that shows "the balance due" after their deposit: a request, never mistaken
// for a supplier billing you ("Amount due: $49.00", "Please pay the balance due").
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("the balance due as a thing the asked-for invoice shows", () => {
	it("becomes a draft of the whole work", () => {
		expectDraft("Hi Sam,\n\nPlease issue the final invoice for the website:\n\n- Design: $3,000\n- Development: $2,000\n\nWe paid a $1,000 deposit in October, so show it on the invoice with the balance due.\n\nThanks,\nDana", "USD", [["Design", 1, "3000.00"], ["Development", 1, "2000.00"]]);
		expectDraft("Hello Sam,\n\nCould you send us the invoice for the mural, €2,500? We already paid a deposit of €500, so please list it with the amount due.\n\nBest,\nDana", "EUR", [["Mural", 1, "2500.00"]]);
		expectDraft("Hi Sam,\n\nKindly raise the invoice for the brochure design, £1,800. We already paid a deposit of £600, so please state the balance due.\n\nDana", "GBP", [["Brochure design", 1, "1800.00"]]);
	});

	it("a bill addressed to you stays no draft", () => {
		expectNoDraft("Hi Sam,\n\nInvoice INV-2210 for your hosting is attached. Balance due: $240.00 by 10 December.\n\nBilling team");
		expectNoDraft("Dear Sam,\n\nYour account shows a total due of €95.00 for the November subscription.\n\nAccounts");
	});
});

describe("a table that takes a paid deposit off its subtotal and ends on the balance", () => {
	const table = (deposit: string, balance: string) =>
		`Hi Sam,\n\nCan you send through the final invoice?\n\n  Item                          Qty    Rate (A$)   Amount (A$)\n  Website build                   1     4,000.00      4,000.00\n  Extra page templates            5       100.00        500.00\n                                        Subtotal      4,500.00\n  Less deposit paid 3 Oct                            ${deposit}\n                                         Balance      ${balance}\n\nCheers,\nBron`;
	it("is a draft of the whole work, the deposit shown apart", () => {
		expectDraft(table("-1,000.00", "3,500.00"), "AUD", [["Website build", 1, "4000.00"], ["Extra page templates", 5, "100.00"]]);
		const d = decide(table("-1,000.00", "3,500.00"));
		expect(d.kind === "draft" && d.evidence?.join(" ")).toContain("Deposit already paid: 1000.00 AUD");
		expectDraft("Hallo Sam,\n\nkannst du mir bitte die Schlussrechnung schicken?\n\n  Leistung                  Menge   Preis (€)   Betrag (€)\n  Website                       1    3.000,00     3.000,00\n  Texte                         4      150,00       600,00\n                                    Zwischensumme   3.600,00\n  abzüglich Anzahlung bezahlt am 2.10.            -1.000,00\n                                       Restbetrag   2.600,00\n\nGruß, Jana", "EUR", [["Website", 1, "3000.00"], ["Texte", 4, "150.00"]]);
	});
	it("a balance that is not the subtotal less the deposit is asked about", () => {
		expectClarify(table("-1,000.00", "3,200.00"), "3,200.00");
	});
});
