// Which currency an amount is in when its sign is shared by several ("$"): an ISO code beside it, or the one other
// dollar the email names, decides; a postcode or phone number is never an amount.
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/connectors/gmail/invoice/money-text";

const codes = (text: string) => findMoney(text).map((m) => `${m.amount} ${m.currency ?? "?"}`);

describe("a shared sign named by the email", () => {
	it("takes the ISO code written after or before the amount", () => {
		expect(codes("por un monto de $18,500.00 MXN, más la renta de estudio por $2,300.00 MXN")).toEqual(["18500.00 MXN", "2300.00 MXN"]);
		expect(codes("Total MXN $2,500")).toEqual(["2500 MXN"]);
	});

	it("keeps a lone $ as US dollars when the email also names them, or names two other dollars", () => {
		expect(codes("NZ$0.62 each plus a $45 courier fee, US$10 for the box")).toEqual(["0.62 NZD", "45 USD", "10 USD"]);
		expect(codes("C$85 here, A$90 there, and $10")).toEqual(["85 CAD", "90 AUD", "10 USD"]);
	});

	it("takes a dollar's code written in lower case right after a $ amount", () => {
		expect(codes("the annual report layout, $2,400 nzd as quoted")).toEqual(["2400 NZD"]);
		expect(codes("350 $ cad pour les affiches, $90 aud")).toEqual(["350 CAD", "90 AUD"]);
		// "cop" is a word, and a code not right after the amount names nothing.
		expect(codes("$20 cop show tickets, $15 for the nzd transfer")).toEqual(["20 USD", "15 USD"]);
	});

	it("reads an ISO code a column away from its number in an aligned table", () => {
		expect(codes("Getränkekarte              CHF   480.–\nRate card (TH/EN)            THB  9,500.00")).toEqual(["480 CHF", "9500.00 THB"]);
		// A word that may be a currency stays beside its number.
		expect(codes("rooms R   12 and 3")).toEqual([]);
	});

	it("reads a sign a column away from its number where the column aligns its numbers", () => {
		expect(codes("Video institucional       1     S/ 6,800.00\nSubtítulos en inglés      1     S/   450.00")).toEqual(["6800.00 PEN", "450.00 PEN"]);
		expect(codes("Logo design      $ 1,200.00\nBusiness cards   $   150.00\nTravel           £    80.00")).toEqual(["1200.00 USD", "150.00 USD", "80.00 GBP"]);
		expect(codes("Plakat A1        €   90,00")).toEqual(["90.00 EUR"]);
	});

	it("never reads a postcode, phone or registration number as money", () => {
		expect(codes("Please invoice us, 2 days at £400.\nSunderland SR1 3KD\nRomford RM1 3ER\nDorpsweg 3, 1234 RM Amstelveen\nT: 0191 496 0321")).toEqual(["400 GBP"]);
	});
});

describe("a dash for no cents (CH, AT, DE, NL, SE)", () => {
	it("reads the round amount, whatever the dash and the mark before it", () => {
		expect(codes("Spesen pauschal CHF 480.– und 3 Tage à CHF 1'150.–")).toEqual(["480 CHF", "1150 CHF"]);
		expect(codes("2 posters voor €18,- per stuk, 1 banner € 1.250,--")).toEqual(["18 EUR", "1250 EUR"]);
		expect(codes("Resan kostade SEK 1 200:- och hotellet 950:- SEK")).toEqual(["1200 SEK", "950 SEK"]);
		expect(codes("Fr. 180.— pro Stunde")).toEqual(["180 CHF"]);
	});
	it("never reads a time or a section number as money", () => {
		expect(codes("Call at 10:30 - section 3.2 - EUR")).toEqual([]);
	});
});

describe("a slash-dash for no paisa or fils, and the local signs of Egypt, Kenya and Peru", () => {
	it("reads '45,000/-' whole, in the lakh grouping too", () => {
		expect(codes("Tk 6,000/- for the hang tags and PKR 85,000/- for the shoot")).toEqual(["6000 BDT", "85000 PKR"]);
		expect(codes("₹1,20,000/- only")).toEqual(["120000 INR"]);
	});
	it("reads LE, L.E., Ksh. and S/. only as written", () => {
		expect(codes("LE 5,000 and L.E. 500, Ksh. 45,000, S/. 1,200")).toEqual(["5000 EGP", "500 EGP", "45000 KES", "1200 PEN"]);
		expect(codes("Le 15 décembre, le 500e client")).toEqual([]);
	});
});

describe("the won, written after the amount", () => {
	it("reads '1,200,000 won' and '75,000원' as Korean won", () => {
		expect(codes("brochure design : 1,200,000 won, translation check : 2 hours x 75,000 won")).toEqual(["1200000 KRW", "75000 KRW"]);
		expect(codes("디자인 75,000원")).toEqual(["75000 KRW"]);
	});
	it("never reads the English 'won' before a number as a currency", () => {
		expect(codes("We won 3 awards with that poster.")).toEqual([]);
	});
});
