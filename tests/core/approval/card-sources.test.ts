// The card quotes each invoice line's source sentence only when that sentence writes the line's price: the note's
// `line_sources` is plain frontmatter, so a sentence swapped in the vault is named as a warning, never quoted.
import { describe, expect, it } from "vitest";
import { lineSources } from "../../../src/core/approval/card-sources";

const params = { lines: [{ description: "Logo", quantity: 1, unit_price: "1800.00" }, { description: "Cards", quantity: 250, unit_price: "0.50" }] };

describe("the source sentences on an invoice card", () => {
	it("quotes each sentence under its line when it writes that line's price", () => {
		const r = lineSources("odoo.create_invoice", params, { line_sources: ["Logo redesign: $1,800.00", "250 business cards at $0.50 each"] });
		expect(r.sources).toEqual([
			{ label: "Line 1", sentence: "Logo redesign: $1,800.00" },
			{ label: "Line 2", sentence: "250 business cards at $0.50 each" },
		]);
		expect(r.warnings).toEqual([]);
	});

	it("warns instead of quoting a sentence that does not write the line's price", () => {
		const r = lineSources("odoo.create_invoice", params, { line_sources: ["As agreed on the phone.", "250 business cards at $0.50 each"] });
		expect(r.sources.map((s) => s.label)).toEqual(["Line 2"]);
		expect(r.warnings).toEqual([expect.stringContaining("line 1 does not show that line's price")]);
	});

	it("quotes a line written as its total when the sentence writes the count and the total, and warns otherwise", () => {
		const workshop = { lines: [{ description: "Workshop", quantity: 2, unit_price: "450.00" }] };
		expect(lineSources("odoo.create_invoice", workshop, { line_sources: ["2 x Workshop = €900"] }).sources).toEqual([{ label: "Line 1", sentence: "2 x Workshop = €900" }]);
		expect(lineSources("odoo.create_invoice", workshop, { line_sources: ["2 x Workshop = €1,000"] }).warnings).toEqual([expect.stringContaining("line 1 does not show that line's price")]);
	});

	it("shows nothing for other actions, a missing list, or entries that are not text", () => {
		expect(lineSources("odoo.register_payment", params, { line_sources: ["Logo redesign: $1,800.00"] }).sources).toEqual([]);
		expect(lineSources("odoo.create_invoice", params, {}).sources).toEqual([]);
		expect(lineSources("odoo.create_invoice", params, { line_sources: [42, { x: 1 }] })).toEqual({ sources: [], warnings: [] });
	});
});
