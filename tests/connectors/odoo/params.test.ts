// What a request note may ask of Odoo: the schemas refuse impossible invoices and payments before anyone approves them.
import { describe, expect, it } from "vitest";
import { createInvoiceHandler } from "../../../src/connectors/odoo/create-invoice";
import { createInvoiceParams, registerPaymentParams } from "../../../src/connectors/odoo/params";

const base = {
	customer: { name: "Acme Ltd", email: "billing@acme.example" },
	invoice_date: "2025-03-03",
	currency: "USD",
	lines: [{ description: "Work", quantity: 2, unit_price: "150.00" }],
};
const problems = (input: unknown) => {
	const r = createInvoiceParams.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("odoo.create_invoice params", () => {
	it("accept a plain invoice", () => {
		expect(problems(base)).toEqual([]);
	});

	it("refuse zero and negative quantities", () => {
		expect(problems({ ...base, lines: [{ description: "x", quantity: 0, unit_price: "1.00" }] })).toEqual(["lines.0.quantity: must be more than zero"]);
		expect(problems({ ...base, lines: [{ description: "x", quantity: -2, unit_price: "1.00" }] })).toEqual(["lines.0.quantity: must be more than zero"]);
		expect(problems({ ...base, lines: [{ description: "x", quantity: "-1", unit_price: "1.00" }] })).toEqual(["lines.0.quantity: must be more than zero"]);
	});

	it("refuse a due date before the invoice date", () => {
		expect(problems({ ...base, due_date: "2025-03-02" })).toEqual(["due_date: due date 2025-03-02 is before the invoice date 2025-03-03"]);
	});

	it("refuse more decimals than the currency has: cents for USD, none for JPY, three for KWD", () => {
		expect(problems({ ...base, lines: [{ description: "x", quantity: 1, unit_price: "10.005" }] })).toEqual(["lines.0.unit_price: unit price 10.005 has more decimals than USD allows (2)"]);
		expect(problems({ ...base, currency: "JPY", lines: [{ description: "x", quantity: 1, unit_price: "1000.5" }] })).toEqual(["lines.0.unit_price: unit price 1000.5 has more decimals than JPY allows (0)"]);
		expect(problems({ ...base, currency: "KWD", lines: [{ description: "x", quantity: 1, unit_price: "10.125" }] })).toEqual([]);
		expect(problems({ ...base, lines: [{ description: "x", quantity: 1, unit_price: 10.5 }] })).toEqual([]);
	});

	it("refuse an invoice without lines", () => {
		expect(problems({ ...base, lines: [] })).toEqual(["lines: needs at least one line"]);
	});

	it("refuse absurd amounts as typos", () => {
		expect(problems({ ...base, lines: [{ description: "x", quantity: 1000, unit_price: "5000000.00" }] })).toEqual(["lines: the total is over 1000000000 USD, which looks like a typo"]);
	});

	it("refuse impossible dates, bad currency codes and bad emails", () => {
		expect(problems({ ...base, invoice_date: "2025-02-30" })).toEqual(["invoice_date: is not a real calendar date"]);
		expect(problems({ ...base, currency: "usd" })).toEqual(["currency: must be a three-letter ISO 4217 code such as USD"]);
		expect(problems({ ...base, customer: { name: "A", email: "not-an-email" } })).toEqual(["customer.email: must be an email address"]);
	});

	it("refuse both a due date and payment terms", () => {
		expect(problems({ ...base, due_date: "2025-04-02", payment_terms: "30 Days" })).toEqual(["payment_terms: give due_date or payment_terms, not both"]);
	});

	it("policy facts: the untaxed total in minor units, each line rounded once like Odoo does", () => {
		const h = createInvoiceHandler(() => {
			throw new Error("no config needed to describe");
		});
		const p = createInvoiceParams.parse({ ...base, lines: [{ description: "a", quantity: 2, unit_price: "150.00" }, { description: "b", quantity: "0.5", unit_price: "99.99" }] });
		// 300.00 + 49.995 → 50.00
		expect(h.policyFacts(p)).toEqual({ kind: "invoice", amountMinor: 35000, currency: "USD", counterparty: "Acme Ltd" });
		expect(h.describe(p).summary).toBe("Create a draft invoice for Acme Ltd over 350.00 USD before tax");
		expect(h.describe(p).lines).toContainEqual({ label: "Line 2", value: "0.5 × b at 99.99 USD = 50.00 USD" });
	});
});

describe("odoo.register_payment params", () => {
	const pay = { invoice_number: "INV/2025/00001", amount: "50.00", currency: "USD", date: "2025-03-10" };
	it("accept a payment and refuse zero, too many decimals, or no invoice", () => {
		expect(registerPaymentParams.safeParse(pay).success).toBe(true);
		expect(registerPaymentParams.safeParse({ ...pay, amount: "0" }).error?.issues[0]?.message).toBe("amount must be more than zero");
		expect(registerPaymentParams.safeParse({ ...pay, amount: "1.001" }).error?.issues[0]?.message).toBe("amount 1.001 has more decimals than USD allows (2)");
		expect(registerPaymentParams.safeParse({ ...pay, invoice_number: undefined }).error?.issues[0]?.message).toBe("give exactly one of invoice_id or invoice_number");
	});
});
