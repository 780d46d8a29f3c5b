// "Social media content pack for December - 12 posts @ $85 each": the month the work was for is when it was done, not
// part of the row's name; the row's label still names the counted line.
import { describe, expect, it } from "vitest";
import { decide } from "./invoice-mail";

function first(text: string): string | undefined {
	const d = decide(text);
	if (d.kind !== "draft") return undefined;
	return (d.params["lines"] as { description: string }[])[0]?.description;
}

describe("a row's label before a count, with the month it was for", () => {
	it("en, numbered rows", () =>
		expect(first("Hi Sam,\n\nCan you send the invoice for the below?\n\n1) Newsletter design for March - 4 issues @ $120 each\n2) Banner design - $280\n\nRachel")).toMatch(/^Newsletter design/));
	it("en, bulleted rows", () =>
		expect(first("Hi Sam,\n\nPlease invoice us for these:\n\n- Blog writing for November - 6 articles @ $90 each\n- Banner design - $280\n\nRachel")).toMatch(/^Blog writing/));
	it("never the counted noun alone", () => {
		const f = first("Hi Sam,\n\nCan you send the invoice for the below?\n\n1) Social media content pack for December - 12 posts @ S$85 each\n2) Banner design - S$280\n\nRachel");
		expect(f).not.toBe("Posts");
	});
});
