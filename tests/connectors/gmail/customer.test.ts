// The customer of a drafted invoice: the person who asks, and their company from a "Bill to" block or the signature.
import { describe, expect, it } from "vitest";
import { readCustomer } from "../../../src/connectors/gmail/invoice/customer";

const from = { name: "Dana Whitfield", email: "dana@acme-outdoor.example" };

describe("readCustomer", () => {
	it("takes the company from the signature", () => {
		expect(readCustomer("Please invoice us for 12 hours at $95.\n\nThanks,\nDana\nAcme Outdoor Ltd\n", from)).toEqual({ ...from, company: "Acme Outdoor Ltd" });
	});

	it("takes the company from a Bill to block before the signature", () => {
		expect(readCustomer("Bill to:\nHarborview Yoga LLC\n12 Pier Road\n\nThanks,\nDana\nAcme Outdoor Ltd", from)).toEqual({ ...from, company: "Harborview Yoga LLC" });
	});

	it("names no company when none is written", () => {
		expect(readCustomer("Please invoice me for the logo, $650.\n\nDana", from)).toEqual(from);
	});
});
