// Which words are a line's thing and its count when the blind batches g/h wrote them otherwise: a bracket's tail, a
// number word that is another word, a count or a rate in brackets after the thing, the work done "for" counted things,
// a row's label before a number mark, where the thing went ("over to us") and the words linking it to its price ("it
// was"). Each family in several languages and word orders: the right draft, or a question — never a wrong line.
import { describe, expect, it } from "vitest";
import { decide, expectDraft as expectExactDraft, expectNoDraft, type Line } from "../invoice-mail";
import { cleanDescription } from "../../../../src/connectors/gmail/invoice/extract";

/** The lines with their prices as the draft writes them, with the currency's two decimals. */
function expectDraft(text: string, currency: string, lines: Line[]) {
	expectExactDraft(text, currency, lines.map(([t, q, p]): Line => [t, q, Number(p).toFixed(2)]));
}

describe("a bracket's tail is never the thing", () => {
	it("a label with a remark in brackets holding “and” (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us:\n\nKit design (home and away): R8 500\nMatch-day programme layout: R4 200\n\nThabo", "ZAR", [["Kit design (home and away)", 1, "8500.00"], ["Match-day programme layout", 1, "4200.00"]]));
	it("a remark in brackets holding “en”, a spaced French colon (fr)", () =>
		expectDraft("Bonjour Sam,\n\nJe vous prie d'établir la facture suivante :\n\nAffiche A2 : CHF 350.–\nProgramme du colloque (mise en page) : CHF 1 200.–\n\nClaire", "CHF", [["Affiche A2", 1, "350.00"], ["Programme du colloque (mise en page)", 1, "1200.00"]]));
	it("a remark in brackets holding “y” (es)", () =>
		expectDraft("Hola Sam,\n\n¿Me mandas la factura?\n\nDiseño de camisetas (local y visitante): 850 €\nCartel del partido: 200 €\n\nJavier", "EUR", [["Diseño de camisetas (local y visitante)", 1, "850"], ["Cartel del partido", 1, "200"]]));
	it("a clause cut inside the brackets leaves only the thing (en)", () =>
		expectDraft("Hi Sam,\n\nCan you invoice us:\n\nLabel design – $1,800 AUD\nRush fee (because we left it late, sorry!) – $300 AUD\n\nJosh", "AUD", [["Label design", 1, "1800"], ["Rush fee", 1, "300"]]));
});

describe("a row ending on a price per unit is a row, not a wrapped sentence", () => {
	it("a count at a price per piece, then a labelled row (fr)", () =>
		expectDraft("Bonjour Sam,\n\nJe vous prie d'établir la facture suivante à l'attention de l'Institut des sciences de la Terre :\n\n3 posters scientifiques à CHF 350.– pièce\nProgramme du colloque (mise en page) : CHF 1 200.–\n\nClaire", "CHF", [["Posters scientifiques", 3, "350.00"], ["Programme du colloque (mise en page)", 1, "1200.00"]]));
	it("a count at a price each, then a labelled row (en)", () =>
		expectDraft("Hi Sam,\n\nPlease send us the invoice for the work from the conference last month, as follows:\n\n4 roll-up banners at USD 180 each\nConference programme layout: USD 950\n\nDana", "USD", [["Roll-up banners", 4, "180"], ["Conference programme layout", 1, "950"]]));
});

describe("a number word that is another word is no count", () => {
	it("“dos” (of the, pt) with the count in digits in brackets: the digits count, priced each", () =>
		expectDraft("Fala Sam,\n\nPode mandar a fatura? Ficou assim:\n- Redesenho do escudo: R$ 4.500,00\n- Design dos uniformes (3 modelos): R$ 1.200,00 cada\n\nRodrigo", "BRL", [["Redesenho do escudo", 1, "4500.00"], ["Design dos uniformes", 3, "1200.00"]]));
	it("“dos” with a count in digits and one price for them all is one line at that price, never 2 of it", () =>
		expectDraft("Fala Sam,\n\nPode mandar a fatura?\n- Design dos uniformes (3 modelos): R$ 3.600,00\n\nRodrigo", "BRL", [["Design dos uniformes (3 modelos)", 1, "3600"]]));
});

