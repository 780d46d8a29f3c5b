// The money safety net: every row's examples are its tests, and an amount hidden beside a line in any of the ways
// people write money either becomes a line of its own or stops the draft with the amount named — never a draft without it.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { MONEY_NET, findLooseMoney } from "../../../src/connectors/gmail/invoice/money-net";
import { findMoney } from "../../../src/connectors/gmail/invoice/money-text";
import { extractInvoice } from "../../../src/connectors/gmail/invoice/extract";

describe("money written loosely (the net's table)", () => {
	for (const row of MONEY_NET) {
		for (const ex of row.examples) {
			it(`${row.id}: ${ex.text}`, () => {
				expect(findLooseMoney(ex.text, findMoney(ex.text)).map((m) => m.raw)).toEqual(ex.finds);
			});
		}
	}
});

function decide(text: string) {
	const raw = `From: Dana Whitfield <dana@acme.example>\r\nTo: owner@lumenpine.example\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text.replace(/\n/g, "\r\n")}`;
	const message = toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] });
	return decideInvoice(message, { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });
}

/** [email, the hidden amount as written, its value]: the draft must carry a line at that value, or ask naming it. */
const HIDDEN: [string, string, string][] = [
	["Tu peux m'envoyer la facture pour les affiches? 25 affiches à 18 $ CA chaque, plus 60 $ pour la livraison.", "60 $", "60.00"],
	["Please invoice us for 12 mugs at $9 each. Oh and the courier was 45 usd.", "45 usd", "45"],
	["Bitte stell mir die Rechnung für 4 Stunden à 80 € aus. Dazu kommen 60,- für die Anfahrt.", "60,-", "60"],
	["Kannst du mir die 3 Banner à 120 € in Rechnung stellen? Und 35 EURO Versand.", "35 EURO", "35"],
	["Please invoice 10 hours of tutoring at 150 PLN per hour. Plus 120 zl for the trips.", "120 zl", "120"],
	["Could you bill us 5 hours at NZ$90 per hour, and $45 for parking?", "$45", "45.00"],
	["Please invoice 20 prints at R 150 each; framing R 1 150.00 on top.", "R 1 150.00", "1150.00"],
	["Invoice us for 40 bags @ Tk 35 each, Tk 400 for the printing plates too.", "Tk 400", "400"],
	["Please invoice the translation, 6 hours at 900 Kč per hour, and Kc 500 for the courier.", "Kc 500", "500"],
	["Can you invoice the 2 days of shooting at GH₵ 1,500 per day? Lunch for the crew came to GH₵ 300.", "GH₵ 300", "300"],
	["Please invoice us for 3 nights at 1,800 baht each. Airport pickup 600 baht.", "600 baht", "600"],
	["Fattura per favore per 10 foto a 35 euro l'una; il ritocco 80 euro.", "80 euro", "80"],
	["Please invoice the shoot: 4 hours at £75/hour. Travel £40.", "£40", "40.00"],
	["Mag ik de factuur voor 3 dagen à € 450 per dag? Reiskosten € 95.", "€ 95", "95"],
	["Please invoice the 5 portraits at $120 each.\nPS: the rush fee (+ $25) still applies.", "$25", "25"],
	["Bitte die Rechnung für:\n- 3 Banner à 80 €\n- Versand: 12,-\nDanke!", "12,-", "12"],
	["Could you invoice us for 2 workshops at CA$600 each? We also owe you 85 $ for the room.", "85 $", "85"],
	["¿Me haces la factura de las 10 fotos a 30 € cada una? El retoque son 45 EUROS aparte.", "45 EUROS", "45"],
	["Invoice us for 100 flyers @ £0.40 each please, and the 15 GBP delivery.", "15 GBP", "15"],
	["Pouvez-vous facturer 3 heures à 90 € de l'heure ? Le déplacement était de 40 euros.", "40 euros", "40"],
];

