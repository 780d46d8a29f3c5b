// Each classifier rule's examples are its tests: what it must recognise and what it must leave alone.
import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/connectors/gmail/invoice/rules";

function input(sample: string) {
	const [subject, ...rest] = sample.split("\n");
	return { subject: subject ?? "", text: rest.join("\n"), fromName: "", fromEmail: "someone@example.com", replyToEmail: null, bulk: false };
}

describe("invoice classifier rules", () => {
	for (const rule of RULES) {
		for (const sample of rule.examples.matches) it(`${rule.id} recognises: ${sample.split("\n")[0]}`, () => expect(rule.match(input(sample), [])).not.toBeNull());
		for (const sample of rule.examples.ignores) it(`${rule.id} leaves alone: ${sample.split("\n")[0]}`, () => expect(rule.match(input(sample), [])).toBeNull());
	}

	it("an owner's own phrase from the settings counts as a request to invoice", () => {
		const rule = RULES.find((r) => r.id === "invoice-request")!;
		expect(rule.match(input("Hours\nTime to do the paperwork for the 3 hours."), [])).toBeNull();
		expect(rule.match(input("Hours\nTime to do the paperwork for the 3 hours."), ["do the paperwork"])).toBe("do the paperwork");
	});

	it("a display name pretending to be a brand from another domain is phishing", () => {
		const rule = RULES.find((r) => r.id === "phishing")!;
		expect(rule.match({ ...input("Invoice\nSee attached."), fromName: "QuickBooks Payments", fromEmail: "billing@qb-payments.example" }, [])).toContain("writes from qb-payments.example");
	});
});
