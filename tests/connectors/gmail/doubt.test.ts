// Each sign of a doubtful description is tested by its examples: the words it must flag, and names of things it must leave.
import { describe, expect, it } from "vitest";
import { DOUBT_SIGNS, doubtIn } from "../../../src/connectors/gmail/invoice/doubt";

describe("signs that a line's description was read wrong", () => {
	for (const sign of DOUBT_SIGNS) {
		for (const d of sign.examples.doubtful) it(`${sign.id} flags: ${d}`, () => expect(sign.find(d)).not.toBeNull());
		for (const d of sign.examples.fine) it(`${sign.id} leaves: ${d}`, () => expect(sign.find(d)).toBeNull());
	}

	it("a description with no sign reads as the name of a thing", () => {
		expect(doubtIn("Website maintenance (hours)")).toBeNull();
		expect(doubtIn("To us for the warehouse study")?.sign.id).toBe("pronoun");
	});
});
