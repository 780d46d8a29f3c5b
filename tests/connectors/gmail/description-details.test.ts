// What a line's description keeps when the email writes more than the thing's name (the ninth round's p mail): a
// bracketed list of what the thing holds, a clause around the thing, a unit standing where the thing would be. Each
// family in several languages and word orders: the right draft, or a question naming what is missing — never a wrong thing.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";
import { withoutCoveredList, withoutDetailsList } from "../../../src/connectors/gmail/invoice/line-label";

describe("a bracketed list of what the thing holds is no part of its name", () => {
	it("keeps the name before a list of three or more parts", () => {
		expect(withoutDetailsList("Website redesign (home page, shop, blog)")).toBe("Website redesign");
		expect(withoutDetailsList("Corporate design (Logo, Farben und Schriften)")).toBe("Corporate design");
		expect(withoutDetailsList("Pack événement (affiche, flyer et invitations)")).toBe("Pack événement");
	});
	it("keeps brackets that name a variant, a count or a unit", () => {
		for (const s of ["Kit design (home and away)", "Bilingual brochure (Urdu, English)", "Bilingual menu (Arabic/English)", "Q4 campaign banners (set of 6 sizes)", "Photos (12, 18 and 24 cm)", "Consulting (hours)", "Milestone 3 (backend API)"]) expect(withoutDetailsList(s)).toBe(s);
	});
	it("a numbered list row: 1. Brand package (logo, colour palette, type guidelines) - $4,000 (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for the following:\n\n1. Brand package (logo, colour palette, type guidelines) - $4,000\n2. Website landing page - $1,200\n\nThanks\nDana", "USD", [["Brand package", 1, "4000.00"], ["Website landing page", 1, "1200.00"]]));
	it("a bullet with a colon: Corporate Design (Logo, Farben und Schriften): 2.400 € (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte stell uns Folgendes in Rechnung:\n\n- Corporate Design (Logo, Farben und Schriften): 2.400 €\n- Visitenkarten: 180 €\n\nDanke\nLena", "EUR", [["Corporate Design", 1, "2400.00"], ["Visitenkarten", 1, "180.00"]]));
	it("a list with a last \"y\": Identidad visual (logotipo, paleta y tipografía): 1.500 € (es)", () =>
		expectDraft("Hola Sam:\n\nPor favor, factúranos lo siguiente:\n- Identidad visual (logotipo, paleta y tipografía): 1.500 €\n- Tarjetas de visita: 120 €\n\nGracias\nLucía", "EUR", [["Identidad visual", 1, "1500.00"], ["Tarjetas de visita", 1, "120.00"]]));
	it("plain label lines: Pack événement (affiche, flyer et invitations) : 650 € (fr)", () =>
		expectDraft("Bonjour Sam,\n\nPeux-tu m'envoyer la facture ?\nPack événement (affiche, flyer et invitations) : 650 €\nPhotos de l'équipe : 300 €\n\nMerci\nClaire", "EUR", [["Pack événement", 1, "650.00"], ["Photos de l'équipe", 1, "300.00"]]));
	it("near miss: a bracket naming two variants stays in the name (Kit design (home, away))", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us:\n\n- Kit design (home, away): $800\n\nDana", "USD", [["Kit design (home, away)", 1, "800.00"]]));
});

describe("a count of months joined on after another amount is its own thing's, never the request's", () => {
	it("plus hosting for 6 months at $25 a month (en, with \"like we agreed\" after the first thing)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us: $900 for the logo like we agreed, plus hosting for 6 months at $25 a month.\n\nThanks\nDana", "USD", [["Logo", 1, "900.00"], ["Hosting (months)", 6, "25.00"]]));
	it("zuzüglich Wartung für 3 Monate à 80 € pro Monat (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung: 1.200 € für die Website, zuzüglich Wartung für 3 Monate à 80 € pro Monat.\n\nDanke\nLena", "EUR", [["Website", 1, "1200.00"], ["Wartung (Monate)", 3, "80.00"]]));
	it("más el alojamiento por 12 meses a 10 € al mes (es)", () =>
		expectDraft("Hola Sam:\n\n¿Me mandas la factura? 800 € por el diseño de la web, más el alojamiento por 12 meses a 10 € al mes.\n\nGracias\nLucía", "EUR", [["Diseño de la web", 1, "800.00"], ["Alojamiento (meses)", 12, "10.00"]]));
	it("plus l'hébergement pour 6 mois à 15 € par mois (fr)", () =>
		expectDraft("Bonjour Sam,\n\nTu peux m'envoyer la facture ? 700 € pour le site, plus l'hébergement pour 6 mois à 15 € par mois.\n\nMerci\nClaire", "EUR", [["Site", 1, "700.00"], ["Hébergement (mois)", 6, "15.00"]]));
	it("near miss: months joined on with no thing of their own are asked about, never named after the logo", () =>
		expectClarify("Hi Sam,\n\nPlease invoice us: $900 for the logo, plus 6 months at $25 a month.\n\nThanks\nDana", "names only its unit"));
});

