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

	it("a brand spelled to look right (a capital I for an l, a zero for an o, rn for m) is the brand", () => {
		const rule = RULES.find((r) => r.id === "phishing")!;
		const from = (fromName: string, fromEmail: string) => rule.match({ ...input("Invoice payment failed\nPlease check the attached invoice."), fromName, fromEmail }, []);
		expect(from("PayPaI Billing", "no-reply@paypai-billing.example")).toContain("writes from paypai-billing.example");
		expect(from("Micros0ft Account Team", "team@msft-accounts.example")).toContain("writes from msft-accounts.example");
		expect(from("Arnazon Seller Payments", "pay@amz-sellers.example")).toContain("writes from amz-sellers.example");
		// A person's name with such letters is no brand.
		expect(from("Ian McIntyre", "ian@mcintyre.example")).toBeNull();
		expect(from("Bernard Paypart", "bernard@paypart.example")).toBeNull();
	});
});
