// A short request whose things are joined by "+", the first priced right after its name ("Invoice pls - menu cards
// kr 4 500,- + 3 roll-ups à kr 1 200,-", "Rechnung bitte - Logo 450 € + 3 Banner à 120 €"): each is a line. A "+" that
// adds a tax, a share or an uncounted thing ("+ tax", "+ 10% GST") adds no line, and the price is asked about.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft } from "./invoice-mail";

describe("things joined by '+'", () => {
	it("are each a line, in several languages", () => {
		expectDraft("Invoice pls - logo $450 + 3 banners at $120 each\n\nCheers", "USD", [["Logo", 1, "450.00"], ["Banners", 3, "120.00"]]);
		expectDraft("Rechnung bitte - Logo 450 € + 3 Banner à 120 €\n\nDanke", "EUR", [["Logo", 1, "450.00"], ["Banner", 3, "120.00"]]);
		expectDraft("Factura porfa - logo 450 € + 3 banners a 120 € cada uno\n\nGracias", "EUR", [["Logo", 1, "450.00"], ["Banners", 3, "120.00"]]);
		expectDraft("Facture stp - logo 450 € + 3 bannières à 120 € pièce\n\nMerci", "EUR", [["Logo", 1, "450.00"], ["Bannières", 3, "120.00"]]);
		expectDraft("Factuur graag - logo € 450 + 3 banners à € 120 per stuk\n\nBedankt", "EUR", [["Logo", 1, "450.00"], ["Banners", 3, "120.00"]]);
	});
	it("reads a request written in the subject the same way", () => {
		const d = decide("To Fjordlys Hotell AS, Bryggen 9, 5003 Bergen.\nThanks! Ingrid", "Invoice pls - menu cards NOK 4 500 + 3 roll-ups à NOK 1 200");
		expect(d.kind === "draft" ? (d.params["lines"] as { description: string; quantity: number }[]).map((l) => [l.description, l.quantity]) : JSON.stringify(d)).toEqual([["Menu cards", 1], ["Roll-ups", 3]]);
	});
	it("asks when the '+' adds a tax or the stated sum differs", () => {
		expectClarify("Invoice pls - logo $450 + tax\n\nCheers", "$450");
		expectClarify("Invoice pls - logo $450 + GST + 3 banners at $120 each\n\nCheers", "$450");
		expectClarify("Invoice pls - logo $450 + 3 banners at $120 each = $900\n\nCheers", "$900");
	});
});
