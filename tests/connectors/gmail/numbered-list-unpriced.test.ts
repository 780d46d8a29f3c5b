// A numbered list of things to invoice with one row left unpriced ("1. Banner design - RM 1,200 / 2. Roll-up stand
// artwork / 3. Price tag template - RM 150"): a draft of the priced rows alone would drop it, so its price is asked.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a numbered list with an unpriced row", () => {
	it("asks for the unpriced row's price", () => {
		expectClarify("Hi Sam,\n\nCan you please send the invoice for:\n1. Banner design (3m x 1m) - $1,200\n2. Roll-up stand artwork\n3. Price tag template - $150\n\nThanks", "Roll-up stand artwork");
		expectClarify("Hallo Sam,\n\nbitte stell mir Folgendes in Rechnung:\n1) Logo: 600 €\n2) Briefpapier\n\nDanke", "Briefpapier");
		expectClarify("Bonjour Sam,\n\nPeux-tu m'envoyer la facture pour :\n1. Affiches A2 - 300 €\n2. Retouche des photos de l'équipe\n\nMerci", "Retouche des photos de l'équipe");
	});
	it("asks for a row whose price is a question mark, a size bracket, or 'as discussed'", () => {
		expectClarify("Hi Sam, please invoice:\n1. Banner design - $1,200\n2. Roll-up stand artwork - ?\n3. Price tags - $150\n\nThanks", "Roll-up stand artwork");
		expectClarify("Hi Sam, please invoice:\n1. Banner design (3m x 1m) - $1,200\n2. Roll-up stand artwork (2m)\n3. Price tags - $150\n\nThanks", "Roll-up stand artwork");
		expectClarify("Hi Sam, please invoice:\n- Banner design: $1,200\n- Roll-up stand artwork: price as discussed\n- Price tags: $150\n\nThanks", "Roll-up stand artwork");
		expectClarify("Hallo Sam, bitte in Rechnung stellen:\n- Logo: 800 €\n- Visitenkarten: Preis wie besprochen\n\nDanke", "Visitenkarten");
	});
	it("drafts a numbered list whose rows are all priced", () => {
		expectDraft("Hi Sam,\n\nCan you please send the invoice for:\n1. Banner design - $1,200\n2. Price tag template - $150\n\nThanks", "USD", [["Banner design", 1, "1200.00"], ["Price tag template", 1, "150.00"]]);
	});
});
