// The import cycle check CI runs (scripts/check-cycles.mjs): it fails on a loop of imports, type-only ones included,
// names the files, and passes on the project's own sources.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const repo = path.resolve(__dirname, "../..");
const script = path.join(repo, "scripts/check-cycles.mjs");
const dirs: string[] = [];

/** A throwaway source tree: file name → contents. */
function tree(files: Record<string, string>): string {
	const root = mkdtempSync(path.join(os.tmpdir(), "ai-employee-cycles-"));
	dirs.push(root);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		writeFileSync(path.join(root, name), text);
	}
	return root;
}

function check(root: string) {
	const r = spawnSync(process.execPath, [script, root], { cwd: root, encoding: "utf8" });
	return { status: r.status, out: r.stdout + r.stderr };
}

afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the import cycle check", () => {
	it("fails on a plugin class and a UI module that import each other through a type, naming both files", () => {
		const root = tree({
			"main.ts": 'import { tab } from "./ui/tab";\nexport default class Plugin { t = tab; }\n',
			"ui/tab.ts": 'import type Plugin from "../main";\nexport const tab = (p?: Plugin) => p;\n',
			"ui/other.ts": 'import { tab } from "./tab";\nexport const o = tab;\n',
		});
		const { status, out } = check(root);
		expect(status).toBe(1);
		expect(out).toContain("1 import cycle(s)");
		expect(out).toContain("main.ts ↔ ui/tab.ts");
		expect(out).not.toContain("other.ts");
	});

	it("finds a loop of three files through an index", () => {
		const root = tree({ "a.ts": 'import "./b";\n', "b/index.ts": 'export * from "../c";\n', "c.ts": 'import { x } from "./a";\nexport const y = x;\n' });
		expect(check(root)).toMatchObject({ status: 1 });
	});

	it("passes on a tree whose imports only go one way", () => {
		const root = tree({ "main.ts": 'import { tab } from "./ui/tab";\nexport const m = tab;\n', "ui/tab.ts": 'import type { Settings } from "../settings";\nexport const tab = (s?: Settings) => s;\n', "settings.ts": "export interface Settings { a: number }\n" });
		expect(check(root)).toMatchObject({ status: 0 });
	});

	it("passes on the project's own sources", () => {
		const r = spawnSync(process.execPath, [script, "src"], { cwd: repo, encoding: "utf8" });
		expect(r.stderr).toBe("");
		expect(r.status).toBe(0);
	});
});
