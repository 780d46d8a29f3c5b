// Each row of the no-invoice phrases (someone invoicing you, "hold the invoice", phishing) in seven languages: its
// examples are its tests, and the whole email decides the right reason.
import { describe, expect, it } from "vitest";
import { NO_INVOICE_PHRASES, rowPhrase } from "../../../src/connectors/gmail/invoice/no-invoice-phrases";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";

describe("phrases that make an email no invoice request", () => {
	for (const row of NO_INVOICE_PHRASES) {
		for (const s of row.examples.matches) it(`${row.reason} (${row.lang}) finds: ${s}`, () => expect(rowPhrase(row, s)).not.toBeNull());
		for (const s of row.examples.ignores) it(`${row.reason} (${row.lang}) leaves alone: ${s}`, () => expect(rowPhrase(row, s)).toBeNull());
	}
});

const mail = (subject: string, text: string, fromName = "Someone", fromEmail = "someone@client.example") => ({ id: "m1", threadId: "t1", subject, text, fromName, fromEmail, replyToEmail: null, bulk: false, labelIds: ["INBOX"], date: "2026-11-20T10:00:00Z", attachments: [] });
const decide = (m: ReturnType<typeof mail>) => decideInvoice(m as never, { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });

describe("the reason given for no invoice", () => {
	it("a phishing 'overdue invoice' is phishing, not a bill addressed to you", () => {
		const d = decide(mail("URGENT: Invoice overdue", "Your invoice is now OVERDUE. To avoid suspension of your account, please confirm your payment details by clicking the secure link below."));
		expect(d).toMatchObject({ kind: "none", rule: "phishing" });
	});

	it("an invoice request that asks to wait for the new year waits", () => {
		const d = decide(mail("Re: fattura", "Ciao Sam, per la fattura del servizio fotografico aspetta ancora un attimo, per favore: ti scrivo io appena puoi mandarla."));
		expect(d).toMatchObject({ kind: "none", rule: "wait" });
	});

	it("'not yet' said to a pronoun for the invoice named before it waits, hard-wrapped too; 'not paid yet' does not", () => {
		for (const [subject, text] of <[string, string][]>[
			["Re: Fotografias", "Olá Sam, sobre a fatura dos 2.400 € (ensaio + edição): peço-lhe que ainda não a\nemita, o nosso NIF muda em dezembro."],
			["Re: Fotos", "Hola Sam, la factura de los 900 €: todavía no la emitas, que cambiamos de razón social."],
			["Re: Logo", "Bonjour Sam, pour la facture du logo (650 €), ne l'envoyez pas encore : notre adresse change."],
			["Re: Foto", "Ciao Sam, la fattura da 1.100 € per ora non la emetta, grazie: cambiamo sede."],
			["Re: Fotos", "Hallo Sam, zur Rechnung über 850 €: stell sie bitte noch nicht aus, unsere Adresse ändert sich."],
			["Re: Foto's", "Hoi Sam, over de factuur van € 900: wil je hem nog even niet sturen? Ons KvK-nummer verandert."],
		]) expect(decide(mail(subject, text)), text).toMatchObject({ kind: "none", rule: "wait" });
		const paid = decide(mail("Fatura", "Olá Sam, recebi a fatura do fornecedor e ainda não a paguei. Pode enviar-me a fatura do ensaio, 2 horas a 90 € por hora?"));
		expect(paid.kind).not.toBe("none");
	});

	it("a French 'do not issue the invoice yet' hard-wrapped by the sender's mail client waits", () => {
		const d = decide(mail("RE: Facture brochure", "Je vous demande de ne pas encore émettre la\nfacture de 3 850,000 DT : notre budget 2027 ne sera validé qu'à la\nmi-janvier."));
		expect(d).toMatchObject({ kind: "none", rule: "wait" });
	});

	it("a supplier's Dutch invoice is a bill addressed to you", () => {
		const d = decide(mail("Factuur 2026-1187", "Hierbij ontvangt u onze factuur 2026-1187 ter waarde van € 612,40. Wij verzoeken u het bedrag binnen 14 dagen over te maken."));
		expect(d).toMatchObject({ kind: "none", rule: "bill-to-owner" });
	});

	it("a payment already made is a receipt, in any language", () => {
		for (const [subject, text] of [
			["Transferencia realizada - factura LP-2026-087", "Te confirmo que hoy hicimos la transferencia de ARS 1.450.000 por la factura LP-2026-087. Te adjunto el comprobante del banco."],
			["Virement", "Bonjour, nous avons effectué le virement de 1 200 € pour la facture 2026-31 ce matin."],
			["Bonifico", "Ciao Sam, abbiamo effettuato il bonifico per la fattura 19, trovi la contabile in allegato."],
			["Payment", "Hi Sam, we made the transfer for invoice 1088 today, proof of payment attached."],
		]) expect(decide(mail(subject!, text!))).toMatchObject({ kind: "none", rule: "receipt" });
	});

	it("asking not to invoice yet, with the verb in the infinitive, waits", () => {
		for (const text of ["Merci pour les visuels. En revanche, merci de ne pas encore nous facturer les 1 900 € : notre budget ne sera validé qu'en janvier.", "Danke für die Bilder! Bitte die Stunden noch nicht in Rechnung stellen, ich melde mich, sobald das Budget steht.", "Gracias por las fotos. Le pido que no nos facture hasta enero, por favor."])
			expect(decide(mail("Facturation", text))).toMatchObject({ kind: "none", rule: "wait" });
	});

	it("a supplier's invoice sent by its number, with no article, is a bill addressed to you", () => {
		const d = decide(mail("Invoice RP-20931 from Redfern Print Ltd", "Please find attached invoice RP-20931 for £612.40 for the 2,000 A5 leaflets. Payment is due within 30 days to the account below."));
		expect(d).toMatchObject({ kind: "none", rule: "bill-to-owner" });
	});

	it("a supplier invoicing you in the first person is a bill to you, never a draft", () => {
		for (const [subject, text] of [
			["Rechnung 4471", "Guten Tag, wir erlauben uns, Ihnen für die gelieferten Drucksachen 612,40 € in Rechnung zu stellen. Zahlbar bis 10.12.2026."],
			["Facture studio", "Bonjour, nous vous facturons la location du studio pour novembre, soit 480 €."],
			["Factuur drukwerk", "Beste Sam, voor het drukwerk brengen wij u € 612,40 in rekening."],
		]) expect(decide(mail(subject!, text!))).toMatchObject({ kind: "none", rule: "bill-to-owner" });
	});

	it("the invoice asked for only in the new year waits, in any language", () => {
		for (const text of ["Hola Sam, ¡gracias! La factura mejor en enero, que este año ya cerramos presupuesto.", "Salut Sam, merci ! Pour la facture, attends janvier s'il te plaît, notre budget est épuisé.", "Ciao Sam, grazie! La fattura mandala a gennaio, per favore.", "Oi Sam, obrigada! A fatura só em janeiro, por favor.", "Hoi Sam, dank je! De factuur graag pas in januari."])
			expect(decide(mail("Factura", text))).toMatchObject({ kind: "none", rule: "wait" });
	});

	it("a quote asked for in other words is a quote, even when invoicing later is mentioned", () => {
		for (const text of ["Oi Sam, você pode me mandar uma cotação para 20 fotos de produto? Se fechar, você emite a nota depois da entrega.", "Hola Sam, ¿nos puedes mandar una propuesta para el rediseño? Si nos encaja, ya nos facturas al terminar.", "Hoi Sam, kun je een prijsopgave maken voor 300 flyers? Als het goed is, stuur je daarna de factuur."])
			expect(decide(mail("Prijs", text))).toMatchObject({ kind: "none", rule: "quote" });
	});

	it("a supplier sending you their own invoice in the first person is a bill to you, never a draft", () => {
		for (const [subject, text] of [
			["Fattura affitto", "Ciao Sam, ti mando la fattura per l'affitto dello studio, 480 €. Da pagare entro fine mese."],
			["Facture location", "Bonjour Sam, voici la facture pour la location du studio : 480 €, à régler sous 30 jours. Merci !"],
			["Invoice 8812 from Cloudy Hosting", "Hello, your invoice 8812 for $49.00 is attached. The amount will be charged to your card on file."],
		]) expect(decide(mail(subject!, text!))).toMatchObject({ kind: "none", rule: "bill-to-owner" });
	});
});
