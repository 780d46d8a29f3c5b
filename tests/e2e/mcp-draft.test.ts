// An agent's draft through the MCP server, then the built plugin: the note the server wrote shows on the owner's card
// as written by the agent, asks for a click, and runs only after it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { renderBlock } from "./ui";
import { tempDir } from "../node/helpers";
import { connect, makeVault } from "../mcp/helpers";

type Plugin = {
	settings: Record<string, unknown> & { social: Record<string, unknown> };
	saveSettings(): Promise<void>;
	app: { vault: { create(path: string, data: string): Promise<unknown> } };
};

// The built package, as `npm test` leaves it (npm run build writes main.js and dist/mcp.cjs together).
const bin = path.resolve("bin/ai-employee.cjs");
if (!existsSync(path.resolve("dist/mcp.cjs"))) throw new Error("dist/mcp.cjs is missing: run npm run build first");

let h: PluginHarness | null = null;
const children: { unload(): void }[] = [];
afterEach(async () => {
	for (const c of children.splice(0)) c.unload();
	await h?.dispose();
	h = null;
});

describe("an MCP draft on the owner's card", () => {
	it("shows as written by the agent, needs the owner's click, and nothing runs before it", async () => {
		// The agent drafts through the server, over its own copy of the vault folder.
		const folder = makeVault(tempDir(), { social: { x: {} } });
		const s = await connect(bin, folder, {}, "Claude Code");
		const r = await s.client.callTool({ name: "draft_social_post", arguments: { params: { network: "x", text: "Doors open at 9 on Saturday." }, dry_run: false } });
		await s.close();
		const written = (r.structuredContent as { path: string }).path;
		const text = readFileSync(path.join(folder, written), "utf8");
		expect(readdirSync(path.join(folder, "AI_Employee/Pending_Approval"))).toHaveLength(1);

		// The same bytes in the owner's vault, as a sync would bring them.
		h = await loadPlugin({ http: "node" });
		await h.layoutReady();
		const plugin = h.plugin as unknown as Plugin;
		plugin.settings.social = { ...plugin.settings.social, x: {} };
		await plugin.saveSettings();
		await plugin.app.vault.create(written, text);
		await h.settle();
		await h.waitFor(async () => ((await h!.readFile(written)) ?? "").includes("```ai-employee-approval"));

		const { el, children: kids } = renderBlock(h, "ai-employee-approval", written);
		children.push(...kids);
		await h.waitFor(() => el.querySelector(".ai-employee-card-summary") !== null);
		const shown = el.textContent ?? "";
		expect(shown).toContain("Doors open at 9 on Saturday.");
		expect(shown).toContain('Written outside the plugin (claims to be from "mcp:claude-code")');
		expect(shown).toContain("Needs your approval");
		expect(Array.from(el.querySelectorAll("button")).map((b) => b.textContent)).toContain("Approve");
		// Nothing moved on its own: still pending, nothing approved or completed.
		expect(await h.readFile(written)).toContain("status: pending");
		expect(await h.readFile(written.replace("Pending_Approval", "Completed"))).toBeNull();
	});
});
