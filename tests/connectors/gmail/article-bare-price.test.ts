// An amount with no currency after the asking words and an article ("Could you invoice us the 1.8k for it?", "stell
// uns bitte die 300 für das Banner in Rechnung"): the question names the missing currency and the amount — not "no
// amount", even when "as usual" elsewhere in the mail (the address) looks like a vague amount.
import { describe, expect, it } from "vitest";
import { decide, expectClarify } from "./invoice-mail";

describe("a bare amount after an article", () => {
	it("asks for the currency, naming the amount", () => {
		expectClarify("Hi Sam,\n\nCould you invoice us the 1.8k for it? The invoice should go to our Edinburgh office as usual.\n\nFiona", "no currency given (the amount 1.8k");
		expectClarify("Hallo Sam,\n\nstell uns bitte die 300 für das Banner in Rechnung. Wie immer an die übliche Adresse.\n\nJonas", "no currency given (the amount 300");
		expectClarify("Hola Sam, ¿me facturas los 450 por el logo? Como siempre a la misma dirección.\n\nLucía", "no currency given (the amount 450");
		expectClarify("Hi Sam, please bill me the 2,400. Same address as usual.\n\nTom", "no currency given (the amount 2,400");
	});
	it("never reads a count after the article as the amount", () => {
		const d = decide("Hi Sam, could you invoice us the 12 posters? Thanks");
		expect(d.kind).toBe("clarify");
		if (d.kind === "clarify") expect(d.missing.join(" ")).not.toContain("the amount 12");
	});
});
