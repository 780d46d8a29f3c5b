// Reads the plugin's settings from the vault's config folder, the same data.json the Obsidian plugin writes.
import { describeProblems, parseSettings, type SettingsProblem } from "../core/settings/parse";
import type { Settings } from "../core/settings/schema";
import type { VaultStore } from "../core/ports";
import { joinPath } from "../core/util/paths";

export interface LoadedSettings {
	settings: Settings;
	problems: SettingsProblem[];
	/** Vault path of the file read. */
	path: string;
	/** A line for the console when something was off (missing file, broken JSON, invalid keys), else null. */
	note: string | null;
	/** True when the note is a problem to warn about, false when it is only information (no data.json yet). */
	warn: boolean;
}

export function settingsPathFor(configDir: string): string {
	return joinPath(configDir, "plugins", "ai-employee", "data.json");
}

export async function loadSettings(vault: VaultStore, configDir: string | null): Promise<LoadedSettings> {
	if (configDir === null) {
		return { ...parseSettings(null), path: "", note: "No Obsidian config folder in this vault yet; using the default settings.", warn: false };
	}
	const path = settingsPathFor(configDir);
	const text = await vault.read(path);
	if (text === null) {
		return { ...parseSettings(null), path, note: `No plugin settings at ${path}; using the defaults.`, warn: false };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (err) {
		const why = err instanceof Error ? err.message : String(err);
		return { ...parseSettings(null), path, note: `The plugin settings at ${path} are not valid JSON (${why}); using the defaults.`, warn: true };
	}
	const { settings, problems } = parseSettings(raw);
	return { settings, problems, path, note: problems.length > 0 ? `Some settings in ${path} are invalid: ${describeProblems(problems)}.` : null, warn: problems.length > 0 };
}
