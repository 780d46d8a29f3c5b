// One counted line named only by what was counted ("Images") while its own sentence asks to invoice a thing in other
// words ("the photos from the 14 November event, 40 images at $25"): the draft would drop what the work was, so what
// the line is called is asked.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a count named beside its thing in other words is asked about", () => {
	for (const t of [
		"Please invoice the photos from the 14 November event, 40 images at $25.",
		"Please invoice the illustrations for the book, 6 drawings at $120.",
		"Merci de facturer les photos du salon : 40 images à 25 € l'unité.",
		"Factúrame las fotos del evento del 14 de noviembre, 40 imágenes a 25 €.",
		"Bitte die Fotos vom Sommerfest in Rechnung stellen, 40 Bilder à 25 €.",
	]) it(t, () => expectClarify(t, "what should the line be called"));

	// Near misses: the count alone, the thing joined to it, and a count inside the thing's own words.
	it("a count alone, or one the request joins to its thing, still drafts", () => {
		expectDraft("Please invoice 40 images at $25.", "USD", [["Images", 40, "25.00"]]);
		expectDraft("Please invoice the event photos, 40 images at $25.", "USD", [["Event photos (images)", 40, "25.00"]]);
		expectDraft("Schick mir doch bitte die Rechnung für die 6 Banner, 80 Euro pro Stück.", "EUR", [["Banner", 6, "80.00"]]);
	});
});
