// The guard over whole outgoing texts: what blocks, what only asks, and what the card may show.
import { describe, expect, it } from "vitest";
import { scanTexts } from "../../../src/core/guard/scan";
import { confidentialTerms } from "../../../src/core/guard/handbook";
import { luhnValid, ibanValid } from "../../../src/core/guard/checksums";
import { HANDBOOK_TEMPLATE } from "../../../src/core/layout/templates";

const ctx = { confidential: ["Globex", "internal"], ownAddresses: ["owner@mybiz.example"] };

describe("sensitive-content guard", () => {
	it("blocks a post with an API key pasted in, and never repeats the key", () => {
		const key = "sk_live_51HxQ2eKp7YzA9bC3dE4fG5h";
		const r = scanTexts([`New checkout is live! ${key}`], ctx);
		expect(r.blocked).toBe(true);
		expect(r.hits[0]?.kind).toBe("secret");
		expect(r.hits[0]?.excerpt).not.toContain(key);
		expect(r.summary).toContain("Stripe secret key");
	});

	it("asks (but does not block) for a phone number", () => {
		const r = scanTexts(["Call us on +1 415 555 0132"], ctx);
		expect(r.blocked).toBe(false);
		expect(r.hits.map((h) => h.rule)).toEqual(["personal.phone"]);
	});

	it("flags a card number that passes Luhn, once, and ignores one that fails", () => {
		expect(scanTexts(["paid with 4111 1111 1111 1111"], ctx).hits.map((h) => h.rule)).toEqual(["personal.card"]);
		expect(scanTexts(["order 4111 1111 1111 1112"], ctx).hits).toEqual([]);
	});

	it("finds a client under NDA written in a different case", () => {
		const r = scanTexts(["Great quarter with GLOBEX!"], ctx);
		expect(r.hits[0]?.reason).toBe('"Globex" is on the Confidential list in Company_Handbook.md');
	});

	it("flags vault links in any of the texts, saying which text", () => {
		const r = scanTexts(["first post", "see [[Pricing 2027]]"], ctx);
		expect(r.hits).toMatchObject([{ kind: "vault-link", text: 1, excerpt: "[[Pricing 2027]]" }]);
	});

	it("lets the owner's own address through but not a client's", () => {
		expect(scanTexts(["Write to owner@mybiz.example"], ctx).hits).toEqual([]);
		expect(scanTexts(["Write to bob@client.example"], ctx).hits[0]?.rule).toBe("personal.email");
	});

	it("leaves an ordinary post alone", () => {
		const r = scanTexts(["We finished the new website for a local bakery. Proud of the team! https://mybiz.example/work"], ctx);
		expect(r).toEqual({ hits: [], blocked: false, summary: null });
	});

	it("reads the Confidential list from the starter handbook", () => {
		expect(confidentialTerms(HANDBOOK_TEMPLATE)).toEqual(["confidential", "internal"]);
		expect(confidentialTerms("# H\n## Confidential\n- Acme Corp\n- \"Project Falcon\"\n## Tone\n- polite")).toEqual(["Acme Corp", "Project Falcon"]);
	});

	it("checks card and IBAN checksums", () => {
		expect(luhnValid("4111111111111111")).toBe(true);
		expect(luhnValid("4111111111111112")).toBe(false);
		expect(ibanValid("DE89 3704 0044 0532 0130 00")).toBe(true);
		expect(ibanValid("DE89 3704 0044 0532 0130 01")).toBe(false);
	});
});
