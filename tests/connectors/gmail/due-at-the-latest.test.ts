// A due date written after words that name it, then "at the latest" ("mit Fälligkeit spätestens 31. Dezember 2026",
// "payable no later than", "a más tardar el", "au plus tard le", "o mais tardar", "entro e non oltre il", "uiterlijk
// op"), an address block to an organisation for the sender's attention ("Stiftung …\nz.Hd. <sender>"), and a print run
// kept in its row ("Druck, 150 Exemplare à CHF 14.50"). What the user sees: the draft's due date, customer and lines.
import { describe, expect, it } from "vitest";
import { decide, draftField, expectDraft } from "./invoice-mail";

const dueOf = (text: string): unknown => draftField(text, "due_date") ?? null;

describe("a due date after 'at the latest'", () => {
	it("de: mit Fälligkeit spätestens", () => expect(dueOf("Hallo Sam, bitte schick mir die Rechnung für das Logo, 800 EUR. Bitte mit Fälligkeit spätestens 15. Dezember 2026.\nDanke, Dana")).toBe("2026-12-15"));
	it("de: Zahlungsziel spätestens, in a list", () => expect(dueOf("Hallo Sam,\nkannst du mir die Rechnung schicken?\n- Fotoshooting: 1.200 EUR\n- Bildbearbeitung: 300 EUR\nZahlungsziel spätestens 20.12.2026 bitte.\nDana")).toBe("2026-12-20"));
	it("en: payable no later than", () => expect(dueOf("Hello,\nCould you invoice us for the brochure layout (1,500 GBP)? Payable no later than 18 December 2026, as our year closes.\nBest, Dana")).toBe("2026-12-18"));
	it("es: fecha de vencimiento a más tardar el", () => expect(dueOf("Buenas, necesito la factura por el diseño web (1.800,00 €). Fecha de vencimiento a más tardar el 20/12/2026, por favor.\nSaludos, Dana")).toBe("2026-12-20"));
	it("fr: à payer au plus tard le", () => expect(dueOf("Bonjour, peux-tu m'envoyer la facture du flyer (400 €) à payer au plus tard le 10/12/2026 ?\nDana")).toBe("2026-12-10"));
	it("pt: vencimento no máximo até", () => expect(dueOf("Oi Sam! Manda a fatura do site, 3.000,00 €, vencimento no máximo até 18/12/2026, tá?\nDana")).toBe("2026-12-18"));
	it("it: da pagare entro e non oltre il", () => expect(dueOf("Buongiorno, vi chiedo la fattura per il sito web (2.500,00 €), da pagare entro e non oltre il 18/12/2026.\nDana")).toBe("2026-12-18"));
	it("nl: betaalbaar uiterlijk op", () => expect(dueOf("Hoi, de factuur voor de flyer (300 EUR) graag betaalbaar uiterlijk op 10/12/2026.\nDana")).toBe("2026-12-10"));
	it("a delivery or the sending 'at the latest' is no due date", () => {
		expect(dueOf("Hallo Sam, bitte schick mir die Rechnung für das Logo, 800 EUR. Lieferung spätestens 15. Dezember 2026.\nDana")).toBeNull();
		expect(dueOf("Hi Sam, please send the invoice for the logo design, 900 USD, no later than December 15, 2026.\nDana")).toBeNull();
		expect(dueOf("Ciao Sam, mandami la fattura del logo, 800 €, consegna entro e non oltre il 15 dicembre 2026.\nDana")).toBeNull();
		expect(dueOf("Beste Sam, graag een factuur voor de website (2.200,00 EUR), uiterlijk op 18-12-2026 versturen.\nDana")).toBeNull();
	});
});

describe("an organisation addressed for the sender's attention is the customer", () => {
	const block = (org: string, attn: string) => `Kannst du mir bitte die Rechnung schicken? Bitte an:\n\n${org}\n${attn} Dana Whitfield\nLimmatquai 52\n8001 Zürich\n\n- Gestaltung Jahresbericht: CHF 3'800.–\n\nDana`;
	const company = (text: string) => {
		const d = decide(text);
		return d.kind === "draft" ? (d.params["customer"] as { company?: string }).company : d.kind;
	};
	it("de: z.Hd.", () => expect(company(block("Stiftung Limmatblick", "z.Hd."))).toBe("Stiftung Limmatblick"));
	it("nl: t.a.v.", () => expect(company(block("Stichting De Brug", "t.a.v."))).toBe("Stichting De Brug"));
	it("en: Attn:", () => expect(company(block("Harbour Arts Trust", "Attn:"))).toBe("Harbour Arts Trust"));
	it("for someone else's attention the block names no customer of the sender", () => expect(company(block("Stiftung Limmatblick", "z.Hd.").replace("z.Hd. Dana Whitfield", "z.Hd. Peter Muster"))).toBeUndefined());
});

describe("a print run after a row's label stays in the line", () => {
	it("de: Druck, 150 Exemplare à CHF 14.50", () => expectDraft("Hallo Sam,\n\nbitte die Rechnung:\n- Gestaltung Jahresbericht: CHF 3'800.–\n- Druck, 150 Exemplare à CHF 14.50\n\nDana", "CHF", [["Gestaltung Jahresbericht", 1, "3800.00"], ["Druck, 150 Exemplare", 150, "14.50"]]));
	it("en: Printing, 200 copies at $1.50", () => expectDraft("Hi Sam,\n\nplease send the invoice:\n- Printing, 200 copies at $1.50\n\nDana", "USD", [["Printing, 200 copies", 200, "1.50"]]));
	it("a label with a colon keeps the unit in brackets (de)", () => expectDraft("Hallo Sam,\n\nbitte die Rechnung:\n- Druck: 150 Exemplare à CHF 14.50\n\nDana", "CHF", [["Druck (Exemplare)", 150, "14.50"]]));
});
