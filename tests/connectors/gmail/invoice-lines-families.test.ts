// Which words are a line's description and which its quantity, family by family (the blind batches' failures): each
// family in several languages and word orders, each phrasing the right draft or the named question, never a wrong one.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a duration or a size is never the count billed", () => {
	it("a film of 90 seconds at a price is one film, its length in its name (nl)", () => expectDraft("Beste Sam,\n\nU mag de factuur sturen voor de bedrijfsfilm van 90 seconden à € 2.750,00.\n\nGroet, Femke", "EUR", [["Bedrijfsfilm van 90 seconden", 1, "2750.00"]]));
	it("a video of 60 seconds for a price (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us for the product video of 60 seconds at $1,800.\n\nThanks, Dana", "USD", [["Product video of 60 seconds", 1, "1800.00"]]));
	it("ein Imagefilm von 3 Minuten (de)", () => expectDraft("Hallo Sam,\n\nbitte schicken Sie uns die Rechnung für den Imagefilm von 3 Minuten zu 4.100,00 €.\n\nGrüße", "EUR", [["Imagefilm von 3 Minuten", 1, "4100.00"]]));
	it("a length with nothing named is asked, never multiplied", () => expectNoDraft("Hi Sam,\n\nPlease invoice us: 90 seconds at $2,750.\n\nThanks"));
	it("a price per minute does count the minutes", () => expectDraft("Hi Sam,\n\nPlease invoice us for 45 minutes of voice-over at $4 per minute.\n\nThanks", "USD", [["Minutes of voice-over", 45, "4.00"]]));
	it("a 3 minute film at a price is one film, never 3 films", () => expectDraft("Hi Sam,\n\nPlease invoice us for a 3 minute film at €4,100.\n\nThanks", "EUR", [["3 minute film", 1, "4100.00"]]));
	// The length stays in the thing's name, as in English ("a 3 minute film"): one film, never 3 × 4.100 €.
	it("3 Minuten Imagefilm à 4.100 € is one film (de)", () => expectDraft("Hallo Sam,\n\nbitte 3 Minuten Imagefilm à 4.100 € in Rechnung stellen.\n\nGrüße", "EUR", [["3 Minuten Imagefilm", 1, "4100.00"]]));
	it("the 2 hour workshop at $300 is asked about: for each hour or for the workshop?", () => expectClarify("Hi Sam,\n\nPlease invoice us for the 2 hour workshop at $300.\n\nThanks", "a length in hours, days or nights"));
	it("a 3-night stay at $200 is asked about, never 1 × or 3 × guessed", () => expectClarify("Hi Sam,\n\nPlease invoice us for the 3-night stay at the cabin at $200.\n\nThanks", "a length in hours, days or nights"));
	it("3 day workshop at $900 per day does count the days", () => expectDraft("Hi Sam,\n\nPlease invoice 3 day workshop at $900 per day.\n\nThanks", "USD", [["Workshop (day)", 3, "900.00"]]));
	it("prints of a size are counted by the prints (de)", () => expectDraft("Hallo Sam,\n\nbitte stellen Sie uns in Rechnung:\n\n– Fotoshooting Ausstellungsraum: 1.200,00 €\n– 30 Abzüge 20×30 cm à 4,50 €\n\nGrüße", "EUR", [["Fotoshooting Ausstellungsraum", 1, "1200.00"], ["Abzüge 20×30 cm", 30, "4.50"]]));
	it("a size written with x is never a count (en)", () => expectDraft("Hi Sam,\n\nPlease invoice 12 canvas prints 50 x 70 cm at $38 each.\n\nThanks", "USD", [["Canvas prints 50 x 70 cm", 12, "38.00"]]));
});

describe("copies count the printed thing, they are not the thing", () => {
	it("Druck von 500 Exemplaren zu je 2,35 € (de)", () => expectDraft("Guten Tag,\n\nbitte stellen Sie uns in Rechnung:\n\n- Druck von 500 Exemplaren zu je 2,35 €\n\nGrüße", "EUR", [["Druck (Exemplaren)", 500, "2.35"]]));
	it("the printing of 500 copies (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us for the printing of 500 copies at $2.35 each.\n\nThanks", "USD", [["Printing (copies)", 500, "2.35"]]));
	it("500 copies of the brochure (en)", () => expectDraft("Hi Sam,\n\nPlease invoice 500 copies of the brochure at $2.35 each.\n\nThanks", "USD", [["Brochure (copies)", 500, "2.35"]]));
	it("200 Exemplare Flyer (de, the count noun first)", () => expectDraft("Hallo,\n\nbitte 200 Exemplare Flyer à 0,20 € in Rechnung stellen.\n\nDanke", "EUR", [["Flyer (Exemplare)", 200, "0.20"]]));
});

describe("the words before a counted noun, named earlier, belong to its description", () => {
	it("cheers for the business cards … 250 cards at £0.36 each", () => expectDraft("hi sam\n\ncheers for the business cards, they look great. can u send me an invoice, it was 250 cards at £0.36 each\n\ntom", "GBP", [["Business cards", 250, "0.36"]]));
	it("the product photos … 25 photos at DKK 180 per photo", () => expectDraft("Hi Sam,\n\nCould you invoice me for the product photos of the new glaze series? We said 25 photos at DKK 180,00 per photo.\n\nMette", "DKK", [["Product photos", 25, "180.00"]]));
	it("de ronde stickers … 300 stickers à € 0,40 (nl)", () => expectDraft("Hoi Sam,\n\nde ronde stickers zijn top geworden. Kun je de factuur sturen? 300 stickers à € 0,40 per stuk.\n\nGroet", "EUR", [["Ronde stickers", 300, "0.40"]]));
	it("a count word before the noun is not part of its name", () => expectDraft("Hi Sam,\n\nThanks for the two posters. Please invoice us: 2 posters at $60 each.\n\nDana", "USD", [["Posters", 2, "60.00"]]));
});

