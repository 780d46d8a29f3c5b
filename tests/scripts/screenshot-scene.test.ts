// `npm run screenshots` without Chromium: the scene it photographs. The settings tab and the Connect Odoo dialog are drawn
// by the plugin's own code in Obsidian's markup, and show what the owner sees: the rows the product has, each toggle in
// the state the settings hold (dry run on by default), the Connect button, and the dialog's fields.
import * as path from "node:path";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { loadScene } from "../../scripts/screenshots/load-scene.mjs";

const repo = path.resolve(__dirname, "../..");
let pieces: Record<string, string>;

beforeAll(async () => {
	const { buildScene } = (await loadScene(repo)) as { buildScene: (root: string) => Promise<{ pieces: Record<string, string> }> };
	({ pieces } = await buildScene(repo));
}, 180_000);

function parse(html: string): Document {
	return new JSDOM(html).window.document;
}

/** The setting row whose name is `name` (throws when the tab has none). */
function row(root: ParentNode, name: string): Element {
	const found = Array.from(root.querySelectorAll(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === name);
	if (!found) throw new Error(`no row named "${name}"`);
	return found;
}

describe("the settings tab in the screenshots", () => {
	it("shows the product's groups in the tab's order, each a heading over one card of rows", () => {
		const tab = parse(pieces["settings"]!);
		const headings = Array.from(tab.querySelectorAll(".setting-group > .setting-item-heading .setting-item-name")).map((h) => h.textContent);
		expect(headings.slice(0, 4)).toEqual(["General", "Approval policy", "Notifications", "Odoo"]);
		expect(headings).toEqual(expect.arrayContaining(["Facebook", "Instagram", "X", "LinkedIn", "Gmail"]));
		// Every row in a card has the app's two halves: name and description, then the controls.
		const rows = Array.from(tab.querySelectorAll(".setting-items > .setting-item"));
		expect(rows.length).toBeGreaterThan(40);
		for (const r of rows) {
			expect(r.querySelector(":scope > .setting-item-info > .setting-item-name")?.textContent).not.toBe("");
			expect(r.querySelector(":scope > .setting-item-control")).not.toBeNull();
		}
	});

	it("shows dry run on, as every new install starts, and hand-moved approvals off", () => {
		const tab = parse(pieces["settings"]!);
		expect(row(tab, "Dry run").querySelector(".checkbox-container")!.classList.contains("is-enabled")).toBe(true);
		expect(row(tab, "Accept hand-moved approvals").querySelector(".checkbox-container")!.classList.contains("is-enabled")).toBe(false);
	});

	it("has the Currency row with the main currency, and the saved Odoo address", () => {
		const tab = parse(pieces["settings"]!);
		expect(row(tab, "Currency").querySelector("input")!.getAttribute("value")).toBe("USD");
		expect(row(tab, "Odoo URL").querySelector("input")!.getAttribute("value")).toBe("https://lumenandpine.example.com");
	});

	it("offers Connect as the call to action of each service's group", () => {
		const tab = parse(pieces["settings"]!);
		for (const service of ["Odoo", "Facebook", "Gmail"]) {
			const button = row(tab, `Connect ${service}`).querySelector("button")!;
			expect(button.textContent).toBe("Connect");
			expect(button.classList.contains("mod-cta")).toBe(true);
		}
	});

	it("cuts the tab into the parts it photographs without leaving rows out of them", () => {
		const general = parse(pieces["settings-general"]!);
		expect(row(general, "Dry run")).toBeDefined();
		expect(row(general, "Sign-in problems")).toBeDefined();
		expect(row(parse(pieces["settings-services"]!), "Connect Facebook")).toBeDefined();
	});
});

describe("the Connect Odoo dialog in the screenshots", () => {
	it("is the dialog the tab's Connect button opens: title, the steps, and the fields with the saved values", () => {
		const dialog = parse(pieces["connect-odoo"]!);
		expect(dialog.querySelector(".modal .modal-title")?.textContent).toBe("Connect Odoo");
		const text = dialog.querySelector(".modal-content")!.textContent;
		expect(text).toContain("Account Security → New API Key");
		expect(row(dialog, "Odoo address").querySelector("input")!.getAttribute("value")).toBe("https://lumenandpine.example.com");
		expect(row(dialog, "Database").querySelector("input")!.getAttribute("value")).toBe("lumen");
		// The key is typed into a password field and never filled in from anywhere.
		const key = row(dialog, "API key").querySelector("input")!;
		expect(key.getAttribute("type")).toBe("password");
		expect(key.getAttribute("value")).toBe("");
		const save = Array.from(dialog.querySelectorAll("button")).find((b) => b.textContent === "Save and test");
		expect(save?.classList.contains("mod-cta")).toBe(true);
	});
});
