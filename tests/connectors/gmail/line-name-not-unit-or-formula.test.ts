// A line's name is the thing the email names, never the unit it is counted in ("4 pieces", "6 heures", a table's unit
// column), a word for "each" ("Die waren je 95 €") or a request formula ("Pour rappel", "por favor (quedarían …)").
// Each phrasing drafts with the thing's name; without a word for "each", or without the count, it still asks.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a row naming its thing, then its count of pieces and a price each", () => {
	it("English: the row's name, not 'Pieces'", () => {
		expectDraft("Hi Sam, can you send the invoice? we agreed on:\n\npackaging design for the 250g bag - 2 500 zł\n3D mockups - 4 pieces, 200 zł each one\n\nso is 3 300 zł in total.\n\nMarek", "PLN", [
			["Packaging design for the 250g bag", 1, "2500.00"],
			["3D mockups (pieces)", 4, "200.00"],
		]);
	});
	it("Spanish and Dutch", () => {
		expectDraft("Hola Sam, ¿me mandas la factura? Quedamos en:\n\ndiseño del logotipo - 700 €\nmaquetas 3D - 5 piezas, 60 € cada una\n\nUn saludo", "EUR", [
			["Diseño del logotipo", 1, "700.00"],
			["Maquetas 3D (piezas)", 5, "60.00"],
		]);
		expectDraft("Hoi Sam, kun je de factuur sturen?\n\nlogo-ontwerp - € 800\n3D-mockups - 6 stuks, € 45 per stuk\n\nGroet", "EUR", [
			["Logo-ontwerp", 1, "800.00"],
			["3D-mockups (stuks)", 6, "45.00"],
		]);
	});
	it("German, 'je' before the price", () => {
		expectDraft("Hallo, bitte die Rechnung: Fotobücher - 3 Stück, je 50 €.\n\nDanke", "EUR", [["Fotobücher (Stück)", 3, "50.00"]]);
	});
	it("no word for 'each': the price may be the row's total, and it asks", () => {
		expectNoDraft("Hi Sam, could you send the invoice? We agreed on:\n\nlogo design - $1,200\nmockups - 4 pieces, $200\n\nThanks");
	});
});

describe("the work took N hours, at a rate per hour", () => {
	it("French, after 'Pour rappel, … un forfait de … pour …'", () => {
		expectDraft("Bonjour,\n\nPourriez-vous nous faire parvenir la facture ? Pour rappel, nous avions convenu d'un forfait de 500 € pour la création du site. Les retouches des photos ont pris 4 heures, à 60 € de l'heure.\n\nCordialement", "EUR", [
			["Création du site", 1, "500.00"],
			["Retouches des photos (heures)", 4, "60.00"],
		]);
	});
	it("English, German, Spanish, Portuguese, Italian, Dutch", () => {
		expectDraft("Hi Sam, please send the invoice. Retouching took 5 hours at $80 an hour, and the session was $600.\n\nThanks", "USD", [["Retouching (hours)", 5, "80.00"], ["Session", 1, "600.00"]]);
		expectDraft("Hallo, bitte die Rechnung. Das Logo war 1.000 €. Die Bildbearbeitung hat 3 Stunden gedauert, à 70 € pro Stunde.\n\nGrüße", "EUR", [["Logo", 1, "1000.00"], ["Bildbearbeitung (Stunden)", 3, "70.00"]]);
		expectDraft("Hola, ¿me haces la factura? El cartel fue 400 €. La edición del vídeo llevó 6 horas, a 45 € la hora.\n\nSaludos", "EUR", [["Cartel", 1, "400.00"], ["Edición del vídeo (horas)", 6, "45.00"]]);
		expectDraft("Olá, pode enviar a fatura? O logótipo foi 500 €. A edição do vídeo levou 5 horas, a 40 € por hora.\n\nObrigado", "EUR", [["Logótipo", 1, "500.00"], ["Edição do vídeo (horas)", 5, "40.00"]]);
		expectDraft("Ciao, mi fai la fattura? Il logo era 600 €. Il ritocco delle foto ha richiesto 4 ore, a 50 € l'ora.\n\nGrazie", "EUR", [["Logo", 1, "600.00"], ["Ritocco delle foto (ore)", 4, "50.00"]]);
		expectDraft("Hoi, graag de factuur. Het logo was € 700. De fotobewerking duurde 3 uur, à € 65 per uur.\n\nGroet", "EUR", [["Logo", 1, "700.00"], ["Fotobewerking (uur)", 3, "65.00"]]);
	});
	it("hours with no price are never drafted", () => {
		expectClarify("Bonjour, pouvez-vous m'envoyer la facture ? Les retouches ont pris 4 heures. Merci.\n\nCordialement", "no amount");
	});
	it("work that took hours with no rate beside a priced thing is asked about, never left out", () => {
		expectClarify("Hallo, bitte die Rechnung. Die Bildbearbeitung hat 3 Stunden gedauert. Das Logo war 1.000 €.\n\nGrüße", "Bildbearbeitung");
		expectClarify("Hi Sam, please invoice. The retouching took 5 hours, and the session was $600, plus the hours at the usual rate.\n\nThanks", "retouching");
	});
});

