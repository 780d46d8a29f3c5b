// Fees named by their noun alone (shipping, travel, expenses) in every language: a line of their own, never a fee the
// draft leaves out — and never a fee read where the noun is the thing's own work or the price is per item.
import { describe, expect, it } from "vitest";
import { readLines } from "../../../src/connectors/gmail/invoice/extract";

const read = (text: string) => readLines(text).map((l) => [l.description, l.quantity, l.unitPrice]);

describe("fee lines named by a fee noun", () => {
	it("reads the delivery of a thing as that thing's own work, not as a fee called 'Delivery'", () => {
		expect(read("Please invoice $500 for the delivery of the brochures.")).toEqual([["Delivery of the brochures", "1", "500"]]);
	});
	it("never reads a fee priced per item as a flat fee", () => {
		expect(read("Please invoice 30 boxes at $12 each, plus delivery $2 per box.")).toEqual([["Boxes", "30", "12"]]);
	});
	it("keeps a fee word after the noun ('the $150 travel fee')", () => {
		expect(read("Please invoice the 3 portraits at $200 each and add the $150 travel fee.")).toEqual([["Portraits", "3", "200"], ["Travel fee", "1", "150"]]);
	});
	it("reads a fee in a sentence of its own after the lines", () => {
		expect(read("Please invoice 12 prints at £40 each. Postage: £6.50.")).toEqual([["Prints", "12", "40"], ["Postage", "1", "6.50"]]);
		expect(read("Kun je 20 posters à € 4,50 factureren? Verzendkosten € 6,95.")).toEqual([["Posters", "20", "4.50"], ["Verzendkosten", "1", "6.95"]]);
	});
});
