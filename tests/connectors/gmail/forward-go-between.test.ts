// A colleague's email forwarded from the customer's own firm that asks the forwarder to pass the request on ("Please
// ask Sam to raise the invoice"): the colleague who wrote it is the customer, even when the forwarder adds where to send
// the invoice. A forwarder who asks in their own words over a forward that asks no one stays the customer.
import { describe, expect, it } from "vitest";
import { AGREED_WITH, GO_BETWEEN, agreedWithBiller, asksToPassOn } from "../../../src/connectors/gmail/invoice/forward-go-between";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { TODAY } from "./invoice-mail";

/** The email as the Gmail watcher decides it, from the forwarder. */
function decide(text: string, subject: string, from: { name: string; email: string }) {
	const raw = `From: ${from.name} <${from.email}>\r\nTo: owner@lumenpine.example\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text.replace(/\n/g, "\r\n")}`;
	const message = toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] });
	return decideInvoice(message, { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
}

describe("the go-between table reads its own examples", () => {
	for (const row of GO_BETWEEN) {
		for (const e of row.examples) it(`${row.lang}: ${e}`, () => expect(asksToPassOn(e, "Sam")).toBe(true));
		for (const e of row.ignores) it(`${row.lang} ignores: ${e}`, () => expect(asksToPassOn(e, "Sam")).toBe(false));
	}
	for (const row of AGREED_WITH) {
		for (const e of row.examples) it(`${row.lang} agreed: ${e}`, () => expect(agreedWithBiller(e, "Sam")).toBe(true));
		for (const e of row.ignores) it(`${row.lang} agreed ignores: ${e}`, () => expect(agreedWithBiller(e, "Sam")).toBe(false));
	}
	it("a name the forwarder does not greet is someone else", () => {
		expect(asksToPassOn("Please ask Sam to raise the invoice.", "Alex")).toBe(false);
		expect(asksToPassOn("Sag Bescheid, wenn die Rechnung kommt.", "Sam")).toBe(false);
	});
});

const forward = (note: string, header: string, body: string, _from: { name: string; email: string }) => `${note}\n\n${header}\n\n${body}`;
const customerOf = (text: string, subject: string, from: { name: string; email: string }) => {
	const d = decide(text, subject, from);
	return d.kind === "draft" ? (d.params["customer"] as { name: string }).name : d.kind;
};

describe("the client who asked through a colleague is the customer", () => {
	const cases: [lang: string, note: string, header: string, body: string, forwarder: { name: string; email: string }, client: string][] = [
		[
			"en",
			"Hi Sam,\n\nForwarding Rajesh sir's mail below. Kindly do the needful and send the invoice to me.\n\nRegards,\nPriya",
			"---------- Forwarded message ---------\nFrom: Rajesh Iyer <rajesh.iyer@kaveri.example>\nDate: Mon, 16 Nov 2026 at 10:42\nSubject: Invoice for campaign\nTo: Priya Nair <priya.nair@kaveri.example>",
			"Priya,\n\nPlease ask Sam to raise the invoice for the campaign: social media posts - ₹2,40,000. Details as agreed with him.\n\nThanks & Regards,\nRajesh Iyer",
			{ name: "Priya Nair", email: "priya.nair@kaveri.example" },
			"Rajesh Iyer",
		],
		[
			"es",
			"Hola Sam,\n\nte reenvío el correo de Carlos. Mándame la factura a mí, por favor.\n\nLucía",
			"---------- Mensaje reenviado ---------\nDe: Carlos Ruiz <carlos.ruiz@olmo.example>\nPara: Lucía Pérez <lucia.perez@olmo.example>\nAsunto: Factura folleto",
			"Lucía, pídele a Sam la factura del folleto: 700 €.\nLos detalles, según lo acordado con él.\n\nCarlos Ruiz",
			{ name: "Lucía Pérez", email: "lucia.perez@olmo.example" },
			"Carlos Ruiz",
		],
		[
			"fr",
			"Bonjour Sam,\n\nje te transfère le mail de Pierre. Envoie la facture à moi, merci.\n\nCamille",
			"---------- Message transféré ---------\nDe : Pierre Martin <pierre.martin@atelierlune.example>\nÀ : Camille Petit <camille.petit@atelierlune.example>\nObjet : Facture",
			"Camille, demande à Sam d'émettre la facture : affiches 600 €.\nLes détails comme convenu avec lui.\n\nPierre Martin",
			{ name: "Camille Petit", email: "camille.petit@atelierlune.example" },
			"Pierre Martin",
		],
		[
			"it",
			"Ciao Sam,\n\nti inoltro la mail di Luca. Manda pure la fattura a me.\n\nGiulia",
			"---------- Messaggio inoltrato ---------\nDa: Luca Bianchi <luca.bianchi@bottega.example>\nA: Giulia Conti <giulia.conti@bottega.example>\nOggetto: Fattura",
			"Giulia, chiedi a Sam di emettere la fattura: foto 350 €.\nI dettagli come concordato con lui.\n\nLuca Bianchi",
			{ name: "Giulia Conti", email: "giulia.conti@bottega.example" },
			"Luca Bianchi",
		],
		[
			"nl",
			"Hoi Sam,\n\nhierbij de mail van Pieter. Stuur de factuur maar naar mij.\n\nLotte",
			"---------- Doorgestuurd bericht ---------\nVan: Pieter Visser <pieter.visser@bakkerij.example>\nAan: Lotte Jansen <lotte.jansen@bakkerij.example>\nOnderwerp: Factuur",
			"Lotte, vraag Sam om de factuur te sturen: flyers 250 €.\nDe details zoals afgesproken met hem.\n\nPieter Visser",
			{ name: "Lotte Jansen", email: "lotte.jansen@bakkerij.example" },
			"Pieter Visser",
		],
	];
	for (const [lang, note, header, body, forwarder, client] of cases) {
		it(`${lang}: ${client}`, () => expect(customerOf(forward(note, header, body, forwarder), "Fwd: invoice", forwarder)).toBe(client));
	}

	it("an accounts colleague who forwards \"tell Sam to invoice us\" and asks for the invoice to come to them passes it on: the writer is the customer", () => {
		const forwarder = { name: "Aoife Brennan", email: "aoife@brennan.example" };
		const text = forward(
			"Hi Sam,\n\nSee below from Declan. Can you send the invoice to me directly please, I look after the accounts.\n\nAoife",
			"---------- Forwarded message ---------\nFrom: Declan Brennan <declan@brennan.example>\nTo: Aoife Brennan <aoife@brennan.example>\nSubject: Labels",
			"Aoife, the labels are all signed off so you can tell Sam to invoice us: the three can labels at €350 a label.\n\nD.",
			forwarder,
		);
		expect(customerOf(text, "Fwd: Labels", forwarder)).toBe("Declan Brennan");
	});

	it("an assistant who forwards \"Please tell Sam to raise the invoice\" and adds \"send the invoice to me and copy him\" passes it on", () => {
		const forwarder = { name: "Jane Doe", email: "jane@acme.example" };
		const text = forward(
			"Hi Sam,\n\nPlease see below from our MD. Kindly send the invoice to me and copy him, thank you.\n\nJane\nExecutive Assistant to the MD\nAcme Trading Ltd",
			"---------- Forwarded message ---------\nFrom: Mark Lee <mark.lee@acme.example>\nTo: Jane Doe <jane@acme.example>\nSubject: Brochure - invoice",
			"Jane,\n\nPlease tell Sam to raise the invoice now. The agreed figures were:\n\nBrochure design - €900\nLogo refresh - €400\n\nMark Lee\nManaging Director",
			forwarder,
		);
		const d = decide(text, "Fwd: Brochure - invoice", forwarder);
		expect(d.kind).toBe("draft");
		// The MD signs no firm; the assistant's signature from the same domain names it.
		expect(d.kind === "draft" && d.params["customer"]).toEqual({ name: "Mark Lee", email: "mark.lee@acme.example", company: "Acme Trading Ltd" });
	});

	it("a finance colleague's \"please ask them to bill it as follows\" leaves the forwarder who asks as the customer", () => {
		const forwarder = { name: "Carmela Reyes", email: "carmela@isla.example" };
		const text = forward(
			"Hi Sam! Forwarding what Joy from accounting sent me. Please send the invoice based on this, thanks!\n\nCarmela",
			"---------- Forwarded message ---------\nFrom: Joy Santos <joy@isla.example>\nTo: Carmela Reyes <carmela@isla.example>\nSubject: billing",
			"Hi Ma'am Carmela,\n\nplease ask them to bill it as follows:\n\nDrone photography - 2 days @ $500/day\nVideo edit - $700\n\nJoy Santos\nAccounting Officer",
			forwarder,
		);
		expect(customerOf(text, "Fwd: billing", forwarder)).toBe("Carmela Reyes");
	});

	it("a forwarder who asks over a forward that asks no one stays the customer", () => {
		const forwarder = { name: "Emma Clark", email: "emma.clark@bluefin.example" };
		const text = forward(
			"Hi Sam,\n\nSee below from John. Could you invoice us for the brochure?\n\nEmma",
			"---------- Forwarded message ---------\nFrom: John Baker <john.baker@bluefin.example>\nTo: Emma Clark <emma.clark@bluefin.example>\nSubject: brochure",
			"Emma, the brochure was £800 as agreed.\n\nJohn Baker",
			forwarder,
		);
		expect(customerOf(text, "Fwd: brochure", forwarder)).toBe("Emma Clark");
	});
});
