// Temp folders and polling for the Node host's tests, which work on real files and real sockets.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach } from "vitest";

const made: string[] = [];

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(prefix = "ai-employee-node-"): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
	made.push(dir);
	return dir;
}

/** Makes `dir` an Obsidian vault as Obsidian leaves it after the first open: a config folder with its app.json. */
export function makeVault(dir: string, configDir = ".obsidian"): string {
	mkdirSync(path.join(dir, configDir), { recursive: true });
	writeFileSync(path.join(dir, configDir, "app.json"), "{}\n");
	return dir;
}

afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 3000, what = "condition"): Promise<T> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		const v = await check();
		if (v !== undefined && v !== false) return v;
		if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 15));
	}
}

/** Collects what main() prints. */
export function captureIo(): { out: string[]; err: string[]; stdout: (t: string) => void; stderr: (t: string) => void; text: () => string } {
	const out: string[] = [];
	const err: string[] = [];
	return {
		out,
		err,
		stdout: (t) => void out.push(t),
		stderr: (t) => void err.push(t),
		text: () => out.join("") + err.join(""),
	};
}
