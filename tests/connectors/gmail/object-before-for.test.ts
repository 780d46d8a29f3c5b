// "facturer la traduction du contrat pour le client de Lyon, 320 €": the object of the verb "to invoice" is the thing,
// and "for the client" only says whom or what it was for — in every language, not only English. And "por favor",
// "per favore", "per cortesia" before the imperative ("Por favor, facturad la auditoría") are no thing's name.
import { describe, it } from "vitest";
import { expectDraft } from "./invoice-mail";

describe("the object of 'to invoice' keeps its 'for' phrase", () => {
	it("in French, Italian, Portuguese and Spanish", () => {
		expectDraft("Bonjour Sam,\n\nMerci de facturer la traduction du contrat pour le client de Lyon, 320 €.\n\nDana", "EUR", [["Traduction du contrat pour le client de Lyon", 1, "320.00"]]);
		expectDraft("Ciao Sam,\n\npuoi fatturare la traduzione del contratto per il cliente di Milano, 320 €?\n\nDana", "EUR", [["Traduzione del contratto per il cliente di Milano", 1, "320.00"]]);
		expectDraft("Olá Sam,\n\nPode faturar o design do folheto para a feira de Lisboa, 280 €?\n\nDana", "EUR", [["Design do folheto para a feira de Lisboa", 1, "280.00"]]);
		expectDraft("Olá Sam,\n\nPode faturar a tradução do contrato para o cliente de Lisboa, 320 €?\n\nDana", "EUR", [["Tradução do contrato para o cliente de Lisboa", 1, "320.00"]]);
	});
	it("near miss: with no object before it, the thing is the one after 'pour' / 'para'", () => {
		expectDraft("Bonjour Sam,\n\nMerci de nous envoyer la facture pour le logo, 500 €.\n\nDana", "EUR", [["Logo", 1, "500.00"]]);
		expectDraft("Hola Sam,\n\npor favor envíame la factura del logo por 500 €.\n\nDana", "EUR", [["Logo", 1, "500.00"]]);
	});
});

describe("a polite word and the imperative before the thing are no part of its name", () => {
	it("por favor / per favore / per cortesia, then the verb", () => {
		expectDraft("Hola Sam,\n\nPor favor, facturad la auditoría, 2.000 €.\n\nDana", "EUR", [["Auditoría", 1, "2000.00"]]);
		expectDraft("Ciao Sam,\n\nper favore fatturateci la manutenzione del sito, 400 €.\n\nDana", "EUR", [["Manutenzione del sito", 1, "400.00"]]);
		expectDraft("Ciao Sam,\n\nper cortesia fatturate il restauro della porta d'ingresso, 900 €.\n\nDana", "EUR", [["Restauro della porta d'ingresso", 1, "900.00"]]);
		expectDraft("Olá Sam,\n\nPor favor faturem o logótipo, 500 €.\n\nDana", "EUR", [["Logótipo", 1, "500.00"]]);
	});
});
