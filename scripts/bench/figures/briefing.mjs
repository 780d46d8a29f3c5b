// briefing_ms: the weekly audit and CEO briefing for one year of data — 2,500 customer invoices in the fake Odoo (over
// loopback), 50,000 audit-log lines, 5,000 notes in a real temp vault folder — from reading every source to both files
// written; median of 5 runs after 1 warm-up. briefing_odoo_roundtrips: the Odoo requests one briefing costs; measured
// at 250 and at 2,500 invoices and refused unless equal (the reads group on the server instead of paging records).
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { stringify } from "yaml";
import { briefingDepsFor } from "../../../src/connectors/briefing-sources.ts";
import { Engine } from "../../../src/core/engine.ts";
import { generateBriefing } from "../../../src/core/briefing/generate.ts";
import { periodFor } from "../../../src/core/briefing/period.ts";
import { defaultSettings } from "../../../src/core/settings/parse.ts";
import { createNodeHost, nodeClock } from "../../../src/node/host.ts";
import { seedBook } from "../../../tests/fakes/odoo/seed.ts";
import { startFakeOdoo } from "../../../tests/fakes/odoo/server.ts";
import { median } from "../stats.mjs";

const DATE = "2026-11-30";
const NOW = Date.parse(`${DATE}T07:00:00Z`);
const DAY = 86_400_000;
const ROOT = "AI_Employee";
const WARMUP = 1;
const RUNS = 5;

/** A year of the desk in a temp folder: 50,000 log lines over 365 days, 5,000 notes with their real modification times. */
async function yearOfVault(dir) {
	const logs = path.join(dir, ROOT, "Logs");
	await fs.mkdir(logs, { recursive: true });
	for (let d = 0; d < 365; d++) {
		const day = new Date(NOW - (d + 1) * DAY).toISOString().slice(0, 10);
		const n = 137; // 365 days × 137 = 50,005 lines
		const lines = [];
		for (let i = 0; i < n; i++) {
			const ts = new Date(Date.parse(`${day}T08:00:00Z`) + i * 60_000).toISOString();
			const result = i % 50 === 0 ? "failure" : i % 3 === 0 ? "started" : "info";
			lines.push(JSON.stringify({ timestamp: ts, action_type: i % 2 ? "social.post" : "odoo.create_invoice", actor: "headless:bench", target: `${ROOT}/Completed/n-${d}-${i}.md`, parameters: { text: `Post ${i} about design with Figma` }, approval_status: i % 7 === 0 ? "auto" : "approved", approved_by: null, result, dry_run: i % 2 === 0, correlation_id: `REQ-${d}-${i}`, error: result === "failure" ? "Service unavailable" : null }));
		}
		await fs.writeFile(path.join(logs, `${day}.jsonl`), lines.join("\n") + "\n");
	}
	const folders = { Completed: 4200, Rejected: 300, Failed: 200, Needs_Action: 150, Pending_Approval: 100, Plans: 50 };
	let k = 0;
	for (const [folder, count] of Object.entries(folders)) {
		const at = path.join(dir, ROOT, folder);
		await fs.mkdir(at, { recursive: true });
		for (let i = 0; i < count; i++, k++) {
			const finished = NOW - Math.floor((k * 365 * DAY) / 5000) - 3_600_000;
			const fm = { type: "approval_request", id: `REQ-${k}`, action: "social.post", status: folder === "Completed" ? "completed" : "failed", created: new Date(finished - DAY).toISOString(), finished_at: new Date(finished).toISOString(), rejected_at: new Date(finished).toISOString(), requested_by: "bench", params: { text: `Note ${k}` }, result: "Posted", error: "Refused" };
			const file = path.join(at, `note-${k}.md`);
			await fs.writeFile(file, `---\n${stringify(fm)}---\n# Request ${k}\n\nSome text about the work, mentioning Slack now and then.\n`);
			await fs.utimes(file, new Date(finished), new Date(finished));
		}
	}
	await fs.mkdir(path.join(dir, ROOT, "Accounting"), { recursive: true });
	const rows = ["date,description,amount,currency"];
	for (let d = 0; d < 365; d++) rows.push(`${new Date(NOW - (d + 1) * DAY).toISOString().slice(0, 10)},Payment from Customer ${d % 20},${(100 + (d % 50) * 10).toFixed(2)},USD`);
	await fs.writeFile(path.join(dir, ROOT, "Accounting", "bank.csv"), rows.join("\n") + "\n");
	await fs.writeFile(path.join(dir, ROOT, "Business_Goals.md"), "# Business goals\n\n## Revenue targets\n| period | target |\n| --- | --- |\n| monthly | 90000 USD |\n\n## Metrics\n| metric | target | alert threshold |\n| --- | --- | --- |\n| software costs | < 500 USD per month | > 600 USD per month |\n");
}

