// Bundles the screenshot scene (TypeScript, our sources) for Node and loads it. The plugin's `import … from "obsidian"`
// resolves to ./obsidian-dom.ts, which builds Obsidian's settings and modal markup; other packages stay external.
import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import esbuild from "esbuild";
import { invoiceReaderWorker } from "../build/invoice-reader-worker.mjs";

/** @param {string} root the repository @returns {Promise<{ buildScene: (root: string) => Promise<{ pieces: Record<string, string> }> }>} */
export async function loadScene(root) {
	const work = path.join(root, ".bench", "screenshots");
	mkdirSync(work, { recursive: true });
	// One file per process: `npm run screenshots` and the scene's test may bundle at the same time.
	const bundle = path.join(work, `scene-${process.pid}.cjs`);
	await esbuild.build({
		entryPoints: [path.join(root, "scripts/screenshots/scene.ts")],
		outfile: bundle,
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		packages: "external",
		alias: { obsidian: path.join(root, "scripts/screenshots/obsidian-dom.ts") },
		plugins: [invoiceReaderWorker({ minify: false })],
		logLevel: "warning",
	});
	try {
		return createRequire(import.meta.url)(bundle);
	} finally {
		rmSync(bundle, { force: true });
	}
}
