// An amount named as a budget or a spending limit ("Our budget cap for this quarter is $5,000", "Unser Kostenrahmen
// liegt bei 5.000 €") is what the customer may spend, never a line: asked about beside the lines, never drafted.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft } from "./invoice-mail";

describe("a budget is no line", () => {
	for (const t of [
		"Please invoice the social media kit, $600. Our budget cap for this quarter is $5,000.",
		"Please invoice the social media kit, $600. The marketing budget for this quarter: $5,000.",
		"Bitte stell uns das Social-Media-Paket in Rechnung, 600 €. Unser Kostenrahmen für dieses Quartal: 5.000 €.",
		"Merci de facturer le kit réseaux sociaux, 600 €. Notre budget pour ce trimestre : 5 000 €.",
		"Factúranos el kit de redes sociales, 600 €. Presupuesto máximo del trimestre: 5.000 €.",
	]) it(t, () => {
		expectClarify(t, "5");
		const d = decide(t);
		if (d.kind === "draft") expect(JSON.stringify(d.params["lines"])).not.toContain("5000");
	});

	it("a near miss still drafts: a thing whose own name holds no budget word", () => {
		expectDraft("Please invoice the social media kit, $600.", "USD", [["Social media kit", 1, "600.00"]]);
	});
});
