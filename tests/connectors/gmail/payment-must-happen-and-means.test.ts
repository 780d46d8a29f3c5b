// Fields a customer writes in a clause of its own, as whole emails: a payment that must happen by a date ("le règlement
// devra donc intervenir avant le 15 décembre 2026"), terms with the way of paying between the word and the days
// ("Zahlung wie immer per Überweisung innerhalb von 14 Tagen"), a firm whose name ends in a number ("Fromagerie du Rang
// 9 inc."), and "kr" from a firm whose form says its country ("Nordvik Outdoor AS"). The same clause about the files or
// the delivery, and "kr" from nowhere, still give nothing or ask.
import { describe, expect, it } from "vitest";
import { draftField, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a payment that must happen by a date is the due date", () => {
	it("in seven languages", () => {
		expect(draftField("Bonjour Sam,\n\nPourriez-vous nous adresser la facture pour le catalogue, 1 200,00 € comme convenu ?\nNotre service comptable clôture l'exercice : le règlement devra donc intervenir avant le 15 décembre 2026.\n\nÉlodie", "due_date")).toBe("2026-12-15");
		expect(draftField("Hi Sam,\n\nPlease send the invoice for the brochure, £900 as agreed.\nOur year closes soon, so payment must reach us by 15 December 2026.\n\nSarah", "due_date")).toBe("2026-12-15");
		expect(draftField("Hallo Sam,\n\nbitte die Rechnung für die Broschüre, 900 € wie besprochen.\nDie Zahlung muss bis zum 15.12.2026 erfolgen, wegen des Jahresabschlusses.\n\nKatrin", "due_date")).toBe("2026-12-15");
		expect(draftField("Hola Sam,\n\n¿Nos envías la factura del catálogo? 900 € como quedamos.\nEl pago debe hacerse antes del 15 de diciembre de 2026.\n\nPablo", "due_date")).toBe("2026-12-15");
		expect(draftField("Olá Sam,\n\nPode enviar a fatura do catálogo? 900 € como combinado.\nO pagamento deverá ser feito até 15 de dezembro de 2026.\n\nAna", "due_date")).toBe("2026-12-15");
		expect(draftField("Ciao Sam,\n\nmi mandi la fattura per il catalogo? 900 € come d'accordo.\nIl pagamento dovrà avvenire entro il 15 dicembre 2026.\n\nGiulia", "due_date")).toBe("2026-12-15");
		expect(draftField("Hoi Sam,\n\nKun je de factuur voor de catalogus sturen? € 900 zoals afgesproken.\nDe betaling moet vóór 15 december 2026 gebeuren.\n\nSanne", "due_date")).toBe("2026-12-15");
	});

	it("not when the files or the delivery must arrive by the date", () => {
		expect(draftField("Hi Sam,\n\nPlease send the invoice for the brochure, £900.\nThe files must reach us by 15 December 2026.\n\nSarah", "due_date")).toBeUndefined();
		expect(draftField("Hallo Sam,\n\nbitte die Rechnung für die Flyer, 350 €.\nDie Lieferung muss bis zum 15.12.2026 erfolgen.\n\nAnna", "due_date")).toBeUndefined();
	});
});

