// `npm run bench`: bundles the benchmark (it reuses the TypeScript e2e harness and the Node host) and runs it.
// stdout carries only the figures, one `name: value unit` per line; progress goes to stderr.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, ".bench");
const outfile = path.join(outDir, "bench.cjs");
mkdirSync(outDir, { recursive: true });

process.stderr.write("bench: bundling scripts/bench …\n");
await esbuild.build({
	entryPoints: [path.join(root, "scripts/bench/run.mjs")],
	outfile,
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	// Packages stay external: one copy of obsidian-test-mocks and jsdom, loaded as Node loads them.
	packages: "external",
	logLevel: "warning",
});

const { runBench } = createRequire(import.meta.url)(outfile);
const only = process.argv.slice(2);
const failed = await runBench({ root, only, out: (line) => process.stdout.write(line + "\n"), progress: (line) => process.stderr.write(line + "\n") });
process.exitCode = failed ? 1 : 0;
