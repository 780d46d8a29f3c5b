// Edits and moves request notes: frontmatter patches through atomic edits, moves that never overwrite.
import type { VaultStore, YamlCodec } from "../ports";
import { baseName, joinPath, stem, extension } from "../util/paths";
import { readFrontmatter, writeNote } from "./frontmatter";

/** Sets (or, with undefined, removes) frontmatter keys; the body can be rewritten too. Atomic on every host. */
export async function patchNote(
	vault: VaultStore,
	yaml: YamlCodec,
	path: string,
	patch: Record<string, unknown>,
	body?: (old: string) => string,
): Promise<void> {
	await vault.process(path, (text) => {
		const fm = readFrontmatter(text, yaml);
		if (!fm.ok) throw new Error(`Cannot update ${path}: ${fm.error}`);
		const data = { ...fm.data };
		for (const [k, v] of Object.entries(patch)) {
			if (v === undefined) delete data[k];
			else data[k] = v;
		}
		return writeNote(data, body ? body(fm.body) : fm.body, yaml);
	});
}

/** A free path in `folder` for a file named like `path`: "name.md", then "name 2.md", "name 3.md"… */
export async function freePath(vault: VaultStore, folder: string, path: string): Promise<string> {
	const name = baseName(path);
	let candidate = joinPath(folder, name);
	const ext = extension(name);
	const base = stem(name);
	for (let n = 2; await vault.exists(candidate); n++) {
		candidate = joinPath(folder, ext ? `${base} ${n}.${ext}` : `${base} ${n}`);
	}
	return candidate;
}

/** Moves a note into a folder without overwriting anything there; returns the new path. */
export async function moveInto(vault: VaultStore, path: string, folder: string): Promise<string> {
	await vault.mkdir(folder);
	const target = await freePath(vault, folder, path);
	if (target === path) return path;
	await vault.move(path, target);
	return target;
}
