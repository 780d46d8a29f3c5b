// Plain-text tables set out with spaces or tabs: the rows of "description, quantity, unit price, amount" with the
// currency written after each number ("5 000 Kč"), and the currency written only in a column's name or a heading.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { htmlToText } from "../../../src/connectors/gmail/mime/html-to-text";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { expectClarify, expectDraft, expectNoDraft, TODAY } from "./invoice-mail";

/** An HTML-only mail, decided as the watcher decides it. */
function decideHtml(html: string) {
	const raw = `From: Ana Ruiz <ana@cliente.example>\r\nTo: owner@lumenpine.example\r\nSubject: Factura\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
	return decideInvoice(toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
}
const cell = (t: string) => `<td style="padding:0 5.4pt"><p class="MsoNormal">${t}</p></td>`;

describe("an aligned table whose numbers carry their currency after them", () => {
	it("reads its rows: koruna with a space between the thousands", () => {
		expectDraft("Please invoice the following:\n\n  Item                  Qty    Unit price     Amount\n  Poster design           2      3 200 Kč       6 400 Kč\n  Leaflet                 1      1 800 Kč       1 800 Kč\n                                        Total   8 200 Kč", "CZK", [["Poster design", 2, "3200.00"], ["Leaflet", 1, "1800.00"]]);
	});
	it("reads its rows: złoty, no header row", () => {
		expectDraft("Could you invoice us for these?\n\nProjekt logo        1     2 400 zł     2 400 zł\nWizytówki           3       150 zł       450 zł", "PLN", [["Projekt logo", 1, "2400.00"], ["Wizytówki", 3, "150.00"]]);
	});
	it("never a row whose amount is not its quantity times its price", () => {
		expectNoDraft("Please invoice the following:\n\nPoster design           2      3 200 Kč       6 000 Kč\nLeaflet                 1      1 800 Kč       1 800 Kč");
	});
});

describe("an aligned table whose sign stands a column away from a shorter number", () => {
	it("reads every row, the short amount padded after its sign as much as the long one", () => {
		expectDraft("Le solicitamos emitir la factura por los siguientes conceptos:\n\n   Concepto                 Cant.     P. unit.\n   Diseño de catálogo         1     S/ 3,200.00\n   Fotos de producto         12     S/    85.00\n\nAtentamente,\nLuis", "PEN", [["Diseño de catálogo", 1, "3200.00"], ["Fotos de producto", 12, "85.00"]]);
		expectDraft("Please invoice the following:\n\nBrochure layout      1    $ 2,400.00\nCover illustration   1    $   350.00\n\nThanks", "USD", [["Brochure layout", 1, "2400.00"], ["Cover illustration", 1, "350.00"]]);
	});
	it("reads a flat remark in brackets after a dotted row's price as the price of one", () => {
		expectDraft("Please invoice us for these:\n\nAnnual report layout ........ $2,100.00 USD (flat)\nIcons ....................... 6 x $40.00\n\nThanks", "USD", [["Annual report layout", 1, "2100.00"], ["Icons", 6, "40.00"]]);
		expectDraft("Bitte stellen Sie uns folgendes in Rechnung:\n\nFlyer-Gestaltung        480,00 € (pauschal)\nBroschüre               1.250,00 € (wie vereinbart)\n\nDanke", "EUR", [["Flyer-Gestaltung", 1, "480.00"], ["Broschüre", 1, "1250.00"]]);
	});
	it("never reads a row whose bracketed remark says part of it is paid", () => {
		expectNoDraft("Please invoice us for these:\n\nAnnual report layout ........ $2,100.00 USD (half paid)\nIcons ....................... 6 x $40.00\n\nThanks");
	});
});

describe("a tab or space aligned table whose currency is only in a column's name", () => {
	it("reads a tab-separated table in the header's currency: a sign in brackets, a total under the last column", () => {
		expectDraft("Le pedimos emitir la factura por lo siguiente:\n\nServicio\tCant.\tPrecio (S/)\tImporte (S/)\nSesión de fotos 2026\t1\t1,200.00\t1,200.00\nRetoque de imágenes\t30\t15.00\t450.00\nTotal\t\t\t1,650.00\n\nSaludos,\nMarco", "PEN", [["Sesión de fotos 2026", 1, "1200.00"], ["Retoque de imágenes", 30, "15.00"]]);
	});
	it("reads a tab-separated table in the header's currency: a code in brackets, long rows", () => {
		expectDraft("Please raise your invoice for the below.\n\nDescription\tQty\tRate (AED)\tAmount (AED)\nExhibition stand graphics (3 panels, EN/AR)\t1\t6,500\t6,500\nProduct leaflets\t4\t900\t3,600\nTotal\t\t\t10,100\n\nRegards,\nOmar", "AED", [["Exhibition stand graphics (3 panels, EN/AR)", 1, "6500.00"], ["Product leaflets", 4, "900.00"]]);
	});
	it("reads a space-aligned table with a rule under its header in the header's currency", () => {
		expectDraft("Hi Sam, please invoice as below:\n\nItem                         Qty    Rate (S$)    Amount (S$)\n---------------------------  ---  -----------  -------------\nEvent photography              2     1,100.00       2,200.00\nSame-day highlights reel       1       650.00         650.00\n                                                   -------------\nTotal                                                   2,850.00\n\nThanks,\nWei", "SGD", [["Event photography", 2, "1100.00"], ["Same-day highlights reel", 1, "650.00"]]);
	});
	it("reads a space-aligned table whose price column is named by its code alone", () => {
		expectDraft("Could you invoice us for these?\n\nLeistung            Menge      EUR\nWorkshop               2    480,00\nHandout-Gestaltung     1    150,00\n\nDanke!", "EUR", [["Workshop", 2, "480.00"], ["Handout-Gestaltung", 1, "150.00"]]);
	});
	it("asks when a cell writes another currency than its column's name", () => {
		expectClarify("Please invoice us:\n\nItem\tQty\tPrice (EUR)\tAmount (EUR)\nLogo design\t1\t$500.00\t$500.00", "the table's header writes EUR but its cells write $500.00");
		expectClarify("Please invoice us:\n\nItem              Qty    Price (GBP)\nPoster design       2         €120", "the table's header writes GBP but its cells write €120");
	});
	it("still asks for the currency when the column names none", () => {
		expectClarify("Please invoice us:\n\nItem\tQty\tUnit price\tAmount\nPoster design\t2\t120.00\t240.00", "no currency given");
		expectNoDraft("Please invoice us:\n\nItem                 Qty (pcs)    Price\nPoster design            2       120.00");
	});
});

describe("an HTML table whose cells name a shared sign's currency after the amount", () => {
	const table = (rows: string[][]) => `<table border="1">${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
	it("reads each row in the code its cells write ($350.00 MXN, $120.00 NZD)", () => {
		const d = decideHtml(`<p>Le solicito la factura por lo siguiente:</p>${table([["Concepto", "Cantidad", "Precio unitario", "Importe"], ["Logotipo", "1", "$6,000.00 MXN", "$6,000.00 MXN"], ["Etiquetas", "8", "$450.00 MXN", "$3,600.00 MXN"], ["Total", "", "", "$9,600.00 MXN"]])}<p>Saludos</p>`);
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") {
			expect(d.params["currency"]).toBe("MXN");
			expect(d.params["lines"]).toEqual([{ description: "Logotipo", quantity: 1, unit_price: "6000.00" }, { description: "Etiquetas", quantity: 8, unit_price: "450.00" }]);
		}
		expectDraft("Please invoice us:\n\nItem | Qty | Unit price\nPoster design | 2 | $120.00 NZD\nFlyer | 1 | $80.00 NZD", "NZD", [["Poster design", 2, "120.00"], ["Flyer", 1, "80.00"]]);
	});
	it("asks when a row's amount is not its quantity times its price, or a code contradicts its sign", () => {
		const d = decideHtml(`<p>Le solicito la factura por lo siguiente:</p>${table([["Concepto", "Cantidad", "Precio unitario", "Importe"], ["Etiquetas", "8", "$450.00 MXN", "$3,900.00 MXN"]])}`);
		expect(d.kind, JSON.stringify(d)).toBe("clarify");
		expectNoDraft("Please invoice us:\n\nItem | Qty | Unit price\nPoster design | 2 | €120.00 NZD");
	});
});

