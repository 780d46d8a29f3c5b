// `npm run screenshots`: renders the approval cards and the status view with our own render
// functions (in jsdom), wraps them with styles.css and a stand-in for Obsidian's theme variables, and screenshots them
// in headless Chromium (Debian's `chromium`), light and dark. PNGs go to screenshots/ (gitignored).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const work = path.join(root, ".bench", "screenshots");
const out = path.join(root, "screenshots");
mkdirSync(work, { recursive: true });
mkdirSync(out, { recursive: true });

const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", process.env.CHROMIUM].find((p) => p && existsSync(p));
if (!chromium) {
	process.stderr.write("screenshots: Chromium not found; install Debian's package with `apt-get install chromium`.\n");
	process.exit(1);
}

const bundle = path.join(work, "scene.cjs");
await esbuild.build({ entryPoints: [path.join(root, "scripts/screenshots/scene.ts")], outfile: bundle, bundle: true, platform: "node", format: "cjs", target: "node20", packages: "external", logLevel: "warning" });
const { buildScene } = createRequire(import.meta.url)(bundle);
const { pieces } = await buildScene();

const css = readFileSync(path.join(root, "scripts/screenshots/obsidian-theme.css"), "utf8") + "\n" + readFileSync(path.join(root, "styles.css"), "utf8");
const shots = [
	{ name: "card-pending", frame: "frame-note", width: 700, height: 1100, parts: ["card-invoice", "card-post"] },
	{ name: "card-live", frame: "frame-note", width: 700, height: 700, parts: ["card-live"] },
	{ name: "card-results", frame: "frame-note", width: 700, height: 1300, parts: ["card-preview", "card-failed", "card-rejected"] },
	{ name: "status-view", frame: "frame-sidebar", width: 400, height: 1500, parts: ["status"] },
	{ name: "status-view-live", frame: "frame-sidebar", width: 400, height: 420, parts: ["status-live"] },
];

for (const theme of ["light", "dark"]) {
	for (const shot of shots) {
		const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body class="theme-${theme}"><div class="${shot.frame}">${shot.parts.map((p) => pieces[p]).join("\n")}</div></body></html>`;
		const file = path.join(work, `${shot.name}-${theme}.html`);
		writeFileSync(file, html);
		const png = path.join(out, `${shot.name}-${theme}.png`);
		execFileSync(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-extensions", "--disable-sync", "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1", `--window-size=${shot.width},${shot.height}`, `--screenshot=${png}`, `file://${file}`], { stdio: ["ignore", "ignore", "pipe"], timeout: 60_000 });
		process.stdout.write(`screenshots/${path.basename(png)}\n`);
	}
}
