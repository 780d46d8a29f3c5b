// The installed command (`npm pack`, then `npm install -g ./ai-employee-<version>.tgz`) ships every bundle its entry
// point loads: `ai-employee mcp` from a tarball failed with "Cannot find module '../dist/mcp.cjs'" when one was missing.
// The bundles carry their libraries, so installing the tarball fetches nothing from the registry.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connect, makeVault } from "../mcp/helpers";

const repo = path.resolve(__dirname, "../..");
const temp = mkdtempSync(path.join(os.tmpdir(), "ai-employee-tarball-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function npm(args: string[], cwd: string): string {
	// --ignore-scripts: `npm test` has just built the bundles; prepack would build them again.
	const r = spawnSync("npm", [...args, "--ignore-scripts", "--no-audit", "--no-fund"], { cwd, encoding: "utf8", env: { ...process.env, npm_config_cache: path.join(temp, "cache") } });
	if (r.status !== 0) throw new Error(`npm ${args.join(" ")} failed: ${r.stderr}`);
	return r.stdout;
}

describe("the package's files", () => {
	it("include every bundle bin/ai-employee.cjs requires (the runner and the MCP server)", () => {
		const entry = readFileSync(path.join(repo, "bin/ai-employee.cjs"), "utf8");
		const required = [...entry.matchAll(/require\("\.\.\/(dist\/[\w.-]+\.cjs)"\)/g)].map((m) => m[1]);
		expect(required).toEqual(expect.arrayContaining(["dist/cli.cjs", "dist/mcp.cjs"]));
		const { files, bin } = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as { files: string[]; bin: Record<string, string> };
		expect(bin["ai-employee"]).toBe("bin/ai-employee.cjs");
		for (const file of required) expect(files).toContain(file);
	});

	it("install from the tarball with nothing else: the runner and the MCP server start with no node_modules of their own", async () => {
		const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", temp], repo)) as { filename: string }[];
		const tarball = path.join(temp, packed[0]!.filename);
		// An empty cache and --offline: a runtime dependency would have to come from the registry, and fail here.
		const prefix = path.join(temp, "prefix");
		npm(["install", "-g", "--offline", "--prefix", prefix, tarball], temp);
		const installed = path.join(prefix, "lib/node_modules/ai-employee");
		expect(readdirSync(installed)).toEqual(expect.arrayContaining(["bin", "dist", "main.js", "README.md"]));
		expect(existsSync(path.join(installed, "node_modules"))).toBe(false);

		const bin = path.join(installed, "bin/ai-employee.cjs");
		const help = spawnSync(process.execPath, [bin, "--help"], { cwd: temp, encoding: "utf8" });
		expect(help.status).toBe(0);
		expect(help.stdout).toContain("Usage: ai-employee run --vault DIR");

		const mcp = await connect(bin, makeVault(mkdtempSync(path.join(temp, "vault-"))));
		try {
			const { tools } = await mcp.client.listTools();
			expect(tools.length).toBeGreaterThan(0);
		} finally {
			await mcp.close();
		}
	}, 60_000);
});
