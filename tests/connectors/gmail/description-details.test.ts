// What a line's description keeps when the email writes more than the thing's name (the ninth round's p mail): a
// bracketed list of what the thing holds, a clause around the thing, a unit standing where the thing would be. Each
// family in several languages and word orders: the right draft, or a question naming what is missing — never a wrong thing.
import { describe, expect, it } from "vitest";
import { expectDraft } from "./invoice-mail";
import { withoutDetailsList } from "../../../src/connectors/gmail/invoice/line-label";

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
