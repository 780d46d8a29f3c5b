// Resolves a request's `source` (a wiki link or a plain path) to a note the way Obsidian resolves links.

/** The link's path: `[[Needs_Action/EMAIL_1#Top|the mail]]` → `Needs_Action/EMAIL_1`; a plain path is kept. Null when empty. */
export function linkPath(source: string): string | null {
	let s = source.trim();
	const wiki = /^!?\[\[([^\]]*)\]\]$/.exec(s);
	if (wiki) s = wiki[1]!;
	else {
		const md = /^\[[^\]]*\]\(([^)]*)\)$/.exec(s);
		if (md) {
			s = md[1]!.trim().replace(/^<|>$/g, "");
			try {
				s = decodeURIComponent(s);
			} catch {
				// Not percent-encoded after all: keep it as written.
			}
		}
	}
	s = s.split("|")[0]!.split("#")[0]!.trim().replace(/\\/g, "/").replace(/^\.?\//, "");
	return s === "" ? null : s;
}

/**
 * The one file among `files` that `source` points to, or null: the exact path, then the path with `.md`, then the only
 * file whose path ends with it (a bare name such as `EMAIL_1`, or a partial path such as `Needs_Action/EMAIL_1`).
 */
export function resolveLink(source: string, files: readonly string[]): string | null {
	const target = linkPath(source);
	if (target === null) return null;
	if (files.includes(target)) return target;
	if (files.includes(`${target}.md`)) return `${target}.md`;
	const tails = target.toLowerCase().endsWith(".md") ? [`/${target}`] : [`/${target}.md`, `/${target}`];
	const lower = tails.map((t) => t.toLowerCase());
	const matches = files.filter((f) => {
		const p = `/${f}`.toLowerCase();
		return lower.some((t) => p.endsWith(t));
	});
	return matches.length === 1 ? matches[0]! : null;
}
