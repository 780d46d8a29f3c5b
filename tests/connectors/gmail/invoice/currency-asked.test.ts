// The table of ways an email asks for the invoice in another currency: each row's examples are its tests.
import { describe, expect, it } from "vitest";
import { CURRENCY_ASKED, askedCurrencies, askedCurrencyProblem } from "../../../../src/connectors/gmail/invoice/currency-asked";
import { findMoney } from "../../../../src/connectors/gmail/invoice/money-text";

describe("a currency asked for the invoice", () => {
	for (const row of CURRENCY_ASKED)
		for (const ex of row.examples)
			it(`${row.id} finds ${ex.finds.join(", ")} in: ${ex.text}`, () => {
				expect(askedCurrencies(ex.text, findMoney(ex.text)).flat()).toEqual(ex.finds);
			});

	it("asks which currency when it is not the amounts' one, naming both", () => {
		const text = "The price we agreed was 1.500 EUR, but our bank has problems with euro transfers, so maybe you can make it in USD or in TRY?";
		expect(askedCurrencyProblem(text, findMoney(text), "EUR")).toBe("the email names more than one currency (the amounts are in EUR, and it asks about USD, TRY): which currency is the invoice in?");
	});

	it("asks nothing when the currency named is the amounts' own, or written with an amount", () => {
		for (const text of ["O sea US$ 2.200 en total, en dólares como quedamos.", "Please invoice the logo, £600, in pounds as usual.", "The logo was 600 EUR, the frame in USD 40 more."]) {
			expect(askedCurrencyProblem(text, findMoney(text), text.includes("£") ? "GBP" : text.includes("US$") ? "USD" : "EUR"), text).toBeNull();
		}
	});

	it("never reads everyday words as currencies", () => {
		const text = "Invoice the logo, €600 — we can try in all formats, in time for Friday, in top quality.";
		expect(askedCurrencies(text, findMoney(text))).toEqual([]);
	});
});