describe("a word naming the paperwork or the whole job is not the thing", () => {
	it("6 hours at $75/hour per your timesheet: the retouching", () => expectDraft("Hello Sam,\n\nPlease bill us for the retouching - it came to 6 hours at $75/hour per your timesheet.\n\nPriya", "USD", [["Retouching (hours)", 6, "75.00"]]));
	it("as per our quote (en)", () => expectDraft("Hi Sam,\n\nCould you invoice us for the copywriting? 10 hours at $60/hour as per your quote.\n\nDana", "USD", [["Copywriting (hours)", 10, "60.00"]]));
	it("4 Stunden à 90 € laut Angebot (de)", () => expectDraft("Hallo Sam,\n\nbitte stellen Sie uns die Beratung in Rechnung, 4 Stunden à 90 € laut Angebot.\n\nGrüße", "EUR", [["Beratung (Stunden)", 4, "90.00"]]));
	it("the paperwork after the thing is cut ('the logo per the attached timesheet')", () => expectDraft("Hi Sam,\n\nPlease invoice us for the logo per the attached timesheet, $450.\n\nDana", "USD", [["Logo", 1, "450.00"]]));
	it("the paperwork alone is asked about, never the line's name", () => expectClarify("Hi Sam,\n\nPlease invoice us per the attached timesheet, $450.\n\nDana", "450"));
	it("'the quote was $900' gives the price of the thing asked for", () => expectDraft("Hi Sam,\n\nplease bill us for the shoot. The quote was $900.\n\nDana", "USD", [["Shoot", 1, "900.00"]]));
	it("the full job was KSh 145,000 for the photo package, a deposit paid", () => expectDraft("Hi Sam,\n\nPlease send the final invoice. The full job was KSh 145,000 for the photo package and we paid a deposit of KSh 50,000 on 2 November.\n\nWanjiru", "KES", [["Photo package", 1, "145000.00"]]));
	it("das ganze Projekt waren 3.000 € für die Website (de)", () => expectDraft("Hallo Sam,\n\nschick mir bitte die Rechnung. Das ganze Projekt war 3.000 € für die neue Website.\n\nLG", "EUR", [["Neue Website", 1, "3000.00"]]));
	it("the full project alone still names the line", () => expectDraft("Hi,\n\nPlease invoice the full project, €6,000.\n\nAna", "EUR", [["Full project", 1, "6000.00"]]));
});

describe("where or how the days were spent is not what they were for", () => {
	it("3 days on site at USD 1,200 per day: the warehouse photo shoot", () => expectDraft("Hi Sam,\n\nPlease invoice Northfield Logistics Inc. for the warehouse photo shoot: 3 days on site at USD 1,200 per day.\n\nDaniel", "USD", [["Warehouse photo shoot (days)", 3, "1200.00"]]));
	it("2 Tage vor Ort à 950 € (de)", () => expectDraft("Hallo Sam,\n\nbitte stellen Sie uns die Schulung in Rechnung: 2 Tage vor Ort à 950 €.\n\nGrüße", "EUR", [["Schulung (Tage)", 2, "950.00"]]));
	it("3 jours sur place à 800 € par jour (fr)", () => expectDraft("Bonjour Sam,\n\npouvez-vous facturer la formation : 3 jours sur place à 800 € par jour ?\n\nMerci", "EUR", [["Formation (jours)", 3, "800.00"]]));
	it("with nothing named, the days on site are asked about", () => expectClarify("Hi Sam,\n\nPlease invoice us: 3 days on site at USD 1,200 per day.\n\nDaniel", "what the line at 1200 USD is for"));
});

