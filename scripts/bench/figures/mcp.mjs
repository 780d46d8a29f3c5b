// mcp_start_ms: from spawning `ai-employee mcp` (the built bin/ai-employee.cjs and dist/mcp.cjs) to its answer to the
// client's initialize. mcp_draft_ms: from a draft tool call with dry_run false to the note on disk (the call's answer
// comes after the write). Medians over a temp vault folder, with the SDK's own stdio client.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { median } from "../stats.mjs";

function vault() {
	const dir = mkdtempSync(path.join(os.tmpdir(), "ai-employee-bench-mcp-"));
	mkdirSync(path.join(dir, ".obsidian/plugins/ai-employee"), { recursive: true });
	writeFileSync(path.join(dir, ".obsidian/plugins/ai-employee/data.json"), JSON.stringify({ social: { x: {} } }));
	mkdirSync(path.join(dir, "AI_Employee/Pending_Approval"), { recursive: true });
	return dir;
}

async function connect(root, dir) {
	const transport = new StdioClientTransport({ command: process.execPath, args: [path.join(root, "bin/ai-employee.cjs"), "mcp", "--vault", dir], env: { PATH: process.env.PATH ?? "", TZ: "UTC" }, stderr: "ignore" });
	const client = new Client({ name: "bench", version: "1.0.0" });
	const start = performance.now();
	await client.connect(transport);
	return { client, ms: performance.now() - start };
}

export const mcpStartMs = {
	name: "mcp_start_ms",
	unit: "ms",
	decimals: 1,
	async measure({ root, progress }) {
		const dir = vault();
		const samples = [];
		try {
			for (let i = 0; i < 7; i++) {
				const { client, ms } = await connect(root, dir);
				samples.push(ms);
				await client.close();
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		progress(`mcp_start_ms: ${samples.map((s) => s.toFixed(0)).join(", ")}`);
		return median(samples);
	},
};

export const mcpDraftMs = {
	name: "mcp_draft_ms",
	unit: "ms",
	decimals: 2,
	async measure({ root }) {
		const dir = vault();
		const { client } = await connect(root, dir);
		const samples = [];
		try {
			for (let i = 0; i < 23; i++) {
				const start = performance.now();
				const r = await client.callTool({ name: "draft_social_post", arguments: { params: { network: "x", text: `Bench post ${i}` }, dry_run: false } });
				const ms = performance.now() - start;
				if (r.isError || !existsSync(path.join(dir, r.structuredContent.path))) throw new Error(`draft failed: ${JSON.stringify(r.content)}`);
				if (i >= 3) samples.push(ms);
			}
		} finally {
			await client.close();
			rmSync(dir, { recursive: true, force: true });
		}
		return median(samples);
	},
};
