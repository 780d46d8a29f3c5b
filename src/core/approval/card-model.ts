// What the approval card shows, computed from the note alone (pure of any UI): the Obsidian view only draws it.
import type { DescriptionLine } from "../executor/connector";
import type { RequestStatus } from "../requests/schema";
import type { WorkflowDeps } from "./deps";
import type { ApprovalService } from "./approvals";
import { loadRequest } from "./request-checks";
import { checkProvenance, describeProvenance, verifyStamp } from "./stamp";
import { guardContext, guardRequest } from "../guard/guard";
import { scanTexts } from "../guard/scan";
import type { GuardKind } from "../guard/types";

export type CardButton = "approve" | "reject" | "retry";

export interface CardModel {
	state: RequestStatus | "invalid";
	title: string;
	summary: string;
	lines: DescriptionLine[];
	text: { content: string; characters: number } | null;
	/** Why a click is needed, or which rule let it run. */
	policy: string | null;
	provenance: string | null;
	untrusted: boolean;
	dryRun: boolean;
	notice: { kind: "error" | "warning" | "info"; message: string; suggestion?: string } | null;
	result: { summary: string; url: string | null; fields: Record<string, unknown> | null; wirePreview: string | null } | null;
	buttons: CardButton[];
	/** What the sensitive-content guard found; `highlights` are offsets into `text.content`. */
	guard: CardGuard | null;
}

export interface CardGuard {
	blocked: boolean;
	hits: { kind: GuardKind; reason: string; excerpt: string }[];
	highlights: { start: number; end: number; kind: GuardKind; reason: string }[];
}

/** The host this request will call with the owner's credentials, named so an address the owner never chose stands out. */
function calls(host: string | null | undefined): DescriptionLine[] {
	return host ? [{ label: "Calls", value: host }] : [];
}

function str(v: unknown): string | null {
	return typeof v === "string" && v !== "" ? v : null;
}

export async function buildCard(deps: WorkflowDeps, approvals: ApprovalService, path: string): Promise<CardModel> {
	const dryRun = deps.settings().dryRun;
	const base: CardModel = { state: "invalid", title: "Approval request", summary: "", lines: [], text: null, policy: null, provenance: null, untrusted: false, dryRun, notice: null, result: null, buttons: [], guard: null };
	const checked = await loadRequest(deps, path);
	if (!checked.ok) {
		const status = checked.request?.envelope.status;
		return {
			...base,
			summary: "This request cannot be run as written.",
			notice: { kind: "error", message: checked.error, suggestion: "Fix the note's frontmatter (see the request format in the plugin's README); the card updates when you save." },
			buttons: status === "pending" || status === undefined ? ["reject"] : [],
			state: "invalid",
		};
	}
	const { request, handler, params } = checked;
	const env = request.envelope;
	const d = request.data;
	const desc = handler.describe(params);
	const key = deps.approvalKey();
	const provenance = key ? await checkProvenance(env, key) : null;
	const model: CardModel = {
		...base,
		state: env.status,
		title: `${env.action}${env.attempt && env.attempt > 1 ? ` (attempt ${env.attempt})` : ""}`,
		summary: desc.summary,
		lines: [...desc.lines, ...calls(handler.host?.(params)), ...(env.expires ? [{ label: "Expires", value: env.expires }] : [])],
		text: desc.text !== undefined ? { content: desc.text, characters: [...desc.text].length } : null,
		provenance: provenance ? describeProvenance(provenance) : "Unknown: this device has no approval key yet",
		untrusted: provenance ? !provenance.trusted || provenance.untrustedInput : true,
	};
	const guard = await guardRequest(deps, handler, params);
	if (guard.hits.length > 0) {
		const marks = model.text ? scanTexts([model.text.content], await guardContext(deps, typeof (params as { from?: unknown }).from === "string" ? [String((params as { from?: unknown }).from)] : [])).hits : [];
		model.guard = {
			blocked: guard.blocked,
			hits: guard.hits.map((h) => ({ kind: h.kind, reason: h.reason, excerpt: h.excerpt })),
			highlights: marks.map((h) => ({ start: h.start, end: h.end, kind: h.kind, reason: h.reason })),
		};
	}
	switch (env.status) {
		case "pending": {
			const decision = await approvals.decision(request, handler, params);
			model.policy = decision.mode === "ask" ? `Needs your approval: ${decision.reasons.join("; ")}.` : `The policy will approve this on its own (${decision.evidence}).`;
			// A secret blocks outright: no Approve button until the text is edited.
			model.buttons = guard.blocked ? ["reject"] : ["approve", "reject"];
			const refused = str(d.refused_reason);
			if (guard.blocked) model.notice = { kind: "error", message: "Blocked: this text contains a secret and cannot be approved.", suggestion: "Edit the note to remove it; the card updates when you save." };
			else if (refused) model.notice = { kind: "warning", message: refused };
			break;
		}
		case "approved": {
			model.policy = `Approved by ${env.approved_by ?? "?"} at ${env.approved_at ?? "?"}${env.approval_rule && env.approval_rule !== "owner-click" ? ` (rule: ${env.approval_rule})` : ""}.`;
			const check = key ? await verifyStamp(env, key) : { ok: false as const, reason: "This device has no approval key." };
			const held = str(d.held_reason);
			if (!check.ok) {
				model.notice = { kind: "warning", message: `Will not run: ${check.reason}`, suggestion: "Approve it again if it is right." };
				model.buttons = ["approve", "reject"];
			} else if (held) model.notice = { kind: "info", message: held };
			else model.notice = { kind: "info", message: deps.isExecutor() ? "Waiting for the executor…" : "Approved; another device or the headless runner executes it." };
			break;
		}
		case "executing":
			model.notice = { kind: "info", message: `Executing since ${str(d.attempt_started_at) ?? "now"}…` };
			break;
		case "completed":
			model.result = {
				summary: str(d.result) ?? "Done.",
				url: str(d.result_url),
				fields: typeof d.result_fields === "object" && d.result_fields !== null ? (d.result_fields as Record<string, unknown>) : null,
				wirePreview: str(d.wire_preview),
			};
			if (d.dry_run === true) model.buttons = ["retry"];
			break;
		case "failed":
			model.notice = { kind: "error", message: `${str(d.error) ?? "Failed."}${str(d.error_category) ? ` (${String(d.error_category)})` : ""}`, suggestion: str(d.suggestion) ?? undefined };
			model.buttons = ["retry", "reject"];
			break;
		case "rejected":
			model.notice = { kind: "info", message: `Rejected${str(d.rejected_by) ? ` by ${String(d.rejected_by)}` : ""}: ${str(d.rejected_reason) ?? "no reason given"}` };
			break;
	}
	return model;
}
