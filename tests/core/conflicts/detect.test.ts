// Which sets of request copies are conflicts, and which are the harmless duplicates the journal already handles.
import { describe, expect, it } from "vitest";
import { findRequestConflicts, isConflictCopyName, originalName } from "../../../src/core/conflicts/detect";
import type { RequestCopy } from "../../../src/core/conflicts/types";

const copy = (path: string, folder: RequestCopy["folder"], id: string | null, payload: string | null = "p", status: string | null = null): RequestCopy => ({ path, folder, id, status, payload, text: `text of ${path}` });

describe("conflict detection", () => {
	it("recognises the names sync tools give conflict copies", () => {
		expect(isConflictCopyName("A/Post (conflict).md")).toBe(true);
		expect(isConflictCopyName("A/Post (conflict 2026-11-26 101500).md")).toBe(true);
		expect(isConflictCopyName("A/Post (Bob's conflicted copy 2026-11-26).md")).toBe(true);
		expect(isConflictCopyName("A/Post.sync-conflict-20261126-101500-ABCDEFG.md")).toBe(true);
		expect(isConflictCopyName("A/Conflict resolution workshop.md")).toBe(false);
		expect(originalName("A/Post (conflict 2026-11-26).md")).toBe("Post.md");
	});

	it("a sync conflict copy of a request is a conflict even when both say the same", () => {
		const found = findRequestConflicts([copy("P/Post.md", "Pending_Approval", "REQ-1"), copy("P/Post (conflict).md", "Pending_Approval", "REQ-1")]);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ kind: "sync-copy", requestId: "REQ-1", key: "sync-copy:REQ-1" });
		expect(found[0]?.versions.map((v) => v.path)).toEqual(["P/Post.md", "P/Post (conflict).md"]);
	});

	it("a conflict copy whose frontmatter no longer parses still joins its original", () => {
		const found = findRequestConflicts([copy("P/Post.md", "Pending_Approval", "REQ-1"), copy("P/Post (conflict 2026-11-26).md", "Pending_Approval", null, null)]);
		expect(found.map((c) => c.requestId)).toEqual(["REQ-1"]);
	});

	it("two notes with one id that would do different things are a conflict; identical ones are left to the journal", () => {
		expect(findRequestConflicts([copy("P/a.md", "Pending_Approval", "REQ-1", "x"), copy("P/b.md", "Pending_Approval", "REQ-1", "y")])[0]?.kind).toBe("duplicate-id");
		expect(findRequestConflicts([copy("P/a.md", "Pending_Approval", "REQ-1", "x"), copy("P/b.md", "Approved", "REQ-1", "x")])).toEqual([]);
	});

	it("approved on one device and rejected on another is a conflict", () => {
		const found = findRequestConflicts([copy("A/a.md", "Approved", "REQ-1", "x", "approved"), copy("R/a.md", "Rejected", "REQ-1", "x", "rejected")]);
		expect(found[0]?.kind).toBe("approved-vs-rejected");
	});

	it("copies that are all rejected cannot run, so they are not a conflict", () => {
		expect(findRequestConflicts([copy("R/a.md", "Rejected", "REQ-1", "x"), copy("R/a (conflict).md", "Rejected", "REQ-1", "y")])).toEqual([]);
	});
});