describe("a count of months and the fee for each month, the months maybe named in brackets between", () => {
	it("for 3 months (September, October, November), monthly fee 14,000 TRY, with the total (en)", () =>
		expectDraft("Dear Sam,\n\nPlease prepare the invoice for the newsletter package for 3 months (September, October, November), monthly fee 14,000 TRY. Total is 42,000 TRY.\n\nKind regards\nElif", "TRY", [["Newsletter package (months)", 3, "14000.00"]]));
	it("for 6 months at a monthly fee of $450 (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for the SEO retainer for 6 months at a monthly fee of $450.\n\nThanks\nDana", "USD", [["SEO retainer (months)", 6, "450.00"]]));
	it("3 Monate (Oktober bis Dezember), Monatspauschale 900 € (de)", () =>
		expectDraft("Guten Tag Sam,\n\nbitte stellen Sie uns die Betreuung in Rechnung: 3 Monate (Oktober bis Dezember), Monatspauschale 900 €.\n\nGrüße\nLena", "EUR", [["Betreuung (Monate)", 3, "900.00"]]));
	it("son 4 meses, cuota mensual de 120 € (es)", () =>
		expectDraft("Hola Sam:\n\n¿Me mandas la factura del mantenimiento web? Son 4 meses, cuota mensual de 120 €.\n\nGracias\nLucía", "EUR", [["Mantenimiento web (meses)", 4, "120.00"]]));
	it("per 3 mesi, canone mensile di 500 € (it)", () =>
		expectDraft("Ciao Sam,\n\nmi mandi la fattura per la gestione social per 3 mesi, canone mensile di 500 €?\n\nGrazie\nLuca", "EUR", [["Gestione social (mesi)", 3, "500.00"]]));
	it("near miss: a monthly fee with no count of months, or with a count of weeks, is never one flat line", () => {
		expectNoDraft("Hi Sam,\n\nPlease invoice us for the SEO retainer, monthly fee $450.\n\nThanks\nDana");
		expectNoDraft("Dear Sam,\n\nPlease prepare the invoice for the newsletter package for 6 weeks, monthly fee 2,000 TRY.\n\nKind regards\nElif");
	});
});