describe("a count and a price per item in brackets after the thing", () => {
	it("a table row whose amount is the count times the rate (en, KSh)", () =>
		expectDraft("Dear Sam,\n\nKindly send us the invoice for the annual report work:\n\n| Item | Amount |\n| Annual report design | KSh 85,000 |\n| Infographics (4 @ KSh 6,500) | KSh 26,000 |\n| Total | KSh 111,000 |\n\nWanjiru", "KES", [["Annual report design", 1, "85000"], ["Infographics", 4, "6500"]]));
	it("a bullet with hours at a rate in brackets and no row total (pt)", () =>
		expectDraft("Olá Sam,\n\nPor favor, emita a fatura:\n\n• Projeto da vitrine de Natal – R$ 2.800,00\n• Adesivos impressos – R$ 650,00\n• Montagem (4 horas a R$ 90,00)\n\nHelena", "BRL", [["Projeto da vitrine de Natal", 1, "2800.00"], ["Adesivos impressos", 1, "650.00"], ["Montagem (horas)", 4, "90.00"]]));
	it("pages at a rate in brackets (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung:\n\n- Übersetzung (3 Seiten à 40 €): 120 €\n- Lektorat: 80 €\n\nGrüße, Jana", "EUR", [["Übersetzung (Seiten)", 3, "40"], ["Lektorat", 1, "80"]]));
	it("a count times a rate in brackets (es)", () =>
		expectDraft("Hola Sam,\n\n¿Me envías la factura?\n\n- Ilustraciones (5 x 120 €) — 600 €\n\nLucía", "EUR", [["Ilustraciones", 5, "120"]]));
	it("a count in brackets and a price per piece (de, fr)", () => {
		expectDraft("Hallo Sam,\n\nbitte die Rechnung:\n\n- Plakate (3 Stück): 90 € pro Stück\n\nJana", "EUR", [["Plakate (Stück)", 3, "90"]]);
		expectDraft("Bonjour Sam,\n\nPouvez-vous m'envoyer la facture ?\n\n- Affiches (deux formats) : 120 € chacune\n\nClaire", "EUR", [["Affiches", 2, "120"]]);
	});
});

describe("the work done for counted things names the line", () => {
	it("the retouching for N photos at a price each (en, THB)", () =>
		expectDraft("Hello Sam,\n\nCan you please send me the invoice?\n\nIt is 18,000 baht for the lookbook photography (1 day) and the\nretouching for 15 photos at 300 baht each, as we agreed on the phone.\n\nSomchai", "THB", [["Lookbook photography", 1, "18000"], ["Retouching (photos)", 15, "300"]]));
	it("Bearbeitung für N Fotos à … (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung für die Bearbeitung für 20 Fotos à 12 € pro Foto.\n\nJana", "EUR", [["Bearbeitung (Fotos)", 20, "12"]]));
	it("la retouche pour N photos à … (fr)", () =>
		expectDraft("Bonjour Sam,\n\nPouvez-vous m'envoyer la facture pour la retouche pour 30 photos à 10 € la photo ?\n\nClaire", "EUR", [["Retouche (photos)", 30, "10"]]));
	it("who was counted is asked, never the thing (en)", () => expectNoDraft("Hi Sam,\n\nPlease invoice the workshop for 20 people at $45 per person.\n\nSara"));
	it("thanks for N things names no work (en)", () => expectNoDraft("Hi Sam,\n\nThanks for 12 photos at $20 each, send the invoice.\n\nSara"));
	it.each([
		["Please invoice me, it's for 15 photos at $5 each.", "USD", "Photos", 15, "5"],
		["Bitte schick mir die Rechnung, das ist für 15 Fotos à 5 € pro Foto.", "EUR", "Fotos", 15, "5"],
	])("a link or a pronoun before “for” names no work: %s", (text, currency, thing, count, price) => expectDraft(text, currency, [[thing, count, price]]));
});

