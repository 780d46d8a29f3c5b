// The customer of a drafted invoice: the person who asks, and their company from a "Bill to" block or the signature.
// The legal forms (by country) and the words that join a firm's name (by language) are tables whose examples run here.
import { describe, expect, it } from "vitest";
import { ASKED_FOR, BILLING_DETAILS, LEGAL_FORMS, NAME_JOINERS, PAYER_ARTICLES, PAYER_PHRASES, PAYER_WORDS, LOWER_CASE_PAYER, billingDetailsCompany, companyIn, lowerCasePayer, namedPayer, readCustomer } from "../../../src/connectors/gmail/invoice/customer";

const from = { name: "Dana Whitfield", email: "dana@acme-outdoor.example" };

describe("legal forms by country", () => {
	for (const row of LEGAL_FORMS) {
		for (const [line, company] of row.examples) it(`${row.country}: "${line}" names ${company}`, () => expect(companyIn(line)).toBe(company));
		for (const line of row.ignores ?? []) it(`${row.country}: "${line}" names no company`, () => expect(companyIn(line)).toBeNull());
	}
});

describe("words that join a firm's name", () => {
	for (const row of NAME_JOINERS) for (const [line, company] of row.examples) it(`${row.lang}: "${line}" names ${company}`, () => expect(companyIn(line)).toBe(company));
});

describe("the company named as the payer", () => {
	for (const [text, company] of PAYER_WORDS.examples) it(`"${text}" names ${company}`, () => expect(namedPayer(text)).toBe(company));

	it("wins over the signature's firm", () => {
		expect(readCustomer("Please issue an invoice to Globex Ltd for the audit, $900.\n\nDana\nAcme Outdoor Ltd", from)).toEqual({ ...from, company: "Globex Ltd" });
	});
});

describe("the firm under a billing-details heading", () => {
	for (const row of BILLING_DETAILS) for (const [text, company] of row.examples) it(`${row.lang}: ${JSON.stringify(text)} → ${company}`, () => expect(billingDetailsCompany(text)).toBe(company));

	it("is the company when nothing else names one, the payer named still wins", () => {
		expect(readCustomer("Please invoice the flyers, €300.\n\nFacturatiegegevens:\nvzw Het Anker\nMarkt 3, 8000 Brugge\n\nGroeten,\nDana", from)).toEqual({ ...from, company: "vzw Het Anker" });
		expect(readCustomer("Please invoice the flyers, €300.\n\nBilling details:\nNorthwind Print Ltd\n\nThanks,\nDana\nAcme Outdoor Ltd", from)).toEqual({ ...from, company: "Northwind Print Ltd" });
		expect(readCustomer("Please invoice Globex Ltd for the flyers, €300.\n\nBilling details:\nNorthwind Print Ltd\n", from)).toEqual({ ...from, company: "Globex Ltd" });
	});
});

