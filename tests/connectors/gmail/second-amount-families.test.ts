// A second amount beside the lines that was really a line of its own (a thing "at" its price after "as agreed", a
// second item joined by "pis", a count set off by a comma, a thing that "also needs to go on it" priced by "that one
// was", a row that opens on its count after a row that ends on its amount), and the questions that stay when it is not:
// a thing asked for with no price, a second figure for the same work, a forwarder's figure against the forwarded one.
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a second amount that is a line of its own is read as one", () => {
	it("a thing 'at' its price after words that recall the agreement", () => {
		expectDraft("Hi Sam,\n\nLovely work. Could you invoice us? As discussed, the studio session at $900 and the 10 prints at $25 each.\n\nThanks", "USD", [["Studio session", 1, "900.00"], ["Prints", 10, "25.00"]]);
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung. Wie besprochen die Moderation um 600 € und dann noch die drei Workshops, à 200 € pro Stück.\n\nDanke", "EUR", [["Moderation", 1, "600.00"], ["Workshops", 3, "200.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us. As agreed it's the consultation at £300 and the 2 site visits at £120 each.\n\nBest", "GBP", [["Consultation", 1, "300.00"], ["Site visits", 2, "120.00"]]);
	});
	it("a second item joined by Québec 'pis'", () => {
		expectDraft("Bonjour Sam,\n\nTu peux m'envoyer la facture? Le site c'était 1 500 $ pis l'hébergement 200 $, en dollars canadiens.\n\nMerci", "CAD", [["Site", 1, "1500.00"], ["Hébergement", 1, "200.00"]]);
	});
	it("a thing that also goes on the invoice, priced in the next sentence by 'that one was'", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the menu design, it was $400. The Easter poster also needs to go on it. That one was $120.\n\nThanks", "USD", [["Menu design", 1, "400.00"], ["Easter poster", 1, "120.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung fürs Logo, das waren 600 €. Der Flyer muss auch noch mit auf die Rechnung. Der war 90 €.\n\nDanke", "EUR", [["Logo", 1, "600.00"], ["Flyer", 1, "90.00"]]);
	});
	it("near miss: praise for a thing says nothing of putting it on the invoice, so 'that one' is asked about", () => {
		expectClarify("Hi Sam,\n\nPlease invoice us for the menu design, it was $400. Great work on the Easter poster too. That one was $120.\n\nThanks", "also mentions $120");
	});
	it("a row that opens on its count after a row that ends on its amount is a row of its own", () => {
		expectDraft("Hi Sam,\n\nPlease invoice:\n\n3 posters for the spring fair, $250 each\n1 Facebook banner: $150\n\nThanks", "USD", [["Posters for the spring fair", 3, "250.00"], ["Facebook banner", 1, "150.00"]]);
	});
	it("a table row whose count column names what is counted and whose price is per unit", () => {
		expectDraft("Hi Sam,\n\nPlease invoice:\n\nRetouching      12 images      $15 each\nWebsite banner   1             $280.00\n\nThanks", "USD", [["Retouching", 12, "15.00"], ["Website banner", 1, "280.00"]]);
		expectDraft("Hallo Sam,\n\nbitte Rechnung:\n\nFlyer-Gestaltung      3 Varianten      40 € pro Stück\n\nDanke", "EUR", [["Flyer-Gestaltung", 3, "40.00"]]);
	});
	it("near miss: a counted row with a bare amount may be the row's total, so it is asked about", () => {
		expectClarify("Hi Sam,\n\nPlease invoice:\n\nRetouching      12 images      $180\nWebsite banner   1             $280.00\n\nThanks", "$180");
	});
	it("a second thing priced with a word for 'another' after the first one's amount (otros, nochmal, encore, another)", () => {
		expectDraft("¡Hola Sam!\n\n¿Me mandas la factura? El cartel fueron 4.000 pesos mexicanos y la versión digital del cartel otros 900 pesos mexicanos.\n\nGracias", "MXN", [["Cartel", 1, "4000.00"], ["Versión digital del cartel", 1, "900.00"]]);
		expectDraft("Hey Sam,\n\nschickst du mir die Rechnung? Das Plakat 350 € und die Fotos vom Konzert im Club nochmal 250 €.\n\nDanke", "EUR", [["Plakat", 1, "350.00"], ["Fotos vom Konzert im Club", 1, "250.00"]]);
		expectDraft("Salut Sam,\n\ntu peux m'envoyer la facture ? Le logo 800 € et la charte graphique encore 300 €.\n\nMerci", "EUR", [["Logo", 1, "800.00"], ["Charte graphique", 1, "300.00"]]);
		expectDraft("Hi Sam,\n\nCan you send the invoice? The logo was $700 and the business cards another $150.\n\nThanks", "USD", [["Logo", 1, "700.00"], ["Business cards", 1, "150.00"]]);
	});
	it("a second thing whose price is said to be flat, with or without 'which was'", () => {
		expectDraft("Hi Sam,\n\nCould you invoice us? It was 3 hours of filming at $150/hr, plus the short teaser which was a flat $300.\n\nThanks", "USD", [["Filming (hours)", 3, "150.00"], ["Short teaser", 1, "300.00"]]);
		expectDraft("Hola Sam,\n\n¿Me haces la factura? 4 horas de fotografía a 80 € la hora y la edición del vídeo, que fue un precio fijo de 200 €.\n\nGracias", "EUR", [["Fotografía (horas)", 4, "80.00"], ["Edición del vídeo", 1, "200.00"]]);
		expectDraft("Hallo Sam,\n\nbitte die Rechnung: 2 Tage Fotografie à 900 € und die Bildbearbeitung zum Festpreis von 300 €.\n\nDanke", "EUR", [["Fotografie (Tage)", 2, "900.00"], ["Bildbearbeitung", 1, "300.00"]]);
		// "au forfait" is a flat word whole: never a thing called "Au".
		expectDraft("Bonjour Sam,\n\nTu peux me faire la facture ? 3 jours de tournage à 600 € par jour, et le montage, au forfait 400 €.\n\nMerci", "EUR", [["Tournage (jours)", 3, "600.00"], ["Montage", 1, "400.00"]]);
	});
	it("near miss: a flat amount with no thing of its own is asked about", () => {
		expectClarify("Hi Sam,\n\nCould you invoice us? It was 3 hours of filming at $150/hr, and a flat $300 on top.\n\nThanks", "$300");
	});
	it("a list row's count times a price with a remark in brackets saying which ones", () => {
		expectDraft("Estimado Sam:\n\nLe ruego emita la factura:\n\n  - Retratos del equipo: 450,00 €\n  - Tarjetas de visita: 4 x 35,00 € (una por socia)\n\nAtentamente", "EUR", [["Retratos del equipo", 1, "450.00"], ["Tarjetas de visita", 4, "35.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice:\n\n- Team photo: $400\n- Headshots: 6 x $90 (one per partner)\n\nThanks", "USD", [["Team photo", 1, "400.00"], ["Headshots", 6, "90.00"]]);
	});
	it("near miss: a bracketed remark of tax after a count times a price is asked about", () => {
		expectNoDraft("Hi Sam,\n\nPlease invoice:\n\n- Team photo: $400\n- Headshots: 6 x $90 (plus tax)\n\nThanks");
	});
	it("counted things with their short name in brackets and a price for each", () => {
		expectDraft("Oi Sam,\n\nPode me mandar a fatura? Foram 10 posts a R$ 90,00 cada e mais 4 vídeos curtos (Reels) por R$ 140,00 cada um.\n\nObrigada", "BRL", [["Posts", 10, "90.00"], ["Vídeos curtos (Reels)", 4, "140.00"]]);
		expectDraft("Hi Sam,\n\nCould you invoice us for 8 posts at $60 each and 4 short videos (Reels) at $150 each?\n\nThanks", "USD", [["Posts", 8, "60.00"], ["Short videos (Reels)", 4, "150.00"]]);
		expectDraft("Hola Sam,\n\n¿Me haces la factura? 3 carruseles (Instagram) a 60 € cada uno.\n\nGracias", "EUR", [["Carruseles (Instagram)", 3, "60.00"]]);
	});
	it("near miss: with no word for each, the price after the bracketed name may be all of them, and is asked about", () => {
		expectNoDraft("Hi Sam,\n\nCould you invoice us for 8 posts at $60 each and 4 short videos (Reels) for $150?\n\nThanks");
	});
	it("near miss: 'another' amount with no thing of its own is no line, and is asked about", () => {
		expectClarify("Hi Sam,\n\nPlease invoice me for the logo, $700. Another $150 is for later.\n\nThanks", "$150");
	});
});

