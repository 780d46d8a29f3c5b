// Two prose shapes of a formal request: a count of things "at the agreed price of" a price each, and a thing added in
// a sentence of its own ("Acresce a adaptação …") whose price the next sentence gives, pointing back at it with a
// demonstrative and its noun ("Essa adaptação fica em 180,00 euros"). A price with no "each", or a noun that is not
// the thing added, is asked about.
import { describe, it } from "vitest";
import { expectDraft, expectNoDraft } from "./invoice-mail";

describe("N things at the agreed price of a price each", () => {
	it("is N at that price", () => {
		expectDraft("Exmo. Senhor Sam,\n\nSolicito a emissão da fatura: foram impressos 5 cartazes, ao preço acordado de 40,00 euros cada.\n\nCumprimentos", "EUR", [["Cartazes", 5, "40.00"]]);
		expectDraft("Dear Sam,\n\nPlease issue the invoice for the 8 headshots, at the agreed price of $65 each.\n\nBest regards", "USD", [["Headshots", 8, "65.00"]]);
		expectDraft("Estimado Sam:\n\nLe ruego que emita la factura de las 4 ilustraciones, al precio acordado de 120 € cada una.\n\nSaludos", "EUR", [["Ilustraciones", 4, "120.00"]]);
	});
	it("with no word of each, the price may be for all of them: asked", () => {
		expectNoDraft("Dear Sam,\n\nPlease issue the invoice for the 8 headshots, at the agreed price of $520.\n\nBest regards");
	});
});

describe("a thing added, its price in the next sentence pointing back at it", () => {
	it("reads the added thing at that price", () => {
		expectDraft(
			"Exmo. Senhor Sam,\n\nVenho solicitar a emissão da fatura. O logótipo ficou em 600,00 euros. Acresce a adaptação do logótipo para o letreiro da loja. Essa adaptação fica em 150,00 euros.\n\nCumprimentos",
			"EUR",
			[["Logótipo", 1, "600.00"], ["Adaptação do logótipo para o letreiro da loja", 1, "150.00"]],
		);
		expectDraft(
			"Hi Sam,\n\nPlease send the invoice. The website was $2,000. Then there was the migration of the old blog. That migration came to $350.\n\nThanks",
			"USD",
			[["Website", 1, "2000.00"], ["Migration of the old blog", 1, "350.00"]],
		);
	});
	it("a noun that is not the added thing is asked about", () => {
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. The website was $2,000. Then there was the migration of the old blog. That banner came to $350.\n\nThanks");
	});
});
