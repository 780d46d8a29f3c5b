// The note's words against its params: money the body mentions that the request does not move is called out.
import { describe, expect, it } from "vitest";
import { amountMismatch, mentionedAmounts, parseMentionedNumber } from "../../../src/core/approval/body-amounts";

const payment = (minor: number, currency = "USD") => ({ kind: "payment" as const, amountMinor: minor, currency });

describe("amounts in the note's body", () => {
	it("reads symbols, codes and words in the ways people write them", () => {
		expect(mentionedAmounts("Pay $50 now, or US$1,200.50, EUR 30, 45 GBP, 7 dollars and 5.000,00 €", "USD")).toEqual([
			{ text: "$50", minor: 5_000, currency: null },
			{ text: "US$1,200.50", minor: 120_050, currency: "USD" },
			{ text: "EUR 30", minor: 3_000, currency: "EUR" },
			{ text: "45 GBP", minor: 4_500, currency: "GBP" },
			{ text: "7 dollars", minor: 700, currency: null },
			{ text: "5.000,00 €", minor: 500_000, currency: "EUR" },
		]);
	});

	it("leaves the card's code block, dates and plain numbers alone", () => {
		expect(mentionedAmounts("```ai-employee-approval\n$9\n```\nInvoice 2026-11-0042, 3 items", "USD")).toEqual([]);
	});

	it("parses thousands and decimal separators by their shape", () => {
		expect(parseMentionedNumber("5,000", 2)).toBe(500_000);
		expect(parseMentionedNumber("5.000", 2)).toBe(500_000);
		expect(parseMentionedNumber("50.25", 2)).toBe(5_025);
		expect(parseMentionedNumber("50,5", 2)).toBe(5_050);
		expect(parseMentionedNumber("1 250", 0)).toBe(1_250);
	});

	it("says what the note says and what the request pays when they differ", () => {
		expect(amountMismatch("# Rent\nThe usual $50.", payment(500_000), {})).toBe("The note says $50; the request pays 5,000.00 USD.");
		expect(amountMismatch("Just €20 and €30", { kind: "invoice", amountMinor: 2_000, currency: "EUR" }, {})).toBe("The note says €30; the request bills 20.00 EUR.");
	});

	it("is quiet when the body names the amount, a line's price or a line's total", () => {
		expect(amountMismatch("Pay the $5,000.00 rent", payment(500_000), {})).toBeNull();
		expect(amountMismatch("2 hours at $50 = $100", { kind: "invoice", amountMinor: 10_000, currency: "USD" }, { lines: [{ quantity: 2, unit_price: "50.00" }] })).toBeNull();
		expect(amountMismatch("No money words here", payment(500_000), {})).toBeNull();
		expect(amountMismatch("$50", { kind: "post" }, {})).toBeNull();
	});

	it("flags the same number in another currency", () => {
		expect(amountMismatch("Send £50", payment(5_000, "USD"), {})).toBe("The note says £50; the request pays 50.00 USD.");
	});
});
