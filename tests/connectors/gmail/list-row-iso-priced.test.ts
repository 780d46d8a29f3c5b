// A list of things to invoice whose priced rows write their currency as an ISO code with no spelling of ours ("BDT 450",
// "SEK 300", "MXN 400") and one row with no price ("- Catalogue design (24 pages)"): the priced rows alone would be
// drafted without it, so its price is asked, naming the row. Rows that are no thing (a total, terms, a reference) stay out.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a list priced in ISO codes with an unpriced row", () => {
	it("asks for the unpriced row, in several languages and list marks", () => {
		expectClarify("Dear Sam,\n\nPlease issue the invoice for the winter work, details below:\n\n- Product photography: 120 items at BDT 450 per item\n- Catalogue design (24 pages)\n- Printing of 200 catalogues at BDT 380 each\n\nThanks", "Catalogue design");
		expectClarify("Hallo Sam,\n\nbitte stell mir folgendes in Rechnung:\n\n- Produktfotos: 40 Stück à CHF 35\n- Katalog-Layout (16 Seiten)\n- Druck von 100 Katalogen à CHF 12\n\nDanke", "Katalog-Layout");
		expectClarify("Hola Sam,\n\npor favor factúrame lo siguiente:\n\n1. Fotografía de producto: 30 piezas a MXN 400 cada una\n2. Diseño del catálogo\n3. Impresión de 150 catálogos a MXN 90 cada uno\n\nGracias", "Diseño del catálogo");
		expectClarify("Bonjour Sam,\n\nMerci de facturer :\n\n• Photos produits : 25 pièces à CHF 60\n• Mise en page du catalogue (20 pages)\n• Impression de 100 catalogues à CHF 8 pièce\n\nCordialement", "Mise en page du catalogue");
		expectClarify("Hoi Sam,\n\nGraag een factuur voor:\n\n- Productfoto's: 45 stuks à SEK 300\n- Ontwerp van de catalogus (24 pagina's)\n- Drukwerk: 200 catalogi à SEK 50\n\nGroet", "Ontwerp van de catalogus");
		expectClarify("Hi Sam, please invoice:\n\n* Website audit - SGD 900\n* Copywriting for the landing page\n* Hosting setup - SGD 150\n\nThanks", "Copywriting for the landing page");
		expectClarify("Hi Sam, please invoice for:\n\n1) Logo refresh: NOK 6000\n2) Business card layout\n3) Letterhead: NOK 1500\n\nCheers", "Business card layout");
	});
	it("drafts a list whose rows are all priced, or whose other rows are a total, terms or a paid deposit", () => {
		expectDraft("Hallo Sam,\n\nbitte abrechnen:\n\n- Webdesign: PLN 3200\n- Hosting für ein Jahr: PLN 650\n\nDanke", "PLN", [["Webdesign", 1, "3200.00"], ["Hosting für ein Jahr", 1, "650.00"]]);
		expectDraft("Hi Sam, please invoice:\n\n- Logo: AED 1,200\n- Menu design: AED 800\n- Total: AED 2,000\n\nThanks", "AED", [["Logo", 1, "1200.00"], ["Menu design", 1, "800.00"]]);
		expectDraft("Hi Sam, please invoice:\n\n- Banner design: CHF 400\n- Deposit already paid\n- Flyer design: CHF 250\n\nThanks", "CHF", [["Banner design", 1, "400.00"], ["Flyer design", 1, "250.00"]]);
		expectDraft("Bonjour, merci de facturer :\n\n- Logo : CHF 800\n- Cartes de visite (offertes)\n- Affiche : CHF 300\n\nMerci", "CHF", [["Logo", 1, "800.00"], ["Affiche", 1, "300.00"]]);
	});
});
