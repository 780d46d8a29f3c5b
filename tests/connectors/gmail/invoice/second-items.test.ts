// How blind-written requests put a second item beside the first — its price after a sign the quick count reader does
// not know ("₦120,000"), after a comma in a bullet, a flat word with no colon, "and"/"en"/"y" after the first item's
// price — and each must become the right draft, or a named question, never a wrong draft.
import { describe, it } from "vitest";
import { expectDraft } from "../invoice-mail";

describe("an amount's digits are never a count", () => {
	it("reads the naira, rupee and shilling amounts before 'and the …' as prices, not as how many of the next thing", () => {
		expectDraft("Kindly raise your invoice for the showroom banner design at ₦450,000 and the flyers at ₦120,000.", "NGN", [
			["Showroom banner design", 1, "450000.00"],
			["Flyers", 1, "120000.00"],
		]);
		expectDraft("Please invoice the poster at ₹ 4,500 and the 20 flyers at ₹ 30 each.", "INR", [
			["Poster", 1, "4500.00"],
			["Flyers", 20, "30.00"],
		]);
		expectDraft("Please invoice the mural at ₴12,000 and the sketches at ₴3,000.", "UAH", [
			["Mural", 1, "12000.00"],
			["Sketches", 1, "3000.00"],
		]);
	});
});

describe("pieces and copies written short are a count's unit", () => {
	it("reads nos., ex., uds. and pz. as pieces of the thing, shown written out", () => {
		expectDraft("Kindly submit your invoice:\n1) Department brochure design – ₹ 48,000\n2) Printing of brochures – 500 nos. @ ₹ 36 per piece", "INR", [
			["Department brochure design", 1, "48000.00"],
			["Printing of brochures (pieces)", 500, "36.00"],
		]);
		expectDraft("Tu peux m'envoyer la facture pour les flyers ? 2 000 ex. à 0,18 €, plus la mise en page du livret à 450 €.", "EUR", [
			["Flyers (exemplaires)", 2000, "0.18"],
			["Mise en page du livret", 1, "450.00"],
		]);
		expectDraft("¿Me mandas la factura?\n- Impresión de carteles: 300 uds. a 2,50 €", "EUR", [["Impresión de carteles (unidades)", 300, "2.50"]]);
		expectDraft("Mi mandi la fattura?\n- Stampa volantini: 50 pz. a 3 €", "EUR", [["Stampa volantini (pezzi)", 50, "3.00"]]);
	});
});

describe("the first item before 'and', its price right after its name", () => {
	it("reads the flat item opening the sentence beside the counted one joined to it", () => {
		expectDraft("Kun je me een factuurtje sturen? Menubord ontwerp €275 en de 200 stickers à €0,90.", "EUR", [
			["Menubord ontwerp", 1, "275.00"],
			["Stickers", 200, "0.90"],
		]);
		expectDraft("¿Me haces la factura? Diseño del menú 300 € y 50 carteles a 2 € cada uno.", "EUR", [
			["Diseño del menú", 1, "300.00"],
			["Carteles", 50, "2.00"],
		]);
	});
	it("never reads an amount's own name with its verb as a thing ('The fee was $1,200 plus $85 in travel expenses')", () => {
		expectDraft("Hi, can you bill us for the workshop facilitation? The fee was $1,200 plus $85 in travel expenses.", "USD", [
			["Workshop facilitation", 1, "1200.00"],
			["Travel expenses", 1, "85.00"],
		]);
	});
});

describe("a bullet's thing with a hyphen inside a word", () => {
	it("reads mock-ups, Icon-Set and cartes-cadeaux as one word", () => {
		expectDraft("Can you invoice us for these please:\n- Label design, 3 x £450\n- Bottle mock-ups, £180", "GBP", [
			["Label design", 3, "450.00"],
			["Bottle mock-ups", 1, "180.00"],
		]);
		expectDraft("Kannst du uns bitte die Rechnung schicken?\n- Pitch Deck Design: 12 Stunden à 95 €\n- Icon-Set pauschal 350 €", "EUR", [
			["Pitch Deck Design (Stunden)", 12, "95.00"],
			["Icon-Set", 1, "350.00"],
		]);
	});
});

describe("a count of kinds is of the thing named before its colon", () => {
	it("names the line by the thing, the kind word in brackets, even beside another item", () => {
		expectDraft("Bitte stellen Sie uns die Etiketten in Rechnung: 3 Sorten à 420,00 € sowie die Reinzeichnung mit 180,00 €.", "EUR", [
			["Etiketten (Sorten)", 3, "420.00"],
			["Reinzeichnung", 1, "180.00"],
		]);
		expectDraft("¿Me haces la factura? El logo nuevo, 900 € como quedamos, y las tarjetas regalo: 12 diseños a 25 € cada una.", "EUR", [
			["Logo nuevo", 1, "900.00"],
			["Tarjetas regalo (diseños)", 12, "25.00"],
		]);
		expectDraft("Please invoice the logo, $900, and the beer labels: 3 designs at $250 each.", "USD", [
			["Logo", 1, "900.00"],
			["Beer labels (designs)", 3, "250.00"],
		]);
		expectDraft("Kun je me de factuur sturen? Het logo € 500 en de etiketten: 4 soorten à € 120.", "EUR", [
			["Logo", 1, "500.00"],
			["Etiketten (soorten)", 4, "120.00"],
		]);
	});
});

describe("things counted with a verb before their price each", () => {
	it("reads 'the 150 printed cards were LKR 120 each' and its kin in other languages", () => {
		expectDraft("Could you please send us the invoice? The 150 printed cards were LKR 120 each.", "LKR", [["Printed cards", 150, "120.00"]]);
		expectDraft("Kannst du mir die Rechnung schicken? Die 40 Tassen waren 9,50 € pro Stück.", "EUR", [["Tassen", 40, "9.50"]]);
		expectDraft("¿Me haces la factura? Los 30 carteles fueron 4 € cada uno.", "EUR", [["Carteles", 30, "4.00"]]);
	});
});
