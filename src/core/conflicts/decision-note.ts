// The "needs your decision" note in Needs_Action: both versions side by side and a card with a button per version.
import type { YamlCodec } from "../ports";
import { readFrontmatter, writeNote } from "../requests/frontmatter";
import type { Conflict, ConflictKind, ConflictVersion } from "./types";

export const DECISION_FENCE = "ai-employee-decision";
export const DECISION_TYPE = "ai_employee_decision";

const EXPLAIN: Record<ConflictKind, string> = {
	"sync-copy": "Your sync service made a conflict copy of this request. Until you keep one version, neither runs.",
	"duplicate-id": "Two notes carry the same request id. Until you keep one, neither runs, so nothing is done twice.",
	"approved-vs-rejected": "This request was approved on one device and rejected on another. Until you decide, it does not run.",
	"invoice-state": "Odoo and your vault disagree about this invoice. Nothing more is done with it until you decide which is right.",
	"connector-answers": "Two services gave answers that do not fit together. Nothing more is done with this item until you decide.",
};

export const KIND_TITLE: Record<ConflictKind, string> = {
	"sync-copy": "Sync conflict copy",
	"duplicate-id": "Duplicate request",
	"approved-vs-rejected": "Approved and rejected",
	"invoice-state": "Invoice state differs",
	"connector-answers": "Services disagree",
};

export interface DecisionNote {
	path: string;
	key: string;
	kind: ConflictKind;
	subject: string;
	requestId: string | null;
	status: "open" | "resolved";
	explanation: string;
	versions: ConflictVersion[];
	kept: number | null;
}

function fenceFor(text: string): string {
	let f = "````";
	while (text.includes(f)) f += "`";
	return f;
}

export function renderDecisionNote(conflict: Conflict, createdIso: string, yaml: YamlCodec): string {
	const data = {
		type: DECISION_TYPE,
		conflict: conflict.key,
		kind: conflict.kind,
		subject: conflict.subject,
		request_id: conflict.requestId,
		status: "open",
		created: createdIso,
		versions: conflict.versions.map((v) => ({ label: v.label, path: v.path })),
	};
	const parts = [`# Needs your decision: ${KIND_TITLE[conflict.kind].toLowerCase()} (${conflict.subject})`, "", EXPLAIN[conflict.kind], "", "```" + DECISION_FENCE, "```", ""];
	conflict.versions.forEach((v, i) => {
		const f = fenceFor(v.text);
		parts.push(`## Version ${String.fromCharCode(65 + i)}: ${v.label}`, "", `${f}text`, v.text.replace(/\n+$/, ""), f, "");
	});
	return writeNote(data, parts.join("\n"), yaml);
}

/** Reads a decision note back; the versions' texts come from the note's own sections, so they survive a deleted file. */
export function parseDecisionNote(path: string, text: string, yaml: YamlCodec): DecisionNote | null {
	const fm = readFrontmatter(text, yaml);
	if (!fm.ok || fm.data.type !== DECISION_TYPE) return null;
	const d = fm.data;
	const listed = Array.isArray(d.versions) ? (d.versions as unknown[]) : [];
	const bodies = [...fm.body.matchAll(/^## Version [A-Z]: .*\n\n(`{4,})text\n([\s\S]*?)\n\1$/gm)].map((m) => m[2] ?? "");
	const versions: ConflictVersion[] = listed.map((v, i) => {
		const o = typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
		return { label: typeof o.label === "string" ? o.label : `Version ${i + 1}`, path: typeof o.path === "string" ? o.path : null, text: bodies[i] ?? "" };
	});
	const kind = (typeof d.kind === "string" && d.kind in EXPLAIN ? d.kind : "duplicate-id") as ConflictKind;
	return {
		path,
		key: typeof d.conflict === "string" ? d.conflict : path,
		kind,
		subject: typeof d.subject === "string" ? d.subject : "",
		requestId: typeof d.request_id === "string" ? d.request_id : null,
		status: d.status === "resolved" ? "resolved" : "open",
		explanation: EXPLAIN[kind],
		versions,
		kept: typeof d.kept === "number" ? d.kept : null,
	};
}
