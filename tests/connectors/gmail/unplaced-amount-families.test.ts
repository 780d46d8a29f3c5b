// An amount the reader could not tie to a line asks "the email also mentions …". Round 15 found these amounts were
// real lines read wrong: a list row broken by hand inside a bracket or a quotation, a row's name whose bracket holds a
// dash of its own, "that one was" pricing a thing a join adds after an earlier price, and hours "spent on" a thing at a
// rate. The near misses keep asking: an amount that still has no line of its own is never drafted away.
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("an amount that is a line read wrong is read as its line", () => {
	it("a list row broken by hand inside its bracket: the next line closes the bracket and belongs to the row", () => {
		expectDraft("Hi Sam,\n\nPlease bill:\n\n- Logo design – $800 (covers the main mark and\n  the two colour variants)\n- Business cards – $150\n\nThanks", "USD", [["Logo design", 1, "800.00"], ["Business cards", 1, "150.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung für:\n\n• Etikettendesign – 1.200 € (ein Preis für alle drei\nSorten)\n• Schachtel – 300 €\n\nDanke", "EUR", [["Etikettendesign", 1, "1200.00"], ["Schachtel", 1, "300.00"]]);
		expectDraft("Hola Sam,\n\n¿me mandas la factura?\n\n- Logo – 900 € (incluye las dos\nversiones)\n- Tarjetas – 120 €\n\nGracias", "EUR", [["Logo", 1, "900.00"], ["Tarjetas", 1, "120.00"]]);
	});
	it("a list row broken by hand inside a quoted name: the name is read whole", () => {
		expectDraft('Hi Sam,\n\nPlease invoice:\n- Poster for the "Summer\nnights" series - $120\n- Flyer - $80\n\nThanks', "USD", [['Poster for the "Summer nights" series', 1, "120.00"], ["Flyer", 1, "80.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung:\n- Plakat „Sommer\nfest 2026“ - 250 €\n- Flyer - 90 €\n\nDanke", "EUR", [["Plakat „Sommer fest 2026“", 1, "250.00"], ["Flyer", 1, "90.00"]]);
	});
	it("near miss: a broken bracket that holds another amount still asks about it", () => {
		expectNoDraft("Hi Sam,\n\nPlease bill:\n\n- Website – $2,000 (plus the hosting,\n  $150 a year)\n- Logo – $600\n\nThanks");
	});
	it("a row's name whose bracket holds a dash or colon of its own", () => {
		expectDraft("Hi Sam,\n\nCould you invoice us for:\n\n- Website build (phase 2 – online shop): $2,400\n- Photo session: $750\n\nThanks", "USD", [["Website build (phase 2 – online shop)", 1, "2400.00"], ["Photo session", 1, "750.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung:\n\n• Logo (Variante B: mit Claim) – 650 €\n• Visitenkarten – 120 €\n\nDanke", "EUR", [["Logo (Variante B: mit Claim)", 1, "650.00"], ["Visitenkarten", 1, "120.00"]]);
		expectDraft("Olá Sam,\n\npoderia enviar a fatura?\n\n- Loja online (fase 3 — pagamentos): 1.800,00 €\n- Fotografias: 400,00 €\n\nObrigado", "EUR", [["Loja online (fase 3 — pagamentos)", 1, "1800.00"], ["Fotografias", 1, "400.00"]]);
	});
	it("'that one was' prices the one thing a join adds after an earlier price", () => {
		expectDraft("Hi Sam,\n\nPlease send the invoice. We agreed 4 posters at $90 each, plus the window decal. That one was $140.\n\nThanks", "USD", [["Posters", 4, "90.00"], ["Window decal", 1, "140.00"]]);
		expectDraft("Hallo Sam,\n\nschick mir bitte die Rechnung. Die Website war 2.000 €, dazu noch das Impressum-Update. Der war 80 €.\n\nDanke", "EUR", [["Website", 1, "2000.00"], ["Impressum-Update", 1, "80.00"]]);
		expectDraft("Hola Sam,\n\n¿me mandas la factura? El logo fue 500 €, y también el cartel de la feria. Ese fue 90 €.\n\nGracias", "EUR", [["Logo", 1, "500.00"], ["Cartel de la feria", 1, "90.00"]]);
		expectDraft("Olá Sam,\n\npode me mandar a fatura? O logo foi R$ 700,00, mais a arte do adesivo. Essa foi R$ 90,00.\n\nObrigada", "BRL", [["Logo", 1, "700.00"], ["Arte do adesivo", 1, "90.00"]]);
		expectDraft("Hi Sam,\n\nPlease send the invoice. The logo was $700, plus the sticker sheet. That one came to $90.\n\nThanks", "USD", [["Logo", 1, "700.00"], ["Sticker sheet", 1, "90.00"]]);
		expectDraft("Hi Sam,\n\nPlease send the invoice. We agreed 6 labels at $350 each, plus the tap handle logo. For that one we agreed $280.\n\nThanks", "USD", [["Labels", 6, "350.00"], ["Tap handle logo", 1, "280.00"]]);
		expectDraft("Hola Sam,\n\n¿me mandas la factura? El logo fue 500 €, y también el cartel de la feria. Por ese acordamos 90 €.\n\nGracias", "EUR", [["Logo", 1, "500.00"], ["Cartel de la feria", 1, "90.00"]]);
	});
	it("near miss: 'that one' after two things added, or priced per unit without a count, is asked about", () => {
		expectClarify("Hi Sam,\n\nPlease send the invoice. Website $2,000, plus the logo and the cards. That one was $140.\n\nThanks", "$140");
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. We agreed 4 posters at $90 each, plus the window decals. That one was $14 each.\n\nThanks");
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. We agreed 4 posters at $90 each, plus VAT. That one was $140.\n\nThanks");
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. The logo was $700, plus the sticker sheet. That one was $40 less than we said.\n\nThanks");
		expectNoDraft("Hi Sam,\n\nThanks for everything. For that one we agreed $280.\n\nPlease send the invoice.");
		expectNoDraft("¡Hola Sam!\n\nGracias por todo. Por ese acordamos 280 €.\n\n¿Me mandas la factura?");
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. The logo was $700, plus the sticker sheet. That one was already paid, $90.\n\nThanks");
	});
	it("hours spent on a thing at a rate per hour: the thing, counted in hours", () => {
		expectDraft("Hoi Sam,\n\nKun je de factuur sturen? Het logo was € 1.200,-. Daarnaast heb je 3 uur extra besteed aan de opmaak van de gevelreclame, à € 65 per uur.\n\nGroet", "EUR", [["Logo", 1, "1200.00"], ["Opmaak van de gevelreclame (uur)", 3, "65.00"]]);
		expectDraft("Hi Sam,\n\nPlease send the invoice. The logo was $1,200. You also spent 4 extra hours on the menu layout, at $60 an hour.\n\nThanks", "USD", [["Logo", 1, "1200.00"], ["Menu layout (hours)", 4, "60.00"]]);
		expectDraft("Hallo Sam,\n\nkannst du die Rechnung schicken? Das Logo war 1.200 €. Außerdem hast du 5 Stunden zusätzlich an der Gestaltung der Speisekarte gearbeitet, à 70 € pro Stunde.\n\nDanke", "EUR", [["Logo", 1, "1200.00"], ["Gestaltung der Speisekarte (Stunden)", 5, "70.00"]]);
		expectDraft("Bonjour Sam,\n\npouvez-vous m'envoyer la facture ? Le logo était 1 200 €. Tu as passé 2 heures de plus sur la maquette du flyer, à 55 € de l'heure.\n\nMerci", "EUR", [["Logo", 1, "1200.00"], ["Maquette du flyer (heures)", 2, "55.00"]]);
		expectDraft("Hola Sam,\n\n¿me mandas la factura? El logo fue 700 €. Además dedicaste 3 horas extra al diseño del menú, a 40 € la hora.\n\nGracias", "EUR", [["Logo", 1, "700.00"], ["Diseño del menú (horas)", 3, "40.00"]]);
		expectDraft("Ciao Sam,\n\nmi mandi la fattura? Il logo era 700 €. Hai lavorato 3 ore in più sulla grafica del volantino, a 50 € l'ora.\n\nGrazie", "EUR", [["Logo", 1, "700.00"], ["Grafica del volantino (ore)", 3, "50.00"]]);
		expectDraft("Hi Sam,\n\nPlease send the invoice. I put 3 more hours into the banner, at $50/hour. The logo was $700.\n\nThanks", "USD", [["Banner (hours)", 3, "50.00"], ["Logo", 1, "700.00"]]);
	});
	it("near miss: hours on the phone, or at a price that does not say per hour, are asked about", () => {
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. The logo was $1,200. We spent 2 hours on the phone at $65 per hour.\n\nThanks");
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. The logo was $1,200. We spent 2 hours on the shop sign at $130.\n\nThanks");
	});
	it("a bullet whose label runs on after its colon with what it holds, then a dash and its price: the label names it", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us:\n\n• Logo – $900\n• Stationery: business cards and letterhead – $400\n\nThanks", "USD", [["Logo", 1, "900.00"], ["Stationery", 1, "400.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung:\n\n- Logo – 900 €\n- Drucksachen: Visitenkarten und Briefpapier – 350 €\n\nDanke", "EUR", [["Logo", 1, "900.00"], ["Drucksachen", 1, "350.00"]]);
		expectDraft("Hola Sam,\n\n¿me mandas la factura?\n\n- Logo — 900 €\n- Papelería: tarjetas y papel membretado — 350 €\n\nGracias", "EUR", [["Logo", 1, "900.00"], ["Papelería", 1, "350.00"]]);
	});
	it("near miss: a count after the colon, a note, a catch-all or a deposit label is asked about", () => {
		expectNoDraft("Hi Sam,\n\nPlease invoice us:\n\n• Logo – $900\n• Stationery: 200 business cards – $400\n\nThanks");
		expectClarify("Hi Sam,\n\nPlease invoice us:\n\n• Logo – $900\n• Note: the price we agreed – $1,000\n\nThanks", "$1,000");
		expectClarify("Hi Sam,\n\nPlease invoice us:\n\n• Logo – $900\n• Extras: rush delivery – $100\n\nThanks", "$100");
		expectNoDraft("Hi Sam,\n\nPlease invoice us:\n\n• Logo – $900\n• Deposit: paid in October – $300\n\nThanks");
	});
	it("a row's whole label names its counted things, what they were for included", () => {
		expectDraft("Hi Sam,\n\nPlease bill:\n• Logo – $900\n• Product photos for the online shop: 20 photos @ $40 each\n\nThanks", "USD", [["Logo", 1, "900.00"], ["Product photos for the online shop", 20, "40.00"]]);
	});
});
