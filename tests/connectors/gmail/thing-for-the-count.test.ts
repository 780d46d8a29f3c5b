// Round 15 (t15b) families. A line counted in units whose thing the sentence names before "for/of the <count>" ("the
// copywriting for the 5 pages was A$120 a page", "la traducción de las 8 páginas"), a lettered list ("a) …", "b) …"),
// a sentence the sender wrapped by hand a column early, and one amount written twice side by side in two notations
// ("2 lakh rupees (₹2,00,000)"). Near misses: a count with no thing named, or two things that could own it, still ask.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";
import { normalizeText } from "../../../src/connectors/gmail/invoice/normalize";

describe("the thing named before 'for/of the <count> <unit>' names the counted line", () => {
	it("reads the thing in each language", () => {
		expectDraft("Hi Sam,\n\nPlease send the invoice. The logo was $900 and the copywriting for the 6 pages was $110 a page.\n\nDana", "USD", [["Logo", 1, "900.00"], ["Copywriting (pages)", 6, "110.00"]]);
		expectDraft("Hi Sam,\n\nPlease send the invoice. The logo was €900 and the translation of the 12 pages was €40 per page.\n\nDana", "EUR", [["Logo", 1, "900.00"], ["Translation (pages)", 12, "40.00"]]);
		expectDraft("Hallo Sam,\n\nbitte schick die Rechnung. Das Logo waren 900 € und das Lektorat für die 12 Seiten war 40 € pro Seite.\n\nDana", "EUR", [["Logo", 1, "900.00"], ["Lektorat (Seiten)", 12, "40.00"]]);
		expectDraft("Hola Sam,\n\npor favor envíame la factura. El logo fueron 900 € y la maquetación para las 8 páginas fue 45 € por página.\n\nDana", "EUR", [["Logo", 1, "900.00"], ["Maquetación (páginas)", 8, "45.00"]]);
		expectDraft("Bonjour Sam,\n\nmerci de m'envoyer la facture. Le logo était à 900 € et la rédaction des 10 pages à 60 € la page.\n\nDana", "EUR", [["Logo", 1, "900.00"], ["Rédaction (pages)", 10, "60.00"]]);
		expectDraft("Olá Sam,\n\npode me mandar a fatura? O site foi R$ 2.000 e o texto das 8 páginas a R$ 90 por página.\n\nDana", "BRL", [["Site", 1, "2000.00"], ["Texto (páginas)", 8, "90.00"]]);
		expectDraft("Hi Sam,\n\nPlease send the invoice. The logo was $900 and the copywriting for 5 pages was $120 a page.\n\nDana", "USD", [["Logo", 1, "900.00"], ["Copywriting (pages)", 5, "120.00"]]);
	});
	it("a count with no thing named, or two things joined before it, still asks", () => {
		expectClarify("Hi Sam,\n\nPlease send the invoice. The website build was $4,200 and the 5 pages were $120 a page.\n\nDana", "names only its unit");
		expectClarify("Hi Sam,\n\nPlease invoice the design and the copywriting for the 5 pages, $120 a page.\n\nDana", "what the line at 120 USD is for");
		// What is paid for the count, or a word that only adds ("too"), names no thing.
		expectClarify("Hi Sam,\n\nPlease send the invoice. The logo was $900 and the payment for 5 pages was $120 a page.\n\nDana", "names only its unit");
		expectClarify("Hi Sam,\n\nPlease send the invoice. The website build was $4,200, thanks for the 5 pages too, $120 a page.\n\nDana", "names only its unit");
		// The invoice itself or a deposit is never the thing counted.
		expectNoDraft("Hi Sam,\n\nThe logo was $900. Please send the invoice for the 5 pages, $120 a page.\n\nDana");
	});
});

describe("a thing named 'noun de noun' before a count keeps its head", () => {
	it("never cuts the name to the words after 'de/di/dos'", () => {
		expectDraft("Hola Sam,\n\npor favor envíame la factura. El folleto fueron 5.500 € y la coordinación de impresión, 6 horas a 150 € la hora.\n\nDana", "EUR", [["Folleto", 1, "5500.00"], ["Coordinación de impresión (horas)", 6, "150.00"]]);
		expectDraft("Ciao Sam,\n\nmandami la fattura. Il catalogo era 2.000 € e la revisione dei testi, 6 ore a 50 € l'ora.\n\nDana", "EUR", [["Catalogo", 1, "2000.00"], ["Revisione dei testi (ore)", 6, "50.00"]]);
		expectDraft("Olá Sam,\n\npode mandar a fatura? O site foi R$ 2.000 e a revisão de textos, 6 horas a R$ 90 por hora.\n\nDana", "BRL", [["Site", 1, "2000.00"], ["Revisão de textos (horas)", 6, "90.00"]]);
		// The invoice's own "de" still names only the thing after it.
		expectDraft("Hola Sam,\n\nmándame la factura de las fotos: 6 horas a 50 € la hora.\n\nDana", "EUR", [["Fotos (horas)", 6, "50.00"]]);
	});
});

