// Where a line's thing starts and ends (the tenth round's description family, from the q mail): a row label whose name
// holds "and", a thing joined on that another line prices, a count that only points back at a thing named before, sizes
// in brackets after the name. Each family in several languages and word orders: the right draft, or a question naming
// what is missing — never a wrong thing.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";
import { withoutSizes } from "../../../src/connectors/gmail/invoice/line-label";
import { unwrap } from "../../../src/connectors/gmail/invoice/normalize";

describe("an \"and\" inside a row's label joins two words of one name", () => {
	it("- Post-produzione e consegna file: 420,00 € forfettari (it)", () =>
		expectDraft("Gentile Sam,\n\nLe chiedo di emettere fattura:\n\n- Servizio fotografico: 2 giornate a 500,00 € cadauna\n- Montaggio e consegna video: 380,00 € forfettari\n\nCordiali saluti\nGiulia", "EUR", [["Servizio fotografico (giornate)", 2, "500.00"], ["Montaggio e consegna video", 1, "380.00"]]));
	it("- Editing and delivery: $300 flat, after a counted row (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for:\n\n- Shoot: 2 days at $900 each\n- Editing and delivery: $300 flat\n\nThanks\nDana", "USD", [["Shoot (days)", 2, "900.00"], ["Editing and delivery", 1, "300.00"]]));
	it("- Bildbearbeitung und Versand: 150 € pauschal (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte stell uns in Rechnung:\n\n- Fotoshooting: 2 Tage à 700 €\n- Bildbearbeitung und Versand: 150 € pauschal\n\nDanke\nLena", "EUR", [["Fotoshooting (Tage)", 2, "700.00"], ["Bildbearbeitung und Versand", 1, "150.00"]]));
	it("an \"and\" after the first item's amount still starts a second item (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us: 3 portraits at $200 each, and the retouching, that was $150.\n\nThanks\nDana", "USD", [["Portraits", 3, "200.00"], ["Retouching", 1, "150.00"]]));
});

describe("a thing joined on that another line of the sentence prices ends this line's thing", () => {
	it("$900 for the logo and then also 3 hours of revisions, $80 per hour (en)", () =>
		expectDraft("Hi Sam,\n\nCan you send me the invoice? It was $900 for the logo and then also 3 hours of revisions, $80 per hour.\n\nThanks\nDana", "USD", [["Logo", 1, "900.00"], ["Revisions (hours)", 3, "80.00"]]));
	it("800 € für das Logo und dann noch 2 Stunden Korrekturen à 60 € (de)", () =>
		expectDraft("Hallo Sam,\n\nschickst du mir die Rechnung? Es waren 800 € für das Logo und dann noch 2 Stunden Korrekturen, 60 € pro Stunde.\n\nDanke\nLena", "EUR", [["Logo", 1, "800.00"], ["Korrekturen (Stunden)", 2, "60.00"]]));
	it("£600 for the cover art and then the thumbnails, we did 10 of those at £20 each (en, the second thing pointed at)", () =>
		expectDraft("Hi Sam,\n\nCould you invoice me? It was £600 for the cover art and then the thumbnails, we did 10 of those at £20 each.\n\nCheers\nDana", "GBP", [["Cover art", 1, "600.00"], ["Thumbnails", 10, "20.00"]]));
	it("near miss: a thing joined on with no price of its own stays in the name", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us $900 for the logo and then the letterhead.\n\nThanks\nDana", "USD", [["Logo and then the letterhead", 1, "900.00"]]));
});

describe("a count that only points back (\"of those\", \"de esos\") is of the thing named right before it", () => {
	it("a row of a priced list: poster designs, 4 of them, $75 each (en)", () =>
		expectDraft("Hi Sam,\n\nhere are the numbers, please invoice:\nbrand refresh $1,500\nposter designs, 4 of them, $75 each\n\nThanks\nDana", "USD", [["Brand refresh", 1, "1500.00"], ["Poster designs", 4, "75.00"]]));
	it("after \"and then the …\": the banners, we made 6 of them at $40 each (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice me: $700 for the website and then the banners, we made 6 of them at $40 each.\n\nThanks\nDana", "USD", [["Website", 1, "700.00"], ["Banners", 6, "40.00"]]));
	it("y luego las ilustraciones, hicimos 5 de esas a 90 € cada una (es)", () =>
		expectDraft("Hola Sam:\n\n¿Me mandas la factura? Fueron 1.000 € por la portada y luego las ilustraciones, hicimos 5 de esas a 90 € cada una.\n\nGracias\nLucía", "EUR", [["Portada", 1, "1000.00"], ["Ilustraciones", 5, "90.00"]]));
	it("e poi le illustrazioni, 5 di quelle a 80 € l'una (it)", () =>
		expectDraft("Ciao Sam,\n\nmi mandi la fattura? Erano 900 € per il logo e poi le illustrazioni, 5 di quelle a 80 € l'una.\n\nGrazie\nGiulia", "EUR", [["Logo", 1, "900.00"], ["Illustrazioni", 5, "80.00"]]));
	it("near miss: a thing thanked for is not traced (thanks for the banners too, 6 of them)", () =>
		expectNoDraft("Hi Sam,\n\nPlease invoice us: the logo was $800. Thanks for the banners too, 6 of them at $40 each.\n\nDana"));
	it("near miss: a thing after \"for the\" is not traced (posters for the gig, 20 of them)", () =>
		expectClarify("Hi Sam,\n\nPlease invoice us for the posters for the gig, 20 of them at $5 each.\n\nThanks\nDana", "is for"));
	it("near miss: a clause before the count is no thing (the photos came out great, 12 of them)", () =>
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. The photos came out great, 12 of them at $25 each.\n\nThanks\nDana"));
});

describe("sizes, weights or page counts in brackets after the name say what the thing is like, not which", () => {
	it("keeps the name before a bracket of sizes only", () => {
		expect(withoutSizes("Diseño de empaque (bolsa de 250 g y de 1 kg)")).toBe("Diseño de empaque");
		expect(withoutSizes("Fotobuch (30 x 30 cm, 40 Seiten)")).toBe("Fotobuch");
		expect(withoutSizes("Catalogue (24 pages, 170 gsm)")).toBe("Catalogue");
	});
	it("keeps brackets with any other number", () => {
		for (const s of ["Traduction du site (lot 3)", "Q4 campaign banners (set of 6 sizes)", "Flyer (12 Stück)", "Milestone 3 (backend API)", "Prints (2 x $40)", "Plakate (A1)", "Poster (A2, 170 gsm)"]) expect(withoutSizes(s)).toBe(s);
	});
	it("• Diseño de etiqueta (frasco de 250 ml y de 1 l): S/ 1,200.00 (es)", () =>
		expectDraft("Estimado Sam:\n\nLe solicito emitir la factura:\n\n• Diseño de etiqueta (frasco de 250 ml y de 1 l): S/ 1,200.00\n• Fotografía de producto: 4 fotos a S/ 150.00 cada una\n\nAtentamente,\nRicardo", "PEN", [["Diseño de etiqueta", 1, "1200.00"], ["Fotografía de producto", 4, "150.00"]]));
	it("- Catalogue layout (24 pages, 170 gsm): €900 (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us:\n\n- Catalogue layout (24 pages, 170 gsm): €900\n- Cover photo: €250\n\nThanks\nDana", "EUR", [["Catalogue layout", 1, "900.00"], ["Cover photo", 1, "250.00"]]));
});

