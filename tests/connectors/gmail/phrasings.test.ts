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

describe("reading speed", () => {
	// A long line with no digit (a pasted paragraph, a signature's rule) is blanked before the scan; each row phrasing
	// tried it as every split of its blanks and one such email took 12 seconds to read.
	it("reads a mail with long lines without digits in well under a second", () => {
		const prose = "We loved the way the whole summit looked and everyone kept asking who made it all happen so well. ".repeat(8);
		const text = `Hi Sam,\n\n${prose}\n\n- Summit branding: $1,200\n\n${prose}\nDana | Acme Ltd | +233 24 000 0000\n`;
		readLines("- Warm up: $1"); // the phrasings compile once, on first use
		const start = performance.now();
		const lines = readLines(text);
		expect(lines.map((l) => [l.description, l.quantity, l.unitPrice])).toEqual([["Summit branding", "1", "1200"]]);
		expect(performance.now() - start).toBeLessThan(500);
	});
});
