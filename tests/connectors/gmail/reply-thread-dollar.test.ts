// A reply that accepts your quote writes the price with a bare "$"; the quoted thread below it says which dollar.
// Emails parsed from raw bytes, as Gmail hands them over (the quoted history split off by the mail reader).
import { describe, expect, it } from "vitest";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";

const eml = (body: string) =>
	new TextEncoder().encode(
		[`From: Priya Raman <priya@yoga.example>`, `To: owner@lumenpine.example`, `Subject: Re: Quote - banners`, `Date: Thu, 26 Nov 2026 12:15:00 -0500`, `Message-ID: <r-${body.length}@yoga.example>`, `MIME-Version: 1.0`, `Content-Type: text/plain; charset="utf-8"`, `Content-Transfer-Encoding: 8bit`, ``, body].join("\r\n"),
	);
const decide = (body: string) => decideInvoice(toMailMessage(eml(body), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });
const reply = (quoted: string) => `Hi Sam,\n\nPerfect, let's go with the 2 banners at $340 each. Please go ahead and invoice us - we'll pay by e-transfer when they arrive.\n\nThanks,\nPriya\n\nOn Wed, Nov 18, 2026 at 4:12 PM Sam <owner@lumenpine.example> wrote:\n${quoted}`;

describe("a bare $ in a reply to a quote", () => {
	it("is the dollar the quoted thread names (CAD $340 per banner), and paying later does not put the invoice off", () => {
		const d = decide(reply("> For the outdoor vinyl banners it would be CAD $340 per banner, design included.\n> Sam\n"));
		expect(d.kind).toBe("draft");
		if (d.kind === "draft") {
			expect(d.params["currency"]).toBe("CAD");
			expect(d.params["lines"]).toEqual([{ description: "Banners", quantity: 2, unit_price: "340.00" }]);
		}
	});

	it("is asked about when the thread names two dollars", () => {
		const d = decide(reply("> It would be CAD $340 per banner, or A$ 370 if printed in Sydney.\n> Sam\n"));
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain('the currency "$" could be');
	});

	it("stays US dollars when the thread names no other dollar", () => {
		const d = decide(reply("> It would be $340 per banner, design included.\n> Sam\n"));
		expect(d.kind).toBe("draft");
		if (d.kind === "draft") expect(d.params["currency"]).toBe("USD");
	});
});