describe("a row's label before a number mark names the counted things", () => {
	it("“n.” before the count (it)", () =>
		expectDraft("Gentile Sam,\n\nLe chiediamo di emettere fattura:\n\n- progettazione dei pannelli espositivi: n. 6 pannelli a 180,00 € cadauno\n- impaginazione del catalogo: 1.450,00 €\n\nCarmela", "EUR", [["Progettazione dei pannelli espositivi", 6, "180.00"], ["Impaginazione del catalogo", 1, "1450.00"]]));
	it("“Nr.” before the count (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte die Rechnung:\n\n- Druck der Plakate: Nr. 4 Plakate à 95,00 € pro Stück\n\nJana", "EUR", [["Druck der Plakate", 4, "95.00"]]));
});

describe("a row that opens with the thing, then what it was for", () => {
	it("the occasion after “for” stays in the thing's name (en)", () =>
		expectDraft("Sam,\n\nPlease invoice the shop.\n\nPoster design for the Christmas author evening, £240, plus £15 for posting\nthe A2 prints over to us.\n\nRhiannon", "GBP", [["Poster design for the Christmas author evening", 1, "240"], ["Posting the A2 prints", 1, "15"]]));
	it("… para la velada (es)", () =>
		expectDraft("Hola Sam,\n\nDiseño del cartel para la velada, 240 €. ¿Me mandas la factura?\n\nLucía", "EUR", [["Diseño del cartel para la velada", 1, "240"]]));
	it("an opening word before “for” names nothing (en)", () =>
		expectDraft("Hi Sam,\n\nThanks so much for the logo, $500. Please send the invoice.\n\nDana", "USD", [["Logo", 1, "500"]]));
});

describe("where the thing went and the words linking it to its price are no part of its name", () => {
	it.each([
		["posting the A2 prints over to us", "Posting the A2 prints"],
		["shipping the proofs back to me", "Shipping the proofs"],
		["Versand der Abzüge zu uns", "Versand der Abzüge"],
		["l'envoi des tirages chez nous", "Envoi des tirages"],
		["el envío de las copias a nosotros", "Envío de las copias"],
		["invitation design it was", "Invitation design"],
		["the logo, that came to", "Logo"],
		["das Logo, das war", "Logo"],
		["le logo c'était", "Logo"],
		["o logotipo isso foi", "Logotipo"],
	])("%s → %s", (written, thing) => expect(cleanDescription(written)).toBe(thing));
	it("the thing named before “it was” (en, LKR)", () =>
		expectDraft("Hi Sam,\n\nCould you please send us the invoice? For the invitation design it was LKR 45,000.\n\nNimali", "LKR", [["Invitation design", 1, "45000"]]));
});

describe("counted things that “were” a price each", () => {
	it("the N things were a price each, after a flat line (en, LKR)", () =>
		expectDraft("Hi Sam,\n\nCould you please send us the invoice? For the invitation design it was LKR 45,000, and the 150 printed cards were LKR 120 each.\n\nNimali", "LKR", [["Invitation design", 1, "45000"], ["Printed cards", 150, "120"]]));
	it("die N Dinge waren … pro Stück (de)", () => expectDraft("Hallo Sam,\n\nschick mir bitte die Rechnung: die 40 Tassen waren 9 € pro Stück.\n\nJana", "EUR", [["Tassen", 40, "9"]]));
	it("les N choses étaient à … pièce (fr)", () => expectDraft("Bonjour Sam,\n\nPouvez-vous m'envoyer la facture ? Les 12 affiches étaient à 25 € pièce.\n\nClaire", "EUR", [["Affiches", 12, "25"]]));
	it("without a word for each the amount may be their total: never multiplied (en)", () => {
		const d = decide("Hi Sam,\n\nCould you please send us the invoice? The 150 printed cards were LKR 18,000.\n\nNimali");
		if (d.kind === "draft") expect((d.params["lines"] as { quantity: number; unit_price: string }[]).map((l) => [l.quantity, l.unit_price])).toEqual([[1, "18000.00"]]);
	});
});

