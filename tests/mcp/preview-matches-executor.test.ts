// A draft's preview is the executor's dry run: the same request, approved by the owner and run in dry run by the
// engine, records exactly the requests the draft tool showed the agent.
import { readFileSync, readdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { createNodeHost } from "../../src/node/host";
import { loadSettings } from "../../src/node/settings-file";
import { createHeadlessEngine, withCommandLineSafety } from "../../src/node/runner";
import { tempDir } from "../node/helpers";
import { buildPackage, connect, makeVault } from "./helpers";

let pkg: { dir: string; bin: string };
beforeAll(async () => {
	pkg = await buildPackage();
}, 60_000);
afterAll(() => rmSync(pkg.dir, { recursive: true, force: true }));

const X_KEYS = { AI_EMPLOYEE_X_API_KEY: "xk-test", AI_EMPLOYEE_X_API_SECRET: "xs-test", AI_EMPLOYEE_X_ACCESS_TOKEN: "xa-test", AI_EMPLOYEE_X_ACCESS_SECRET: "xas-test" };

type Wire = { method: string; url: string; body: string | null };

describe("a draft's dry run and the executor's dry run", () => {
	it.each([
		["a post", { network: "x", text: "Winter hours start Monday." }],
		["a thread", { network: "x", text: "Three things we learned this year (1/3)", thread: ["Small classes fill first (2/3)", "Mornings beat evenings (3/3)"] }],
	])("record the same requests for %s", async (_what, params) => {
		const vault = makeVault(tempDir(), { social: { x: {} } });
		const s = await connect(pkg.bin, vault, X_KEYS);
		let draft: { path: string; wire: { requests: Wire[] } };
		try {
			const r = await s.client.callTool({ name: "draft_social_post", arguments: { params, dry_run: false } });
			expect(r.isError).toBeFalsy();
			draft = r.structuredContent as typeof draft;
		} finally {
			await s.close();
		}

		// The owner approves it on a device with the approval key; the engine runs it in dry run.
		const host = createNodeHost({ vaultDir: vault, env: { ...X_KEYS, AI_EMPLOYEE_APPROVAL_KEY: "a".repeat(64), TZ: "UTC" }, configDir: ".obsidian", write: () => undefined });
		const loaded = await loadSettings(host.vault, ".obsidian");
		const engine = createHeadlessEngine({ host, settings: withCommandLineSafety(loaded.settings, true, {}), isExecutor: () => true });
		const outcome = await engine.workflow.approvals.approve(draft.path);
		expect(outcome.ok).toBe(true);
		await engine.stop();

		const completed = path.join(vault, "AI_Employee/Completed");
		const [file] = readdirSync(completed);
		const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(completed, file!), "utf8"))![1]!) as { wire_preview: string; dry_run: boolean };
		expect(fm.dry_run).toBe(true);
		const executed = JSON.parse(fm.wire_preview) as Wire[];
		// A dry run answers each write with a stand-in id (a thread replies to the stand-in of the post before); stand-ins
		// are numbered per process, so they are compared as placeholders.
		const shape = (w: Wire[]) => w.map((x) => ({ method: x.method, url: x.url, body: x.body?.replace(/"\d{19}"/g, '"<stand-in id>"') ?? null }));
		expect(executed.length).toBeGreaterThan(0);
		expect(shape(draft.wire.requests)).toEqual(shape(executed));
	});
});

describe("drafts count toward flood control", () => {
	it("a flood of drafts from one agent becomes one grouped review card, and none runs", async () => {
		const vault = makeVault(tempDir(), { social: { x: {} } });
		const s = await connect(pkg.bin, vault, X_KEYS);
		try {
			for (let i = 1; i <= 14; i++) {
				const r = await s.client.callTool({ name: "draft_social_post", arguments: { params: { network: "x", text: `Offer number ${i}` }, dry_run: false } });
				expect(r.isError).toBeFalsy();
			}
		} finally {
			await s.close();
		}
		const host = createNodeHost({ vaultDir: vault, env: { AI_EMPLOYEE_APPROVAL_KEY: "a".repeat(64), TZ: "UTC" }, configDir: ".obsidian", write: () => undefined });
		const loaded = await loadSettings(host.vault, ".obsidian");
		const engine = createHeadlessEngine({ host, settings: withCommandLineSafety(loaded.settings, true, {}), isExecutor: () => true });
		await engine.workflow.sweep();
		await engine.stop();
		const floods = readdirSync(path.join(vault, "AI_Employee/Needs_Action")).filter((f) => f.startsWith("FLOOD_"));
		expect(floods).toHaveLength(1);
		expect(readFileSync(path.join(vault, "AI_Employee/Needs_Action", floods[0]!), "utf8")).toMatch(/# 14 new post requests from .* review/);
		// One flood line in the log: the owner is told once, not fourteen times. (Unsigned notes are grouped together,
		// whatever writer they claim.)
		const logDir = path.join(vault, "AI_Employee/Logs");
		const lines = readdirSync(logDir).filter((f) => f.endsWith(".jsonl")).flatMap((f) => readFileSync(path.join(logDir, f), "utf8").split("\n").filter(Boolean));
		const flood = lines.map((l) => JSON.parse(l) as { action_type: string; details?: { writer?: string } }).filter((l) => l.action_type === "request.flood");
		expect(flood).toHaveLength(1);
		expect(readdirSync(path.join(vault, "AI_Employee/Pending_Approval"))).toHaveLength(14);
		expect(readdirSync(path.join(vault, "AI_Employee/Approved"))).toHaveLength(0);
	});
});
