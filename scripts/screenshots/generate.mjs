// `npm run screenshots`: renders the approval cards and the status view with our own render functions, and the settings
// tab and the Connect Odoo dialog with the plugin's own display code (in jsdom; scene.ts), wraps them with styles.css
// and a stand-in for Obsidian's theme, and screenshots them in headless Chromium (Debian's `chromium`), light and dark.
// PNGs go to screenshots/ (gitignored).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { loadScene } from "./load-scene.mjs";

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

const { buildScene } = await loadScene(root);
const { pieces } = await buildScene(root);

const css = readFileSync(path.join(root, "scripts/screenshots/obsidian-theme.css"), "utf8") + "\n" + readFileSync(path.join(root, "styles.css"), "utf8");
// Heights are measured: each page is laid out once by Chromium first (see pageHeight), so no shot is cut or padded.
const shots = [
	{ name: "card-pending", frame: "frame-note", width: 700, parts: ["card-invoice", "card-post"] },
	{ name: "card-live", frame: "frame-note", width: 700, parts: ["card-live"] },
	{ name: "card-results", frame: "frame-note", width: 700, parts: ["card-preview", "card-failed", "card-rejected"] },
	{ name: "status-view", frame: "frame-sidebar", width: 400, parts: ["status"] },
	// Only the top of the view: the Live banner and the switch back to dry run.
	{ name: "status-view-live", frame: "frame-sidebar", width: 400, maxHeight: 420, parts: ["status-live"] },
	{ name: "settings-general", frame: "frame-settings", body: "frame-flush", width: 800, parts: ["settings-general"] },
	{ name: "settings-services", frame: "frame-settings", body: "frame-flush", width: 800, parts: ["settings-services"] },
	{ name: "connect-odoo", frame: "frame-modal", body: "frame-flush", width: 700, parts: ["connect-odoo"] },
];

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-extensions", "--disable-sync", "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1"];

function chrome(args) {
	return execFileSync(chromium, [...FLAGS, ...args], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
}

/** The laid-out page's full height: a script in the page writes it into the title, and Chromium prints the DOM. */
function pageHeight(file, width) {
	const dom = chrome([`--window-size=${width},200`, "--dump-dom", `file://${file}`]);
	const height = /<title>(\d+)<\/title>/.exec(dom)?.[1];
	if (!height) throw new Error(`screenshots: could not measure ${file}`);
	return Number(height);
}

const MEASURE = "<script>document.title = String(document.documentElement.scrollHeight);</script>";

for (const theme of ["light", "dark"]) {
	for (const shot of shots) {
		const html = `<!doctype html><html><head><meta charset="utf-8"><title></title><style>${css}</style></head><body class="theme-${theme} ${shot.body ?? ""}"><div class="${shot.frame}">${shot.parts.map((p) => pieces[p]).join("\n")}</div>${MEASURE}</body></html>`;
		const file = path.join(work, `${shot.name}-${theme}.html`);
		writeFileSync(file, html);
		const png = path.join(out, `${shot.name}-${theme}.png`);
		const height = Math.min(pageHeight(file, shot.width), shot.maxHeight ?? Infinity);
		chrome([`--window-size=${shot.width},${height}`, `--screenshot=${png}`, `file://${file}`]);
		process.stdout.write(`screenshots/${path.basename(png)}\n`);
	}
}
// The scene leaves the engine's and the plugin's timers behind; the shots are written, so end here.
process.exit(0);