describe("an Outlook table, each cell one paragraph", () => {
	it("keeps each row on one line", () => {
		expect(htmlToText(`<table><tr>${cell("<b>Item</b>")}${cell("<b>Qty</b>")}</tr><tr>${cell("Logo")}${cell("2")}</tr></table>`)).toBe("Item | Qty\n\nLogo | 2");
		// A cell of several paragraphs keeps them apart.
		expect(htmlToText(`<table><tr><td><p>Logo</p><p>Two versions</p></td><td><p>2</p></td></tr></table>`)).toBe("Logo\n\nTwo versions\n2");
	});
	it("reads its rows in the currency its header names", () => {
		const d = decideHtml(`<p class="MsoNormal">Buenos días, le solicitamos emitir la factura por los siguientes servicios:</p><table class="MsoTableGrid"><tr>${cell("<b>Concepto</b>")}${cell("<b>Cantidad</b>")}${cell("<b>Precio (USD)</b>")}${cell("<b>Importe (USD)</b>")}</tr><tr>${cell("Video institucional")}${cell("1")}${cell("3,200.00")}${cell("3,200.00")}</tr><tr>${cell("Fotografías")}${cell("20")}${cell("45.00")}${cell("900.00")}</tr><tr><td colspan="3"><p class="MsoNormal"><b>Total</b></p></td>${cell("<b>4,100.00</b>")}</tr></table><p class="MsoNormal">Atentamente,<br>Ana Ruiz</p>`);
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") {
			expect(d.params["currency"]).toBe("USD");
			expect(d.total).toBe("4100.00 USD");
		}
	});
	it("asks when a cell writes another currency than the header", () => {
		const d = decideHtml(`<p>Please invoice us for the following:</p><table><tr>${cell("Item")}${cell("Qty")}${cell("Price (EUR)")}</tr><tr>${cell("Poster")}${cell("2")}${cell("£90.00")}</tr></table>`);
		expect(d.kind, JSON.stringify(d)).toBe("clarify");
	});
});

