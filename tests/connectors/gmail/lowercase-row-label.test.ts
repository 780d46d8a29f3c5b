// A casual writer's list whose rows open in lower case ("retouching 14 hrs @ R650/hr"): the row's one word before its
// count names the thing, in seven languages; a word that goes on from elsewhere ("plus 3 hrs") still names nothing.
import { describe, expect, it } from "vitest";
import { decide, expectDraft } from "./invoice-mail";

const mail = (rows: string) => `Hey Sam\n\npls invoice us now:\n\n${rows}\n\nthanks\nDana`;

describe("a lower-case row label before its count", () => {
	it("en: retouching 14 hrs @ R650/hr", () => expectDraft(mail("retouching 14 hrs @ R650/hr\nprint-ready artwork R3 800"), "ZAR", [["Retouching (hours)", 14, "650.00"], ["Print-ready artwork", 1, "3800.00"]]));
	it("de: beratung 2 Tage à 800 EUR", () => expectDraft(mail("beratung 2 Tage à 800 EUR\nreisekosten 150 EUR"), "EUR", [["Beratung (Tage)", 2, "800.00"], ["Reisekosten", 1, "150.00"]]));
	it("es: traducción 10 páginas a 25 €", () => expectDraft(mail("traducción 10 páginas a 25 €\nrevisión 80 €"), "EUR", [["Traducción (páginas)", 10, "25.00"], ["Revisión", 1, "80.00"]]));
	it("fr: photographie 4 heures à 100 €", () => expectDraft(mail("photographie 4 heures à 100 €\ntirages 150 €"), "EUR", [["Photographie (heures)", 4, "100.00"], ["Tirages", 1, "150.00"]]));
	it("pt: edição 6 horas a 50 €/hora", () => expectDraft(mail("edição 6 horas a 50 €/hora\nlogo 500 €"), "EUR", [["Edição (horas)", 6, "50.00"], ["Logo", 1, "500.00"]]));
	it("it: ritocco 6 ore a 45 €/ora", () => expectDraft(mail("ritocco 6 ore a 45 €/ora\nlogo 500 €"), "EUR", [["Ritocco (ore)", 6, "45.00"], ["Logo", 1, "500.00"]]));
	it("nl: retoucheren 6 uur à 60 €", () => expectDraft(mail("retoucheren 6 uur à 60 €\nlogo 500 €"), "EUR", [["Retoucheren (uur)", 6, "60.00"], ["Logo", 1, "500.00"]]));
	it("a word that is unsure still asks", () => expect(decide(mail("about 6 hours at €80/hour, not sure\nlogo €500")).kind).toBe("clarify"));
});
