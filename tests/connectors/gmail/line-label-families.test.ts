// Which words name a line's thing when other words stand where the thing would be (the blind batches e/f): a counted
// noun or a unit after a row's label, a flat-price word, a thank-you naming the work before a bare count. Each family in
// several languages and word orders: the right draft, or a question naming what is missing — never a wrong thing.
import { describe, expect, it } from "vitest";
import { decide, expectDraft } from "./invoice-mail";
import { flatOnly, introducesCount, labelNamesNothing, withoutFlatWord } from "../../../src/connectors/gmail/invoice/line-label";

/** Never a line described by the given words: a question, or a draft that names the thing otherwise. */
function expectNotDescribedAs(text: string, words: string) {
	const d = decide(text);
	if (d.kind !== "draft") return;
	const descriptions = (d.params["lines"] as { description: string }[]).map((l) => l.description.toLowerCase());
	expect(descriptions).not.toContain(words.toLowerCase());
}

describe("a row's label names the thing, not the unit counted after it", () => {
	it("Druck, 300 Stück à 0,85 EUR (de, a table without bullets)", () =>
		expectDraft("Guten Tag Sam,\n\nbitte stellen Sie uns folgende Positionen in Rechnung:\n\n  Etikettendesign Winzersekt         1.250,00 EUR\n  Druck, 300 Stück à 0,85 EUR          255,00 EUR\n\nMit freundlichen Grüßen\nKatrin", "EUR", [["Etikettendesign Winzersekt", 1, "1250.00"], ["Druck (Stück)", 300, "0.85"]]));
	it("Video editing, 8 hours at NOK 1 175 (en, in a sentence after the request)", () =>
		expectDraft("Hi Sam,\n\nCould you send us the invoice? Video editing, 8 hours at NOK 1 175.\n\nBest,\nIngrid", "NOK", [["Video editing (hours)", 8, "1175.00"]]));
	it("Ritocco, 6 ore a CHF 90.– (it)", () =>
		expectDraft("Gentile Sam,\n\nLe chiedo di emettere la fattura come segue:\n\n  Fotografie per il catalogo          CHF 1'250.–\n  Ritocco, 6 ore a CHF 90.–           CHF   540.–\n\nCordiali saluti\nMarco", "CHF", [["Fotografie per il catalogo", 1, "1250.00"], ["Ritocco (ore)", 6, "90.00"]]));
	it("Traduction, 12 heures à 55 € de l'heure (fr)", () =>
		expectDraft("Bonjour Sam,\n\nMerci de m'envoyer la facture. Traduction, 12 heures à 55 € de l'heure.\n\nCordialement\nClaire", "EUR", [["Traduction (heures)", 12, "55.00"]]));
	it("Montaje de vídeo, 5 horas a 40 € la hora (es)", () =>
		expectDraft("Hola Sam:\n\n¿Me envías la factura? Montaje de vídeo, 5 horas a 40 € la hora.\n\nGracias\nLucía", "EUR", [["Montaje de vídeo (horas)", 5, "40.00"]]));
	it("the count in brackets after the thing: Video editing (8 hours at $65/hour)", () =>
		expectDraft("Hi Sam,\n\nPlease send the invoice: Video editing (8 hours at $65/hour).\n\nDana", "USD", [["Video editing (hours)", 8, "65.00"]]));
	it("items after a dash and a semicolon: Retouching, 25 photos …; Shoot, 2 hours …", () =>
		expectDraft("Hi Sam,\n\nInvoice please - Retouching, 25 photos at $6 each; Shoot, 2 hours at $150/hour.\n\nDana", "USD", [["Retouching (photos)", 25, "6.00"], ["Shoot (hours)", 2, "150.00"]]));
	it("Pode enviar a fatura? Edição de vídeo, 10 horas a 50 € por hora (pt)", () =>
		expectDraft("Olá Sam,\n\nPode enviar a fatura? Edição de vídeo, 10 horas a 50 € por hora.\n\nRui", "EUR", [["Edição de vídeo (horas)", 10, "50.00"]]));
	it("« Merci de nous facturer … » asks, it thanks for nothing: the thing is read (fr)", () =>
		expectDraft("Bonjour Sam,\n\nMerci de nous facturer la traduction du rapport : 12 500 mots à 0,12 € le mot.\n\nClaire", "EUR", [["Traduction du rapport (mots)", 12500, "0.12"]]));
	it("a word that only opens the sentence is no label: the thing asked about is read", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for the bookkeeping. Also, 7 hours at €48/h.\n\nThanks\nDana", "EUR", [["Bookkeeping (hours)", 7, "48.00"]]));
	it("when the work was done is no label (Last week, 3 hours …; Im November, 12 Stunden …)", () => {
		expectNotDescribedAs("Hi Sam,\n\nPlease send the invoice. Last week, 3 hours at $50/hour.\n\nDana", "Last week (hours)");
		expectNotDescribedAs("Hallo Sam,\n\nbitte die Rechnung schicken. Im November, 12 Stunden à 80 €.\n\nLena", "Im November (Stunden)");
	});
	it("the name greeted is no label (Sam, 6 hours …)", () => expectNotDescribedAs("Sam,\n\nplease send the invoice.\nSam, 6 hours at $90/hour.\n\nDana", "Sam (hours)"));
	it("the label yields to a thing named after the rate (… for the logo)", () =>
		expectDraft("Hi Sam,\n\nPlease send the invoice. Design, 6 hours at $90/hour for the logo refresh.\n\nThanks\nDana", "USD", [["Logo refresh (hours)", 6, "90.00"]]));
});

describe("a counted noun after a row's label and colon is what was counted, the label is the work", () => {
	it("Druck: 500 Flyer à 0,12 € pro Stück (de)", () =>
		expectDraft("Hey Sam,\n\nschick mir doch bitte die Rechnung:\n\nFlyer-Design: 280,00 €\nDruck: 500 Flyer à 0,12 € pro Stück\n\nViele Grüße\nMia", "EUR", [["Flyer-Design", 1, "280.00"], ["Druck (Flyer)", 500, "0.12"]]));
	it("- Fotografia de produto: 3 garrafas x 180,00 € = 540,00 € (pt)", () =>
		expectDraft("Exmo. Sr. Sam,\n\nagradeço que nos envie a fatura:\n\n- Design dos rótulos: 1.250,00 €\n- Fotografia de produto: 3 garrafas x 180,00 € = 540,00 €\n\nTotal: 1.790,00 €\n\nCumprimentos,\nRui", "EUR", [["Design dos rótulos", 1, "1250.00"], ["Fotografia de produto (garrafas)", 3, "180.00"]]));
	it("Printing: 200 menus at $2.50 each (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us:\n\nMenu design: $400\nPrinting: 200 menus at $2.50 each\n\nThanks\nDana", "USD", [["Menu design", 1, "400.00"], ["Printing (menus)", 200, "2.50"]]));
	it("Impression : 300 cartes à 0,50 € (fr)", () =>
		expectDraft("Bonjour Sam,\n\nMerci de nous facturer :\n\nMaquette : 350 €\nImpression : 300 cartes à 0,50 € pièce\n\nCordialement\nClaire", "EUR", [["Maquette", 1, "350.00"], ["Impression (cartes)", 300, "0.50"]]));
	it("a label opening a sentence within the line: \"the following: printing, 200 menus\" (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice the following: printing, 200 menus at $2.50 each.\n\nThanks\nDana", "USD", [["Printing (menus)", 200, "2.50"]]));
	it("¿me mandas la factura? Impresión: 300 tarjetas a 0,40 € cada una (es)", () =>
		expectDraft("Hola Sam,\n\n¿me mandas la factura? Impresión: 300 tarjetas a 0,40 € cada una.\n\nGracias\nLucía", "EUR", [["Impresión (tarjetas)", 300, "0.40"]]));
	it("Kun je de factuur sturen? Drukwerk: 250 folders à € 0,30 per stuk (nl)", () =>
		expectDraft("Hoi Sam,\n\nKun je de factuur sturen? Drukwerk: 250 folders à € 0,30 per stuk.\n\nGroet\nFemke", "EUR", [["Drukwerk (folders)", 250, "0.30"]]));
	it("Stampa, 200 copie a 1,50 € l'una (it)", () => expectDraft("Ciao Sam,\n\nmi mandi la fattura? Stampa, 200 copie a 1,50 € l'una.\n\nGrazie\nMarco", "EUR", [["Stampa (copie)", 200, "1.50"]]));
	it("Druck – 500 Flyer à 0,12 €, the label before a dash (de)", () => expectDraft("Hallo Sam,\n\nbitte die Rechnung:\nDruck – 500 Flyer à 0,12 €\n\nGrüße\nMia", "EUR", [["Druck (Flyer)", 500, "0.12"]]));
	it("an interjection opening the reply is no label (Great, 200 menus …)", () => expectNotDescribedAs("Hi Sam,\n\nGreat, 200 menus at $2.50 each. Please send the invoice.\n\nDana", "Great (menus)"));
	it("who was counted after the thing asked about is asked, never bracketed (15 participants)", () => {
		const d = decide("Hi Sam,\n\nCould you invoice us for the workshop? 15 participants at $40 each.\n\nDana");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain("what the line at 40 USD is for");
	});
	it("a colon after \"the following\" heads a list and names no work", () => expectNotDescribedAs("Hi Sam,\n\nPlease invoice the following: 20 posters at $12 each.\n\nThanks\nDana", "Following (posters)"));
	it("the thing asked about, whose first word is the counted noun, names it in full", () =>
		expectDraft("Dear Sam,\n\nplease issue invoice for label illustrations for our winter beers,\n4 labels x 6 000 Kč, total 24 000 Kč.\n\nThank you\nPetr", "CZK", [["Label illustrations (labels)", 4, "6000.00"]]));
	it("a session named before its counted headshots keeps both: never 12 sessions", () =>
		expectDraft("Hi Sam,\n\nWould you mind sending an invoice for the headshot session? It was 12 headshots at $45 apiece.\n\nCheers,\nMarcus", "USD", [["Headshot session (headshots)", 12, "45.00"]]));
});

