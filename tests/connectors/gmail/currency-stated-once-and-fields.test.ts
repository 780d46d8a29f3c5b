// Fields and currency: a currency stated once (a table header over "$" cells, a sentence of its own spelling
// it out, a dollar named before a deposit), due dates "on or before", the local purchase order's kind, a firm spelled as
// the mail writes it, and a count of extra units whose thing is named before it.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft } from "./invoice-mail";

describe("a table header naming a dollar currency over cells written with a plain $", () => {
	it("is that dollar in the cells", () => {
		expectDraft("Hi Sam,\n\nPlease invoice:\n\nItem | Qty | Price (AUD)\nMenu redesign | 1 | $680.00\nChalkboard | 2 | $240.00\n\nThanks,\nDana", "AUD", [
			["Menu redesign", 1, "680.00"],
			["Chalkboard", 2, "240.00"],
		]);
		expectDraft("Hi Sam,\n\nPlease invoice:\n\nItem | Qty | Price (CAD)\nWebsite audit | 1 | $1,200.00\n\nThanks,\nDana", "CAD", [["Website audit", 1, "1200.00"]]);
		expectDraft("Hola Sam,\n\nPor favor factúranos:\n\nConcepto | Cant. | Precio (MXN)\nDiseño de logo | 1 | $8,500.00\n\nSaludos,\nDana", "MXN", [["Diseño de logo", 1, "8500.00"]]);
	});
	it("still asks when the header names a currency not written with $, or a cell writes another dollar", () => {
		expectClarify("Hi Sam,\n\nPlease invoice:\n\nItem | Qty | Price (EUR)\nMenu redesign | 1 | $680.00\n\nThanks,\nDana", "the table's header writes EUR");
		expectClarify("Hi Sam,\n\nPlease invoice:\n\nItem | Qty | Price (AUD)\nMenu redesign | 1 | US$680.00\n\nThanks,\nDana", "the table's header writes AUD");
	});
});

describe("a currency spelled out in a sentence of its own", () => {
	it("carries to the plain prices of its paragraph", () => {
		expectDraft("Hi Sam,\n\nCould you invoice me? The logo was 800 and the business cards another 150. All in Canadian dollars of course.\n\nThanks,\nDana", "CAD", [
			["Logo", 1, "800.00"],
			["Business cards", 1, "150.00"],
		]);
		expectDraft("Hi Sam,\n\nPlease send the invoice. The mural was 2,000 and the sealant another 300 (that's just the labour). All in Australian dollars.\n\nDana", "AUD", [
			["Mural", 1, "2000.00"],
			["Sealant", 1, "300.00"],
		]);
	});
	it("never takes a plain 'dollars' or a name in another paragraph", () => {
		expectClarify("Hi Sam,\n\nCould you invoice me? The logo was 800 and the business cards another 150. All in dollars of course.\n\nThanks,\nDana", "no currency given");
		expectClarify("Hi Sam,\n\nCould you invoice me? The logo was 800.\n\nAll in Canadian dollars of course.\n\nThanks,\nDana", "no currency given");
	});
	it("leaves a thing paid to another supplier out of the line's question, not one paid to you", () => {
		expectDraft("Hi Sam,\n\nCould you invoice me? The logo was $800 and the cards another $150 (the printing I already paid to the print shop directly).\n\nDana", "USD", [
			["Logo", 1, "800.00"],
			["Cards", 1, "150.00"],
		]);
		expectClarify("Hi Sam,\n\nCould you invoice me? The logo was $800 and the cards another $150, which I already paid to you.\n\nDana", "its sentence says it is paid");
	});
});

describe("a deposit in a later sentence of the paragraph that names the dollar", () => {
	it("is in that dollar", () => {
		const d = decide("Hi Sam,\n\nPlease send the final invoice: the shoot was NZ$2,400 and the album NZ$300. We paid the $600 deposit back in March.\n\nThanks,\nDana");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect(d.params["currency"]).toBe("NZD");
	});
	it("but any other $ in another sentence is still asked about", () => {
		expectClarify("Hi Sam,\n\nPlease invoice us for 2 workshops at CA$600 each. The licence was $120 for the software.\n\nDana", "more than one currency");
		expectClarify("Hi Sam,\n\nPlease invoice the logo at NZ$1,200 and the hosting at US$300.\n\nDana", "more than one currency");
	});
});

describe("a count of extra units whose thing is named before it", () => {
	it("asks what the line is called when its name is read after the rate", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the shoot at $900 and then Mia stayed on for the extra 2 hours at $80 an hour for the speeches.\n\nDana", 'the email counts "the extra 2 hours"');
	});
	it("leaves hours named by what follows the rate alone", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us - it's 6 hours at £45 an hour for the garden clearance plus £60 for the skip.\n\nDana", "GBP", [
			["Garden clearance (hours)", 6, "45.00"],
			["Skip", 1, "60.00"],
		]);
	});
});

describe("fields", () => {
	it("reads a due date 'on or before' the date", () => {
		const d = decide("Hi Sam,\n\nPlease invoice the logo, USD 900. Payment will be done on or before 10th December 2026, please put same as due date.\n\nDana");
		expect(d.kind === "draft" ? d.params["due_date"] : d).toBe("2026-12-10");
	});
	it("writes a local purchase order with its kind", () => {
		const d = decide("Hi Sam,\n\nPlease invoice us for the logo design, USD 900. Our LPO 00731 covers it, please quote it on the invoice.\n\nThanks,\nDana");
		expect(d.kind === "draft" ? d.params["reference"] : d).toBe("LPO 00731");
		const po = decide("Hi Sam,\n\nPlease invoice the poster design, EUR 400. Please put our PO 7782 on it.\n\nThanks,\nDana");
		// "PO" right before a number is written with it, as the labels write it (tests/fixtures/emails/LABELS.md).
		expect(po.kind === "draft" ? po.params["reference"] : po).toBe("PO 7782");
	});
});

describe("a plain $ beside a dollar named in words", () => {
	it("is the dollar the table knows in any of the languages", () => {
		expectDraft("Ciao Sam,\n\nfatturaci il logo a $800 (dollari australiani).\n\nGrazie,\nDana", "AUD", [["Logo", 1, "800.00"]]);
		expectDraft("Hallo Sam,\n\nbitte stell uns das Logo mit $800 in Rechnung, alles in kanadische Dollar.\n\nGruß\nDana", "CAD", [["Logo", 1, "800.00"]]);
	});
	it("is asked about when the dollar's country is one the table does not know", () => {
		expectClarify("Ciao Sam,\n\nfatturaci il logo a $800 (dollari giamaicani).\n\nGrazie,\nDana", 'names "dollari giamaicani"');
		expectClarify("Hi Sam,\n\nPlease invoice the logo at $800, in Fijian dollars.\n\nDana", 'names "Fijian dollars"');
	});
	it("stays US dollars beside American dollars or a dollar count", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the logo at $800, in American dollars.\n\nDana", "USD", [["Logo", 1, "800.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the 3 banners at $120 each, so 360 dollars total.\n\nDana", "USD", [["Banners", 3, "120.00"]]);
	});
});
