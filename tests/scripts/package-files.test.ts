// The installed command (`npm pack`, then `npm install -g ./ai-employee-<version>.tgz`) ships every bundle its entry
// point loads: `ai-employee mcp` from a tarball failed with "Cannot find module '../dist/mcp.cjs'" when one was missing.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const repo = path.resolve(__dirname, "../..");

describe("the package's files", () => {
	it("include every bundle bin/ai-employee.cjs requires (the runner and the MCP server)", () => {
		const entry = readFileSync(path.join(repo, "bin/ai-employee.cjs"), "utf8");
		const required = [...entry.matchAll(/require\("\.\.\/(dist\/[\w.-]+\.cjs)"\)/g)].map((m) => m[1]);
		expect(required).toEqual(expect.arrayContaining(["dist/cli.cjs", "dist/mcp.cjs"]));
		const { files, bin } = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as { files: string[]; bin: Record<string, string> };
		expect(bin["ai-employee"]).toBe("bin/ai-employee.cjs");
		for (const file of required) expect(files).toContain(file);
	});
});
