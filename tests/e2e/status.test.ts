// The status UI through the built main.js (NEEDS THE LEAD'S WIRING of registerStatusUi / createStatusCenter in main.ts):
// the commands exist, the dashboard section follows new requests without touching the owner's text, unload leaves nothing.
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";

let h: PluginHarness | null = null;
afterEach(async () => {
	await h?.dispose();
	h = null;
});

const DASH = "AI_Employee/Dashboard.md";
const OWNER_TEXT = "# Dashboard\n\nMy own notes: call the bank.\n\n";

function request(id: string): string {
	return `---\ntype: approval_request\nid: ${id}\naction: social.post\nstatus: pending\ncreated: 2026-11-26T08:00:00Z\nrequested_by: claude-code\nparams:\n  network: linkedin\n  text: Hello\n---\n# Post hello ${id}\n`;
}

describe("status UI in the built plugin", () => {
	it("registers Open status and Restart watchers, and opens the status view in the sidebar", async () => {
		h = await loadPlugin({ vaultFiles: { [DASH]: `${OWNER_TEXT}<!-- ai-employee:status:start -->\n<!-- ai-employee:status:end -->\n` } });
		await h.layoutReady();
		expect(h.plugin.commands__.has("open-status")).toBe(true);
		expect(h.plugin.commands__.has("restart-watchers")).toBe(true);
		await h.runCommand("open-status");
		expect(h.app.workspace.getLeavesOfType("ai-employee-status")).toHaveLength(1);
		await h.runCommand("restart-watchers");
		await h.waitFor(() => h!.notices.some((n) => /watcher/.test(n)), 5_000);
	});

	it("writes the pending count into Dashboard.md's section and keeps the owner's text as it was", async () => {
		h = await loadPlugin({ vaultFiles: { [DASH]: `${OWNER_TEXT}<!-- ai-employee:status:start -->\nold\n<!-- ai-employee:status:end -->\n\n## After\nmine\n` } });
		await h.layoutReady();
		await h.app.vault.create("AI_Employee/Pending_Approval/a.md", request("REQ-A"));
		await h.app.vault.create("AI_Employee/Pending_Approval/b.md", request("REQ-B"));
		await h.waitFor(async () => ((await h!.readFile(DASH)) ?? "").includes("2 requests wait for your approval"), 15_000);
		const text = (await h.readFile(DASH))!;
		expect(text.startsWith(OWNER_TEXT)).toBe(true);
		expect(text.endsWith("<!-- ai-employee:status:end -->\n\n## After\nmine\n")).toBe(true);
	});

	it("leaves no timer or listener behind after unload", async () => {
		h = await loadPlugin();
		await h.layoutReady();
		await h.runCommand("open-status");
		await h.unload();
		expect(h.leaks().count).toBe(0);
	});
});