describe("a count after a colon is of the thing named before it; 'that one was' points back", () => {
	it("the chocolate bar wrappers: 3 designs at GH₵ 1,500.00 each; that one was …", () => expectDraft("Hello Sam,\n\nPlease prepare the invoice for the chocolate bar wrappers: 3 designs at GH₵ 1,500.00 each. Also add the photoshoot of the whole range, that one was GH₵ 2,200.00.\n\nKwame", "GHS", [["Chocolate bar wrappers (designs)", 3, "1500.00"], ["Photoshoot of the whole range", 1, "2200.00"]]));
	it("die Rechnung für die Speisekarten: 40 Exemplare … (de, a unit stays a unit)", () => expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung für die Speisekarten: 40 Stück à 6 €.\n\nDanke", "EUR", [["Speisekarten (Stück)", 40, "6.00"]]));
	it("la factura de las etiquetas: 3 diseños a 200 € cada uno (es)", () => expectDraft("Hola Sam,\n\n¿me mandas la factura de las etiquetas del vino: 3 diseños a 200 € cada uno?\n\nGracias", "EUR", [["Etiquetas del vino (diseños)", 3, "200.00"]]));
	it("a colon heading several items names none of them", () => expectDraft("Sam, go ahead and invoice us for the final numbers: 9 headshots at $150 each and the website banner at $600.\n\nRachel", "USD", [["Headshots", 9, "150.00"], ["Website banner", 1, "600.00"]]));
	it("who was counted is still asked about", () => expectClarify("Hallo Sam,\n\nbitte schick mir die Rechnung für das Seminar: 12 Teilnehmer à 95 €.\n\nUwe", "Teilnehmer"));
});

describe("a thing ends where a joined amount begins, whatever the currency sign", () => {
	it("Tk 38,500 for the packaging design plus Tk 6,000 for the hang tags", () => expectDraft("Hi Sam,\n\nkindly send invoice, the amount we agreed was Tk 38,500 for the packaging design plus Tk 6,000 for the hang tags.\n\nFarhana", "BDT", [["Packaging design", 1, "38500.00"], ["Hang tags", 1, "6000.00"]]));
	it("KSh … for the logo and KSh … for the favicon", () => expectDraft("Hi Sam,\n\nPlease invoice KSh 40,000 for the logo and KSh 5,000 for the favicon.\n\nWanjiru", "KES", [["Logo", 1, "40000.00"], ["Favicon", 1, "5000.00"]]));
	it("R$ … para a identidade visual e R$ … para o cartão (pt)", () => expectDraft("Oi Sam,\n\npode emitir a fatura de R$ 1.200,00 para a identidade visual e R$ 300,00 para o cartão de visita?\n\nThiago", "BRL", [["Identidade visual", 1, "1200.00"], ["Cartão de visita", 1, "300.00"]]));
});

describe("the work done on the counted things is the line's name", () => {
	it("a edição de 40 fotografias a 12,50 € cada uma (pt)", () => expectDraft("Olá Sam,\n\nPode enviar-nos a fatura, por favor? Foi a edição de 40 fotografias a 12,50 € cada uma.\n\nInês", "EUR", [["Edição de fotografias", 40, "12.50"]]));
	it("the editing of 40 photos at $12.50 each (en)", () => expectDraft("Hi Sam,\n\nPlease invoice the editing of 40 photos at $12.50 each.\n\nDana", "USD", [["Editing of photos", 40, "12.50"]]));
	it("die Bearbeitung von 25 Bildern à 12 € (de)", () => expectDraft("Hallo Sam,\n\nbitte die Bearbeitung von 25 Bildern à 12 € in Rechnung stellen.\n\nDanke", "EUR", [["Bearbeitung von Bildern", 25, "12.00"]]));
	it("a total of 40 mugs is 40 mugs", () => expectDraft("Hi Sam,\n\nPlease invoice us for a total of 40 mugs at $8 each.\n\nDana", "USD", [["Mugs", 40, "8.00"]]));
});

describe("a bullet's count stays its quantity, whatever follows the things", () => {
	it("- 4 rótulos (criação) — R$ 1.200,00 cada (pt)", () => expectDraft("Oi Sam,\n\nPode emitir a fatura? Ficou assim:\n\n- 4 rótulos (criação) — R$ 1.200,00 cada\n- adaptação para lata — R$ 850,00\n\nValeu!", "BRL", [["Rótulos (criação)", 4, "1200.00"], ["Adaptação para lata", 1, "850.00"]]));
	it("- 3 Plakate (A1): 90 € pro Stück (de)", () => expectDraft("Hallo Sam,\n\nbitte stell mir folgendes in Rechnung:\n\n- 3 Plakate (A1): 90 € pro Stück\n\nLG", "EUR", [["Plakate (A1)", 3, "90.00"]]));
	it("a price cut short by a remark is never read as a flat fee", () => expectNoDraft("Oi Sam,\n\nPode emitir a fatura?\n\n- 4 rótulos x — R$ 1.200, cada um\n\nValeu!"));
});

describe("a price named as the agreed one, and a remark between the things and their price", () => {
	it("the invoice for the brochure design at the agreed R12 500,00", () => expectDraft("Good morning Sam,\n\nCould you please send us the invoice for the brochure design and print run at the agreed R12 500,00 so that I can load it before Friday.\n\nThandi", "ZAR", [["Brochure design and print run", 1, "12500.00"]]));
	it("for the logo at the agreed $650 (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us for the logo at the agreed $650.\n\nDana", "USD", [["Logo", 1, "650.00"]]));
	it("Wie vereinbart 2.350,00 € in the next sentence (de)", () => expectDraft("Guten Tag Sam,\n\nwir bitten Sie, uns die Gestaltung des Jahresberichts in Rechnung zu stellen. Wie vereinbart 2.350,00 €.\n\nMarkus", "EUR", [["Gestaltung des Jahresberichts", 1, "2350.00"]]));
	it("Comme convenu : 1 200 € (fr)", () => expectDraft("Bonjour Sam,\n\npouvez-vous m'envoyer la facture pour la refonte du logo ? Comme convenu : 1 200 €.\n\nClaire", "EUR", [["Refonte du logo", 1, "1200.00"]]));
	it("60 enamel mugs w/ the new logo, $7.80 a mug", () => expectDraft("hey sam\n\npls invoice us for the 60 enamel mugs w/ the new logo, $7.80 a mug like we said.\n\ndana", "USD", [["Enamel mugs", 60, "7.80"]]));
	it("200 Tragetaschen mit Logo, 3,20 € pro Stück (de)", () => expectDraft("Hallo Sam,\n\nbitte die 200 Tragetaschen mit Logo in Rechnung stellen, 3,20 € pro Stück.\n\nDanke", "EUR", [["Tragetaschen", 200, "3.20"]]));
	it("'as agreed' with no thing named is asked about", () => expectClarify("Hi Sam,\n\nPlease send us an invoice. As agreed, $850.\n\nDana", "850"));
});

describe("the thing thanked for is the thing when the request names none of its own (or only 'it')", () => {
	it("Thank you for the product photos. Please send us an invoice for ¥180,000.", () => expectDraft("Dear Sam,\n\nThank you very much for the beautiful product photos for our new website. Please send us an invoice for ¥180,000.\n\nHaruka", "JPY", [["Beautiful product photos", 1, "180000"]]));
	it("Thanks for turning the catalogue retouching around … invoice us for it? 6 hours at £85/h", () => expectDraft("Hi Sam,\n\nThanks for turning the catalogue retouching around so quickly, the team is really pleased.\n\nCould you invoice Pembroke & Wild Ltd for it? It came to 6 hours at £85/h in the end.\n\nOliver", "GBP", [["Catalogue retouching (hours)", 6, "85.00"]]));
	it("Vielen Dank für die neuen Visitenkarten! … eine Rechnung über 240 € (de)", () => expectDraft("Hallo Sam,\n\nvielen Dank für die neuen Visitenkarten! Schicken Sie uns bitte eine Rechnung über 240 €.\n\nGrüße", "EUR", [["Neuen Visitenkarten", 1, "240.00"]]));
	it("Merci pour la refonte du site … une facture de 1 800 € (fr)", () => expectDraft("Bonjour Sam,\n\nMerci pour la refonte du site. Pouvez-vous m'envoyer une facture de 1 800 € ?\n\nClaire", "EUR", [["Refonte du site", 1, "1800.00"]]));
	it("Gracias por las fotos del producto … la factura de 300 € (es)", () => expectDraft("Hola Sam,\n\nGracias por las fotos del producto. ¿Me mandas la factura de 300 €?\n\nLucía", "EUR", [["Fotos del producto", 1, "300.00"]]));
	it("Obrigada pelas fotos do cardápio … a fatura de R$ 900 (pt)", () => expectDraft("Oi Sam,\n\nObrigada pelas fotos do cardápio! Pode me mandar a fatura de R$ 900?\n\nAna", "BRL", [["Fotos do cardápio", 1, "900.00"]]));
	it("Bedankt voor de nieuwe huisstijl … een factuur van € 850 sturen (nl)", () => expectDraft("Hoi Sam,\n\nBedankt voor de nieuwe huisstijl! Kun je me een factuur van € 850 sturen?\n\nPieter", "EUR", [["Nieuwe huisstijl", 1, "850.00"]]));
	it("thanks for a reply is no thing: the amount is asked about", () => expectClarify("Hi Sam,\n\nThank you so much for the quick reply. Please send us an invoice for $500.\n\nDana", "not tied to a clear description"));
	it("praise for the work names no thing: asked", () => expectClarify("Hi Sam,\n\nThanks for the great work on the website! Please send an invoice for $2,000.\n\nDana", "2,000"));
	it("thanks for the fast delivery is no thing", () => expectClarify("Hi Sam,\n\nThanks for the fast delivery. Please send us an invoice for $450.\n\nDana", "450"));
	it("thanks for the help is no thing either (es)", () => expectClarify("Hola Sam,\n\nmuchas gracias por la ayuda. ¿Me mandas la factura de 300 €?\n\nLucía", "300"));
	it("thanked words cut on 'und' are no thing (de)", () => expectClarify("Sehr geehrtes Team,\n\nvielen Dank für die schnelle und unkomplizierte Umsetzung. Bitte schicken Sie uns eine Rechnung über 500 €.\n\nGrüße", "500 €"));
	it("the thing before a count comes before the one thanked for (de)", () => expectDraft("Sehr geehrtes Team,\n\nvielen Dank für die schnelle Umsetzung unserer Broschüre. Wir bitten Sie, uns in Rechnung zu stellen:\n\n- Druck von 500 Exemplaren zu je 2,35 €\n\nGrüße", "EUR", [["Druck (Exemplaren)", 500, "2.35"]]));
	it("a thing the request names itself comes before the one thanked for", () => expectDraft("Hi Sam,\n\nThanks for the logo! Can you send the invoice for the website? It's $2,400.\n\nDana", "USD", [["Website", 1, "2400.00"]]));
});

