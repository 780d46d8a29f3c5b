// A second item priced apart from the first: in the next sentence that only points back at it, with its fee word before
// "for", in a sentence opening on "then", or a column row whose name holds a number.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a sentence that only points back prices the thing the sentence before adds", () => {
	it("Those were … flat (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us: the event coverage was $1,200. Then there were the aerial shots. Those were $400 flat.\n\nThanks,\nAmy", "USD", [["Event coverage", 1, "1200.00"], ["Aerial shots", 1, "400.00"]]));
	it("Dat waren er N, à … per stuk (nl, across a wrapped line)", () => expectDraft("Hoi Sam,\n\nWil je de factuur sturen?\n\nWebsite: € 900,-\nDan nog de extra banners die ik later vroeg. Dat\nwaren er 4, à € 25 per stuk.\n\nGroet,\nSanne", "EUR", [["Website", 1, "900.00"], ["Extra banners", 4, "25.00"]]));
	it("Erano N foto, a … l'una (it)", () => expectDraft("Gentile Sam,\n\nmi mandi la fattura: il video è 800,00 €. Ci aggiunga anche la correzione colore delle clip che Le ho chiesto. Erano 6 clip, a 30 € l'una.\n\nSaluti,\nGiulia", "EUR", [["Video", 1, "800.00"], ["Correzione colore delle clip", 6, "30.00"]]));
	it("with no joining word before, what it points at is asked", () => expectClarify("Hi Sam,\n\nPlease invoice us: the event coverage was $1,200. Great work on everything. Those were $400 flat.\n\nThanks,\nAmy", "$400"));
});

describe("a fee word between the price and its thing", () => {
	it("plus the C$150 flat fee for retouching (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us: 6 portraits at C$80 each, plus the C$120 flat fee for retouching.\n\nThanks,\nDan", "CAD", [["Portraits", 6, "80.00"], ["Retouching", 1, "120.00"]]));
	it("a £90 fee for the permit (en)", () => expectDraft("Hi Sam,\n\nPlease send the invoice: the shoot was £700 and a £90 fee for the permit.\n\nThanks,\nDan", "GBP", [["Shoot", 1, "700.00"], ["Permit", 1, "90.00"]]));
});

describe("a second item in a sentence opening on 'then'", () => {
	it("Then the letterhead on top of that, that one was … (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us. The logo was $650. Then the business cards on top of that, that one was $120 as agreed.\n\nCheers,\nThandi", "USD", [["Logo", 1, "650.00"], ["Business cards", 1, "120.00"]]));
	it("Dann noch die Visitenkarten, die waren … (de)", () => expectDraft("Hallo Sam,\n\nbitte die Rechnung: Das Logo waren 900 €. Dann noch die Visitenkarten, die waren 150 €.\n\nGrüße\nJonas", "EUR", [["Logo", 1, "900.00"], ["Visitenkarten", 1, "150.00"]]));
});

describe("a column row whose name holds a number", () => {
	it("Relaunch Phase 2 in a padded row (de)", () => expectDraft("Grüezi Sam\n\nGerne erwarten wir Ihre Rechnung für:\n\n  Relaunch Phase 2          Fr. 3'100.00\n  Hosting                   Fr.   250.00\n\nFreundliche Grüsse\nBeat", "CHF", [["Relaunch Phase 2", 1, "3100.00"], ["Hosting", 1, "250.00"]]));
	it("a count after a lower-case word is asked, never a name", () => expectClarify("Hi Sam,\n\nPlease invoice:\n\n  Product photos 40        $600\n  Banner                   $200\n\nThanks", "$600"));
});

describe("a second item named with its count, then priced each by a word pointing back at it", () => {
	it("and the N things (you did …), those were … each (en)", () => expectDraft("Hi Sam,\n\nCould you send the invoice? The menu design was $600 as per your quote, and the table talkers another $150. Oh and the 3 window stickers you printed on Friday, those were $40 each, please add them too.\n\nThanks,\nAmy", "USD", [["Menu design", 1, "600.00"], ["Table talkers", 1, "150.00"], ["Window stickers", 3, "40.00"]]));
	it("y los N carteles, esos fueron … cada uno (es)", () => expectDraft("Hola Sam,\n\n¿Me mandas la factura? El logo fue 500 €. Y los 5 carteles, esos fueron 30 € cada uno.\n\nGracias,\nLucía", "EUR", [["Logo", 1, "500.00"], ["Carteles", 5, "30.00"]]));
	it("et les N affiches que tu as imprimées, elles étaient à … pièce (fr)", () => expectDraft("Bonjour Sam,\n\nPeux-tu m'envoyer la facture ? Le logo était à 700 €. Et les 4 affiches que tu as imprimées, elles étaient à 25 € pièce.\n\nMerci,\nClaire", "EUR", [["Logo", 1, "700.00"], ["Affiches", 4, "25.00"]]));
	it("with no word for each, the price may be all of them: asked", () => expectClarify("Hi Sam,\n\nCould you send the invoice? The menu design was $600. Oh and the 3 window stickers, those were $120, please add them too.\n\nThanks,\nAmy", "$120"));
});

describe("a list item that names its thing, then prices it in a sentence pointing back at it", () => {
	it("About this, please charge … (en)", () => expectDraft("Dear Sam,\n\nPlease make the invoice to our company.\n\n1. Catalogue photos of glazed vases, 12 pieces. Price is 6,000 yen per piece.\n2. Background removal for online shop. About this, please charge ¥18,000 as we discussed.\n\nBest regards,\nKenji", "JPY", [["Catalogue photos of glazed vases (pieces)", 12, "6000"], ["Background removal for online shop", 1, "18000"]]));
	it("Dafür bitte … berechnen (de)", () => expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung:\n\n- Logo: 900 €\n- Anpassung der Rückenetiketten. Dafür bitte 180 € berechnen, wie besprochen.\n\nGruß, Uwe", "EUR", [["Logo", 1, "900.00"], ["Anpassung der Rückenetiketten", 1, "180.00"]]));
	it("a price per unit whose count is unwritten stays a question", () => expectClarify("Dear Sam,\n\nPlease make the invoice to our company.\n\n1. Catalogue photos of glazed vases, 12 pieces. Price is 6,000 yen per piece.\n2. Background removal for online shop. About this, please charge ¥1,500 per photo.\n\nBest regards,\nKenji", "¥1,500"));
});
