// How blind-written requests state their money beside the lines — a restated total, a sum row, a down payment, a
// total in the mail's own peso — and each must become the right draft, or a named question, never a wrong draft.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft } from "../invoice-mail";
import { readNumber } from "../../../../src/connectors/gmail/invoice/money-text";

describe("a dollar written with dotted thousands", () => {
	it("reads three digits after one dot as thousands: a dollar has two decimals, never three", () => {
		expect(readNumber("1.800", "USD")).toBe("1800");
		expect(readNumber("2.200", "USD")).toBe("2200");
		expect(readNumber("12.50", "USD")).toBe("12.50");
		expect(readNumber("420.500", "OMR")).toBe("420.500");
	});

	it("drafts a Buenos Aires list in US$ with its total restated in words", () => {
		expectDraft("Hola, pasame la factura:\n\n* Afiche del festival: US$ 1.800\n* Piezas para redes: US$ 400\n\nO sea US$ 2.200 en total.\n\nGracias!", "USD", [["Afiche del festival", 1, "1800.00"], ["Piezas para redes", 1, "400.00"]]);
	});
});

describe("a total read as the email's own currency", () => {
	it("'Total: $535.000 pesos chilenos' is the lines' 535000 CLP, not 535 dollars", () => {
		expectDraft("Estimado Sam, le solicito la factura.\n\nDetalle:\n- Diseño del anuario: $450.000\n- Despacho de pruebas: $85.000\n\nTotal: $535.000 pesos chilenos.\n\nSaludos\nColegio Andino, Av. Los Leones 1450, Providencia, Santiago\n+56 2 2233 4455", "CLP", [["Diseño del anuario", 1, "450000"], ["Despacho de pruebas", 1, "85000"]]);
	});

	it("a total in pesos the lines do not make is still asked about", () => {
		expectClarify("Estimado Sam, le solicito la factura.\n\nDetalle:\n- Diseño del anuario: $450.000\n- Despacho de pruebas: $85.000\n\nTotal: $545.000 pesos chilenos.\n\nSaludos\nColegio Andino, Av. Los Leones 1450, Providencia, Santiago\n+56 2 2233 4455", "does not match the lines");
	});
});

describe("the lines' sum restated without a total word", () => {
	it("a sum row that starts with '='", () => {
		expectDraft("Hi Sam, please invoice us:\n\n3 menu boards x 2.500 kr = 7.500 kr\nplus installation 900 kr\n= 8.400 kr (DKK)\n\nCheers", "DKK", [["Menu boards", 3, "2500.00"], ["Installation", 1, "900.00"]]);
	});

	it("'Dus € 745,00' after a Dutch list, 'also $750' after an English one", () => {
		expectDraft("Kun je de factuur sturen? Zoals afgesproken:\nlogo-opfrisbeurt € 650,00\nvisitekaartjes (ontwerp) € 95,00\nDus € 745,00.\n\nGroetjes", "EUR", [["Logo-opfrisbeurt", 1, "650.00"], ["Visitekaartjes (ontwerp)", 1, "95.00"]]);
		expectDraft("Please send the invoice:\n- Logo design: $500\n- Business cards: $250\nSo $750 for everything.\n\nThanks", "USD", [["Logo design", 1, "500.00"], ["Business cards", 1, "250.00"]]);
	});

	it("an amount equal to the sum that was paid, or is a single line's price again, is no restated total", () => {
		expectClarify("Please send the invoice:\n- Logo design: $500\n- Business cards: $250\nWe already paid $750 last week.\n\nThanks", "$750");
		expectClarify("Please send the invoice:\n- Logo design: $500\n- Business cards: $250\nThe discount of $750 was agreed.\n\nThanks", "$750");
	});

	it("a sum that differs from the lines is asked about", () => {
		expectClarify("Please send the invoice:\n- Logo design: $500\n- Business cards: $250\nSo $800 for everything.\n\nThanks", "$800");
	});
});

describe("a down payment written as one word", () => {
	it("'downpayment', 'down-payment', 'part payment' already paid are shown apart, the balance explained", () => {
		for (const word of ["downpayment", "down-payment", "part payment"]) {
			const d = decide(`Good morning Sam, kindly send us the final invoice:\n3 promo videos x ₱15,000 = ₱45,000\nWe already paid ₱20,000 ${word} last October, so the balance is ₱25,000.\n\nThank you!`);
			expect(d.kind, word).toBe("draft");
			if (d.kind === "draft") expect(d.params["lines"]).toEqual([{ description: "Promo videos", quantity: 3, unit_price: "15000.00" }]);
		}
	});
});

