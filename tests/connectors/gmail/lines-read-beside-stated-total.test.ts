// Lines the reader used to read short beside a stated total, so the card asked "the email also mentions …": a plain row
// whose price is "as quoted" (no bullet), a count with its "x" joined to it ("3x pull up banners @ $120 AUD ea"), a
// count's noun followed by a bracket listing which ones ("3 labels (Chenin, Pinotage, Cap Classique) @ R4 500.00 each"),
// and a bullet with a flat price and no separator ("- beach shoot $900 flat"). Each is read now, so the stated total
// agrees with every line; a total that does not agree, a bracket about payment and a price in cents are still asked.
import { describe, expect, it } from "vitest";
import { CENTS_EXAMPLES, centsPrices } from "../../../src/connectors/gmail/invoice/cents-price";
import { decide, expectClarify, expectDraft, expectNoDraft, type Line } from "./invoice-mail";

describe("a plain row whose price says it is the quoted or agreed one", () => {
	const QUOTED: [string, string, Line[]][] = [
		["Hi Sam,\n\nYep, go ahead with the invoice:\n14.5 hrs retouching @ $65/hr\nLookbook layout – $1,100 as quoted\n\nAll in NZD, so $2,042.50 total if my maths is right.\n\nHamish", "NZD", [["Retouching (hours)", 14.5, "65.00"], ["Lookbook layout", 1, "1100.00"]]],
		["Hi Sam, please send me the invoice:\nWebsite design – €2,000 as quoted\nHosting – €120\n\nTotal €2,120. Thanks", "EUR", [["Website design", 1, "2000.00"], ["Hosting", 1, "120.00"]]],
		["Hallo Sam, schick mir bitte die Rechnung:\nBroschüre – 1.500 € wie angeboten\nKorrektorat – 200 €\nSumme 1.700 €. Danke", "EUR", [["Broschüre", 1, "1500.00"], ["Korrektorat", 1, "200.00"]]],
		["Hola Sam, mándame la factura por favor:\nCatálogo – 1.200 € según presupuesto\nFotos – 300 €\nTotal 1.500 €. Gracias", "EUR", [["Catálogo", 1, "1200.00"], ["Fotos", 1, "300.00"]]],
		["Bonjour Sam, peux-tu m'envoyer la facture :\nSite web – 2 500 € comme convenu\nHébergement – 100 €\nTotal 2 600 €. Merci", "EUR", [["Site web", 1, "2500.00"], ["Hébergement", 1, "100.00"]]],
		["Ciao Sam, mi mandi la fattura:\nLogo – 800 € come da preventivo\nBiglietti da visita – 150 €\nTotale 950 €. Grazie", "EUR", [["Logo", 1, "800.00"], ["Biglietti da visita", 1, "150.00"]]],
		["Hoi Sam, kun je me de factuur sturen:\nHuisstijl – € 1.800 zoals geoffreerd\nVisitekaartjes – € 200\nTotaal € 2.000. Groet", "EUR", [["Huisstijl", 1, "1800.00"], ["Visitekaartjes", 1, "200.00"]]],
		["Olá Sam, pode mandar a fatura:\nLogótipo – 900 € conforme orçamento\nCartões – 100 €\nTotal 1.000 €. Obrigado", "EUR", [["Logótipo", 1, "900.00"], ["Cartões", 1, "100.00"]]],
	];
	for (const [text, currency, lines] of QUOTED) it(`is one line at that price: ${text.split("\n")[1] ?? text}`, () => expectDraft(text, currency, lines));
	it("a total the rows do not add up to is asked about", () => {
		expectClarify("Hi Sam, please send me the invoice:\nWebsite design – €2,000 as quoted\nHosting – €120\n\nTotal €2,500. Thanks", "2500");
	});
	it("the same rows in a quote request, or an invoice to wait for, make no draft", () => {
		expectNoDraft("Hi Sam, could you send us a quote first?\nWebsite design – €2,000 as quoted\nHosting – €120\nThanks");
		expectNoDraft("Hallo Sam, bitte noch keine Rechnung schicken, wir warten auf das Budget: Broschüre – 1.500 € wie angeboten, Korrektorat – 200 €.");
	});
});

describe("a count with its 'x' joined to it", () => {
	it("is the count of the thing after it, at the price each, in the subject too", () => {
		const d = decide("Bill to Coastline Surf Co. cheers\n\nJase", "invoice pls - 3x pull up banners @ $120 AUD ea + expo setup $90");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect((d.params["lines"] as { description: string; quantity: number; unit_price: string }[]).map((l) => [l.description, l.quantity, l.unit_price])).toEqual([["Pull up banners", 3, "120.00"], ["Expo setup", 1, "90.00"]]);
		expectDraft("Hallo Sam, Rechnung bitte: 3x Banner à 150 EUR je, Aufbau 90 EUR. Danke", "EUR", [["Banner", 3, "150.00"], ["Aufbau", 1, "90.00"]]);
		expectDraft("Hi Sam, invoice please: 3x banners @ $120 ea, setup $90", "USD", [["Banners", 3, "120.00"], ["Setup", 1, "90.00"]]);
	});
	it("two prices for one count, or a size written with an x, make no draft", () => {
		expectNoDraft("Hi Sam, invoice please: 3x pull up banners @ $120 AUD or $130 NZD ea + expo setup $90");
		expectNoDraft("Hi Sam, invoice please: prints 20x30 cm at €12, framing €40 or €60.");
	});
});

