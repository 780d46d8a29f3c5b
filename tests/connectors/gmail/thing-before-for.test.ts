// "la bannière pour le site", "the banner for the website": a thing named with its article right before "for" is the
// head of its name — "for the website" says what it is for. A line named only by the words after "for" ("Site") is a
// wrong draft; the whole phrase is the name. Words that are no thing before "for" (the invoice, an amount, hours, a fee)
// leave the name after "for" as it was.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a thing named before its 'for' keeps its head noun", () => {
	it("reads the whole name when the price comes in the next sentence, in several languages", () => {
		expectDraft("Salut Sam,\n\nTu peux m'envoyer la facture stp ? Il y a aussi la bannière pour le site. On avait dit 400 €.\n\nBises,\nAminata", "EUR", [["Bannière pour le site", 1, "400.00"]]);
		expectDraft("Hi Sam,\n\nCould you send the invoice please? There is also the banner for the website. We said $400.\n\nThanks,\nDana", "USD", [["Banner for the website", 1, "400.00"]]);
		expectDraft("Hallo Sam,\n\nkannst du mir die Rechnung schicken? Dann gibt es noch das Banner für die Website. Wir hatten 400 € gesagt.\n\nGrüße,\nDana", "EUR", [["Banner für die Website", 1, "400.00"]]);
		expectDraft("Hola Sam:\n\n¿Me mandas la factura? También está el banner para el sitio. Habíamos dicho 400 €.\n\nSaludos,\nDana", "EUR", [["Banner para el sitio", 1, "400.00"]]);
		expectDraft("Ciao Sam,\n\nmi mandi la fattura? C'è anche il banner per il sito. Avevamo detto 400 €.\n\nGrazie,\nDana", "EUR", [["Banner per il sito", 1, "400.00"]]);
		expectDraft("Hoi Sam,\n\nkun je de factuur sturen? Er is ook nog de banner voor de website. We hadden €400 afgesproken.\n\nGroet,\nDana", "EUR", [["Banner voor de website", 1, "400.00"]]);
	});

	it("reads the whole name when the price follows on the same line", () => {
		expectDraft("Hi Sam,\n\nPlease send the invoice for the logo, $600. Also the banner for the website: $400.\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"], ["Banner for the website", 1, "400.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us, the logo is $600. There's also the flyer for the shop, that was $150.\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"], ["Flyer for the shop", 1, "150.00"]]);
		expectDraft("Hi Sam,\n\ncan you invoice us? The poster for the fair was $300 and the flyer for the shop was $150.\n\nThanks,\nDana", "USD", [["Poster for the fair", 1, "300.00"], ["Flyer for the shop", 1, "150.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us for the logo, $600, and the banner for the website, $400.\n\nThanks,\nDana", "USD", [["Logo", 1, "600.00"], ["Banner for the website", 1, "400.00"]]);
	});

	it("reads a head that is itself the object of 'of' from the thing before it", () => {
		expectDraft("Hola Sam, el diseño del cartel para la velada fue 240 €, ¿me mandas la factura?", "EUR", [["Diseño del cartel para la velada", 1, "240.00"]]);
		expectDraft("Hi Sam, the design of the poster for the evening was $240, please invoice.", "USD", [["Design of the poster for the evening", 1, "240.00"]]);
		expectDraft("Hi Sam, the price of the poster for the evening was $240, please invoice.", "USD", [["Poster for the evening", 1, "240.00"]]);
	});

	it("leaves the name after 'for' when the words before it are the invoice, an amount or a joined thing", () => {
		expectDraft("Hi Sam,\n\nCould you send me the invoice for the website? We agreed $2,400.\n\nThanks,\nDana", "USD", [["Website", 1, "2400.00"]]);
		expectDraft("Hi Sam,\n\nPlease send the invoice. The agreed amount for the website is $2,400.\n\nThanks,\nDana", "USD", [["Website", 1, "2400.00"]]);
		expectDraft("Hallo Sam,\n\nkannst du uns bitte die Rechnung schicken? Ausgemacht waren EUR 1.200,- für die Hochzeitsreportage und für das Fotobuch nochmal EUR 180,-.\n\nLG Lena", "EUR", [["Hochzeitsreportage", 1, "1200.00"], ["Fotobuch", 1, "180.00"]]);
	});

	it("still asks when the words after the name hold a pronoun", () => {
		expectClarify("Hi Sam,\n\nPlease send the invoice. There is also the banner for the website, we agreed $400.\n\nThanks,\nDana", "what the line at 400 USD is for");
	});
});