describe("a second counted thing joined on inside the first one's sentence, its price said in a clause", () => {
	it("$1,800 for the logo animation and also 2 extra revisions which were $200 each (en)", () =>
		expectDraft("Hi Sam,\n\nPlease send the invoice. As agreed it is $1,800 for the logo animation and also 2 extra revisions which were $200 each.\n\nThanks\nDana", "USD", [["Logo animation", 1, "1800.00"], ["Extra revisions", 2, "200.00"]]));
	it("900 € por el vídeo y también 3 cortes extra que fueron 60 € cada uno (es)", () =>
		expectDraft("Hola Sam:\n\n¿Me mandas la factura? Son 900 € por el vídeo y también 3 cortes extra que fueron 60 € cada uno.\n\nGracias\nLucía", "EUR", [["Vídeo", 1, "900.00"], ["Cortes extra", 3, "60.00"]]));
	it("1 200 € pour le site et aussi 4 bannières qui étaient à 30 € pièce (fr)", () =>
		expectDraft("Bonjour Sam,\n\nTu peux m'envoyer la facture ? C'est 1 200 € pour le site et aussi 4 bannières qui étaient à 30 € pièce.\n\nMerci\nClaire", "EUR", [["Site", 1, "1200.00"], ["Bannières", 4, "30.00"]]));
	it("near miss: without a word for each, the clause's amount is never multiplied nor given to the first thing", () =>
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. As agreed it is $1,800 for the logo animation and also 2 extra revisions which was $400.\n\nThanks\nDana"));
});

describe("a count inside a relative clause belongs to the thing the clause follows", () => {
	it("das Fotoshooting …, das 5 Stunden gedauert hat, zu 80 € pro Stunde (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung: die Website 2.400 €. Dazu kommt die Bildbearbeitung, die 5 Stunden gedauert hat, zu 80 € pro Stunde.\n\nDanke\nLena", "EUR", [["Website", 1, "2400.00"], ["Bildbearbeitung (Stunden)", 5, "80.00"]]));
	it("the photo shoot of the clinic, which took 6 hours in the end, at $140 per hour (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for the website, $2,400. There is also the photo shoot of the clinic, which took 6 hours in the end, at $140 per hour.\n\nThanks\nDana", "USD", [["Website", 1, "2400.00"], ["Photo shoot of the clinic (hours)", 6, "140.00"]]));
	it("la sesión de fotos del local, que al final duró 6 horas, a 140 € la hora (es)", () =>
		expectDraft("Hola Sam:\n\n¿Me mandas la factura? La web son 2.400 €. Se suma la sesión de fotos del local, que al final duró 6 horas, a 140 € la hora.\n\nGracias\nLucía", "EUR", [["Web", 1, "2400.00"], ["Sesión de fotos del local (horas)", 6, "140.00"]]));
	it("a thing agreed at its price with \"mit\": war die Konzeption und Gestaltung pauschal mit 2.400 € vereinbart (de)", () =>
		expectDraft("Guten Tag Sam,\n\nbitte schicken Sie mir die Rechnung. Wie besprochen war die Konzeption und Gestaltung pauschal mit 2.400 € vereinbart.\n\nGrüße\nLena", "EUR", [["Konzeption und Gestaltung", 1, "2400.00"]]));
	it("near miss: a clause after no thing (\"We loved it, which took 6 hours\") names nothing, and is asked about", () =>
		expectClarify("Hi Sam,\n\nPlease invoice us for the website, $2,400. We loved it, which took 6 hours, at $140 per hour.\n\nThanks\nDana", "names only its unit"));
	it("near miss: \"und Design pauschal mit …\" with no first item priced is no second item", () =>
		expectNoDraft("Guten Tag Sam,\n\nbitte stellen Sie uns die Leistungen in Rechnung: die Konzeption und Design pauschal mit 2.400 €.\n\nGrüße\nLena"));
});

describe("a thing put on the invoice by a verb of including, then a sentence that only points back at it with its count", () => {
	it("Please also include the extra revision hours we agreed on the phone. Those were 3 hours at $60 an hour. (en)", () =>
		expectDraft("Hi Sam,\n\nPlease send the invoice: logo redesign $1,800. Please also include the extra revision hours we agreed on the phone. Those were 3 hours at $60 an hour.\n\nThanks\nDana", "USD", [["Logo redesign", 1, "1800.00"], ["Extra revision hours (hours)", 3, "60.00"]]));
	it("Por favor inclua também as horas de ajustes que combinamos. Foram 3 horas a 60 € a hora. (pt)", () =>
		expectDraft("Olá Sam,\n\nPode enviar a fatura?\n- Logótipo: 1.800 €\n\nPor favor inclua também as horas de ajustes que combinamos por telefone. Foram 3 horas a 60 € a hora.\n\nObrigada\nRita", "EUR", [["Logótipo", 1, "1800.00"], ["Ajustes (horas)", 3, "60.00"]]));
	it("Además, incluye las horas de revisión que hablamos. Fueron 4 horas a 50 € la hora. (es)", () =>
		expectDraft("Hola Sam:\n\n¿Me mandas la factura?\n- Logotipo: 1.800 €\n\nAdemás, incluye las horas de revisión que hablamos. Fueron 4 horas a 50 € la hora.\n\nGracias\nLucía", "EUR", [["Logotipo", 1, "1800.00"], ["Revisión (horas)", 4, "50.00"]]));
	it("near miss: a sentence pointing back at a call thanked for names no thing, and is asked about", () =>
		expectClarify("Hi Sam,\n\nPlease send the invoice: logo redesign $1,800. Thanks again for the call yesterday. Those were 3 hours at $60 an hour.\n\nThanks\nDana", "names only its unit"));
});

