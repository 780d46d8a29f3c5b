// Due dates the email states in words the reader did not know (round 14): "put the payment due date as 30-Nov-2026",
// "por transferência bancária até ao dia 5 de dezembro", "quanto alla scadenza …, ossia il 20 novembre" (already
// past: shown on the request, never set). Near-misses: delivery and work dates, a date paid for, a payment made.
import { describe, expect, it } from "vitest";
import { decide } from "./invoice-mail";

const mail = (sentence: string) => `Hi Sam,\nPlease send the invoice for the logo design: 1,200 EUR.\n${sentence}\nThanks,\nDana`;
const due = (sentence: string) => {
	const d = decide(mail(sentence));
	return d.kind === "draft" ? (d.params["due_date"] ?? null) : d.kind;
};
const shown = (sentence: string) => {
	const d = decide(mail(sentence));
	return d.kind === "draft" ? d.evidence.join(" | ") : d.kind;
};

describe("a due date written with the month's short name between hyphens, or after 'due date as'", () => {
	it("reads it", () => {
		expect(due("Kindly put the payment due date as 08-Dec-2026 only.")).toBe("2026-12-08");
		expect(due("Our accounts need the due date as 14-December-2026.")).toBe("2026-12-14");
		expect(due("Due date should be 9 December 2026, thanks.")).toBe("2026-12-09");
	});
	it("near-miss: a hyphenated delivery date sets no due date", () => {
		expect(due("The banners go live on 08-Dec-2026.")).toBeNull();
	});
});

describe("how the customer pays between the payment and 'até ao dia'", () => {
	it("reads it", () => {
		expect(due("O pagamento será feito por transferência bancária até ao dia 11 de dezembro de 2026.")).toBe("2026-12-11");
		expect(due("Liquidamos por transferência até dia 15/12/2026.")).toBe("2026-12-15");
	});
	it("near-miss: the work done by that day is no due date", () => {
		expect(due("As fotografias serão entregues até ao dia 11 de dezembro de 2026.")).toBeNull();
	});
	it("a payment sentence naming the means and a date it cannot read asks, not drafts without it", () => {
		expect(due("O pagamento segue por transferência logo depois do fecho de 18/12/2026.")).toBe("clarify");
		expect(due("We settle by bank transfer right after our audit closes on 18 December 2026.")).toBe("clarify");
	});
});

describe("a past date beside the due date's own name: shown on the request, not set", () => {
	it("shows it", () => {
		expect(due("Sulla scadenza: teniamo quella concordata, vale a dire il 10 novembre 2026.")).toBeNull();
		expect(shown("Sulla scadenza: teniamo quella concordata, vale a dire il 10 novembre 2026.")).toContain("2026-11-10");
		expect(shown("About the due date, keep the one we agreed back then, that is 12 November 2026.")).toContain("2026-11-12");
		expect(shown("Zur Fälligkeit: bitte die vereinbarte, also den 16. November 2026.")).toContain("2026-11-16");
	});
	it("near-misses: a project's or delivery's due date, a payment made, a digits-only date either way", () => {
		expect(shown("Quanto alla scadenza, la consegna dei file è avvenuta il 10 novembre 2026.")).not.toContain("2026-11-10");
		expect(shown("Zur Fälligkeit: die letzte Rechnung haben wir am 10. November 2026 bezahlt.")).not.toContain("2026-11-10");
		// "10/11/2026" may be either month: asked, not shown as one of them.
		expect(due("About the due date: the one agreed, 10/11/2026.")).toBe("clarify");
	});
});

describe("payment terms agreed to right after the word for payment", () => {
	const terms = (sentence: string) => {
		const d = decide(mail(sentence));
		return d.kind === "draft" ? (d.params["payment_terms"] ?? null) : d.kind;
	};
	it("reads the days", () => {
		expect(terms("Payment 10 days is fine for our bookkeeper.")).toBe("10 Days");
		expect(terms("Zahlung 21 Tage passt für unsere Buchhaltung.")).toBe("21 Days");
		expect(terms("Pagamento a 45 giorni va bene per l'amministrazione.")).toBe("45 Days");
	});
	it("near-misses: days that are no terms set no terms", () => {
		expect(terms("Your payment 3 days ago was fine, thanks.")).not.toBe("3 Days");
		expect(terms("Delivery 5 days is ok for us.")).toBeNull();
	});
});
