// A hostile or odd email must never freeze the Gmail watcher: one long line of a repeated fragment (each once made a
// pattern retry its run at every position and took 10-20 s) is decided within a bound a user would not notice.
import { describe, expect, it } from "vitest";
import { decide } from "./invoice-mail";

const REQUEST = "Hi Sam, please send me the invoice for the logo design, $500.";
const letters = Array.from({ length: 100_000 }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26]).join("");

/** Each fragment 3,000 times on one line: alone, on the request's own line, and on the line after it. */
const FRAGMENTS = ["… Studio ", "für die Rechnung ", "Rechnung an ", "Bill to: ", "invoice ", "$1 ", "1,", "S.r.l. di ", "& ", "at $5 each ", "thanks for the logo ", "\t"];
const MAILS: [string, string][] = [
	...FRAGMENTS.flatMap((f): [string, string][] => [
		[`"${f}" alone`, f.repeat(3000)],
		[`"${f}" after the request`, `${REQUEST} ${f.repeat(3000)}`],
		[`"${f}" below the request`, `${REQUEST}\n${f.repeat(3000)}`],
	]),
	["a 100,000-letter word", letters],
	["a 100,000-letter word after the request", `${REQUEST} ${letters}`],
	["60,000 blanks in the request's line", `${REQUEST} a${" ".repeat(60_000)}b 2`],
	["20,000 blanks after a deposit", `${REQUEST} We paid the deposit${" ".repeat(20_000)}thanks`],
	["60,000 digits after the request", `${REQUEST} a${"1".repeat(60_000)}`],
	["5,000 short lines", `${REQUEST}\n${Array.from({ length: 5000 }, (_, i) => `Studio ${i} & co`).join("\n")}`],
	["5,000 price lines", `${REQUEST}\n${"- Logo $1\n".repeat(5000)}`],
];

describe("reading speed of long emails", () => {
	// The tables compile on first use, and on a long text the engine compiles each pattern to machine code: a watcher
	// pays that once, not per email.
	decide(`${REQUEST} ${FRAGMENTS.join("").repeat(200)}`);
	decide(`${REQUEST}\n${FRAGMENTS.join("").repeat(200)}`);
	for (const [name, text] of MAILS) {
		// Most take well under a second and the densest ("für" 3,000 times on the request's line, bounded work per "für")
		// about 2.5 s; a pattern that retries its run at every position takes 10 s to minutes. 6 s leaves room for a
		// busy CI machine without letting such a freeze through.
		it(`decides ${name} within 6 s`, () => {
			const start = performance.now();
			decide(text);
			expect(performance.now() - start).toBeLessThan(6000);
		});
	}
});
