// The headless runner tells the truth: every failure in full and at once, every environment variable in --help, its
// version, no execution without the approval key, no vault made by a typo, and audit lines the disk refused printed.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { USAGE } from "../../src/node/args";
import { main } from "../../src/node/main";
import { localDay } from "../../src/core/util/dates";
import { captureIo, makeVault, tempDir } from "./helpers";

const ENV = { TZ: "UTC", AI_EMPLOYEE_DEVICE_ID: "test-runner" };
const KEY = "0123456789abcdef0123456789abcdef";

function vault(): string {
	const dir = tempDir();
	makeVault(dir);
	return dir;
}

async function runOnce(dir: string, extra: string[] = [], env: Record<string, string> = ENV) {
	const io = captureIo();
	const code = await main(["run", "--vault", dir, "--once", ...extra], env, { ...io, handleSignals: false });
	return { code, out: io.out.join(""), err: io.err.join("") };
}

/** Every .ts file under src, for checking the help against what the code really reads. */
function sources(dir = path.resolve(__dirname, "../../src")): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = path.join(dir, name);
		return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [readFileSync(p, "utf8")] : [];
	});
}

describe("ai-employee --help", () => {
	it("lists every environment variable the runner reads, and every secret's variable", () => {
		const code = sources().join("\n");
		const direct = new Set([...code.matchAll(/env\.(AI_EMPLOYEE_[A-Z_]+|TZ)\b/g)].map((m) => m[1]!));
		// Secrets are read as AI_EMPLOYEE_<NAME> (ai-employee-odoo-api-key → AI_EMPLOYEE_ODOO_API_KEY). The device key
		// seals the app's own settings and has no use on the runner, whose safety comes from the command line.
		const secrets = new Set(
			[...code.matchAll(/"(ai-employee-[a-z0-9-]+-(?:key|token|secret))"/g)].map((m) => m[1]!).filter((n) => n !== "ai-employee-device-key").map((n) => n.toUpperCase().replace(/-/g, "_")),
		);
		expect(direct.size).toBeGreaterThanOrEqual(4);
		expect(secrets.size).toBeGreaterThanOrEqual(10);
		for (const name of [...direct, ...secrets, "AI_EMPLOYEE_APPROVAL_KEY"]) expect(USAGE, name).toContain(name);
	});
});

describe("ai-employee run", () => {
	it("prints its version", async () => {
		const io = captureIo();
		expect(await main(["--version"], ENV, io)).toBe(0);
		expect(io.out.join("")).toMatch(/^ai-employee \d+\.\d+\.\d+\n$/);
	});

	it("refuses a folder without a config folder (exit 2, nothing written), and makes it a vault with --init", async () => {
		const dir = tempDir();
		const refused = await runOnce(dir);
		expect(refused.code).toBe(2);
		expect(refused.err).toContain(`${dir} is not an Obsidian vault: it has no config folder`);
		expect(readdirSync(dir)).toEqual([]);

		const init = await runOnce(dir, ["--init"]);
		expect(init.code).toBe(0);
		expect(init.out).toContain("Setting up");
		expect(init.out).toContain("as a new vault (--init)");
		// Now it is a vault: the next start needs no --init.
		expect((await runOnce(dir)).code).toBe(0);
	});

	it("says at start it executes nothing without the approval key, and logs it", async () => {
		const dir = vault();
		const without = await runOnce(dir);
		expect(without.out).toContain("AI_EMPLOYEE_APPROVAL_KEY is not set, so this runner executes nothing");
		const withKey = await runOnce(vault(), [], { ...ENV, AI_EMPLOYEE_APPROVAL_KEY: KEY });
		expect(withKey.out).not.toContain("executes nothing");
		const log = readFileSync(path.join(dir, "AI_Employee/Logs", `${localDay(Date.now(), "UTC")}.jsonl`), "utf8");
		expect(log).toContain('"approval_key":false');
	});

	it("prints every failure in full and at once, never grouped into 'open the status view'", async () => {
		const dir = vault();
		const note = (id: string) =>
			`---\n${stringify({ type: "approval_request", id, action: "subscription.cancel", status: "approved", created: "2026-11-26T08:00:00Z", requested_by: "agent", params: { vendor: `Vendor ${id}` } })}---\n# Cancel\n`;
		mkdirSync(path.join(dir, "AI_Employee/Approved"), { recursive: true });
		// Moved into Approved by hand, without the owner's stamp: each is refused back with the reason.
		writeFileSync(path.join(dir, "AI_Employee/Approved/one.md"), note("REQ-ONE"));
		writeFileSync(path.join(dir, "AI_Employee/Approved/two.md"), note("REQ-TWO"));
		const { code, out } = await runOnce(dir, [], { ...ENV, AI_EMPLOYEE_APPROVAL_KEY: KEY });
		expect(code).toBe(0);
		const failures = out.split("\n").filter((l) => l.startsWith("[ai-employee failure]"));
		expect(failures.filter((l) => l.includes("did not run") && l.includes("one.md"))).toHaveLength(1);
		expect(failures.filter((l) => l.includes("did not run") && l.includes("two.md"))).toHaveLength(1);
		expect(out).not.toMatch(/Open the status view|things went wrong/);
	});

	it("prints the audit lines the disk refused at exit, so they are not lost", async () => {
		const dir = vault();
		// Today's log file cannot be written: a folder stands where the file should be.
		mkdirSync(path.join(dir, "AI_Employee/Logs", `${localDay(Date.now(), "UTC")}.jsonl`), { recursive: true });
		const { code, out, err } = await runOnce(dir);
		expect(code).toBe(0);
		expect(out.match(/could not write its audit log/g)).toHaveLength(1);
		expect(err).toMatch(/could not write \d+ audit log entries to AI_Employee\/Logs/);
		const printed = err.split("\n").filter((l) => l.startsWith("{"));
		expect(printed.map((l) => (JSON.parse(l) as { action_type: string }).action_type)).toEqual(expect.arrayContaining(["runner.started", "runner.stopped"]));
	});

	it("tells a runner without a Gmail sign-in which variable to set, not only where the app's button is", async () => {
		const dir = vault();
		mkdirSync(path.join(dir, ".obsidian/plugins/ai-employee"), { recursive: true });
		writeFileSync(path.join(dir, ".obsidian/plugins/ai-employee/data.json"), JSON.stringify({ gmail: { enabled: true, clientId: "client.apps.googleusercontent.com" } }));
		const { code, out } = await runOnce(dir, [], { ...ENV, AI_EMPLOYEE_APPROVAL_KEY: KEY });
		expect(code).toBe(0);
		const auth = out.split("\n").filter((l) => l.startsWith("[ai-employee auth]"));
		expect(auth).toHaveLength(1);
		expect(auth[0]).toContain("Gmail is not connected");
		expect(auth[0]).toContain("AI_EMPLOYEE_GOOGLE_REFRESH_TOKEN");
	});
});
