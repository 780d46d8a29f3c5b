// A table whose currency is written once in its header row ("Amount (AED)", "Preis in €", "Importe [EUR]") over cells of
// bare numbers: the cells are in that currency. A header that disagrees with its own cells, or with another header
// cell, is asked about; a table whose header names no currency still asks for one.
import { describe, expect, it } from "vitest";
import { HEADER_FORMS, headerMark } from "../../../src/connectors/gmail/invoice/header-currency";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { decide, expectClarify, expectDraft, expectNoDraft, TODAY } from "./invoice-mail";

describe("the currency a table's header cell names (header-currency.ts)", () => {
	for (const form of HEADER_FORMS) {
		it(`${form.id}: ${form.says}`, () => {
			for (const [cell, mark] of form.examples) expect(headerMark(cell), cell).toBe(mark);
		});
	}
});

describe("a table whose currency is only in its header", () => {
	it("reads its bare numbers in the header's currency: English, a markdown table", () => {
		expectDraft("Please invoice us as below.\n\n| Item | Qty | Price (GBP) |\n| Poster design | 2 | 180.00 |\n| Flyer layout | 1 | 95.00 |", "GBP", [["Poster design", 2, "180.00"], ["Flyer layout", 1, "95.00"]]);
	});
	it("reads its bare numbers in the header's currency: German, the currency after in", () => {
		expectDraft("Bitte stellen Sie uns Folgendes in Rechnung:\n\nLeistung | Menge | Preis in €\nFotoshooting | 1 | 1.200,00\nBildbearbeitung | 10 | 15,00\nSumme | | 1.350,00", "EUR", [["Fotoshooting", 1, "1200.00"], ["Bildbearbeitung", 10, "15.00"]]);
	});
	it("reads its bare numbers in the header's currency: Spanish, the currency in square brackets", () => {
		expectDraft("¿Nos puedes facturar esto?\n\nConcepto | Cantidad | Importe [EUR]\nDiseño del logotipo | 1 | 900,00", "EUR", [["Diseño del logotipo", 1, "900.00"]]);
	});
	it("reads its bare numbers in the header's currency: French, two currency columns and a total", () => {
		expectDraft("Merci de nous facturer :\n\nPrestation | Qté | Prix unitaire (CHF) | Montant (CHF)\nRetouche photos | 20 | 12.00 | 240.00\nTotal | 240.00", "CHF", [["Retouche photos", 20, "12.00"]]);
	});

	it("quotes the row as the email writes it, without the carried currency", () => {
		const d = decide("Please invoice us:\n\nDescription | Qty | Amount (USD)\nLanding page | 1 | 1,400.00");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") {
			expect(d.params["currency"]).toBe("USD");
			for (const s of d.sources ?? []) expect(s).not.toContain("USD");
		}
	});

	it("reads an HTML table the same way, a total spanning the first columns included", () => {
		const html = `<p>Kindly issue your invoice as per the below.</p><table><tr><th>Description</th><th>Qty</th><th>Rate (SGD)</th><th>Amount (SGD)</th></tr><tr><td>Event photography</td><td>3</td><td>800.00</td><td>2,400.00</td></tr><tr><td colspan="3">Total</td><td>2,400.00</td></tr></table>`;
		const raw = `From: Wei Ling Tan <weiling@harbourco.example>\r\nTo: owner@lumenpine.example\r\nSubject: Invoice request\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
		const d = decideInvoice(toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") {
			expect(d.params["currency"]).toBe("SGD");
			expect(d.total).toBe("2400.00 SGD");
		}
	});

	it("a header that disagrees with its own cells, or with itself, is asked about", () => {
		expectClarify("Please invoice us:\n\nItem | Qty | Price (EUR)\nLogo design | 1 | $500.00", "the table's header writes EUR but its cells write $500.00");
		expectClarify("Please invoice us:\n\nItem | Unit price (EUR) | Amount (GBP)\nLogo design | 500.00 | 500.00", "the table's header writes EUR and GBP");
	});

	it("a header that names no currency, or a quantity column, leaves the bare numbers without one", () => {
		expectClarify("Please invoice us:\n\nItem | Qty (pcs) | Price\nLogo design | 2 | 500.00", "no currency given");
		expectNoDraft("Please invoice us:\n\nItem | Amount\nLogo design | 500.00");
	});
});
