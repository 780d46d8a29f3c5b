// A deposit the customer says you already received, in the words people use ("Die Anzahlung von 500 € hast du ja
// schon im Sommer bekommen"): shown on the request, not invoiced again. A deposit still to be sent stays a question.
import { describe, expect, it } from "vitest";
import { decide, expectClarify } from "./invoice-mail";

describe("a deposit you already received, in German", () => {
	it("is shown as paid, with the lines drafted in full", () => {
		for (const text of ["Kannst du uns bitte die Rechnung schicken?\n\n- Logo: 900 €\n\nDie Anzahlung von 300 € hast du ja im Mai bekommen.", "Kannst du uns bitte die Rechnung schicken?\n\n- Logo: 900 €\n\nDie 300 € Anzahlung hast du schon bekommen, bitte zieh sie ab."]) {
			const d = decide(text);
			expect(d.kind, JSON.stringify(d)).toBe("draft");
			if (d.kind === "draft") {
				expect(d.total).toBe("900.00 EUR");
				expect(d.evidence?.join(" ")).toContain("Deposit already paid: 300 EUR");
			}
		}
	});
	it("a deposit still to be sent is asked about", () => {
		expectClarify("Kannst du uns bitte die Rechnung schicken?\n\n- Logo: 900 €\n\nDie Anzahlung von 300 € schicken wir dir morgen.", "300 €");
	});
});
