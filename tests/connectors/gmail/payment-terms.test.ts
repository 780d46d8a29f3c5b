// Payment terms in days as people write them, in seven languages: each row's examples run as tests, and a draft
// carries them as Odoo names them ("14 Days").
import { describe, expect, it } from "vitest";
import { ACCEPTED_TERMS, IMMEDIATE_TERMS, PAYMENT_TERMS, TERMS_HINTS, WEEK_TERMS, allTermsDays, immediatePayment, termsDays } from "../../../src/connectors/gmail/invoice/payment-terms";
import { extractInvoice } from "../../../src/connectors/gmail/invoice/extract";

describe("payment terms in days", () => {
	for (const row of [...PAYMENT_TERMS, ...ACCEPTED_TERMS]) {
		for (const [text, days] of row.examples) it(`${row.lang}: ${text} → ${days} days`, () => expect(termsDays(text)).toBe(days));
		for (const text of row.ignores) it(`${row.lang}: ${text} gives no terms`, () => expect(termsDays(text)).toBeNull());
	}

	// A clause's look-behind is tried only where a non-blank follows (it read back over every blank of a long run).
	it("no phrasing opens with a blank", () => {
		expect([...PAYMENT_TERMS, ...ACCEPTED_TERMS].flatMap((r) => r.phrasings).filter((p) => /^\s/.test(p))).toEqual([]);
	});

	it("a request's terms become the draft's payment terms", () => {
		const x = extractInvoice("Can you send us over the invoice? 3 visits at A$420 a visit. PO-7781, and our terms are 14 days.", { name: "Mick", email: "mick@bluegum.example" }, "2026-11-26", () => 2);
		expect(x.paymentTerms).toBe("14 Days");
		expect(x.reference).toBe("PO-7781");
	});
});

describe("payment terms in weeks", () => {
	for (const row of WEEK_TERMS) {
		for (const [text, days] of row.examples) it(`${row.lang}: ${text} → ${days} days`, () => expect(termsDays(text)).toBe(days));
		for (const text of row.ignores) it(`${row.lang}: ${text} gives no terms`, () => expect(termsDays(text)).toBeNull());
	}

	it("a week is seven days on the draft, and weeks beside other days are two terms to ask about", () => {
		const read = (t: string) => extractInvoice(`Please send the invoice for the logo, £650. ${t}`, { name: "Ann", email: "ann@client.example" }, "2026-11-26", () => 2).paymentTerms;
		expect(read("It is payable within a week.")).toBe("7 Days");
		expect(read("Happy to pay within three weeks.")).toBe("21 Days");
		expect(read("We need the logo within a week.")).toBeNull();
		expect(allTermsDays("Our terms are 30 days, but this time payable within two weeks please.")).toEqual([30, 14]);
	});
});

describe("payment when the invoice arrives", () => {
	for (const row of IMMEDIATE_TERMS) {
		for (const text of row.examples) it(`${row.lang}: ${text} → Immediate Payment`, () => expect(immediatePayment(text)).toBe(true));
		for (const text of row.ignores) it(`${row.lang}: ${text} sets no terms`, () => expect(immediatePayment(text)).toBe(false));
	}

	it("a request paid on receipt of the invoice gets Odoo's Immediate Payment terms", () => {
		const x = extractInvoice("Merci d'établir la facture pour la création du site : 9 500,00 MAD. Règlement par virement à réception de facture.", { name: "Youssef", email: "y@riad.example" }, "2026-11-26", () => 2);
		expect(x.paymentTerms).toBe("Immediate Payment");
	});

	it("a count of days from the invoice's receipt is those days, not immediate payment", () => {
		const read = (t: string) => extractInvoice(`Merci d'établir la facture pour la création du site : 900,00 €. ${t}`, { name: "Ana", email: "a@b.example" }, "2026-11-26", () => 2).paymentTerms;
		expect(read("Règlement à 30 jours à réception de facture, par virement.")).toBe("30 Days");
		expect(read("Payment within 14 days upon receipt of the invoice.")).toBe("14 Days");
		expect(read("Règlement à réception de facture.")).toBe("Immediate Payment");
	});
});

describe("days where payment or its terms are spoken of, and no terms read: asked, not left off the draft", () => {
	const asks = (text: string) => extractInvoice(`Please invoice us for the logo, €500.\n${text}`, { name: "Ann", email: "ann@client.example" }, "2026-11-26", () => 2).problems.some((p) => p.startsWith("the payment terms:"));
	for (const row of TERMS_HINTS) {
		for (const text of row.asks) it(`${row.lang}: ${text} asks`, () => expect(asks(text)).toBe(true));
		for (const text of row.ignores) it(`${row.lang}: ${text} does not ask`, () => expect(asks(text)).toBe(false));
	}

	it("terms read, or the days of a line with its amount, ask nothing", () => {
		expect(asks("You can put payment terms as 7 days.")).toBe(false);
		expect(asks("Payment: 3 days of shooting at €500 a day.")).toBe(false);
	});
});