describe("the amount's name joined to its article ('L'importo … è di')", () => {
	it("L'importo complessivo concordato è di 3.200,00 euro; l'acconto … già versato (it)", () => expectDraft("Gentile Sam,\n\nLe chiedo di emettere la fattura a saldo per il catalogo primavera. L'importo complessivo concordato è di 3.200,00 euro; l'acconto di 1.000,00 € è già stato versato il 2 ottobre.\n\nGiulia", "EUR", [["Catalogo primavera", 1, "3200.00"]]));
	it("L'importo è di 900 € (it, short)", () => expectDraft("Ciao Sam,\n\nmi mandi la fattura per il logo? L'importo è di 900 €.\n\nMarco", "EUR", [["Logo", 1, "900.00"]]));
});

describe("a count written after the thing on its line", () => {
	it("- Rótulos x4 — R$ 1.200,00 cada (pt)", () => expectDraft("Oi Sam,\n\nPode emitir a fatura?\n\n- Rótulos x4 — R$ 1.200,00 cada\n- Arte — R$ 600,00\n\nValeu", "BRL", [["Rótulos", 4, "1200.00"], ["Arte", 1, "600.00"]]));
	it("- Labels ×4 @ $120 each (en)", () => expectDraft("Hi Sam,\n\nPlease invoice:\n\n- Labels ×4 @ $120 each\n- Poster - $60\n\nDana", "USD", [["Labels", 4, "120.00"], ["Poster", 1, "60.00"]]));
	it("- Flyer A5 (250): 0,40 € pro Stück (de)", () => expectDraft("Hallo Sam,\n\nbitte stell mir in Rechnung:\n\n- Flyer A5 (250): 0,40 € pro Stück\n\nLG", "EUR", [["Flyer A5", 250, "0.40"]]));
	it("a year in brackets is never a count", () => expectNoDraft("Hi Sam,\n\nPlease invoice:\n\n- Workshop (2026) at €500 each\n\nDana"));
});

describe("a plain-text table with no quantity column: one of each, the padding after the currency closed", () => {
	it("THB rows, the total row is the total (en)", () => expectDraft("Dear Sam,\n\nPlease issue the invoice for the following:\n\nHotel brochure design        THB 65,000.00\nRate card (TH/EN)            THB  9,500.00\nTotal                        THB 74,500.00\n\nBest regards,\nNattaya", "THB", [["Hotel brochure design", 1, "65000.00"], ["Rate card (TH/EN)", 1, "9500.00"]]));
	it("CHF rows padded after the currency (de)", () => expectDraft("Guten Tag\n\nBitte stellen Sie uns die Rechnung wie folgt aus:\n\nGestaltung Speisekarte     CHF 1'250.–\nGetränkekarte              CHF   480.–\nTotal                      CHF 1'730.–\n\nFreundliche Grüsse\nBeat", "CHF", [["Gestaltung Speisekarte", 1, "1250.00"], ["Getränkekarte", 1, "480.00"]]));
	it("euro after the amount (fr)", () => expectDraft("Bonjour Sam,\n\nMerci de me facturer :\n\nRetouche photos        450 €\nDéplacement             80 €\n\nCordialement,\nClaire", "EUR", [["Retouche photos", 1, "450.00"], ["Déplacement", 1, "80.00"]]));
	it("dot leaders between the name and the price (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us for:\n\nLogo design ........ $500\nBusiness cards ..... $120\n\nThanks, Dana", "USD", [["Logo design", 1, "500.00"], ["Business cards", 1, "120.00"]]));
	it("a tab between the name and the price (de)", () => expectDraft("Hallo Sam,\n\nbitte stelle mir in Rechnung:\n\nFotoshooting\t1.200 €\nBildbearbeitung\t340 €\n\nGrüße", "EUR", [["Fotoshooting", 1, "1200.00"], ["Bildbearbeitung", 1, "340.00"]]));
	it("rows that write the price first, then the thing (en)", () => expectDraft("Hi Sam,\n\nPlease invoice:\n\n- $500 – logo design\n- $120 – business cards\n\nThanks, Dana", "USD", [["Logo design", 1, "500.00"], ["Business cards", 1, "120.00"]]));
	it("rows that write the price first (de)", () => expectDraft("Hallo Sam,\n\nbitte in Rechnung stellen:\n\n1.200 € : Fotoshooting im Studio\n340 € : Bildbearbeitung\n\nGrüße", "EUR", [["Fotoshooting im Studio", 1, "1200.00"], ["Bildbearbeitung", 1, "340.00"]]));
	it("a price-first row naming the total is never an item", () => expectNoDraft("Hi Sam,\n\nPlease invoice:\n\n- $500 – logo design\n- $600 – total\n\nThanks"));
	it("a total row the rows do not make is asked about", () => expectClarify("Hi Sam,\n\nPlease invoice:\n\nLogo design        $500\nBusiness cards     $120\nTotal              $700\n\nThanks", "does not match the lines"));
	it("a count in a row's name is never read as one flat item", () => expectNoDraft("Hallo Sam,\n\nbitte in Rechnung stellen:\n\nFlyer 200        CHF 80.–\n\nGrüsse"));
});

