import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeVault, tempDir, waitFor } from "./helpers";

const repo = path.resolve(__dirname, "../..");
let pkg = "";
let bin = "";

// The same layout as the package: bin/ai-employee.cjs requires ../dist/cli.cjs, bundled from src/node/cli.ts.
beforeAll(async () => {
	// Not tempDir(): that one is emptied after every test, and the bundle must outlive them.
	pkg = mkdtempSync(path.join(os.tmpdir(), "ai-employee-pkg-"));
	mkdirSync(path.join(pkg, "bin"));
	copyFileSync(path.join(repo, "bin/ai-employee.cjs"), path.join(pkg, "bin/ai-employee.cjs"));
	await build({ entryPoints: [path.join(repo, "src/node/cli.ts")], bundle: true, platform: "node", format: "cjs", outfile: path.join(pkg, "dist/cli.cjs"), logLevel: "silent" });
	bin = path.join(pkg, "bin/ai-employee.cjs");
}, 60_000);

afterAll(() => rmSync(pkg, { recursive: true, force: true }));

const env = { ...process.env, TZ: "UTC", AI_EMPLOYEE_DRY_RUN: "", AI_EMPLOYEE_APPROVAL_KEY: "0123456789abcdef0123456789abcdef" };

describe("ai-employee as a process", () => {
	it("runs one pass when started through the package's bin script", () => {
		const vault = tempDir();
		makeVault(vault);
		const r = spawnSync(process.execPath, [bin, "run", "--vault", vault, "--once"], { env, encoding: "utf8", timeout: 20_000 });
		expect(r.stderr).toBe("");
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("Mode: dry run");
		expect(existsSync(path.join(vault, "AI_Employee/Inbox"))).toBe(true);
	});

	it("exits 2 with the usage on stderr for bad arguments", () => {
		const r = spawnSync(process.execPath, [bin, "run", "--nope"], { env, encoding: "utf8", timeout: 20_000 });
		expect(r.status).toBe(2);
		expect(r.stderr).toContain("Unknown option --nope");
		expect(r.stderr).toContain("Usage:");
	});

	it("stops cleanly on SIGTERM: exit 0, lock released, nothing left running", async () => {
		const vault = tempDir();
		makeVault(vault);
		const child = spawn(process.execPath, [bin, "run", "--vault", vault], { env });
		let out = "";
		child.stdout.on("data", (d: Buffer) => (out += d.toString()));
		const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
		await waitFor(() => out.includes("Running."), 10_000, "the runner to start");
		expect(existsSync(path.join(vault, "AI_Employee/Logs/state/executor-lock.json"))).toBe(true);
		const sent = Date.now();
		child.kill("SIGTERM");
		expect(await exited).toBe(0);
		// Well under the 3 s safety exit in cli.ts: the process ended because nothing was left running.
		expect(Date.now() - sent).toBeLessThan(2500);
		expect(out).toContain("Stopping (SIGTERM)");
		expect(existsSync(path.join(vault, "AI_Employee/Logs/state/executor-lock.json"))).toBe(false);
	});

	it("prints the version with --version, and refuses a folder that is not a vault unless --init", () => {
		const v = spawnSync(process.execPath, [bin, "--version"], { env, encoding: "utf8", timeout: 20_000 });
		expect(v.status).toBe(0);
		expect(v.stdout.trim()).toBe(`ai-employee ${(JSON.parse(readFileSync(path.join(repo, "manifest.json"), "utf8")) as { version: string }).version}`);

		const folder = tempDir();
		const refused = spawnSync(process.execPath, [bin, "run", "--vault", folder, "--once"], { env, encoding: "utf8", timeout: 20_000 });
		expect(refused.status).toBe(2);
		expect(refused.stderr).toContain("is not an Obsidian vault: it has no config folder");
		expect(refused.stderr).toContain("--init");
		expect(readdirSync(folder)).toEqual([]);
		const init = spawnSync(process.execPath, [bin, "run", "--vault", folder, "--once", "--init"], { env, encoding: "utf8", timeout: 20_000 });
		expect(init.status).toBe(0);
		expect(existsSync(path.join(folder, "AI_Employee/Inbox"))).toBe(true);
		// Set up once: later starts need no --init.
		expect(spawnSync(process.execPath, [bin, "run", "--vault", folder, "--once"], { env, encoding: "utf8", timeout: 20_000 }).status).toBe(0);
	});

	it("says at start that it executes nothing without AI_EMPLOYEE_APPROVAL_KEY", () => {
		const vault = tempDir();
		makeVault(vault);
		const r = spawnSync(process.execPath, [bin, "run", "--vault", vault, "--once"], { env: { ...env, AI_EMPLOYEE_APPROVAL_KEY: "" }, encoding: "utf8", timeout: 20_000 });
		expect(r.status).toBe(0);
		const lines = r.stdout.split("\n");
		const said = lines.findIndex((l) => l.includes("AI_EMPLOYEE_APPROVAL_KEY is not set, so this runner executes nothing"));
		expect(said).toBeGreaterThan(-1);
		// Before the pass, not after it.
		expect(said).toBeLessThan(lines.findIndex((l) => l.includes("One pass done.")));
	});
});
