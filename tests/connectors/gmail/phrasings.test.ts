// Each line phrasing's examples are its tests: the text must yield exactly those lines, read by that phrasing.
import { describe, expect, it } from "vitest";
import { PHRASINGS } from "../../../src/connectors/gmail/invoice/phrasings";
import { readLines } from "../../../src/connectors/gmail/invoice/extract";
import { REQUEST_LANGUAGES, findRequests } from "../../../src/connectors/gmail/invoice/requests";

describe("invoice line phrasings", () => {
	for (const p of PHRASINGS) {
		for (const ex of p.examples) {
			it(`${p.id} reads: ${ex.text}`, () => {
				const lines = readLines(ex.text);
				expect(lines.map((l) => [l.description, l.quantity, l.unitPrice])).toEqual(ex.lines);
				// An example with no lines is a text the phrasing must leave alone.
				if (ex.lines.length > 0) expect(lines.some((l) => l.phrasing === p.id)).toBe(true);
				// Every line carries the sentence it came from, and that sentence holds its price.
				for (const l of lines) expect(ex.text).toContain(l.source);
			});
		}
	}
});

describe("invoice requests in seven languages", () => {
	for (const lang of REQUEST_LANGUAGES) {
		for (const s of lang.examples.asks) it(`${lang.lang} asks: ${s}`, () => expect(findRequests(s).filter((h) => !h.later)).not.toEqual([]));
		for (const s of lang.examples.not) it(`${lang.lang} does not ask now: ${s}`, () => expect(findRequests(s).filter((h) => !h.later)).toEqual([]));
	}
});
