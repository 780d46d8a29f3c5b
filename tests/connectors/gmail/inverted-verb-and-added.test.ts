// The thing's name ends where German and Dutch put the verb before its subject ("Für die Hochzeitsfotos hatten wir ja
// 1.200 € ausgemacht"), and a thing added with "noch" ("Dazu kommt noch das Fotobuch", "Dazu kommen noch die
// Korrekturen …, das waren 2 Stunden") is named without it (the blind batch aa).
import { describe, expect, it } from "vitest";
import { cleanDescription } from "../../../src/connectors/gmail/invoice/extract";
import { decide, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a verb before its subject closes the thing's name", () => {
	it("de: für das Logo hatten wir … vereinbart", () =>
		expectDraft("Hallo Sam,\n\nschickst du mir bitte die Rechnung? Für das Logo hatten wir 800 € vereinbart.\n\nDanke\nMia", "EUR", [["Logo", 1, "800.00"]]));
	it("nl: voor de website hadden we … afgesproken", () =>
		expectDraft("Hoi Sam,\n\nKun je de factuur sturen? Voor de website hadden we € 1.900,00 afgesproken.\n\nGroet,\nDaan", "EUR", [["Website", 1, "1900.00"]]));
	it("the cut keeps a name with no verb after it", () => {
		expect(cleanDescription("Hochzeitsfotos hatten wir ja")).toBe("Hochzeitsfotos");
		expect(cleanDescription("Fotos hadden we")).toBe("Fotos");
		expect(cleanDescription("Hat-trick poster")).toBe("Hat-trick poster");
	});
	it("near miss: no price named for the thing, no draft", () =>
		expectNoDraft("Hallo Sam,\n\nschick mir bitte die Rechnung. Für die Fotos hatten wir noch keinen Preis ausgemacht.\n\nLG Mia"));
});

describe("a thing added with 'noch' is named without it", () => {
	it("de: Dazu kommt noch das Fotobuch. Das waren 240 Euro.", () =>
		expectDraft("Hallo Sam,\n\nkannst du mir bitte die Rechnung schicken? Für die Porträts hatten wir 600 € ausgemacht. Dazu kommt noch das Fotobuch. Das waren 150 Euro.\n\nLG Anna", "EUR", [["Porträts", 1, "600.00"], ["Fotobuch", 1, "150.00"]]));
	it("de: Dazu kommen noch die Korrekturen, das waren 3 Stunden, mit 50 € pro Stunde", () => {
		const d = decide("Servus Sam,\n\nschick mir bitte die Rechnung:\n\nLogo für die Bäckerei: EUR 900,-\n\nDazu kommen noch die Korrekturen am Schriftzug, das waren 3\nStunden. Die rechnest du wie besprochen mit 50 € pro Stunde ab.\n\nLG Tom");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind !== "draft") return;
		const lines = d.params["lines"] as { description: string; quantity: number; unit_price: string }[];
		expect(lines.map((l) => [l.quantity, l.unit_price])).toEqual([[1, "900.00"], [3, "50.00"]]);
		expect(lines[1]!.description).toMatch(/^Korrekturen/u);
	});
});
