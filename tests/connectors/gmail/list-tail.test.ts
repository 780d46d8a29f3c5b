// A run of priced things whose last thing has no amount ("logo $500, business cards $120, letterhead."): asked about.
import { describe, expect, it } from "vitest";
import { LIST_TAIL_EXAMPLES, listTail } from "../../../src/connectors/gmail/invoice/list-tail";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("the list-tail reader reads its own examples", () => {
	for (const e of LIST_TAIL_EXAMPLES) it(e.text, () => expect(listTail(e.text)).toBe(e.thing));
});

describe("the unpriced last thing of a priced run makes a question", () => {
	it("in English, Spanish and German", () => {
		expectClarify("Hi Sam,\n\nPlease invoice: logo $500, business cards $120, letterhead.\n\nDana", "letterhead");
		expectClarify("Hola Sam,\n\nFacturadnos: logo 500 €, tarjetas 120 € y el membrete.\n\nDana", "membrete");
	});
	it("near miss: a closing word after the run keeps the draft", () => {
		expectDraft("Hi Sam,\n\nPlease invoice: logo $500, business cards $120, thanks.\n\nDana", "USD", [["Logo", 1, "500.00"], ["Business cards", 1, "120.00"]]);
	});
});
