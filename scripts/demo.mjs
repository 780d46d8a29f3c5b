// Builds demo-vault/: a small business's vault with the plugin installed, runs one headless pass (dry run) and shows the result.
// Run with `npm run demo` (which builds main.js and dist/cli.cjs first). An existing demo-vault/ is kept as it is, with
// whatever the owner did in it (only the plugin's files are updated); `npm run demo -- --fresh` builds it anew.
// `--vault DIR` builds it elsewhere (tests).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { bundleAndLoad } from "./lib/bundle.mjs";
import { gmailDemoStep } from "./demo/gmail-step.mjs";
import { briefingStep } from "./demo/briefing-step.mjs";
import { dateShifter, latestBriefingMonday } from "./demo/dates.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const samples = path.join(repo, "scripts", "demo");
const argv = process.argv.slice(2);
const unknown = argv.filter((a, i) => a !== "--fresh" && a !== "--vault" && argv[i - 1] !== "--vault");
if (unknown.length > 0 || (argv.includes("--vault") && !argv[argv.indexOf("--vault") + 1])) {
	process.stderr.write(`demo: unknown arguments ${unknown.join(" ")}\nUsage: npm run demo [-- --fresh] [-- --vault DIR]\n`);
	process.exit(2);
}
const fresh = argv.includes("--fresh");
const vault = argv.includes("--vault") ? path.resolve(argv[argv.indexOf("--vault") + 1]) : path.join(repo, "demo-vault");
const vaultName = path.relative(repo, vault) || ".";
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

/** Removes an earlier demo vault, only when asked to with --fresh: it may hold what the owner did in it. */
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
	// Keep any other plugin the owner turned on in the demo vault.
	const list = path.join(vault, configDir, "community-plugins.json");
	let enabled = [];
	try {
		enabled = existsSync(list) ? JSON.parse(readFileSync(list, "utf8")) : [];
	} catch {
		enabled = [];
	}
	if (!Array.isArray(enabled)) enabled = [];
	if (!enabled.includes(pluginId)) writeFileSync(list, JSON.stringify([...enabled, pluginId], null, 2) + "\n");
}

/** Copies a sample file from scripts/demo into the vault. */
function sample(from, to) {
	const target = path.join(vault, to);
	mkdirSync(path.dirname(target), { recursive: true });
	copyFileSync(path.join(samples, from), target);
}

const briefingMonday = latestBriefingMonday(Date.now());
const shiftDates = dateShifter(briefingMonday);

/** Copies a sample text with its dates moved (see scripts/demo/dates.mjs). */
function datedSample(from, to) {
	const target = path.join(vault, to);
	mkdirSync(path.dirname(target), { recursive: true });
	writeFileSync(target, shiftDates(readFileSync(path.join(samples, from), "utf8")));
}

/** Lumen & Pine Studio's desk: goals, handbook, three things in the inbox and the last month's bank export. */
function writeBusinessData() {
	datedSample("Business_Goals.md", `${root}/Business_Goals.md`);
	sample("Company_Handbook.md", `${root}/Company_Handbook.md`);
	for (const name of readdirSync(path.join(samples, "inbox")).sort()) sample(path.join("inbox", name), `${root}/Inbox/${name}`);
	const bank = shiftDates(readFileSync(path.join(samples, "bank-2026-11.csv"), "utf8"));
	const first = /^\d{4}-\d{2}/m.exec(bank)?.[0] ?? "export";
	mkdirSync(path.join(vault, root, "Accounting"), { recursive: true });
	writeFileSync(path.join(vault, root, "Accounting", `bank-${first}.csv`), bank);
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
	const result = spawnSync(process.execPath, [cli, "run", "--vault", vault, "--once", "--dry-run"], {
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
			`4. Open the notes in ${root}/Pending_Approval, ${root}/Completed and ${root}/Rejected to see their approval cards.`,
			'   The samples say who wrote them ("demo sample …") and their cards show them as written outside the plugin.',
			"   Approve the Harbor & Co invoice: dry run is on, so the card shows the exact Odoo request it would send",
			"   (key redacted) and the look-ups it could not make; no account is needed.",
			"",
			"Run the headless runner yourself with:",
			`  node bin/ai-employee.cjs run --vault ${vaultName}          (keeps running, dry run; Ctrl+C to stop)`,
			"",
		].join("\n"),
	);
}

if (existsSync(vault) && readdirSync(vault).length > 0 && !fresh) {
	heading(`${vaultName}/ already exists: kept as it is`);
	installPlugin();
	process.stdout.write(
		[
			`Updated the plugin's files (main.js, manifest.json, styles.css) in ${vaultName}/${configDir}/plugins/${pluginId}/;`,
			"your notes, decisions and settings in it are unchanged.",
			"To throw it away and build the demo again from scratch: npm run demo -- --fresh",
			"",
		].join("\n"),
	);
	howToOpen();
	process.exit(0);
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
await briefingStep({ repo, vault, root, date: briefingMonday });

heading(`What is in ${vaultName}/${root}`);
process.stdout.write(`${root}/\n`);
tree(path.join(vault, root));
howToOpen();
