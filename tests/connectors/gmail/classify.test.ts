// Forwards as mail clients write them in their users' languages: the forwarded email is the request (or the reason
// for no invoice), its sender the customer — whether the client sets it off with a "Forwarded message" line in any
// language or quotes it line by line with "> " (Apple Mail's plain text). Emails parsed from raw bytes, as Gmail hands
// them over.
import { describe, expect, it } from "vitest";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";

const eml = (subject: string, body: string) =>
	new TextEncoder().encode(
		[`From: Jamie <jamie@lumenpine.example>`, `To: owner@lumenpine.example`, `Subject: ${subject}`, `Date: Thu, 26 Nov 2026 12:15:00 +0100`, `Message-ID: <fwd-${subject.length}@lumenpine.example>`, `MIME-Version: 1.0`, `Content-Type: text/plain; charset="utf-8"`, `Content-Transfer-Encoding: 8bit`, ``, body].join("\r\n"),
	);
const decide = (subject: string, body: string) =>
	decideInvoice(toMailMessage(eml(subject, body), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });

describe("forwards quoted line by line", () => {
	it("a German quote request forwarded with '> ' lines is a quote, though it says the invoice comes later", () => {
		const d = decide(
			"Fwd: Anfrage Neuauftritt",
			"Sam, fyi - new enquiry from Vienna, they want an offer.\n\nJamie\n\nBegin forwarded message:\n\n> From: Clara Huber <c.huber@weingut.example>\n> Subject: Anfrage Neuauftritt\n> Date: 26 November 2026 at 10:48:12 CET\n> To: jamie@lumenpine.example\n>\n> Sehr geehrte Damen und Herren,\n>\n> Könnten Sie uns bitte ein Angebot für Logo und Etiketten zukommen lassen?\n> Die Rechnung würde später an die Weingut Huber GmbH gehen.\n>\n> Mit freundlichen Grüßen\n> Clara Huber\n",
		);
		expect(d).toMatchObject({ kind: "none", rule: "quote" });
	});

	it("an invoice request forwarded with '> ' lines is drafted to its original sender", () => {
		const d = decide(
			"Fwd: Invoice please",
			"Sam, this one is for you.\n\nBegin forwarded message:\n\n> From: Ana Ruiz <ana@olmo.example>\n> Subject: Invoice please\n> Date: 25 November 2026 at 09:00:00 CET\n>\n> Hi, could you send us the invoice for the logo, €650?\n>\n> Ana\n",
		);
		expect(d.kind).toBe("draft");
		if (d.kind === "draft") expect(d.params["customer"]).toMatchObject({ name: "Ana Ruiz", email: "ana@olmo.example" });
	});
});

describe("forward lines in the mail client's language", () => {
	for (const [lang, marker, from] of [
		["de", "---------- Weitergeleitete Nachricht ---------", "Von"],
		["es", "---------- Mensaje reenviado ---------", "De"],
		["it", "---------- Messaggio inoltrato ---------", "Da"],
		["nl", "---------- Doorgestuurd bericht ---------", "Van"],
	] as const) {
		it(`${lang}: the forwarded sender is the customer`, () => {
			const d = decide("Fwd: Logo", `Sam, see below.\n\n${marker}\n${from}: Ana Ruiz <ana@olmo.example>\nSubject: Logo\n\nHi, could you send us the invoice for the logo, €650?\n\nAna\n`);
			expect(d.kind).toBe("draft");
			if (d.kind === "draft") expect(d.params["customer"]).toMatchObject({ email: "ana@olmo.example" });
		});
	}
});

describe("a colleague's email forwarded from within the customer's firm", () => {
	const mail = (own: string, fromDomain = "olmo.example") =>
		decideInvoice(
			toMailMessage(
				new TextEncoder().encode(
					[`From: Bea Soto <bea@olmo.example>`, `To: owner@lumenpine.example`, `Subject: Fwd: Logo`, `Date: Thu, 26 Nov 2026 12:15:00 +0100`, `Message-ID: <inhouse-${own.length}-${fromDomain}@olmo.example>`, `MIME-Version: 1.0`, `Content-Type: text/plain; charset="utf-8"`, `Content-Transfer-Encoding: 8bit`, ``, `${own}\n\n---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@${fromDomain}>\nDate: Wed, 25 Nov 2026 at 09:00\nSubject: Logo\nTo: Bea Soto <bea@olmo.example>\n\nBea, the logo is approved. For the invoice from Sam:\n\nLogo design – €650\n\n\nAna\n`].join("\r\n"),
				),
				{ id: "m1", threadId: "t1", labelIds: ["INBOX"] },
			),
			{ ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] },
		);

	it("is made out to the forwarder who asks in their own words, with the terms they accept", () => {
		for (const own of ["Hi Sam, see below from Ana. Could you invoice us for the logo? Net 30 is fine.\n\nBea\nOlmo Studio Ltd", "Sam, please send us the invoice for the logo as Ana writes below. Payment within 30 days.\n\nBea\nOlmo Studio Ltd"]) {
			const d = mail(own);
			expect(d.kind).toBe("draft");
			if (d.kind === "draft") {
				expect(d.params["customer"]).toMatchObject({ name: "Bea Soto", email: "bea@olmo.example", company: "Olmo Studio Ltd" });
				expect(d.params["payment_terms"]).toBe("30 Days");
			}
		}
	});

	it("stays with the colleague when the forwarder only passes it on, or the email came from another firm", () => {
		const passed = mail("Hi Sam, forwarding this from our designer.\n\nBea");
		if (passed.kind === "draft") expect(passed.params["customer"]).toMatchObject({ email: "ana@olmo.example" });
		const other = mail("Hi Sam, could you invoice us for the logo as below?\n\nBea", "agency.example");
		if (other.kind === "draft") expect(other.params["customer"]).toMatchObject({ email: "ana@agency.example" });
	});
});
