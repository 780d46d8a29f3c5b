// The built plugin's lifecycle as a user meets it: install, first start, set-up command, broken settings, disable.
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";

/** The folders the product promises under the root folder. */
const EXPECTED_FOLDERS = [
	"Inbox",
	"Needs_Action",
	"Plans",
	"Pending_Approval",
	"Approved",
	"Rejected",
	"Completed",
	"Failed",
	"Audits",
	"CEO_Briefings",
	"Logs",
	"Accounting",
];
const EXPECTED_FILES = ["Dashboard.md", "Company_Handbook.md", "Business_Goals.md"];
const LOG_FIELDS = ["timestamp", "action_type", "actor", "target", "parameters", "approval_status", "approved_by", "result", "dry_run", "correlation_id", "error"];

/** Today's calendar day in UTC (the test run pins TZ to UTC), computed without the plugin's own date code. */
function todayUtc(): string {
	return new Date().toISOString().slice(0, 10);
}

async function logLines(h: PluginHarness, root = "AI_Employee"): Promise<Record<string, unknown>[]> {
	const text = (await h.readFile(`${root}/Logs/${todayUtc()}.jsonl`)) ?? "";
	return text
		.split("\n")
		.filter((l) => l.trim() !== "")
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

let h: PluginHarness | null = null;
afterEach(async () => {
	await h?.dispose();
	h = null;
});

describe("loading the plugin", () => {
	it("registers its command and settings tab but touches no vault file before the layout is ready", async () => {
		h = await loadPlugin({ vaultFiles: { "Notes/idea.md": "# An idea" } });

		expect(h.files()).toEqual(["Notes/idea.md"]);
		expect(h.folders()).toEqual(["Notes"]);
		expect(h.vaultWrites).toBe(0);
		expect([...h.plugin.commands__.keys()]).toContain("set-up-vault-folders");
		expect(h.notices).toEqual([]);
	});

	it("turns dry run on by default, so a new install never sends anything for real", async () => {
		h = await loadPlugin();
		expect(h.plugin.settings.dryRun).toBe(true);

		await h.layoutReady();

		expect((h.savedData() as { dryRun: unknown }).dryRun).toBe(true);
		const setup = (await logLines(h)).find((l) => l.action_type === "vault.setup");
		expect(setup?.dry_run).toBe(true);
	});
});

describe("first start on a fresh vault", () => {
	it("creates the AI_Employee folders and starter files at layout-ready", async () => {
		h = await loadPlugin({ vaultFiles: { "Notes/idea.md": "# An idea" } });
		await h.layoutReady();

		for (const folder of EXPECTED_FOLDERS) expect(h.folders()).toContain(`AI_Employee/${folder}`);
		for (const file of EXPECTED_FILES) {
			const text = await h.readFile(`AI_Employee/${file}`);
			expect(text, file).toBeTruthy();
		}
		expect(await h.readFile("AI_Employee/Dashboard.md")).toContain("ai-employee:status:start");
		expect(await h.readFile("Notes/idea.md")).toBe("# An idea");
	});

	it("writes a first audit line with every required field into today's log file", async () => {
		h = await loadPlugin();
		await h.layoutReady();

		const lines = await logLines(h);
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) for (const field of LOG_FIELDS) expect(line, field).toHaveProperty(field);
		const line = lines.find((l) => l.action_type === "vault.setup")!;
		expect(line).toBeDefined();
		expect(line.result).toBe("success");
		expect(String(line.actor)).toMatch(/^obsidian:/);
		expect(Date.parse(String(line.timestamp))).not.toBeNaN();
	});

	it("saves its settings, so the next start is not treated as a first run", async () => {
		h = await loadPlugin();
		await h.layoutReady();
		const saved = h.savedData();
		await h.dispose();

		h = await loadPlugin({ data: saved });
		await h.layoutReady();
		// The set-up ran on the first start only: this start wrote no "vault.setup" line.
		expect((await logLines(h)).filter((l) => l.action_type === "vault.setup")).toEqual([]);
	});
});

describe("the set-up vault folders command", () => {
	const edited = "# Our handbook\n\nWe never pay anyone without a call first.\n";

	it("never overwrites a Company_Handbook.md the user already wrote", async () => {
		h = await loadPlugin({ vaultFiles: { "AI_Employee/Company_Handbook.md": edited } });
		await h.layoutReady();
		expect(await h.readFile("AI_Employee/Company_Handbook.md")).toBe(edited);

		const later = edited + "\n- Reply to every client within a day.\n";
		const file = h.app.vault.getFileByPath("AI_Employee/Company_Handbook.md")!;
		await h.app.vault.modify(file, later);
		await h.runCommand("ai-employee:set-up-vault-folders");

		expect(await h.readFile("AI_Employee/Company_Handbook.md")).toBe(later);
		expect(h.notices.at(-1)).toMatch(/already set up/);
	});

	it("recreates a deleted starter file and folder and says what it made and kept", async () => {
		h = await loadPlugin();
		await h.layoutReady();
		// As the user would, in Obsidian's file explorer.
		await h.app.vault.delete(h.app.vault.getFileByPath("AI_Employee/Business_Goals.md")!);
		await h.app.vault.delete(h.app.vault.getFolderByPath("AI_Employee/Plans")!, true);

		await h.runCommand("ai-employee:set-up-vault-folders");

		expect(await h.readFile("AI_Employee/Business_Goals.md")).toContain("Business goals");
		expect(h.folders()).toContain("AI_Employee/Plans");
		expect(h.notices.at(-1)).toMatch(/created 1 folders and 1 files; kept 3 existing files/);
	});
});

describe("invalid stored settings", () => {
	it("fall back to the defaults with a notice naming the broken keys, and the plugin keeps working", async () => {
		h = await loadPlugin({ data: { rootFolder: 42, dryRun: "no" } });
		await h.layoutReady();

		expect(h.plugin.settings.rootFolder).toBe("AI_Employee");
		expect(h.plugin.settings.dryRun).toBe(true);
		// Failure notices are gathered for a moment, so a burst becomes one notice.
		await h.waitFor(() => h!.notices.some((n) => /invalid/.test(n)), 5_000);
		const warnings = h.notices.filter((n) => /invalid/.test(n));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/rootFolder/);
		expect(warnings[0]).toMatch(/dryRun/);

		await h.runCommand("ai-employee:set-up-vault-folders");
		expect(h.folders()).toContain("AI_Employee/Pending_Approval");
		const actions = (await logLines(h)).map((l) => l.action_type);
		expect(actions).toContain("settings.invalid");
		expect(actions.indexOf("settings.invalid")).toBeLessThan(actions.indexOf("vault.setup"));
	});
});

describe("disabling the plugin", () => {
	it("leaves no interval, timer or listener behind", async () => {
		h = await loadPlugin();
		await h.layoutReady();
		await h.runCommand("ai-employee:set-up-vault-folders");

		await h.unload();

		const leaks = h.leaks();
		expect(leaks.intervals).toEqual([]);
		expect(leaks.timeouts).toEqual([]);
		expect(leaks.domListeners).toEqual([]);
		expect(leaks.appListeners).toEqual([]);
	});

	it("stops reacting to the vault: a note added afterwards causes no plugin writes", async () => {
		h = await loadPlugin();
		await h.layoutReady();
		await h.unload();
		const before = h.vaultWrites;

		await h.app.vault.create("AI_Employee/Needs_Action/EMAIL_late.md", "---\ntype: email\n---\n");
		await h.settle();

		// The one write is the test's own note.
		expect(h.vaultWrites - before).toBe(1);
	});
});
