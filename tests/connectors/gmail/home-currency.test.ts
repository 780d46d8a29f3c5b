// A mark several countries write for their money ("$", "bucks", "kr", "Rs.", "FCFA") from a sender the email clearly
// places in one country is that country's money, as a careful bookkeeper reads it; two countries, or none, and the card
// asks (a lone "$" with no place at all stays US dollars).
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { HOMES, homeCurrency, homesFor, markKey } from "../../../src/connectors/gmail/invoice/home-currency";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import type { InvoiceDecision } from "../../../src/core/watchers/gmail-watcher";

function decide(text: string): InvoiceDecision {
	const raw = `From: Kim Moreau <kim@saltbush.example>\r\nTo: owner@lumenpine.example\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text.replace(/\n/g, "\r\n")}`;
	const m = toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] });
	return decideInvoice(m, { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });
}

function drafts(text: string, currency: string, amounts?: string[]): void {
	const d = decide(text);
	expect(d.kind, JSON.stringify(d)).toBe("draft");
	if (d.kind !== "draft") return;
	expect(d.params["currency"]).toBe(currency);
	if (amounts) expect((d.params["lines"] as { unit_price: string }[]).map((l) => l.unit_price)).toEqual(amounts);
}

function asks(text: string, words: string): void {
	const d = decide(text);
	expect(d.kind, JSON.stringify(d)).toBe("clarify");
	if (d.kind === "clarify") expect(d.missing.join(" ")).toContain(words);
}

describe("the country a sender's lines place them in", () => {
	for (const home of HOMES) {
		for (const example of home.examples) {
			it(`"${example}" places the sender in ${home.country} (${home.code} for "${home.marks[0]}")`, () => expect(homeCurrency(`Thanks,\n${example}`, home.marks[0]!)).toBe(home.code));
		}
	}
	it("reads a mark however it is written", () => {
		expect(markKey("Rs.")).toBe("rs");
		expect(markKey("kr.")).toBe("kr");
		expect(markKey("buck")).toBe("bucks");
		expect(markKey("F CFA")).toBe("f cfa");
	});
	it("a city counts only where an address line writes it, not in a sentence", () => {
		expect(homeCurrency("We shot the ad in Stockholm last week.", "kr")).toBeNull();
		expect(homeCurrency("Studio Nord\nSveavägen 12, 113 50 Stockholm", "kr")).toBe("SEK");
	});
	it("a country that does not write the mark places nobody for it", () => expect(homeCurrency("Ingrid\nHornsgatan 54, 118 21 Stockholm", "$")).toBeNull());
	it("two countries writing the same mark place nobody", () => {
		expect(homeCurrency("Offices in Sydney, Australia and Auckland, New Zealand", "$")).toBeNull();
		expect(homeCurrency("Ingrid\nHornsgatan 54, 118 21 Stockholm\nOur Oslo office: +47 22 00 00 00", "kr")).toBeNull();
	});
	it("a Canadian phone number alone (+1, shared with the US) places nobody", () => expect(homeCurrency("Tel +1 514 555 0100", "$")).toBeNull());
	it("a postcode-like number or a state word without its postcode places nobody", () => expect(homeCurrency("We need 2026 flyers, WA style", "$")).toBeNull());
	it("a country named in a sentence only hints: the card asks rather than drafts", () => {
		expect(homeCurrency("We loved the shoot in Mexico last month.", "$")).toBeNull();
		expect(homesFor("We loved the shoot in Mexico last month.", "$").map((h) => h.code)).toEqual(["MXN"]);
		expect(homeCurrency("Kim\nGuadalajara, Jalisco, México", "$")).toBe("MXN");
	});
	it("a city or country that signs a name is no place", () => {
		expect(homeCurrency("Thanks, Sydney", "$")).toBeNull();
		expect(homeCurrency("Cheers – Austin", "bucks")).toBeNull();
		expect(homeCurrency("Best,\nSydney", "$")).toBeNull();
		expect(homeCurrency("Regards,\nIndia", "rs")).toBeNull();
		expect(homeCurrency("Sydney\nHarbour Studio, Sydney", "$")).toBe("AUD");
		expect(homeCurrency("Austin, TX 78701", "$")).toBe("USD");
		expect(homeCurrency("Sydney, thanks for the great shoot.", "$")).toBeNull();
		expect(homeCurrency("Kim\nSydney, Australia", "$")).toBe("AUD");
	});
	it("a firm's SA beside a year, or a number holding 0061, places nobody", () => {
		expect(homeCurrency("Thanks,\nNestlé SA 2026 catalogue team", "$")).toBeNull();
		expect(homeCurrency("Ref. 1.0061 2233 4455", "$")).toBeNull();
		expect(homeCurrency("PO #0061 2233 4455", "$")).toBeNull();
	});
	it("New Mexico is in the US, not Mexico", () => expect(homeCurrency("Santa Fe, New Mexico", "$")).toBeNull());
	it("an English 'tack' or a first name is no closing", () => expect(homeCurrency("We changed tack on the design.\nThanks,\nErik", "kr")).toBeNull());
});

