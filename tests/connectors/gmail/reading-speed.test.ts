// A hostile or odd email must never freeze the Gmail watcher: one long line of a repeated fragment (each once made a
// pattern retry its run at every position and took 10-20 s) is decided within a bound a user would not notice, and an
// email too long to read is asked about at once, never drafted from half its text.
import { describe, expect, it } from "vitest";
import { MAX_READ_CHARS } from "../../../src/connectors/gmail/invoice/classify";
import { decide } from "./invoice-mail";

const REQUEST = "Hi Sam, please send me the invoice for the logo design, $500.";
/** Repeat a fragment until the text is just under `length` characters. */
const fill = (fragment: string, length: number) => fragment.repeat(Math.floor(length / fragment.length));
const letters = (length: number) => Array.from({ length }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26]).join("");

/** Each fragment on one line: alone, on the request's own line, and on the line after it. */
const FRAGMENTS = ["… Studio ", "für die Rechnung ", "Rechnung an ", "Bill to: ", "invoice ", "$1 ", "1,", "S.r.l. di ", "& ", "at $5 each ", "thanks for the logo ", "\t"];
/** The shapes of long mail, each filled to about `length` characters after the request. */
function mails(length: number): [string, string][] {
	return [
		...FRAGMENTS.flatMap((f): [string, string][] => [
			[`"${f}" alone`, fill(f, length)],
			[`"${f}" after the request`, `${REQUEST} ${fill(f, length)}`],
			[`"${f}" below the request`, `${REQUEST}\n${fill(f, length)}`],
		]),
		["a long word", letters(length)],
		["a long word after the request", `${REQUEST} ${letters(length)}`],
		["blanks in the request's line", `${REQUEST} a${" ".repeat(length)}b 2`],
		["blanks after a deposit", `${REQUEST} We paid the deposit${" ".repeat(length)}thanks`],
		["digits after the request", `${REQUEST} a${"1".repeat(length)}`],
		["short lines", `${REQUEST}\n${Array.from({ length: Math.floor(length / 16) }, (_, i) => `Studio ${i} & co`).join("\n")}`],
		["price lines", `${REQUEST}\n${fill("- Logo $1\n", length)}`],
	];
}
/** Just under the longest text a draft is read from: the whole reader runs. */
const READ = mails(MAX_READ_CHARS - REQUEST.length - 100);
/** Five times longer: only the request is looked for, and the length is asked about. */
const LONG = mails(60_000);

/** The processor time one decision takes, in ms. Processor time, not the wall clock: a CI machine busy with other test
 * files slows the clock, not the work, and a pattern that retries its run at every position costs 10 s to minutes of
 * processor time whatever else runs. */
function cpuMs(text: string): number {
	const start = process.cpuUsage();
	decide(text);
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

describe("reading speed of long emails", () => {
	// The tables compile on first use, and the engine compiles each pattern anew for a long text and again for text with
	// characters beyond Latin-1: a watcher pays that once, not per email. Each shape is read once short to pay it here.
	for (const [, text] of [...READ, ...LONG]) decide(text.slice(0, 2000));
	for (const [name, text] of READ) {
		// Most take well under a second and the densest (a thousand price lines, each read as a line) about 1.5 s; a
		// pattern that retries its run at every position takes 10 s to minutes. 6 s leaves room without letting it through.
		it(`reads ${name} (${text.length.toLocaleString("en-US")} characters) within 6 s`, () => {
			expect(text.length).toBeLessThanOrEqual(MAX_READ_CHARS);
			expect(cpuMs(text)).toBeLessThan(6000);
		});
	}
	for (const [name, text] of LONG) {
		it(`decides ${name} (${text.length.toLocaleString("en-US")} characters) within 6 s`, () => {
			expect(cpuMs(text)).toBeLessThan(6000);
		});
	}

	it("asks about a request too long to read instead of drafting from part of it", () => {
		const text = `${REQUEST}\n${"- Logo $1\n".repeat(5000)}`;
		const d = decide(text);
		expect(d.kind).toBe("clarify");
		// (The count is of the email's text as read: its line ends and trailing blanks normalised.)
		if (d.kind === "clarify") expect(d.missing).toEqual([expect.stringMatching(/^the whole invoice: the email is 5\d,\d{3} characters long, and drafts are read only from emails up to 12,000 characters; write the invoice request by hand from the email$/)]);
	});

	it("drafts a request with a long signature and disclaimer under the limit", () => {
		const disclaimer = "This message and any attachments are confidential and intended solely for the addressee. ".repeat(80);
		const text = `Hi Sam,\n\nplease send me the invoice for the logo design, $500.\n\nThanks,\nDana\n\n${disclaimer}`;
		expect(text.length).toBeGreaterThan(7000);
		const d = decide(text);
		expect(d.kind, JSON.stringify(d)).toBe("draft");
	});

	it("looks no further than the request for a long email that asks for no invoice", () => {
		const d = decide(`Hi Sam, here are the meeting notes.\n${"- Agenda item discussed at length\n".repeat(3000)}`);
		expect(d.kind).toBe("none");
	});
});
