// The ways real customers write invoice requests that the extractor once missed, one family per block, several
// phrasings each: every phrasing must become the right draft (or the named clarification), never a wrong one.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { extractInvoice } from "../../../src/connectors/gmail/invoice/extract";
import { currencyDecimals } from "../../../src/connectors/odoo/money";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import type { InvoiceDecision } from "../../../src/core/watchers/gmail-watcher";

const TODAY = "2026-11-26";

function mail(text: string, subject = "Invoice", from = "Dana Whitfield <dana@acme.example>", extraHeaders = "", encoding = "8bit") {
	const raw = `From: ${from}\r\nTo: owner@lumenpine.example\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: ${encoding}\r\n${extraHeaders}\r\n${text.replace(/\n/g, "\r\n")}`;
	return toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] });
}

function decide(text: string, subject?: string): InvoiceDecision {
	return decideInvoice(mail(text, subject), { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
}

type Line = [description: string, quantity: number, price: string];

function expectDraft(text: string, currency: string, lines: Line[], extra: (d: Extract<InvoiceDecision, { kind: "draft" }>) => void = () => undefined) {
	const d = decide(text);
	expect(d.kind, JSON.stringify(d)).toBe("draft");
	if (d.kind !== "draft") return;
	expect(d.params["currency"]).toBe(currency);
	const got = (d.params["lines"] as { description: string; quantity: number; unit_price: string }[]).map((l) => [l.description, l.quantity, l.unit_price]);
	expect(got).toEqual(lines);
	extra(d);
}

function expectClarify(text: string, words: string) {
	const d = decide(text);
	expect(d.kind, JSON.stringify(d)).toBe("clarify");
	if (d.kind === "clarify") expect(d.missing.join(" ")).toContain(words);
}

describe("hard-wrapped text and quoted-printable soft breaks", () => {
	it("a request wrapped at 60 columns by the sender's client", () => {
		expectDraft("Hello,\n\nCould you please send us an invoice for the 14 hours of\ncopywriting on the autumn brochure at $85 per hour? Our AP\nteam needs it before month end, so thank you in advance.\n\nBeth", "USD", [["Copywriting on the autumn brochure (hours)", 14, "85.00"]]);
	});
	it("a bullet whose price wrapped onto the next line", () => {
		expectDraft("Hi! Please send us an invoice for the following\nwork from October:\n\n- 3 blog posts about our new winter collection at\n$180 each\n- 1 newsletter template at $250\n\nThank you!", "USD", [["Blog posts about our new winter collection", 3, "180.00"], ["Newsletter template", 1, "250.00"]]);
	});
	it("quoted-printable soft breaks left in the text by a mailer that did not say it was quoted-printable", () => {
		expectDraft("Please go ahead and issue the invoice for the website migrat=\nion, =E2=82=AC2,750. Thanks!", "EUR", [["Website migration", 1, "2750.00"]]);
	});
	it("a wrapped German request keeps its sentence", () => {
		expectDraft("Hallo Sam,\n\nkannst du mir bitte eine Rechnung über die 3 Beratungstage im\nNovember schicken? Wir hatten 750 € pro Tag ausgemacht, danke.\n\nLena", "EUR", [["Beratungstage im November", 3, "750.00"]]);
	});
	it("a list stays a list and a signature stays apart when unwrapping", () => {
		expectDraft("Please invoice:\n\n- Logo: $500\n- Letterhead: $200\n\nRegards,\nTom Becker\nBecker & Sons Co.", "USD", [["Logo", 1, "500.00"], ["Letterhead", 1, "200.00"]], (d) => expect(d.params["customer"]).toMatchObject({ company: "Becker & Sons Co." }));
	});
});

describe("count nouns outside any fixed list", () => {
	it("N <anything> at $X each", () => expectDraft("Can you bill us for 6 custom illustrations at $140 each?", "USD", [["Custom illustrations", 6, "140.00"]]));
	it("N <things> @ X", () => expectDraft("Invoice us for 40 tote bags @ $7.50 please.", "USD", [["Tote bags", 40, "7.50"]]));
	it("a noun no list would hold", () => expectDraft("We need an invoice for 5 drone flights at £220 each.", "GBP", [["Drone flights", 5, "220.00"]]));
	it("in Spanish, with cada uno", () => expectDraft("¿Me puedes facturar 5 vídeos cortos a 120 € cada uno?", "EUR", [["Vídeos cortos", 5, "120.00"]]));
	it("in Dutch, with stuks", () => expectDraft("Graag een factuur voor 250 stuks flyers à € 0,35 per stuk.", "EUR", [["Flyers (stuks)", 250, "0.35"]]));
});

describe("line items with words around the amount", () => {
	it("the amount in the middle of a bullet with a remark after it", () => {
		expectDraft("Please invoice for:\n• Landing page copy – $900 (approved by Mark on the 12th)\n• Email sequence – $650, incl. two rounds of edits", "USD", [["Landing page copy", 1, "900.00"], ["Email sequence", 1, "650.00"]]);
	});
	it("an hourly line with nothing between the hours and the rate", () => {
		expectDraft("Please invoice us for last week's on-site support: 6 hours at $110/hr.", "USD", [["On-site support (hours)", 6, "110.00"]]);
		expectDraft("Please invoice us for the bookkeeping, 7.5 hours at €48/h.", "EUR", [["Bookkeeping (hours)", 7.5, "48.00"]]);
	});
	it("an extra flat fee mentioned inline", () => {
		expectDraft("Please invoice us for the wedding photos ($1,800) and add the $150 travel fee.", "USD", [["Wedding photos", 1, "1800.00"], ["Travel fee", 1, "150.00"]]);
		expectDraft("Please invoice us for the audit: 6 hours at $110/hr, plus $45 for parking.", "USD", [["Audit (hours)", 6, "110.00"], ["Parking", 1, "45.00"]]);
	});
	it("a second item whose price is given in a follow-up clause", () => {
		expectDraft("Can you invoice us for the logo and the letterhead? The logo was $700; the letterhead $250.", "USD", [["Logo", 1, "700.00"], ["Letterhead", 1, "250.00"]]);
		expectDraft("Could you invoice us for the product photos and the short video? The photos were $600, and the video came to $450.", "USD", [["Product photos", 1, "600.00"], ["Short video", 1, "450.00"]]);
	});
	it("a description that contains digits", () => {
		expectDraft("Please invoice us for Milestone 3 (backend API): $5,000.", "USD", [["Milestone 3 (backend API)", 1, "5000.00"]]);
		expectDraft("Please invoice us 2 x Phase 1 wireframes at $400.", "USD", [["Phase 1 wireframes", 2, "400.00"]]);
	});
	it("a deposit already paid is shown as paid, not invoiced again and not a conflicting amount", () => {
		expectDraft("Please invoice the full project, €6,000, and show the €2,000 deposit we paid in September as already paid.", "EUR", [["Full project", 1, "6000.00"]], (d) => expect(d.evidence.join("\n")).toContain("Deposit already paid: 2000 EUR"));
		const x = extractInvoice("Please send the invoice for the mural, $3,000 in total. We already paid the $1,000 deposit, so the balance is $2,000.", { name: "Grace", email: "g@x.example" }, TODAY, currencyDecimals);
		expect(x.problems).toEqual([]);
		expect(x.depositPaid?.amount).toBe("1000");
	});
	it("an amount in the sentence after the item", () => {
		expectDraft("Please send us an invoice for the December social media calendar. The agreed price was $850.", "USD", [["December social media calendar", 1, "850.00"]]);
		expectDraft("Stuur je me even de factuur voor het logo? Was €600 toch.", "EUR", [["Logo", 1, "600.00"]]);
		expectDraft("Tu peux me facturer le shooting photo ? 500 € comme prévu.", "EUR", [["Shooting photo", 1, "500.00"]]);
	});
	it("each line carries the sentence it came from, and the draft shows it", () => {
		const x = extractInvoice("Hi!\n\nPlease invoice us for 2 x SEO audit @ USD 650. Thanks", { name: "Ben", email: "b@x.example" }, TODAY, currencyDecimals);
		expect(x.lines[0]?.source).toBe("Please invoice us for 2 x SEO audit @ USD 650.");
		const d = decide("Please invoice us for 2 x SEO audit @ USD 650. Thanks");
		expect(d.kind === "draft" && d.evidence.some((e) => e.includes('from "Please invoice us for 2 x SEO audit @ USD 650."'))).toBe(true);
	});
});

describe("imperative forms", () => {
	it("invoice <Company> for …", () => {
		expectDraft("Invoice Blue Harbor Marine Ltd for the hull survey, £1,250, please.", "GBP", [["Hull survey", 1, "1250.00"]]);
		expectDraft("Please invoice Redwood Analytics Inc. (not me personally) for the dashboard build, $3,200.", "USD", [["Dashboard build", 1, "3200.00"]]);
		expectDraft("Invoice Maple & Rye Inc. for 10 hours of menu photography at $95/hour — thanks!", "USD", [["Menu photography (hours)", 10, "95.00"]]);
	});
	it("send/issue … invoice with several words between", () => {
		expectDraft("Could you send over a proper invoice for the November retainer? It's $1,500 as per our contract.", "USD", [["November retainer", 1, "1500.00"]]);
		expectDraft("Can you send the final, signed-off invoice for the audit? $4,200 as agreed.", "USD", [["Audit", 1, "4200.00"]]);
		expectDraft("Kindly issue a tax invoice for 3 seats of the leadership course at SGD 890 per seat.", "SGD", [["Leadership course (seats)", 3, "890.00"]]);
	});
});

describe("currencies: every ISO 4217 code, symbols and local spellings", () => {
	it("Gulf and South Asian currencies by code, symbol and name", () => {
		expectDraft("Please invoice us QAR 7,500 for the exhibition stand design.", "QAR", [["Exhibition stand design", 1, "7500.00"]]);
		expectDraft("Please invoice ৳45,000 for the app icon set.", "BDT", [["App icon set", 1, "45000.00"]]);
		expectDraft("Please invoice us 1,200 UAE dirhams for the Arabic copy edit.", "AED", [["Arabic copy edit", 1, "1200.00"]]);
		expectDraft("Please invoice us OMR 1,250.500 for the annual licence.", "OMR", [["Annual licence", 1, "1250.500"]]);
		expectDraft("Please invoice us ₹1,20,000 for the app testing.", "INR", [["App testing", 1, "120000.00"]]);
	});
	it("symbols and local spellings from other places", () => {
		expectDraft("Please invoice us 3 500 zł for the packaging design.", "PLN", [["Packaging design", 1, "3500.00"]]);
		expectDraft("¿Me puedes facturar 3 sesiones de fotos a MX$2,500 cada una?", "MXN", [["Sesiones de fotos", 3, "2500.00"]]);
		expectDraft("Bitte stellen Sie uns die Beratung in Rechnung: 4 Stunden à Fr. 180.–", "CHF", [["Beratung (Stunden)", 4, "180.00"]]);
	});
	it("a currency code the runtime knows but no list of ours names", () => {
		const rare = Intl.supportedValuesOf("currency").find((c) => ["MNT", "KZT", "GEL", "UZS"].includes(c))!;
		expectDraft(`Please invoice us ${rare} 900 for the translation.`, rare, [["Translation", 1, "900.00"]]);
	});
	it("says 'no currency given' when only the currency is missing", () => {
		expectClarify("Please invoice us 1,500 for the website audit.", "no currency given");
		expectClarify("Hi, please invoice us for 8 hours of bookkeeping at 60 per hour.", "no currency given");
	});
	it("an ambiguous spelling is asked about, never guessed", () => {
		expectClarify("Please invoice us 4,000 kr for the workshop.", '"kr" could be SEK, NOK, DKK or ISK');
		expectClarify("Please invoice us 2,000 riyals for the logo.", "riyals");
	});
	it("three capital letters that are not a currency are not money", () => {
		expectDraft("Please invoice us $400 for the audit. Our VAT 300 number is on file.", "USD", [["Audit", 1, "400.00"]]);
	});
});

describe("German, Spanish, French, Portuguese, Italian and Dutch, formal and informal", () => {
	const cases: [string, string, Line[]][] = [
		["Sehr geehrte Damen und Herren,\n\nbitte stellen Sie uns 3 Tage Beratung à 950 € in Rechnung.", "EUR", [["Beratung (Tage)", 3, "950.00"]]],
		["Hey, schick mir doch bitte die Rechnung für die 6 Banner, 80 Euro pro Stück.", "EUR", [["Banner", 6, "80.00"]]],
		["Estimada Sra. Vidal: le ruego que nos emita la factura por las 6 horas de asesoría fiscal a 90 € la hora.", "EUR", [["Asesoría fiscal (horas)", 6, "90.00"]]],
		["¿Me puedes hacer la factura de las 20 horas de edición de vídeo a 35 € la hora?", "EUR", [["Edición de vídeo (horas)", 20, "35.00"]]],
		["Bonjour, merci de nous envoyer une facture pour 15 heures de développement à 65 € de l'heure.", "EUR", [["Développement (heures)", 15, "65.00"]]],
		["Salut, tu peux me faire une facture pour 4 affiches à 60 € l'affiche ?", "EUR", [["Affiches", 4, "60.00"]]],
		["Exmo. Senhor, agradecemos que nos envie a fatura de 3 dias de formação a 400 € por dia.", "EUR", [["Formação (dias)", 3, "400.00"]]],
		["Oi! Pode faturar 12 camisetas a R$ 45 cada?", "BRL", [["Camisetas", 12, "45.00"]]],
		["Gentile Dott. Ferri, Le chiedo di emettere fattura per 10 ore di formazione a 70 euro l'ora.", "EUR", [["Formazione (ore)", 10, "70.00"]]],
		["Ciao! Mi fai fattura per le 12 ore di consulenza? 60 € l'ora.", "EUR", [["Consulenza (ore)", 12, "60.00"]]],
		["Geachte heer De Vries, wilt u ons een factuur sturen voor 2 dagen training à € 800 per dag?", "EUR", [["Training (dagen)", 2, "800.00"]]],
		["Hoi Tim, kun je me een factuur sturen voor 5 uur fotobewerking à €45 per uur?", "EUR", [["Fotobewerking (uur)", 5, "45.00"]]],
	];
	for (const [text, currency, lines] of cases) it(text.slice(0, 60), () => expectDraft(text, currency, lines));

	it("month names in each language give the due date", () => {
		const due = (text: string) => extractInvoice(text, { name: "A", email: "a@x.example" }, TODAY, currencyDecimals).dueDate;
		expect(due("Bitte 350 € für den Entwurf, zahlbar bis 18. Dezember 2026.")).toBe("2026-12-18");
		expect(due("Merci de facturer 850 € pour le logo, à régler avant le 10 janvier 2027.")).toBe("2027-01-10");
		expect(due("Graag een factuur, te betalen vóór 15 december.")).toBe("2026-12-15");
		expect(due("Fattura per il sito, 2.200 euro, con scadenza 30 dicembre.")).toBe("2026-12-30");
		expect(due("Por favor, factura de 300 €, a pagar antes del 20 de diciembre.")).toBe("2026-12-20");
		expect(due("Fatura de 300 €, vencimento em 5 de janeiro.")).toBe("2027-01-05");
	});
});

describe("a due date already past", () => {
	for (const text of ["Please invoice us $900 for the October audit, due November 15.", "Please invoice us for the October maintenance, €450, payable by 20 November.", "Bitte stellen Sie uns den Flyerentwurf mit 350 € in Rechnung, zahlbar bis 1. November."]) {
		it(`is shown, not a reason to drop: ${text.slice(0, 50)}`, () => {
			const d = decide(text);
			expect(d.kind, JSON.stringify(d)).toBe("draft");
			if (d.kind !== "draft") return;
			expect(d.params["due_date"]).toBeUndefined();
			expect(d.evidence.join("\n")).toMatch(/payment by 2026-11-\d\d, which is already past/);
		});
	}
});

describe("a quote request that mentions invoicing later is a quote", () => {
	for (const text of [
		"Could you put together a quote for 10 product photos? If the price works for us, we'd ask you to invoice us in January once the shoot is done.",
		"Could you send me a quote for the annual report design? Once approved we'll need you to invoice us in two parts.",
		"¿Nos podéis pasar un presupuesto para la web? Si nos cuadra, os pediremos la factura en enero.",
		"Pourriez-vous nous envoyer un devis pour 3 vidéos ? Vous nous facturerez ensuite à la livraison.",
		"Könnten Sie uns ein Angebot für die Übersetzung schicken? Die Rechnung stellen Sie dann bitte erst nach Abschluss.",
		"Zou u ons een offerte kunnen sturen voor een nieuw logo? De factuur kunt u na oplevering te zijner tijd richten aan Bakker BV.",
		"Could you send us a quote for the signage? The invoice can go to our head office in due course.",
		"Könnten Sie uns ein Angebot für den Katalog schicken? Die Rechnung schicken Sie bitte zu gegebener Zeit an unsere Buchhaltung.",
		"Ci mandi un preventivo per il sito? La fattura ce la mandi poi a tempo debito.",
		// Invoicing after the quote is accepted and the job done ("na akkoord op de offerte"), in several languages.
		"Graag ontvangen wij een offerte voor de huisstijl. Na akkoord en uitvoering ontvangen wij graag een factuur op naam van Bakker B.V.",
		"Kunt u een offerte maken voor 20 productfoto's? Na goedkeuring van de offerte mag u de factuur naar onze administratie sturen.",
		"Könnten Sie uns ein Angebot für die Broschüre schicken? Nach Auftragserteilung und Lieferung bitten wir um eine Rechnung an die Berger GmbH.",
		"Pourriez-vous nous faire un devis pour la refonte du site ? Après acceptation, vous nous enverrez la facture au nom de Cave Martin SARL.",
		"Poderia enviar-nos um orçamento para o catálogo? Após a aprovação, envie a fatura em nome da Quinta do Vale, Lda.",
		"Could you send us a quote for the brochure? Upon acceptance, please invoice our head office.",
	]) {
		it(text.slice(0, 60), () => {
			const d = decide(text, "Question");
			expect(d.kind).toBe("none");
			if (d.kind === "none") expect(d.rule).toBe("quote");
		});
	}
	it("but thanking for a quote and asking for the invoice now is an invoice request", () => {
		expectDraft("Thanks for the quote! Please invoice us for the logo, $650.", "USD", [["Logo", 1, "650.00"]]);
	});
	it("but a quote already agreed and the invoice asked now is an invoice request", () => {
		expectDraft("De offerte is akkoord. Kunt u ons een factuur sturen voor het logo, € 650?", "EUR", [["Logo", 1, "650.00"]]);
		expectDraft("Das Angebot ist angenommen. Bitte stellen Sie uns die Rechnung für das Logo: 650 €.", "EUR", [["Logo", 1, "650.00"]]);
	});
});

describe("the description comes from the thing, never from the request's other words", () => {
	it("a topic cut short by the count is no description: the unit names the line", () => {
		expectDraft("Hi, please invoice us for 10 hours at $80/hour. Thanks", "USD", [["Hours", 10, "80.00"]]);
		expectDraft("Would you be so kind as to issue an invoice for the 12,000 words at EUR 0.09 per word?", "EUR", [["Words", 12000, "0.09"]]);
	});
	it("'Invoice <Company> for <thing>': the thing, not the customer", () => {
		expectDraft("Invoice Acme Corp for the March consulting, 8 hours at $150/hr.", "USD", [["March consulting (hours)", 8, "150.00"]]);
		expectDraft("Hi Jo - please invoice Greenfield Farms LLC for 200 kg of coffee beans at $14 per kg. Thanks, Pat", "USD", [["Coffee beans (kg)", 200, "14.00"]]);
	});
	it("the greeting or the question before a colon is no description", () => {
		expectDraft("Hi! Could you invoice us for the November retainer: 20 hrs @ $110. Ta", "USD", [["November retainer (hours)", 20, "110.00"]]);
		// The label after the request's colon names the thing counted in words (line-label-families.test.ts).
		expectDraft("Invoice request: translation of the contract, 3,200 words @ 0.11 EUR/word.", "EUR", [["Translation of the contract (words)", 3200, "0.11"]]);
	});
	it("a thing cut on 'plus' or 'and' does not take the next amount's words", () => {
		expectDraft("Please invoice us - it's 6 hours at £45 an hour for the garden clearance plus £60 for the skip.", "GBP", [["Garden clearance (hours)", 6, "45.00"], ["Skip", 1, "60.00"]]);
		expectDraft("Can you bill us for the workshop facilitation? The fee was $1,200 plus $85 in travel expenses.", "USD", [["Workshop facilitation", 1, "1200.00"], ["Travel expenses", 1, "85.00"]]);
	});
	it("words that only link the amount stay out of the description", () => {
		expectDraft("Kindly send us your invoice for the consultancy services rendered in November, amounting to KES 150,000.", "KES", [["Consultancy services rendered in November", 1, "150000.00"]]);
		expectDraft("We need the invoice for the drone survey today please - $2,750.", "USD", [["Drone survey", 1, "2750.00"]]);
	});
	it("'N <unit> of <thing>' is the thing counted in that unit", () => {
		expectDraft("Could you send us the invoice for the 3 days of training ($900/day)?", "USD", [["Training (days)", 3, "900.00"]]);
		expectDraft("Kannst du mir die Rechnung für 4 Stunden Beratung schicken? 90 € pro Stunde.", "EUR", [["Beratung (Stunden)", 4, "90.00"]]);
	});
});

describe("counts and amounts read exactly as written", () => {
	it("a count grouped with a space is one number (4 500 mots)", () => {
		expectDraft("Pourriez-vous nous adresser la facture pour la traduction du site, soit 4 500 mots à 0,12 € le mot ?", "EUR", [["Traduction du site (mots)", 4500, "0.12"]]);
	});
	it("a currency with three decimals writes its fils after a dot", () => {
		expectDraft("Please send an invoice for the translation, OMR 420.500.", "OMR", [["Translation", 1, "420.500"]]);
		expectDraft("Please invoice us for the stand design, BHD 1,250.750.", "BHD", [["Stand design", 1, "1250.750"]]);
	});
	it("a price per unit is never read as a flat fee for one", () => {
		expectDraft("We're ready for the invoice for the 15 portraits — $80 per portrait as we agreed.", "USD", [["Portraits", 15, "80.00"]]);
		expectClarify("Please invoice us for 2 x annual maintenance plan, AED 3,600.", "AED 3,600");
	});
	it("only the currency missing is named as such", () => {
		expectClarify("Please invoice us for the brochure design. It was 800.", "no currency given (the amount 800");
		expectClarify("Bitte stellen Sie uns die Beratung in Rechnung, der Preis ist 1.200.", "no currency given");
	});
});

describe("payment terms in every language", () => {
	const terms = (text: string, want: string) => {
		const d = decide(text);
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect(d.params["payment_terms"]).toBe(want);
	};
	it("days", () => {
		terms("Por favor, envíenos la factura del mantenimiento, 500 €. Forma de pago: 30 días.", "30 Days");
		terms("Merci de nous envoyer la facture pour la formation, 1 500 €, paiement à 30 jours.", "30 Days");
		terms("Bitte stellen Sie uns die Beratung in Rechnung: 2.000 €. Zahlungsziel 14 Tage.", "14 Days");
		terms("Kunt u de factuur sturen voor het onderhoud, € 650? Betalingstermijn: 21 dagen.", "21 Days");
	});
	it("on receipt", () => {
		terms("Please invoice us for the audit, $3,000 — due upon receipt.", "Immediate Payment");
		terms("Merci de nous facturer la refonte du logo, 1 200 €, paiement dès réception.", "Immediate Payment");
	});
});

describe("currency signs and short spellings of Asian, Gulf and African currencies", () => {
	it("one currency each", () => {
		expectDraft("Please invoice us for the logo, Tk 25,000.", "BDT", [["Logo", 1, "25000.00"]]);
		expectDraft("Please invoice us for the brochure, RM 1,200.", "MYR", [["Brochure", 1, "1200.00"]]);
		expectDraft("Please invoice us for the shoot, Rp 4.500.000.", "IDR", [["Shoot", 1, "4500000.00"]]);
		expectDraft("Please could you invoice us for 2 nights accommodation at the lodge, R1,850 per night.", "ZAR", [["Accommodation at the lodge (nights)", 2, "1850.00"]]);
	});
	it("a sign several countries use is asked about", () => {
		expectClarify("Please invoice us for the event photography, ₨ 45,000.", "could be PKR, LKR, NPR or INR");
		expectClarify("Please invoice us for the translation, 900 ﷼.", "which one?");
	});
});

describe("a currency sign several countries use, named by the email itself", () => {
	it("is the one the email also writes as a code or a country's own sign", () => {
		expectDraft("Please invoice us for the event photography, Rs. 45,000 (INR).", "INR", [["Event photography", 1, "45000.00"]]);
		expectDraft("Please invoice us for the catering, 3,000 riyals. Our accounts team pays in SAR only.", "SAR", [["Catering", 1, "3000.00"]]);
	});
	it("local spellings and signs of East and West African currencies", () => {
		expectDraft("Kindly invoice us for the workshop, KSh 85,000.", "KES", [["Workshop", 1, "85000.00"]]);
		expectDraft("Please invoice us for the logo design, 450,000 naira.", "NGN", [["Logo design", 1, "450000.00"]]);
	});
});

describe("the thing named before its count, and dates inside a description", () => {
	it("'<thing> of N <units>' is the thing counted in those units", () => {
		expectDraft("Buongiorno, vi chiedo di emettere la fattura per la traduzione di 20 pagine, 25 euro a pagina.", "EUR", [["Traduzione (pagine)", 20, "25.00"]]);
		expectDraft("Beste Sam, kunt u een factuur sturen voor de vertaling van 3.000 woorden à € 0,10 per woord?", "EUR", [["Vertaling (woorden)", 3000, "0.10"]]);
	});
	it("a description cut inside a date ('Fotos vom 14') is not drafted", () => {
		expectClarify("Hallo Sam, könntest du mir die Rechnung für die Fotos vom 14. November schicken? Wir hatten 600 € vereinbart.", "600 €");
	});
	it("formal and informal Italian requests without a verb of sending", () => {
		expectDraft("Gentile Sam,\n\nLa preghiamo di inviarci fattura per 8 ore di consulenza a 75 euro l'ora.", "EUR", [["Consulenza (ore)", 8, "75.00"]]);
		expectDraft("Ciao Sam, fammi la fattura per le 3 lezioni di chitarra, 40 euro a lezione. Grazie!", "EUR", [["Lezioni di chitarra", 3, "40.00"]]);
	});
});

describe("unwrapping keeps list rows apart but joins a date wrapped after its day", () => {
	it("rows that end on an amount stay rows", () => {
		expectDraft("Hello,\n\nI'd be grateful if you could invoice us for the following items from our last meeting:\nDesign consultation (3 hours) - £240\nMood board - £150\n\nThanks", "GBP", [["Design consultation (3 hours)", 1, "240.00"], ["Mood board", 1, "150.00"]]);
	});
	it("a due date wrapped between its day and month is read", () => {
		const d = decide("Hello Sam, could you please send us the invoice for the warehouse photography at $1,400? Payment is due by 15\nDecember 2026 at the latest, as agreed with our accounts team.\n\nPat");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect(d.params["due_date"]).toBe("2026-12-15");
	});
});

describe("a description is the thing, never a word standing in for it", () => {
	it("'Dat was', 'Das waren', 'Eso fue', 'That was' point back at the thing the request named", () => {
		expectDraft("Hoi Sam,\n\nKun je me een factuur sturen voor de fotoshoot van vorige week? Dat was €650.\n\nGroetjes,\nFemke", "EUR", [["Fotoshoot van vorige week", 1, "650.00"]]);
		expectDraft("Kannst du mir die Rechnung für das Shooting schicken? Das waren 650 €.", "EUR", [["Shooting", 1, "650.00"]]);
		expectDraft("¿Me haces la factura del reportaje de la boda? Eso fue 900 €.", "EUR", [["Reportaje de la boda", 1, "900.00"]]);
		expectDraft("Could you invoice us for the audit? That was $650.", "USD", [["Audit", 1, "650.00"]]);
	});
	it("an amount with no thing named is asked about, not drafted under the greeting", () => {
		expectClarify("Hi Marketing team,\n\nplease invoice us $800.\n\nOlivia", "$800");
	});
});

describe("amounts written with a scale word", () => {
	it("k, lakh, crore and Mio. are read exactly, never as the bare digits", () => {
		expectDraft("Hey Sam, can you invoice us $2.5k for the podcast editing? Cheers, Jake", "USD", [["Podcast editing", 1, "2500.00"]]);
		expectDraft("Kindly raise an invoice for the app security audit, INR 1.5 lakh.", "INR", [["App security audit", 1, "150000.00"]]);
		expectDraft("Please invoice us for the data migration, ₹2 crore.", "INR", [["Data migration", 1, "20000000.00"]]);
		expectDraft("Bitte stellen Sie uns das Rollout in Rechnung: 1,2 Mio. €.", "EUR", [["Rollout", 1, "1200000.00"]]);
	});
});

describe("a request written only in the subject line", () => {
	const subjectOnly = (subject: string, currency: string, line: Line) => {
		const d = decideInvoice(mail("Gracias / Danke / Thanks\n", subject), { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind !== "draft") return;
		expect(d.params["currency"]).toBe(currency);
		expect((d.params["lines"] as { description: string; quantity: number; unit_price: string }[]).map((l) => [l.description, l.quantity, l.unit_price])).toEqual([line]);
	};
	it("in each language", () => {
		subjectOnly("Factura por favor: diseño del catálogo 1.200 €", "EUR", ["Diseño del catálogo", 1, "1200.00"]);
		subjectOnly("Rechnung bitte – Website-Pflege Oktober 450 €", "EUR", ["Website-Pflege Oktober", 1, "450.00"]);
		subjectOnly("Re: Invoice please: logo refresh, $600", "USD", ["Logo refresh", 1, "600.00"]);
		subjectOnly("Facture SVP : séance photo 650 €", "EUR", ["Séance photo", 1, "650.00"]);
		subjectOnly("Fattura per favore: traduzione sito 900 €", "EUR", ["Traduzione sito", 1, "900.00"]);
		subjectOnly("Factuur graag: onderhoud tuin € 300", "EUR", ["Onderhoud tuin", 1, "300.00"]);
		subjectOnly("Fatura por favor: edição de vídeo R$ 800", "BRL", ["Edição de vídeo", 1, "800.00"]);
	});
	it("a subject with no amount and a body with none is asked about", () => {
		const d = decideInvoice(mail("Danke!\n", "Rechnung bitte"), { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
		expect(d.kind, JSON.stringify(d)).toBe("clarify");
	});
});

describe("payment terms written in a formal letter", () => {
	it("'payment terms of 30 days apply'", () => {
		const d = decide("I should be grateful if you would issue an invoice to us for the warehouse layout study, agreed at £4,800. Our accounts department asks that payment terms of 30 days apply.");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect(d.params["payment_terms"]).toBe("30 Days");
	});
});

describe("a discount the lines do not show is asked about, never drafted at full price", () => {
	it("in several languages, as a percentage or an amount", () => {
		expectClarify("Please invoice us for 10 licences at $50 each, minus the 10% loyalty discount.", "discount");
		expectClarify("Bitte stellen Sie uns die 4 Workshops zu je 800 € in Rechnung, abzüglich 5 % Rabatt wie besprochen.", "discount");
		expectClarify("¿Nos envías la factura de las 6 sesiones a 90 € cada una? Con el descuento del 10%, por favor.", "discount");
		expectClarify("Merci de nous facturer la refonte du site, 3 000 €, avec la remise de 300 € convenue.", "discount");
	});
	it("a discount asked for without its size, in several languages", () => {
		expectClarify("Please invoice us:\n- Poster design: $400\n- Flyer design: $250\n\nAnd kindly apply the discount we talked about.", "discount");
		expectClarify("Bitte stellen Sie uns das Logo in Rechnung, 900 €. Den vereinbarten Rabatt bitte noch abziehen.", "discount");
		expectClarify("¿Me haces la factura de la web, 1.500 €? Y aplica el descuento que hablamos por teléfono.", "discount");
		expectClarify("Puoi farmi la fattura per le foto, 600 €? Con lo sconto concordato, grazie.", "discount");
		expectClarify("Kun je de factuur sturen voor de huisstijl, € 1.200? Met de korting die we afspraken.", "discount");
	});
	it("a discount the sender says is none, or already in the prices, keeps the draft", () => {
		expectDraft("Please invoice us for the logo, $500. No discount needed this time, you've earned it.", "USD", [["Logo", 1, "500.00"]]);
		expectDraft("Bitte stellen Sie uns das Logo in Rechnung, 900 €. Der Rabatt ist bereits eingerechnet.", "EUR", [["Logo", 1, "900.00"]]);
	});
	it("Skonto, an early-payment discount, is a payment term and keeps the draft", () => {
		const d = decide("Bitte stellen Sie uns die Beratung in Rechnung: 2.000 €. Zahlbar innerhalb 14 Tagen, 2 % Skonto bei Zahlung in 7 Tagen.");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
	});
});

describe("a verb standing where the thing would be is not the thing", () => {
	it("'Die kosten', 'Das macht', 'Het is', 'Der Betrag beläuft sich auf' price the thing the request named", () => {
		expectDraft("Vielen Dank für das tolle Logo! Schickst du mir bitte die Rechnung für die Visitenkarten? Die kosten 180 €.", "EUR", [["Visitenkarten", 1, "180.00"]]);
		expectDraft("Bitte senden Sie uns die Rechnung über die Wartung der Heizungsanlage. Das macht 640,00 €.", "EUR", [["Wartung der Heizungsanlage", 1, "640.00"]]);
		expectDraft("Bitte senden Sie uns die Rechnung über die Wartung der Heizungsanlage. Der Betrag beläuft sich auf 640,00 €.", "EUR", [["Wartung der Heizungsanlage", 1, "640.00"]]);
		expectDraft("Bedankt voor het logo! Stuur je me de factuur voor de visitekaartjes? Het is €180.", "EUR", [["Visitekaartjes", 1, "180.00"]]);
	});
});

describe("'invoice us for' and 'bill me for' as a bare imperative", () => {
	it("opens the sentence with no please", () => {
		expectDraft("Bill me for the 2 banners, $150 each.", "USD", [["Banners", 2, "150.00"]]);
		expectDraft("Invoice us for 3 hours of coaching at $120/h.", "USD", [["Coaching (hours)", 3, "120.00"]]);
	});
});

describe("the words between the count and the thing, and pronouns, are not the thing", () => {
	it("'the 12 hours you spent on the database migration'", () => {
		expectDraft("Can you bill us for the 12 hours you spent on the database migration? Your rate is $95 an hour.", "USD", [["Database migration (hours)", 12, "95.00"]]);
	});
	it("'invoice us, $2,000' names no thing: it is asked about, never drafted as 'Us'", () => {
		expectClarify("Please invoice us, $2,000.", "$2,000");
		expectClarify("Bitte stell uns 2.000 € in Rechnung, danke.", "2.000 €");
	});
	it("formal topic words in Spanish, French and Italian", () => {
		expectDraft("Le ruego que nos envíe la factura correspondiente al mantenimiento del jardín de octubre: 350 €.", "EUR", [["Mantenimiento del jardín de octubre", 1, "350.00"]]);
		expectDraft("Je vous prie de bien vouloir nous adresser la facture relative à la traduction du contrat, soit 1 200 € HT.", "EUR", [["Traduction du contrat", 1, "1200.00"]]);
		expectDraft("Vi chiediamo cortesemente di inviarci la fattura per il servizio fotografico del 3 ottobre. L'importo concordato è di 950 €.", "EUR", [["Servizio fotografico del 3 ottobre", 1, "950.00"]]);
	});
});

describe("a deposit or balance named in the line's own sentence, and time words after the thing", () => {
	it("an invoice for a deposit or a remaining balance is asked about, never named after the whole work", () => {
		expectClarify("Please invoice us for the deposit of $500 for the wedding shoot.", "deposit");
		expectClarify("Please invoice the remaining balance for the wedding shoot: $2,000.", "remaining");
	});
	it("a deposit paid in another sentence leaves the line alone", () => {
		expectDraft("We paid the deposit for the kitchen last month. Please invoice the cabinets now, $4,200.", "USD", [["Cabinets", 1, "4200.00"]]);
	});
	it("'for now', 'too', 'jetzt' after the thing are not part of it", () => {
		expectDraft("The video edit is still in progress. Please invoice the photos for now, $800.", "USD", [["Photos", 1, "800.00"]]);
	});
});

describe("the price's own link words are not the thing", () => {
	it("'Le tout fait', 'came to', 'Price we agreed:', 'Es geht um', 'invoice us: <thing>'", () => {
		expectDraft("Could you send me the invoice for the consulting? Le tout fait 900 €.", "EUR", [["Consulting", 1, "900.00"]]);
		expectDraft("Hey, can you invoice us for the drone footage? Came to $700 in the end.", "USD", [["Drone footage", 1, "700.00"]]);
		expectDraft("Pls invoice the brochure. Price we agreed: $900.", "USD", [["Brochure", 1, "900.00"]]);
		expectDraft("Kannst du uns bitte die Rechnung schicken? Es geht um die Übersetzung, 1.100 €.", "EUR", [["Übersetzung", 1, "1100.00"]]);
		expectDraft("Kun je de factuur sturen? Het gaat om de vertaling, € 800.", "EUR", [["Vertaling", 1, "800.00"]]);
		expectDraft("Please invoice us: design work, $1,500 (as per our call).", "USD", [["Design work", 1, "1500.00"]]);
	});
});

describe("'invoice the <thing> for the <purpose>' keeps the thing", () => {
	it("the object of 'invoice' leads the description; a company or a pronoun does not", () => {
		expectDraft("Please invoice the catering for the conference, $1,500.", "USD", [["Catering for the conference", 1, "1500.00"]]);
		expectDraft("Please invoice the design work for the gala programme, $1,500.", "USD", [["Design work for the gala programme", 1, "1500.00"]]);
		expectDraft("Please invoice Acme Corp for the audit, $900.", "USD", [["Audit", 1, "900.00"]]);
		expectDraft("Could you invoice us for the audit, $900?", "USD", [["Audit", 1, "900.00"]]);
	});
});

describe("one counted line is named by the work the request asks about", () => {
	it("'facturer la retouche ? 25 photos à 12 €' is the retouching, counted in photos", () => {
		expectDraft("Bonjour Sam, merci pour les photos ! Peux-tu me facturer la retouche ? 25 photos à 12 € pièce.", "EUR", [["Retouche (Photos)", 25, "12.00"]]);
	});
	it("a topic that is the counted thing itself is not repeated", () => {
		expectDraft("Please invoice us for the portraits. 15 portraits at $40 each.", "USD", [["Portraits", 15, "40.00"]]);
	});
	it("'instead' after the thing is cut", () => {
		expectDraft("Hello, regarding the photos from the launch, please invoice us for the video instead, $600.", "USD", [["Video", 1, "600.00"]]);
	});
});

describe("an amount's own name links the price, it is never the thing", () => {
	it("Spanish formal: por importe de", () => expectDraft("Estimado Sam:\n\nLe agradeceríamos que nos enviara la factura de la campaña de diciembre por importe de 2.100 €.\n\nSaludos cordiales", "EUR", [["Campaña de diciembre", 1, "2100.00"]]));
	it("German Sie: in Höhe von", () => expectDraft("Wir bitten Sie, uns die Rechnung für die Messegrafik in Höhe von 1.750,00 € zukommen zu lassen.", "EUR", [["Messegrafik", 1, "1750.00"]]));
	it("French vous: pour un montant de", () => expectDraft("Pourriez-vous nous adresser la facture de la refonte du catalogue pour un montant de 3 400 € ?", "EUR", [["Refonte du catalogue", 1, "3400.00"]]));
	it("English: in the amount of", () => expectDraft("We would be grateful if you could issue the invoice for the Q4 brand audit in the amount of £2,450.", "GBP", [["Q4 brand audit", 1, "2450.00"]]));
});

describe("a doubtful description is asked about, never drafted", () => {
	it("a clause standing in for the thing (Spanish)", () => expectClarify("Hola Sam, ¿me puedes hacer la factura de lo que hablamos el martes? Son 900 €.", "what the line at 900 EUR is for"));
	it("a clause standing in for the thing (French)", () => expectClarify("Tu peux me faire la facture pour ce qu'on a fait la semaine dernière ? C'était 450 €.", "what the line at 450 EUR is for"));
	it("a vague word", () => expectClarify("Can you invoice us for everything from last month? It's $2,100 in all.", "names no particular thing"));
	it("the request names one thing, the only line another", () => expectClarify("Could you send the invoice for the website redesign? The logo was $500.", "what the invoice is for"));
	it("the same in German", () => expectClarify("Kannst du mir die Rechnung für die Website schicken? Die Visitenkarten waren 180 €.", "what the invoice is for"));
	it("a request to invoice someone else", () => expectClarify("Please invoice our client for the market report, $700.", "who the invoice is to"));
	it("a percentage off without the word discount", () => expectClarify("Please invoice us for the brand audit at $900 — 10% off as you promised.", "discount"));
});

describe("more line families", () => {
	it("a count with its line total, divided exactly", () => expectDraft("Please invoice us for the following:\n\n2 x Workshop = €900\n1 x Follow-up call = €150", "EUR", [["Workshop", 2, "450.00"], ["Follow-up call", 1, "150.00"]]));
	it("a line total that does not divide to the cent is asked about", () => expectClarify("Please invoice us for the translations:\n\n3 x Product sheet translation = $1,000", "$1,000"));
	it("a count with the total for all of them, in prose", () => expectDraft("Please invoice us for 3 days of consulting, i.e. $2,400 in total.", "USD", [["Consulting (days)", 3, "800.00"]]));
	it("the same in German", () => expectDraft("Bitte stell mir die 5 Banner für insgesamt 400 € in Rechnung.", "EUR", [["Banner", 5, "80.00"]]));
	it("items priced in brackets", () => expectDraft("Could you send us an invoice for the logo (€300) and the business cards (€120)?", "EUR", [["Logo", 1, "300.00"], ["Business cards", 1, "120.00"]]));
	it("several items in one sentence, descriptions with digits", () => expectDraft("Please invoice us for Phase 2 at $4,000 and Phase 3 at $6,000.", "USD", [["Phase 2", 1, "4000.00"], ["Phase 3", 1, "6000.00"]]));
	it("an inline fee named before its amount", () => expectDraft("Can you invoice us $1,200 for the shoot, plus a travel fee of $60?", "USD", [["Shoot", 1, "1200.00"], ["Travel fee", 1, "60.00"]]));
});

describe("a forward of your own invoice", () => {
	const own = "\n\n---------- Forwarded message ---------\nFrom: Lumen & Pine <owner@lumenpine.example>\nDate: Mon, 9 Nov 2026 at 10:00\nSubject: Invoice INV/2026/0041\nTo: Dana Whitfield <dana@acme.example>\n\nHello Dana, please find the invoice for the clinic photos below.\n\nClinic photos: €640\nPlease pay within 14 days.\n\nLumen & Pine Ltd";
	it("is a request from the forwarder when they ask to issue it again", () => {
		expectDraft(`Hi Sam, we can't find this one any more. Could you please re-issue the invoice?${own}`, "EUR", [["Clinic photos", 1, "640.00"]], (d) => expect(d.params["customer"]).toEqual({ name: "Dana Whitfield", email: "dana@acme.example" }));
	});
	it("stays your own bill when the forwarder only reports it", () => {
		const d = decide(`Hi Sam, just so you know, we paid this one yesterday.${own}`);
		expect(d.kind).toBe("none");
	});
});

describe("a sentence of payment terms names no rival thing", () => {
	it("'within 30 days of invoice as per our policy' leaves the line's thing alone", () => {
		expectDraft("Kindly raise the invoice for 5 product videos @ ₹12,000 each.\nPayment will be made within 30 days of invoice as per our policy.", "INR", [["Product videos", 5, "12000.00"]]);
		expectDraft("Please invoice us for the brochure layout, $900.\nPayment within 21 days of invoice, per our procurement rules.", "USD", [["Brochure layout", 1, "900.00"]]);
		expectDraft("Bitte stellen Sie die Rechnung für das Firmenporträt, 650 €.\nZahlungsziel 14 Tage nach Rechnung gemäß unserer Richtlinie.", "EUR", [["Firmenporträt", 1, "650.00"]]);
	});
});

describe("short imperative and elliptic requests, with no politeness formula", () => {
	const cases: [string, string, Line[]][] = [
		["Bitte Rechnung: Logo 500 €, Visitenkarten 120 €.", "EUR", [["Logo", 1, "500.00"], ["Visitenkarten", 1, "120.00"]]],
		["Facturez-nous 3 journées de formation à 450 € la journée.", "EUR", [["Formation (journées)", 3, "450.00"]]],
		["¿Me facturas 4 horas de diseño a 50 € la hora?", "EUR", [["Diseño (horas)", 4, "50.00"]]],
		["Factúrame 4 horas de diseño a 50 € la hora, porfa.", "EUR", [["Diseño (horas)", 4, "50.00"]]],
		["Ciao Sam, mi fatturi 3 ore di montaggio a 60 € l'ora?", "EUR", [["Montaggio (ore)", 3, "60.00"]]],
		["Factureer ons maar 3 uur fotobewerking à € 60 per uur.", "EUR", [["Fotobewerking (uur)", 3, "60.00"]]],
		["Oi Sam, me fatura 4 horas de edição a R$ 120 a hora?", "BRL", [["Edição (horas)", 4, "120.00"]]],
		["Great, bill me for the 3 prints at $40 each.", "USD", [["Prints", 3, "40.00"]]],
		["Kannst du mir bitte die Bildbearbeitung verrechnen? Waren 5 Std. à CHF 95.– wie abgemacht.", "CHF", [["Bildbearbeitung (Stunden)", 5, "95.00"]]],
	];
	for (const [text, currency, lines] of cases) it(text.slice(0, 60), () => expectDraft(text, currency, lines));
	it("an order with its thing named earlier asks what is missing", () => expectClarify("Sounds good, invoice us for it.", "no amount"));
	it("an order with a bare number asks for the currency", () => expectClarify("hi sam, invoice us 400 for the banner + the 2 pull-up stands at 95 each. the gym looks awesome now", "no currency given"));
	it("asking how much, or why, is no order", () => {
		for (const text of ["¿Cuánto nos facturas por un logo de 3 colores?", "How much would you invoice us for a 2-day shoot?", "Pourquoi vous nous facturez la livraison, 15 € ?"]) expect(decide(text).kind).toBe("none");
	});
});

describe("a forward as Outlook writes it: the forwarded mail is the request", () => {
	const ctx = { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] };
	it("'WG:' with a German Outlook header block: drafted for the original sender", () => {
		const m = mail("Hallo Sam, siehe unten, kannst du das übernehmen?\n\nJamie\n\nVon: Katrin Vogt <k.vogt@vogt-optik.example>\nGesendet: Mittwoch, 25. November 2026 14:51\nAn: Jamie <jamie@lumenpine.example>\nBetreff: Rechnung Eröffnungsfeier\n\nKönnten Sie uns bitte die Fotos von der Eröffnungsfeier in Rechnung stellen? Vereinbart waren pauschal 480,00 €.\n\nMit freundlichen Grüßen\nKatrin Vogt", "WG: Rechnung Eröffnungsfeier", "Jamie <jamie@lumenpine.example>");
		const d = decideInvoice(m, ctx);
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect(d.params["customer"]).toMatchObject({ email: "k.vogt@vogt-optik.example" });
	});
	it("'FW:' above '-----Original Message-----' with no amount asks for the amount", () => {
		const m = mail("Hi Sam, see below. I couldn't find what we agreed with them, do you know?\n\nJamie\n\n-----Original Message-----\nFrom: Katrin Vogt <k.vogt@vogt-optik.example>\nSent: Wednesday, November 25, 2026 2:51 PM\nTo: Jamie <jamie@lumenpine.example>\nSubject: Rechnung Eröffnungsfeier\n\nKönnten Sie uns bitte die Fotos von der Eröffnungsfeier in Rechnung stellen?\n\nMit freundlichen Grüßen\nKatrin Vogt", "FW: Rechnung Eröffnungsfeier", "Jamie <jamie@lumenpine.example>");
		const d = decideInvoice(m, ctx);
		expect(d.kind, JSON.stringify(d)).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain("no amount");
	});
	// Thunderbird writes "-------- Original Message --------" (or "Forwarded Message") and its header lines in another
	// order: Subject and Date before From.
	for (const [marker, subject] of [["-------- Original Message --------", "Fwd: Logo invoice"], ["-------- Forwarded Message --------", "Fwd: Logo invoice"], ["-------- Message d'origine --------", "TR: Facture logo"]]) {
		it(`'${subject}' above '${marker}' with Subject and Date before From: drafted for the original sender`, () => {
			const m = mail(`Hi Sam, forwarding this, they'd like the invoice.\n\nJamie\n\n${marker}\nSubject: Logo invoice\nDate: Fri, 20 Nov 2026 14:21:07 +0100\nFrom: Marc Weber <m.weber@hotel.example>\nTo: jamie@lumenpine.example\n\nDear Jamie,\n\nPlease could you make the invoice for the logo, 650,00 EUR?\n\nWith kind regards,\nMarc Weber`, subject, "Jamie <jamie@lumenpine.example>");
			const d = decideInvoice(m, ctx);
			expect(d.kind, JSON.stringify(d)).toBe("draft");
			if (d.kind === "draft") expect(d.params["customer"]).toMatchObject({ name: "Marc Weber", email: "m.weber@hotel.example" });
		});
	}
	it("a reply's quoted history is no forward", () => {
		const m = mail("Thanks, will do.\n\nFrom: Katrin Vogt <k.vogt@vogt-optik.example>\nSent: Wednesday, November 25, 2026 2:51 PM\nTo: Sam <owner@lumenpine.example>\nSubject: Rechnung\n\nKönnten Sie uns bitte die Fotos in Rechnung stellen? 480,00 €.", "RE: Rechnung", "Jamie <jamie@lumenpine.example>");
		expect(decideInvoice(m, ctx)).toMatchObject({ kind: "none" });
	});
});

describe("permission, waiting and 'proceed with invoicing' forms, and 'when you can'", () => {
	const cases: [string, string, Line[]][] = [
		["Quedo a la espera de la factura por las 3 sesiones de fotos a 120 € cada una.", "EUR", [["Sesiones de fotos", 3, "120.00"]]],
		["J'attends ta facture pour les 2 affiches à 80 € pièce.", "EUR", [["Affiches", 2, "80.00"]]],
		["You can invoice us now for the 3 posters at $45 each.", "USD", [["Posters", 3, "45.00"]]],
		["Wir bitten um Rechnungsstellung für die 3 Tage Workshop à 900 €.", "EUR", [["Workshop (Tage)", 3, "900.00"]]],
		// "When you get a chance" is now, not later: with a quote mentioned, it is still an invoice request.
		["As per your quote, please send the invoice for the 3 banners at $60 each when you get a chance.", "USD", [["Banners", 3, "60.00"]]],
	];
	for (const [text, currency, lines] of cases) it(text.slice(0, 60), () => expectDraft(text, currency, lines));
	it("waiting for someone else's invoice asks nothing", () => expect(decide("We are still waiting for the invoice from our printer before we can send the files.").kind).toBe("none"));
});

describe("a forward whose header block is in the forwarding client's language", () => {
	for (const from of ["De :", "Von:", "Da:", "Van:", "From:"]) {
		it(`takes the customer from "${from}"`, () => {
			const d = decide(`Sam, see below.\n\nJamie\n\n-------- Forwarded Message --------\n${from} Geneviève Lemieux <genevieve@boulangerie.example>\nDate : 25 novembre 2026\n\nPourriez-vous m'envoyer la facture pour la séance photo ? 1 450,00 € comme convenu.\n\nGeneviève`);
			expect(d.kind, JSON.stringify(d)).toBe("draft");
			if (d.kind === "draft") expect((d.params["customer"] as { email: string }).email).toBe("genevieve@boulangerie.example");
		});
	}
});

describe("an order number written only in the subject", () => {
	for (const [subject, body, reference] of [
		["Invoice for new kit design - PO 5521", "Hi Sam, please invoice us for the kit design, R8,500.", "PO 5521"],
		["Re: Rechnung Poster – Bestellnummer 4500-2231", "Kannst du mir bitte die Rechnung für das Poster schicken? 450 €.", "4500-2231"],
		["Fwd: Factura carteles, pedido OC-4471", "Por favor, envíenos la factura del cartel, 300 €.", "OC-4471"],
	] as const) {
		it(`"${subject}" gives the draft its reference`, () => {
			const d = decide(body, subject);
			expect(d.kind, JSON.stringify(d)).toBe("draft");
			if (d.kind === "draft") expect(d.params["reference"]).toBe(reference);
		});
	}
	it("the body's own order number wins over the subject's", () => {
		const d = decide("Please invoice us for the logo, $500. Our PO is PO-7781.", "Invoice - PO 1234");
		if (d.kind === "draft") expect(d.params["reference"]).toBe("PO-7781");
		else expect.fail(JSON.stringify(d));
	});
});

describe("two different payment terms in one email", () => {
	it("asks which one rather than carrying the first", () => {
		expectClarify("Please invoice us for the logo, $500. Our terms are net 30, but this time payment within 14 days would help us.", "the payment terms: the email writes 30 days and 14 days");
		expectClarify("Bitte stell mir das Logo in Rechnung, 500 €. Zahlungsziel 30 Tage – ach nein, Zahlung innerhalb von 14 Tagen bitte.", "which one?");
	});
	it("an early-payment discount's days are part of the terms, not other terms", () => {
		// (The English discount itself is asked about, how much is taken off; the terms are not.)
		const d = decide("Please invoice us for the logo, $500. Payment within 30 days, 2% discount if paid within 10 days.");
		expect(JSON.stringify(d)).not.toContain("the payment terms");
		expect(decide("Bitte stell mir das Logo in Rechnung, 500 €. Zahlungsziel 30 Tage, 2 % Skonto bei Zahlung innerhalb von 10 Tagen.").kind).toBe("draft");
	});
	it("the same terms written twice are no question", () => {
		const d = decide("Please invoice us for the logo, $500. Our terms are 30 days; we pay within 30 days of invoice.");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect(d.params["payment_terms"]).toBe("30 Days");
	});
});

describe("\"when you get a sec\" after the request is no thing billed", () => {
	it("the thing is the one the price names", () => {
		expectDraft("Send us an invoice when you get a sec — AUD 1,500 for the site build.", "AUD", [["Site build", 1, "1500.00"]]);
		expectDraft("Chuck us an invoice when you get a chance: $800 for the logo.", "USD", [["Logo", 1, "800.00"]]);
	});
	it("a name and a dash before the order still asks", () => {
		expectDraft("Sam - invoice me for the 2 hrs call last fri @ USD 120/hr. thx", "USD", [["Call last fri (hours)", 2, "120.00"]]);
	});
});
