// Remembers notes refused for their size, by size and modification time, so a sweep does not read them again.
import type { VaultStore } from "../ports";

interface Refusal {
	size: number;
	mtime: number;
	error: string;
}

/** Per vault store: path → the refusal of the version of the note with that size and modification time. */
const refused = new WeakMap<VaultStore, Map<string, Refusal>>();

/** The refusal of a note already refused for its frontmatter's size, while it is still the same version; else null. */
export function knownOversize(vault: VaultStore, path: string, stat: { size: number; mtime: number } | null): string | null {
	if (!stat) return null;
	const r = refused.get(vault)?.get(path);
	// Only the same version is skipped: any edit (new size or time) is read and checked again.
	return r && r.size === stat.size && r.mtime === stat.mtime ? r.error : null;
}

export function rememberOversize(vault: VaultStore, path: string, stat: { size: number; mtime: number } | null, error: string): void {
	if (!stat) return;
	let map = refused.get(vault);
	if (!map) {
		map = new Map();
		refused.set(vault, map);
	}
	map.set(path, { size: stat.size, mtime: stat.mtime, error });
}

export function forgetOversize(vault: VaultStore, path: string): void {
	refused.get(vault)?.delete(path);
}
