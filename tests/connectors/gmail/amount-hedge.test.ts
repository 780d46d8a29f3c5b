// An amount its writer doubts ("Erano 850 euro se ricordo bene") or corrects ("I wrote 850 but it should be 950"): asked
// about, the figures named — never a draft of the doubted one.
import { describe, expect, it } from "vitest";
import { AMOUNT_HEDGES, hedgeIn } from "../../../src/connectors/gmail/invoice/amount-hedge";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("the hedge table", () => {
	for (const row of AMOUNT_HEDGES) {
		for (const s of row.examples.doubts) it(`${row.lang} doubts: ${s}`, () => expect(hedgeIn(s)).not.toBeNull());
		for (const s of row.examples.fine) it(`${row.lang} is sure: ${s}`, () => expect(hedgeIn(s)).toBeNull());
	}
});

describe("a doubted or corrected amount", () => {
	it("asks, naming the amount", () => {
		expectClarify("Ciao Sam!\n\nMi mandi la fattura per il servizio del matrimonio? Erano 850 euro se ricordo bene.\n\nChiara", "850 euro");
		expectClarify("Hi Sam, please send the invoice for the logo. It was $850 if I remember correctly.\n\nTom", "if I remember correctly");
		expectClarify("Hallo Sam, bitte schick mir die Rechnung für das Logo. Das waren 600 €, wenn ich mich nicht irre.\n\nJonas", "600 €");
		expectClarify("Hola Sam, ¿me mandas la factura del logo? Si mal no recuerdo, fueron 600 €.\n\nAna", "600 €");
		expectClarify("Bonjour Sam, peux-tu m'envoyer la facture du logo ? C'était 600 € si je me souviens bien.\n\nLéa", "600 €");
		expectClarify("Oi Sam, me manda a fatura do logo? Foram R$ 850 se não me engano.\n\nRafa", "R$ 850");
		expectClarify("Hoi Sam, kun je de factuur sturen voor het logo? Het was € 600 als ik me niet vergis.\n\nEva", "€ 600");
	});
	it("asks about a correction, naming the new figure", () => {
		expectClarify("Hi Sam, please send the invoice for the logo, $850. Sorry, I wrote 850 but it should be 950.\n\nTom", "950");
		expectClarify("Ciao Sam, mi mandi la fattura del logo? Il logo era 850 euro, anzi 950.\n\nGiulia", "950");
		expectClarify("Hi Sam, please invoice the logo at $850. I wrote 850 earlier but it's actually 950.\n\nTom", "950");
	});
	it("drafts a sure amount", () => {
		expectDraft("Hi Sam, please send the invoice for the logo, $850. I think that's fair.\n\nTom", "USD", [["Logo", 1, "850.00"]]);
		expectDraft("Ciao Sam, mi mandi la fattura per il logo? Erano 850 euro, ricordo bene il lavoro.\n\nGiulia", "EUR", [["Logo", 1, "850.00"]]);
	});
});
