// The sentence the approval card quotes beside an invoice line: whole when short, shortened around the line's price
// when long, never a word cut in half, and no list marker.
import { describe, expect, it } from "vitest";
import { quoteSource } from "../../../src/connectors/gmail/invoice/source-quote";

describe("the quoted source sentence of a line", () => {
	it("is the sentence as written when it is short, on one line, without its bullet", () => {
		expect(quoteSource("- Logo redesign:\n  $1,800.00", "1800.00")).toBe("Logo redesign: $1,800.00");
		expect(quoteSource("3. Hosting for 2027 — €240", "240")).toBe("Hosting for 2027 — €240");
	});

	it("when long, keeps the part around the price and marks what was left out", () => {
		const long = `Thanks again for everything this year, the team really enjoyed working with you on the relaunch and the many late calls; for the final phase please bill the 12 extra hours of QA at $85 per hour, and after that we should talk about next year's maintenance plan and what it would include for the mobile apps.`;
		const q = quoteSource(long, "85");
		expect(q.length).toBeLessThanOrEqual(162);
		expect(q).toContain("12 extra hours of QA at $85 per hour");
		expect(q.startsWith("…")).toBe(true);
		expect(q.endsWith("…")).toBe(true);
		// Every word shown is a whole word of the sentence.
		for (const w of q.replace(/…/g, "").split(" ")) expect(long.split(/\s+/)).toContain(w);
	});

	it("finds the price however its digits are grouped (1.200,00 €, 1 200 kr)", () => {
		const pad = "word ".repeat(60);
		expect(quoteSource(`${pad}Beratung 1.200,00 € pauschal ${pad}`, "1200.00")).toContain("Beratung 1.200,00 € pauschal");
		expect(quoteSource(`${pad}konsultation 1 200 kr ${pad}`, "1200")).toContain("konsultation 1 200 kr");
	});
});
