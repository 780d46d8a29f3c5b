// Vault path helpers that behave the same on every host.

/** Joins path segments with `/`, dropping empty segments and duplicate slashes. */
export function joinPath(...parts: string[]): string {
	return parts
		.flatMap((p) => p.split("/"))
		.filter((p) => p !== "" && p !== ".")
		.join("/");
}

export function parentOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}

export function baseName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

/** `a/b/note.md` → `note`. */
export function stem(path: string): string {
	const name = baseName(path);
	const dot = name.lastIndexOf(".");
	return dot <= 0 ? name : name.slice(0, dot);
}

export function extension(path: string): string {
	const name = baseName(path);
	const dot = name.lastIndexOf(".");
	return dot <= 0 ? "" : name.slice(dot + 1);
}

/** True when `path` is `folder` itself or lies inside it. */
export function isInside(path: string, folder: string): boolean {
	return path === folder || path.startsWith(folder + "/");
}
