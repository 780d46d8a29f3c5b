// Ways of writing an amount's currency that name it as clearly as a symbol: a dollar's own sign with its country's
// letters ("N$", "RD$"), a code typed in lower case in a mail typed so ("850 nzd"), and Quebec's "60 $" in a mail that
// names Canadian dollars; and a currency written once for several amounts. Near misses stay questions.
import { describe, expect, it } from "vitest";
import { CARRY_ROWS, carryCurrency } from "../../../src/connectors/gmail/invoice/carried-currency";
import { findMoney } from "../../../src/connectors/gmail/invoice/money-text";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a dollar's own sign with its country's letters", () => {
	it("is that country's dollar", () => {
		expectDraft("Please invoice us for the lodge brochure: N$ 9 600,00.", "NAD", [["Lodge brochure", 1, "9600.00"]]);
		expectDraft("Bitte die Rechnung für 3 Tage Fotos à N$ 2 800,00.", "NAD", [["Fotos (Tage)", 3, "2800.00"]]);
		expectDraft("Mándame la factura del logo, RD$ 25,000.", "DOP", [["Logo", 1, "25000.00"]]);
		expectDraft("Please invoice the menu design, J$85,000.", "JMD", [["Menu design", 1, "85000.00"]]);
		expectDraft("Please invoice 4 banners at TT$ 650 each.", "TTD", [["Banners", 4, "650.00"]]);
	});
	it("a plain $ beside no country stays as before: US dollars", () => expectDraft("Please invoice the menu design, $850.", "USD", [["Menu design", 1, "850.00"]]));
});

describe("a currency code typed in lower case", () => {
	it("is read in a mail that writes every amount so", () => {
		expectDraft("hey sam can u invoice me 850 nzd for the poster. cheers", "NZD", [["Poster", 1, "850.00"]]);
		expectDraft("pls invoice the logo, 1200 chf. thx", "CHF", [["Logo", 1, "1200.00"]]);
		expectDraft("can you bill us for 3 workshops at 400 aud each", "AUD", [["Workshops", 3, "400.00"]]);
		expectDraft("invoice me the banner, 300 cad. ta", "CAD", [["Banner", 1, "300.00"]]);
	});
	it("beside amounts written the strict way, is asked about, never a line", () => {
		expectClarify("Please invoice 8 hours of editing at 50 USD per hour. Oh and the courier was 35 usd, you paid it.", "35 usd");
		expectClarify("Bitte 12 Drucke à 25 € in Rechnung stellen, und der Rahmen 90 eur... nein: 90 chf.", "90 chf");
	});
	it("a word that is also a code before a number, or a count of things, is no currency", () => {
		expectDraft("Please invoice the 3 cad drawings at $150 each.", "USD", [["Cad drawings", 3, "150.00"]]);
		expectNoDraft("can u invoice the cad 3 files, 400 like we said");
		expectNoDraft("can u invoice me for the top 5 photos, 500 like we said");
	});
});

describe("a $ after its amount (as Quebec writes it) in a mail that names Canadian dollars", () => {
	it("is Canadian dollars wherever the name stands", () => {
		expectDraft("Peux-tu m'envoyer la facture?\n- Affiche : 1 450 $\n- Programme : 875 $\n\nTout en dollars canadiens, évidemment.", "CAD", [["Affiche", 1, "1450.00"], ["Programme", 1, "875.00"]]);
		expectDraft("Pouvez-vous nous facturer 12 heures à 75 $ de l'heure? Nous payons en dollars canadiens.", "CAD", [["Heures", 12, "75.00"]]);
		expectDraft("Please invoice the poster, 600 $. All amounts in Canadian dollars.", "CAD", [["Poster", 1, "600.00"]]);
	});
	it("stays a question when the mail also speaks of US dollars, names nothing, or writes the $ before the amount", () => {
		expectClarify("Peux-tu m'envoyer la facture? Affiche : 1 450 $. Tout en dollars canadiens, ou en dollars américains si c'est plus simple.", 'the currency "$" could be CAD or USD');
		expectClarify("Peux-tu m'envoyer la facture? Affiche : 1 450 $.", 'the currency "$" could be CAD or USD');
		expectClarify("Please invoice the poster, $600. We pay in Canadian dollars.", 'the currency "$" could be CAD or USD');
	});
});

