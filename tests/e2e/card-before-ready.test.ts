// A request note open when Obsidian starts: its card is drawn before layout-ready, while the engine does not run yet.
// It says the plugin is starting, then becomes the real card once the engine is up, without the owner touching the note.
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { renderBlock } from "./ui";

const PATH = "AI_Employee/Pending_Approval/post-hello.md";
const NOTE = [
	"---",
	"type: approval_request",
	"id: REQ-OPEN-AT-START",
	"action: social.post",
	"status: pending",
	"created: 2026-11-26T08:00:00Z",
	"requested_by: claude-code",
	"params:",
	"  network: linkedin",
	"  text: Hello from the open note",
	"---",
	"# Post hello",
	"",
	"```ai-employee-approval",
	"```",
	"",
].join("\n");

let h: PluginHarness | null = null;
const children: { unload(): void }[] = [];
afterEach(async () => {
	for (const c of children.splice(0)) c.unload();
	await h?.dispose();
	h = null;
});

describe("a card drawn before layout-ready", () => {
	it("says the plugin is starting, then redraws as the real card once the engine runs", async () => {
		h = await loadPlugin({ vaultFiles: { [PATH]: NOTE } });
		const { el, children: kids } = renderBlock(h, "ai-employee-approval", PATH);
		children.push(...kids);
		await h.settle();
		expect(el.textContent).toBe("AI Employee is starting…");

		await h.layoutReady();
		await h.waitFor(() => el.textContent !== "AI Employee is starting…", 5_000);
		expect(el.textContent).toContain("Hello from the open note");
		expect(Array.from(el.querySelectorAll("button")).map((b) => b.textContent)).toContain("Approve");
	});

	it("a card closed before the engine is up is not drawn again", async () => {
		h = await loadPlugin({ vaultFiles: { [PATH]: NOTE } });
		const { el, children: kids } = renderBlock(h, "ai-employee-approval", PATH);
		for (const k of kids) k.unload();
		await h.layoutReady();
		await h.settle();
		expect(el.textContent).toBe("AI Employee is starting…");
	});
});