describe("a flat-price word says how it is charged, never what", () => {
	it("Bildbearbeitung: pauschal 150 € (de)", () =>
		expectDraft("Hallo Sam,\n\nkannst du mir bitte die Rechnung schicken?\nFotoshooting: 3 Stunden à 110 €\nBildbearbeitung: pauschal 150 €\n\nLiebe Grüße\nLena", "EUR", [["Fotoshooting (Stunden)", 3, "110.00"], ["Bildbearbeitung", 1, "150.00"]]));
	it("Editing: flat fee $150 (en)", () => expectDraft("Hi Sam,\n\nPlease send the invoice:\nShoot: 2 hours at $120/hour\nEditing: flat fee $150\n\nThanks\nDana", "USD", [["Shoot (hours)", 2, "120.00"], ["Editing", 1, "150.00"]]));
	it("Retouche : forfait 150 € (fr)", () => expectDraft("Bonjour Sam,\n\nMerci de m'envoyer la facture :\nRetouche des photos : forfait 150 €\n\nCordialement\nClaire", "EUR", [["Retouche des photos", 1, "150.00"]]));
	it("Edición: tarifa plana 150 € (es)", () => expectDraft("Hola Sam,\n\n¿Me mandas la factura?\nEdición de fotos: tarifa plana 150 €\n\nGracias\nLucía", "EUR", [["Edición de fotos", 1, "150.00"]]));
	it("Fotobewerking: 150 € vast bedrag, the word after the price (nl)", () => expectDraft("Hoi Sam,\n\nKun je de factuur sturen?\nFotobewerking: € 150 vast bedrag\n\nGroet\nFemke", "EUR", [["Fotobewerking", 1, "150.00"]]));
	it("a flat fee as a sentence of its own in prose: Travel, flat €120", () =>
		expectDraft("Hi Sam,\n\nPlease invoice: Workshop, 2 days at €900 per day. Travel, flat €120.\n\nDana", "EUR", [["Workshop (days)", 2, "900.00"], ["Travel", 1, "120.00"]]));
	it("die Moderation in Rechnung, pauschal 900 € is the Moderation (de)", () => expectDraft("Hallo Sam,\n\nbitte stell mir die Moderation in Rechnung, pauschal 900 €.\n\nGrüße\nLena", "EUR", [["Moderation", 1, "900.00"]]));
	it("\"flat fee\" with nothing named is asked about, never the line's name", () => {
		const d = decide("Hi Sam,\n\nPlease invoice us: flat fee $150.\n\nDana");
		expect(d.kind).toBe("clarify");
	});
	it("a flat word alone is never the thing", () => expectNotDescribedAs("Hallo Sam,\n\nbitte schick mir die Rechnung: pauschal 150 €.\n\nGrüße\nLena", "Pauschal"));
	it("the words name flat prices in every language", () => {
		for (const w of ["Pauschal", "flat fee", "Au forfait", "tarifa plana", "preço fixo", "forfettario", "vast bedrag"]) expect(flatOnly(w)).toBe(true);
		expect(flatOnly("Bildbearbeitung")).toBe(false);
		expect(withoutFlatWord("Bildbearbeitung pauschal")).toBe("Bildbearbeitung");
		// "forfait mariage" is the wedding package: a flat word before the thing may be its noun.
		expect(withoutFlatWord("Forfait mariage")).toBe("Forfait mariage");
	});
});