describe("readCustomer", () => {
	it("a foundation named by its kind first is read as the payer named, not from a signature alone", () => {
		expect(readCustomer("Pourriez-vous nous adresser la facture ? Mise en page : CHF 900.\nMerci de la libeller au nom de la Fondation Pro Musica. Bien à vous.\n\nDana", from)).toEqual({ ...from, company: "Fondation Pro Musica" });
		expect(readCustomer("¿Nos envías la factura del cartel a nombre de la Fundación Amigos del Museo? 400 €.\n\nUn saludo,\nDana", from)).toEqual({ ...from, company: "Fundación Amigos del Museo" });
		expect(readCustomer("Stuur je de factuur voor de flyers? € 300. Graag op naam van Stichting De Brug.\n\nGroeten,\nDana", from)).toEqual({ ...from, company: "Stichting De Brug" });
		// The signature alone may name the sender's employer: the draft goes to the person.
		expect(readCustomer("¿Nos envías la factura del cartel? 400 €.\n\nUn saludo,\nDana Whitfield\nCoordinadora\nFundación Amigos del Museo\nCalle Mayor 5, Madrid", from)).toEqual(from);
		// An association named by its kind first, asked for as the payer, is the customer's (tests/fixtures/emails/LABELS.md:
		// a billing phrase names the company, with or without a legal form).
		expect(readCustomer("Le agradeceré emitir la factura a nombre de Asociación Kallpa, 400 €.\n\nDana", from)).toEqual({ ...from, company: "Asociación Kallpa" });
		// An English line of work that starts with the word is no firm.
		expect(readCustomer("Please invoice us:\nFoundation Logo Design - $500\n\nThanks,\nDana", from)).toEqual(from);
	});

	it("takes the company from the signature", () => {
		expect(readCustomer("Please invoice us for 12 hours at $95.\n\nThanks,\nDana\nAcme Outdoor Ltd\n", from)).toEqual({ ...from, company: "Acme Outdoor Ltd" });
	});

	it("takes the company from a Bill to block before the signature", () => {
		expect(readCustomer("Bill to:\nHarborview Yoga LLC\n12 Pier Road\n\nThanks,\nDana\nAcme Outdoor Ltd", from)).toEqual({ ...from, company: "Harborview Yoga LLC" });
	});

	it("takes the company from a German address block headed \"Rechnung (bitte) an:\" or \"Rechnungsanschrift:\"", () => {
		expect(readCustomer("Rechnung bitte an:\nVelowerkstatt Kreis 5 GmbH\nLimmatstrasse 152\n\nGruss\nDana", from)).toEqual({ ...from, company: "Velowerkstatt Kreis 5 GmbH" });
		expect(readCustomer("Rechnung an:\nBäckerei Roth\nHauptstr. 3\n\nGrüße\nDana\nAcme Outdoor Ltd", from)).toEqual({ ...from, company: "Bäckerei Roth" });
		expect(readCustomer("Rechnungsanschrift:\nStudio 7 AG\nBahnhofstr. 1\n\nGrüße\nDana", from)).toEqual({ ...from, company: "Studio 7 AG" });
		// A sentence sending the invoice to someone is no address block.
		expect(readCustomer("Bitte schick die Rechnung an mich, danke.\n\nDana\nAcme Outdoor Ltd", from)).toEqual({ ...from, company: "Acme Outdoor Ltd" });
	});

	it("reads a payer named at a sentence's end as the signature spells it", () => {
		expect(readCustomer("Invoice to Bondi Physio & Pilates Pty Ltd. Payment terms 14 days is fine.\n\nLauren\nBondi Physio & Pilates Pty Ltd\nBondi Beach NSW 2026", from).company).toBe("Bondi Physio & Pilates Pty Ltd");
		expect(readCustomer("Merci de libeller la facture au nom de Cave Martin SARL. Règlement à 30 jours.\n\nHélène\nGérante – Cave Martin SARL", from).company).toBe("Cave Martin SARL");
		expect(readCustomer("Please issue an invoice to Maple & Rye Inc. for the menus.\n\nDana", from).company).toBe("Maple & Rye Inc.");
	});
	it("takes a trade-word name with a street number after it for the premises of an address, not a firm", () => {
		expect(readCustomer("Please invoice us, £520.\n\nImogen\nThe Lantern Players\nLantern Studio, 3 Ropewalk Lane, London SE1 2NH", from)).toEqual(from);
		expect(readCustomer("Please invoice us, £520.\n\nImogen\nCasa Verde Studio\nVia Roma 3, Milano", from).company).toBe("Casa Verde Studio");
		expect(readCustomer("Please invoice us, £520.\n\nImogen\nAcme Outdoor Ltd, 12 High Street, Leeds", from).company).toBe("Acme Outdoor Ltd");
	});
	it("names no company when none is written", () => {
		expect(readCustomer("Please invoice me for the logo, $650.\n\nDana", from)).toEqual(from);
	});

	it("reads a firm whose name holds small joining words, not only its last capitalised words", () => {
		expect(readCustomer("Obrigada!\nBia\n\n--\nBeatriz Couto\nSabor da Terra Restaurante Ltda.\nCNPJ 12.345.678/0001-90", from).company).toBe("Sabor da Terra Restaurante Ltda.");
	});

	it("never takes a signature's address, postcode or state for a firm", () => {
		expect(readCustomer("Invoice me for the 3 hours at $90.\n\nDana Whitfield\n120 Commercial St\nPortland, ME 04101\n(207) 555-0199", from)).toEqual(from);
		expect(readCustomer("Invoice me for the 3 hours at $90.\n\nDana Whitfield\n400 4 Ave SW\nCalgary AB T2P 0J4", from)).toEqual(from);
	});
});

