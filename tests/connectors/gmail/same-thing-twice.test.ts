// Two amounts for one thing (written twice, or a later "this video" pointing back at it) are a conflict to ask about,
// never two lines of a draft.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a second amount for the same thing is asked about", () => {
	it("a later sentence pointing back at the thing, in several languages", () => {
		expectClarify("Hi Sam,\n\nPlease invoice us for the video production, $8,500.\n\nP.S. Our budget sheet shows $7,500 for this video, as agreed on the phone.\n\nThanks", "$7,500");
		expectClarify("Hallo Sam,\n\nbitte stell uns den Imagefilm in Rechnung, 4.200 €. Laut unserem Budget waren für diesen Imagefilm 3.800 € vorgesehen.\n\nDanke", "3.800 €");
		expectClarify("Ciao Sam,\n\nmandami la fattura per il catalogo, 1.500 €. Però nel preventivo per questo catalogo c'era scritto 1.200 €.\n\nGrazie", "1.200 €");
		expectClarify("Hoi Sam,\n\nstuur de factuur voor de website, € 2.000. In onze begroting staat voor deze website € 1.800.\n\nGroet", "1.800");
	});
	it("the same thing written twice with two prices", () => {
		expectClarify("Hi Sam,\n\nPlease invoice us for the logo, $900. I checked my notes and the logo was $750 as we agreed.\n\nThanks", "$900 and $750");
	});
	it("two different things that share a word keep the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the logo, $500, and the logo animation, $300.\n\nThanks", "USD", [["Logo", 1, "500.00"], ["Logo animation", 1, "300.00"]]);
	});
});
