// Line descriptions from the blind batch aa: a count pointing back ("24 of them") after the thing made ("Sam did the Q4
// campaign social graphics, 24 of them"), the name an invoice is made out to ("op naam van … De Graaf B.V.") read as no
// rival thing, and an unpriced row that shares only its work word with a priced one ("ontwerp posters A2") asked about.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a count pointing back names the thing made before it", () => {
	it("en: Sam made the A5 menu cards, 40 of them at $3 each", () =>
		expectDraft("Hi Sam,\n\nCould you invoice us? You made the A5 menu cards, 40 of them at $3 each.\n\nThanks\nDana", "USD", [["A5 menu cards", 40, "3.00"]]));
	it("en: we shot the team portraits, 12 of those at $60 each, and the banner was a flat $200", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us. You shot the team portraits, 12 of those at $60 each, and the office banner was a flat $200.\n\nDana", "USD", [["Team portraits", 12, "60.00"], ["Office banner", 1, "200.00"]]));
	it("near miss: a thing only praised is not traced (we loved the posters, 6 of them)", () =>
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. We loved the posters, 6 of them at $40 each.\n\nDana"));
});

describe("the name an invoice is made out to is no rival thing", () => {
	it("nl: op naam van Studio De Boer B.V.", () =>
		expectDraft("Goedemiddag,\n\nKunt u de factuur sturen voor de fotoshoot van € 650,00?\nGraag de factuur op naam van Studio De Boer B.V.\n\nGroet,\nAnna", "EUR", [["Fotoshoot", 1, "650.00"]]));
	it("fr: au nom de la SARL Le Moulin", () =>
		expectDraft("Bonjour,\n\nPouvez-vous m'envoyer la facture pour le logo, 480 € ?\nLa facture est à établir au nom de la SARL Le Moulin de Pierre.\n\nCordialement,\nLuc", "EUR", [["Logo", 1, "480.00"]]));
});

describe("an unpriced row that shares only its work word with a priced row is asked about", () => {
	it("nl: ontwerp flyers priced, ontwerp posters A2 not", () =>
		expectClarify("Geachte heer,\n\nGraag de factuur voor het drukwerk. Het betreft:\n\n- ontwerp folders (oplage 200 stuks): € 280,00\n- ontwerp affiches A3\n\nMet vriendelijke groet,\nJan", "affiches"));
	it("en: design of the flyers priced, design of the banners not", () => {
		const d = decide("Hi Sam,\n\nPlease invoice us for:\n\n- design of the flyers: $300\n- design of the roll-up banners\n\nThanks\nDana");
		expect(d.kind, JSON.stringify(d)).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain("banners");
	});
	it("a row named by a priced line is no question", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for:\n\n- flyer design: $300\n- poster design: $450\n\nThanks\nDana", "USD", [["Flyer design", 1, "300.00"], ["Poster design", 1, "450.00"]]));
});

describe("a request for 'the N of them' names the things the sentence before it is about", () => {
	it("en: the posters look great. Could you invoice us for the 5 of them at $40 each?", () =>
		expectDraft("Hi Sam - the posters look great. Could you invoice us for the 5 of them at $40 each?\n\nDana", "USD", [["Posters", 5, "40.00"]]));
	it("en: event flyers came out well, then the request", () =>
		expectDraft("Hey Sam,\n\nThe event flyers came out really well. Please bill me for the 2 of them at $120 each.\n\nCheers\nDana", "USD", [["Event flyers", 2, "120.00"]]));
	it("near miss: the sentence before names one thing, not several", () =>
		expectNoDraft("Hi Sam - the logo looks great. Invoice me for the 3 of them at $50 each.\n\nDana"));
	it("near miss: the things are named two sentences back", () =>
		expectNoDraft("Hi Sam - the banners look great. The flyers too. Invoice me for the 3 of them at $50 each.\n\nDana"));
});

describe("a word pointing back is never the thing's name", () => {
	it("fr: tu as réalisé les affiches, 4 d'entre elles à 80 € pièce", () =>
		expectDraft("Bonjour Sam,\n\nPeux-tu m'envoyer la facture ? Tu as réalisé les affiches, 4 d'entre elles à 80 € pièce.\n\nMerci\nClaire", "EUR", [["Affiches", 4, "80.00"]]));
	it("nl: je maakte de banners, 3 daarvan à € 90 per stuk", () =>
		expectDraft("Hoi Sam,\n\nWil je de factuur sturen? Je maakte de banners, 3 daarvan à € 90 per stuk.\n\nGroet\nDaan", "EUR", [["Banners", 3, "90.00"]]));
	it("es: 3 de ellos with no thing traced is asked about, never drafted as 'Ellos'", () =>
		expectClarify("Hola Sam,\n\n¿Me mandas la factura? Hicimos 3 de ellos a 90 € cada uno.\n\nGracias\nLucía", "pointing back"));
	it("it: per le 20 di queste is asked about, never drafted as 'Di queste'", () =>
		expectClarify("Ciao Sam,\n\nle foto sono bellissime! Mi mandi la fattura per le 20 di queste a 15 € l'una?\n\nGiulia", "pointing back"));
});
