// Bundles a TypeScript entry of the repository (bench, demo steps) into one CommonJS file and loads it.
// Packages stay external, so they resolve from the repository's node_modules as Node loads them.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import esbuild from "esbuild";

/**
 * @param {{ repo: string, outfile: string, entry?: string, source?: { contents: string, sourcefile?: string } }} opts
 *   `entry` is a file to bundle; `source` is TypeScript text (its imports resolve from the repository root).
 */
export async function bundleAndLoad({ repo, outfile, entry, source }) {
	mkdirSync(path.dirname(outfile), { recursive: true });
	await esbuild.build({
		...(entry ? { entryPoints: [entry] } : { stdin: { contents: source.contents, sourcefile: source.sourcefile ?? "entry.ts", resolveDir: repo, loader: "ts" } }),
		outfile,
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		packages: "external",
		logLevel: "warning",
	});
	return createRequire(import.meta.url)(outfile);
}