describe("an amount hidden beside the lines is never left off a draft", () => {
	for (const [text, written, value] of HIDDEN) {
		it(`${written} in: ${text}`, () => {
			// Read: the amount is a line's price, or a problem names it as written.
			const x = extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
			expect(x.lines.some((l) => Number(l.unitPrice) === Number(value)) || x.problems.join(" ").includes(written), JSON.stringify(x.problems)).toBe(true);
			// Decided: a draft carries it as a line; anything else is a clarification or no invoice at all.
			const d = decide(text);
			if (d.kind === "draft") {
				const lines = d.params["lines"] as { unit_price: string }[];
				expect(lines.map((l) => Number(l.unit_price)), JSON.stringify(d.params)).toContain(Number(value));
			}
		});
	}
});

describe("a bare $ beside a named dollar", () => {
	const read = (text: string) => extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
	it("is that dollar in the sentence that names it", () => {
		const x = read("Please invoice us for the brochure reprint - 1,000 brochures at NZ$0.62 each plus a $45 courier fee.");
		expect(x.currency).toBe("NZD");
		expect(x.problems).toEqual([]);
	});
	it("is a label's dollar when the code follows it", () => expect(read("Please invoice us $18,500.00 MXN for the product shoot.").currency).toBe("MXN"));
	it("stays US dollars before the named one, in another sentence, or when the mail speaks of US dollars", () => {
		for (const text of [
			"Please invoice us $1,200 for the shoot (about NZ$2,000).",
			"Please invoice us for 2 workshops at CA$600 each. The licence was $120 for the software.",
			"Please invoice 2 workshops at CA$600 each plus the US licence at $120.",
		]) expect(read(text).problems.join(" "), text).toContain("more than one currency");
	});
	it("after the amount, is asked about unless the mail says which", () => {
		expect(read("Please invoice 25 posters at 18 $ each plus 60 $ for delivery.").problems.join(" ")).toContain('the currency "$" could be CAD or USD');
		expect(read("Please invoice 25 posters at 18 $ CA each plus 60 $ for delivery.").currency).toBe("CAD");
	});
});

describe("a plain $ that the email says is pesos (or another dollar) reads its digits by that currency", () => {
	const read = (text: string) => extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 0);
	const lines = (text: string) => read(text).lines.map((l) => [l.description, l.quantity, l.unitPrice, l.currency]);
	it("names the currency in words or by its code in the same sentence", () => {
		expect(lines("Porfa mándame la factura por las 24 fotos de platos a $55.000 cada una (pesos colombianos, COP).")).toEqual([["Fotos de platos", "24", "55000", "COP"]]);
		expect(lines("Me haces la factura de las 10 clases a $25.000 cada una, en pesos chilenos?")).toEqual([["Clases", "10", "25000", "CLP"]]);
		expect(lines("Factúrame las 3 sesiones a $45.000 c/u, todo en COP.")).toEqual([["Sesiones", "3", "45000", "COP"]]);
		expect(read("Factúrame las 3 sesiones a $45.000 c/u, todo en COP.").currency).toBe("COP");
	});
	it("takes the code written right after one amount for the others in its sentence", () => {
		const x = read("envíanos la factura por las 4 fotos a $120.000 CLP y las 2 versiones verticales a $95.000 cada una.");
		expect(x.currency).toBe("CLP");
		expect(x.lines.map((l) => l.unitPrice)).toEqual(["120000", "95000"]);
		expect(x.problems).toEqual([]);
	});
	it("asks which currency a $ with dotted thousands is when no peso is named in its sentence", () => {
		for (const text of ["Mándame la factura por las 24 fotos a $55.000 cada una.", "Mándame la factura por las 24 fotos a $55.000 cada una. Mi banco es en pesos colombianos.", "Me haces la factura del video, $1.250.000?"]) {
			const x = read(text);
			expect(x.currency, text).toBeNull();
			expect(x.problems.join(" "), text).toContain('the currency "$" could be ARS, CLP, COP, UYU or USD');
		}
	});
	it("keeps a $ with comma thousands as US dollars", () => expect(read("Please invoice 24 photos at $1,250 each.").currency).toBe("USD"));
	it("stays US dollars when the mail speaks of US dollars too", () => {
		expect(read("Please invoice 24 photos at $55 each (not Canadian dollars, US).").currency).toBe("USD");
	});
});