describe("a table's unit column is how a row is counted", () => {
	it("French and English tables with a unit column", () => {
		expectDraft("Bonjour,\n\nMerci de m'envoyer la facture :\n\nPrestation            Qté   Unité     Prix\nCréation du logo       1              800 €\nRetouches photo        6    heures     95 €\n\nCordialement", "EUR", [
			["Création du logo", 1, "800.00"],
			["Retouches photo (heures)", 6, "95.00"],
		]);
		expectDraft("Hi Sam, please send the invoice:\n\nItem                 Qty   Unit    Price\nLogo design           1            $900\nPhoto retouching      4    hours   $75\n\nThanks", "USD", [
			["Logo design", 1, "900.00"],
			["Photo retouching (hours)", 4, "75.00"],
		]);
	});
	it("a row with only its count and unit is asked about", () => {
		expectNoDraft("Hola Sam, por favor emite la factura:\n\nConcepto              Cant.   Unidad   Precio\nDiseño de logotipo      1              600,00 €\n                        5     horas     40,00 €\n\nGracias");
	});
});

describe("a word for 'each' pointing back at things counted the sentence before", () => {
	it("German 'Die waren je 95 €' after 'die zwei Fotobücher (…)'", () => {
		expectDraft("Servus Sam,\n\nKannst du mir bitte die Rechnung schicken? Ausgemacht waren EUR 1.200,- für die Hochzeitsreportage, und dazu kommen noch die zwei Fotobücher (eins für uns, eins für die Schwiegereltern). Die waren je EUR 95,-.\n\nLG Lukas", "EUR", [
			["Hochzeitsreportage", 1, "1200.00"],
			["Fotobücher", 2, "95.00"],
		]);
	});
	it("English 'Those were each $200'", () => {
		expectDraft("Hi Sam, can you send the invoice? We said $1,500 for the wedding coverage, and then there are the two albums. Those were each $200.\n\nCheers", "USD", [
			["Wedding coverage", 1, "1500.00"],
			["Albums", 2, "200.00"],
		]);
	});
	it("no count before: how many is asked", () => {
		expectNoDraft("Servus Sam, kannst du mir die Rechnung schicken? Ausgemacht waren 800 € für das Shooting, und dazu kommen noch ein paar Leinwände. Die waren je 60 €.\n\nLG");
	});
});

describe("a request formula is no line's name", () => {
	it("'por favor (quedarían 890 €)' is the balance after the paid deposit", () => {
		const text = "Hola Sam, hazme la factura:\n\nConcepto                         Cant.   Precio\nDiseño de carteles                 2     200,00 €\nSesión de fotos                    1     500,00 €\n                                 Total   900,00 €\n\nYa te pagué 200,00 € de anticipo, así que descuéntalo en la factura, por favor (quedarían 700,00 €).\n\nGracias";
		expectDraft(text, "EUR", [["Diseño de carteles", 2, "200.00"], ["Sesión de fotos", 1, "500.00"]]);
		const d = decide(text);
		if (d.kind === "draft") expect(d.total).toBe("900.00 EUR");
	});
	it("English 'that would leave $700' after the deposit", () => {
		expectDraft("Hi Sam, please invoice:\n\nItem                      Qty   Price\nPoster design              2    $200.00\nPhoto session              1    $500.00\n                          Total $900.00\n\nI already paid a $200.00 deposit, so please take it off the invoice (that would leave $700.00).\n\nThanks", "USD", [
			["Poster design", 2, "200.00"],
			["Photo session", 1, "500.00"],
		]);
	});
	it("a balance that is not the total less the deposit is asked about", () => {
		expectNoDraft("Hi Sam, please invoice:\n\nItem                      Qty   Price\nPoster design              2    $200.00\nPhoto session              1    $500.00\n\nI already paid a $200.00 deposit, so please take it off the invoice (that would leave $600.00).\n\nThanks");
	});
	it("'per favore la fattura', 'por favor a fatura' ask for an invoice", () => {
		expectDraft("Ciao Sam, per favore la fattura:\n\nDescrizione          Qtà   Unità   Prezzo\nLogo                  1            500 €\nRitocco foto          3     ore     45 €\n\nGrazie", "EUR", [["Logo", 1, "500.00"], ["Ritocco foto (ore)", 3, "45.00"]]);
		expectDraft("Olá Sam, por favor a fatura:\n\nDescrição            Qtd   Unid.    Preço\nLogótipo              1             450 €\nEdição de fotos       2     horas    35 €\n\nObrigado", "EUR", [["Logótipo", 1, "450.00"], ["Edição de fotos (horas)", 2, "35.00"]]);
	});
});