describe("a code after a shared sign names the currency and how its digits read", () => {
	it("$ amounts labelled MXN (es)", () => expectDraft("Hola Sam!\n\n¿Me puedes mandar la factura? Sería:\n\n- Diseño de logo: $6,500.00 MXN\n- Diseño del menú: $2,800.00 MXN\n\nTotal $9,300.00 MXN.\n\nUn abrazo,\nLupita", "MXN", [["Diseño de logo", 1, "6500.00"], ["Diseño del menú", 1, "2800.00"]]));
	it("$ with dotted thousands labelled CLP is read as pesos, never 450 dollars", () => expectDraft("Hola Sam,\n\nMándame la factura:\n\n- Diseño del catálogo: $450.000 CLP\n\nGracias", "CLP", [["Diseño del catálogo", 1, "450000"]]));
});

describe("a count times a price, and a list row with neither bullet nor separator", () => {
	it("N things x price = line total, then a row with only its price (id)", () => expectDraft("Hi Sam,\n\nCan you please send invoice for the November social media content?\n\n12 Instagram posts x Rp 450.000 = Rp 5.400.000\nReels editing Rp 2.100.000\n\nSo total Rp 7.500.000.\n\nThanks a lot!\nDewi", "IDR", [["Instagram posts", 12, "450000.00"], ["Reels editing", 1, "2100000.00"]]));
	it("Anzahl × Preis (de)", () => expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung:\n\n3 Banner × 60 € = 180 €\nLogo 250 €\n\nDanke, Jonas", "EUR", [["Banner", 3, "60.00"], ["Logo", 1, "250.00"]]));
	it("a line total that is not the count times the price is asked about", () => expectClarify("Hi Sam,\n\nPlease invoice:\n\n12 posts x $45 = $600\n\nThanks", "which does not match the lines"));
	it("a row alone with no list around it is not read as a line", () => expectNoDraft("Hi Sam,\n\nPlease send the invoice.\n\nReels editing Rp 2.100.000 maybe\n\nThanks"));
});

describe("a price given by a verb after the thing: plural and past forms, 'stays at', 'we had agreed a price of'", () => {
	it("el vídeo eran 1.500 € y los 2 días extra a 250 € el día (es)", () => expectDraft("Hola Sam,\n\nMándame la factura cuando puedas: el vídeo promocional eran 1.500 € y luego súmale los 2 días extra de grabación a 250 € el día.\n\nGracias, Pau", "EUR", [["Vídeo promocional", 1, "1500.00"], ["Extra de grabación (días)", 2, "250.00"]]));
	it("die Flyer waren 300 € (de)", () => expectDraft("Hallo Sam,\n\nschick mir bitte die Rechnung: die Flyer waren 300 € und das Plakat 120 €.\n\nGrüße, Jonas", "EUR", [["Flyer", 1, "300.00"], ["Plakat", 1, "120.00"]]));
	it("el diseño de la etiqueta principal se queda en …, y para esta adaptación habíamos cerrado un precio de … (es)", () => expectDraft("Estimado Sam:\n\nLe escribo para solicitarle la factura. Tal como acordamos, el diseño de la etiqueta principal se queda en 1.850,00 €.\n\nAdemás, le ruego que incluya en la misma factura la adaptación de la contraetiqueta. Para esta adaptación habíamos cerrado un precio de 420 €.\n\nAtentamente,\nInmaculada", "EUR", [["Diseño de la etiqueta principal", 1, "1850.00"], ["Adaptación de la contraetiqueta", 1, "420.00"]]));
	it("the layout of the annual report came to … (en)", () => expectDraft("Hi Sam,\n\nPlease send the invoice. As discussed, the layout of the annual report came to $2,400.\n\nThanks, Mere", "USD", [["Layout of the annual report", 1, "2400.00"]]));
	it("a price agreed with no thing named before it is asked about", () => expectNoDraft("Hi Sam,\n\nPlease send the invoice. We had agreed a fee of $300.\n\nThanks"));
});

describe("the thing and its price, less a deposit already paid (the deposit is shown apart, never a line)", () => {
	it("invoice us for the can artwork: £1,250 as agreed, less the £400 deposit we paid (en; 'can' is a noun here)", () => expectDraft("Hi Sam,\n\nPlease go ahead and invoice us for the can artwork: £1,250 as agreed, less the £400 deposit we paid back in October.\n\nCheers,\nOwen", "GBP", [["Can artwork", 1, "1250.00"]]));
	it("CHF 2'400.– per il video del matrimonio, meno l'acconto già versato (it)", () => expectDraft("Ciao Sam,\n\nMandami pure la fattura: CHF 2'400.– per il video del matrimonio, meno l'acconto di CHF 800.– che ti ho già versato a settembre.\n\nUn abbraccio,\nMatteo", "CHF", [["Video del matrimonio", 1, "2400.00"]]));
	it("1.800 € por el vídeo de la boda, menos el anticipo que ya te pagué (es)", () => expectDraft("Hola Sam,\n\nMándame la factura: 1.800 € por el vídeo de la boda, menos el anticipo de 500 € que ya te pagué.\n\nUn abrazo,\nLucía", "EUR", [["Vídeo de la boda", 1, "1800.00"]]));
	it("2.400 € für das Hochzeitsvideo, abzüglich der bereits überwiesenen Anzahlung (de)", () => expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung: 2.400 € für das Hochzeitsvideo, abzüglich der Anzahlung von 800 €, die ich bereits überwiesen habe.\n\nGrüße,\nJonas", "EUR", [["Hochzeitsvideo", 1, "2400.00"]]));
	it("1 500 € pour la vidéo du mariage, moins l'acompte déjà versé (fr)", () => expectDraft("Bonjour Sam,\n\nTu peux m'envoyer la facture : 1 500 € pour la vidéo du mariage, moins l'acompte de 500 € déjà versé.\n\nBises,\nClaire", "EUR", [["Vidéo du mariage", 1, "1500.00"]]));
	it("Italian 'per il' is 'for the': 800 € per l'allestimento e 300 € per la grafica (it)", () => expectDraft("Ciao Sam,\n\nfammi la fattura: 800 € per l'allestimento e 300 € per la grafica.\n\nGrazie, Marco", "EUR", [["Allestimento", 1, "800.00"], ["Grafica", 1, "300.00"]]));
	it("a deposit not said to be paid is asked about, never drafted as if it were", () => expectNoDraft("Hi Sam,\n\nPlease invoice us for the can artwork: £1,250, less the £400 deposit.\n\nCheers"));
});

describe("the sender confirming the hours is not part of the thing; a label naming the unit names the thing after it", () => {
	it("Confirmo las horas de edición: 22 horas a S/ 120.00 la hora, más S/ 350.00 por la licencia (es)", () => expectDraft("Estimado Sam:\n\nConfirmo las horas de edición del video institucional: 22 horas a S/ 120.00 la hora, más S/ 350.00 por la licencia de música. Le agradeceré emitir la factura a nombre de Asociación Kallpa.\n\nAtentamente,\nRosa", "PEN", [["Edición del video institucional (horas)", 22, "120.00"], ["Licencia de música", 1, "350.00"]]));
	it("I confirm the hours of editing: 12 hours at $80 an hour (en)", () => expectDraft("Hi Sam,\n\nI confirm the hours of editing for the promo: 12 hours at $80 an hour. Please send the invoice.\n\nThanks, Dana", "USD", [["Editing for the promo (hours)", 12, "80.00"]]));
	it("Ich bestätige die Stunden für die Beratung: 6 Stunden à 120 € (de)", () => expectDraft("Hallo Sam,\n\nich bestätige die Stunden für die Beratung: 6 Stunden à 120 €. Bitte schick mir die Rechnung.\n\nGrüße, Jonas", "EUR", [["Beratung (Stunden)", 6, "120.00"]]));
	it("'a nombre de' names who pays, never a rival thing (es)", () => expectDraft("Hola Sam,\n\nel logo fueron 900 €. Emite la factura a nombre de Panadería Sol, por favor.\n\nGracias", "EUR", [["Logo", 1, "900.00"]]));
});

describe("which words name the thing: a row's whole label, the thing after a list's colon, the work before the counted things", () => {
	it("a labelled row whose label says who it is for keeps its whole label (en)", () => expectDraft("Hi Jamie\n\nPlease ask Sam to send us the invoice:\n\nLabel design (front + back): R 18 500,00\nPrint-ready files for the printer: R 2 200,00\n\nCheers\nPieter", "ZAR", [["Label design (front + back)", 1, "18500.00"], ["Print-ready files for the printer", 1, "2200.00"]]));
	it("Gestaltung für die Messe: 900 € as a row (de)", () => expectDraft("Hallo Sam,\n\nbitte stelle mir in Rechnung:\n\nPlakatentwurf für die Messe: 900 €\nFlyer für den Stand: 250 €\n\nGrüße", "EUR", [["Plakatentwurf für die Messe", 1, "900.00"], ["Flyer für den Stand", 1, "250.00"]]));
	it("the invoice for the exhibition: a price for the design, plus banners — the price's own thing (en)", () => expectDraft("Dear Jamie,\n\nplease tell Sam to send the invoice for the exhibition: 24 000 Kč for the design of the exhibition graphics, plus 3 large banners at 1 500 Kč each.\n\nThank you!\nTomáš", "CZK", [["Design of the exhibition graphics", 1, "24000.00"], ["Large banners", 3, "1500.00"]]));
	it("la factura del festival: 1.200 € por el diseño del cartel (es)", () => expectDraft("Hola Sam,\n\nmándame la factura del festival: 1.200 € por el diseño del cartel y 300 € por las redes.\n\nGracias", "EUR", [["Diseño del cartel", 1, "1200.00"], ["Redes", 1, "300.00"]]));
	it("a clause before a colon introduces the thing after it (es)", () => expectDraft("Hola Sam,\n\nmándame la factura por lo que cotizaste abajo, sin cambios: diseño del catálogo 450.000 CLP.\n\nGracias", "CLP", [["Diseño del catálogo", 1, "450000"]]));
	it("- Printing, 200 menus at $2.50 each: the label names the work (en)", () => expectDraft("Hi Sam,\n\nPlease send me an invoice for:\n\n- Menu redesign: $850\n- Printing, 200 menus at $2.50 each\n\nThanks, Dana", "USD", [["Menu redesign", 1, "850.00"], ["Printing (menus)", 200, "2.50"]]));
	it("- Druck, 500 Flyer à 0,40 € (de)", () => expectDraft("Hallo Sam,\n\nbitte stelle mir in Rechnung:\n\n- Gestaltung: 300 €\n- Druck, 500 Flyer à 0,40 € pro Stück\n\nGrüße", "EUR", [["Gestaltung", 1, "300.00"], ["Druck (Flyer)", 500, "0.40"]]));
	it("… y las fotos de las botellas, 24 botellas a 5.000 CLP cada una (es)", () => expectDraft("Hola Sam,\n\nmándame la factura: diseño del catálogo 450.000 CLP y las fotos de las botellas, 24 botellas a 5.000 CLP cada una.\n\nGracias", "CLP", [["Diseño del catálogo", 1, "450000"], ["Fotos de las botellas", 24, "5000"]]));
	it("in a sentence, a thing before the count that shares nothing with it is not its name", () => expectDraft("Hi Sam,\n\nPlease invoice the logo at $500 and the menus, 200 prints at $2.50 each.\n\nThanks", "USD", [["Logo", 1, "500.00"], ["Prints", 200, "2.50"]]));
});

describe("a row naming what is owed is never an item", () => {
	it("Total payable in a table is asked about, never a second line (en)", () => expectClarify("Hi Sam,\n\nPlease invoice:\n\nDesign                Rp 2.000.000\nPayable now           Rp 2.000.000\n\nThanks", "which does not match the lines"));
	it("Balance due as a list row (en)", () => expectNoDraft("Hi Sam,\n\nPlease invoice:\nDesign Rp 2.000.000\nBalance due Rp 2.000.000\n\nThanks"));
	it("Betrag offen as a labelled row (de)", () => expectNoDraft("Hallo Sam,\n\nbitte in Rechnung stellen:\n\nGestaltung: 900 €\nBetrag offen: 900 €\n\nGrüße"));
	it("a tax row padded far from its amount is the tax, never an item (de)", () => expectNoDraft("Hallo Sam,\n\nbitte in Rechnung stellen:\n\nGestaltung Speisekarte                   CHF 1'000.–\nMwSt                                     CHF 81.–\nTotal                                    CHF 1'081.–\n\nGrüße"));
	it("Montant à payer as a bullet (fr)", () => expectNoDraft("Bonjour,\n\nMerci de facturer :\n- Maquette : 900 €\n- Montant à payer : 900 €\n\nCordialement"));
});

describe("a label of its own keeps its whole name: an \"and\" inside it joins two words, not two items", () => {
	it("Editing and retouching - €300 (en, a dash)", () => expectDraft("Hi Sam,\n\nPlease send us the invoice:\n\nPortrait session - €450\nEditing and retouching - €300\n\nThanks, Dana", "EUR", [["Portrait session", 1, "450.00"], ["Editing and retouching", 1, "300.00"]]));
	it("Brochure layout and design: $2,400 (en, a colon)", () => expectDraft("Hi Sam,\n\nPlease invoice us as follows:\n\nBrochure layout and design: $2,400.00\nPrinting: $600.00\n\nThanks", "USD", [["Brochure layout and design", 1, "2400.00"], ["Printing", 1, "600.00"]]));
	it("Konzept und Gestaltung: 1.800 € (de)", () => expectDraft("Hallo Sam,\n\nbitte stellen Sie uns in Rechnung:\n\nKonzept und Gestaltung: 1.800,00 €\nReinzeichnung: 400,00 €\n\nGrüße", "EUR", [["Konzept und Gestaltung", 1, "1800.00"], ["Reinzeichnung", 1, "400.00"]]));
	it("Diseño y maquetación – 950 € (es)", () => expectDraft("Hola Sam,\n\n¿Me mandas la factura?\n\nDiseño y maquetación – 950 €\nImpresión – 200 €\n\nGracias", "EUR", [["Diseño y maquetación", 1, "950.00"], ["Impresión", 1, "200.00"]]));
	it("a second item after a first one's amount is still its own line", () => expectDraft("Hi Sam,\n\nPlease invoice us for Phase 1 (research): $2,000 and Phase 2 (design): $3,000.\n\nThanks", "USD", [["Phase 1 (research)", 1, "2000.00"], ["Phase 2 (design)", 1, "3000.00"]]));
	it("an item going on from the line before with \"and\" is its own line", () => expectDraft("Hi Sam,\n\nPlease invoice us for the logo (€300)\nand the business cards (€120).\n\nThanks", "EUR", [["Logo", 1, "300.00"], ["Business cards", 1, "120.00"]]));
});

describe("a digit inside a word of a flat line's name is part of the name, never a count", () => {
	it("Druck A1 auf Forex, pauschal CHF 180.– (de)", () => expectDraft("Guten Tag Sam\n\nBitte stellen Sie uns in Rechnung:\n\n2 x Visualisierung à CHF 900.–\nDruck A1 auf Forex, pauschal CHF 180.–\n\nGruss", "CHF", [["Visualisierung", 2, "900.00"], ["Druck A1 auf Forex", 1, "180.00"]]));
	it("Poster A2: flat fee $90 (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us:\n\nLogo: $400\nPoster A2: flat fee $90\n\nThanks", "USD", [["Logo", 1, "400.00"], ["Poster A2", 1, "90.00"]]));
	it("a count before a flat price is never read as one item", () => expectNoDraft("Hi Sam,\n\nPlease invoice us:\n\nLogo: $400\nPosters 3, flat fee $90\n\nThanks"));
});

describe("an hourly row's label before its count needs no separator", () => {
	it("Bildbearbeitung 8 Std. à CHF 95.- beside a flat row (de)", () => expectDraft("Hoi Sam\n\nKannst du mir die Rechnung schicken?\n\nFotoshooting: CHF 1'200.-\nBildbearbeitung 6 Std. à CHF 90.-\n\nGruss", "CHF", [["Fotoshooting", 1, "1200.00"], ["Bildbearbeitung (Stunden)", 6, "90.00"]]));
	it("Photo editing 5 hrs at $80 beside a flat row (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us:\n\nProduct shoot: $1,500\nPhoto editing 5 hrs at $80/hr\n\nThanks", "USD", [["Product shoot", 1, "1500.00"], ["Photo editing (hours)", 5, "80.00"]]));
	it("- Montaje 4 horas a 45 € (es, a bullet)", () => expectDraft("Hola Sam,\n\n¿Me mandas la factura?\n\n- Guion: 300 €\n- Montaje 4 horas a 45 €\n\nGracias", "EUR", [["Guion", 1, "300.00"], ["Montaje (horas)", 4, "45.00"]]));
	it("a word going on from the row before names no thing: the hours stay asked about", () => expectClarify("Hi Sam,\n\nPlease invoice us:\n\nProduct shoot: $1,500\nPlus 5 hrs at $80/hr\n\nThanks", "names only its unit"));
	it("\"Another 8 hours\" names no thing: asked", () => expectClarify("Hi Sam,\n\nPlease invoice us:\n\nLogo: $400\nAnother 8 hours at $95/hr\n\nThanks", "names only its unit"));
	it("a clause before the count (\"Sam worked 8 hours\") is no label: asked", () => expectClarify("Hi Sam,\n\nPlease invoice us:\n\nLogo: $400\nSam worked 8 hours at $95/hr\n\nThanks", "names only its unit"));
	it("a request or its subject before the count is no label: asked (fr, de, en)", () => {
		expectClarify("Bonjour Sam,\n\nLogo : 400 $ CA\nPouvez-vous nous facturer 12 heures à 75 $ CA de l'heure?\n\nMerci", "names only its unit");
		expectClarify("Hallo Sam,\n\nLogo: 400 €\nKönnten Sie 8 Stunden à 95 € abrechnen?\n\nDanke", "names only its unit");
		expectClarify("Hi Sam,\n\nLogo: $400\nPlease bill 8 hours at $95/hr\n\nThanks", "names only its unit");
	});
	it("\"Das waren 8 Std.\" is no label: asked (de)", () => expectClarify("Hallo Sam,\n\nbitte schick mir die Rechnung:\n\nLogo: 400 €\nDas waren 8 Std. à 95 €\n\nDanke", "names only its unit"));
});

