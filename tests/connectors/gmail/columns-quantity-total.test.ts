// A plain-text table with aligned columns — description, quantity (maybe with its unit), unit price and the row's
// amount — as accounting staff paste it into mail. The row's amount must be its quantity times its price; a row that
// does not add up, or a table with no currency anywhere, is asked about.
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("aligned columns with quantity, price and amount", () => {
	it("reads each row, the amount column checked", () => {
		expectDraft(
			"Hi Sam,\n\nPlease invoice us as agreed:\n\nItem                      Qty    Unit price    Amount\nBrand workshop            1      $1,500.00     $1,500.00\nIllustrations             6      $120.00       $720.00\nTotal                                          $2,220.00\n\nThanks,\nDana",
			"USD",
			[["Brand workshop", 1, "1500.00"], ["Illustrations", 6, "120.00"]],
		);
		expectDraft(
			"Buongiorno Sam,\n\nci invii la fattura secondo il dettaglio:\n\nDescrizione              Quantità   Prezzo       Importo\nRiprese drone            1          € 650,00     € 650,00\nMontaggio video          8 ore      € 55,00      € 440,00\nTotale                                           € 1.090,00\n\nGrazie",
			"EUR",
			[["Riprese drone", 1, "650.00"], ["Montaggio video", 8, "55.00"]],
		);
		expectDraft(
			"Hoi Sam,\n\nKun je de factuur opmaken?\n\nOmschrijving           Aantal   Prijs      Bedrag\nLogo-ontwerp           1        800,00     800,00\nVisitekaartjes         500      0,30       150,00\n                                Totaal     950,00 EUR\n\nGroet,\nDana",
			"EUR",
			[["Logo-ontwerp", 1, "800.00"], ["Visitekaartjes", 500, "0.30"]],
		);
	});
	it("a row whose amount is not quantity times price is asked about", () => {
		expectNoDraft("Hi Sam,\n\nPlease invoice us:\n\nItem                 Qty   Price      Amount\nPortraits            10    $45.00     $400.00\n\nThanks");
		expectNoDraft("Hallo Sam,\n\nbitte die Rechnung:\n\nPosten               Menge   Preis       Betrag\nFotobearbeitung      12      25,00 €     350,00 €\n\nDanke");
	});
	it("bare numbers with no currency anywhere are asked about", () => {
		expectClarify("Hoi Sam,\n\nKun je de factuur opmaken?\n\nOmschrijving           Aantal   Prijs      Bedrag\nLogo-ontwerp           1        800,00     800,00\nVisitekaartjes         500      0,30       150,00\n\nGroet", "currency");
	});
});

describe("aligned columns with a count times a price, and the row's amount", () => {
	it("reads each row, the amount column checked, in Swiss francs written 'Fr. 180.-' and other currencies", () => {
		expectDraft(
			"Bonjour,\n\nMerci de nous établir la facture selon notre accord :\n\n  Étiquettes vins (4 cuvées)     4 x Fr. 150.-    Fr. 600.-\n  Retouche logo                  1 x Fr. 280.-    Fr.   280.-\n                                                  ----------\n  Total                                           Fr. 880.-\n\nMeilleures salutations\nClaire",
			"CHF",
			[["Étiquettes vins (4 cuvées)", 4, "150.00"], ["Retouche logo", 1, "280.00"]],
		);
		expectDraft(
			"Hi Sam,\n\nPlease invoice us as agreed:\n\n  Product photos        40 x $15.00      $600.00\n  Banner                 2 x $120.00     $240.00\n  Total                                  $840.00\n\nThanks,\nDana",
			"USD",
			[["Product photos", 40, "15.00"], ["Banner", 2, "120.00"]],
		);
		expectDraft(
			"Hallo Sam,\n\nbitte stell uns Folgendes in Rechnung:\n\nVisitenkarten      500 × 0,12 €      60,00 €\nBriefpapier        200 × 0,40 €      80,00 €\n\nDanke\nLena",
			"EUR",
			[["Visitenkarten", 500, "0.12"], ["Briefpapier", 200, "0.40"]],
		);
	});
	it("near miss: a row whose amount is not its count times its price is asked about", () => {
		expectNoDraft("Bonjour,\n\nMerci de nous établir la facture :\n\n  Étiquettes vins (4 cuvées)     4 x Fr. 150.-    Fr. 650.-\n\nMeilleures salutations");
		expectNoDraft("Hi Sam,\n\nPlease invoice us:\n\n  Product photos        40 x $15.00      $650.00\n\nThanks");
	});
});