describe("a table whose currency is only in a heading above it", () => {
	it("reads the money columns in the heading's currency: a code in brackets over a tab-separated table", () => {
		expectDraft("Please invoice us as below.\n\nFees (SAR):\nDescription\tQty\tUnit price\tTotal\nBrochure design\t1\t4,200\t4,200\nPortraits\t9\t350\t3,150\nTotal\t\t\t7,350\n\nRegards", "SAR", [["Brochure design", 1, "4200.00"], ["Portraits", 9, "350.00"]]);
	});
	it("reads the money columns in the heading's currency: Spanish, a pipe table a blank line below", () => {
		expectDraft("Hola Sam, ¿nos emites la factura?\n\nTodos los importes en EUR\n\nConcepto | Cantidad | Precio | Importe\nLogo | 1 | 600,00 | 600,00\nTarjetas | 2 | 50,00 | 100,00", "EUR", [["Logo", 1, "600.00"], ["Tarjetas", 2, "50.00"]]);
	});
	it("reads the money columns in the heading's currency: a sign, a space-aligned table", () => {
		expectDraft("Please invoice:\n\nAll amounts in HK$\nItem                 Qty      Rate      Amount\nPoster design          2    800.00    1,600.00", "HKD", [["Poster design", 2, "800.00"]]);
	});
	it("asks when the cells write another currency than the heading", () => {
		expectClarify("Please invoice:\n\nAll amounts in EUR\nItem                 Qty      Rate      Amount\nPoster design          2    $800.00    $1,600.00", "which one?");
	});
	it("still asks for the currency under a heading that names none, or over columns that hold no money", () => {
		expectClarify("Please invoice:\n\nOur order\nItem                 Qty      Rate      Amount\nPoster design          2    800.00    1,600.00", "no currency given");
		expectNoDraft("Please invoice:\n\nAll in EUR\nItem\tHours\tDays\nWorkshop\t6\t2");
	});
});