describe("a currency written once for several amounts (carried-currency.ts)", () => {
	for (const row of CARRY_ROWS) {
		it(`${row.id}: ${row.says}`, () => {
			for (const [text, reads] of row.examples) expect(carryCurrency(text, findMoney(text))?.text, text).toBe(reads);
			for (const text of row.ignores) expect(carryCurrency(text, findMoney(text)), text).toBeNull();
		});
	}
	it("reads the joined price and the deposit in the mark's currency, quoting the email's own words", () => {
		expectDraft("Please invoice us: it was 1,200 € for the logo and 300 for the business cards.", "EUR", [["Logo", 1, "1200.00"], ["Business cards", 1, "300.00"]]);
		expectDraft("Can you send the invoice? $2,000 for the website plus 250 for the hosting setup.", "USD", [["Website", 1, "2000.00"], ["Hosting setup", 1, "250.00"]]);
		const d = decide("Send the invoice when you can: 900 CHF for the brochure and 150 for the proofreading. We paid the 400 deposit in May.");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") {
			expect(d.params["currency"]).toBe("CHF");
			expect(d.evidence?.join(" ")).toContain("Deposit already paid: 400 CHF");
			expect(d.sources?.length).toBe(2);
			// Each line quotes the sentence as written: "150", never the carried "150 CHF".
			for (const source of d.sources ?? []) expect(source).toBe("Send the invoice when you can: 900 CHF for the brochure and 150 for the proofreading.");
		}
	});
	it("a number that may be a count, or a mark that needs a country, stays a question", () => {
		expectNoDraft("Please invoice 10 flyers at $1 each and 50 for the event.");
		expectClarify("Please invoice $500 for the shoot and 2 for the travel days.", "mentions 2");
		expectClarify("Please invoice $1,200 for the shoot and 50 for each extra photo.", "mentions 50");
		expectClarify("Please invoice €900 for the logo and 120 for the first 2 revisions, thanks.", "mentions 120");
		expectClarify("Can you invoice $800 for the shoot, and 100 for the rush, or was it 150?", "mentions 100");
		// A deposit not yet paid is no payment to record: asked, as with its mark written.
		expectClarify("Please invoice the mural, $3,800. We will pay the 1,000 deposit tomorrow.", "mentions 1,000");
		expectClarify("send me the invoice - it's 600 bucks for the wrap design and 150 for the sticker run.", 'the currency "bucks" could be');
		expectNoDraft("Please invoice $500 for the shoot and €120 for the prints and 40 for the frame.");
	});
});

describe("\"MT\" after an amount: Mozambique's metical, or metric tons", () => {
	it("is the metical from a sender placed in Mozambique", () => {
		expectDraft("Pode enviar a fatura, por favor?\n- Design do folheto: 25.000,00 MT\n\nObrigada,\nCarla\nAv. Marginal 4210, Maputo", "MZN", [["Design do folheto", 1, "25000.00"]]);
		expectDraft("Pode faturar as 3 sessões a 4.500,00 MT cada?\n\nNuno\n+258 84 555 0101", "MZN", [["Sessões", 3, "4500.00"]]);
	});
	it("is asked about with no such place, and never a price beside another currency", () => {
		expectClarify("Pode enviar a fatura do folheto, 25.000,00 MT?", 'whether "MT" is the currency MZN');
		expectNoDraft("Please invoice the gravel delivery: 20 MT at $40 per ton.");
	});
});

describe("Angola's kwanza, written Kz", () => {
	it("is AOA before or after the amount", () => {
		expectDraft("Por favor emita a factura do logótipo: 85.000,00 Kz.", "AOA", [["Logótipo", 1, "85000.00"]]);
		expectDraft("Please invoice 4 posters at Kz 12.500,00 each.", "AOA", [["Posters", 4, "12500.00"]]);
	});
	it("a word that only starts with kz is no currency", () => expectNoDraft("Please invoice the 3 kzbanners, as agreed."));
});

describe("a currency code written after a price's 'each' (220 each NZD)", () => {
	it("is the price's own currency", () => {
		expectDraft("Sam - invoice me for the 4 portraits, 180 each AUD. ta", "AUD", [["Portraits", 4, "180.00"]]);
		expectDraft("Hi Sam, please bill us for the 6 posters, 45 apiece CAD.", "CAD", [["Posters", 6, "45.00"]]);
	});
	it("stays a question beside another currency, or with a code that is none", () => {
		expectNoDraft("Sam - invoice me for the 4 portraits, 180 each AUD, and the frames €40.");
		expectClarify("Sam - invoice me for the 4 portraits, 180 each ABC.", "no currency given");
	});
});
