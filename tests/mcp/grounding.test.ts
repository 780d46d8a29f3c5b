import { describe, expect, it } from "vitest";
import { canonicalOf, mentionsCurrency, numbersIn } from "../../src/mcp/grounding";

describe("grounding: the numbers an email writes", () => {
	it.each([
		["1,250.00 for the design", "1250"],
		["1.250,00 € für das Design", "1250"],
		["1\u00a0250,50 EUR", "1250.5"],
		["CHF 1'250.50", "1250.5"],
		["3 workshops at $450 each", "450"],
		["3 workshops at $450 each", "3"],
		["a deposit of 2.000 (already paid)", "2000"],
		["a rate of 85/hour for 12.5 hours", "12.5"],
	])("%s contains %s", (text, value) => {
		expect(numbersIn(text).has(value)).toBe(true);
	});

	it("reads an ambiguous separator both ways, and nothing else", () => {
		expect([...numbersIn("1,250")].sort()).toEqual(["1.25", "1250"]);
		expect(numbersIn("1,250").has("125")).toBe(false);
	});

	it("never takes a number with a leading zero (a phone or order number) for an amount", () => {
		expect(numbersIn("call 555 0199 or order 00420").has("199")).toBe(false);
		expect(numbersIn("call 555 0199 or order 00420").has("420")).toBe(false);
	});

	it("puts the agent's value in the same canonical form", () => {
		expect(canonicalOf(450)).toBe("450");
		expect(canonicalOf("450.00")).toBe("450");
		expect(canonicalOf("12.50")).toBe("12.5");
		expect(canonicalOf("1,250")).toBeNull();
		expect(canonicalOf(-3)).toBeNull();
	});
});

describe("grounding: the currency an email names", () => {
	it.each([
		["Please bill 500 USD", "USD"],
		["please bill 500 usd", "USD"],
		["₹45,000 for the shoot", "INR"],
		["2.400 dirhams", "AED"],
		["R$ 900", "BRL"],
		["€900", "EUR"],
		["£90 per session", "GBP"],
		["700 riyals", "SAR"],
	])("%s names %s", (text, code) => {
		expect(mentionsCurrency(text, code)).toBe(true);
	});

	it.each([
		["$500 for the logo", "EUR"],
		["500 for the logo", "USD"],
		["BUSDRIVER 500", "USD"],
		["€900", "GBP"],
	])("%s does not name %s", (text, code) => {
		expect(mentionsCurrency(text, code)).toBe(false);
	});
});
