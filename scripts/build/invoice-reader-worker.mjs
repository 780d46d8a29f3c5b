// esbuild plugin for `import source from "invoice-reader-worker-source"`: the invoice reader's worker, bundled on its own
// and carried in main.js as a string (Obsidian installs main.js, manifest.json and styles.css only, so the worker
// cannot be a file of its own). Used by the plugin build and by the screenshot scene, which bundles src/main.ts too.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { stripInvoiceExamples } from "./strip-examples.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** @param {{ minify: boolean }} options @returns {import("esbuild").Plugin} */
export function invoiceReaderWorker({ minify }) {
	return {
		name: "invoice-reader-worker",
		setup(build) {
			build.onResolve({ filter: /^invoice-reader-worker-source$/ }, (args) => ({ path: args.path, namespace: "worker-source" }));
			build.onLoad({ filter: /.*/, namespace: "worker-source" }, async () => {
				const out = await esbuild.build({
					entryPoints: [path.join(ROOT, "src/obsidian/invoice-reader/worker-entry.ts")],
					absWorkingDir: ROOT,
					bundle: true,
					format: "iife",
					platform: "browser",
					target: "es2022",
					minify,
					charset: "utf8",
					write: false,
					metafile: true,
					logLevel: "warning",
					// The tables' examples are tests, not the reader: the shipped worker goes without them.
					plugins: [stripInvoiceExamples()],
				});
				return {
					contents: out.outputFiles[0].text,
					loader: "text",
					// The watch build (npm run dev) rebuilds main.js when the reader changes.
					watchFiles: Object.keys(out.metafile.inputs).map((f) => path.resolve(ROOT, f)),
				};
			});
		},
	};
}
