// The dashboard section: the plugin rewrites only what lies between its two markers; the owner's text is theirs.
import { describe, expect, it } from "vitest";
import { readStatusSection, replaceStatusSection, STATUS_END, STATUS_START } from "../../../src/core/dashboard/section";

const before = "# My dashboard\r\n\r\nNotes with **bold**, a table | a | b |\n\n";
const after = "\n## My own section\nDo not touch ✓\n";

describe("dashboard section", () => {
	it("replaces only the text between the markers, keeping every byte around them", () => {
		const text = `${before}${STATUS_START}\nold status\n${STATUS_END}${after}`;
		const r = replaceStatusSection(text, "new status");
		expect(r).toEqual({ ok: true, changed: true, text: `${before}${STATUS_START}\nnew status\n${STATUS_END}${after}` });
		expect(readStatusSection(r.text)).toBe("new status");
	});

	it("reports no change when the section already says the same", () => {
		const text = `${before}${STATUS_START}\nsame\n${STATUS_END}${after}`;
		expect(replaceStatusSection(text, "same")).toEqual({ ok: true, changed: false, text });
	});

	it("appends the section after the owner's text when the markers are missing", () => {
		expect(replaceStatusSection("# Mine\nline", "status").text).toBe(`# Mine\nline\n\n${STATUS_START}\nstatus\n${STATUS_END}\n`);
		expect(replaceStatusSection("", "status").text).toBe(`${STATUS_START}\nstatus\n${STATUS_END}\n`);
	});

	it("leaves the note alone when one marker was deleted, and says which", () => {
		const onlyStart = `${before}${STATUS_START}\nold\n${after}`;
		expect(replaceStatusSection(onlyStart, "x")).toEqual({ ok: false, text: onlyStart, problem: expect.stringMatching(/not its end marker/) as string });
		const onlyEnd = `${before}old\n${STATUS_END}${after}`;
		expect(replaceStatusSection(onlyEnd, "x")).toMatchObject({ ok: false, text: onlyEnd });
	});

	it("uses the first section when the owner pasted the markers twice, and leaves the second as text", () => {
		const text = `${STATUS_START}\na\n${STATUS_END}\nmine\n${STATUS_START}\nb\n${STATUS_END}\n`;
		expect(replaceStatusSection(text, "c").text).toBe(`${STATUS_START}\nc\n${STATUS_END}\nmine\n${STATUS_START}\nb\n${STATUS_END}\n`);
	});
});
