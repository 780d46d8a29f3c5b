// Round 21, lines (t21b): a bullet row priced only "same as your usual rate" (after a dash, with a filler word after
// it) is asked about in seven languages; a row's own label before a spaced dash names its counted things at length
// ("2) Design de rótulo para café especial – 3 rótulos x R$ 650,00"); a row's label may hold a spaced dash and which
// part of the work before its colon and price ("1. Annual Report 2026 – layout & design (48 pages): S$4,800.00");
// "señal" is a deposit in Spain's Spanish.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a bullet row priced only by the usual rate, after a dash, is asked about", () => {
	const rows: [lang: string, text: string, thing: string][] = [
		["en", "Hi Sam!\n\nCan you please send us the invoice for the November content?\n\n- 12 IG posts (₱1,500 each)\n- Product shoot for the Holiday Blend - same as your usual rate lang po\n- 1 reel editing ₱3,500\n\nThank you po!\n\nCarla", "Product shoot for the Holiday Blend"],
		["de", "Hallo Sam,\n\nRechnung bitte:\n- Logo: 800 €\n- Produktfotos – zum gleichen Preis wie immer\n\nDanke, Eva", "Produktfotos"],
		["es", "Hola Sam,\n\n¿Me mandas la factura?\n- Logo: 800 €\n- Fotos de producto: al mismo precio de siempre\n\nGracias, Ana", "Fotos de producto"],
		["fr", "Bonjour Sam,\n\nPeux-tu m'envoyer la facture ?\n- Logo : 800 €\n- Photos produits - même tarif que d'habitude\n\nMerci, Luc", "Photos produits"],
		["pt", "Oi Sam,\n\nPode mandar a fatura?\n- Logo: R$ 800\n- Fotos de produto - mesmo valor de sempre\n\nObrigada, Rita", "Fotos de produto"],
		["it", "Ciao Sam,\n\nmi mandi la fattura?\n- Logo: 800 €\n- Foto prodotto - stesso prezzo di sempre\n\nGrazie, Gio", "Foto prodotto"],
		["nl", "Hoi Sam,\n\nKun je de factuur sturen?\n- Logo: € 800\n- Productfoto's - zelfde tarief als altijd\n\nBedankt, Els", "Productfoto's"],
	];
	// One case a test: the first read compiles the reader's patterns, which takes seconds on a loaded machine.
	for (const [lang, text, thing] of rows) it(`${lang}: asks the price of "${thing}"`, () => expectClarify(text, thing));
});

describe("a row's own label before a spaced dash names its counted things, however long", () => {
	it("in several languages", () => {
		expectDraft("Oi Sam,\n\nPode emitir a fatura?\n\nItens:\n1) Site institucional (5 páginas) – R$ 4.800,00\n2) Design de rótulo para café especial – 3 rótulos x R$ 650,00\n\nAbraços, Mariana", "BRL", [["Site institucional (5 páginas)", 1, "4800.00"], ["Design de rótulo para café especial", 3, "650.00"]]);
		expectDraft("Oi Sam,\n\npode emitir a fatura?\n- Design de rótulo para cerveja artesanal – 4 rótulos x R$ 500,00\n- Sessão de fotos – R$ 900,00\n\nAbraços, Bia", "BRL", [["Design de rótulo para cerveja artesanal", 4, "500.00"], ["Sessão de fotos", 1, "900.00"]]);
		expectDraft("Hi Sam,\n\nplease send the invoice:\n- Label design for the coffee range – 3 labels x $650\n- Photos – $900\n\nAnn", "USD", [["Label design for the coffee range", 3, "650.00"], ["Photos", 1, "900.00"]]);
	});
});

describe("'señal' is a deposit", () => {
	it("a deposit named 'señal', with the balance left, keeps the draft of the lines", () => {
		expectDraft("¡Hola Sam!\n\n¿Me puedes mandar la factura? Te resumo:\n\n* Sesión de fotos: 450 €\n* Gestión de redes sociales: 300 €\n\nYa te pagamos 200 € de señal en octubre, así que ponlo como pagado. En total serían 750 €, y quedarían 550 € pendientes.\n\nDatos para la factura:\nArrocería La Marjal S.L.\n\nLucía", "EUR", [["Sesión de fotos", 1, "450.00"], ["Gestión de redes sociales", 1, "300.00"]]);
	});
});

describe("a row's label holding a spaced dash and which part of the work, then a colon and its price", () => {
	it("in several languages", () => {
		expectDraft("Dear Sam,\n\nPlease issue the invoice:\n1. Annual Report 2026 – layout & design (48 pages): S$4,800.00\n2. Printing coordination fee: S$350.00\n\nRegards, Tan", "SGD", [["Annual Report 2026 – layout & design (48 pages)", 1, "4800.00"], ["Printing coordination fee", 1, "350.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung:\n- Jahresbericht – Satz und Gestaltung: 3.200 €\n- Druckbegleitung: 400 €\n\nGruß, Jan", "EUR", [["Jahresbericht – Satz und Gestaltung", 1, "3200.00"], ["Druckbegleitung", 1, "400.00"]]);
		expectDraft("Ciao Sam,\n\nmi mandi la fattura?\n- Catalogo 2027 – impaginazione: 1.900 €\n- Foto: 300 €\n\nGio", "EUR", [["Catalogo 2027 – impaginazione", 1, "1900.00"], ["Foto", 1, "300.00"]]);
		expectDraft("Hoi Sam,\n\nkun je de factuur sturen?\n- Jaarverslag – vormgeving: € 2.100\n- Fotografie: € 450\n\nKim", "EUR", [["Jaarverslag – vormgeving", 1, "2100.00"], ["Fotografie", 1, "450.00"]]);
	});
	it("near miss: a payment named after the dash is no line of work", () => {
		expectClarify("Hi Sam,\n\nplease invoice:\n- Website – final payment: $500\n- Logo: $300\n\nTom", "$500");
	});
});
