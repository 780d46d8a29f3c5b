// The owner's first click on a new executor (the engine's record of what it ran not begun yet) runs the request: a
// record that begins after the click must not make the owner's own approval look too old and send it back.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { Engine } from "../../src/core/engine";
import { defaultSettings } from "../../src/core/settings/parse";
import { createNodeHost } from "../../src/node/host";
import { echoConnector } from "../fakes/echo/connector";
import { startEchoServer } from "../fakes/echo/server";
import { tempDir } from "./helpers";

describe("the first click on a new executor", () => {
	it("is sent exactly once, on the real clock, before the engine ever swept", async () => {
		const echo = await startEchoServer();
		const host = createNodeHost({ vaultDir: tempDir(), env: {}, configDir: ".obsidian", write: () => undefined });
		const settings = defaultSettings();
		settings.dryRun = false;
		const engine = new Engine({ host, settings, hostKind: "headless", connectors: [echoConnector(() => echo.url)], approvalKey: () => "k".repeat(64), isExecutor: () => true });
		try {
			await engine.setUpVault();
			const fm = { type: "approval_request", id: "FIRST-1", action: "test.send", status: "pending", created: new Date().toISOString(), requested_by: "owner", params: { text: "Hello" } };
			await host.vault.write("AI_Employee/Pending_Approval/first.md", `---\n${stringify(fm)}---\n# First\n`);
			const outcome = await engine.workflow.approvals.approve("AI_Employee/Pending_Approval/first.md");
			expect(outcome.ok).toBe(true);
			expect(echo).toHaveSentExactlyOnce();
			expect(await host.vault.listFiles("AI_Employee/Completed")).toEqual(["AI_Employee/Completed/first.md"]);
		} finally {
			await engine.stop();
			await echo.close();
		}
	});
});
