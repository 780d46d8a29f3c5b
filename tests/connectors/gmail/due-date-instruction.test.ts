// A due date stated as an instruction ("Please set the due date to 10.12.2026.", "Fälligkeitsdatum bitte auf den
// 10.12.2026 setzen", "merci de mettre l'échéance au 10/12/2026"), in seven languages and in the date forms people write:
// the draft carries the date; a date either way ("10/12/2026") is read as the sender writes it (day first when billed in
// a currency of day-first countries, asked when billed in US dollars); a date already past is shown, never set.
import { describe, expect, it } from "vitest";
import { writesDayFirst } from "../../../src/connectors/gmail/invoice/due-date";
import { decide, expectClarify, expectNoDraft } from "./invoice-mail";

const dueOf = (text: string) => {
	const d = decide(text);
	return d.kind === "draft" ? (d.params["due_date"] ?? null) : d;
};

describe("a due date stated as an instruction", () => {
	it("is set on the draft, in seven languages and several date forms", () => {
		for (const text of [
			"Dear Sam,\n\nCould you please issue the invoice with these items:\n\nCatalogue layout   12   700 Kč   8 400 Kč\nPrint-ready files   1   1 200 Kč   1 200 Kč\nTotal   9 600 Kč\n\nPlease set the due date to 10.12.2026.\n\nBest regards,\nPetra",
			"Hi Sam,\n\nPlease invoice the banner design, £450. Could you set the due date to 10 December 2026?\n\nOliver",
			"Hi Sam, please invoice the logo, 900 EUR. Please set the due date at 10/12/2026. Thanks, Tom",
			"Hi Sam,\n\nPlease invoice the event poster design, EUR 500. Please set the due date to 2026-12-10.\n\nHannah",
			"Hallo Sam,\n\nbitte stelle die Rechnung aus:\n- Praxislogo: 900 EUR\n- Visitenkarten-Layout: 200 EUR\n\nFälligkeitsdatum bitte auf den 10.12.2026 setzen.\n\nKatrin",
			"Sehr geehrter Herr Sam,\n\nbitte senden Sie uns die Rechnung für die Broschüre (Gestaltung, 1.400,00 EUR). Bitte setzen Sie das Fälligkeitsdatum auf den 10. Dezember 2026.\n\nMarkus Lenz",
			"Hola Sam! Mándame la factura del logo, 600 €. Pon la fecha de vencimiento al 10/12/2026, porfa. Marta",
			"Salut Sam, tu peux me faire la facture pour les affiches, 400 € ?\nÉchéance : 10.12.2026\nMerci ! Julie",
			"Bonjour Sam,\n\nMerci de m'envoyer la facture :\n- Création du logo : 750 €\n- Cartes de visite : 150 €\n\nMerci de mettre l'échéance au 10/12/2026.\n\nClaire",
			"Olá Sam,\n\nPor favor, envie a fatura do cardápio novo, R$ 1.200,00. Pode pôr a data de vencimento para 10/12/2026?\n\nAna",
			"Gentile Sam,\n\nle chiedo la fattura per la brochure, 1.000,00 €. Per favore imposti la data di scadenza al 10 dicembre 2026.\n\nMarco",
			"Hoi Sam,\n\nKun je de factuur sturen voor het logo ontwerp, € 650? Graag de vervaldatum op 10-12-2026 zetten.\n\nEva",
			"Hey Sam, kun je me een factuur sturen voor de flyer, 200 euro? Kun je de vervaldatum op 10/12 zetten? Lotte",
		]) expect(dueOf(text), text).toBe("2026-12-10");
	});

	it("reads a date either way as the sender writes it: day first in €, £ or Kč, asked in US dollars", () => {
		expect(dueOf("Hi Sam,\n\nInvoice please: menu photography €550.\n\nKindly put the due date as 10/12/2026.\n\nFiona Byrne\nDublin 2, Ireland")).toBe("2026-12-10");
		expect(dueOf("Hi Sam, please invoice the letterhead, £400. Please set the due date to 10/12/2026. Sophie")).toBe("2026-12-10");
		expectClarify("Hi Sam, please invoice the logo for $500. Please set the due date to 10/12/2026. Thanks, Jake", "the due date");
		// A date that can be read only one way is read so whatever the currency.
		expect(dueOf("Hi Sam, please invoice the logo, 900 EUR. Please set the due date to 12/18/2026. Tom")).toBe("2026-12-18");
		expect([writesDayFirst("EUR"), writesDayFirst("CZK"), writesDayFirst("SAR"), writesDayFirst("USD"), writesDayFirst("CAD"), writesDayFirst("JPY"), writesDayFirst(null)]).toEqual([true, true, true, false, false, false, false]);
	});

	it("shows a due date already past on the draft and leaves it out of the invoice", () => {
		for (const text of [
			"Dear Sam,\n\nPlease invoice the brochure layout, 8 000 Kč. Please set the due date to 20.11.2026.\n\nPetra",
			"Hallo Sam, bitte die Rechnung für das Praxislogo, 900 EUR. Fälligkeitsdatum bitte auf den 20.11.2026 setzen. Danke, Katrin",
		]) {
			const d = decide(text);
			expect(d.kind, text).toBe("draft");
			if (d.kind !== "draft") continue;
			expect(d.params["due_date"] ?? null).toBeNull();
			expect(d.evidence.some((e) => e.includes("2026-11-20") && e.includes("already past")), JSON.stringify(d.evidence)).toBe(true);
		}
	});

	it("takes no other date for the due date: a delivery date set so, or a due date left open", () => {
		expect(dueOf("Hi Sam, please invoice the event poster, EUR 500. Please set the delivery date to 10.12.2026. Hannah")).toBeNull();
		expect(dueOf("Ciao Sam, mandami la fattura per la brochure, 1.000 €. Consegna entro il 10/12/2026. Marco")).toBeNull();
		expect(dueOf("Hoi Sam, de factuur voor het logo graag, € 650. Levering op 10-12-2026 is prima. Eva")).toBeNull();
		expect(dueOf("Hi Sam, please invoice the website banner, £450. Please set the due date to whatever is usual for you. Oliver")).toBeNull();
	});

	it("still asks, or makes no invoice, when the amounts are unclear", () => {
		expectClarify("Dear Sam, please invoice the brochure layout and the print-ready files. Please set the due date to 10.12.2026. Best regards, Petra", "no amount");
		expectClarify("Hallo Sam,\n\nbitte die Rechnung:\n- Praxislogo: 900 EUR\n- Visitenkarten: 200 EUR\nGesamt: 1.300 EUR\n\nFälligkeitsdatum bitte auf den 10.12.2026 setzen.\n\nGruß Katrin", "does not match");
		expectNoDraft("Dear Sam, could you send me a quote for a 16-page brochure layout? We would need the files by 10.12.2026. Best regards, Petra");
		expectNoDraft("Hola Sam, la factura del catálogo, unos 1.000 o 1.200 €, ya lo vemos. Fecha de vencimiento: 10/12/2026. Gracias, Lucía");
	});
});
