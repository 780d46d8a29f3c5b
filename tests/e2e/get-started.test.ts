// The Get started page of the built plugin: opened by itself on the first start on a device, once; it names the
// services with a Connect button each, says what dry run means, how to go live and where requests appear.
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { buttonIn, descOf, installUi, openedView, rowNamed, type Ui } from "./ui";

const TYPE = "ai-employee-get-started";
let h: PluginHarness | null = null;
let ui: Ui | null = null;
afterEach(async () => {
	await h?.dispose();
	ui?.restore();
	h = null;
	ui = null;
});

async function page(): Promise<HTMLElement> {
	return (await openedView(h!, TYPE)).contentEl;
}

describe("Get started", () => {
	it("opens on the first start on this device and walks through connecting, dry run, where requests appear and going live", async () => {
		ui = installUi();
		h = await loadPlugin();
		expect(h.app.workspace.getLeavesOfType(TYPE)).toHaveLength(0);
		await h.layoutReady();
		expect(h.app.workspace.getLeavesOfType(TYPE)).toHaveLength(1);
		const el = await page();
		const text = el.textContent ?? "";
		expect(text).toContain("Connect your services");
		expect(text).toContain("Dry run is on. Approving a request only previews it");
		expect(text).toContain("AI_Employee/Pending_Approval/");
		expect(text).toContain("Going live");
		expect(text).toContain("It asks you to confirm");
		for (const s of ["Odoo", "Gmail", "Facebook", "Instagram", "X", "LinkedIn"]) expect(descOf(rowNamed(el, s))).toMatch(/Not set up yet\.$/);

		buttonIn(rowNamed(el, "LinkedIn"), "Connect").click();
		await h.settle();
		expect(ui.modals.at(-1)!.titleEl.textContent).toBe("Connect LinkedIn");
		ui.modals.at(-1)!.close();

		buttonIn(el, "Open status").click();
		await h.waitFor(() => h!.app.workspace.getLeavesOfType("ai-employee-status").length === 1);
	});

	it("is not opened again on a device that has seen it; the command still opens it", async () => {
		h = await loadPlugin();
		h.app.saveLocalStorage("ai-employee-get-started-shown", true);
		await h.layoutReady();
		expect(h.app.workspace.getLeavesOfType(TYPE)).toHaveLength(0);
		await h.runCommand("open-get-started");
		expect(h.app.workspace.getLeavesOfType(TYPE)).toHaveLength(1);
	});
});
