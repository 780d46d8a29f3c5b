// A plain "$" from a sender the email places in a country whose own money is written "$" is asked about (that dollar or
// US dollars?), never billed in US dollars on a guess; from the US, or with no place at all, it stays US dollars.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { DOLLAR_HOMES, dollarHome } from "../../../src/connectors/gmail/invoice/dollar-home";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import type { InvoiceDecision } from "../../../src/core/watchers/gmail-watcher";

function decide(text: string): InvoiceDecision {
	const raw = `From: Mick O'Connell <mick@saltbush.example>\r\nTo: owner@lumenpine.example\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text.replace(/\n/g, "\r\n")}`;
	const m = toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] });
	return decideInvoice(m, { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });
}

describe("the country a plain $ may belong to", () => {
	for (const home of DOLLAR_HOMES) {
		for (const example of home.examples) it(`"${example}" is ${home.code}`, () => expect(dollarHome(`Thanks,\n${example}`)).toBe(home.code));
	}
	it("a US address or 'USA' keeps the $ in US dollars", () => {
		expect(dollarHome("Portland, ME 04101")).toBeNull();
		expect(dollarHome("Seattle, WA 98101, USA")).toBeNull();
	});
	it("a Canadian phone number alone (+1, shared with the US) places nobody", () => expect(dollarHome("Tel +1 514 555 0100")).toBeNull());
	it("two countries place nobody", () => expect(dollarHome("Offices in Sydney, Australia and Auckland, New Zealand")).toBeNull());
	it("a postcode-like number or a state word without its postcode places nobody", () => expect(dollarHome("We need 2026 flyers, WA style")).toBeNull());
});

describe("a plain $ in a request", () => {
	const ask = (signature: string, code: string) => {
		const d = decide(`Hi Sam,\n\nPlease invoice us $1,200 for the shop signage.\n\nCheers,\nMick\n${signature}`);
		expect(d.kind, JSON.stringify(d)).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).toContain(`could be ${code} or USD`);
	};
	it("from an Australian address asks AUD or USD", () => ask("Saltbush Cafe, 12 Campbell Parade, Bondi Beach NSW 2026", "AUD"));
	it("from a Canadian postcode asks CAD or USD", () => ask("455 Rue Saint-Paul O, Montréal QC H2Y 2A6", "CAD"));
	it("from a New Zealand phone number asks NZD or USD", () => ask("Mob +64 21 555 0199", "NZD"));
	it("from Mexico asks MXN or USD", () => ask("Col. Roma Norte, CDMX, México", "MXN"));
	it("with the code written beside it, drafts in that dollar", () => {
		const d = decide("Hi Sam,\n\nPlease invoice us $1,200 AUD for the shop signage.\n\nCheers,\nMick\nBondi Beach NSW 2026");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect(d.params["currency"]).toBe("AUD");
	});
	it("from a US address drafts in US dollars", () => {
		const d = decide("Hi Sam,\n\nPlease invoice us $1,200 for the shop signage.\n\nCheers,\nMick\n114 Exchange St, Portland, ME 04101");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect(d.params["currency"]).toBe("USD");
	});
	it("with no place at all drafts in US dollars", () => {
		const d = decide("Hi Sam,\n\nPlease invoice us $1,200 for the shop signage.\n\nCheers,\nMick");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind === "draft") expect(d.params["currency"]).toBe("USD");
	});
});