describe("a row's label before a count of plain units names the line", () => {
	it("label, N unidades a … beside a line that names its thing (es)", () =>
		expectDraft("Estimado Sam:\n\nLe ruego que nos emita la factura con los siguientes conceptos:\n\nReportaje fotográfico, 8 viviendas a 180,00 € cada una\nPlano 2D, 8 unidades a 45,00 €\n\nFrancisco", "EUR", [["Reportaje fotográfico (viviendas)", 8, "180.00"], ["Plano 2D (unidades)", 8, "45.00"]]));
	it("label – N units at … (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for the following:\n\nLogo design: $600\nSticker sheet – 200 units at $1.50\n\nDana", "USD", [["Logo design", 1, "600"], ["Sticker sheet (units)", 200, "1.50"]]));
	it("an opening word before the count names nothing (en)", () => expectNoDraft("Hi Sam,\n\nPlease invoice us.\n\nLogo design: $600\nAlso, 200 units at $1.50\n\nDana"));
});

describe("the thing before “for” an occasion, in a clause after a greeting or a colon", () => {
	it.each([
		["We need an invoice: poster design for the author evening, £240.", "GBP", "Poster design for the author evening", "240"],
		["Hi Sam, poster design for the author evening was £240, please invoice.", "GBP", "Poster design for the author evening", "240"],
		["Hola Sam, el diseño del cartel para la velada fue 240 €, ¿me mandas la factura?", "EUR", "Diseño del cartel para la velada", "240"],
		["Hallo Sam, das Plakat für den Abend war 240 €. Bitte schick mir die Rechnung.", "EUR", "Plakat für den Abend", "240"],
		["Ciao Sam, il manifesto per la serata era 240 €. Mi mandi la fattura?", "EUR", "Manifesto per la serata", "240"],
	])("%s", (text, currency, thing, price) => expectDraft(text, currency, [[thing, 1, price]]));
	it("a joining word opens no thing (en)", () => expectDraft("Hi Sam,\n\nThanks again, and for the logo, $500. Please send the invoice.\n\nDana", "USD", [["Logo", 1, "500"]]));
});

describe("a count in brackets, then “at” a price per unit", () => {
	it("label (N units) at a rate (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us:\n\nSetup (3 hours) at $50 per hour\nLogo: $100\n\nDana", "USD", [["Setup (hours)", 3, "50"], ["Logo", 1, "100"]]));
	it("a label with a digit in a word (es)", () =>
		expectDraft("Estimado Sam:\n\nLe ruego que nos emita la factura:\n\nPlano 2D (8 unidades) a 45,00 € cada una\nLogo: 100 €\n\nFrancisco", "EUR", [["Plano 2D (unidades)", 8, "45.00"], ["Logo", 1, "100"]]));
	it("a row total that is not the count times the rate is asked, never two lines (en)", () => expectNoDraft("Hi Sam,\n\nPlease invoice us:\n\n- Workshop (2 @ $500): $900\n- Logo: $300\n\nDana"));
	it("a count in brackets and one price, no word for each, is asked or one line (en)", () => {
		const d = decide("Hi Sam,\n\nPlease invoice us:\n\nSetup (3 hours) at $150\nLogo: $100\n\nDana");
		if (d.kind === "draft") expect((d.params["lines"] as { quantity: number }[]).every((l) => l.quantity === 1)).toBe(true);
	});
});