describe("the balance after a paid deposit, named before or after its amount", () => {
	const read = (text: string) => extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
	for (const text of [
		"Please invoice the signage, $4,200. We paid the $1,000 deposit in October, so there's $3,200 to go.",
		"Please invoice the signage, $4,200. We paid the $1,000 deposit already; $3,200 is still outstanding.",
		"Bitte stellen Sie uns die Beschilderung mit 4.200 € in Rechnung. Die Anzahlung von 1.000 € haben wir bezahlt, 3.200 € sind noch offen.",
		"¿Me haces la factura de la señalética, 4.200 €? El anticipo de 1.000 € ya está pagado, quedan 3.200 € pendientes.",
		"Merci de facturer la signalétique, 4 200 €. L'acompte de 1 000 € est déjà payé, il reste 3 200 €.",
		"Me manda a fatura da sinalização, R$ 4.200? O sinal de R$ 1.000 já foi pago, faltam R$ 3.200.",
		"Mi fai la fattura per la segnaletica, 4.200 €? L'acconto di 1.000 € è già stato pagato, restano 3.200 € da saldare.",
		"Kun je de factuur sturen voor de bewegwijzering, € 4.200? De aanbetaling van € 1.000 is al betaald, er staat nog € 3.200 open.",
	]) {
		it(`is explained by the lines less the deposit: ${text}`, () => {
			const x = read(text);
			expect(x.lines.map((l) => l.unitPrice)).toEqual(["4200"]);
			expect(x.depositPaid?.amount).toBe("1000");
			expect(x.problems).toEqual([]);
		});
	}
	it("is asked about when it is not the lines less the deposit", () => {
		const x = read("Please invoice the signage, $4,200. We paid the $1,000 deposit in October, so there's $2,800 to go.");
		expect(x.problems.join(" ")).toContain("$2,800");
	});
});

describe("a deposit said to be paid in a word ending in an accented letter", () => {
	it("is shown apart, not asked about ('payé', 'versé', 'reçu')", () => {
		for (const text of ["Merci de facturer la signalétique, 4 200 €. L'acompte de 1 000 € est déjà payé.", "Merci de facturer la signalétique, 4 200 €. L'acompte de 1 000 € a été versé en octobre.", "Merci de facturer la signalétique, 4 200 €. Vous avez reçu l'acompte de 1 000 €."]) {
			const x = extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
			expect(x.depositPaid?.amount, text).toBe("1000");
			expect(x.problems, text).toEqual([]);
		}
	});
});

describe("a deposit already paid, in the ways people write it", () => {
	const read = (text: string) => extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
	for (const text of [
		"Please invoice the wedding shoot, $3,000. We paid $500 upfront in June.",
		"Bitte stellen Sie uns das Hochzeitsshooting mit 3.000 € in Rechnung. 500 € haben wir bereits angezahlt.",
		"¿Me haces la factura del reportaje de boda, 3.000 €? Ya te pagamos 500 € de adelanto.",
		"¿Me haces la factura del reportaje de boda, 3.000 €? La seña de 500 € ya está pagada.",
		"Tu peux me faire la facture du reportage, 3 000 € ? On t'a déjà versé 500 € d'acompte.",
		"Me manda a fatura do ensaio, R$ 3.000? Já pagamos R$ 500 de sinal.",
		"Mi fai la fattura del servizio, 3.000 €? Ti abbiamo già dato 500 € di anticipo.",
		"Kun je de factuur sturen voor de reportage, € 3.000? We hebben al € 500 aanbetaald.",
	]) {
		it(`is shown apart, not a line: ${text}`, () => {
			const x = read(text);
			expect(x.lines.map((l) => l.unitPrice)).toEqual(["3000"]);
			expect(x.depositPaid?.amount).toBe("500");
			expect(x.problems).toEqual([]);
		});
	}
	it("is not paid when the sentence says it will be", () => {
		const x = read("Please invoice the wedding shoot, $3,000. We'll pay $500 upfront and the rest later.");
		expect(x.depositPaid).toBeNull();
		expect(x.problems.join(" ")).toContain("$500");
	});
});

