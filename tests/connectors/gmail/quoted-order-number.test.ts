// An order number written in quotes after its label ('our order number "HT-2026-1124"', "Bestellnummer „BE-2026-44“",
// "numéro de commande « CM-5531 »"), in seven languages: the draft quotes it; and a sender written in another script
// with the Latin form in brackets ("佐藤美咲 (Misaki Sato)") is made out to the Latin form.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { TODAY, decide, draftField } from "./invoice-mail";

const referenceOf = (text: string): unknown => draftField(text, "reference") ?? null;

describe("an order number in quotes after its label", () => {
	it('en: order number "HT-2026-1124"', () => expect(referenceOf('Hi Sam, please send the invoice for the logo, €800. Please write our order number "HT-2026-1124" on the invoice.\nDana')).toBe("HT-2026-1124"));
	it("de: Bestellnummer lautet “AB-7781”, under a list", () => expect(referenceOf("Guten Tag,\nbitte stellen Sie uns in Rechnung:\n- Website: 2.400 EUR\n- Fotos: 300 EUR\nUnsere Bestellnummer lautet “AB-7781”.\nDana")).toBe("AB-7781"));
	it("es: número de pedido 'ZK-118-22'", () => expect(referenceOf("Hola Sam, envíame la factura del logo, 700 €. Por favor pon nuestro número de pedido 'ZK-118-22' en la factura.\nDana")).toBe("ZK-118-22"));
	it("fr: numéro de commande « CM-5531 »", () => expect(referenceOf("Bonjour Sam, peux-tu m'envoyer la facture du logo, 850 € ? Merci d'indiquer notre numéro de commande « CM-5531 ».\nDana")).toBe("CM-5531"));
	it("pt: número do pedido „BE-2026-44“", () => expect(referenceOf("Oi Sam! Pode emitir a fatura do logo, 1.200,00 €? Coloca o número do pedido „BE-2026-44“ na fatura.\nDana")).toBe("BE-2026-44"));
	it('it: numero d\'ordine "HT-2026-1124"', () => expect(referenceOf('Ciao Sam, mandami la fattura del logo, 800 €. Indica il nostro numero d\'ordine "HT-2026-1124" in fattura.\nDana')).toBe("HT-2026-1124"));
	it('nl: ordernummer "HT-2026-1124"', () => expect(referenceOf('Hoi Sam, kun je de factuur voor het logo sturen, 750 EUR? Vermeld ons ordernummer "HT-2026-1124" op de factuur.\nDana')).toBe("HT-2026-1124"));
	it("a title in quotes is no order number", () => expect(referenceOf('Hello Sam, please invoice our order "ABC" for the logo, €500.\nDana')).toBeNull());
	it("an order number in quotes does not make a draft without its amounts", () => expect(decide('Hi Sam, please send the invoice for the logo. Our order number "HT-2026-1124" — I forgot the price, can you check?\nDana').kind).not.toBe("draft"));
});

describe("a name in another script with its Latin form in brackets", () => {
	const from = (name: string) => {
		const raw = `From: =?UTF-8?B?${Buffer.from(name).toString("base64")}?= <m@tea.example>\r\nTo: owner@lumenpine.example\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nDear Sam-san,\r\nPlease send us the invoice for the brochure design, JPY 150,000.\r\nBest regards\r\n`;
		const d = decideInvoice(toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
		return d.kind === "draft" ? (d.params["customer"] as { name: string }).name : d.kind;
	};
	it("佐藤美咲 (Misaki Sato) → Misaki Sato", () => expect(from('"佐藤美咲 (Misaki Sato)"')).toBe("Misaki Sato"));
	it("박지훈 alone stays as written", () => expect(from("박지훈")).toBe("박지훈"));
});
