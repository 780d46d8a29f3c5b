// A guess written behind its figure ("$45, approx.", "(€45 approx. for the year)", "45 € più o meno", "€ 45 ongeveer"):
// as doubtful as "about $45", so asked about, never drafted.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a hedge right after the amount is asked about", () => {
	for (const t of [
		"Please invoice us for the website hosting ($45, approx. for the year) and the domain at $15.",
		"Please invoice the hosting at $45 (ca. for the year) and the domain at $15.",
		"Please invoice the retainer: $1,200 or so for November.",
		"Bitte stellen Sie die Wartung in Rechnung: 300 € etwa, wie im Vorjahr.",
		"Merci de facturer l'hébergement, 45 € environ pour l'année.",
		"Por favor factura el mantenimiento: 300 € más o menos, como el año pasado.",
		"Pode faturar a manutenção, 300 € aproximadamente?",
		"Fatturaci l'hosting, 45 € più o meno per l'anno, e il dominio a 15 €.",
		"Kun je het onderhoud factureren? € 300 ongeveer, zoals vorig jaar.",
	]) it(t, () => expectClarify(t, "is not exact"));

	// Near misses: a word after the amount that is no hedge still drafts.
	it("'$45 for the year' and 'each' are no hedge", () => {
		expectDraft("Please invoice the hosting at $45 for the year and the domain at $15.", "USD", [["Hosting", 1, "45.00"], ["Domain", 1, "15.00"]]);
		expectDraft("Merci de facturer le logo : 600 € comme convenu.", "EUR", [["Logo", 1, "600.00"]]);
	});
});
