// Splits a note into YAML frontmatter and body, and writes changed frontmatter back without touching the body.
import type { YamlCodec } from "../ports";

export interface SplitNote {
	/** The YAML text between the fences, or null when the note has no frontmatter. */
	yaml: string | null;
	body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitNote(text: string): SplitNote {
	const m = FENCE.exec(text);
	if (!m) return { yaml: null, body: text };
	return { yaml: m[1] ?? "", body: text.slice(m[0].length) };
}

/** YAML parsers differ on timestamps (Date vs string): normalise to ISO strings so hashes agree across hosts. */
export function normaliseYamlValue(value: unknown): unknown {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace(/\.000Z$/, "Z");
	if (Array.isArray(value)) return value.map(normaliseYamlValue);
	if (typeof value === "object" && value !== null) {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = normaliseYamlValue(v);
		return out;
	}
	return value;
}

/** The largest frontmatter read (256 KB): a request needs a few KB, and parsing megabytes of YAML stalls the app. */
export const MAX_FRONTMATTER_CHARS = 256 * 1024;

export type FrontmatterResult = { ok: true; data: Record<string, unknown>; body: string } | { ok: false; error: string; tooLarge?: true };

export function readFrontmatter(text: string, yaml: YamlCodec): FrontmatterResult {
	const { yaml: src, body } = splitNote(text);
	if (src === null) return { ok: false, error: "The note has no frontmatter (a block between --- lines at the top)." };
	if (src.length > MAX_FRONTMATTER_CHARS) {
		return {
			ok: false,
			error: `The frontmatter is ${Math.ceil(src.length / 1024)} KB, more than the ${MAX_FRONTMATTER_CHARS / 1024} KB a note's frontmatter may have, so it was not read. Move long text into the note's body.`,
			tooLarge: true,
		};
	}
	let parsed: unknown;
	try {
		parsed = yaml.parse(src);
	} catch (err) {
		const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
		return { ok: false, error: `The frontmatter is not valid YAML: ${msg}` };
	}
	if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
		return { ok: false, error: "The frontmatter must be a set of key: value pairs." };
	}
	return { ok: true, data: normaliseYamlValue(parsed) as Record<string, unknown>, body };
}

/** Rebuilds a note from frontmatter data and a body. */
export function writeNote(data: Record<string, unknown>, body: string, yaml: YamlCodec): string {
	const y = yaml.stringify(data).replace(/\n*$/, "\n");
	return `---\n${y}---\n${body.startsWith("\n") ? body.slice(1) : body}`;
}