describe("the name as the sender signs it", () => {
	const from = (name: string) => ({ name, email: "someone@client.example" });
	for (const [header, text, signed] of [
		["Park Ji-woo", "Please invoice us for the covers.\n\nBest regards,\nJi-woo Park\nEditor | Hanbit Books", "Ji-woo Park"],
		["Chen, Marcus", "Can you send the invoice?\n\nThanks,\nMarcus Chen\nTideline Events", "Marcus Chen"],
		["NAGY Péter", "Kérem a számlát.\n\nÜdvözlettel,\nPéter Nagy | Tisza Design Kft.", "Péter Nagy"],
	] as const)
		it(`"${header}" signing "${signed}" is ${signed}`, () => expect(readCustomer(text, from(header)).name).toBe(signed));

	it("a header written given name first stays as it is, whatever order the signature takes", () => {
		expect(readCustomer("Please invoice us.\n\nRegards,\nWatanabe Kenji\nKiln Hanare", from("Kenji Watanabe")).name).toBe("Kenji Watanabe");
		expect(readCustomer("Please invoice us.\n\nThanks,\nWhitfield Dana", from("Dana Whitfield")).name).toBe("Dana Whitfield");
		// A family name first with nothing but its order to show it stays as the header writes it (LABELS.md), even when
		// the address spells the signed order.
		expect(readCustomer("Please invoice us.\n\nThanks,\nYuki Tanaka", { name: "Tanaka Yuki", email: "yuki.tanaka@client.example" }).name).toBe("Tanaka Yuki");
		expect(readCustomer("Please invoice me in KRW.\n\nJiyoon Kim\nBrand Marketing Team | Seoul Bloom", { name: "Kim Jiyoon", email: "jiyoon.kim@client.example" }).name).toBe("Kim Jiyoon");
	});

	it("a signature with other words never renames the customer", () => {
		expect(readCustomer("Please invoice us.\n\nThanks,\nJi-woo\nHanbit Books", from("Park Ji-woo")).name).toBe("Park Ji-woo");
		expect(readCustomer("Please invoice us.\n\nThanks,\nPark Ji-woo", from("Park Ji-woo")).name).toBe("Park Ji-woo");
	});
});

describe("the payer named without the word invoice before it", () => {
	for (const row of PAYER_PHRASES)
		for (const [text, company] of row.examples) it(`${row.lang}: "${text}" names ${company}`, () => expect(namedPayer(text)).toBe(company));

	it("the payer so named comes before the signature's company", () => {
		const c = readCustomer("Please address it to Globex Ltd, 12 High St, London.\n\nAnn Lee\nInitech Ltd", { name: "Ann Lee", email: "ann@initech.example" });
		expect(c.company).toBe("Globex Ltd");
	});
});

describe("an article in lower case between the payer phrase and the company", () => {
	for (const row of PAYER_ARTICLES)
		for (const [text, company] of row.examples) it(`${row.lang}: "${text}" names ${company ?? "no company"}`, () => expect(namedPayer(text)).toBe(company));

	it("the word for invoice before the phrase: the elided article still goes", () => {
		expect(namedPayer("Pourriez-vous établir la facture au nom de l'Atelier Rive Sàrl ?")).toBe("Atelier Rive Sàrl");
	});

	it("a firm's own capitalised article stays, in the phrase and in the signature", () => {
		expect(namedPayer("Merci d'établir la facture au nom de L'Atelier Rive Sàrl.")).toBe("L'Atelier Rive Sàrl");
		expect(readCustomer("Merci pour tout.\n\nClaire Roy\nL'Atelier Rive Sàrl", { name: "Claire Roy", email: "c@rive.example" }).company).toBe("L'Atelier Rive Sàrl");
	});

	it("a capitalised article goes only where the email writes the firm without it too", () => {
		expect(namedPayer("Merci d'établir la facture au nom de L'Atelier Rive Sàrl.\n\nClaire Roy\nAtelier Rive Sàrl")).toBe("Atelier Rive Sàrl");
		expect(namedPayer("Merci d'établir la facture au nom de L'Oréal Suisse SA\n\nClaire Roy\nL'Oréal Suisse SA")).toBe("L'Oréal Suisse SA");
	});

	it("the signature writes the firm without the article: the customer is that firm", () => {
		const c = readCustomer("Merci de l'établir au nom de l'Atelier Rive Sàrl.\n\nClaire Roy\nAtelier Rive Sàrl\nRue du Lac 2", { name: "Claire Roy", email: "c@rive.example" });
		expect(c.company).toBe("Atelier Rive Sàrl");
	});
});

