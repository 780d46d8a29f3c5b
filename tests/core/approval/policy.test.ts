// What the card says about the counterparty: "new" only when the look-up succeeded and found none, "could not check"
// when it failed (unknown is not new), nothing when it is known. Every case still decides safely.
import { describe, expect, it } from "vitest";
import { decide } from "../../../src/core/approval/policy";
import type { PolicyFacts } from "../../../src/core/executor/connector";
import { defaultSettings } from "../../../src/core/settings/parse";

const owner = { trusted: true as const, origin: "plugin:command", untrustedInput: false };
const policy = { ...defaultSettings().policy, autoApproveKnownContacts: true };
const now = Date.parse("2026-11-26T09:00:00Z");
const reasons = (facts: PolicyFacts, newCounterparty: boolean | null) => {
	const d = decide({ facts, provenance: owner, newCounterparty, now }, policy);
	return d.mode === "ask" ? d.reasons : [`auto: ${d.rule}`];
};

describe("the counterparty reason on the card", () => {
	const invoice: PolicyFacts = { kind: "invoice", amountMinor: 5_000, currency: "USD", counterparty: "Acme Ltd" };
	const payment: PolicyFacts = { kind: "payment", amountMinor: 5_000, currency: "USD", counterparty: "Acme Ltd" };
	const email: PolicyFacts = { kind: "email", counterparty: "ada@example.com" };

	it("says 'new customer' only when the look-up found none", () => {
		expect(reasons(invoice, true)).toEqual(["Acme Ltd is a new customer"]);
		expect(reasons(payment, true)).toEqual(["Acme Ltd is a new payee"]);
		expect(reasons(email, true)).toEqual(["ada@example.com is a new contact"]);
	});

	it("says 'could not check' when the look-up failed, and still asks", () => {
		expect(reasons(invoice, null)).toEqual(["could not check whether Acme Ltd is a new customer (the look-up failed)"]);
		expect(reasons(payment, null)).toEqual(["could not check whether Acme Ltd is a new payee (the look-up failed)"]);
		expect(reasons(email, null)).toEqual(["could not check whether ada@example.com is a new contact (the look-up failed)"]);
	});

	it("says nothing about a known counterparty", () => {
		expect(reasons(invoice, false)).toEqual(["no auto-approval rule covers it"]);
		// A known contact may go without a click when the owner allowed it; an unknown one never does.
		expect(reasons(email, false)).toEqual(["auto: known-contact-email"]);
	});
});