describe("\"… für das X und für das Y nochmal …\": a second \"and for the …\" with its own amount is a second thing", () => {
	it("EUR 900,- für das Shooting und für das Album (20 x 20 cm, 30 Seiten) nochmal EUR 150,- (de, Austrian amounts)", () =>
		expectDraft("Hallo Sam,\n\nkannst du uns bitte die Rechnung schicken? Ausgemacht waren EUR 900,- für das Shooting und für das Album (20 x 20 cm, 30 Seiten) nochmal EUR 150,-.\n\nLiebe Grüße\nLena", "EUR", [["Shooting", 1, "900.00"], ["Album", 1, "150.00"]]));
	it("$1,200 for the wedding coverage and for the album again $180 (en)", () =>
		expectDraft("Hi Sam,\n\nCould you send the invoice? We agreed $1,200 for the wedding coverage and for the album once more $180.\n\nThanks\nDana", "USD", [["Wedding coverage", 1, "1200.00"], ["Album", 1, "180.00"]]));
	it("near miss: one amount after two things is for both, never for the last one alone", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for the logo and for the business cards, $500.\n\nThanks\nDana", "USD", [["Logo and for the business cards", 1, "500.00"]]));
});

describe("a billing line that writes its address inline", () => {
	it("names the sender's household, no firm: Rechnungsadresse: Lena und Jakob Moser, Hauptstraße 4, 1050 Wien", () => {
		const d = decide("Hallo Sam,\n\nbitte schick uns die Rechnung: EUR 900,- für die Hochzeitsreportage.\nRechnungsadresse: Dana und Jakob Whitfield, Hauptstraße 4, 1050 Wien.\n\nLiebe Grüße\nDana");
		expect(d.kind).toBe("draft");
		if (d.kind === "draft") expect(d.params["customer"]).toEqual({ name: "Dana Whitfield", email: "dana@acme.example" });
	});
	it("names a firm before its address: Bill to: Harbour Lights Trust, 12 Quay St, Auckland", () => {
		const d = decide("Hi Sam,\n\nPlease invoice us $900 for the poster design.\nBill to: Harbour Lights Trust, 12 Quay St, Auckland\n\nThanks\nDana");
		expect(d.kind).toBe("draft");
		if (d.kind === "draft") expect((d.params["customer"] as { company?: string }).company).toBe("Harbour Lights Trust");
	});
});

describe("a colon that opens a priced list is no hard wrap", () => {
	it("keeps the list's first row on its own line", () => {
		expect(unwrap("hey mick, the numbers for the rebrand came thru:\nlogo refresh A$1,200\nsticker designs, 3 of them, A$90 each\nbec")).toBe("hey mick, the numbers for the rebrand came thru:\nlogo refresh A$1,200\nsticker designs, 3 of them, A$90 each\nbec");
		expect(unwrap("salut, voici les chiffres pour la nouvelle identité :\nlogo 1 200 €\nmenus, 3 pages à 90 € chacune\nclaire")).toBe("salut, voici les chiffres pour la nouvelle identité :\nlogo 1 200 €\nmenus, 3 pages à 90 € chacune\nclaire");
	});
	it("still joins a sentence wrapped after a colon when the next line is no priced row", () =>
		// ("this" would have fitted with one column to spare: a hand-wrapped line, joined too — normalize.ts WRAP_SLACK.)
		expect(unwrap("We agreed on the following for the rebrand, as in the quote:\nthe logo and the stickers, which I think came to about\nthis much.")).toBe("We agreed on the following for the rebrand, as in the quote: the logo and the stickers, which I think came to about this much."));
});
