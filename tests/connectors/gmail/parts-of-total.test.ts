// Plain prices followed by their total with its currency ("Das Albumcover waren 800 und die Bandfotos nochmal 350,
// also EUR 1.150,- insgesamt"): when the parts add up to the total exactly, each line is in its currency; when they do
// not, the figures are asked about, never drafted. And the due date the customer wishes to pay by ("Wij betalen graag
// vóór 15 december 2026", "Als Fälligkeit schreib bitte den 11.12.2026 drauf") is the draft's due date.
import { describe, expect, it } from "vitest";
import { decide, expectDraft, expectNoDraft } from "./invoice-mail";

describe("plain parts of a total written with its currency", () => {
	it("drafts the parts in the total's currency", () => {
		expectDraft("Servus Sam,\n\nkannst du mir bitte die Rechnung schicken? Das Albumcover waren 800 und die Bandfotos nochmal 350, also EUR 1.150,- insgesamt.\n\nLG Lukas", "EUR", [["Albumcover", 1, "800.00"], ["Bandfotos", 1, "350.00"]]);
		expectDraft("Hi Sam, can you send me the invoice? The album cover was 800 and the band photos were 350, so EUR 1,150 in total.\n\nLukas", "EUR", [["Album cover", 1, "800.00"], ["Band photos", 1, "350.00"]]);
		expectDraft("Salut Sam, peux-tu m'envoyer la facture ? Le logo était 600 et les cartes étaient 150, soit 750 € au total.\n\nLéa", "EUR", [["Logo", 1, "600.00"], ["Cartes", 1, "150.00"]]);
	});
	it("reads 'weitere', 'zusätzlich', 'an additional', 'mais' as another price in the mail's one currency", () => {
		expectDraft("Kannst du mir die Rechnung schicken? Das Logo waren 600 € und die Visitenkarten weitere 150.\n\nJonas", "EUR", [["Logo", 1, "600.00"], ["Visitenkarten", 1, "150.00"]]);
		expectDraft("Kannst du mir die Rechnung schicken? Das Logo waren 600 € und die Visitenkarten zusätzlich 150 €.\n\nJonas", "EUR", [["Logo", 1, "600.00"], ["Visitenkarten", 1, "150.00"]]);
		expectDraft("Can you send the invoice? The logo was $600 and the business cards an additional 150.\n\nTom", "USD", [["Logo", 1, "600.00"], ["Business cards", 1, "150.00"]]);
		expectDraft("Me manda a fatura? O logo foi R$ 600 e os cartões mais 150.\n\nRafa", "BRL", [["Logo", 1, "600.00"], ["Cartões", 1, "150.00"]]);
		expectDraft("Kannst du mir die Rechnung schicken? Das Logo waren 600 und die Visitenkarten weitere 150, also 750 € insgesamt.\n\nJonas", "EUR", [["Logo", 1, "600.00"], ["Visitenkarten", 1, "150.00"]]);
	});
	it("never drafts parts that do not add up to the total", () => {
		expectNoDraft("Hi Sam, can you send me the invoice? The album cover was 800 and the band photos were 300, so EUR 1,150 in total.\n\nLukas");
		expectNoDraft("Servus Sam,\n\nkannst du mir bitte die Rechnung schicken? Das Albumcover waren 800 und die Bandfotos nochmal 300, also EUR 1.150,- insgesamt.\n\nLG Lukas");
	});
});

describe("the date the customer wishes to pay by", () => {
	const due = (text: string) => {
		const d = decide(text);
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		return d.kind === "draft" ? d.params["due_date"] : undefined;
	};
	it("is the due date, in several languages", () => {
		expect(due("Beste Sam,\n\nMag ik u vragen om de factuur op te maken voor het logo, € 600,00? Wij betalen graag vóór 15 december 2026, dus gelieve die datum als vervaldatum te nemen.\n\nAn")).toBe("2026-12-15");
		expect(due("Hi Sam, please send the invoice for the logo, $600. We'd prefer to pay by 18 December 2026, so please take that as the due date.\n\nAnn")).toBe("2026-12-18");
		expect(due("Hallo Sam, bitte schick mir die Rechnung für das Logo, 600 €. Als Fälligkeit schreib bitte den 11.12.2026 drauf.\n\nLukas")).toBe("2026-12-11");
		expect(due("Hola Sam, ¿me mandas la factura del logo? 600 €. Preferimos pagar antes del 12 de diciembre de 2026.\n\nAna")).toBe("2026-12-12");
		expect(due("Ciao Sam, mi mandi la fattura per il logo? 600 euro. Preferiamo pagare entro il 14 dicembre 2026.\n\nAnna")).toBe("2026-12-14");
	});
	it("is not read from a wish about something else", () => {
		const d = decide("Hi Sam, please send the invoice for the logo, $600. We'd like the files before 15 December 2026.\n\nAnn");
		if (d.kind === "draft") expect(d.params["due_date"]).toBeUndefined();
	});
});
