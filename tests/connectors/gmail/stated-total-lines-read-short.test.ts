// A list of items with the total it adds up to, where one row was read short and the total seemed not to agree: a
// bracket remark before the row's count ("Conception des affiches (3 formats) : 3 x 275,00 $"), a count of pieces
// written "No." ("5 No. at KES 4,500 each"), a sum restated as the writer's own adding up ("which by my maths comes to
// £825"). Every row is now read, so the total agrees; a total that does not agree is still asked about, and the
// billing name under "The invoice should be addressed to:" and an "LPO No." are read as the customer writes them.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a bracket remark between a row's thing and its count", () => {
	it("is part of the thing's name; the count is the one before the price", () => {
		expectDraft("Bonjour Sam,\n\nPourriez-vous nous faire parvenir la facture ? Voici le détail :\n\n   - Conception des affiches (2 formats) : 2 x 200,00 $\n   - Étiquettes : 300,00 $\n   - Retouche photo : 5 heures à 50,00 $/h\n\nPour un total de 950,00 $ (en dollars canadiens).\n\nGeneviève", "CAD", [["Conception des affiches (2 formats)", 2, "200.00"], ["Étiquettes", 1, "300.00"], ["Retouche photo (heures)", 5, "50.00"]]);
		expectDraft("Hi Sam, please send the invoice:\n\n- Poster design (3 sizes): 3 x $200\n- Labels: $150\n- Photo retouching: 4 hours at $50/h\n\nTotal $950. Thanks, Lisa", "USD", [["Poster design (3 sizes)", 3, "200.00"], ["Labels", 1, "150.00"], ["Photo retouching (hours)", 4, "50.00"]]);
		expectDraft("Hallo Sam, bitte die Rechnung:\n\n- Plakatgestaltung (2 Formate): 2 x 150,00 €\n- Etiketten: 200,00 €\n- Bildbearbeitung: 3 Stunden à 40,00 €/h\n\nGesamt 620,00 €. Gruß Klaus", "EUR", [["Plakatgestaltung (2 Formate)", 2, "150.00"], ["Etiketten", 1, "200.00"], ["Bildbearbeitung (Stunden)", 3, "40.00"]]);
		expectDraft("Olá Sam, envie-nos a fatura por favor:\n\n- Design de cartazes (2 formatos): 2 x 150,00 €\n- Etiquetas: 200,00 €\n\nTotal de 500,00 €. Obrigada, Paula", "EUR", [["Design de cartazes (2 formatos)", 2, "150.00"], ["Etiquetas", 1, "200.00"]]);
		expectDraft("Ciao Sam, mandami la fattura:\n\n- Progettazione manifesti (2 formati): 2 x 150,00 €\n- Etichette: 200,00 €\n\nTotale 500,00 €. Grazie, Sara", "EUR", [["Progettazione manifesti (2 formati)", 2, "150.00"], ["Etichette", 1, "200.00"]]);
		expectDraft("Hoi Sam, stuur je de factuur?\n\n- Ontwerp posters (2 formaten): 2 x €150\n- Etiketten: €200\n\nTotaal €500. Groet, Eva", "EUR", [["Ontwerp posters (2 formaten)", 2, "150.00"], ["Etiketten", 1, "200.00"]]);
	});
	it("a total the rows do not add up to is asked about", () => {
		expectClarify("Bonjour Sam,\n\nla facture svp :\n\n   - Conception des affiches (2 formats) : 2 x 200,00 $\n   - Étiquettes : 300,00 $\n\nPour un total de 800,00 $.\n\nGeneviève", "800");
		expectNoDraft("Hi Sam, could you quote us for:\n\n- Poster design (3 sizes): 3 x $200\n- Labels: $150\n\nTotal would be $750? Thanks, Lisa");
	});
});

describe("a count of pieces written \"No.\"", () => {
	it("is the count, shown as pieces", () => {
		expectDraft("Dear Sam,\n\nKindly prepare and send us your invoice. The details are as follows:\n\na) Field photography - 2 days at KES 15,000 per day\nb) Infographics - 4 No. at KES 5,000 each\n\nTotal: KES 50,000.00\n\nRegards, Wanjiru", "KES", [["Field photography (days)", 2, "15000.00"], ["Infographics (pieces)", 4, "5000.00"]]);
		expectDraft("Dear Sam, kindly invoice us as follows:\n\n1) Workshop facilitation - 2 days at $800 per day\n2) Printed handouts - 30 No. at $5 each\n\nTotal: $1,750.00\n\nRegards, Ruth", "USD", [["Workshop facilitation (days)", 2, "800.00"], ["Printed handouts (pieces)", 30, "5.00"]]);
	});
	it("a total the rows do not add up to is asked about", () => {
		expectClarify("Dear Sam,\n\nKindly send us your invoice:\n\na) Field photography - 2 days at KES 15,000 per day\nb) Infographics - 4 No. at KES 5,000 each\n\nTotal: KES 45,000.00\n\nRegards, Wanjiru", "45000.00");
	});
});

