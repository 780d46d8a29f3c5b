// A thing asked to be invoiced beside the priced ones, with no amount of its own: asked about, never left off a draft.
import { describe, expect, it } from "vitest";
import { UNPRICED_PHRASINGS, unpricedThing } from "../../../src/connectors/gmail/invoice/unpriced-item";
import { decide, expectClarify, expectDraft } from "./invoice-mail";

describe("the unpriced-item phrasings read their own examples", () => {
	for (const p of UNPRICED_PHRASINGS)
		for (const e of p.examples)
			it(`${p.id}: ${e.text}`, () => {
				expect(unpricedThing(e.text, [])).toBe(e.thing);
			});
});

describe("a thing asked for with no amount makes a question naming it", () => {
	it("added to the invoice, in several languages", () => {
		expectClarify("Hi Sam,\n\nPlease invoice us for the website ($2,400 as quoted), and could you also add the hosting setup to that invoice?\n\nThanks", "hosting setup");
		expectClarify("Hola Sam,\n\nMándame la factura del catálogo, 1.800 €, y añade también la portada.\n\nGracias", "portada");
		expectClarify("Bonjour Sam,\n\nPeux-tu me facturer l'affiche (450 €) et ajouter aussi les flyers à la facture ?\n\nMerci", "flyers");
	});
	it("joined with 'and for' after a priced thing", () => {
		expectClarify("Hi Sam,\n\nCould you send the invoice for the headshots (£600) and for the group photo?\n\nCheers", "group photo");
		expectClarify("Hallo Sam,\n\nbitte die Rechnung für den Flyer (350 €) und auch für die Plakate.\n\nDanke", "Plakate");
		expectClarify("Ciao Sam,\n\npuoi farmi fattura per il menù (300 €) e anche per le etichette?\n\nGrazie", "etichette");
		expectClarify("Hoi Sam,\n\nkun je de factuur sturen voor de website (€ 1.500) en voor de fotografie?\n\nGroet", "fotografie");
	});
	it("the invoice it goes on named before the thing, with a count", () => {
		expectClarify("Caro Sam,\n\nGostaríamos de receber a factura pela cobertura do congresso. O valor acordado foi de 120.000,00 Kz.\n\nPor favor inclua também na mesma factura as 3 molduras que nos deixou — são perfeitas.\n\nCumprimentos", "molduras");
		expectClarify("Hi Sam,\n\nPlease invoice us for the brochure design, $900. Could you also add to the same invoice the 2 extra proof prints you sent?\n\nThanks", "extra proof prints");
		expectClarify("Bonjour Sam,\n\nMerci de nous facturer le site, 1 200 €. Ajoutez aussi sur cette facture les 4 bannières.\n\nCordialement", "bannières");
	});
	it("a field put on the same invoice keeps the draft", () => {
		const d = decide("Caro Sam,\n\nGostaríamos de receber a factura pela cobertura do congresso. O valor acordado foi de 120.000,00 Kz. Por favor inclua também na factura o nosso número de requisição.\n\nCumprimentos");
		// "número de requisição" is an order label now: the one question left is that number, never the field as a thing.
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing).toEqual([expect.stringContaining("which order number or reference the invoice should quote")]);
	});
	it("a thing priced in its own sentence, or a field added to the invoice, keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the logo ($500) and for the flyer. The flyer was $200.\n\nThanks", "USD", [["Logo", 1, "500.00"], ["Flyer", 1, "200.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us for the logo, $500, and add our company name to the invoice.\n\nThanks", "USD", [["Logo", 1, "500.00"]]);
		expectDraft("Hallo Sam,\n\nbitte stell mir das Logo in Rechnung, 500 €, und ergänze die Adresse unten.\n\nDanke", "EUR", [["Logo", 1, "500.00"]]);
	});
	it("near miss: 'and by the' in praise, with no amount before it in its sentence, is no thing to invoice", () => {
		expect(unpricedThing("O logótipo foi muito bem recebido pela família e pelos nossos distribuidores. Enviem a fatura do logótipo, 650 €.", ["Logótipo"])).toBeNull();
		expect(unpricedThing("The poster went down well with the staff and for the students too. Please invoice the poster, $300.", ["Poster"])).toBeNull();
		expectDraft("Hallo Sam,\n\ndas Logo kam beim Team und für die Kunden super an. Bitte stell mir das Logo in Rechnung, 500 €.\n\nDanke", "EUR", [["Logo", 1, "500.00"]]);
	});
	it("joined with 'as well as' right after a priced thing", () => {
		expectClarify("Bom dia,\n\nAgradeço que nos enviem a fatura do vídeo institucional, no valor de 1.200,00 €, bem como das legendas em inglês que fizeram.\n\nCumprimentos", "legendas em inglês");
		expectClarify("Hi Sam,\n\nPlease invoice us for the menu design ($450) as well as the table cards.\n\nThanks", "table cards");
		expectClarify("Bonjour Sam,\n\nMerci de me facturer l'affiche, 380 €, ainsi que les flyers.\n\nBien à vous", "flyers");
		expectClarify("Hallo Sam,\n\nbitte die Rechnung für das Plakat (350 €) sowie für die Einladungskarten.\n\nDanke", "Einladungskarten");
	});
	it("near misses: 'as well as' away from an amount, or a thing priced in its own sentence, keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the logo, $500. The whole team loved it, as well as the colours you picked.\n\nThanks", "USD", [["Logo", 1, "500.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us for the logo ($500) as well as the flyer. The flyer was $200.\n\nThanks", "USD", [["Logo", 1, "500.00"], ["Flyer", 1, "200.00"]]);
	});
	it("a bullet row with no amount in a list of priced things to invoice", () => {
		expectClarify("Hi Sam,\n\nAll live now, thanks! Could you invoice us for:\n- 4 web banners at $90 each\n- the retouching of the staff photos\n\nCheers\nDana", "retouching of the staff photos");
		expectClarify("Hallo Sam,\n\nbitte stell mir Folgendes in Rechnung:\n\n* Logo-Überarbeitung: 450 €\n* die Gestaltung der Speisekarte\n\nDanke\nLena", "Gestaltung der Speisekarte");
		expectClarify("Hola Sam:\n\n¿Me mandas la factura por lo siguiente?:\n• el vídeo del evento, 800 €\n• los subtítulos en inglés\n\nGracias", "subtítulos en inglés");
		expectClarify("Hoi Sam,\n\nKun je de factuur sturen voor:\n- 3 posters à € 60 per stuk\n- het ontwerp van de uitnodiging\n\nGroet\nJoost", "ontwerp van de uitnodiging");
	});
	it("near misses: a sub-list of a priced thing's parts, or a list not introduced as the things to invoice, keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for:\n- Website redesign: $2,400\n  - the new home page\n  - the contact form\n\nThanks\nDana", "USD", [["Website redesign", 1, "2400.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us for the website redesign, $2,400.\n\nNotes from the call\n- the new home page is live\n- the contact form works\n\nThanks\nDana", "USD", [["Website redesign", 1, "2400.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us for:\n- the logo refresh, $900\n- our PO number on the invoice\n\nThanks\nDana", "USD", [["Logo refresh", 1, "900.00"]]);
	});
	it("a clause about the unpriced thing, however long, ends its name", () => {
		expectClarify("Geachte Sam,\n\nGraag ontvang ik een factuur voor het nieuwe logo (€ 750,00) en voor de visitekaartjes die u daarnaast voor ons kantoor heeft ontworpen.\n\nMet vriendelijke groet,\nmr. J. de Vries", "visitekaartjes");
		expectClarify("Hi Sam,\n\nPlease invoice us for the brochure ($1,100) and for the trade show banner that you put together for us at very short notice last week.\n\nThanks\nDana", "trade show banner");
		expectClarify("Hola Sam:\n\nTe pido la factura por el catálogo (1.400 €) y por las etiquetas que diseñaste para la nueva línea de aceites.\n\nSaludos", "etiquetas");
	});
	it("near miss: a clause about a priced thing keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the brochure that you designed in October, $1,100.\n\nThanks\nDana", "USD", [["Brochure", 1, "1100.00"]]);
	});
	it("a row whose price is not known yet, in a list, a table or a bracket, even above a priced row", () => {
		expectClarify("Hi Sam,\n\nPlease invoice:\n- Business cards: tbc\n- Logo: £800\n\nThanks\nHarriet", "Business cards");
		expectClarify("Please invoice:\n\nItem | Qty | Price\nLogo | 1 | £800\nFlyers | 500 | to follow", "Flyers");
		expectClarify("Hallo Sam,\n\nbitte schick mir die Rechnung für das Logo (800 €) und die Visitenkarten (Preis noch offen).\n\nDanke", "Visitenkarten");
	});
	it("near miss: a field still open is no thing to invoice", () => {
		expectDraft("Hi Sam,\n\nPlease invoice:\n- Logo: £800\n- PO number: tbc\n\nThanks\nHarriet", "GBP", [["Logo", 1, "800.00"]]);
	});
	it("a thing added in a sentence of its own with 'and … too', or a counted thing joined after a price", () => {
		expectClarify("Hi Sam,\n\nCould you invoice us for the brochure, $1,100? Oh, and the cover illustration too.\n\nThanks\nDana", "cover illustration");
		expectClarify("Hallo Sam,\n\nbitte schick mir die Rechnung für das Logo, 800 €. Und die Visitenkarten auch noch.\n\nDanke", "Visitenkarten");
		expectClarify("Hi Sam,\n\nPlease invoice the poster design at £450 and the 300 flyers.\n\nThanks", "flyers");
	});
	it("near misses: praise joined by 'and … too', or a counted thing priced in the same sentence, keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the brochure, $1,100. The team loved the layout and the colours too!\n\nThanks\nDana", "USD", [["Brochure", 1, "1100.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the poster design at £450 and the 300 flyers at £0.20 each.\n\nThanks", "GBP", [["Poster design", 1, "450.00"], ["Flyers", 300, "0.20"]]);
	});
	it("a second price after 'an extra' in a sentence of its own is asked about", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the logo at £800. The business cards were an extra 150.\n\nThanks", "150 without a currency");
	});
	it("a date after the thing is when it was done, not its price: it is still asked", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the poster design, $450 as agreed, and also the product shoot at the bakery on the 14th - put that on the same invoice.\n\nThanks", "product shoot");
		expectClarify("Hi Sam,\n\nCould you invoice the website ($2,400), and the drone footage from 3 March too?\n\nThanks", "drone footage");
		expectClarify("Hi Sam,\n\nPlease bill us for the brochure (£900) and add the headshots from 12/11 to the invoice.\n\nThanks", "headshots");
	});
	it("a bracket after the price, then 'and separately' a thing: it is asked", () => {
		expectClarify("¡Hola Sam!\n\n¿Me pasas la factura? El logo fue $1.200.000 (pesos colombianos) y aparte las tarjetas que te pedí, no recuerdo el precio, pero inclúyelas.\n\nGracias", "tarjetas");
	});
	it("near miss: a thing said to be free, included, already paid or done by someone else keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the logo ($800) and the favicon, which was free.\n\nThanks", "USD", [["Logo", 1, "800.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the logo ($800) and the favicon - no charge for that as you said.\n\nThanks", "USD", [["Logo", 1, "800.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the logo ($800) and add the favicon to the same invoice, it was included in the price.\n\nThanks", "USD", [["Logo", 1, "800.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the website ($2,400) and the photos, done by our own photographer.\n\nThanks", "USD", [["Website", 1, "2400.00"]]);
		expectDraft("Bonjour Sam,\n\nFacture-moi le site (900 €) et ajoute les cartes de visite, elles étaient offertes.\n\nMerci", "EUR", [["Site", 1, "900.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung für das Logo (600 €) und für die Visitenkarten, die waren kostenlos.\n\nDanke", "EUR", [["Logo", 1, "600.00"]]);
	});
	it("a tax said to be included does not make the thing free: it is still asked", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the website ($2,400) and add the hosting setup to the invoice, VAT included.\n\nThanks", "hosting setup");
	});
});

describe("a thing wanted added, set off by dashes, after a unit price or closing a colon list", () => {
	it("wanted added or said to go on the invoice too", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the brochure ($1,200). We'd like the cover illustration added too.\n\nDana", "cover illustration");
		expectClarify("Hi Sam,\n\nPlease invoice the video, $900. The subtitles should go on it as well.\n\nDana", "subtitles");
		expectClarify("Hallo Sam,\n\nbitte schick mir die Rechnung für das Poster, 300 €. Die Flyer bitte auch mit auf die Rechnung.\n\nDana", "Flyer");
	});
	it("after a price set off by dashes, or a unit price", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the brochure — $1,200 — and the cover illustration.\n\nDana", "cover illustration");
		expectClarify("Hi Sam,\n\nPlease invoice 4 banners at $60 each and the installation.\n\nDana", "installation");
		expectClarify("Bonjour Sam,\n\nMerci de facturer 3 jours à 500 € et le déplacement.\n\nDana", "déplacement");
	});
	it("the last thing of a colon list with one priced thing", () => {
		expectClarify("Hi Sam,\n\nPlease invoice: brochure $1,200, cover illustration.\n\nDana", "cover illustration");
		expectClarify("Hola Sam,\n\nFactúranos: logo 500 €, y tarjetas.\n\nDana", "tarjetas");
	});
	it("near misses still draft: included in the price, a thanks closing the list, a remark after a row's price", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the website, $2,000. We had the favicon included in the price.\n\nDana", "USD", [["Website", 1, "2000.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice: logo $500, thanks.\n\nDana", "USD", [["Logo", 1, "500.00"]]);
		expectDraft("Hi,\n\nPlease send the invoice for:\n- Brand guidelines: €1,100\n- Icon set: €300, 24 icons in total\n\nHanna", "EUR", [["Brand guidelines", 1, "1100.00"], ["Icon set", 1, "300.00"]]);
	});
});

describe("a cost Sam paid for the customer, priced in brackets with a remark", () => {
	it("is a line of its own, not a bill already paid", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the logo ($800), plus the font licence you paid on our behalf ($60, the desktop one for two seats).\n\nThanks", "USD", [["Logo", 1, "800.00"], ["Font licence", 1, "60.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the website ($2,000) and the domain you bought for us ($30, “acme.shop”, two years).\n\nThanks", "USD", [["Website", 1, "2000.00"], ["Domain", 1, "30.00"]]);
	});
	it("near miss: a rate in the remark, or a thing the customer already paid, is asked about", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the logo ($800) and the hosting ($45, per month).\n\nThanks", "$45");
		expectClarify("Hi Sam,\n\nPlease invoice the logo ($800). The flyer ($200) was paid already.\n\nThanks", "$200");
	});
});
