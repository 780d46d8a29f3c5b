// Fields read from whole emails in new wordings (terms after "conditions de paiement sont de", a due date after a
// future "payment will be done until", a purchase order written as "PO/OL/2026/114"), the question that names the
// currency when only the currency is missing, and the rule an email that asks for no invoice ends under (a quote asked
// for with invoicing "if all goes well, afterwards", a supplier's Belgian bill, a "payment on hold" asking for a
// password). Each family in several languages, with near-misses.
import { describe, expect, it } from "vitest";
import { decide, draftField, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

const ruleOf = (text: string, subject = "Hello") => {
	const d = decide(text, subject);
	return d.kind === "none" ? d.rule : d.kind;
};

describe("terms written as the terms' word and a verb", () => {
	it("reads the days in each language", () => {
		for (const [text, terms] of [
			["Bonjour Sam,\n\nPourriez-vous nous envoyer la facture pour le logo : 900,00 $ CAD.\n\nNos conditions de paiement sont de 45 jours.\n\nClaire", "45 Days"],
			["Hi Sam,\n\nPlease invoice us for the brochure, $1,200.\n\nOur payment conditions are 30 days.\n\nDana", "30 Days"],
			["Hallo Sam,\n\nkannst du mir die Rechnung schicken?\n\n- Plakat A2: 280 €\n\nZahlbar wie immer innerhalb 21 Tagen.\n\nJonas", "21 Days"],
			["Hola Sam,\n\n¿Me envías la factura del catálogo, 1.400 €? Nuestras condiciones de pago son de 60 días.\n\nLucía", "60 Days"],
			["Olá Sam,\n\nPode enviar a fatura do logótipo, 650,00 €? As nossas condições de pagamento são de 30 dias.\n\nRita", "30 Days"],
			["Ciao Sam,\n\nmi mandi la fattura per il sito, 1.500 €? Le nostre condizioni di pagamento sono di 60 giorni.\n\nMarco", "60 Days"],
			["Hoi Sam,\n\nKun je de factuur sturen voor de banner, € 450? Onze betalingsvoorwaarden zijn 30 dagen.\n\nSanne", "30 Days"],
		] as const) expect(draftField(text, "payment_terms"), text).toBe(terms);
	});
	it("near miss: a delivery's conditions are no terms", () => {
		const d = decide("Bonjour Sam,\n\nPourriez-vous nous envoyer la facture pour le logo : 900,00 €. Nos délais de livraison sont de 10 jours.\n\nClaire");
		expect(d.kind).toBe("draft");
		if (d.kind === "draft") expect(d.params["payment_terms"]).toBeUndefined();
	});
});

describe("a due date after a future payment clause", () => {
	it("reads the date, 'until' as a second-language writer means 'by'", () => {
		for (const [text, due] of [
			["Dear Sam-san,\n\nPlease send the invoice.\n- Label design : 120,000 yen\n\nPayment will be done until December 20, 2026 by bank transfer.\n\nBest regards,\nKenji", "2026-12-20"],
			["Hi Sam,\n\nPlease invoice the poster, $400. We will make the payment until 18/12/2026.\n\nDana", "2026-12-18"],
			["Hallo Sam,\n\nbitte schick mir die Rechnung fürs Logo, 800 €. Die Zahlung erfolgt bis zum 18.12.2026 per Überweisung.\n\nJonas", "2026-12-18"],
			["Hola Sam,\n\n¿Me mandas la factura del logo, 600 €? El pago se realizará hasta el 15 de diciembre de 2026.\n\nLucía", "2026-12-15"],
			["Olá Sam,\n\nPode enviar a fatura do cartaz, 420,00 €? O pagamento será feito até 18/12/2026.\n\nRita", "2026-12-18"],
		] as const) expect(draftField(text, "due_date"), text).toBe(due);
	});
	it("near miss: a payment not made until a date is no due date, and a month's end alone asks", () => {
		const d = decide("Hi Sam,\n\nPlease invoice the poster, $400. We can't pay until 15 December 2026.\n\nDana");
		if (d.kind === "draft") expect(d.params["due_date"]).toBeUndefined();
		const e = decide("Hi Sam,\n\nPlease invoice the poster, $400. Payment will be done until the end of the year.\n\nDana");
		if (e.kind === "draft") expect(e.params["due_date"]).toBeUndefined();
	});
});

describe("a purchase order written as one token with '/' parts", () => {
	it("is quoted where the email asks for it", () => {
		for (const [text, ref] of [
			["Hi Sam,\n\nPlease send the invoice for the brand identity (₦450,000). Raise it against PO/OL/2026/114. Please make sure the PO number is on it.\n\nChinedu", "PO/OL/2026/114"],
			["Hi Sam,\n\nPlease invoice the banner, KES 12,000, against LPO/2026/118. The LPO number must be on the invoice.\n\nWanjiru", "LPO/2026/118"],
			["Hi Sam,\n\nPlease invoice the logo, $700. Our approval is under PO-NG-7713, please quote the PO.\n\nDana", "PO-NG-7713"],
		] as const) expect(draftField(text, "reference"), text).toBe(ref);
	});
	it("near miss: a P.O. box is no order number, and a PO asked for and not given still asks", () => {
		const d = decide("Hi Sam,\n\nPlease invoice the logo, $700, to PO/Box 4471, Lagos.\n\nDana");
		if (d.kind === "draft") expect(d.params["reference"]).toBeUndefined();
		expectClarify("Hi Sam,\n\nPlease invoice the logo, $700. Please make sure the PO number is on it.\n\nDana", "order number or reference");
	});
});

describe("a number asked as an invoice's amount with no currency asks for the currency", () => {
	it("'invoice for 15,000 for the menu board', '2500 for all as we discussed', in several languages", () => {
		for (const text of [
			"Hi Sam,\n\nmenu board is done, boss like it.\nplease send me invoice for 15,000 for the menu board, same as we talk.\n\nthx\nKevin",
			"Hello Sam,\n\nThe posters look great. Please send me the invoice, 2500 for all as we discussed on the phone.\n\nYoussef",
			"Hallo Sam,\n\nschick mir bitte die Rechnung, 1.200 für alles, wie besprochen.\n\nJonas",
			"Bonjour Sam,\n\nTu peux m'envoyer une facture de 900 pour le logo ?\n\nClaire",
			"Hola Sam,\n\n¿Me mandas la factura? 850 por todo, como quedamos.\n\nLucía",
		]) expectClarify(text, "no currency given");
	});
	it("near miss: a count for all the guests is no amount", () => {
		const d = decide("Hi Sam,\n\nPlease send me the invoice for the dinner photos. We printed 40 for all the guests.\n\nDana");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).not.toContain("the amount 40");
	});
});