describe("a sum restated as the writer's own adding up", () => {
	it("restates the lines' total, in every language", () => {
		expectDraft("Hi Sam, please send the invoice:\n\n- Logo - £300\n- 2 x posters at £50 each\n\nwhich by my maths comes to £400. Thanks", "GBP", [["Logo", 1, "300.00"], ["Posters", 2, "50.00"]]);
		expectDraft("Hi Sam, please send the invoice:\n\n- Menu board design - £420\n- 2 x A1 printed boards at £65 each\n- Half day photographing the counter & bakes - £275\n\nwhich by my maths comes to £825. Please make it out to us as usual.\n\nHarriet", "GBP", [["Menu board design", 1, "420.00"], ["A1 printed boards", 2, "65.00"], ["Half day photographing the counter & bakes", 1, "275.00"]]);
		expectDraft("Hallo Sam, bitte die Rechnung:\n\n- Logo - 300 €\n- 2 x Plakate zu je 50 €\n\nDas sind nach meiner Rechnung 400 €. Danke", "EUR", [["Logo", 1, "300.00"], ["Plakate", 2, "50.00"]]);
		expectDraft("Hola Sam, envíame la factura:\n\n- Logo - 300 €\n- 2 x carteles a 50 € cada uno\n\nSegún mis cálculos son 400 €. Gracias", "EUR", [["Logo", 1, "300.00"], ["Carteles", 2, "50.00"]]);
		expectDraft("Bonjour Sam, la facture svp :\n\n- Logo - 300 €\n- 2 x affiches à 50 € chacune\n\nSelon mes calculs ça fait 400 €. Merci", "EUR", [["Logo", 1, "300.00"], ["Affiches", 2, "50.00"]]);
		expectDraft("Olá Sam, envie a fatura:\n\n- Logótipo - 300 €\n- 2 x cartazes a 50 € cada\n\nPelas minhas contas dá 400 €. Obrigado", "EUR", [["Logótipo", 1, "300.00"], ["Cartazes", 2, "50.00"]]);
		expectDraft("Ciao Sam, mandami la fattura:\n\n- Logo - 300 €\n- 2 x poster a 50 € l'uno\n\nSecondo i miei calcoli fanno 400 €. Grazie", "EUR", [["Logo", 1, "300.00"], ["Poster", 2, "50.00"]]);
		expectDraft("Hoi Sam, stuur de factuur:\n\n- Logo - € 300\n- 2 x posters à € 50 per stuk\n\nVolgens mijn berekening is dat € 400. Groet", "EUR", [["Logo", 1, "300.00"], ["Posters", 2, "50.00"]]);
	});
	it("a sum that does not agree is asked about, however it is introduced", () => {
		expectClarify("Hi Sam, please send the invoice:\n\n- Logo - £300\n- 3 x A2 posters at £40 each\n- Photo session - £200\n\nwhich by my maths comes to £700. Thanks", "£700");
		expectClarify("Hallo Sam, bitte die Rechnung:\n\n- Logo - 300 €\n- 2 x Plakate zu je 50 €\n\nDas sind nach meiner Rechnung 450 €. Danke", "450 €");
		// "Pelas minhas contas" is no thing priced "for" ("pelas"): the figure stays a sum, and one that disagrees is asked.
		expectClarify("Olá Sam, envie a fatura:\n\n- Logótipo - 300 €\n- 2 x cartazes a 50 € cada\n\nPelas minhas contas dá 450 €. Obrigado", "450 €");
		expectClarify("Hoi Sam, stuur de factuur:\n\n- Logo - € 300\n- 2 x posters à € 50 per stuk\n\nVolgens mijn berekening is dat € 450. Groet", "€ 450");
	});
});

describe("the billing name and the order number as the customer writes them", () => {
	it("a name under \"The invoice should be addressed to:\" is the company billed", () => {
		const d = decide("Dear Sam,\n\nKindly send us your invoice: Field photography - 3 days at KES 18,000 per day.\n\nThe invoice should be addressed to:\nTumaini Water Trust\nP.O. Box 12345-00100\nNairobi, Kenya\n\nRegards,\nDana");
		expect(d.kind).toBe("draft");
		if (d.kind === "draft") expect(d.params["customer"]).toEqual({ name: "Dana Whitfield", email: "dana@acme.example", company: "Tumaini Water Trust" });
	});
	it("a local purchase order's number of digits keeps its \"LPO No.\"", () => {
		const d = decide("Dear Sam,\n\nKindly send us your invoice: Field photography - 3 days at KES 18,000 per day.\n\nPlease quote our LPO No. 0457 on the invoice.\n\nRegards,\nDana");
		expect(d.kind).toBe("draft");
		if (d.kind === "draft") expect(d.params["reference"]).toBe("LPO No. 0457");
		const coded = decide("Dear Sam,\n\nKindly send us your invoice: Field photography - 3 days at KES 18,000 per day.\n\nLPO No. 4471-22 is attached.\n\nRegards,\nDana");
		if (coded.kind === "draft") expect(coded.params["reference"]).toBe("4471-22");
	});
});