/** A headless engine over the folder, Odoo configured to the fake, the clock pinned to Monday 07:00. */
function deskFor(dir, odooUrl) {
	const host = { ...createNodeHost({ vaultDir: dir, env: { TZ: "UTC", AI_EMPLOYEE_ODOO_API_KEY: "test-api-key" }, configDir: ".obsidian", write: () => undefined }), clock: { ...nodeClock, now: () => NOW } };
	const settings = defaultSettings();
	Object.assign(settings.odoo, { url: odooUrl, database: "odoo", login: "admin@example.com" });
	const engine = new Engine({ host, settings, hostKind: "headless", approvalKey: () => "bench-key", isExecutor: () => true });
	return briefingDepsFor(engine);
}

async function withWorld(invoices, fn) {
	const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ai-employee-briefing-"));
	const fake = await startFakeOdoo({ version: 17 });
	try {
		seedBook(fake.store, { invoices, today: "2026-11-29" });
		await yearOfVault(dir);
		return await fn(deskFor(dir, fake.url));
	} finally {
		await fake.stop();
		await fs.rm(dir, { recursive: true, force: true });
	}
}

async function once(deps) {
	const outcome = await generateBriefing(deps, periodFor(DATE, "UTC", "07:00"), { kind: "briefing", replace: true, reason: "bench" });
	if (outcome.status !== "written") throw new Error("the briefing was not written");
	const odoo = outcome.model.data.odoo;
	if (!odoo?.ok) throw new Error(`Odoo was not read: ${odoo ? odoo.reason : "not configured"}`);
	return { trips: odoo.figures.roundTrips, outcome };
}

export const briefingMs = {
	name: "briefing_ms",
	unit: "ms",
	decimals: 1,
	measure: ({ progress }) =>
		withWorld(2500, async (deps) => {
			const samples = [];
			let last = null;
			for (let i = 0; i < WARMUP + RUNS; i++) {
				const t0 = performance.now();
				last = await once(deps);
				if (i >= WARMUP) samples.push(performance.now() - t0);
			}
			const m = last.outcome.model;
			progress(`bench: briefing_ms over ${m.data.logs.lines} log lines of the week, ${m.data.usage.logs.length} of 30 days, ${m.data.vault.outcomes.length} requests in the week; samples min ${Math.min(...samples).toFixed(1)} max ${Math.max(...samples).toFixed(1)} ms`);
			return median(samples);
		}),
};

export const briefingOdooRoundtrips = {
	name: "briefing_odoo_roundtrips",
	unit: "requests",
	decimals: 0,
	async measure({ progress }) {
		const small = await withWorld(250, async (deps) => (await once(deps)).trips);
		const large = await withWorld(2500, async (deps) => (await once(deps)).trips);
		progress(`bench: briefing_odoo_roundtrips ${small} at 250 invoices, ${large} at 2,500`);
		if (small !== large) throw new Error(`round trips grew with the data: ${small} at 250 invoices, ${large} at 2,500`);
		return large;
	},
};
