// replay_check_us: what the executor's "did this attempt already run?" check costs per execution — this device's
// sealed ledger in the runner's real state folder (2,000 attempts recorded) plus the vault journal (2,000 MAC'd lines,
// already read) — for a fresh attempt, as every execution does it. Median of rounds of 500 checks.
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { Engine } from "../../../src/core/engine.ts";
import { defaultSettings } from "../../../src/core/settings/parse.ts";
import { createNodeHost } from "../../../src/node/host.ts";
import { median } from "../stats.mjs";

const RECORDED = 2_000;
const CHECKS = 500;
const ROUNDS = 7;

export const replayCheckUs = {
	name: "replay_check_us",
	unit: "us",
	decimals: 1,
	async measure({ progress }) {
		const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ai-employee-bench-replay-"));
		const vaultDir = path.join(dir, "vault");
		const stateDir = path.join(dir, "state");
		await fs.mkdir(vaultDir);
		const host = createNodeHost({ vaultDir, env: {}, configDir: ".obsidian", write: () => undefined, stateDir });
		const engine = new Engine({ host, settings: defaultSettings(), hostKind: "headless", approvalKey: () => "bench-key", isExecutor: () => true });
		const records = engine.workflow.executor.records;
		try {
			await engine.setUpVault();
			const at = new Date().toISOString();
			// The journal as a long-running executor leaves it (written once here, MAC'd like every line).
			for (let i = 0; i < RECORDED; i++) await records.journal.record({ key: `REQ-OLD-${i}#1`, state: "done", at, path: `AI_Employee/Approved/old-${i}.md`, device: "bench" });
			for (let i = 0; i < RECORDED; i++) await records.ledger.record({ key: `REQ-OLD-${i}#1`, state: "done", at, path: `AI_Employee/Approved/old-${i}.md`, device: "bench" });
			await records.loadJournal(true);
			const rounds = [];
			let consumedUs = 0;
			for (let r = 0; r < ROUNDS + 2; r++) {
				const t0 = process.hrtime.bigint();
				for (let i = 0; i < CHECKS; i++) {
					if (await records.priorRun({ id: `REQ-NEW-${r}-${i}`, attempt: 1 }, { local: true })) throw new Error("a fresh attempt counted as run");
				}
				const us = Number(process.hrtime.bigint() - t0) / 1000 / CHECKS;
				if (r >= 2) rounds.push(us);
			}
			const t1 = process.hrtime.bigint();
			for (let i = 0; i < CHECKS; i++) {
				if (!(await records.priorRun({ id: `REQ-OLD-${i}`, attempt: 1 }, { local: true }))) throw new Error("a recorded attempt counted as new");
			}
			consumedUs = Number(process.hrtime.bigint() - t1) / 1000 / CHECKS;
			progress(`bench: replay_check_us for an attempt already run (seal checked, note looked up): ${consumedUs.toFixed(1)} us`);
			return median(rounds);
		} finally {
			await engine.stop();
			await fs.rm(dir, { recursive: true, force: true });
		}
	},
};
