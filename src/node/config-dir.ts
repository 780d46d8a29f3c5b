// Finds the vault's config folder (Obsidian lets each vault name its own), so the runner reads the right settings.
import * as fs from "node:fs/promises";
import * as path from "node:path";

async function exists(p: string): Promise<boolean> {
	try {
		await fs.access(p);
		return true;
	} catch {
		return false;
	}
}

/** How sure we are that a dot-folder is this vault's config folder: our settings beat our plugin beat Obsidian's files. */
async function score(dir: string): Promise<number> {
	if (await exists(path.join(dir, "plugins", "ai-employee", "data.json"))) return 3;
	if (await exists(path.join(dir, "plugins", "ai-employee"))) return 2;
	for (const f of ["app.json", "community-plugins.json", "workspace.json", "core-plugins.json"]) {
		if (await exists(path.join(dir, f))) return 1;
	}
	return 0;
}

/** The top-level dot-folder that looks most like Obsidian's config folder, or null when the vault has none yet. */
export async function findConfigDir(vaultDir: string): Promise<string | null> {
	let entries: import("node:fs").Dirent[];
	try {
		entries = await fs.readdir(vaultDir, { withFileTypes: true });
	} catch {
		return null;
	}
	let best: { name: string; score: number } | null = null;
	for (const e of entries.filter((d) => d.isDirectory() && d.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name))) {
		const s = await score(path.join(vaultDir, e.name));
		if (s > 0 && (best === null || s > best.score)) best = { name: e.name, score: s };
	}
	return best?.name ?? null;
}
