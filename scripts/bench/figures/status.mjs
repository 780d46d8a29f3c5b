// watchdog_recovery_ms: a supervised watcher crashes; time from the crash to its next poll (running again), real timers,
// default backoff. status_view_render_ms: drawing the whole status view (our renderer, jsdom with Obsidian's helpers)
// with 100 pending requests read by the real status model from a real temp vault folder.
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { stringify } from "yaml";
import { installNodeDom } from "../../../tests/setup/node-dom.ts";
import { Engine } from "../../../src/core/engine.ts";
import { defaultSettings } from "../../../src/core/settings/parse.ts";
import { createNodeHost, nodeClock as realClock } from "../../../src/node/host.ts";
import { Supervisor } from "../../../src/core/watchers/supervisor.ts";
import { Watchdog } from "../../../src/core/watchers/watchdog.ts";
import { createStatusCenter } from "../../../src/core/status/status-center.ts";
import { echoConnector } from "../../../tests/fakes/echo/connector.ts";
import { median } from "../stats.mjs";

export const watchdogRecoveryMs = {
	name: "watchdog_recovery_ms",
	unit: "ms",
	decimals: 1,
	async measure({ progress }) {
		const samples = [];
		for (let run = 0; run < 5; run++) {
			let crashedAt = 0;
			let polls = 0;
			let recovered = null;
			const done = new Promise((resolve) => (recovered = resolve));
			const dog = new Watchdog({ notifier: { notify: () => undefined }, actor: "bench", timeZone: () => "UTC", now: () => Date.now() });
			dog.subscribe((e) => {
				if (e.kind === "restarted") recovered(performance.now() - crashedAt);
			});
			dog.add({
				name: "Crashy",
				intervalMs: 60_000,
				poll: () => {
					polls++;
					if (polls === 1) {
						crashedAt = performance.now();
						return Promise.reject(new Error("boom"));
					}
					return Promise.resolve();
				},
			});
			const sup = new Supervisor(realClock, () => undefined);
			sup.add(dog);
			await sup.start();
			samples.push(await done);
			await sup.stop();
		}
		progress(`bench: watchdog_recovery_ms samples ${samples.map((s) => s.toFixed(1)).join(", ")} (default backoff 1 s)`);
		return median(samples);
	},
};

export const statusViewRenderMs = {
	name: "status_view_render_ms",
	unit: "ms",
	decimals: 2,
	async measure({ progress }) {
		installNodeDom();
		const { installObsidianGlobals } = await import("../../../tests/setup/obsidian-globals.ts");
		installObsidianGlobals();
		const { renderStatus } = await import("../../../src/obsidian/status-render.ts");
		const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ai-employee-bench-"));
		const host = createNodeHost({ vaultDir: dir, env: {}, configDir: ".obsidian", write: () => undefined });
		const engine = new Engine({ host, settings: defaultSettings(), hostKind: "headless", connectors: [echoConnector(() => "http://127.0.0.1:9")], approvalKey: () => "bench-key", isExecutor: () => false });
		await engine.setUpVault();
		for (let i = 0; i < 100; i++) {
			const fm = { type: "approval_request", id: `BENCH-${i}`, action: "test.send", status: "pending", created: new Date(Date.now() - i * 60_000).toISOString(), requested_by: "bench", params: { text: `Hello ${i}` } };
			await host.vault.write(`AI_Employee/Pending_Approval/bench-${i}.md`, `---\n${stringify(fm)}---\n# Request number ${i}\n`);
		}
		const center = createStatusCenter(engine);
		await center.model.runOnce();
		const snapshot = center.model.snapshot();
		if (snapshot.pending.length !== 100) throw new Error(`expected 100 pending, got ${snapshot.pending.length}`);
		const el = document.body.createDiv();
		const actions = { toggleDryRun() {}, approve() {}, reject() {}, retry() {}, open() {}, reconnect() {}, restartWatchers() {} };
		const samples = [];
		for (let i = 0; i < 30; i++) {
			const t0 = performance.now();
			renderStatus(el, center.model.snapshot(), actions);
			samples.push(performance.now() - t0);
		}
		const rows = el.querySelectorAll(".ai-employee-status-row").length;
		el.remove();
		await fs.rm(dir, { recursive: true, force: true });
		progress(`bench: status_view_render_ms ${rows} rows drawn; min ${Math.min(...samples).toFixed(2)} max ${Math.max(...samples).toFixed(2)}`);
		return median(samples.slice(3));
	},
};
