// Builds demo-vault/: a small business's vault with the plugin installed, runs one headless pass (dry run) and shows the result.
// Run with `npm run demo` (which builds main.js and dist/cli.cjs first).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { bundleAndLoad } from "./lib/bundle.mjs";
import { gmailDemoStep } from "./demo/gmail-step.mjs";
import { briefingStep } from "./demo/briefing-step.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const samples = path.join(repo, "scripts", "demo");
const vaultName = "demo-vault";
const vault = path.join(repo, vaultName);
const configDir = ".obsidian";
const pluginId = "ai-employee";
const root = "AI_Employee";

function fail(message) {
	process.stderr.write(`demo: ${message}\n`);
	process.exit(1);
}

function heading(text) {
	process.stdout.write(`\n== ${text}\n`);
}

/** A fresh vault folder each time, so the demo always shows the same first run. */
function freshVault() {
	rmSync(vault, { recursive: true, force: true });
	mkdirSync(vault, { recursive: true });
}

/** The plugin as Obsidian expects it: the release files in the config folder, and enabled in community-plugins.json. */
function installPlugin() {
	const pluginDir = path.join(vault, configDir, "plugins", pluginId);
	mkdirSync(pluginDir, { recursive: true });
	for (const file of ["main.js", "manifest.json", "styles.css"]) {
		const from = path.join(repo, file);
		if (existsSync(from)) copyFileSync(from, path.join(pluginDir, file));
		else if (file !== "styles.css") fail(`${file} is missing; run \`npm run build\` first (npm run demo does).`);
	}
	writeFileSync(path.join(vault, configDir, "community-plugins.json"), JSON.stringify([pluginId], null, 2) + "\n");
}

/** Copies a sample file from scripts/demo into the vault. */
function sample(from, to) {
	const target = path.join(vault, to);
	mkdirSync(path.dirname(target), { recursive: true });
	copyFileSync(path.join(samples, from), target);
}

/** Lumen & Pine Studio's desk: goals, handbook, three things in the inbox and November's bank statement. */
function writeBusinessData() {
	sample("Business_Goals.md", `${root}/Business_Goals.md`);
	sample("Company_Handbook.md", `${root}/Company_Handbook.md`);
	for (const name of readdirSync(path.join(samples, "inbox")).sort()) sample(path.join("inbox", name), `${root}/Inbox/${name}`);
	sample("bank-2026-11.csv", `${root}/Accounting/bank-2026-11.csv`);
}

/** Not a secret: the demo's approval key, shared by the demo's "laptop" (the requests step) and its headless runner. */
const DEMO_APPROVAL_KEY = "demo-approval-key-not-a-secret";

/** The plugin's settings as the owner would have filled them in (connectors pointed at example accounts). */
const DEMO_SETTINGS = {
	version: 1,
	social: {
		facebook: { pageId: "1122334455", pageName: "Lumen & Pine Studio" },
		linkedin: { author: "urn:li:organization:24681357", authorName: "Lumen & Pine Studio" },
		x: { username: "@lumenandpine", userId: "2244994945" },
	},
	odoo: { url: "https://lumenandpine.example.com", database: "lumen", login: "owner@lumenandpine.example", protocol: "auto", timeoutSeconds: 30, apiKeySecret: "ai-employee-odoo-api-key" },
};

/** Bundles a TypeScript demo step (it uses the engine's own functions) and loads it. */
async function loadStep(file) {
	return bundleAndLoad({ repo, outfile: path.join(repo, ".bench", `demo-${path.basename(file, ".ts")}.cjs`), entry: path.join(samples, file) });
}

function writeSettings() {
	const dir = path.join(vault, configDir, "plugins", pluginId);
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, "data.json"), JSON.stringify(DEMO_SETTINGS, null, 2) + "\n");
}

