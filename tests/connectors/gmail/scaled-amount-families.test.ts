// Amounts written with a scale ("1.5k", "₹2 lakh"): read as their full amount only where the scale and the currency are
// both plain — a scale word that cannot be misread, and the mail's one currency, named for sure.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("an amount written with a scale word or suffix", () => {
	it("reads a bare \"k\" price among the priced items of its sentence in the mail's one currency", () => {
		expectDraft("Hi Sam, invoice us please: the logo US$900, the brand guide was 2.5k, and the icons $300.\n\nThanks", "USD", [["Logo", 1, "900.00"], ["Brand guide", 1, "2500.00"], ["Icons", 1, "300.00"]]);
		expectDraft("Bill us for the edit £600 and the grade, which was 1.2k.\n\nCheers", "GBP", [["Edit", 1, "600.00"], ["Grade", 1, "1200.00"]]);
		expectDraft("Kindly raise the invoice: product shoot ₹45,000 and the website was 2 lakh.\n\nRegards", "INR", [["Product shoot", 1, "45000.00"], ["Website", 1, "200000.00"]]);
	});
	it("reads a lakh written with its currency on a numbered row that says it is the agreed price", () => {
		expectDraft("Kindly raise the invoice for the below:\n\n1. Brand refresh (logo + colours) – ₹1.5 lakh as agreed\n2. Social templates – 12 designs @ ₹1,500 per design\n\nRegards", "INR", [["Brand refresh (logo + colours)", 1, "150000.00"], ["Social templates (designs)", 12, "1500.00"]]);
		expectDraft("Please invoice:\n\n- Webdesign: 2.400 € wie vereinbart\n- Fotos: 350 €", "EUR", [["Webdesign", 1, "2400.00"], ["Fotos", 1, "350.00"]]);
	});
	it("asks when the mail's currency is not plain: two currencies, or only a plain \"$\"", () => {
		expectClarify("Hi Sam, invoice us please: the logo €900 and the brand guide was 2.5k. Also $200 for stock photos.\n\nThanks", "more than one currency");
		expectClarify("Hi Sam, invoice us please: the logo $900, the brand guide was 2.5k, and the icons $300.\n\nThanks", "also mentions 2.5k");
	});
	it("asks when no amount of the mail names a currency", () => {
		expectClarify("Kindly raise the invoice: the website was 2 lakh and the shoot 45,000.\n\nRegards", "no currency given");
	});
});
