// Round 21, lines (t21b): a bullet row priced only "same as your usual rate" (after a dash, with a filler word after
// it) is asked about in seven languages; a row's own label before a spaced dash names its counted things at length
// ("2) Design de rótulo para café especial – 3 rótulos x R$ 650,00"); "señal" is a deposit in Spain's Spanish.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a bullet row priced only by the usual rate, after a dash, is asked about", () => {
	it("in seven languages, whatever the list's intro", () => {
		expectClarify("Hi Sam!\n\nCan you please send us the invoice for the November content?\n\n- 12 IG posts (₱1,500 each)\n- Product shoot for the Holiday Blend - same as your usual rate lang po\n- 1 reel editing ₱3,500\n\nThank you po!\n\nCarla", "Product shoot for the Holiday Blend");
		expectClarify("Hallo Sam,\n\nRechnung bitte:\n- Logo: 800 €\n- Produktfotos – zum gleichen Preis wie immer\n\nDanke, Eva", "Produktfotos");
		expectClarify("Hola Sam,\n\n¿Me mandas la factura?\n- Logo: 800 €\n- Fotos de producto: al mismo precio de siempre\n\nGracias, Ana", "Fotos de producto");
		expectClarify("Bonjour Sam,\n\nPeux-tu m'envoyer la facture ?\n- Logo : 800 €\n- Photos produits - même tarif que d'habitude\n\nMerci, Luc", "Photos produits");
		expectClarify("Oi Sam,\n\nPode mandar a fatura?\n- Logo: R$ 800\n- Fotos de produto - mesmo valor de sempre\n\nObrigada, Rita", "Fotos de produto");
		expectClarify("Ciao Sam,\n\nmi mandi la fattura?\n- Logo: 800 €\n- Foto prodotto - stesso prezzo di sempre\n\nGrazie, Gio", "Foto prodotto");
		expectClarify("Hoi Sam,\n\nKun je de factuur sturen?\n- Logo: € 800\n- Productfoto's - zelfde tarief als altijd\n\nBedankt, Els", "Productfoto's");
	});
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
