// Line items and their amounts written in prose or loose columns: a second item priced by a clause of agreement and a
// flat word, a currency code wrapped onto the next line, a counted row with an abbreviated unit. Each is read only where
// the email's own words fix the amount, the count and the currency; anything less is asked.
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("a second item whose price was agreed ahead and called flat", () => {
	it("reads the flat price after a clause of agreement, in the mail's one named currency", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the shoot: 2 days at $950.00 USD per day, plus the retouching, which we said would be 1.5k flat for the whole lot.\n\nThanks", "USD", [["Shoot (days)", 2, "950.00"], ["Retouching", 1, "1500.00"]]);
		expectDraft("Hi Sam,\n\nCould you invoice the event? 6 hours of coverage at £120/hour, and the highlights reel, which we agreed would be £450 flat.\n\nCheers", "GBP", [["Coverage (hours)", 6, "120.00"], ["Highlights reel", 1, "450.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice 3 headshots at A$150 each, plus the group photo, which we'd said would be a flat fee of A$300.\n\nThanks", "AUD", [["Headshots", 3, "150.00"], ["Group photo", 1, "300.00"]]);
	});
	it("reads the currency code a hard-wrapped line puts at the start of the next line", () => {
		expectDraft("Sam -\n\nCan you invoice us for the product shoot? 2 days @ $950.00\nUSD/day as agreed, plus the retouching, which we said would be 1.5k flat\nfor the whole lot.\n\nThanks\nDana", "USD", [["Product shoot (days)", 2, "950.00"], ["Retouching", 1, "1500.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the workshop: 3 days at $800\nCAD per day, plus the printed handouts, which we agreed at a flat $120.\n\nThanks", "CAD", [["Workshop (days)", 3, "800.00"], ["Printed handouts", 1, "120.00"]]);
	});
	it("asks when the scaled price's dollar is not named, or the flat word is missing", () => {
		// A plain "$" does not say which dollar the bare "1.5k" is in.
		expectClarify("Hi Sam,\n\nPlease invoice us for the shoot: 2 days at $950 per day, plus the retouching, which we said would be 1.5k flat.\n\nThanks", "1.5k");
		// Without a flat word "which we said would be $50" may be each photo's price.
		expectNoDraft("Hi Sam,\n\nPlease invoice us for the shoot: 2 days at $950 per day, plus the retouched photos, which we said would be $50.\n\nThanks");
		// A flat price per trip or per episode still needs its count.
		expectNoDraft("Hi Sam,\n\nPlease invoice 3 days at $900 USD per day, plus the travel, which we agreed would be $200 flat each way.\n\nThanks");
		expectNoDraft("Hi Sam,\n\nPlease invoice 3 days at $900 USD per day, plus the editing, which we said would be $1.5k flat per episode.\n\nThanks");
	});
});

describe("a counted row in a plain-text table with an abbreviated unit", () => {
	it("reads the row's own label, whatever the request calls the whole", () => {
		expectDraft("Guten Tag,\n\nwir bitten Sie, uns die Leistungen wie folgt in Rechnung zu stellen:\n\n  Eventfotografie      6 Std. × 140,00 €\n  Bildbearbeitung      350,00 €\n\nMit freundlichen Grüßen", "EUR", [["Eventfotografie (Stunden)", 6, "140.00"], ["Bildbearbeitung", 1, "350.00"]]);
		expectDraft("Hi Sam,\n\nplease invoice the job as follows:\n\n  Prints      40 pcs. x $12.00\n  Design      $300\n\nThanks", "USD", [["Prints (pcs.)", 40, "12.00"], ["Design", 1, "300.00"]]);
	});
	it("asks when the row's amount column is not the count times the price", () => {
		expectNoDraft("Guten Tag,\n\nbitte stellen Sie uns Folgendes in Rechnung:\n\n  Eventfotografie      6 Std. × 140,00 €      900,00 €\n  Bildbearbeitung      350,00 €\n\nDanke");
	});
});

describe("a thing added at the end of a priced sentence, priced in the next by its own noun", () => {
	it("reads the price of the sentence that points back at the added thing with its words", () => {
		expectDraft("Hi Sam,\n\nCould you invoice us? We agreed 24 edited product shots at NZ$35 each, plus half a day on location for the lifestyle shots. That half day was NZ$420.\n\nCheers", "NZD", [["Edited product shots", 24, "35.00"], ["Half a day on location for the lifestyle shots", 1, "420.00"]]);
		expectDraft("Hi Sam,\n\nplease invoice us: 10 portraits at £60 each, and a short behind-the-scenes video for the website. That short video came to £300.\n\nThanks", "GBP", [["Portraits", 10, "60.00"], ["Short behind-the-scenes video for the website", 1, "300.00"]]);
		expectDraft("Hi Sam,\n\nplease invoice us. The logo was $500, and the business cards. Those cards were $150.\n\nThanks", "USD", [["Logo", 1, "500.00"], ["Business cards", 1, "150.00"]]);
	});
	it("asks when the next sentence points back at nothing named, at another thing, or prices it per unit", () => {
		expectClarify("Hi Sam,\n\nplease invoice us. We agreed 24 edited product shots at NZ$35 each, plus half a day on location for the lifestyle shots. That was NZ$420.\n\nCheers", "NZ$420");
		expectClarify("Hi Sam,\n\nplease invoice us. We agreed 24 edited product shots at NZ$35 each, plus half a day on location for the lifestyle shots. That drone footage was NZ$420.\n\nCheers", "NZ$420");
		expectClarify("Hi Sam,\n\nplease invoice us. We agreed 24 edited product shots at NZ$35 each, plus half a day on location. That half day was NZ$60 per hour.\n\nCheers", "NZ$60");
		expectNoDraft("Hi Sam,\n\nplease invoice us. The logo was $500, and the business cards. That was $650 in total.\n\nThanks");
	});
});

describe("a labelled row whose price is followed by a remark saying which one it was", () => {
	it("reads the row at its price, and an 'invoice address' block names no rival thing", () => {
		expectDraft("Dear Sam,\n\ncould you please send us the invoice for:\n\nPhoto editing – 8 hours at 700 Kč/hour\nWeb banner – 2 000 Kč (the summer lager one)\n\nInvoice address:\nPivovar Novák s.r.o.\nHlavní 12\n\nKind regards,\nJana", "CZK", [["Photo editing (hours)", 8, "700.00"], ["Web banner", 1, "2000.00"]]);
		expectDraft("Hi Sam,\n\nplease send us the invoice:\n\nPoster: €180 (the blue version)\n\nBilling address:\nAcme GmbH\nHauptstr. 1\n\nThanks", "EUR", [["Poster", 1, "180.00"]]);
		expectDraft("Hallo Sam,\n\nbitte schick uns die Rechnung:\n\nEtikett – 300 € (das fürs Weihnachtsbier)\nFlyer – 120 €\n\nDanke!", "EUR", [["Etikett", 1, "300.00"], ["Flyer", 1, "120.00"]]);
	});
	it("asks when the remark makes the price a rate, a guess, a period's, one with tax or payment, or counts the things in words", () => {
		expectNoDraft("Hi Sam,\n\nplease send us the invoice:\n\nPoster: €180 (per hour)\n\nThanks");
		expectNoDraft("Hi Sam,\n\nplease send us the invoice:\n\nPoster: €180 (approx.)\n\nThanks");
		expectNoDraft("Hi Sam,\n\nplease send us the invoice:\n\nSocial media care: €180 (monthly)\n\nThanks");
		expectNoDraft("Hi Sam,\n\nplease send us the invoice:\n\nPoster: €180 (plus VAT)\n\nThanks");
		expectNoDraft("Hi Sam,\n\nplease send us the invoice:\n\nPoster: €180 (half paid already)\n\nThanks");
		expectNoDraft("Hi Sam,\n\nplease send us the invoice:\n\nPoster – €180 (two of them)\n\nThanks");
	});
});

describe("plain prices a sentence of their own puts in one currency, and a price recalled for 'that one'", () => {
	it("reads the prices of a paragraph that 'All AUD' closes, and the thing added before 'You said … for that one'", () => {
		expectDraft("G'day Sam,\n\nCan you flick me an invoice? As per your quote the logo was 800 and the business cards another 150, plus the sticker artwork we tacked on at the end. You said 120 for that one. All AUD obviously.\n\nCheers,\nMick", "AUD", [["Logo", 1, "800.00"], ["Business cards", 1, "150.00"], ["Sticker artwork", 1, "120.00"]]);
		expectDraft("Hi Sam,\n\nplease invoice us: the menu design was 450 and the window decals another 90. All amounts in NZD.\n\nThanks", "NZD", [["Menu design", 1, "450.00"], ["Window decals", 1, "90.00"]]);
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung. Das Logo war 600 und die Visitenkarten waren 150. Alles in CHF.\n\nDanke", "CHF", [["Logo", 1, "600.00"], ["Visitenkarten", 1, "150.00"]]);
		expectDraft("Hi Sam,\n\nplease invoice us. The flyer was $300, and the banner redesign we added later. You quoted $200 for that one.\n\nThanks", "USD", [["Flyer", 1, "300.00"], ["Banner redesign", 1, "200.00"]]);
	});
	it("asks when no sentence states the currency, the statement is in another paragraph, or the mail has another currency", () => {
		expectClarify("G'day Sam,\n\nCan you flick me an invoice? The logo was 800 and the business cards another 150.\n\nCheers", "no currency given");
		expectClarify("G'day Sam,\n\nCan you flick me an invoice? The logo was 800 and the business cards another 150.\n\nAll AUD obviously.\n\nCheers", "no currency given");
		expectNoDraft("G'day Sam,\n\nCan you flick me an invoice? The logo was 800 and the business cards €150. All AUD obviously.\n\nCheers");
		// "For it" may be the whole job: the banner's price is asked about.
		expectNoDraft("Hi Sam,\n\nplease invoice us. The flyer was $300, and the banner redesign we added later. You quoted $200 for it.\n\nThanks");
	});
});

describe("a rate written without its currency after a count and its unit", () => {
	it("asks rather than drafting the other lines without it", () => {
		expectClarify("Hi Sam,\n\nplease invoice us. We did 3 hours at 90 and the logo was $500.\n\nThanks", "also mentions 90");
		expectClarify("Hallo Sam,\n\nbitte stell uns die Rechnung: 2 Tage à 800, und das Logo war 500 €.\n\nDanke", "also mentions 800");
	});
	it("leaves a time of day or a count of places alone", () => {
		expectDraft("Hi Sam,\n\nplease invoice us for the workshop, $500 as agreed. We met 2 days at 10 am in 3 days at 2 locations.\n\nThanks", "USD", [["Workshop", 1, "500.00"]]);
	});
});