describe("payment terms with the way of paying before the days", () => {
	it("in seven languages", () => {
		expect(draftField("Hallo Sam,\n\nbitte schick mir die Rechnung für das Logo, 800 € wie besprochen.\n\nZahlung wie immer per Überweisung innerhalb von 14 Tagen.\n\nGruß\nJörg", "payment_terms")).toBe("14 Days");
		expect(draftField("Hallo Sam,\n\nkannst du die Rechnung für die Flyer schicken? 350 € wie vereinbart.\nDie Zahlung erfolgt wie gewohnt per Banküberweisung innerhalb von 21 Tagen.\n\nDanke, Anna", "payment_terms")).toBe("21 Days");
		expect(draftField("Hi Sam,\n\nPlease send the invoice for the website banner, €450 as agreed.\nPayment as always by bank transfer within 30 days.\n\nThanks, Tom", "payment_terms")).toBe("30 Days");
		expect(draftField("Hola Sam,\n\n¿Me mandas la factura del logo? 600 € como quedamos.\nPago como siempre por transferencia a 30 días.\n\nGracias, Lucía", "payment_terms")).toBe("30 Days");
		expect(draftField("Bonjour Sam,\n\nMerci de m'envoyer la facture pour l'affiche, 450 € comme convenu.\nPaiement comme d'habitude par virement sous 30 jours.\n\nClaire", "payment_terms")).toBe("30 Days");
		expect(draftField("Olá Sam,\n\nPode enviar a fatura do logótipo? 700 € como combinado.\nPagamento como sempre por transferência a 30 dias.\n\nRui", "payment_terms")).toBe("30 Days");
		expect(draftField("Ciao Sam,\n\nmi mandi la fattura per il volantino? 300 € come d'accordo.\nPagamento come sempre tramite bonifico a 30 giorni.\n\nMarco", "payment_terms")).toBe("30 Days");
		expect(draftField("Hoi Sam,\n\nKun je de factuur voor het logo sturen? € 650 zoals afgesproken.\nBetaling zoals altijd per overschrijving binnen 14 dagen.\n\nPieter", "payment_terms")).toBe("14 Days");
	});
});

describe("a firm whose name ends in a number", () => {
	it("is the customer's company", () => {
		expect(draftField("Bonjour Sam,\n\nPourriez-vous nous faire parvenir la facture pour le logo : 800,00 $ CA.\n\nMerci d'adresser la facture à :\nBoulangerie du Rang 4 inc.\n12, rang 4\nSaint-Hyacinthe (Québec)  J2R 1S4\n\nGeneviève", "customer")).toMatchObject({ company: "Boulangerie du Rang 4 inc." });
		expect(draftField("Hi Sam,\n\nPlease send the invoice for the menu design, $400.\n\nBill it to:\nDiner Route 66 LLC\n100 Main St, Tulsa, OK 74103\n\nMike", "customer")).toMatchObject({ company: "Diner Route 66 LLC" });
	});
});

describe("\"kr\" from a firm whose form or number says its country", () => {
	it("is that country's krone", () => {
		expectDraft("Hi Sam, please invoice the launch photos, kr 6 950,- as agreed.\n\nNordvik Outdoor AS, org.nr 923 456 789", "NOK", [["Launch photos", 1, "6950.00"]]);
		expectDraft("Hei Sam,\n\ncan you send the invoice for the logo? 4 500 kr as agreed.\n\nLars Berg\nBerg Design AS\nOslo", "NOK", [["Logo", 1, "4500.00"]]);
		expectDraft("Hi Sam, please invoice the banner, 3 000 kr.\n\nErik Lund\nLund Media AB\nStockholm", "SEK", [["Banner", 1, "3000.00"]]);
		expectDraft("Hi Sam, invoice for the flyer please, 2.500 kr.\n\nMette Hansen\nHansen Bageri A/S", "DKK", [["Flyer", 1, "2500.00"]]);
	});

	it("is asked about when nothing says which, or two countries do", () => {
		expectClarify("Hi Sam, please send the invoice for the logo, 3 000 kr.\n\nTom", "could be SEK, NOK, DKK or ISK");
		expectClarify("Hi Sam, please invoice the logo, 4 500 kr.\n\nLars\nBerg Design AS | Oslo\nLund Media AB | Stockholm", "could be SEK, NOK, DKK or ISK");
	});
});

describe("a row's bracket about time or an estimate", () => {
	it("is no part of the name: asked", () => {
		expectNoDraft("Olá Sam,\n\nfatura por favor:\n\n- Website – Fase 2 (por hora): 2.300,00 €\n\nJoão");
	});
});
