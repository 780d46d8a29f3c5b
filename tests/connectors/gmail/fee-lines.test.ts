// Fees named by their noun alone (shipping, travel, expenses) in every language: a line of their own, never a fee the
// draft leaves out — and never a fee read where the noun is the thing's own work or the price is per item.
import { describe, expect, it } from "vitest";
import { extractInvoice, readLines } from "../../../src/connectors/gmail/invoice/extract";

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

describe("a fee beside a count of days or hours", () => {
	it("is no rival thing: the unit-only line stays the work asked about", () => {
		const x = extractInvoice("Kannst du mir 3 Tage à 800 € in Rechnung stellen? Plus Fahrtkosten 120 €.", { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
		expect(x.lines.map((l) => [l.description, l.quantity, l.unitPrice])).toEqual([["Tage", "3", "800"], ["Fahrtkosten", "1", "120"]]);
		expect(x.problems).toEqual([]);
	});
	it("but a second line that names a thing still is", () => {
		const x = extractInvoice("Please invoice 3 hours at $90 and 2 hours at $120 for the audit.", { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
		expect(x.problems.join(" ")).toContain('"Hours" names only its unit');
	});
	it("reads 'shipping & handling' whole", () => {
		expect(read("Please invoice the 3 banners at $80 each; shipping & handling $15.")).toEqual([["Banners", "3", "80"], ["Shipping & handling", "1", "15"]]);
	});
});

describe("a fee the price already includes", () => {
	it("is no line of its own", () => {
		expect(read("Please invoice the 200 stickers, $35 shipping included.").some((l) => l[0] === "Shipping")).toBe(false);
		expect(read("Fattura per 40 inviti a 3,50 € l'uno, 12 € di spedizione incluso.").some((l) => String(l[0]).startsWith("Spedizione"))).toBe(false);
	});
});

describe("a fee per parcel or one said to be paid", () => {
	it("is never a flat fee when a per-unit word follows its noun", () => {
		expect(read("Kun je 20 posters à € 4,50 factureren, plus € 4,95 verzendkosten per pakket?")).toEqual([["Posters", "20", "4.50"]]);
	});
	it("is asked about when its sentence says it was reimbursed", () => {
		for (const text of ["Please invoice the 3 shoot days at $900 per day. The travel costs of $200 were already reimbursed.", "Bitte 3 Tage à 900 € in Rechnung stellen. Die Reisekosten von 200 € wurden schon erstattet."]) {
			const x = extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
			expect(x.problems.join(" "), text).toContain("its sentence says it is paid");
		}
	});
});

describe("a fee the price is said to include", () => {
	it("is no extra line ('inkl. Versand 5 €')", () => {
		expect(read("Bitte 10 Tassen à 12 € in Rechnung stellen, inkl. Versand 5 €.").some((l) => l[0] === "Versand")).toBe(false);
	});
});
