// Who the invoice is to when the sender says it is not them, or that the payer is undecided, in seven languages: each
// row's examples run as tests, and a whole request with such words asks instead of drafting to the sender.
import { describe, expect, it } from "vitest";
import { PAYER_DOUBT, payerDoubt, rowDoubt } from "../../../src/connectors/gmail/invoice/payer-doubt";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";

describe("words that put the payer in doubt", () => {
	for (const row of PAYER_DOUBT) {
		for (const s of row.examples.doubts) it(`${row.lang} doubts: ${s}`, () => expect(rowDoubt(row, s)).not.toBeNull());
		for (const s of row.examples.clear) it(`${row.lang} is clear: ${s}`, () => expect(payerDoubt(s)).toBeNull());
	}

	it("a hard-wrapped sentence still doubts", () => {
		expect(payerDoubt("Finance is still deciding which of the\ntwo should pay.")?.words).toBe("which of the two should pay");
	});
});

const mail = (text: string) => ({ id: "m1", threadId: "t1", subject: "Invoice", text, fromName: "Marcus Chen", fromEmail: "marcus@events.example", replyToEmail: null, bulk: false, labelIds: ["INBOX"], date: "2026-11-20T10:00:00Z", attachments: [] });
const decide = (text: string) => decideInvoice(mail(text) as never, { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });

describe("a request whose payer is in doubt", () => {
	it("asks who the invoice is to instead of drafting it to the sender", () => {
		const d = decide("Can you send the invoice for the event coverage, €2,200? It should go to the client rather than us, either the foundation or the hotel.");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain('who the invoice is to: the email says "It should go to the client"');
	});

	it("asks in German when the payer is still being decided", () => {
		const d = decide("Bitte schick mir die Rechnung für das Logo, 800 €. Wir wissen noch nicht, wer die Rechnung übernimmt.");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain("who the invoice is to");
	});

	it("drafts to the company the email names instead of the sender ('invoice Globex Ltd rather than us')", () => {
		const d = decide("Please invoice Globex Ltd rather than us for the event coverage, €2,200.");
		expect(d.kind).toBe("draft");
		if (d.kind === "draft") expect(d.params["customer"]).toMatchObject({ company: "Globex Ltd" });
	});

	it("asks when the named company is one of two still being decided", () => {
		const d = decide("Please invoice Globex Ltd rather than us for the event coverage, €2,200. Finance is still deciding which of the two should pay.");
		expect(d.kind).toBe("clarify");
	});

	it("drafts as before when the payer is clear", () => {
		expect(decide("Please invoice us for the event coverage, €2,200.").kind).toBe("draft");
	});
});

describe("a request naming two payers and choosing none", () => {
	it("asks who the invoice is to rather than drafting to the company in the signature or the sender", () => {
		const a = decide("Can you issue the invoice for the brand video, R$ 6.000,00 as agreed? Finance told me it should go either to Verdemar Brasil Ltda. or to our holding, Verdemar Holding, Lda. Just put one of them.");
		expect(a.kind).toBe("clarify");
		if (a.kind === "clarify") expect(a.missing.join(" ")).toContain("who the invoice is to");
		const b = decide("Please send the invoice for KES 60,000.\nWe are not yet sure whether it should go to us or to our funding partner (Afya Partners).");
		expect(b.kind).toBe("clarify");
		if (b.kind === "clarify") expect(b.missing.join(" ")).toContain("who the invoice is to");
	});
});

describe("the question names both payers an undecided \"either … or\" offers", () => {
	it("the quote runs on past its \"or\" to the second payer", () => {
		expect(payerDoubt("Ich weiß nicht, an wen sie gehen soll – entweder an die Roth Immobilien GmbH direkt oder an die Agentur Kern & Co, über die alles lief.")?.words).toContain("Agentur Kern & Co");
		expect(payerDoubt("We are not yet sure whether it should go to us or to our funding partner Afya Partners, sorry.")?.words).toContain("Afya Partners");
		expect(payerDoubt("Finance told me it should go either to Verdemar Brasil Ltda or to our holding.")?.words).toContain("Verdemar Brasil");
	});
	it("a quote that names its payers already stays as it is", () => {
		expect(payerDoubt("Wir wissen noch nicht, wer die Rechnung übernimmt.")?.words).toBe("wer die Rechnung übernimmt");
	});
});

describe("an invoice that is to go straight to the sender's client is asked about, in several languages", () => {
	it("names the client in the question", () => {
		for (const text of [
			"Hi Sam, please invoice LKR 150,000 for the shoot, but the invoice should go directly to our client this time.",
			"Hola Sam, ¿me haces la factura de las fotos del hotel, 1.200 €? Pero esta vez la factura debe ir directamente a nuestro cliente.",
			"Hoi Sam, kun je de factuur sturen voor de shoot, € 700? Maar de factuur moet rechtstreeks naar onze klant.",
			"Olá Sam, pode fazer a fatura das fotos, R$ 900? Mas a fatura deve ir direto para o nosso cliente.",
		]) {
			const d = decide(text);
			expect(d.kind, text).toBe("clarify");
			if (d.kind === "clarify") expect(d.missing.join(" ")).toMatch(/who the invoice is to: the email says "[^"]*(?:client|cliente|klant)/);
		}
	});
});
