// Builds main.js (the Obsidian plugin), dist/cli.cjs (the headless runner) and dist/mcp.cjs (the MCP server) from one engine.
import esbuild from "esbuild";
import process from "process";
import { invoiceReaderWorker } from "./scripts/build/invoice-reader-worker.mjs";
import { builtinModules } from "module";

const prod = process.argv[2] === "production";

const common = {
	bundle: true,
	format: "cjs",
	target: "es2022",
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	minify: prod,
	// Non-ASCII letters as written (the reader's word lists are full of them), not as \uXXXX escapes: a smaller main.js.
	charset: "utf8",
};

const plugin = await esbuild.context({
	...common,
	plugins: [invoiceReaderWorker({ minify: prod })],
	entryPoints: ["src/main.ts"],
	external: [
		"obsidian",
		"electron",
		"@codemirror/*",
		"@lezer/*",
		...builtinModules,
		...builtinModules.map((m) => `node:${m}`),
	],
	platform: "node",
	outfile: "main.js",
});

const cli = await esbuild.context({
	...common,
	entryPoints: ["src/node/cli.ts"],
	platform: "node",
	outfile: "dist/cli.cjs",
});

// The MCP server is a bundle of its own: its SDK never reaches main.js or the runner.
const mcp = await esbuild.context({
	...common,
	entryPoints: ["src/app/mcp-cli.ts"],
	platform: "node",
	outfile: "dist/mcp.cjs",
});

if (prod) {
	for (const c of [plugin, cli, mcp]) {
		await c.rebuild();
		await c.dispose();
	}
} else {
	await Promise.all([plugin.watch(), cli.watch(), mcp.watch()]);
}
