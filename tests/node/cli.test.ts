import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { localDay } from "../../src/core/util/dates";
import { main, type MainIo } from "../../src/node/main";
import { captureIo, makeVault, tempDir, waitFor } from "./helpers";

const ENV = { TZ: "UTC", AI_EMPLOYEE_DEVICE_ID: "test-runner", AI_EMPLOYEE_STATE_DIR: path.join(tmpdir(), "ai-employee-test-state") };
const LOCK = "AI_Employee/Logs/state/executor-lock.json";

function vaultWith(data?: unknown): string {
	const vault = tempDir();
	makeVault(vault);
	if (data !== undefined) {
		mkdirSync(path.join(vault, ".obsidian/plugins/ai-employee"), { recursive: true });
		writeFileSync(path.join(vault, ".obsidian/plugins/ai-employee/data.json"), JSON.stringify(data));
	}
	return vault;
}

function logLines(vault: string, root = "AI_Employee"): Record<string, unknown>[] {
	const file = path.join(vault, root, "Logs", `${localDay(Date.now(), "UTC")}.jsonl`);
	return readFileSync(file, "utf8")
		.trim()
		.split("\n")
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function runOnce(vault: string, extra: string[] = [], env: Record<string, string> = ENV) {
	const io = captureIo();
	const code = await main(["run", "--vault", vault, "--once", ...extra], env, { ...io, handleSignals: false });
	return { code, io };
}

describe("ai-employee run", () => {
	it("sets up a fresh vault in one pass, writes today's log and exits 0", async () => {
		const vault = vaultWith();
		const { code, io } = await runOnce(vault);
		expect(code).toBe(0);
		for (const f of ["Inbox", "Pending_Approval", "Approved", "Logs", "Accounting", "Dashboard.md", "Company_Handbook.md", "Business_Goals.md"]) {
			expect(existsSync(path.join(vault, "AI_Employee", f))).toBe(true);
		}
		const lines = logLines(vault);
		expect(lines.map((l) => l.action_type)).toEqual(expect.arrayContaining(["vault.setup", "runner.started", "runner.stopped"]));
		expect(lines[0]).toMatchObject({ action_type: "vault.setup", actor: "headless:test-runner", dry_run: true });
		expect(io.out.join("")).toContain("Set up the vault");
		expect(io.out.join("")).toContain("One pass done.");
		expect(existsSync(path.join(vault, LOCK))).toBe(false);
	});

	it("keeps the notes already in the vault and only adds what is missing", async () => {
		const vault = vaultWith();
		mkdirSync(path.join(vault, "AI_Employee"), { recursive: true });
		writeFileSync(path.join(vault, "AI_Employee/Business_Goals.md"), "# Our goals\n");
		expect((await runOnce(vault)).code).toBe(0);
		expect(readFileSync(path.join(vault, "AI_Employee/Business_Goals.md"), "utf8")).toBe("# Our goals\n");
		expect(existsSync(path.join(vault, "AI_Employee/Dashboard.md"))).toBe(true);
		const again = await runOnce(vault);
		expect(again.io.out.join("")).not.toContain("Set up the vault");
	});

	it("uses the root folder named in the plugin's settings", async () => {
		const vault = vaultWith({ rootFolder: "Desk" });
		expect((await runOnce(vault)).code).toBe(0);
		expect(existsSync(path.join(vault, "Desk/Inbox"))).toBe(true);
		expect(logLines(vault, "Desk").length).toBeGreaterThan(0);
	});

	it("finds a config folder with another name and reads the settings there", async () => {
		const vault = tempDir();
		mkdirSync(path.join(vault, ".obsidian-work/plugins/ai-employee"), { recursive: true });
		writeFileSync(path.join(vault, ".obsidian-work/plugins/ai-employee/data.json"), JSON.stringify({ rootFolder: "Office" }));
		mkdirSync(path.join(vault, ".trash"));
		expect((await runOnce(vault)).code).toBe(0);
		expect(existsSync(path.join(vault, "Office/Inbox"))).toBe(true);
	});

	it("reads the settings from the config folder given with --config-dir", async () => {
		const vault = tempDir();
		mkdirSync(path.join(vault, "cfg/plugins/ai-employee"), { recursive: true });
		writeFileSync(path.join(vault, "cfg/plugins/ai-employee/data.json"), JSON.stringify({ rootFolder: "Desk2" }));
		expect((await runOnce(vault, ["--config-dir", "cfg"])).code).toBe(0);
		expect(existsSync(path.join(vault, "Desk2/Inbox"))).toBe(true);
	});

	it("stays in dry run even when the vault's settings say dryRun: false", async () => {
		const vault = vaultWith({ dryRun: false });
		const { code, io } = await runOnce(vault);
		expect(code).toBe(0);
		expect(io.out.join("")).toContain("Mode: dry run (the default)");
		expect(logLines(vault).every((l) => l.dry_run === true)).toBe(true);
	});

	it("goes live with --live, and with AI_EMPLOYEE_DRY_RUN=false", async () => {
		const vault = vaultWith();
		const live = await runOnce(vault, ["--live"]);
		expect(live.io.out.join("")).toContain("Mode: LIVE (--live)");
		expect(logLines(vault).find((l) => l.action_type === "runner.started")).toMatchObject({ dry_run: false, details: { mode: "live" } });

		const vault2 = vaultWith();
		const env = await runOnce(vault2, [], { ...ENV, AI_EMPLOYEE_DRY_RUN: "false" });
		expect(env.io.out.join("")).toContain("Mode: LIVE (AI_EMPLOYEE_DRY_RUN=false)");
	});

	it("warns about broken settings, runs on the defaults and records the problem", async () => {
		const vault = vaultWith({ currency: "euro" });
		const { code, io } = await runOnce(vault);
		expect(code).toBe(0);
		expect(io.err.join("")).toContain('"currency"');
		expect(logLines(vault)).toHaveLogged({ action_type: "settings.invalid" });
	});

	it("refuses a second runner while the first holds the lock (exit 3), then the first stops cleanly", async () => {
		const vault = vaultWith();
		const first = captureIo();
		const stop = new AbortController();
		const io: MainIo = { ...first, handleSignals: false, signal: stop.signal };
		const running = main(["run", "--vault", vault], ENV, io);
		await waitFor(() => first.out.join("").includes("Running."), 5000, "the first runner to start");
		expect(existsSync(path.join(vault, LOCK))).toBe(true);

		const second = await runOnce(vault);
		expect(second.code).toBe(3);
		expect(second.io.err.join("")).toContain("Another runner is already executing for this vault: test-runner-");
		expect(second.io.err.join("")).toContain("Stop that runner first");

		stop.abort();
		expect(await running).toBe(0);
		expect(first.out.join("")).toContain("Stopped.");
		expect(existsSync(path.join(vault, LOCK))).toBe(false);
		expect(logLines(vault).at(-1)).toMatchObject({ action_type: "runner.stopped", result: "success" });
	});

	it("stops with exit 3 when another runner takes the lock away", async () => {
		const vault = vaultWith();
		const io = captureIo();
		const running = main(["run", "--vault", vault], ENV, { ...io, handleSignals: false, lockTiming: { heartbeatMs: 30, staleAfterMs: 90 } });
		await waitFor(() => io.out.join("").includes("Running."), 5000, "the runner to start");
		// The other runner keeps its heartbeat like a live one: a beat of ours that read the lock just before the takeover
		// may write over it once, and the next beat of theirs wins it back.
		const started = new Date().toISOString();
		let stopped = false;
		const other = (async () => {
			while (!stopped) {
				const now = new Date().toISOString();
				writeFileSync(path.join(vault, LOCK), JSON.stringify({ holder: "vps-runner", pid: 99, host: "vps", started, heartbeat: now }));
				await new Promise((r) => setTimeout(r, 20));
			}
		})();
		const code = await running;
		stopped = true;
		await other;
		expect(code).toBe(3);
		expect(io.err.join("")).toContain("vps-runner (process 99 on vps) took over the executor lock");
		expect(JSON.parse(readFileSync(path.join(vault, LOCK), "utf8"))).toMatchObject({ holder: "vps-runner" });
	});

	it("prints the usage and exits 2 on bad arguments", async () => {
		const io = captureIo();
		expect(await main(["run", "--vault"], ENV, io)).toBe(2);
		expect(io.err.join("")).toContain("--vault needs a value");
		expect(io.err.join("")).toContain("Usage: ai-employee run --vault DIR");
		expect(io.out).toEqual([]);
	});

	it("prints the usage on stdout and exits 0 for --help", async () => {
		const io = captureIo();
		expect(await main(["--help"], ENV, io)).toBe(0);
		expect(io.out.join("")).toContain("Usage: ai-employee run --vault DIR");
	});

	it("exits 2 with a clear message when the vault folder does not exist", async () => {
		const missing = path.join(tempDir(), "no-such-vault");
		const io = captureIo();
		expect(await main(["run", "--vault", missing, "--once"], ENV, io)).toBe(2);
		expect(io.err.join("")).toContain(`The vault folder ${missing} does not exist`);
		expect(existsSync(missing)).toBe(false);
	});

	it("resolves a relative vault path against the working directory", async () => {
		const parent = tempDir();
		makeVault(path.join(parent, "vault"));
		const io = captureIo();
		expect(await main(["run", "--vault", "vault", "--once"], ENV, { ...io, cwd: parent, handleSignals: false })).toBe(0);
		expect(readdirSync(path.join(parent, "vault/AI_Employee"))).toContain("Inbox");
	});
});
