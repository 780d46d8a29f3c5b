// `npm run bench`: bundles the benchmark (it reuses the TypeScript e2e harness and the Node host) and runs it.
// stdout carries only the figures, one `name: value unit` per line; progress goes to stderr.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { bundleAndLoad } from "./lib/bundle.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, ".bench");
const outfile = path.join(outDir, "bench.cjs");

process.stderr.write("bench: bundling scripts/bench …\n");
const { runBench } = await bundleAndLoad({ repo: root, outfile, entry: path.join(root, "scripts/bench/run.mjs") });
const only = process.argv.slice(2);
const failed = await runBench({ root, only, out: (line) => process.stdout.write(line + "\n"), progress: (line) => process.stderr.write(line + "\n") });
process.exitCode = failed ? 1 : 0;