describe("a total named before or after its amount, in seven languages", () => {
	const read = (text: string) => extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
	for (const text of [
		"Please invoice 3 banners at $80 each, $240 all up.",
		"Please invoice 3 banners at $80 each, so $240 altogether.",
		"Bitte 3 Banner à 80 € in Rechnung stellen, zusammen 240 €.",
		"Bitte 3 Banner à 80 € in Rechnung stellen, Gesamtsumme 240 €.",
		"Factúrame 3 carteles a 80 € cada uno, 240 € en todo.",
		"Tu peux me facturer 3 affiches à 80 € pièce, soit 240 € en tout ?",
		"Fatura 3 cartazes a R$ 80 cada, R$ 240 ao todo.",
		"Fattura 3 manifesti a 80 € l'uno, 240 € in tutto.",
		"Kun je 3 banners à € 80 factureren, samen € 240?",
		"Kun je 3 banners à € 80 factureren? Totaalbedrag € 240.",
	]) {
		it(`is the total, never a line of its own: ${text}`, () => {
			const x = read(text);
			expect(x.lines.map((l) => [l.quantity, l.unitPrice])).toEqual([["3", "80"]]);
			expect(x.total?.amount).toBe("240");
			expect(x.problems).toEqual([]);
		});
	}
	it("is asked about, and named, when the lines do not add up to it", () => {
		expect(read("Kun je 3 banners à € 80 factureren, samen € 250?").problems.join(" ")).toContain("the stated total 250 EUR does not match the lines");
		expect(read("Factúrame 3 carteles a 80 € cada uno, o sea 250 €.").problems.join(" ")).toContain("250");
		const x = read("Can you invoice 2 days of shooting at A$850 per day? Parking was $38 both days, so $76 all up.");
		expect(x.problems.join(" ")).toContain("$76");
	});
});

describe("a subtotal, an amount due or an aligned total under the lines, in the languages", () => {
	const read = (text: string) => extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
	for (const [text, total] of [
		["Please invoice us:\n- Logo: $500\n- Business cards: $120\nSubtotal: $620", "620"],
		["Please invoice us:\n- Logo: $500\n- Business cards: $120\nTotal due: $620", "620"],
		["Please invoice us:\n- Logo: $500\n- Business cards: $120\nAmount due: $620", "620"],
		["Bitte in Rechnung stellen:\n- Logo: 500 €\n- Visitenkarten: 120 €\nZwischensumme: 620 €", "620"],
		["Merci de nous envoyer la facture :\n- Logo : 500 €\n- Cartes : 120 €\nSous-total : 620 €", "620"],
		["Por favor envíanos la factura:\n- Logo: 500 €\n- Tarjetas: 120 €\nTotal a pagar: 620 €", "620"],
		["Please could you invoice us for the following:\n\nDress rehearsal photography (flat fee)   £520.00\nPublicity portraits                      8 x £35.00\nTotal                                    £800.00", "800.00"],
		["Bitte stellen Sie uns die Rechnung wie folgt aus:\nGestaltung Speisekarte     CHF 1'250.–\nGetränkekarte              CHF   480.–\nTotal                      CHF 1'730.–", "1730"],
	] as const) {
		it(`is the lines' sum, never a line of its own: ${text.split("\n").pop()!}`, () => {
			const x = read(text);
			expect(x.lines.map((l) => l.description)).not.toContainEqual(expect.stringMatching(/total|due|summe|sous|pagar/i));
			expect(x.total?.amount).toBe(total);
			expect(x.problems).toEqual([]);
		});
	}
	it("a subtotal the lines do not add up to is asked about", () => {
		expect(read("Please invoice us:\n- Logo: $500\n- Business cards: $120\nSubtotal: $650").problems.join(" ")).toContain("the stated total 650 USD does not match the lines");
	});
	it("a subtotal, the deposit paid and the balance due all agree with the lines", () => {
		const x = read("Please invoice us:\n- Logo: $500\n- Business cards: $120\nSubtotal: $620\nLess deposit paid: $200\nBalance due: $420");
		expect(x.depositPaid?.amount).toBe("200");
		expect(x.problems).toEqual([]);
	});
	it("a tax stated under a subtotal is asked about, never drafted", () => {
		const x = read("Bitte in Rechnung stellen:\n- Logo: 500 €\n- Visitenkarten: 120 €\nZwischensumme: 620 €\nzzgl. 19 % MwSt.: 117,80 €\nRechnungsbetrag: 737,80 €");
		expect(x.problems.join(" ")).toContain("117,80 €");
	});
});