describe("a second thing priced 'another' with the first one's currency left off", () => {
	it("carries the one currency of the mail to it and reads both things", () => {
		expectDraft("Hi Sam,\n\nAll signed off! Could you send me the invoice? As agreed the brochure was £1,200 and the flyers another 180.\n\nBest\nDana", "GBP", [["Brochure", 1, "1200.00"], ["Flyers", 1, "180.00"]]);
		expectDraft("Hola Sam:\n\n¿Me mandas la factura? El logo fueron 900 € y las tarjetas de visita otros 250.\n\nGracias", "EUR", [["Logo", 1, "900.00"], ["Tarjetas de visita", 1, "250.00"]]);
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung. Das Albumcover 600 € und die Bandfotos nochmal 400, danke!\n\nGruß", "EUR", [["Albumcover", 1, "600.00"], ["Bandfotos", 1, "400.00"]]);
	});
	it("asks when the mail writes two currencies, or the amount stands in a sentence of its own", () => {
		expectClarify("Hi Sam,\n\nPlease send the invoice. The logo was £800 and the business cards another 150, the frame €40.\n\nThanks", "another 150");
		expectClarify("Hi Sam,\n\nPlease send the invoice. The logo was £800. The business cards another 150.\n\nThanks", "another 150");
	});
	it("near miss: a count after 'another' is no price to carry", () => {
		expectNoDraft("Hi Sam,\n\nPlease send the invoice. The logo was £800 and the posters another 2.\n\nThanks");
	});
});

