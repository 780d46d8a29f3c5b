// A row's thing is named on its own row (the blind batch aa): rows with no sentence mark between them read as one
// sentence, and a row that ends on a price per unit ("l'una", "cadauna") is no wrapped line. The thing of the row above,
// or one thanked for in the greeting, is never the next row's thing: the row's own label is, or the card asks.
import { describe, expect, it } from "vitest";
import { decide, expectDraft, expectNoDraft } from "./invoice-mail";
import { normalizeText } from "../../../src/connectors/gmail/invoice/normalize";
import { namedOffRow } from "../../../src/connectors/gmail/invoice/extract";

describe("a counted row after a priced row is named by its own label", () => {
	it("fr, aligned columns: a flat fee, then pages at a price", () =>
		expectDraft("Bonjour,\n\nMerci de nous envoyer la facture :\n\n  Création du logo de la marque     forfait        Fr. 1'200.–\n  Traduction des textes            8 pages à      Fr.    90.–\n\nCordialement,\nAnne", "CHF", [["Création du logo de la marque", 1, "1200.00"], ["Traduction des textes (pages)", 8, "90.00"]]));
	it("en, aligned columns: a flat fee, then pages at a price", () =>
		expectDraft("Hi Sam,\n\nPlease send us the invoice for the following:\n\n  Redesign of the company website   flat fee    $3,200.00\n  Copywriting                        6 pages at  $150.00\n\nThanks,\nDana", "USD", [["Redesign of the company website", 1, "3200.00"], ["Copywriting (pages)", 6, "150.00"]]));
	it("de, aligned columns: a flat fee, then hours at a rate", () =>
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung:\n\n  Gestaltung der Website            pauschal    1.800,00 EUR\n  Texterstellung                    5 Stunden à   85,00 EUR\n\nDanke\nJonas", "EUR", [["Gestaltung der Website", 1, "1800.00"], ["Texterstellung (Stunden)", 5, "85.00"]]));
	it("a row whose only words are its unit is never named after the row above", () => {
		const d = decide("Hi Sam,\n\nPlease send us the invoice for the following:\n\n  Redesign of the company website   flat fee    $3,200.00\n                                     6 pages at  $150.00\n\nThanks,\nDana");
		if (d.kind !== "draft") return;
		const descriptions = (d.params["lines"] as { description: string }[]).map((l) => l.description.toLowerCase());
		expect(descriptions.filter((x) => x.includes("website"))).toHaveLength(1);
	});
});

describe("a row ending on a price per unit is a row, not a wrapped sentence", () => {
	it("it: 'l'una' and 'cadauna' end the rows", () =>
		expectDraft("Buongiorno Sam,\n\ngrazie per le belle foto della cantina.\nMi mandi la fattura con queste voci?\n\nRiprese video aziendali – 3 giornate a € 800,00 l'una\nMontaggio delle clip – 12 clip a € 45,00 cadauna\n\nSaluti,\nGiulia", "EUR", [["Riprese video aziendali (giornate)", 3, "800.00"], ["Montaggio delle clip", 12, "45.00"]]));
	it("the rows stay apart when read", () => {
		const rows = "Riprese video aziendali – 3 giornate a € 800,00 l'una\nMontaggio – 12 clip a € 45,00 cadauna";
		expect(normalizeText(`Buongiorno,\nla fattura per favore:\n\n${rows}\n`)).toContain(rows);
		expect(normalizeText(`Hallo,\nbitte die Rechnung:\n\nDruck der Flyer für die Messe – 500 Stück à 0,40 € das Stück\nVersand – 2 Pakete à 9,90 €\n`)).toContain("das Stück\nVersand");
	});
	it("a thing thanked for in the greeting is not the counted row's thing", () => {
		const d = decide("Gentile Sam,\n\nLa ringrazio per le splendide foto della nostra cantina.\nLe chiedo di emettere la fattura con le seguenti voci:\n\nServizio fotografico in cantina – 2 giornate a € 600,00 l'una\nRitocco – 30 foto a € 10,00 cadauna\n\nCordiali saluti,\nChiara");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind !== "draft") return;
		expect((d.params["lines"] as { description: string }[]).map((l) => l.description).join(" | ")).not.toMatch(/splendide/iu);
	});
	it("a wrapped sentence that ends on a price with a thing still needs its thing named: asked, not guessed", () =>
		expectNoDraft("Hi Sam,\n\nCould you send me the invoice? The job came to 3 at $500 each\n\nThanks, Dana"));
});

describe("two capitalised lines that each write an amount are two rows, whatever word ends the first", () => {
	it("it: 'ognuna' ends the rows", () =>
		expectDraft("Gentile Sam,\n\ngrazie per le splendide foto.\nMi mandi la fattura:\n\nServizio fotografico prodotti – 2 giornate a € 650,00 ognuna\nPost-produzione – 40 foto a € 12,00 ognuna\n\nSaluti\nChiara", "EUR", [["Servizio fotografico prodotti (giornate)", 2, "650.00"], ["Post-produzione (foto)", 40, "12.00"]]));
	it("a wrapped sentence whose next line opens in lower case is still joined", () =>
		expect(normalizeText("Hi Sam, could you invoice us for the logo at $500 and the brand\nguide at $300 as we agreed on the phone last week, thanks a lot\nDana")).toContain("brand guide at $300"));
});

describe("a row's own label is never replaced by words from elsewhere", () => {
	it("a request naming the project above a row labelled otherwise is asked about, not drafted as the project", () =>
		expectNoDraft("Bonjour,\n\nMerci de nous facturer la refonte du site :\n\n  Rédaction de contenus      5 pages à  Fr. 180.–\n\nCordialement,\nAnne"));
});

describe("a name sharing no word with the row's own label was taken from elsewhere", () => {
	const row = (lead: string, rest: string) => ({ text: `${lead}${rest}`, at: lead.length });
	it("the row above's thing, or a thing thanked for, on a labelled row", () => {
		const a = row("Bonjour,\n  Refonte du site   forfait  Fr. 2'400.–\n  Rédaction de contenus        ", "5 pages à Fr. 180.–");
		expect(namedOffRow(a.text, a.at, "Site vitrine (pages)")).toBe(true);
		expect(namedOffRow(a.text, a.at, "Rédaction de contenus (pages)")).toBe(false);
		const b = row("grazie per le splendide foto.\nPost-produzione – ", "40 foto a € 12,00 cadauna");
		expect(namedOffRow(b.text, b.at, "Splendide foto")).toBe(true);
		expect(namedOffRow(b.text, b.at, "Post-produzione (foto)")).toBe(false);
	});
	it("a row with no label of its own, or one that only opens a sentence, is not checked", () => {
		const a = row("Please invoice the brochure.\n", "6 pages at $150 each");
		expect(namedOffRow(a.text, a.at, "Brochure (pages)")).toBe(false);
		const b = row("Hi Sam,\nAlso – ", "3 hours at $50");
		expect(namedOffRow(b.text, b.at, "Logo (hours)")).toBe(false);
	});
});
