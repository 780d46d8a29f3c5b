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

	it("a supplier's Dutch invoice is a bill addressed to you", () => {
		const d = decide(mail("Factuur 2026-1187", "Hierbij ontvangt u onze factuur 2026-1187 ter waarde van € 612,40. Wij verzoeken u het bedrag binnen 14 dagen over te maken."));
		expect(d).toMatchObject({ kind: "none", rule: "bill-to-owner" });
	});
});