describe("a row opening with a count of one and no \"at\" is one thing at its price", () => {
	it("1 Innenraumvisualisierung (Penthouse) 380,00 € (de)", () => expectDraft("Guten Tag Sam,\n\nbitte stellen Sie uns in Rechnung:\n\n2 Außenansichten à 500,00 €\n1 Grundriss (Erdgeschoss) 250,00 €\n\nGrüße", "EUR", [["Außenansichten", 2, "500.00"], ["Grundriss (Erdgeschoss)", 1, "250.00"]]));
	it("1 group photo $150 (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us:\n\n10 portraits at $40 each\n1 group photo $150\n\nThanks", "USD", [["Portraits", 10, "40.00"], ["Group photo", 1, "150.00"]]));
	it("1 vídeo institucional (2 min) R$ 3.500,00 (pt)", () => expectDraft("Olá Sam,\n\nPode enviar a fatura, por favor?\n\n1 vídeo institucional (2 min) R$ 3.500,00\n\nObrigada", "BRL", [["Vídeo institucional (2 min)", 1, "3500.00"]]));
	it("a count above one with no \"at\" or \"each\" is asked about: each or all?", () => expectNoDraft("Hi Sam,\n\nPlease invoice us:\n\n10 portraits at $40 each\n3 group photos $150\n\nThanks"));
});