async function writeRequests() {
	const { writeDemoRequests } = await loadStep("requests-step.ts");
	const written = await writeDemoRequests({ vaultDir: vault, configDir, approvalKey: DEMO_APPROVAL_KEY, settings: DEMO_SETTINGS });
	for (const p of written) process.stdout.write(`  ${p}\n`);
}

/** One pass of the headless runner, always in dry run whatever the shell's environment says. */
function runOnce() {
	const cli = path.join(repo, "dist", "cli.cjs");
	if (!existsSync(cli)) fail("dist/cli.cjs is missing; run `npm run build` first (npm run demo does).");
	const result = spawnSync(process.execPath, [cli, "run", "--vault", vaultName, "--once", "--dry-run"], {
		cwd: repo,
		stdio: "inherit",
		env: { ...process.env, AI_EMPLOYEE_DRY_RUN: "true", AI_EMPLOYEE_APPROVAL_KEY: DEMO_APPROVAL_KEY, AI_EMPLOYEE_ODOO_URL: DEMO_SETTINGS.odoo.url },
	});
	if (result.status !== 0) fail(`the runner exited with code ${result.status ?? result.signal}.`);
}

function size(bytes) {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints a folder as a tree, files with their size. */
function tree(dir, prefix = "") {
	const entries = readdirSync(dir, { withFileTypes: true })
		.filter((e) => !e.name.startsWith("."))
		.sort((a, b) => Number(b.isDirectory()) - Number(a.isDirectory()) || a.name.localeCompare(b.name));
	entries.forEach((e, i) => {
		const last = i === entries.length - 1;
		const full = path.join(dir, e.name);
		if (e.isDirectory()) {
			process.stdout.write(`${prefix}${last ? "└── " : "├── "}${e.name}/\n`);
			tree(full, prefix + (last ? "    " : "│   "));
		} else {
			process.stdout.write(`${prefix}${last ? "└── " : "├── "}${e.name} (${size(statSync(full).size)})\n`);
		}
	});
}

function howToOpen() {
	process.stdout.write(
		[
			"",
			"== Open it in Obsidian",
			`1. In Obsidian choose "Open another vault" > "Open folder as vault" and pick ${vault}`,
			'2. When Obsidian asks whether you trust the author of this vault, choose "Trust author and enable plugins"',
			'   (or later: Settings > Community plugins > "Turn on community plugins"; AI Employee is already listed and on).',
			`3. Open ${root}/Dashboard.md; the audit log of this run is in ${root}/Logs/.`,
			`4. Open the notes in ${root}/Pending_Approval, ${root}/Approved, ${root}/Completed and ${root}/Rejected to see their approval cards.`,
			"   The demo signed its own requests with a demo approval key; Obsidian makes a key of its own on first start, so",
			"   its cards show them as written outside the plugin, which is what a request signed elsewhere is.",
			"",
			"Run the headless runner yourself with:",
			`  node dist/cli.cjs run --vault ${vaultName}          (keeps running, dry run; Ctrl+C to stop)`,
			"",
		].join("\n"),
	);
}

heading(`Creating ${vaultName}/ with the plugin installed`);
freshVault();
installPlugin();
writeBusinessData();
writeSettings();

heading("Requests drafted this week (written as the plugin writes them)");
await writeRequests();

heading("Guards: a post drafted from a completed project, and posts the sensitive-content guard stops");
{
	const { writeGuardsDemo } = await loadStep("guards-step.ts");
	for (const line of await writeGuardsDemo({ vaultDir: vault, configDir, approvalKey: DEMO_APPROVAL_KEY, settings: DEMO_SETTINGS })) process.stdout.write(`  ${line}\n`);
}

heading("An email asking for an invoice becomes a pending draft invoice request");
await gmailDemoStep({ repo, vault });

heading("One pass of the headless runner (dry run)");
runOnce();

heading("The Monday CEO briefing (from the sample ledger and the vault)");
await briefingStep({ repo, vault, root });

heading(`What is in ${vaultName}/${root}`);
process.stdout.write(`${root}/\n`);
tree(path.join(vault, root));
howToOpen();