describe("a count's noun with a bracket listing which ones", () => {
	it("is the row's thing counted, at the price each, in every language", () => {
		expectDraft("Please could you invoice us now for:\n\n• Wine label design – 3 labels (Chenin, Pinotage, Cap Classique) @ R4 500.00\n  each = R13 500.00\n• Label mock-up photography – R2 200.00\n\nTotal R15 700.00.\nThandi", "ZAR", [["Wine label design", 3, "4500.00"], ["Label mock-up photography", 1, "2200.00"]]);
		expectDraft("Bitte stellt uns in Rechnung:\n\n- Etikettendesign – 4 Etiketten (Riesling, Silvaner, Rosé, Sekt) @ 350,00 € je = 1.400,00 €\n- Fotografie – 600,00 €\n\nGesamt 2.000,00 €.\nGrüße", "EUR", [["Etikettendesign", 4, "350.00"], ["Fotografie", 1, "600.00"]]);
		expectDraft("Pode me mandar a fatura agora? Segue o que a gente combinou:\n- Design de rótulos – 3 rótulos (IPA, Witbier e Stout), R$ 1.600,00 cada\n- Fotos de produto das garrafas: R$ 2.400,00\nAbraço, Thiago", "BRL", [["Design de rótulos", 3, "1600.00"], ["Fotos de produto das garrafas", 1, "2400.00"]]);
		expectDraft("¿Me mandas la factura? Lo que quedamos:\n- Diseño de etiquetas – 3 etiquetas (tinto, blanco y rosado), 450,00 € cada una\n- Fotos de producto: 800,00 €\nGracias", "EUR", [["Diseño de etiquetas", 3, "450.00"], ["Fotos de producto", 1, "800.00"]]);
		expectDraft("Peux-tu m'envoyer la facture ? Comme convenu :\n- Création d'étiquettes – 2 étiquettes (rouge et blanc), 500,00 € chacune\n- Photos des bouteilles : 700,00 €\nMerci", "EUR", [["Création d'étiquettes", 2, "500.00"], ["Photos des bouteilles", 1, "700.00"]]);
		expectDraft("Mi mandi la fattura? Come d'accordo:\n- Design etichette – 3 etichette (rosso, bianco, rosato), 400,00 € ciascuna\n- Foto prodotto: 650,00 €\nGrazie", "EUR", [["Design etichette", 3, "400.00"], ["Foto prodotto", 1, "650.00"]]);
		expectDraft("Kun je de factuur sturen? Zoals afgesproken:\n- Etiketontwerp – 3 etiketten (blond, dubbel, tripel), € 300,00 per stuk\n- Productfoto's: € 500,00\nGroeten", "EUR", [["Etiketontwerp", 3, "300.00"], ["Productfoto's", 1, "500.00"]]);
	});
	it("a line total the count and price do not make, or a bracket about payment, is asked about", () => {
		expectNoDraft("Please invoice us for:\n• Wine label design – 3 labels (Chenin, Pinotage, Cap Classique) @ R4 500.00 each = R12 000.00\n• Label mock-up photography – R2 200.00\nThandi");
		expectNoDraft("Please invoice us for:\n• Wine label design – 3 labels (Chenin and Pinotage already paid) @ R4 500.00 each\n• Label mock-up photography – R2 200.00\nThandi");
		expectNoDraft("Pode me mandar a fatura? Design de rótulos – 3 rótulos (IPA, Witbier e Stout), R$ 1.600,00 cada, e as fotos de produto. Abraço");
	});
});