describe("a bare count of units after a thank-you is for the thing thanked for", () => {
	it("Hartelijk dank voor de visualisaties … hiervoor een factuur … 12 uur à € 85 (nl)", () =>
		expectDraft("Geachte Sam,\n\nHartelijk dank voor de visualisaties van het project aan de Maashaven.\nWilt u hiervoor een factuur sturen? Het gaat om 12 uur à € 85,00 per uur.\n\nMet vriendelijke groet,\nPieter", "EUR", [["Visualisaties (uur)", 12, "85.00"]]));
	it("Herzlichen Dank für die Übersetzung … 6 Stunden à 70 € (de)", () =>
		expectDraft("Hallo Sam,\n\nherzlichen Dank für die Übersetzung. Bitte schick mir die Rechnung dafür: 6 Stunden à 70 €.\n\nGrüße\nLena", "EUR", [["Übersetzung (Stunden)", 6, "70.00"]]));
	it("Il s'agit de 6 heures: the words introducing the count are no thing, the photos thanked for are (fr)", () =>
		expectDraft("Bonjour Sam,\n\nMerci pour les photos. Pouvez-vous m'envoyer la facture ? Il s'agit de 6 heures à 60 € de l'heure.\n\nClaire", "EUR", [["Photos (heures)", 6, "60.00"]]));
	it("words that introduce a count, in every language", () => {
		for (const w of ["Il s'agit", "a maximum", "un total", "se trata", "si tratta", "het aantal", "die Anzahl"]) expect(introducesCount(w)).toBe(true);
		expect(introducesCount("la traduction")).toBe(false);
	});
	it("the labels for opening words and the greeted name", () => {
		expect(labelNamesNothing("Also", "Hi Sam,\nAlso, 3 hours at $50")).toBe(true);
		expect(labelNamesNothing("Außerdem", "Hallo Sam,\nAußerdem, 3 Stunden à 50 €")).toBe(true);
		expect(labelNamesNothing("Sam", "Hi Sam,\nSam, 3 hours at $50")).toBe(true);
		expect(labelNamesNothing("Last week", "Hi Sam,\nLast week, 3 hours at $50")).toBe(true);
		expect(labelNamesNothing("Im November", "Hallo Sam,\nIm November, 12 Stunden à 80 €")).toBe(true);
		expect(labelNamesNothing("la semaine dernière", "Bonjour,\nla semaine dernière, 3 heures à 50 €")).toBe(true);
		expect(labelNamesNothing("Druck", "Guten Tag Sam,\nDruck, 300 Stück à 0,85 EUR")).toBe(false);
	});
	describe("a thing had for a count of months, weeks or days, and a row's own total", () => {
		it("names the thing before 'for' rather than the period", () => {
			expectDraft("Hi Sam,\n\nPlease invoice the social media package for 3 months at 14,000 TRY per month.\n\nElif", "TRY", [["Social media package (months)", 3, "14000.00"]]);
			expectDraft("Hallo Sam,\n\nbitte stellen Sie die Miete für 3 Monate à 500 € pro Monat in Rechnung.\n\nJan", "EUR", [["Miete (Monate)", 3, "500.00"]]);
		});
		it("reads 'c/u' (cada uno) as each, and a row's total after its colon as the same line", () => {
			expectDraft("Hola Sam,\n\nTe confirmo lo conversado para la factura:\n\nSesión de fotos: S/ 2,500.00\nEdición de 30 fotos a S/ 25.00 c/u: S/ 750.00\nTotal: S/ 3,250.00\n\nEmítela a Inversiones Marina S.A.C., por favor.\n\nDiego", "PEN", [["Sesión de fotos", 1, "2500.00"], ["Edición de fotos", 30, "25.00"]]);
		});
		it("a row opening with one capitalised word names the work on what it counts", () => {
			expectDraft("Guten Tag Sam,\n\nBitte stellen Sie uns die Rechnung wie folgt:\n\nBildbearbeitung 40 Bilder à 15,00 €: 600,00 €\nAnfahrt pauschal: 180,00 €\n\nKatrin", "EUR", [["Bildbearbeitung", 40, "15.00"], ["Anfahrt", 1, "180.00"]]);
		});
	});
});
