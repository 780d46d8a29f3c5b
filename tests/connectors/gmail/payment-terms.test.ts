// Payment terms in days as people write them, in seven languages: each row's examples run as tests, and a draft
// carries them as Odoo names them ("14 Days").
import { describe, expect, it } from "vitest";
import { ACCEPTED_TERMS, PAYMENT_TERMS, termsDays } from "../../../src/connectors/gmail/invoice/payment-terms";
import { extractInvoice } from "../../../src/connectors/gmail/invoice/extract";

describe("payment terms in days", () => {
	for (const row of [...PAYMENT_TERMS, ...ACCEPTED_TERMS]) {
		for (const [text, days] of row.examples) it(`${row.lang}: ${text} → ${days} days`, () => expect(termsDays(text)).toBe(days));
		for (const text of row.ignores) it(`${row.lang}: ${text} gives no terms`, () => expect(termsDays(text)).toBeNull());
	}

	it("a request's terms become the draft's payment terms", () => {
		const x = extractInvoice("Can you send us over the invoice? 3 visits at A$420 a visit. PO-7781, and our terms are 14 days.", { name: "Mick", email: "mick@bluegum.example" }, "2026-11-26", () => 2);
		expect(x.paymentTerms).toBe("14 Days");
		expect(x.reference).toBe("PO-7781");
	});
});
