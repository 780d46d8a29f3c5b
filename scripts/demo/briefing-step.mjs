// Demo step: writes the weekly audit and the Monday CEO briefing for demo-vault/ from its sample ledger and vault notes.
// Call it from scripts/demo.mjs after the headless pass:  await briefingStep({ repo, vault, root });
// It bundles the engine's TypeScript on the fly (esbuild, like `npm run bench`), so it works before the runner wires it.
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { bundleAndLoad } from "../lib/bundle.mjs";

/** The code that runs inside the bundle: a headless engine over the vault folder, dry run, no outside services. */
const ENTRY = `
import { Engine } from "./src/core/engine";
import { createNodeHost, nodeClock } from "./src/node/host";
import { parseSettings } from "./src/core/settings/parse";
import { generateBriefing } from "./src/core/briefing/generate";
import { periodFor } from "./src/core/briefing/period";
import { executiveSummary } from "./src/core/briefing/sections/summary";

export async function run(o: { vault: string; root: string; date: string; time: string; settingsJson: unknown; write: (s: string) => void }) {
	const base = createNodeHost({ vaultDir: o.vault, env: { TZ: "UTC", AI_EMPLOYEE_DEVICE_ID: "demo" }, configDir: ".obsidian", write: o.write });
	const period = periodFor(o.date, "UTC", o.time);
	// The clock reads the briefing's due time, so the demo shows the same week whenever it runs.
	const host = { ...base, clock: { ...nodeClock, now: () => period.dueMs } };
	const { settings } = parseSettings(o.settingsJson ?? {});
	const engine = new Engine({ host, settings: { ...settings, rootFolder: o.root, dryRun: true }, hostKind: "headless", approvalKey: () => null, isExecutor: () => false });
	// The demo has no Odoo and no social network: the briefing says so under Data gaps and uses the vault ledger.
	const deps = { ...engine.deps, sources: () => ({ odoo: null, social: null }) };
	const outcome = await generateBriefing(deps, period, { kind: "briefing", replace: true, reason: "demo", onProgress: (s: string) => o.write("  " + s + "\\n") });
	await engine.log.settle();
	if (outcome.status !== "written") throw new Error("the briefing was not written");
	return { audit: outcome.auditPath, briefing: outcome.briefingPath, gaps: outcome.model.gaps.length, summary: executiveSummary(outcome.model) };
}
`;

/**
 * @param {{ repo: string, vault: string, root?: string, date?: string, time?: string, write?: (s: string) => void }} options
 *   `date`: the Monday the briefing is for (default 2026-11-30, the Monday after the sample bank statement).
 * @returns {Promise<{ audit: string, briefing: string, gaps: number }>} vault-relative paths of the two files.
 */
export async function briefingStep({ repo, vault, root = "AI_Employee", date = "2026-11-30", time = "07:00", write = (s) => void process.stdout.write(s) }) {
	// Bundled into dist/ (ignored by git) so its package imports resolve from the repository's node_modules.
	const outfile = path.join(repo, "dist", "demo-briefing.cjs");
	const module = await bundleAndLoad({ repo, outfile, source: { contents: ENTRY, sourcefile: "briefing-demo.ts" } });
	const dataJson = path.join(vault, ".obsidian", "plugins", "ai-employee", "data.json");
	const settingsJson = existsSync(dataJson) ? JSON.parse(readFileSync(dataJson, "utf8")) : {};
	const result = await module.run({ vault, root, date, time, settingsJson, write });
	write(`\nWrote ${result.briefing} and ${result.audit} (${result.gaps} data gaps listed, with what would resolve each).\n\n${result.summary}`);
	return result;
}
