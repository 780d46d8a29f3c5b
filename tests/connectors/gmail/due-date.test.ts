// Due dates announced in the words people use beyond "due by", in seven languages: each row's examples run as tests,
// read through the extractor, and the words never give a date that is not written right after them.
import { describe, expect, it } from "vitest";
import { DUE_PHRASES } from "../../../src/connectors/gmail/invoice/due-date";
import { extractInvoice } from "../../../src/connectors/gmail/invoice/extract";

const TODAY = "2026-11-26";
const read = (text: string) => extractInvoice(`Please invoice us for the logo, €500.\n${text}`, { name: "Ann", email: "ann@client.example" }, TODAY, () => 2);

describe("due dates in the words people use", () => {
	for (const row of DUE_PHRASES) {
		for (const [text, date] of row.examples) it(`${row.lang}: ${text} → ${date}`, () => expect(read(text).dueDate).toBe(date));
		for (const text of row.ignores) it(`${row.lang}: ${text} gives no due date`, () => expect(read(text).dueDate).toBeNull());
	}

	it("a due date after such words that is already past is shown, not set", () => {
		const x = read("It had to be paid by 15 November 2026 really.");
		expect(x.dueDate).toBeNull();
		expect(x.pastDueDate).toBe("2026-11-15");
	});
});