describe("a lettered list reads like a bulleted one", () => {
	it("reads rows marked a), b) and (a), (b)", () => {
		expectDraft("Dear Sam,\n\nKindly submit your invoice as follows:\n\na) Brochure design - fixed fee SAR 5,500\nb) Print coordination - 6 hours at SAR 150 per hour\n\nRegards,\nDana", "SAR", [["Brochure design", 1, "5500.00"], ["Print coordination (hours)", 6, "150.00"]]);
		expectDraft("Hi Sam,\n\nplease invoice us for:\n\n(a) Logo design: $800\n(b) Business cards: $150\n\nDana", "USD", [["Logo design", 1, "800.00"], ["Business cards", 1, "150.00"]]);
	});
	it("leaves a lone letter before a bracket alone", () => {
		expect(normalizeText("a) the logo was fine\nthanks")).toBe("a) the logo was fine\nthanks");
		expect(normalizeText("a) Logo - $800\nb) Cards - $150")).toBe("- Logo - $800\n- Cards - $150");
	});
});

describe("a sentence wrapped by hand a column early is still one sentence", () => {
	it("joins the wrapped lines", () => {
		const text =
			"Hope you are doing well. As discussed on our call on Friday, kindly raise\nthe invoice for the logo work. The agreed fee was 45,000 rupees for the\nlogo, and the social media templates were 12 nos. at ₹1,500 each.\n\nThanks & regards,\nDana";
		expect(normalizeText(text)).toContain("social media templates were 12 nos.");
	});
});

describe("one amount written twice side by side is one amount", () => {
	it("reads lakh words beside lakh digits, k beside digits, two euro notations", () => {
		const d = decide("Hi Sam,\n\nkindly raise the invoice for the brand identity work. The agreed fee was 2 lakh rupees (₹2,00,000) for the complete brand identity.\n\nDana");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect((d.params["lines"] as { unit_price: string }[]).map((l) => l.unit_price)).toEqual(["200000.00"]);
		expectDraft("Hi Sam,\n\nplease invoice us for the annual report layout: $1.5k (1,500 USD).\n\nDana", "USD", [["Annual report layout", 1, "1500.00"]]);
		expectDraft("Hallo Sam,\n\nbitte stell die Rechnung: Logo EUR 1.200,- (1200 €).\n\nDana", "EUR", [["Logo", 1, "1200.00"]]);
		expectDraft("Hi Sam,\n\nplease invoice us for the annual report layout at $1,500 - i.e. 1.5k.\n\nDana", "USD", [["Annual report layout", 1, "1500.00"]]);
		expectDraft("Hi Sam,\n\nplease invoice the logo: $1,200 (1.2k).\n\nDana", "USD", [["Logo", 1, "1200.00"]]);
		expectDraft("Hi Sam,\n\nplease invoice the logo at €1.200,- (i.e. EUR 1,200.00).\n\nDana", "EUR", [["Logo", 1, "1200.00"]]);
	});
	it("a different amount or another currency beside it still asks", () => {
		expectClarify("Hi Sam,\n\nplease invoice us for the annual report layout: $1.5k (1,200 USD).\n\nDana", "1,200 USD");
		expectNoDraft("Hi Sam,\n\nplease invoice us for the annual report layout: €1,500 ($1,500).\n\nDana");
		expectClarify("Hi Sam,\n\nplease invoice the logo: $1,200 (1.5k).\n\nDana", "1.5k");
		expectClarify("Hi Sam,\n\nplease invoice the logo: $1,200 (1,000).\n\nDana", "1,000");
	});
});

describe("a reply that confirms the items of a quote asks for the invoice, not for a quote", () => {
	const quoted = "\n\nOn Fri, 13 Nov 2026 at 10:12, Sam <owner@lumenpine.example> wrote:\n> Here is the quote summary: logo 800, cards 150. Let me know when I can invoice.\n";
	it("drafts the confirmed items in each language", () => {
		const items = (a: string, b: string) => `\n\n- ${a}: 800,00 €\n- ${b}: 150,00 €\n\nDana${quoted}`;
		expectDraft(`Gentile Sam,\n\nLe confermo che può procedere con la fattura, con le voci del Suo preventivo:${items("Restyling logo", "Biglietti da visita")}`, "EUR", [["Restyling logo", 1, "800.00"], ["Biglietti da visita", 1, "150.00"]]);
		expectDraft(`Hola Sam,\n\nle confirmo que puede proceder con la factura según su presupuesto:${items("Logotipo", "Tarjetas")}`, "EUR", [["Logotipo", 1, "800.00"], ["Tarjetas", 1, "150.00"]]);
		expectDraft(`Olá Sam,\n\nconfirmo que pode avançar com a fatura conforme o seu orçamento:${items("Logotipo", "Cartões")}`, "EUR", [["Logotipo", 1, "800.00"], ["Cartões", 1, "150.00"]]);
		expectDraft(`Hi Sam,\n\nthanks for the quote. You can go ahead with the invoice for the items in your quote:${items("Logo refresh", "Business cards")}`, "EUR", [["Logo refresh", 1, "800.00"], ["Business cards", 1, "150.00"]]);
		expectDraft(`Hallo Sam,\n\ndanke für das Angebot, Sie können mit der Rechnung fortfahren:${items("Logo", "Visitenkarten")}`, "EUR", [["Logo", 1, "800.00"], ["Visitenkarten", 1, "150.00"]]);
	});
	it("a quote asked for, or only thanked for, is still no invoice", () => {
		for (const text of [
			`Hi Sam,\n\nthanks for the invoice. Could you also send us a quote for the brochure?\n\nDana${quoted}`,
			`Gentile Sam,\n\ngrazie per il preventivo, ci sentiamo a gennaio.\n\nDana${quoted}`,
			`Gentile Sam,\n\nprima di procedere con la fattura, ci può mandare un preventivo per il catalogo?\n\nDana`,
		]) {
			const d = decide(text);
			expect(d.kind, JSON.stringify(d)).toBe("none");
		}
	});
});
