// "X y aparte Y, que fueron …", "X and separately Y, which was …": "separately" opens a second item with its own price,
// so the first line's thing ends before it and the second item is a line of its own.
import { describe, expect, it } from "vitest";
import { decide } from "./invoice-mail";

function descriptions(text: string): string[] {
	const d = decide(text);
	if (d.kind !== "draft") return [];
	return (d.params["lines"] as { description: string }[]).map((l) => l.description.toLowerCase());
}

describe("a separately priced second item is not part of the first thing", () => {
	const texts = [
		"Hola Sam,\n\n¿Me pasas la factura? Quedamos en 1.500 € por el diseño del logo y aparte las tarjetas de visita, que fueron 200 €.\n\nGracias\nAndrés",
		"Hi Sam,\n\nCould you send the invoice? We agreed $1,500 for the logo design and separately the business cards, which were $200.\n\nThanks\nDana",
		"Bonjour Sam,\n\nPeux-tu m'envoyer la facture ? On avait dit 1 500 € pour le logo et à part les cartes de visite, qui faisaient 200 €.\n\nMerci\nMarc",
	];
	for (const text of texts) {
		it(text.split("\n")[2]?.slice(0, 60) ?? text, () => {
			for (const d of descriptions(text)) expect(d).not.toMatch(/(?:aparte|separately|à part)/);
		});
	}
	it("the first thing ends before \"y aparte\" (es)", () => {
		const d = descriptions(texts[0] ?? "");
		if (d.length > 0) expect(d[0]).toBe("diseño del logo");
	});
});
