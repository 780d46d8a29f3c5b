// `npm run package` (after `npm run build`): the release an owner installs. Writes to release/:
//   main.js, manifest.json, styles.css   — the three files a GitHub release attaches (Obsidian and BRAT fetch these)
//   ai-employee-<version>.zip            — the same three files in an `ai-employee/` folder, to unzip into the plugins folder
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { zip } from "./lib/zip.mjs";

export const RELEASE_FILES = ["main.js", "manifest.json", "styles.css"];

/**
 * @param {{ repo: string, outDir?: string }} opts
 * @returns {{ files: string[], zip: string, version: string }} absolute paths written
 */
export function packageRelease({ repo, outDir = path.join(repo, "release") }) {
	const missing = RELEASE_FILES.filter((f) => !existsSync(path.join(repo, f)));
	if (missing.length > 0) throw new Error(`${missing.join(", ")} missing: run \`npm run build\` first (npm run package does).`);
	const manifest = JSON.parse(readFileSync(path.join(repo, "manifest.json"), "utf8"));
	const pkg = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8"));
	// A release whose manifest and package disagree would install as one version and report another.
	if (manifest.version !== pkg.version) throw new Error(`manifest.json says ${manifest.version}, package.json ${pkg.version}: run \`npm version\` to bump both.`);
	mkdirSync(outDir, { recursive: true });
	const entries = RELEASE_FILES.map((f) => ({ name: f, data: readFileSync(path.join(repo, f)) }));
	const files = entries.map((e) => {
		const to = path.join(outDir, e.name);
		writeFileSync(to, e.data);
		return to;
	});
	const archive = path.join(outDir, `${manifest.id}-${manifest.version}.zip`);
	writeFileSync(archive, zip(entries.map((e) => ({ name: `${manifest.id}/${e.name}`, data: e.data }))));
	return { files, zip: archive, version: manifest.version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
	try {
		const out = packageRelease({ repo });
		for (const f of [...out.files, out.zip]) process.stdout.write(`${path.relative(repo, f)}\n`);
	} catch (err) {
		process.stderr.write(`package: ${err instanceof Error ? err.message : String(err)}\n`);
		process.exit(1);
	}
}