describe("a table's rate column may carry its unit", () => {
	it("Retouching | 12 | S$95.00/hr (en)", () => expectDraft("Hi Sam,\n\nPlease invoice us as below:\n\nItem | Hours | Rate\nColour grading | 10 | S$120.00/hr\n\nThanks", "SGD", [["Colour grading", 10, "120.00"]]));
	it("| Beratung | 6 | 120,00 € pro Stunde | (de)", () => expectDraft("Hallo Sam,\n\nbitte stellen Sie uns in Rechnung:\n\n| Leistung | Stunden | Satz |\n| Beratung | 6 | 120,00 € pro Stunde |\n\nGrüße", "EUR", [["Beratung", 6, "120.00"]]));
	it("Traducción | 2000 | 0,08 € por palabra (es)", () => expectDraft("Hola Sam,\n\n¿Me mandas la factura?\n\nConcepto | Palabras | Tarifa\nTraducción | 2000 | 0,08 € por palabra\n\nGracias", "EUR", [["Traducción", 2000, "0.08"]]));
});

describe("a second item priced first, its thing after \"de/del/do/du\"", () => {
	it("$18,500 MXN por el video y $2,000 MXN del dron (es)", () => expectDraft("Hola Sam!\n\n¿Me mandas la factura? Fueron $9,000 MXN por la sesión de fotos y $1,500 MXN del dron.\n\nSaludos", "MXN", [["Sesión de fotos", 1, "9000.00"], ["Dron", 1, "1500.00"]]));
	it("R$ 1.200,00 para a identidade visual e R$ 300,00 do cartão de visita (pt)", () => expectDraft("Olá Sam,\n\nPode enviar a fatura? São R$ 1.200,00 para a identidade visual e R$ 300,00 do cartão de visita.\n\nObrigada", "BRL", [["Identidade visual", 1, "1200.00"], ["Cartão de visita", 1, "300.00"]]));
	it("1 250 € pour le site et 80 € d'hébergement (fr)", () => expectDraft("Bonjour Sam,\n\nTu peux m'envoyer la facture ? C'est 1 250 € pour le site et 80 € d'hébergement.\n\nMerci", "EUR", [["Site", 1, "1250.00"], ["Hébergement", 1, "80.00"]]));
	it("a discount after \"de\" is never a line", () => expectNoDraft("Hola Sam,\n\n¿Me mandas la factura? Son 1.200 € por el logo y 100 € de descuento.\n\nGracias"));
	it("a tax after \"de\" is never a line", () => expectNoDraft("Hola Sam,\n\n¿Me mandas la factura? Son 1.000 € por el logo y 210 € de IVA.\n\nGracias"));
	it("a deposit after \"de\" is never a line", () => expectNoDraft("Hola Sam,\n\n¿Me mandas la factura? Son 1.000 € por el logo y 300 € de anticipo.\n\nGracias"));
});