describe("lists and tables of amounts tied to their names", () => {
	it("an HTML table with no quantity column drafts one line per row, its total row no line", () => {
		expectDraft("Could you please invoice us for:\n\nPoster design | NZ$900.00\n\nSocial media pack | NZ$450.00\n\nThanks", "NZD", [["Poster design", 1, "900.00"], ["Social media pack", 1, "450.00"]]);
		expectDraft("Kannst du uns das in Rechnung stellen?\n\nFotoshooting | 1.200,00 €\nBildbearbeitung | 340,00 €\nGesamt | 1.540,00 €\n\nDanke", "EUR", [["Fotoshooting", 1, "1200.00"], ["Bildbearbeitung", 1, "340.00"]]);
	});

	it("a table row whose name holds a count is asked about, never drafted as one flat price", () => {
		expectClarify("Could you please invoice us for:\n\nFlyers 200 | $80.00\n\nThanks", "$80.00");
	});

	it("items joined by '+' in one sentence, each with its name and price", () => {
		expectDraft("can send me the invoice?\nbanner design S$1,800 + printing & install S$500, so S$2,300 altogether.\nthanks", "SGD", [["Banner design", 1, "1800.00"], ["Printing & install", 1, "500.00"]]);
		expectDraft("Tu peux me faire la facture ?\n\n1 250,00 € pour le site + 80,00 € pour l'hébergement de la première année.\n\nBises", "EUR", [["Site", 1, "1250.00"], ["Hébergement de la première année", 1, "80.00"]]);
	});

	it("a '+' item whose amount has no name is asked about", () => {
		expectClarify("Please send the invoice: logo design $900 + $250.\n\nThanks", "$250");
	});

	it("a Japanese list marked with '・' and its total", () => {
		expectDraft("Please send invoice as below:\n・Package illustration: ¥180,000\n・Rush fee (short deadline): ¥25,000\nTotal ¥205,000\n\nBest regards", "JPY", [["Package illustration", 1, "180000"], ["Rush fee (short deadline)", 1, "25000"]]);
	});

	it("a counted row with its price each and the row's total after it", () => {
		expectDraft("Could you send over the invoice? As agreed:\n\n- Menu design: $650\n- Printed menus: 200 at $1.75 each ($350)\n\nThanks!", "USD", [["Menu design", 1, "650.00"], ["Printed menus", 200, "1.75"]]);
		expectDraft("Kindly send us an invoice for:\n\n* Annual report design - KES 95,000\n* Infographics - 4 x KES 7,500\n\nWarm regards", "KES", [["Annual report design", 1, "95000.00"], ["Infographics", 4, "7500.00"]]);
		expectDraft("Bitte die Rechnung:\n- Logo: 500 €\n- Plakate – 20 à 15 € = 300 €\n\nDanke", "EUR", [["Logo", 1, "500.00"], ["Plakate", 20, "15.00"]]);
	});

	it("a row total that is not the count times the price is asked about", () => {
		expectClarify("Could you send over the invoice?\n\n- Menu design: $650\n- Printed menus: 200 at $1.75 each ($400)\n\nThanks!", "$400");
	});
});

describe("a restated sum is bare: an amount with a name of its own is another item", () => {
	it("'add the $750 retainer from October' equal to the lines' sum by chance is asked about", () => {
		expectClarify("Please send the invoice:\n- Logo design: $500\n- Business cards: $250\nPlease also add the $750 retainer from October.\n\nThanks", "$750");
		expectClarify("Please send the invoice:\n- Logo design: $500\n- Business cards: $250\nWe still have the $750 from the spring campaign open too.\n\nThanks", "$750");
	});
});

describe("a \"$\" amount its own words call pesos", () => {
	it("is the peso of the mail's country, or its own name's peso", () => {
		expectDraft("Porfa mándame la factura del menú nuevo, $3,500 pesos.\n\nLupita\nCol. Roma Norte, CDMX", "MXN", [["Menú nuevo", 1, "3500.00"]]);
		expectDraft("Porfa mándame la factura del menú nuevo, $3,500 pesos mexicanos.", "MXN", [["Menú nuevo", 1, "3500.00"]]);
		expectDraft("Mandame la factura del logo, $240.000 pesos.\n\nJuli\nPalermo, Buenos Aires, Argentina", "ARS", [["Logo", 1, "240000.00"]]);
	});
	it("is never US dollars: with no country, which peso is asked", () => {
		expectClarify("sam porfa mándame la factura del menú nuevo $3,500 pesos y las calcomanías $1,800 pesos", 'the currency "$" could be MXN, ARS, CLP, COP, UYU or DOP');
		expectClarify("Please invoice the mural, $12,000 pesos.", 'the currency "$" could be');
	});
});

describe("a deposit or a second price written without its currency", () => {
	it("in a mail whose amounts all write one mark, is in that currency (carried-currency.ts): the deposit is recorded as paid", () => {
		for (const [text, currency] of [
			["Please invoice the mural, $3,800. We already paid the 1,500 deposit in October, so take that off.", "USD"],
			["Please invoice the mural, $3,800. We paid a deposit of 1,500 back in October.", "USD"],
			["Bitte die Rechnung für das Wandbild, 3.800 €. Die Anzahlung von 1.500 haben wir schon überwiesen.", "EUR"],
		] as const) {
			const d = decide(text);
			expect(d.kind, JSON.stringify(d)).toBe("draft");
			if (d.kind === "draft") expect(d.evidence?.join(" ")).toContain(`Deposit already paid: 1500 ${currency}`);
		}
	});
	it("stops the draft naming the amount when the mail writes two marks or the price is not shaped like its neighbour", () => {
		expectClarify("Please invoice the mural, $3,800, and the frame, €200. We already paid the 1,500 deposit in October, so take that off.", "1,500 deposit");
		expectClarify("Bitte die Rechnung für das Wandbild, 3.800 € und den Rahmen, 200 CHF. Die Anzahlung von 1.500 haben wir schon überwiesen.", "Anzahlung von 1.500");
		expectClarify("Please invoice the mural, $3,800 plus 400 for the paint.", "mentions 400");
		// A deposit the reader does not read as paid yet is still named.
		expectClarify("Please invoice the mural, $3,800. We sent you 1,500 as a deposit back in October.", "1,500");
		expectClarify("¿Me haces la factura del logo? Son 900 € y 200 por el envío.", "mentions 200");
	});
	it("leaves a share, a count of deposits and a count joined with its unit alone", () => {
		expectDraft("Please invoice the mural, $3,800. The usual 50% deposit is not needed this time.", "USD", [["Mural", 1, "3800.00"]]);
		expectDraft("Please invoice 3 posters at $20 each plus 2 hours for the install at $50/hour.", "USD", [
			["Posters", 3, "20.00"],
			["Install (hours)", 2, "50.00"],
		]);
	});
});
