// The ledger formats the README documents: CSV and Markdown tables, read strictly, with every bad row explained.
import { describe, expect, it } from "vitest";
import { parseLedgerCsv, parseLedgerMarkdown, splitCsvLine } from "../../../src/core/briefing/ledger";
import { formatMoney, parseAmount } from "../../../src/core/briefing/money";

describe("a CSV bank export", () => {
	it("reads money in as positive and money out as negative, in minor units", () => {
		const l = parseLedgerCsv("A/bank.csv", "date,description,amount,currency\n2026-11-03,Payment from Bluebird Bakery - INV-41,2400.00,USD\n2026-11-04,Figma - monthly,-45,USD\n", "USD");
		expect(l.bad).toEqual([]);
		expect(l.rows.map((r) => [r.date, r.amountMinor, r.counterparty, r.line])).toEqual([
			["2026-11-03", 240000, "Payment from Bluebird Bakery", 2],
			["2026-11-04", -4500, "Figma", 3],
		]);
	});

	it("takes the main currency when the file has no currency column, and a counterparty column when there is one", () => {
		const l = parseLedgerCsv("bank.csv", "Date,Payee,Description,Amount\n2026-11-03,Acme Ltd,\"Invoice 12, final\",\"1,250.50\"\n", "EUR");
		expect(l.rows[0]).toMatchObject({ currency: "EUR", amountMinor: 125050, counterparty: "Acme Ltd", description: "Invoice 12, final" });
	});

	it("explains each row it cannot read instead of guessing", () => {
		const text = ["date,description,amount,currency", "2026-02-30,Rent,-100.00,USD", "2026-11-03,Rent,-100.000,USD", "2026-11-03,Rent,$100,USD", "2026-11-03,,-1.00,USD", "2026-11-03,\"Open quote,-1.00,USD", "2026-11-03,Yen,-100.5,JPY"].join("\n");
		const l = parseLedgerCsv("bank.csv", text, "USD");
		expect(l.rows).toEqual([]);
		expect(l.bad.map((b) => [b.line, b.reason])).toEqual([
			[2, 'the date "2026-02-30" is not a date like 2026-11-03'],
			[3, 'the amount "-100.000" is not a number like -45.00 (at most the currency\'s decimals, no currency sign)'],
			[4, 'the amount "$100" is not a number like -45.00 (at most the currency\'s decimals, no currency sign)'],
			[5, "the description is empty"],
			[6, "a quote is not closed"],
			[7, 'the amount "-100.5" is not a number like -45.00 (at most the currency\'s decimals, no currency sign)'],
		]);
	});

	it("refuses a file whose header does not name date, description and amount", () => {
		const l = parseLedgerCsv("bank.csv", "when,what,how much\n2026-11-03,Rent,-1\n", "USD");
		expect(l.bad).toEqual([{ file: "bank.csv", line: 1, text: "when,what,how much", reason: "the header must name the columns date, description and amount (so its 1 row was not read)" }]);
	});

	it("splits quoted cells the way RFC 4180 writes them", () => {
		expect(splitCsvLine('a,"b, c","say ""hi"""')).toEqual(["a", "b, c", 'say "hi"']);
		expect(splitCsvLine('a,"open')).toBeNull();
	});
});

describe("a Markdown ledger note", () => {
	it("reads the tables with date, description and amount columns and ignores the prose around them", () => {
		const text = "# Cash\n\nSome words.\n\n| Date | Description | Amount | Currency |\n|---|---|---|---|\n| 2026-11-24 | Cash from Maple | 300.00 | USD |\n| 2026-11-28 | Parking | -18.50 | USD |\n\n| other | table |\n|---|---|\n| x | y |\n";
		const l = parseLedgerMarkdown("cash.md", text, "USD");
		expect(l.bad).toEqual([]);
		expect(l.rows.map((r) => [r.line, r.amountMinor])).toEqual([
			[7, 30000],
			[8, -1850],
		]);
	});

	it("says so when a note in the ledger folder has tables but none is a ledger", () => {
		const l = parseLedgerMarkdown("notes.md", "| a | b |\n|---|---|\n| 1 | 2 |\n", "USD");
		expect(l.bad[0]?.reason).toBe("no table with date, description and amount columns was found");
	});
});

describe("money", () => {
	it("keeps amounts exact in minor units and formats them with grouping", () => {
		expect(parseAmount("0.1", "USD")! + parseAmount("0.2", "USD")!).toBe(30);
		expect(parseAmount("1,234,567.89", "USD")).toBe(123456789);
		expect(parseAmount("12,34", "USD")).toBeNull();
		expect(formatMoney(123456789, "USD")).toBe("1,234,567.89 USD");
		expect(formatMoney(-5, "USD")).toBe("-0.05 USD");
		expect(formatMoney(1500, "JPY")).toBe("1,500 JPY");
	});
});
