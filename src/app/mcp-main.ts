// `ai-employee mcp --vault DIR`: the MCP host. Builds the engine's parts over the vault folder with no approval key and
// no executor, and serves the read and draft tools over stdio. stdout carries only the protocol; notices go to stderr.
import * as path from "node:path";
import * as fs from "node:fs/promises";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Engine } from "../core/engine";
import { APPROVAL_KEY_SECRET, envNameForSecret } from "../core/secrets";
import type { SecretStore } from "../core/ports";
import { buildConnectors } from "../connectors";
import { createGmail } from "../connectors/gmail";
import { subscriptionsConnector } from "../connectors/subscriptions";
import { createNodeHost, type Env } from "../node/host";
import { findConfigDir } from "../node/config-dir";
import { loadSettings } from "../node/settings-file";
import { withCommandLineSafety } from "../node/runner";
import { describeHeldEndpoint } from "../core/settings/endpoints";
import { ODOO_URL_VARIABLE, withRunnerEndpoints } from "../node/endpoints";
import { createMcpServer } from "../mcp/server";
import manifest from "../../manifest.json";

export const MCP_USAGE = `Usage: ai-employee mcp --vault DIR [--config-dir NAME]

Serves AI Employee to an AI agent (Claude Code, Claude Desktop, any MCP client) over stdio: tools that read the vault
and the business services, and tools that draft requests for the owner's approval. It never approves or executes.

Options:
  --vault DIR          the vault folder (the one that holds .obsidian)
  --config-dir NAME    the vault's config folder (default: found in the vault, usually .obsidian)
  -h, --help           show this help

Environment: as for the runner, for the read-only look-ups: AI_EMPLOYEE_ODOO_URL and AI_EMPLOYEE_ODOO_API_KEY, the
social tokens (AI_EMPLOYEE_…). Addresses and secrets in the vault's data.json are never used.
${envNameForSecret(APPROVAL_KEY_SECRET)} must NOT be set: the server refuses to start with it.
`;

/** The secrets the server may use: the connectors' only. The approval key is never read, whatever asks for it. */
function withoutApprovalKey(secrets: SecretStore): SecretStore {
	return {
		get: (name) => (name === APPROVAL_KEY_SECRET ? null : secrets.get(name)),
		set: () => {
			throw new Error("The MCP server cannot store secrets.");
		},
	};
}

function parse(argv: readonly string[]): { vault: string; configDir: string | null } | { help: true } | { error: string } {
	if (argv.includes("-h") || argv.includes("--help")) return { help: true };
	let vault: string | undefined;
	let configDir: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
		const value = inline ?? argv[i + 1];
		if (flag === "--vault" || flag === "--config-dir") {
			if (value === undefined || value === "") return { error: `${flag} needs a value.` };
			if (inline === undefined) i++;
			if (flag === "--vault") vault = value;
			else configDir = value;
		} else return { error: `Unknown argument ${a}.` };
	}
	if (vault === undefined) return { error: "Missing --vault DIR: the folder of the vault to serve." };
	return { vault, configDir };
}

export async function mcpMain(argv: readonly string[], env: Env, stderr: (t: string) => void, cwd = process.cwd()): Promise<number> {
	const args = parse(argv);
	if ("help" in args) {
		stderr(MCP_USAGE);
		return 0;
	}
	if ("error" in args) {
		stderr(`${args.error}\n\n${MCP_USAGE}`);
		return 2;
	}
	const approvalVar = envNameForSecret(APPROVAL_KEY_SECRET);
	if (env[approvalVar] !== undefined && env[approvalVar] !== "") {
		stderr(`Refusing to start: ${approvalVar} is set in this environment. The MCP server must never hold the key that signs approvals — remove it from the client's configuration (the agent drafts; only the owner approves).\n`);
		return 2;
	}
	const vaultDir = path.resolve(cwd, args.vault);
	const isDir = await fs.stat(vaultDir).then((s) => s.isDirectory(), () => false);
	if (!isDir) {
		stderr(`The vault folder ${vaultDir} does not exist. Point --vault at your vault.\n`);
		return 2;
	}
	const configDir = args.configDir ?? (await findConfigDir(vaultDir));
	const base = createNodeHost({ vaultDir, env, configDir, write: stderr });
	const host = { ...base, secrets: withoutApprovalKey(base.secrets) };
	const loaded = await loadSettings(host.vault, configDir);
	if (loaded.note) stderr(`${loaded.note}\n`);
	// Like the runner: the policy shown on previews is the defaults or AI_EMPLOYEE_POLICY, never a loosening written into
	// data.json; the Odoo address the read tools may send the key to is AI_EMPLOYEE_ODOO_URL, never data.json's.
	const endpoints = withRunnerEndpoints(withCommandLineSafety(loaded.settings, loaded.settings.dryRun, env), env);
	const settings = endpoints.settings;
	const held = endpoints.held.map(describeHeldEndpoint).join("; ");
	if (held) stderr(`Warning: not using ${held} from data.json; nothing is sent there. The Odoo address comes from ${ODOO_URL_VARIABLE}.\n`);
	const gmail = createGmail(() => settings, host.secrets, host.http, () => host.clock.now());
	const engine = new Engine({
		host,
		settings,
		hostKind: "mcp",
		connectors: [...buildConnectors(() => settings, host.clock), gmail.connector, subscriptionsConnector()],
		approvalKey: () => null,
		isExecutor: () => false,
	});
	const server = createMcpServer({ deps: engine.deps, registry: engine.registry, log: engine.log, http: host.http, secrets: host.secrets }, manifest.version);
	const closed = new Promise<void>((resolve) => {
		server.server.onclose = () => resolve();
	});
	// The client closing our stdin is the end of the session.
	process.stdin.once("end", () => void server.close());
	await server.connect(new StdioServerTransport());
	stderr(`AI Employee MCP server over ${vaultDir}: read and draft only.\n`);
	await closed;
	await engine.log.settle();
	return 0;
}
