import { describe, expect, it } from "vitest";
import { isDividerRow, tableCells } from "../../../src/core/util/markdown-table";

describe("Markdown table rows as written by hand", () => {
	it("reads the cells with or without the outer pipes, trimmed", () => {
		expect(tableCells("| Website redesign |  2026-12-31 | done |")).toEqual(["Website redesign", "2026-12-31", "done"]);
		expect(tableCells("  Website redesign | 2026-12-31 | done")).toEqual(["Website redesign", "2026-12-31", "done"]);
	});

	it("keeps an empty cell in its column, so the columns stay aligned", () => {
		expect(tableCells("| Figma |  | 12.00 |")).toEqual(["Figma", "", "12.00"]);
	});

	it("knows the divider line under the header, with or without alignment colons", () => {
		expect(isDividerRow(tableCells("| --- | :---: | ---: |"))).toBe(true);
		expect(isDividerRow(tableCells("| --- | done |"))).toBe(false);
	});
});
