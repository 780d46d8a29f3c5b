// The DOM the plugin runs in under test: Obsidian's helpers exist, but stay invisible to code that iterates objects.
import { describe, expect, it } from "vitest";

describe("Obsidian's prototype helpers in tests", () => {
	it("are callable, as in the app", () => {
		const el = createDiv({ cls: "card" });
		el.addClass("ready");
		expect(el.hasClass("ready")).toBe(true);
		expect([1, 2, 3].contains(2)).toBe(true);
	});

	it("do not show up when a library iterates an array or an element (as Google's client does)", () => {
		// Typed as a plain object on purpose: this is how generic libraries walk whatever they are given.
		const list: object = [10, 20];
		const seen: string[] = [];
		for (const key in list) seen.push(key);
		expect(seen).toEqual(["0", "1"]);

		const el = createDiv();
		const helpers: string[] = [];
		for (const key in el) if (["addClass", "createEl", "empty", "setText"].includes(key)) helpers.push(key);
		expect(helpers).toEqual([]);
	});

	it("run with the clock pinned to UTC, so calendar days never depend on the machine", () => {
		expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("UTC");
		expect(new Date(0).getTimezoneOffset()).toBe(0);
	});
});
