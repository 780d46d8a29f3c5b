// onload_ms: the median time Obsidian waits on the plugin at start-up — evaluating main.js, constructing the plugin
// class and running onload() until its promise resolves — over repeated loads in the mocked app.
import * as path from "node:path";
import { installNodeDom } from "../../../tests/setup/node-dom.ts";
import { median } from "../stats.mjs";

const WARMUP = 3;
const RUNS = 30;

export const onloadMs = {
	name: "onload_ms",
	unit: "ms",
	decimals: 2,
	async measure({ root, progress }) {
		installNodeDom();
		// Loaded only now: obsidian-test-mocks reads the DOM globals when its modules are evaluated.
		const { installObsidianGlobals } = await import("../../../tests/setup/obsidian-globals.ts");
		installObsidianGlobals();
		const { loadPlugin } = await import("../../../tests/e2e/harness.ts");
		const mainJs = path.join(root, "main.js");
		const samples = [];
		for (let i = 0; i < WARMUP + RUNS; i++) {
			const h = await loadPlugin({ mainJs });
			if (i >= WARMUP) samples.push(h.timings.evaluateMs + h.timings.onloadMs);
			await h.dispose();
		}
		progress(`bench: onload_ms samples (ms): min ${Math.min(...samples).toFixed(2)}, max ${Math.max(...samples).toFixed(2)}`);
		return median(samples);
	},
};
