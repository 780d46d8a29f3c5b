// The built plugin's status view and dashboard say whether a runner receives WhatsApp (from its heartbeat file), what
// waits, and that replies can still be sent without one.
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { openedView } from "./ui";

let h: PluginHarness | null = null;
afterEach(async () => {
	await h?.dispose();
	h = null;
});

const DASH = "AI_Employee/Dashboard.md";
const BEAT = "AI_Employee/Logs/state/whatsapp-receiver.json";
const NOTE = "AI_Employee/Needs_Action/WHATSAPP_ABC123.md";

function heartbeat(at: number, stopped: number | null = null): string {
	return JSON.stringify({ pid: 4242, started: new Date(at - 3600_000).toISOString(), heartbeat: new Date(at).toISOString(), last_delivery: null, stopped: stopped === null ? null : new Date(stopped).toISOString() });
}

async function statusText(harness: PluginHarness): Promise<string> {
	await harness.runCommand("open-status");
	const view = await openedView(harness, "ai-employee-status");
	await harness.waitFor(() => (view.contentEl.querySelector(".ai-employee-status-whatsapp") ?? null) !== null, 5_000);
	return view.contentEl.querySelector(".ai-employee-status-whatsapp")!.textContent ?? "";
}

describe("WhatsApp in the status view and the dashboard", () => {
	it("shows a runner receiving from its heartbeat, and the dashboard counts what waits", async () => {
		h = await loadPlugin({
			data: { whatsapp: { account: { phoneNumberId: "106540352242922" } } },
			vaultFiles: {
				[DASH]: "# Dashboard\n\n<!-- ai-employee:status:start -->\n<!-- ai-employee:status:end -->\n",
				[BEAT]: heartbeat(Date.now() - 2 * 60_000),
				[NOTE]: "---\ntype: whatsapp\nfrom: \"4915112345678\"\n---\nHallo!\n",
			},
		});
		await h.layoutReady();
		expect(await statusText(h)).toContain("Receiving (runner seen 2 min ago)");
		await h.waitFor(async () => ((await h!.readFile(DASH)) ?? "").includes("### WhatsApp"), 15_000);
		const dash = (await h.readFile(DASH))!;
		expect(dash).toContain("- Messages waiting: 1");
		expect(dash).toContain("- Replies sent this week: 0");
		expect(dash).toContain("- Receiving: a runner is receiving new messages.");
	});

	it("says no runner receives, and that replies can still be sent, when the runner stopped", async () => {
		h = await loadPlugin({ data: { whatsapp: { account: { phoneNumberId: "106540352242922" } } }, vaultFiles: { [BEAT]: heartbeat(Date.now() - 60_000, Date.now() - 60_000) } });
		await h.layoutReady();
		expect(await statusText(h)).toMatch(/No runner receiving: replies can still be sent; start the runner with --webhook-port \(the runner stopped \d\d:\d\d\)\./);
	});
});
