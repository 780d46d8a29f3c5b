// The customer's order number or reference, and payment terms in days, in seven languages: each row's examples run
// as tests.
import { describe, expect, it } from "vitest";
import { REFERENCE_LABELS, readReference } from "../../../src/connectors/gmail/invoice/reference";

describe("order numbers and references", () => {
	for (const row of REFERENCE_LABELS) {
		for (const [text, ref] of row.examples) it(`${row.lang}: ${text} → ${ref}`, () => expect(readReference(text)).toBe(ref));
		for (const text of row.ignores) it(`${row.lang}: ${text} holds no reference`, () => expect(readReference(text)).toBeNull());
	}
});
