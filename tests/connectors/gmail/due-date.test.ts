// Due dates announced in the words people use beyond "due by", in seven languages: each row's examples run as tests,
// read through the extractor, and the words never give a date that is not written right after them.
import { describe, expect, it } from "vitest";
import { DUE_PHRASES, PAYMENT_WHEN } from "../../../src/connectors/gmail/invoice/due-date";
import { extractInvoice } from "../../../src/connectors/gmail/invoice/extract";

const TODAY = "2026-11-26";
const read = (text: string) => extractInvoice(`Please invoice us for the logo, €500.\n${text}`, { name: "Ann", email: "ann@client.example" }, TODAY, () => 2);
/** Billed in US dollars: a sender who may write the month first (billed in €, a date either way is read day first). */
const readUsd = (text: string) => extractInvoice(`Please invoice us for the logo, $500.\n${text}`, { name: "Ann", email: "ann@client.example" }, TODAY, () => 2);

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

	it("a past date after a polite word and a verb is shown on the request, and \"set 18\" is no month", () => {
		const x = read("Due date please put 20.11.2026 as was in our agreement, we will pay this week.");
		expect(x.dueDate).toBeNull();
		expect(x.pastDueDate).toBe("2026-11-20");
		const y = read("Due date please set 18/12/2026.");
		expect([y.dueDate, y.pastDueDate]).toEqual(["2026-12-18", null]);
	});

	it("numeric dates after any due words: day first, month first only where the day cannot come first, never a guess", () => {
		expect(read("Échéance : 12/12/2026.").dueDate).toBe("2026-12-12");
		expect(read("Scadenza 16/12/2026.").dueDate).toBe("2026-12-16");
		expect(read("Due 12/15/2026, thanks.").dueDate).toBe("2026-12-15");
		expect(read("Vencimento dia 14/12.").dueDate).toBe("2026-12-14");
		// 03/04 is the 3rd of April or March 4th to a sender billing in US dollars: no due date rather than a wrong one.
		expect(readUsd("Due 03/04/2027, thanks.").dueDate).toBeNull();
		// Words in a language that never writes the month first make such a date day first.
		expect(read("Vencimento até 10/12/2026.").dueDate).toBe("2026-12-10");
		expect(read("Fällig bis 11.12.2026.").dueDate).toBe("2026-12-11");
		expect(read("Scadenza 05/12/2026.").dueDate).toBe("2026-12-05");
		expect(read("Vencimiento el 12/15/2026.").dueDate).toBeNull();
	});

	it("a plain numeric date right after short due words, dots, slashes or dashes, in seven languages", () => {
		expect(read("Payment due 15.12.2026.").dueDate).toBe("2026-12-15");
		// Dots are never a US month-first date: the day comes first even after English words.
		expect(read("Payment due 03.12.2026, thanks.").dueDate).toBe("2026-12-03");
		expect(read("Due: 18-12-2026").dueDate).toBe("2026-12-18");
		expect(read("Fällig am 14.12.2026.").dueDate).toBe("2026-12-14");
		expect(read("Vencimiento 10.12.2026.").dueDate).toBe("2026-12-10");
		expect(read("Échéance 12.12.2026.").dueDate).toBe("2026-12-12");
		expect(read("Vencimento 09.12.2026.").dueDate).toBe("2026-12-09");
		expect(read("Scadenza 16.12.2026.").dueDate).toBe("2026-12-16");
		expect(read("Vervaldatum 17.12.2026.").dueDate).toBe("2026-12-17");
		// Near misses: slashes either way in English, no such day, an amount after the words.
		expect(readUsd("Payment due 03/04/2027.").dueDate).toBeNull();
		expect(read("Payment due 31.02.2027.").dueDate).toBeNull();
		expect(read("Payment due 1.200,00 on receipt.").dueDate).toBeNull();
	});
});

describe("a date to come where payment is spoken of, and no due date read: asked, not left off the draft", () => {
	const asks = (text: string) => read(text).problems.some((p) => p.startsWith("the due date:"));
	for (const row of PAYMENT_WHEN) {
		for (const text of row.asks) it(`${row.lang}: ${text} asks`, () => expect(asks(text)).toBe(true));
		for (const text of row.ignores) it(`${row.lang}: ${text} does not ask`, () => expect(asks(text)).toBe(false));
	}

	it("a due date or terms read, a date already past, or a day and month in digits alone (maybe an amount) asks nothing", () => {
		expect(asks("Payment will be made at end of next month (2026年12月31日).")).toBe(false);
		expect(asks("Payment within 14 days, our board meets on 18 December 2026.")).toBe(false);
		expect(asks("Payment happened after our board met on 18 November 2026.")).toBe(false);
		expect(asks("Payment of 12.12 for the parking, please.")).toBe(false);
	});
});

