// Precision: a request whose priced lines leave something out asks instead of drafting. A thing added with no price
// ("Dazu kommt noch die Bildbearbeitung", "there's also the retouching"), a thing priced only by the usual rate ("plus
// retouching at your usual rate", "al precio de siempre"), a summing phrase whose amount the lines do not make ("so
// together 12 500 Kč"), a sender placed in two countries' offices ("Vancouver, BC | Bellingham, WA") and prices with no
// currency anywhere ("photography 1,200 and editing 300") are asked about;
// a thing said to be free, paid or a field of the invoice, and a summing phrase the lines do make, keep the draft.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft } from "./invoice-mail";
import { officesInTwoCountries } from "../../../src/connectors/gmail/invoice/home-currency";

describe("a summing phrase is never a line", () => {
	it("a sum the lines make is the total, in several languages", () => {
		expectDraft("Hi Sam,\n\nplease send the invoice: 4 poster designs at 300 € each, so together 1 200 €.\n\nThanks, Anna", "EUR", [["Poster designs", 4, "300.00"]]);
		expectDraft("Bonjour Sam,\n\nmerci de m'envoyer la facture : logo 500 € et affiches 300 €, ensemble 800 €.\n\nPaul", "EUR", [["Logo", 1, "500.00"], ["Affiches", 1, "300.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung: 3 Flyer à 120 €, zusammen also 360 €.\n\nDanke, Jonas", "EUR", [["Flyer", 3, "120.00"]]);
	});
	it("a sum the lines do not make is asked about, named as the email writes it", () => {
		expectClarify("Dear Sam,\n\nCould you please issue the invoice now? It was 6 poster designs at 2 500 Kč each, so together 12 500 Kč.\n\nKind regards,\nTereza", "12 500");
		expectClarify("Bonjour Sam,\n\nvoici ce qu'on avait dit : logo 500 € et affiches 300 €, ensemble 900 €. Merci de m'envoyer la facture.\n\nPaul", "the stated total 900 EUR does not match the lines (800.00 EUR)");
		expectClarify("Hoi Sam,\n\nkun je de factuur sturen? Logo € 400 en huisstijl € 600, dus in totaal € 1.100.\n\nBedankt, Joost", "the stated total 1100 EUR");
	});
	it("a total the lines do not make is asked about even when the currency is asked too", () => {
		expectClarify("Ciao Sam!\n\nMi mandi la fattura? Ecco cosa avevamo detto:\n- grafica menù: 850 dollari\n- foto dei piatti: 1.100 dollari\n\nTotale 2.150 AUD, giusto?\n\nFrancesca", "the stated total 2150 AUD does not match the lines (1950.00");
	});
});

describe("a thing added with no price is asked about", () => {
	it("a sentence that opens by adding one more thing", () => {
		expectClarify("Guten Morgen Sam,\n\nbitte schicken Sie uns die Rechnung. Das Team-Shooting hatten wir mit 950,00 € pauschal vereinbart. Dazu kommt noch die zusätzliche Bildbearbeitung für die beiden Kolleginnen – da hatten wir keinen Preis besprochen.\n\nGrüße", "Bildbearbeitung");
		expectClarify("Hola Sam,\n\nenvíame la factura por favor. La sesión de fotos fueron 700 €. Además está la edición de los vídeos.\n\nSaludos", "edición de los vídeos");
		expectClarify("Ciao Sam,\n\nmandami la fattura. Il servizio fotografico era 650 €. Poi c'è anche il ritocco delle foto.\n\nGrazie", "ritocco delle foto");
		expectClarify("Beste Sam,\n\ngraag de factuur. De fotoshoot was € 750. Daarnaast nog de nabewerking van de foto's.\n\nGroet", "nabewerking");
	});
	it("a thing said to be free or already paid keeps the draft", () => {
		expectDraft("Hi Sam,\n\nplease invoice the headshots, $600. There's also the retouching, which you did for free — thank you!\n\nTom", "USD", [["Headshots", 1, "600.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung für das Shooting, 900 €. Dazu kommt noch die Bildbearbeitung, die war ja kostenlos.\n\nDanke!", "EUR", [["Shooting", 1, "900.00"]]);
		expectDraft("Ciao Sam,\n\nmandami la fattura per il logo, 500 €. C'è anche il ritocco, già pagato in contanti.\n\nGrazie", "EUR", [["Logo", 1, "500.00"]]);
	});
});

describe("a thing priced only by the usual rate is asked about", () => {
	it("in the seven languages", () => {
		expectClarify("Dear Sam,\n\nKindly send the invoice for the shoot:\n\n1. Product photography - 60 sarees @ $45 per piece\n2. Model shoot (1 day) - $3,500\n\nplus retouching for the selected images at your usual rate.\n\nThanks", "retouching");
		expectClarify("Hallo Sam,\n\nbitte stell mir die Rechnung: das Fotoshooting 800 € und die Bildbearbeitung wie immer.\n\nDanke", "Bildbearbeitung");
		expectClarify("Hola Sam,\n\nfactúrame el logo (500 €) y las tarjetas al precio de siempre.\n\nGracias", "tarjetas");
		expectClarify("Bonjour Sam,\n\nfacturez-moi le site (1 200 €) et la maintenance au tarif habituel.\n\nMerci", "maintenance");
		expectClarify("Ciao Sam,\n\nfatturami il logo a 500 € e il ritocco foto alla solita tariffa.\n\nGrazie", "ritocco foto");
	});
	it("a rate written with its figure is a line, and the usual terms or address are no thing", () => {
		expectDraft("Hi Sam,\n\nplease invoice the logo at $500. Payment as usual.\n\nThanks, Kim", "USD", [["Logo", 1, "500.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung fürs Logo, 500 €. Zahlung wie immer.\n\nDanke", "EUR", [["Logo", 1, "500.00"]]);
		expectDraft("Hi Sam,\n\nCould you please send us the invoice?\n- Brand guideline book: $1,800\n- Icon set: $450\n\nWe will pay by bank transfer as usual.\n\nBest regards", "USD", [["Brand guideline book", 1, "1800.00"], ["Icon set", 1, "450.00"]]);
	});
	it("a count of hours at a rate pointed at is never one line at the rate", () => {
		expect(decide("Hi Sam,\n\nplease invoice the 3 hours of retouching at your usual rate of $80.\n\nThanks").kind).not.toBe("draft");
	});
});

describe("the currency asked, never guessed", () => {
	it("has the bare dollar asked", () => {
		expectClarify("Hey Sam,\n\nSeason's wrapped so let's get the invoice sorted. 2 days of shooting on the water at $950/day plus the brochure layout at $1,400.\n\nDerek\n\nNorth Sound Kayak Tours\nVancouver, BC | Bellingham, WA\n", "currency");
	});
	it("prices written with no currency anywhere have the currency asked", () => {
		expectClarify("Hi Sam,\n\nplease send the invoice: photography 1,200 and editing 300.\n\nThanks, Kim", "no currency given (the amounts 1,200, 300");
		expectClarify("Hola Sam,\n\nmándame la factura: el logo 600 y las tarjetas 150.\n\nGracias, Ana", "no currency given");
		expectClarify("Hallo Sam,\n\nschick mir bitte die Rechnung: 2 Tage Fotografie zu je 800 und das Layout für 500.\n\nDanke", "no currency given");
	});
	it("reads a line of offices in one country as that country", () => {
		expect(officesInTwoCountries("Acme\nVancouver, BC | Bellingham, WA")).toBe(true);
		expect(officesInTwoCountries("Acme\nToronto, ON | Montréal, QC")).toBe(false);
		expect(officesInTwoCountries("Acme\nAustin, TX · Denver, CO")).toBe(false);
	});
});