describe("a list with no currency known whose rows do not add up to its total: both are asked", () => {
	// "MT" is also metric tons: with no place in Mozambique both the currency and the sum are asked.
	it("MT amounts (pt)", () => expectClarify("Olá Sam,\n\nPode enviar a fatura, por favor?\n\n- Logótipo: 12.000,00 MT\n- Cartões: 4.000,00 MT\nTotal: 18.000,00 MT\n\nObrigada", "does not match the lines"));
	it("plain numbers (en)", () => expectClarify("Hi Sam,\n\nPlease send the invoice:\n\nLogo: 500\nBusiness cards: 150\nTotal: 700\n\nThanks", "does not match the lines (650.00)"));
	it("Summe (de)", () => expectClarify("Hallo Sam,\n\nbitte schick mir die Rechnung:\n\nLogo – 500\nFlyer – 150\nSumme – 700\n\nGrüße", "does not match"));
	it("rows that add up ask only for the currency", () => expectClarify("Hi Sam,\n\nPlease send the invoice:\n\nLogo: 500\nBusiness cards: 150\nTotal: 650\n\nThanks", "no currency given"));
	it("a tax row between is no plain sum: only the currency is asked", () => {
		const d = decide("Hi Sam,\n\nPlease send the invoice:\n\nLogo: 500\nBusiness cards: 150\nVAT: 130\nTotal: 780\n\nThanks");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).not.toContain("does not match");
	});
});