describe("a plain $ in a mail that names another dollar or a peso only in another sentence", () => {
	const read = (text: string) => extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
	it("is asked about, never drafted in US dollars", () => {
		expect(read("Hola Sam, mándame la factura, todo en pesos mexicanos.\n- Logo: $8,500\n- Tarjetas: $1,200").problems.join(" ")).toContain('the currency "$" could be MXN or USD');
		expect(read("Please invoice the logo, $850. We pay in Canadian dollars.").problems.join(" ")).toContain('the currency "$" could be CAD or USD');
	});
	it("stays US dollars when the mail speaks of US dollars or names no other", () => {
		expect(read("Please invoice the logo, $850. We pay in Canadian dollars, from our US account.").currency).toBe("USD");
		expect(read("Please invoice the logo, $850. We are a Canadian company.").currency).toBe("USD");
	});
});

describe("an amount written as a guess or a range", () => {
	const read = (text: string) => extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
	for (const [text, quoted] of [
		["Please invoice the logo, around $500.", "around $500"],
		["Please invoice the logo, approx. $500.", "approx. $500"],
		["Please invoice the logo, ~$500.", "~$500"],
		["Bitte stellen Sie uns das Logo mit ca. 500 € in Rechnung.", "ca. 500 €"],
		["Factúrame el logo, unos 500 €.", "unos 500 €"],
		["Tu peux me facturer le logo, environ 500 € ?", "environ 500 €"],
		["Mi fai la fattura del logo, circa 500 €?", "circa 500 €"],
		["Kun je het logo factureren, ongeveer € 500?", "ongeveer € 500"],
		["Me manda a fatura do logo, uns R$ 500?", "uns R$ 500"],
		["Please invoice the logo, $500-600.", "$500-600"],
		["Please invoice the logo, somewhere between $500 and $600.", "$600"],
	] as const) {
		it(`is asked about, never drafted: ${text}`, () => expect(read(text).problems.join(" ")).toContain(`"${quoted}" is not exact`));
	}
	it("leaves exact amounts beside counts, dashes and joined items alone", () => {
		for (const text of ["Please invoice 3 days à 500 € and 2 days à 600 €.", "Please invoice Phase 2 - $600 and Phase 3 - $800.", "kun je de factuur sturen voor de flyers? 300 flyers à € 0,35 en 2 posters A2 voor €18,- per stuk."]) {
			expect(read(text).problems, text).toEqual([]);
		}
	});
});

describe("an amount named as a tax", () => {
	const read = (text: string) => extractInvoice(text, { name: "Dana Whitfield", email: "dana@acme.example" }, "2026-11-26", () => 2);
	for (const [text, tax] of [
		["Please invoice the logo, €300 + €57 VAT.", "€57"],
		["Bitte stellen Sie mir das Logo in Rechnung: 300 € zzgl. MwSt. 57 €.", "57 €"],
		["Please invoice the logo, $300 plus $24 sales tax.", "$24"],
		["Graag factuur voor het logo, € 300 excl. btw (€ 63 btw).", "€ 63"],
	] as const) {
		it(`is never a line, and is asked about: ${text}`, () => {
			const x = read(text);
			expect(x.lines.map((l) => l.unitPrice)).toEqual(["300"]);
			expect(x.problems.join(" ")).toContain(tax);
		});
	}
	it("leaves work about taxes alone", () => {
		expect(read("Please invoice the tax return prep: $450.").lines.map((l) => l.description)).toEqual(["Tax return prep"]);
		expect(read("Bitte stellen Sie uns die Steuerberatung mit 300 € in Rechnung, zzgl. 19 % MwSt.").problems).toEqual([]);
	});
});