describe("a count's thing named by the sentence's opening \"for the …\", and a short name standing for a compound named before", () => {
	it("Für die Fotografie hatten wir 2 Tage à 950 € pro Tag vereinbart (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung. Für die Fotografie hatten wir 2 Tage à 950 € pro Tag vereinbart.\n\nGrüße\nLena", "EUR", [["Fotografie (Tage)", 2, "950.00"]]));
	it("Pour la photographie, on avait dit 2 jours à 950 € par jour (fr)", () =>
		expectDraft("Bonjour Sam,\n\nTu peux m'envoyer la facture ? Pour la photographie, on avait dit 2 jours à 950 € par jour.\n\nMerci\nClaire", "EUR", [["Photographie (jours)", 2, "950.00"]]));
	it("the compound named before: die Produktfotografie für den Onlineshop … Fotografie: 2 Tage (de)", () =>
		expectDraft("Hallo Sam,\n\nes ging um das Logodesign und die Produktfotografie für den Onlineshop. Kannst du mir die Rechnung schicken?\n- Logo: 1.200 €\n- Fotografie: 2 Tage à 950 € pro Tag\n\nGrüße\nLena", "EUR", [["Logodesign", 1, "1200.00"], ["Produktfotografie für den Onlineshop (Tage)", 2, "950.00"]]));
	it("the compound named before: de productfotografie voor de webshop … Voor de fotografie … 3 dagen (nl)", () =>
		expectDraft("Hoi Sam,\n\nHet ging om de productfotografie voor de webshop. Kun je me de factuur sturen? Voor de fotografie hadden we 3 dagen à € 800 per dag gezegd.\n\nGroet\nJoost", "EUR", [["Productfotografie voor de webshop (dagen)", 3, "800.00"]]));
	it("near miss: two compounds named before keep the short name (which one is not guessed)", () =>
		expectDraft("Hoi Sam,\n\nHet ging om de productfotografie en de sfeerfotografie. Kun je me de factuur sturen? De fotografie was € 950.\n\nGroet\nJoost", "EUR", [["Fotografie", 1, "950.00"]]));
});

describe("an invoice not received yet is asked for, and 'yet' is no part of the thing", () => {
	it("I don't think we got the invoice for the logo yet (en)", () =>
		expectDraft("Hi Sam,\nI don't think we got the invoice for the logo yet - can you send it? It was $500.\nDana", "USD", [["Logo", 1, "500.00"]]));
	it("we haven't received the invoice for the flyers yet (en)", () =>
		expectDraft("Hi Sam,\nwe haven't received the invoice for the flyers yet, can you send it? 3 flyers at $80 each.\nDana", "USD", [["Flyers", 3, "80.00"]]));
	it("¿me mandas la factura del logo todavía? (es)", () => expectDraft("Hola Sam,\n¿me mandas la factura del logo todavía? Eran 500 €.\nDana", "EUR", [["Logo", 1, "500.00"]]));
	it("mi mandi la fattura del logo ancora? (it)", () => expectDraft("Ciao Sam,\nmi mandi la fattura per il logo ancora? Erano 500 €.\nDana", "EUR", [["Logo", 1, "500.00"]]));
	it("near miss: 'please don't send the invoice yet' still waits", () => expectNoDraft("Hi Sam,\nplease don't send the invoice yet, we are waiting for the budget. The logo was $500.\nDana"));
});

describe("a bracket listing what the work covered, a count among its parts, after a thing billed once", () => {
	it("leaves the list out of the line's name", () => {
		expect(withoutCoveredList("Hotel shoot (40 rooms, lobby and spa)")).toBe("Hotel shoot");
		expect(withoutCoveredList("Fotoreportage der Praxis (6 Räume und Empfang)")).toBe("Fotoreportage der Praxis");
		expect(withoutCoveredList("Reportage photo du gîte (5 chambres et jardin)")).toBe("Reportage photo du gîte");
	});
	it("keeps a single counted part, sizes, page counts and lists without a count", () => {
		for (const s of ["Pallets (12 Stück)", "Q4 banners (set of 6 sizes)", "Photos (12, 18 and 24 cm)", "Brochure (12 pages and cover)", "Kit design (home and away)", "Stand graphics (3 panels, EN/AR)", "Posters (3 sizes, matte)", "Milestone 3 (backend API)"]) expect(withoutCoveredList(s)).toBe(s);
	});
	it("in a draft: the one-off shoot loses the list, a counted line keeps its own name", () => {
		const d = decide("Hi Sam,\nPlease invoice:\n- Shoot of the guesthouse (9 rooms and garden): 700 EUR\nThanks,\nDana");
		expect(d.kind === "draft" ? (d.params["lines"] as { description: string }[])[0]!.description : d.kind).toBe("Shoot of the guesthouse");
	});
});
