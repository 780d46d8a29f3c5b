// A request's `source` resolves to its note the way Obsidian resolves links: wiki links with or without .md, an alias or
// a heading, partial paths and bare names when they are unique.
import { describe, expect, it } from "vitest";
import { linkPath, resolveLink } from "../../../src/core/plans/link";

const ITEMS = ["AI_Employee/Needs_Action/EMAIL_18c2f0.md", "AI_Employee/Needs_Action/FILE_scan.pdf.md", "AI_Employee/Needs_Action/Call Acme.md"];

describe("resolving a request's source", () => {
	it.each([
		["[[Needs_Action/EMAIL_18c2f0]]", ITEMS[0]],
		["[[Needs_Action/EMAIL_18c2f0.md]]", ITEMS[0]],
		["[[EMAIL_18c2f0]]", ITEMS[0]],
		["[[EMAIL_18c2f0|the email from Acme]]", ITEMS[0]],
		["[[Needs_Action/EMAIL_18c2f0#Needs clarification|Acme]]", ITEMS[0]],
		["![[EMAIL_18c2f0]]", ITEMS[0]],
		["AI_Employee/Needs_Action/EMAIL_18c2f0.md", ITEMS[0]],
		["AI_Employee/Needs_Action/EMAIL_18c2f0", ITEMS[0]],
		["Needs_Action/EMAIL_18c2f0.md", ITEMS[0]],
		["[the email](Needs_Action/EMAIL_18c2f0.md)", ITEMS[0]],
		["[[FILE_scan.pdf]]", ITEMS[1]],
		["[[Call Acme]]", ITEMS[2]],
		["[Call](Needs_Action/Call%20Acme.md)", ITEMS[2]],
	])("%s → its note", (source, expected) => {
		expect(resolveLink(source, ITEMS)).toBe(expected);
	});

	it("resolves nothing for a missing note, an empty link, or a name two notes share", () => {
		expect(resolveLink("[[EMAIL_other]]", ITEMS)).toBeNull();
		expect(resolveLink("[[]]", ITEMS)).toBeNull();
		expect(resolveLink("[[EMAIL_1]]", ["A/EMAIL_1.md", "B/EMAIL_1.md"])).toBeNull();
		expect(resolveLink("[[A/EMAIL_1]]", ["A/EMAIL_1.md", "B/EMAIL_1.md"])).toBe("A/EMAIL_1.md");
	});

	it("keeps only the path of a link", () => {
		expect(linkPath("[[Needs_Action/EMAIL_1#Top|Mail]]")).toBe("Needs_Action/EMAIL_1");
		expect(linkPath("  ./Needs_Action/EMAIL_1.md ")).toBe("Needs_Action/EMAIL_1.md");
	});
});
