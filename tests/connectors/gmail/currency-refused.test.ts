// A currency the email refuses ("Please issue the invoice in PLN, not in EUR", "in Franken und nicht in Euro") is no
// second currency asked for: the draft is in the amounts' currency. A currency offered as a choice is still asked about.
import { describe, expect, it } from "vitest";
import { decide, expectClarify } from "./invoice-mail";

describe("a currency refused is not asked about", () => {
	for (const [text, currency] of [
		["Dear Sam,\n\nPlease send me the invoice for the beer label design, 4 800,00 zł. In PLN, not in EUR.\n\nMichał", "PLN"],
		["Hallo Sam, bitte die Rechnung für die Website, CHF 1'200.–, in Franken und nicht in Euro. Danke, Reto", "CHF"],
		["Hola Sam, mándame la factura del logo, 900 €, en euros y no en dólares. Gracias, Lucía", "EUR"],
		["Ciao Sam, mandami la fattura delle foto, 350 €, in euro e non in dollari. Grazie, Marco", "EUR"],
		["Hoi Sam, stuur me de factuur voor de flyers, € 250, in euro en niet in dollars. Groet, Sanne", "EUR"],
	] as const) {
		it(text.replace(/\n/g, " ").slice(0, 80), () => {
			const d = decide(text);
			expect(d.kind, JSON.stringify(d)).toBe("draft");
			if (d.kind === "draft") expect(d.params["currency"]).toBe(currency);
		});
	}
	it("a currency offered as a choice is still asked", () => {
		expectClarify("Hi Sam, please send me the invoice for the logo, €600. Could you make it in USD or in GBP?\n\nAnna", "more than one currency");
		expectClarify("Hi Sam, please send me the invoice for the logo, €600. Not in euros though, in USD please.\n\nAnna", "more than one currency");
	});
});
