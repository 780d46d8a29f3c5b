// approve_to_wire_ms: from the owner's click (ApprovalService.approve) to the first byte of the request arriving at a
// local fake service, dry run off, over a real temp vault folder. vault_event_us: what a vault event for a note outside
// the plugin's folders costs the engine's vault-event handler in a real 20,000-note vault folder.
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { stringify } from "yaml";
import { Engine } from "../../../src/core/engine.ts";
import { defaultSettings } from "../../../src/core/settings/parse.ts";
import { createNodeHost } from "../../../src/node/host.ts";
import { echoConnector } from "../../../tests/fakes/echo/connector.ts";
import { startEchoServer } from "../../../tests/fakes/echo/server.ts";
import { median } from "../stats.mjs";

const RUNS = 30;

function note(i) {
	const fm = { type: "approval_request", id: `BENCH-${i}`, action: "test.send", status: "pending", created: "2026-11-26T08:00:00Z", requested_by: "bench", params: { text: `Hello ${i}` } };
	return `---\n${stringify(fm)}---\n# Bench ${i}\n`;
}

export const approveToWireMs = {
	name: "approve_to_wire_ms",
	unit: "ms",
	decimals: 2,
	async measure({ progress }) {
		const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ai-employee-bench-"));
		const echo = await startEchoServer();
		let arrived = null;
		const server = echo;
		const host = createNodeHost({ vaultDir: dir, env: {}, configDir: ".obsidian", write: () => undefined });
		const settings = defaultSettings();
		settings.dryRun = false;
		settings.policy.maxPostsPerHour = 10_000;
		const engine = new Engine({ host, settings, hostKind: "headless", connectors: [echoConnector(() => server.url)], approvalKey: () => "bench-key", isExecutor: () => true });
		await engine.setUpVault();
		const samples = [];
		try {
			for (let i = 0; i < RUNS + 3; i++) {
				const p = `AI_Employee/Pending_Approval/bench-${i}.md`;
				await host.vault.write(p, note(i));
				const before = echo.received.length;
				const t0 = performance.now();
				const done = engine.workflow.approvals.approve(p);
				// A figure never hangs the bench: a click that sends nothing is an error with what the click answered.
				const deadline = performance.now() + 10_000;
				while (echo.received.length === before) {
					if (performance.now() > deadline) {
						const moved = (await host.vault.listFiles("AI_Employee/Failed")).concat(await host.vault.listFiles("AI_Employee/Pending_Approval")).concat(await host.vault.listFiles("AI_Employee/Approved"));
						const texts = await Promise.all(moved.map(async (m) => `${m}: ${(await host.vault.read(m))?.slice(0, 1500)}`));
						throw new Error(`approving ${p} sent nothing: ${JSON.stringify(await done)}\n${texts.join("\n")}`);
					}
					await new Promise((r) => setImmediate(r));
				}
				arrived = performance.now();
				await done;
				if (i >= 3) samples.push(arrived - t0);
			}
		} finally {
			await engine.stop();
			await echo.close();
			await fs.rm(dir, { recursive: true, force: true });
		}
		progress(`bench: approve_to_wire_ms min ${Math.min(...samples).toFixed(2)} max ${Math.max(...samples).toFixed(2)}`);
		return median(samples);
	},
};

export const vaultEventUs = {
	name: "vault_event_us",
	unit: "us",
	decimals: 3,
	async measure({ progress }) {
		// A real 20,000-note vault folder with the engine started (watching it), then the exact handler both hosts call
		// for every vault event, fed events for notes outside the plugin's folders.
		const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ai-employee-bench-"));
		const paths = [];
		for (let d = 0; d < 40; d++) {
			await fs.mkdir(path.join(dir, "Notes", String(d)), { recursive: true });
			await Promise.all(
				Array.from({ length: 500 }, (_, i) => {
					const p = `Notes/${d}/note-${d * 500 + i}.md`;
					paths.push(p);
					return fs.writeFile(path.join(dir, p), `# Note ${i}\n`);
				}),
			);
		}
		const host = createNodeHost({ vaultDir: dir, env: {}, configDir: ".obsidian", write: () => undefined });
		const engine = new Engine({ host, settings: defaultSettings(), hostKind: "headless", approvalKey: () => "bench-key", isExecutor: () => true });
		await engine.setUpVault();
		await engine.start();
		const workflow = engine.workflow;
		try {
			const run = () => {
				const t0 = performance.now();
				for (const p of paths) workflow.onEvent({ kind: "modify", path: p });
				return performance.now() - t0;
			};
			run();
			const samples = [];
			for (let r = 0; r < 10; r++) samples.push((run() / paths.length) * 1000);
			progress(`bench: vault_event_us over ${paths.length} notes, 10 rounds: min ${Math.min(...samples).toFixed(3)} max ${Math.max(...samples).toFixed(3)} us`);
			return median(samples);
		} finally {
			await engine.stop();
			await fs.rm(dir, { recursive: true, force: true });
		}
	},
};
