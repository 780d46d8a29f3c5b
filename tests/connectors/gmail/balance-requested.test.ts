// A customer asking for the final invoice that shows "the balance due" after their deposit: a request, never mistaken
// for a supplier billing you ("Amount due: $49.00", "Please pay the balance due").
import { describe, it } from "vitest";
import { expectDraft, expectNoDraft } from "./invoice-mail";

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
