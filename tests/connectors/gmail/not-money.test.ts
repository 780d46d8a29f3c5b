// Numbers that are never money (postcodes, phones, tax numbers, street numbers): each row's examples run as tests,
// and an email's amounts never include them.
import { describe, expect, it } from "vitest";
import { NOT_BILLED, NOT_MONEY, notMoneySpans } from "../../../src/connectors/gmail/invoice/not-money";
import { findMoney } from "../../../src/connectors/gmail/invoice/money-text";

describe("numbers that are not money", () => {
	for (const row of [...NOT_MONEY, ...NOT_BILLED]) {
		for (const [text, covered] of row.examples)
			it(`${row.id} covers "${covered}" in: ${text}`, () => {
				const spans = [...text.matchAll(new RegExp(row.pattern.source, row.pattern.flags))].map((m) => m[0]);
				expect(spans).toContain(covered);
			});
		for (const text of row.ignores)
			it(`${row.id} leaves the amount in: ${text}`, () => {
				const money = findMoney(text);
				expect(money).not.toEqual([]);
				const spans = [...text.matchAll(new RegExp(row.pattern.source, row.pattern.flags))].map((m) => [m.index, m.index + m[0].length]);
				expect(spans.filter(([a, b]) => money.some((mm) => mm.start < b! && a! < mm.end))).toEqual([]);
			});
	}

	it("a signature's postcode, phone and VAT number are no amounts", () => {
		const sig = "Could you invoice us for it? It came to 6 hours at £85/h.\n\nPembroke & Wild Ltd\n14 Canal Street, Bristol BS1 4QR\nT: +44 117 496 0832\nVAT Reg. GB 294 1183 62";
		expect(findMoney(sig).map((m) => m.raw)).toEqual(["£85"]);
		expect(notMoneySpans(sig).length).toBeGreaterThanOrEqual(3);
	});
});
