// Drives the built MCP server as a client would: the SDK's own Client over stdio, spawning `ai-employee mcp`.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const repo = path.resolve(__dirname, "../..");

/** The package's layout — bin/ai-employee.cjs and dist/mcp.cjs — bundled from source into a temp folder. */
export async function buildPackage(): Promise<{ dir: string; bin: string }> {
	// Imported here: esbuild refuses to load in the jsdom environment the e2e tests (which share these helpers) run in.
	const { build } = await import("esbuild");
	const dir = mkdtempSync(path.join(os.tmpdir(), "ai-employee-mcp-pkg-"));
	mkdirSync(path.join(dir, "bin"));
	copyFileSync(path.join(repo, "bin/ai-employee.cjs"), path.join(dir, "bin/ai-employee.cjs"));
	await build({ entryPoints: [path.join(repo, "src/app/mcp-cli.ts")], bundle: true, platform: "node", format: "cjs", target: "es2022", outfile: path.join(dir, "dist/mcp.cjs"), logLevel: "silent" });
	return { dir, bin: path.join(dir, "bin/ai-employee.cjs") };
}

/** A vault folder with a config folder, the layout's folders and settings in data.json. */
export function makeVault(dir: string, settings: Record<string, unknown> = {}): string {
	const config = path.join(dir, ".obsidian/plugins/ai-employee");
	mkdirSync(config, { recursive: true });
	writeFileSync(path.join(config, "data.json"), JSON.stringify(settings));
	for (const f of ["Needs_Action", "Pending_Approval", "Approved", "Completed", "Failed", "Rejected", "Logs", "CEO_Briefings", "Audits"]) mkdirSync(path.join(dir, "AI_Employee", f), { recursive: true });
	return dir;
}

export type Env = Record<string, string>;

/** A connected client named `name` (the handshake's client name becomes the actor `mcp:<name>`). */
export async function connect(bin: string, vault: string, env: Env = {}, name = "test-agent"): Promise<{ client: Client; stderr: () => string; close: () => Promise<void> }> {
	const transport = new StdioClientTransport({
		command: process.execPath,
		args: [bin, "mcp", "--vault", vault],
		env: { PATH: process.env.PATH ?? "", TZ: "UTC", ...env },
		stderr: "pipe",
	});
	let err = "";
	transport.stderr?.on("data", (d: Buffer) => (err += d.toString()));
	const client = new Client({ name, version: "1.0.0" });
	await client.connect(transport);
	return { client, stderr: () => err, close: () => client.close() };
}

/** The text of a tool result. */
export function textOf(result: unknown): string {
	const content = (result as { content?: { type: string; text?: string }[] }).content ?? [];
	return content.map((c) => c.text ?? "").join("\n");
}
