// Conflicts: two sources that disagree about one item. The employee stops that item and asks the owner.

export type ConflictKind = "sync-copy" | "duplicate-id" | "approved-vs-rejected" | "invoice-state" | "connector-answers";

export interface ConflictVersion {
	/** How the card names this version, e.g. "Approved on one device". */
	label: string;
	/** The note that holds it, when it is a note; keeping another version removes this file. */
	path: string | null;
	/** The version's full text (a note's text, or a service's answer), shown side by side. */
	text: string;
}

export interface Conflict {
	/** Stable across scans, so one conflict yields one card however often it is seen. */
	key: string;
	kind: ConflictKind;
	/** What the conflict is about, in a few words ("request REQ-…", "invoice INV/2026/0042"). */
	subject: string;
	/** The request that must not run while this is open, when there is one. */
	requestId: string | null;
	versions: ConflictVersion[];
}

/** One request note as the scan sees it. */
export interface RequestCopy {
	path: string;
	folder: "Pending_Approval" | "Approved" | "Rejected";
	id: string | null;
	status: string | null;
	/** What the request would do (action, params, expiry) as canonical JSON: identical copies agree. */
	payload: string | null;
	text: string;
}