describe("a request's words never lead the company", () => {
	for (const [line, company] of [
		["Bitte die Rechnung auf die Müller GmbH ausstellen.", "Müller GmbH"],
		["Rechnung an Haus der Musik e.V.", "Haus der Musik e.V."],
		["Facture pour la Boulangerie du Coin SARL", "Boulangerie du Coin SARL"],
	] as const)
		it(`${line} → ${company}`, () => expect(companyIn(line)).toBe(company));
});

describe("a company's dot that ends the sentence", () => {
	it("is dropped where the email also writes the company without it", () => {
		expect(namedPayer("Please raise the invoice in the name of Ambika Sarees Ltd. Payment will be made in 14 days.\n\nRakesh Patel\nDirector, Ambika Sarees Ltd")).toBe("Ambika Sarees Ltd");
	});
	it("is kept where the email writes it only with the dot", () => {
		expect(namedPayer("Please raise the invoice in the name of Ambika Sarees Ltd. Payment will be made in 14 days.")).toBe("Ambika Sarees Ltd.");
	});
});

describe("a payer's company written in lower case after a payer phrase", () => {
	const from = { name: "Bec Holloway", email: "bec@example.com" };
	for (const [text, company] of LOWER_CASE_PAYER.examples) it(`${text} → ${company}`, () => expect(readCustomer(`${text}\n\nbec`, from).company).toBe(company));
	for (const text of LOWER_CASE_PAYER.ignores) it(`${text} names no lower-case company`, () => expect(lowerCasePayer(text)).toBeNull());
});

describe("a signature's trade name under a request for the sender themself", () => {
	for (const row of ASKED_FOR) {
		for (const [text, firm] of row.examples) {
			it(`${row.lang}: "${text}" ${firm ? "keeps" : "drops"} the trade name`, () => {
				expect(readCustomer(`${text}\n\nDana\nHarbour Light Studio\n`, from).company).toBe(firm ? "Harbour Light Studio" : undefined);
			});
		}
	}

	it("is no payer, while a legal form under the same request is", () => {
		const ask = "Hello Sam,\n\nI'd like you to send me the invoice for the portraits we did on Friday, GH₵ 1,200.\n\nThanks,\nDana Whitfield\n";
		expect(readCustomer(`${ask}Lumen Craft Studio\nOsu, Accra`, from)).toEqual(from);
		expect(readCustomer(`${ask}Riverside Frames Agency\n024 555 0100`, from)).toEqual(from);
		expect(readCustomer(`${ask}Lumen Craft Ltd\nOsu, Accra`, from).company).toBe("Lumen Craft Ltd");
	});

	it("is the payer when named as such, whoever asks", () => {
		expect(readCustomer("Please send me the invoice made out to Lumen Craft Ltd, thanks.\n\nDana\nLumen Craft Studio", from).company).toBe("Lumen Craft Ltd");
		expect(readCustomer("Bill to:\nLumen Craft Studio\n\nSend me the invoice please.\n\nDana", from).company).toBe("Lumen Craft Studio");
	});
});

describe("a firm named inline with its address after a billing link, and again in the signature", () => {
	it("is the company, with no legal form", () => {
		expect(readCustomer("Please invoice the menu, $400.\n\nBill to Blue Door Bistro & Bar, 12 Harbour Road, Suva, Fiji.\n\nThanks,\nDana\nOwner, Blue Door Bistro & Bar", from)).toEqual({ ...from, company: "Blue Door Bistro & Bar" });
		expect(readCustomer("Merci de mettre la facture au nom de : Coopérative Les Jardins du Fleuve, Quartier Nord, Villa 12, Saint-Louis.\n\nDana\nCoopérative Les Jardins du Fleuve", from)).toEqual({ ...from, company: "Coopérative Les Jardins du Fleuve" });
	});
	it("near miss: a name alone after the link, or written once only, names no company", () => {
		expect(readCustomer("Please invoice the menu, $400. Bill to Blue Door Bistro.\n\nThanks,\nDana\nBlue Door Bistro", from)).toEqual(from);
		expect(readCustomer("Please invoice the menu, $400.\n\nBill to Blue Door Bistro, 12 Harbour Road, Suva.\n\nThanks,\nDana", from)).toEqual(from);
	});
});