describe("a plain $ in a request", () => {
	const req = (signature: string) => `Hi Sam,\n\nPlease invoice us $1,200 for the shop signage.\n\nCheers,\nKim\n${signature}`;
	it("from an Australian address drafts in AUD", () => drafts(req("Saltbush Cafe, 12 Campbell Parade, Bondi Beach NSW 2026"), "AUD"));
	it("from a Canadian postcode drafts in CAD", () => drafts(req("5190, boul. Saint-Laurent, Montréal (Québec) H2T 1R8"), "CAD"));
	it("from a New Zealand phone number drafts in NZD", () => drafts(req("Mob +64 21 555 0199"), "NZD"));
	// Round 15: Mexico writes no English, so an English email from there is written for a reader abroad and its "$" may
	// be US dollars (see dollar-abroad-in-english.test.ts); written in Spanish, the "$" is pesos.
	it("from Mexico, written in English, asks whether the $ is pesos", () => asks(req("Col. Roma Norte, CDMX, México"), "MXN"));
	it("from Mexico, written in Spanish, drafts in MXN", () => drafts("Hola Sam:\n\n¿Nos mandas la factura por la señalética de la tienda? Fueron $1,200.\n\nSaludos,\nKim\nCol. Roma Norte, CDMX, México", "MXN"));
	it("from a US address drafts in US dollars", () => drafts(req("114 Exchange St, Portland, ME 04101"), "USD"));
	it("with no place at all drafts in US dollars", () => drafts(req(""), "USD"));
	it("with the code written beside it, drafts in that dollar", () => drafts("Hi Sam,\n\nPlease invoice us $1,200 AUD for the shop signage.\n\nCheers,\nKim\nPortland, ME 04101", "AUD"));
	it("with the dollar's code in lower case beside it, drafts in that dollar", () => drafts("can you send the invoice for the annual report layout, $2,400 nzd as quoted.", "NZD"));
	it("from a sender who only mentions a dollar country asks which", () => asks("Hi Sam,\n\nPlease invoice us $1,200 for the photos from our trip to New Zealand.\n\nCheers,\nKim", "could be NZD or USD"));
	it("from Canada in an email that says its amounts are USD drafts in US dollars", () => drafts(`${req("Vancouver, BC V6B 1A1")}\nAll amounts in USD.`, "USD"));
	it("£ from Cairo in an email that says sterling stays pounds sterling", () => drafts("Please invoice us £5,000 for the logo, in sterling.\n\nOmar\nZamalek, Cairo", "GBP"));
	it("from two dollar countries asks which", () => asks(req("Offices: Bondi Beach NSW 2026 · Ponsonby, Auckland, New Zealand"), "could be AUD, NZD or USD"));
	it("from a US address and an Australian one asks which", () => asks(req("Bondi Beach NSW 2026 · Seattle, WA 98101"), "could be AUD or USD"));
	it("from Australia while naming another dollar elsewhere asks which", () => asks(`${req("Bondi Beach NSW 2026")}\nAll our prices are in Singapore dollars.`, "SGD"));
	it("peso digits from Argentina, with the pesos named in another sentence, draft in ARS", () =>
		drafts("Le pido por favor que nos emita la factura:\n\nDiseño del afiche: $ 850.000,00\n\nSon pesos argentinos.\n\nMartín\nAv. Corrientes 1543, C1042 CABA", "ARS", ["850000.00"]));
	it("peso digits from a Chilean tax id draft in CLP", () => drafts("Mándame la factura por el diseño del catálogo: $450.000.\n\nA nombre de Vinoteca SpA, RUT 76.000.123-4", "CLP", ["450000"]));
	it("peso digits from Montevideo beside US dollars are pesos: two currencies, asked about", () =>
		asks("Mandame la factura cuando puedas. Habíamos quedado en US$ 600, pero después me dijiste que lo podías cobrar en pesos, $ 24.000.\n\nSofía\nRambla Gandhi 540, Montevideo", "more than one currency (USD, UYU)"));
	it("a Quebec-style '60 $' from Montréal drafts in CAD", () => drafts("Pourriez-vous m'envoyer la facture? 1 450,00 $ pour la séance photo.\n\nGeneviève\nMontréal (Québec) H2T 1R8", "CAD", ["1450.00"]));
});

