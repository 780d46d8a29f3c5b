// Table rows the reader reads whole: an aligned row whose sign stands after each number (one blank left between price
// and amount once the column's padding is closed), a name that ends in a size or a year, a quantity cell that names its
// unit ("48 pages"), subtotal, total and deposit rows — and a count in a clause after a thing joined on ("plus the
// retouching, which came to 6 hours at £75/h"). A row or total that does not add up is always asked about.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { decide, expectClarify, expectDraft, expectNoDraft, TODAY } from "./invoice-mail";

/** An HTML-only mail, decided as the watcher decides it. */
function decideHtml(html: string) {
	const raw = `From: Ana Ruiz <ana@cliente.example>\r\nTo: owner@lumenpine.example\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
	return decideInvoice(toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
}
const table = (rows: string[][]) => `<table border="1">${rows.map((r) => `<tr>${r.map((c) => (c.startsWith("*") ? `<td colspan="3"><b>${c.slice(1)}</b></td>` : `<td>${c}</td>`)).join("")}</tr>`).join("")}</table>`;
const linesOf = (d: ReturnType<typeof decide>) => (d.kind === "draft" ? (d.params["lines"] as { description: string; quantity: number; unit_price: string }[]).map((l) => [l.description, l.quantity, l.unit_price]) : JSON.stringify(d));

describe("an aligned table whose sign follows each price and amount", () => {
	it("reads French rows with space-grouped thousands, a total row and a deposit paid", () => {
		const text = "Tu peux m'envoyer la facture ?\n\nDésignation               Qté    P.U.            Montant\nCouverture du baptême       1      1 450,00 €      1 450,00 €\nLivre photo                 2        180,00 €        360,00 €\nTotal                                              1 810,00 €\n\nOn t'a déjà versé un acompte de 400,00 € en mars.\n\nMerci !";
		const d = decide(text);
		expect(linesOf(d)).toEqual([["Couverture du baptême", 1, "1450.00"], ["Livre photo", 2, "180.00"]]);
		if (d.kind === "draft") {
			expect(d.total).toBe("1810.00 EUR");
			expect(d.evidence.join(" ")).toContain("Deposit already paid: 400.00 EUR");
		}
	});
	it("reads Spanish and German rows, a name ending in a size or a year", () => {
		expectDraft("¿Me envías la factura, por favor?\n\nConcepto                  Cant.    Precio        Importe\nImpresión lona 200x100      2      95,00 €       190,00 €\nDiseño catálogo 2027        1      1.250,00 €    1.250,00 €\nTotal                                            1.440,00 €", "EUR", [["Impresión lona 200x100", 2, "95.00"], ["Diseño catálogo 2027", 1, "1250.00"]]);
		expectDraft("Bitte schicken Sie mir die Rechnung.\n\nLeistung                 Menge    Einzelpreis    Gesamt\nPlakat A2                  3         80,00 €     240,00 €\nFlyer Gestaltung           1        350,00 €     350,00 €\nSumme                                            590,00 €", "EUR", [["Plakat A2", 3, "80.00"], ["Flyer Gestaltung", 1, "350.00"]]);
	});
	it("asks when a row's amount is not its quantity times its price", () => {
		expectNoDraft("Bitte schicken Sie mir die Rechnung.\n\nLeistung                 Menge    Einzelpreis    Gesamt\nPlakat A2                  3         80,00 €     250,00 €\nFlyer Gestaltung           1        350,00 €     350,00 €");
	});
	it("asks when the total row is not the rows' sum", () => {
		expectClarify("Tu peux m'envoyer la facture ?\n\nDésignation               Qté    P.U.            Montant\nCouverture du baptême       1      1 450,00 €      1 450,00 €\nLivre photo                 2        180,00 €        360,00 €\nTotal                                              1 910,00 €", "does not match the lines");
	});
});

describe("a table row whose quantity cell names its unit", () => {
	it("reads it when the row's amount is the count times the price (rows from HTML and typed with bars)", () => {
		const d = decideHtml(`<p>Please issue your invoice for the items below.</p>${table([["Description", "Qty", "Unit price (US$)", "Amount (US$)"], ["Catalogue layout", "36 pages", "55.00", "1,980.00"], ["Product icons", "12", "40.00", "480.00"], ["*Total", "US$2,460.00"]])}<p>Regards,<br>Ana</p>`);
		expect(linesOf(d)).toEqual([["Catalogue layout", 36, "55.00"], ["Product icons", 12, "40.00"]]);
		if (d.kind === "draft") expect(d.total).toBe("2460.00 USD");
		expectDraft("Por favor emita la factura:\n\nConcepto | Cantidad | Precio | Importe\nTraducción del manual | 30 páginas | 25,00 € | 750,00 €\nRevisión | 4 horas | 40,00 € | 160,00 €\nTotal | 910,00 €", "EUR", [["Traducción del manual", 30, "25.00"], ["Revisión", 4, "40.00"]]);
		expectDraft("Könnten Sie mir die Rechnung schicken?\n\n| Leistung | Menge | Preis | Betrag |\n| Fotoshooting | 2 Tage | 900,00 € | 1.800,00 € |\n| Bildbearbeitung | 1 | 300,00 € | 300,00 € |", "EUR", [["Fotoshooting", 2, "900.00"], ["Bildbearbeitung", 1, "300.00"]]);
	});
	it("reads a unit written in a column of its own", () => {
		expectDraft("Please invoice us:\n\nItem | Qty | Unit | Rate | Amount\nRetouching | 6 | hrs | £75.00 | £450.00\nHalf-day shoot | 1 | day | £450.00 | £450.00", "GBP", [["Retouching", 6, "75.00"], ["Half-day shoot", 1, "450.00"]]);
		expectDraft("Please invoice us:\n\nItem                 Qty   Unit    Rate       Amount\nRetouching             6   hrs     £75.00     £450.00\nHalf-day shoot         1   day     £450.00    £450.00", "GBP", [["Retouching", 6, "75.00"], ["Half-day shoot", 1, "450.00"]]);
	});
	it("asks what a row labelled only by its unit is for, beside a row that names its thing", () => {
		expectClarify("Please invoice us:\n\nHalf-day shoot       £450\nHours                6 x £75", "names only its unit");
		expectClarify("Bitte Rechnung stellen:\n\nFotoshooting         900 €\nStunden              4 x 60 €", "names only its unit");
	});
	it("asks when the row's amount or the total does not add up, or no amount column checks the count", () => {
		expectNoDraft("Please invoice us for the following:\n\nDescription | Qty | Unit price | Amount\nBrochure layout | 24 pages | $45.00 | $1,800.00\nCover illustration | 1 | $600.00 | $600.00");
		expectClarify("Please invoice us for the following:\n\nDescription | Qty | Unit price | Amount\nBrochure layout | 24 pages | $45.00 | $1,080.00\nCover illustration | 1 | $600.00 | $600.00\nTotal | | | $1,780.00", "does not match the lines");
		// "3 concepts" may be what a flat $500 includes: with no amount column, the count is not multiplied.
		expectNoDraft("Please invoice us for the following:\n\nLogo design | 3 concepts | $500\nCover illustration | 1 | $600.00");
	});
});

describe("a table whose first column numbers the rows", () => {
	it("reads the quantity column, never the row's number, aligned or with bars", () => {
		expectDraft("Könnten Sie die Rechnung schicken?\n\nPos.  Leistung               Menge    Einzelpreis    Gesamt\n1     Logo-Entwicklung         1      1.200,00 €     1.200,00 €\n2     Visitenkarten          250          0,60 €       150,00 €\n      Gesamtbetrag                                   1.350,00 €", "EUR", [["Logo-Entwicklung", 1, "1200.00"], ["Visitenkarten", 250, "0.60"]]);
		expectDraft("Could you send the invoice?\n\nNo. | Description | Qty | Rate | Amount\n1 | Brochure design | 2 | £400.00 | £800.00\n2 | Cover shoot | 1 | £650.00 | £650.00\nTotal | £1,450.00", "GBP", [["Brochure design", 2, "400.00"], ["Cover shoot", 1, "650.00"]]);
		const d = decideHtml(`<p>Could you send the invoice?</p>${table([["#", "Item", "Qty", "Price", "Amount"], ["1", "Menu design", "1", "$450.00", "$450.00"], ["2", "Table cards", "40", "$2.50", "$100.00"]])}`);
		expect(linesOf(d)).toEqual([["Menu design", 1, "450.00"], ["Table cards", 40, "2.50"]]);
	});
	it("asks when a numbered row's amount is not its quantity times its price", () => {
		expectNoDraft("Could you send the invoice?\n\nNo. | Description | Qty | Rate | Amount\n1 | Brochure design | 2 | £400.00 | £850.00\n2 | Cover shoot | 1 | £650.00 | £650.00");
		expectNoDraft("Could you send the invoice?\n\n#   Description              Qty    Rate         Amount\n1   Brochure design           3     £400.00      £800.00\n2   Cover shoot               1     £650.00      £650.00");
	});
});

describe("a count in a clause after a thing joined on to a priced one", () => {
	it("is that thing's count", () => {
		expectDraft("Can you invoice us now please? As agreed it's the studio session at $900 plus the retouching, which came to 6 hours at $60/h.", "USD", [["Studio session", 1, "900.00"], ["Retouching (hours)", 6, "60.00"]]);
		expectDraft("Could you invoice us? As discussed, the half-day shoot at £450, plus the editing, which took 5 hours at £70 per hour.", "GBP", [["Half-day shoot", 1, "450.00"], ["Editing (hours)", 5, "70.00"]]);
	});
	it("reads sets as the count of the thing named with them, never as the thing", () => {
		expectDraft("Can you invoice us please? The shoot was £450 and the prints were 3 sets at £20 each.", "GBP", [["Shoot", 1, "450.00"], ["Prints (sets)", 3, "20.00"]]);
		expectClarify("Can you invoice us please? The shoot was £450, and the prints, which came to 3 sets at £20 each.", "names only its unit");
	});
	it("asks when the clause counts the thing already priced", () => {
		// "£450 for the shoot, which came to 6 hours at £75/h" tells the shoot's price twice: never both drafted.
		expectClarify("Please invoice us now. It's £450 for the shoot, which came to 6 hours at £75/h.", "two amounts for \"Shoot\"");
		expectNoDraft("Please invoice us now. It's £500 for the shoot, which came to 6 hours at £75/h.");
	});
});
