// Bundled twice by strip-examples.test.ts (with and without the tables' examples): three emails decided by the reader.
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";

const EMAILS = [
	"Hallo Sam,\nbitte schick mir die Rechnung für das Logo, 480 €, und 6 Stunden Fotobearbeitung zu je 65 €.\nGrüße, Dana",
	"Hi Sam, please invoice us for the logo (£800) and the business cards, 150.\nThanks, Dana",
	"Hola Sam, gracias por el logo (500 €). No necesitamos factura.\nDana",
];

export function decisions() {
	return EMAILS.map((text) => {
		const raw = `From: Dana Whitfield <dana@acme.example>\r\nTo: owner@lumenpine.example\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text.replace(/\n/g, "\r\n")}`;
		const message = toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] });
		return decideInvoice(message, { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });
	});
}
