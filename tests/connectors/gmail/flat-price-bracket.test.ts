// A labelled row whose price is called flat after it, with what the flat price covers in brackets after the name
// ("- Same-day highlight edit (30 images) – AED 1,250.00 flat", "- Bildbearbeitung (40 Bilder): 150 € pauschal"): the
// bracket is no count of its own, so the row is one line at the flat price, never left out beside the stated total.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a flat price after a name with a bracket", () => {
	it("is one line at that price", () => {
		expectDraft("Please invoice:\n\n- Event photography (5 hours) – AED 650.00 per hour\n- Same-day highlight edit (30 images) – AED 1,250.00 flat\n\nTotal: AED 4,500.00", "AED", [["Event photography (hours)", 5, "650.00"], ["Same-day highlight edit (30 images)", 1, "1250.00"]]);
		expectDraft("Bitte in Rechnung stellen:\n\n- Fotoshooting (3 Stunden): 330 €\n- Bildbearbeitung (40 Bilder): 150 € pauschal\n\nDanke", "EUR", [["Fotoshooting (3 Stunden)", 1, "330.00"], ["Bildbearbeitung (40 Bilder)", 1, "150.00"]]);
		expectDraft("Merci de facturer :\n\n- Shooting : 500 €\n- Retouche (20 photos) : 180 € au forfait\n\nMerci", "EUR", [["Shooting", 1, "500.00"], ["Retouche (20 photos)", 1, "180.00"]]);
		expectDraft("Por favor facturar:\n\n- Sesión de fotos: 400 €\n- Edición (25 fotos) – 200 € tarifa plana\n\nGracias", "EUR", [["Sesión de fotos", 1, "400.00"], ["Edición (25 fotos)", 1, "200.00"]]);
		expectDraft("Graag een factuur:\n\n- Fotoshoot: € 500\n- Fotobewerking (30 foto's) – € 150 vast bedrag\n\nBedankt", "EUR", [["Fotoshoot", 1, "500.00"], ["Fotobewerking (30 foto's)", 1, "150.00"]]);
	});
	it("still asks when the flat price is doubted", () => {
		expectClarify("Please invoice:\n\n- Editing (30 images) - $150 flat, or was it $180?\n- Logo - $400\n\nThanks", "$150");
	});
});
