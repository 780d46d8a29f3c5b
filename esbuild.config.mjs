// Builds main.js (the Obsidian plugin) and dist/cli.cjs (the headless runner) from the same engine.
import esbuild from "esbuild";
import process from "process";
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
};

const plugin = await esbuild.context({
	...common,
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

if (prod) {
	await plugin.rebuild();
	await cli.rebuild();
	await plugin.dispose();
	await cli.dispose();
} else {
	await Promise.all([plugin.watch(), cli.watch()]);
}