describe("an unpriced list row with a long bracket of what the work was", () => {
	it("is asked about, the terms read beside it", () => {
		expectClarify("Hey Sam,\n\nkannst du mir bitte die Rechnung schicken? Drauf sollten:\n\n- Plakat A2: 280 €\n- Banner für die Messe (nur die Gestaltung, den Druck übernehmen wir)\n\nZahlbar wie immer innerhalb 14 Tagen.\n\nJonas", "Banner für die Messe");
		expectClarify("Hi Sam,\n\nPlease put on the invoice:\n- Menu design: $400\n- Window decals (just the artwork, we print them ourselves)\n\nThanks,\nDana", "Window decals");
	});
	it("a row that runs on with a note after a dash, a comma or a colon, or opens with a count, is asked about too", () => {
		expectClarify("Hey Sam,\n\nkannst du mir bitte die Rechnung schicken? Drauf sollten:\n\n- Flyer-Design: 350 €\n- Roll-up für den Eingang – nur das Layout, Druck machen wir selbst\n- Anpassung Preisliste: 2 Std. à 60 €\n\nJonas", "Roll-up für den Eingang");
		expectClarify("Hi Sam,\n\nCould you send the invoice for:\n\n- Logo design: $800\n- Business card layout: we print them ourselves\n- Letterhead: $150\n\nDana", "Business card layout");
		expectClarify("Hi Sam,\n\nCould you send the invoice for:\n\n- Logo design: $800\n- 2 roll-up banners\n- Letterhead: $150\n\nDana", "roll-up banners");
		expectClarify("Bonjour Sam,\n\nPeux-tu m'envoyer la facture pour :\n- Logo : 800 €\n- Kakémono, juste la mise en page\n\nMerci", "Kakémono");
	});
	it("near miss: a row of payment terms, a delivery note or the billing address is no thing billed", () => {
		expectDraft("Hi Sam,\n\nCould you send the invoice for:\n\n- Logo design: $800\n- Letterhead: $150\n- Payment: 14 days\n\nDana", "USD", [["Logo design", 1, "800.00"], ["Letterhead", 1, "150.00"]]);
		expectDraft("Hi Sam,\n\nCould you send the invoice for:\n\n- Logo design: $800\n- Letterhead: $150\n- Delivery: next week, thanks\n\nDana", "USD", [["Logo design", 1, "800.00"], ["Letterhead", 1, "150.00"]]);
		expectDraft("Hallo Sam,\n\nbitte schick mir die Rechnung:\n- Flyer-Design: 350 €\n- Rechnung an: Kletterhalle Nordwand GmbH, Hafenstraße 3\n\nJonas", "EUR", [["Flyer-Design", 1, "350.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice:\n- Logo design: $800 (3 concepts, 2 rounds)\n- Letterhead, as discussed: $150\n\nDana", "USD", [["Logo design", 1, "800.00"], ["Letterhead", 1, "150.00"]]);
	});
	it("near miss: every row priced drafts", () => {
		expectDraft("Hi Sam,\n\nPlease put on the invoice:\n- Menu design: $400\n- Window decals (just the artwork, we print them ourselves): $150\n\nThanks,\nDana", "USD", [["Menu design", 1, "400.00"], ["Window decals", 1, "150.00"]]);
	});
});

describe("a quote asked for, with invoicing if all goes well afterwards", () => {
	it("is a quote in several languages", () => {
		for (const text of [
			"Hola Sam,\n\n¿Podrías enviarnos una cotización para una sesión de fotos de 40 prendas? Tenemos un presupuesto de alrededor de S/ 4,000. Si todo va bien, después nos facturas a nombre de la empresa.\n\nValeria",
			"Hi Sam,\n\nCould you send us a quote for 20 product photos? Our budget is around $2,000. If all goes well, you can invoice our company.\n\nDana",
			"Bonjour Sam,\n\nPourriez-vous nous faire un devis pour 3 vidéos ? Si tout va bien, vous nous facturerez au nom de la société.\n\nClaire",
			"Olá Sam,\n\nPode enviar-nos um orçamento para o catálogo? Se tudo correr bem, depois faturam em nome da empresa.\n\nRita",
			"Ciao Sam,\n\nci mandi un preventivo per il sito? Se tutto va bene, poi ci fatturi a nome della società.\n\nMarco",
		]) expect(ruleOf(text, "Consulta"), text).toBe("quote");
	});
	it("near miss: thanks for the quote and an invoice asked now is a request", () => {
		expectDraft("Hola Sam,\n\nGracias por la cotización. Por favor envíanos la factura por la sesión de fotos: S/ 4,000.00.\n\nValeria", "PEN", [["Sesión de fotos", 1, "4000.00"]]);
	});
});

describe("a supplier's bill and a payment held for a password end under their rules", () => {
	it("a Belgian or French supplier's bill is a bill to the owner", () => {
		for (const text of [
			"Geachte heer/mevrouw,\n\nIn bijlage vindt u factuur 2026-0412 voor het drukwerk van 3 november.\n\nTe betalen bedrag: € 312,40\nGelieve het bedrag over te schrijven op rekening BE71 0961 2345 6769.\n\nMet vriendelijke groeten,\nBoekhouding",
			"Madame, Monsieur,\n\nVous trouverez en annexe notre facture 2026-118 pour l'impression des affiches. Merci de bien vouloir virer le montant avec la communication structurée +++090/9337/55493+++.\n\nComptabilité",
			"Sehr geehrte Damen und Herren,\n\nim Anhang finden Sie unsere Rechnung für die Druckaufträge im November.\n\nMit freundlichen Grüßen\nBuchhaltung",
		]) expect(ruleOf(text, "Factuur"), text).toBe("bill-to-owner");
	});
	it("a payment on hold until a password is given is phishing", () => {
		for (const text of [
			"Dear Valued Vendor,\n\nYour payment of USD 2,400.00 for invoice #LP-2026-101 is on hold. To release it you must re-confirm your bank account details and your e-mail login password within 24 hours, or the amount will be forfeited.\n\nFinance Team",
			"Sehr geehrter Lieferant,\n\nIhre Zahlung über 2.400 € wurde angehalten. Bestätigen Sie Ihre Bankverbindung und Ihr E-Mail-Passwort innerhalb von 24 Stunden.\n\nFinanzabteilung",
			"Estimado proveedor:\n\nSu pago de 2.400 € está retenido. Confirme sus datos bancarios y su contraseña en el portal en 24 horas.\n\nFinanzas",
		]) expect(ruleOf(text, "URGENT: payment on hold"), text).toBe("phishing");
	});
	it("near miss: a request that pays by transfer and sends the portal login apart is a request", () => {
		expectDraft("Hoi Sam,\n\nKun je ons een factuur sturen voor het ontwerp, € 450? Wij schrijven het bedrag dan meteen over.\n\nSanne", "EUR", [["Ontwerp", 1, "450.00"]]);
		expectNoDraft("Hi Sam,\n\nCould you send the invoice through our supplier portal? Your login will follow in a separate email.\n\nDana");
		expect(ruleOf("Hi Sam,\n\nPlease invoice the logo, $700, through our supplier portal. Your login will follow in a separate email.\n\nDana")).toBe("draft");
	});
});
