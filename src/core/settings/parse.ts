// Reads stored settings: every broken or missing key falls back to its default, and the broken ones are reported.
import { settingsShape, type Settings } from "./schema";
import { migrateSettings } from "./migrations";
import type { SettingsProblem } from "./problems";

export type { SettingsProblem };

export interface ParsedSettings {
	settings: Settings;
	problems: SettingsProblem[];
}

function isLeaf(node: unknown): node is { schema: { "~standard": unknown }; default: unknown } {
	return typeof node === "object" && node !== null && "schema" in node && "default" in node;
}

function walk(shape: Record<string, unknown>, raw: unknown, prefix: string, problems: SettingsProblem[]): Record<string, unknown> {
	const source = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const out: Record<string, unknown> = {};
	for (const [key, node] of Object.entries(shape)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (isLeaf(node)) {
			const value = source[key];
			if (value === undefined) {
				out[key] = structuredClone(node.default);
				continue;
			}
			const schema = node.schema as unknown as { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } };
			const result = schema.safeParse(value);
			if (result.success) out[key] = result.data;
			else {
				out[key] = structuredClone(node.default);
				problems.push({ key: path, message: result.error?.issues[0]?.message ?? "is invalid" });
			}
		} else {
			if (source[key] !== undefined && (typeof source[key] !== "object" || source[key] === null)) {
				problems.push({ key: path, message: "must be an object" });
			}
			out[key] = walk(node as Record<string, unknown>, source[key], path, problems);
		}
	}
	return out;
}

/** The defaults, as a fresh object. */
export function defaultSettings(): Settings {
	return walk(settingsShape, {}, "", []) as unknown as Settings;
}

/** Parses whatever `loadData()` returned (possibly null, old or hand-edited) into valid settings. */
export function parseSettings(raw: unknown): ParsedSettings {
	const problems: SettingsProblem[] = [];
	const migrated = migrateSettings(raw, problems);
	const settings = walk(settingsShape, migrated, "", problems) as unknown as Settings;
	return { settings, problems };
}

/** Describes settings problems for a notice or the log. */
export function describeProblems(problems: SettingsProblem[]): string {
	return problems.map((p) => `"${p.key}" ${p.message}; using the default`).join(". ");
}
