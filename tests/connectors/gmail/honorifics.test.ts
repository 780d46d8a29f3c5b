import { describe, expect, it } from "vitest";
import { readCustomer } from "../../../src/connectors/gmail/invoice/customer";
import { HONORIFICS, withoutTitles } from "../../../src/connectors/gmail/invoice/honorifics";

describe("titles before a person's name", () => {
	for (const row of HONORIFICS) for (const [written, name] of row.examples) it(`${row.lang}: "${written}" is ${name}`, () => expect(withoutTitles(written)).toBe(name));
	it("keeps a title that would leave one word (an initial or a first name may look like a title)", () => {
		expect(withoutTitles("M. Dupont")).toBe("M. Dupont");
		expect(withoutTitles("Don Draper")).toBe("Don Draper");
	});
	it("keeps names with no title as written", () => {
		expect(withoutTitles("Drew Misra")).toBe("Drew Misra");
		expect(withoutTitles("Mei Sato")).toBe("Mei Sato");
		expect(withoutTitles("Herrmann Weiss")).toBe("Herrmann Weiss");
	});
	// The labels write the name as the From header shows it, its title too (tests/fixtures/emails/LABELS.md); the name
	// without its title only finds the signature's lines.
	it("the draft's customer is the name as the From header gives it, its title too", () => {
		const c = readCustomer("Please invoice the school.\n\nRegards\nThabo Nkosi", { name: "Mr. Thabo Nkosi", email: "t@school.example" });
		expect(c.name).toBe("Mr. Thabo Nkosi");
		const d = readCustomer("Rechnungsadresse:\nImhof Treuhand AG\nz. Hd. Dr. Beat Imhof", { name: "Dr. Beat Imhof", email: "b@imhof.example" });
		expect(d).toEqual({ name: "Dr. Beat Imhof", email: "b@imhof.example", company: "Imhof Treuhand AG" });
	});
});
