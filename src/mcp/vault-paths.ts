// Which vault files an agent may name in a read tool: a note directly inside one layout folder, nothing else.
import type { FolderName } from "../core/layout/folders";
import type { McpContext } from "./tool";
import { ToolInputError } from "./tool";
import { isInside, joinPath } from "../core/util/paths";

/**
 * Resolves a path an agent gave ("Needs_Action/EMAIL_x.md", the same under the root folder, or the bare file name) to
 * a note inside `folder`. Anything with `..`, a leading slash or another folder is refused: the tools read their own
 * folders only, never the config folder or the plugin's state.
 */
export function noteIn(ctx: McpContext, folder: FolderName, given: string): string {
	const root = ctx.deps.layout().root;
	const dir = ctx.deps.layout().folder(folder);
	const clean = given.trim().replace(/^\[\[|\]\]$/g, "").replace(/\|.*$/, "");
	if (clean === "" || clean.startsWith("/") || clean.split("/").some((s) => s === ".." || s === ".")) {
		throw new ToolInputError(`path must be a note inside ${dir}/ (got "${given}").`);
	}
	const withMd = clean.endsWith(".md") ? clean : `${clean}.md`;
	const candidates = [withMd, joinPath(root, withMd), joinPath(dir, withMd)];
	const path = candidates.find((p) => isInside(p, dir) && !p.slice(dir.length + 1).includes("/"));
	if (!path) throw new ToolInputError(`path must be a note directly inside ${dir}/ (got "${given}").`);
	return path;
}

/** The notes of a folder, newest name last. */
export async function notesOf(ctx: McpContext, folder: FolderName): Promise<string[]> {
	const files = await ctx.deps.vault.listFiles(ctx.deps.layout().folder(folder));
	return files.filter((f) => f.endsWith(".md")).sort();
}
