// An order number set off by commas after its label ("o número do nosso pedido de compra, PC-00873, senão …") is the
// draft's reference; a count or a year between commas ("our order, 2 logos, was …") is none.
import { describe, expect, it } from "vitest";
import { decide } from "./invoice-mail";

const reference = (text: string) => {
	const d = decide(text);
	return d.kind === "draft" ? d.params["reference"] : d.kind;
};

describe("an order code between commas is the reference", () => {
	const cases: [string, string][] = [
		["Oi Sam,\n\npode emitir a fatura dos rótulos, 900 €? E coloca o número do nosso pedido de compra, PC-00873, senão o financeiro não libera.\n\nAna", "PC-00873"],
		["Hi Sam, please send the invoice for the flyers: €250. Our order number, ORD-5531, must be on it.\n\nAnn", "ORD-5531"],
		["Hallo Sam,\n\nbitte schick die Rechnung für die Broschüre, 900 €. Und gib bitte unsere Bestellnummer, BN-4471, an.\n\nAnna", "BN-4471"],
		["Ciao Sam,\n\nmandami la fattura per le foto, 350 €. E metti il numero del nostro ordine d'acquisto, OA-7731, altrimenti l'amministrazione non paga.\n\nAnna", "OA-7731"],
		["Hoi Sam, factuur graag voor de menukaart, 400 €. Ons ordernummer, ON-5531, moet erop.\n\nAnne", "ON-5531"],
	];
	for (const [text, ref] of cases) it(ref, () => expect(reference(text)).toBe(ref));

	it("near miss: a count between commas, or the number asked for but not written", () => {
		expect(reference("Hi Sam,\n\nPlease invoice the logo, €800. Our order, 2 logos, was lovely.\n\nAnn")).toBeUndefined();
		expect(decide("Oi Sam, pode emitir a fatura dos rótulos, 900 €? E coloca o número do nosso pedido de compra, senão o financeiro não libera.\n\nAna").kind).toBe("clarify");
	});
});