describe("a bullet with a flat price and no separator, and a price in cents", () => {
	it("a flat price is the line's", () => {
		expectDraft("Hi Sam, can you send me the invoice for:\n- posters x2 @ €150 each\n- event shoot €700 flat\n\nTotal €1,000.\nThanks", "EUR", [["Posters", 2, "150.00"], ["Event shoot", 1, "700.00"]]);
		expectDraft("Hallo Sam, bitte die Rechnung für:\n- Poster x2 @ 150 € je\n- Drohnenflug 300 € pauschal\n\nGesamt 600 €.", "EUR", [["Poster", 2, "150.00"], ["Drohnenflug", 1, "300.00"]]);
	});
	it("a flat price beside a total it does not make is asked about", () => {
		expectClarify("Hi Sam, invoice please:\n- posters x2 @ €150 each\n- event shoot €700 flat\nTotal €1,200.", "1,200");
	});
	it("a price in cents is never left out of a draft: it is asked about", () => {
		expectClarify("Hi Sam, invoice please:\n- flyers 500 @ 45c each\n- banners x3 @ $120 ea", "45c");
		expectClarify("Hi Sam, invoice please:\n- 500 flyers @ 45c each\n- banners x3 @ $120 ea", "45c");
		expectNoDraft("Hallo Sam, Rechnung bitte:\n- 200 Flyer à 40 ct pro Stück\n- Logo: 300 €");
		for (const s of CENTS_EXAMPLES.asks) expect(centsPrices(s, []), s).not.toEqual([]);
		for (const s of CENTS_EXAMPLES.ignores) expect(centsPrices(s, []), s).toEqual([]);
	});
});

describe("things at a price each, then how many were done", () => {
	const DONE: [string, string, Line[]][] = [
		["Morning Sam,\n\nCould you send me the invoice please? As agreed it was £650 for the logo redesign, and then the window vinyls were £85 each and you did two of them (front door and the side window), so £820 all in by my maths.\n\nCheers,\nHarriet", "GBP", [["Logo redesign", 1, "650.00"], ["Window vinyls", 2, "85.00"]]],
		["Hallo Sam, bitte schick mir die Rechnung. Wie besprochen: 900 € für das Logo, und die Schilder waren 120 € pro Stück und du hast drei davon gemacht, also 1.260 € insgesamt.\nGrüße", "EUR", [["Logo", 1, "900.00"], ["Schilder", 3, "120.00"]]],
		["Hola Sam, mándame la factura: el logo 700 € y los carteles eran 60 € cada uno, hiciste cinco, así que 1.000 € en total.\nGracias", "EUR", [["Logo", 1, "700.00"], ["Carteles", 5, "60.00"]]],
		["Bonjour Sam, envoie-moi la facture : le logo 800 € et les affiches étaient à 50 € pièce, tu en as fait quatre, donc 1 000 € au total.\nMerci", "EUR", [["Logo", 1, "800.00"], ["Affiches", 4, "50.00"]]],
		["Olá Sam, pode mandar a fatura? O logótipo foi 500 € e os cartazes eram 80 € cada, fizeste três, portanto 740 € no total.\nObrigado", "EUR", [["Logótipo", 1, "500.00"], ["Cartazes", 3, "80.00"]]],
		["Ciao Sam, mandami la fattura: il logo 600 € e gli striscioni erano 90 € l'uno, ne hai fatti tre, quindi 870 € in tutto.\nGrazie", "EUR", [["Logo", 1, "600.00"], ["Striscioni", 3, "90.00"]]],
		["Hoi Sam, stuur je de factuur? Het logo was € 700 en de banners waren € 100 per stuk, je hebt er twee gemaakt, dus € 900 in totaal.\nGroet", "EUR", [["Logo", 1, "700.00"], ["Banners", 2, "100.00"]]],
	];
	for (const [text, currency, lines] of DONE) it(`counts the things just priced: ${text.slice(0, 60)}`, () => expectDraft(text, currency, lines));
	it("no count, two counts, a total that disagrees or a rough price is asked about", () => {
		expectNoDraft("Hi Sam, please send the invoice. It was £650 for the logo redesign, and the window vinyls were £85 each. Thanks");
		expectNoDraft("Hi Sam, please send the invoice. It was £650 for the logo redesign, and the vinyls were £85 each and you did two or three of them, not sure.");
		expectClarify("Hi Sam, please send the invoice. It was £650 for the logo redesign, and then the window vinyls were £85 each and you did two of them, so £900 all in.", "900");
		expectNoDraft("Hola Sam, mándame la factura: el logo 700 € y los carteles unos 60 € cada uno, hiciste cinco.");
		expectNoDraft("Hallo Sam, Rechnung bitte: das Logo 900 € und die Schilder waren 120 € pro Stück, du hast zwei bis drei gemacht.");
	});
});

describe("a count taken back or added to after it is given", () => {
	it("is asked about, never drafted", () => {
		expectNoDraft("Hi Sam, please send the invoice. The prints were €5 each and you did 20 of them, but 5 were free.");
		expectNoDraft("Hi Sam, please send the invoice. The prints were €5 each and you did 20 of them, but we only kept 15.");
		expectNoDraft("Hi Sam, please send the invoice. The vinyls were £85 each and you did two of them last year (already invoiced), and this time you did three.");
		expectNoDraft("Hi Sam, please send the invoice. The window vinyls were £85 each and you did two of them, plus the logo which we still need to agree on.");
		expectNoDraft("Hi Sam, invoice please:\n- Labels – 3 labels (Chenin, Pinotage excluded) @ $50 each");
	});
});