describe("a second figure that is no line makes a question naming both", () => {
	it("a payment of another amount than the price", () => {
		expectClarify("Hey Sam,\n\nschick mir bitte die Rechnung fürs Logo, pauschal 900 €. Ich überweise dir die 800 € dann, sobald die Rechnung da ist.\n\nGruß", "800 €, which does not match the lines (900 €)");
		expectClarify("Hi Sam,\n\nPlease invoice us for the logo, $1,200. I'll transfer the $1,000 as soon as the invoice is here.\n\nThanks", "$1,000, which does not match the lines ($1,200)");
	});
	it("'sobald die Rechnung da ist' names no rival thing", () => {
		expectNoDraft("Hey Sam,\n\nschick mir bitte die Rechnung fürs Logo, pauschal 900 €. Ich überweise dir die 800 € dann, sobald die Rechnung da ist.\n\nGruß");
	});
	it("a forwarder's own figure against the forwarded email's", () => {
		const fwd = (note: string, quote: string) => `Hi Sam,\n\nCould you invoice us for the annual report? ${note}\n\nThanks\nMia\n\n---------- Forwarded message ---------\nFrom: Lee Park <lee@acme.example>\nDate: Fri, 20 Nov 2026 at 16:05\nSubject: Annual report - approved\nTo: Mia <dana@acme.example>\n\nMia, the report is approved. Please ask Sam for the invoice, ${quote}.\n\nLee\n`;
		expectClarify(fwd("The figure I have noted here is $2,500.", "as per the quote of $2,200"), "the forwarding note writes $2,500, the forwarded email $2,200");
		expectClarify(fwd("I think it was $1,900.", "the quote was $1,800 for the annual report"), "the forwarding note writes $1,900");
	});
});

describe("a thing joined by 'and the' right after a priced one, with no price of its own, is asked about", () => {
	it("in several languages", () => {
		expectClarify("Hi Sam,\n\nPlease invoice us for the website ($2,400 as quoted) and the hosting setup you did last week?\n\nThanks", "hosting setup");
		expectClarify("Hi Sam,\n\nPlease send the invoice for the brochure, £850, and the cover photos.\n\nCheers", "cover photos");
		expectClarify("Hallo Sam,\n\nbitte die Rechnung für das Logo (600 €) und die Visitenkarten, die du gemacht hast.\n\nDanke", "Visitenkarten");
	});
	it("near miss: a field of the invoice, or a thing priced later in the sentence, keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease send the invoice for the brochure, £850, and the usual PO number.\n\nCheers", "GBP", [["Brochure", 1, "850.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the shoot at £650 and the 24 edited images at £15 each.\n\nThanks", "GBP", [["Shoot", 1, "650.00"], ["Edited images", 24, "15.00"]]);
	});
});