describe("the other shared marks", () => {
	it("kr from a Stockholm address is SEK", () => drafts("Please invoice us for the rendering work - 14 hours at 950 kr.\n\nTack!\nIngrid\nHornsgatan 54, 118 21 Stockholm", "SEK"));
	it("kr. from a Danish company number is DKK", () => drafts("Could you send the invoice to Bageriet Hygge ApS (CVR 40001234)?\n\n- Campaign design: 8.500,00 kr.", "DKK"));
	it("kr from an Oslo address is NOK", () => drafts("Could you invoice us for the logo? 12 000 kr as agreed.\n\nTusen takk!\nOla\nGrünerløkka, 0552 Oslo", "NOK"));
	it("Rs. from Bengaluru is INR", () => drafts("Kindly send the invoice for the brochure design - Rs. 45,000/-\n\nPriya\nHSR Layout, Bengaluru 560102", "INR"));
	it("Rs from Port Louis is MUR", () => drafts("Please invoice us Rs 45,000 for the hotel brochure.\n\nAnjali\nCaudan Waterfront, Port Louis", "MUR"));
	it("Rs from a +92 number is PKR", () => drafts("Please invoice us Rs 85,000 for the website.\n\nBilal\n+92 21 3500 1234", "PKR"));
	it("bucks from Austin is USD", () => drafts("yo sam can u invoice me 350 bucks for the logo tweaks. thx\n\ntony\nla esquina tacos, austin", "USD"));
	it("bucks from Melbourne is AUD", () => drafts("Can you invoice me 350 bucks for the logo tweaks?\n\nCheers\nJack\nFitzroy, Melbourne", "AUD"));
	it("FCFA from Dakar is XOF", () => drafts("Tu peux m'envoyer la facture ? C'était 6 affiches à 75 000 FCFA chacune.\n\nAminata\nAtelier Baobab – Dakar", "XOF", ["75000"]));
	it("francs CFA from Douala is XAF", () => drafts("Merci de m'envoyer la facture : 6 affiches à 75 000 francs CFA chacune.\n\nPaul\nAkwa, Douala", "XAF", ["75000"]));
	it("riyals from Doha are QAR", () => drafts("Please invoice us 18,000 riyals for the exhibition stand design.\n\nAhmed\nWest Bay, Doha", "QAR"));
	it("riyals from a +966 number are SAR", () => drafts("Kindly send the invoice for the brand film, 45,000 riyals.\n\nFaisal\nMob +966 50 000 0000", "SAR"));
	it("Dhs from Dubai are AED, from Marrakech MAD", () => {
		drafts("Please invoice us Dhs 12,000 for the catalogue shoot.\n\nSara\nBusiness Bay, Dubai", "AED");
		drafts("Merci de nous envoyer la facture : 12 000 DH pour le shooting du catalogue.\n\nYoussef\nGueliz, Marrakech", "MAD");
	});
	it("Dhs with no place at all is asked about", () => asks("Please invoice us Dhs 12,000 for the catalogue shoot.\n\nSara", 'the currency "Dhs" could be AED or MAD'));
	it("dinars from Amman are JOD", () => drafts("Please invoice us 3,500 dinars for the website.\n\nLaith\nJabal Amman, Amman", "JOD"));
	it("shillings from Kampala are UGX", () => drafts("Please invoice us 2,400,000 shillings for the logo.\n\nGrace\nKololo, Kampala", "UGX"));
	it("pesos from Makati are PHP", () => drafts("Please invoice us 45,000 pesos for the product photos.\n\nMarco\nLegaspi Village, Makati", "PHP"));
	it("¥ from a Shanghai address is CNY, with no place still JPY", () => {
		drafts("Please invoice us ¥8,000 for the brochure design.\n\nLi Wei\nJing'an District, Shanghai 200040", "CNY");
		drafts("Please invoice us ¥8,000 for the brochure design.\n\nKenji", "JPY");
		drafts("Please invoice us ¥8,000 for the brochure design.\n\nKenji\n2-1-1 Jingumae, Shibuya-ku, Tokyo 150-0001", "JPY");
	});
	it("£ from a Cairo address is EGP, from Beirut LBP, from London or nowhere GBP", () => {
		drafts("Please invoice us £5,000 for the logo.\n\nOmar\nZamalek, Cairo", "EGP");
		drafts("Please invoice us £5,000 for the logo.\n\nRami\nMar Mikhael, Beirut", "LBP");
		drafts("Please invoice us £5,000 for the logo.\n\nOmar\nLondon SE1 2NH", "GBP");
		drafts("Please invoice us £5,000 for the logo.\n\nOmar", "GBP");
	});
	it("£ from a sender placed in Cairo and in London is asked about", () => asks("Please invoice us £5,000 for the logo.\n\nOmar\nZamalek, Cairo · London office +44 20 7946 0000", 'the currency "£" could be GBP or EGP'));
	it("kr with no place at all is asked about", () => asks("Please invoice us 4,000 kr for the workshop.\n\nSven", 'the currency "kr" could be'));
	it("Rs. with no place at all is asked about", () => asks("Please invoice us Rs. 85,000 for the website.\n\nBilal", 'the currency "Rs." could be'));
	it("bucks with no place at all is asked about", () => asks("could you shoot me over an invoice for the labels? 300 bucks like we said.\n\nJosh", 'the currency "bucks" could be'));
	it("FCFA with no place at all is asked about", () => asks("Tu peux m'envoyer la facture ? C'était 6 affiches à 75 000 FCFA chacune.\n\nAminata", 'the currency "FCFA" could be XOF or XAF'));
	it("$ from a company written Pty Ltd (in any case) is AUD; South Africa's bracketed (Pty) Ltd, or a Pty Ltd placed in South Africa, is not", () => {
		drafts("can u invoice us for the content shoot, $650 thanks\n\nbill to wattle & stem pty ltd", "AUD", ["650.00"]);
		drafts("Please invoice us for the logo, $1,200.\n\nBluegum Builders Pty. Ltd.", "AUD", ["1200.00"]);
		drafts("Please invoice us for the logo, $1,200.\n\nSam\nHarbour Films Pty Limited", "AUD");
		expect(homeCurrency("Nkosi Brewing Co (Pty) Ltd", "$")).toBeNull();
		expect(homeCurrency("Nkosi Brewing Co Pty Ltd\n12 Long Street, Cape Town", "$")).toBeNull();
		expect(homeCurrency("Nkosi Brewing Co Pty Ltd\nTel +27 21 555 0100", "$")).toBeNull();
	});
	it("a place line ending in a region's code places the sender; a closing or a code two countries write does not", () => {
		drafts("Please send the final invoice for the mural, 3,800 bucks.\n\nGus\nLakeshore Lager Co. LLC\nMilwaukee, WI", "USD");
		drafts("Please invoice us for the logo, $1,200.\n\nPriya\nKingston, ON", "CAD");
		drafts("Please invoice us for the logo, $1,200.\n\nMia\nFitzroy, VIC", "AUD");
		expect(homeCurrency("Thanks, OK", "$")).toBeNull();
		expect(homeCurrency("Sincerely, ME", "bucks")).toBeNull();
		expect(homeCurrency("Perth, WA", "$")).toBeNull();
		expect(homeCurrency("Yellowknife, NT", "$")).toBeNull();
	});
	it("a company form only one dollar or peso country writes places the sender: Pte Ltd, Ltée, de C.V.", () => {
		drafts("Please invoice us for the menu design, $850.\n\nWei Ling\nKopi & Co Pte. Ltd.", "SGD", ["850.00"]);
		drafts("Pouvez-vous m'envoyer la facture pour le logo ? C'était 1 200 $.\n\nLes Ateliers Boréal Ltée", "CAD");
		drafts("¿Me mandas la factura del logo? Fueron $8,500.\n\nTaller Colibrí S.A. de C.V.", "MXN", ["8500.00"]);
		// Malaysia's "Sdn Bhd" writes ringgit, not "$": the "$" stays US dollars.
		drafts("Please invoice us for the menu design, $850.\n\nKedai Kopi Sdn Bhd", "USD");
	});
	it("kr from a sender placed in two kr countries is asked about", () => asks("Please invoice us 4,000 kr for the workshop.\n\nSven\nHornsgatan 54, 118 21 Stockholm\n+45 33 00 00 00", 'the currency "kr" could be'));
});
