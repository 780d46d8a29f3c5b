// Finds conflicting request copies (pure): sync conflict files, duplicate ids, approved on one device and rejected on another.
import { baseName } from "../util/paths";
import type { Conflict, ConflictKind, RequestCopy } from "./types";

/** Sync tools name the loser of a clash `Note (conflict).md`, `Note (conflict 2026-11-26).md` or `Note.sync-conflict-….md`. */
const CONFLICT_NAME = /(?:\s*\((?:[^()]*\s)?conflict(?:ed copy)?(?:\s[^()]*)?\)|\.sync-conflict-[^.]*)(?=\.md$)/i;

export function isConflictCopyName(path: string): boolean {
	return CONFLICT_NAME.test(baseName(path));
}

/** The name the copy was made from: `Post (conflict 2026-11-26).md` → `Post.md`. */
export function originalName(path: string): string {
	return baseName(path).replace(CONFLICT_NAME, "");
}

const FOLDER_WORDS: Record<RequestCopy["folder"], string> = { Pending_Approval: "waiting for approval", Approved: "approved", Rejected: "rejected" };

function label(c: RequestCopy): string {
	const copy = isConflictCopyName(c.path) ? "sync conflict copy" : "note";
	return `${copy}, ${FOLDER_WORDS[c.folder]}${c.status && c.status !== "pending" && c.status !== c.folder.toLowerCase() ? ` (status ${c.status})` : ""}: ${baseName(c.path)}`;
}

function kindOf(group: RequestCopy[]): ConflictKind {
	const approved = group.some((c) => c.folder === "Approved" || c.status === "approved");
	const rejected = group.some((c) => c.folder === "Rejected" || c.status === "rejected");
	if (approved && rejected) return "approved-vs-rejected";
	if (group.some((c) => isConflictCopyName(c.path))) return "sync-copy";
	return "duplicate-id";
}

/**
 * Groups copies of one request: by id, and a conflict copy without a readable id joins the note it was copied
 * from. Only groups with a copy still waiting or approved matter: two rejected copies cannot run.
 */
export function findRequestConflicts(copies: readonly RequestCopy[]): Conflict[] {
	const groups = new Map<string, RequestCopy[]>();
	const byName = new Map<string, string>();
	for (const c of copies) if (c.id && !isConflictCopyName(c.path)) byName.set(`${c.folder}/${baseName(c.path)}`, c.id);
	for (const c of copies) {
		const id = c.id ?? (isConflictCopyName(c.path) ? byName.get(`${c.folder}/${originalName(c.path)}`) ?? `file:${c.folder}/${originalName(c.path)}` : null);
		if (!id) continue;
		const g = groups.get(id) ?? [];
		g.push(c);
		groups.set(id, g);
	}
	const out: Conflict[] = [];
	for (const [id, group] of groups) {
		if (group.length < 2) continue;
		if (!group.some((c) => c.folder !== "Rejected")) continue;
		const kind0 = kindOf(group);
		// Plain duplicates that would do exactly the same thing are not a disagreement: the executor's journal runs
		// such a request once and marks the other copy. Copies that differ, or a sync tool's conflict copy, are.
		if (kind0 === "duplicate-id" && new Set(group.map((c) => c.payload)).size === 1) continue;
		const sorted = [...group].sort((a, b) => Number(isConflictCopyName(a.path)) - Number(isConflictCopyName(b.path)) || a.path.localeCompare(b.path));
		const kind = kindOf(sorted);
		const requestId = id.startsWith("file:") ? null : id;
		out.push({
			key: `${kind}:${id}`,
			kind,
			subject: requestId ? `request ${requestId}` : `note ${originalName(sorted[0]?.path ?? id)}`,
			requestId,
			versions: sorted.map((c) => ({ label: label(c), path: c.path, text: c.text })),
		});
	}
	return out;
}
