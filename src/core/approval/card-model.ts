// What the approval card shows, computed from the note alone (pure of any UI): the Obsidian view only draws it.
import type { DescriptionLine } from "../executor/connector";
import type { RequestStatus } from "../requests/schema";
import type { VaultNotes, TimeSource, SettingsSource, ApprovalSigning, ExecutorRole, SecretMask, ConnectorLookup } from "../engine-ports";
import type { ApprovalService } from "./approvals";

/** What drawing a card reads: the note, the clock, settings, the approval key, the executor role, secrets to hide and the handlers. */
type CardDeps = VaultNotes & TimeSource & SettingsSource & ApprovalSigning & ExecutorRole & SecretMask & ConnectorLookup;
import { loadRequest } from "./request-checks";
import { checkProvenance, describeProvenance, verifyStamp } from "./stamp";
import { guardContext, guardRequest } from "../guard/guard";
import { scanTexts } from "../guard/scan";
import type { GuardKind, SecretValue } from "../guard/types";
import { concealText, describeConcealed } from "../guard/conceal";
import { REVEALED_CONTROL, revealControls } from "../guard/normalize";
import { amountMismatch } from "./body-amounts";
import { formatMoney } from "../briefing/money";
import { attemptKey } from "../executor/journal";
import { cardTitle } from "./card-title";
import { humanizeTimes } from "../util/when";
import { lineSources, type LineSource } from "./card-sources";

export type CardButton = "approve" | "reject" | "retry";

export interface CardModel {
	state: RequestStatus | "invalid";
	title: string;
	summary: string;
	lines: DescriptionLine[];
	/** The email sentence each invoice line was read from, by line label ("Line 2"), quoted beside that line. */
	sources: LineSource[];
	text: { content: string; characters: number } | null;
	/** Why a click is needed, or which rule let it run. */
	policy: string | null;
	provenance: string | null;
	untrusted: boolean;
	/** Shows the "Dry run" badge: the setting while the request waits or runs; for a result, whether it was a dry run. */
	dryRun: boolean;
	/** Approving sends this for real: the state that needs care (dry run is off and the request can still run). */
	live: boolean;
	notice: { kind: "error" | "warning" | "info"; message: string; suggestion?: string } | null;
	result: { summary: string; url: string | null; fields: Record<string, unknown> | null; wirePreview: string | null } | null;
	buttons: CardButton[];
	/** What the sensitive-content guard found; `highlights` are offsets into `text.content`. */
	guard: CardGuard | null;
	/** What the owner should know before trusting the note's own words, e.g. its body names another amount. */
	warnings: string[];
}

export interface CardGuard {
	blocked: boolean;
	/** Each finding: its kind, why, where ("the link") and a shortened excerpt (for a secret only its length). */
	hits: { kind: GuardKind; reason: string; field: string; excerpt: string }[];
	highlights: { start: number; end: number; kind: GuardKind; reason: string }[];
}

/** The host this request will call with the owner's credentials, named so an address the owner never chose stands out. */
function calls(host: string | null | undefined): DescriptionLine[] {
	return host ? [{ label: "Calls", value: host }] : [];
}

/** A result in words: the badge says "Dry run" once, so a preview's result need not say it again. */
function resultWords(result: string | null, dryRun: boolean): string {
	if (dryRun) return result?.replace(/^dry run:\s*/i, "") ?? "Previewed.";
	return result ?? "Done.";
}

function str(v: unknown): string | null {
	return typeof v === "string" && v !== "" ? v : null;
}

/** A text as the card may show it: secrets replaced by their kind, bidi and zero-width characters written out. */
function visible(s: string, secrets: readonly SecretValue[]): string {
	return revealControls(concealText(s, secrets));
}

const HIDDEN_SECRET = /\[hidden: [^\]\n]+\]/g;

/** Where the preview marks: hidden secrets, revealed controls, then the other findings the rules see in what is shown. */
async function previewMarks(deps: VaultNotes & TimeSource & SettingsSource & ApprovalSigning & ExecutorRole & SecretMask & ConnectorLookup, content: string, params: unknown): Promise<CardGuard["highlights"]> {
	const marks: CardGuard["highlights"] = [];
	for (const m of content.matchAll(HIDDEN_SECRET)) marks.push({ start: m.index, end: m.index + m[0].length, kind: "secret", reason: "a secret, hidden here" });
	for (const m of content.matchAll(REVEALED_CONTROL)) marks.push({ start: m.index, end: m.index + m[0].length, kind: "control", reason: "an invisible character, shown here" });
	const from = (params as { from?: unknown } | null)?.from;
	const ctx = await guardContext(deps, typeof from === "string" ? [from] : []);
	for (const h of scanTexts([content], { ...ctx, secretValues: [] }).hits) {
		if (h.kind === "secret" || h.kind === "control" || marks.some((m) => h.start < m.end && m.start < h.end)) continue;
		marks.push({ start: h.start, end: h.end, kind: h.kind, reason: h.reason });
	}
	return marks.sort((a, b) => a.start - b.start);
}

type Loaded = Extract<Awaited<ReturnType<typeof loadRequest>>, { ok: true }>;
type Show = (v: string) => string;

const EMPTY: CardModel = { state: "invalid", title: "Approval request", summary: "", lines: [], sources: [], text: null, policy: null, provenance: null, untrusted: false, dryRun: false, live: false, notice: null, result: null, buttons: [], guard: null, warnings: [] };

/** A note that cannot run as written: what is wrong and how to fix it; only Reject while it could still be pending. */
function invalidCard(checked: Exclude<Awaited<ReturnType<typeof loadRequest>>, { ok: true }>, show: Show): CardModel {
	const status = checked.request?.envelope.status;
	return {
		...EMPTY,
		summary: "This request cannot be run as written.",
		notice: { kind: "error", message: show(checked.error), suggestion: "Fix the note's frontmatter (see the request format in the plugin's README); the card updates when you save." },
		buttons: status === "pending" || status === undefined ? ["reject"] : [],
		state: "invalid",
	};
}

/** What the request does, in the handler's words (from concealed params), who wrote it, and each line's source. */
async function describedCard(deps: CardDeps, loaded: Loaded, secrets: readonly SecretValue[], show: Show): Promise<CardModel> {
	const { request, handler, params } = loaded;
	const env = request.envelope;
	// Described from concealed params, so neither the summary nor the preview can show any part of a secret.
	const desc = describeConcealed(handler, params, secrets);
	const sentText = handler.describe(params).text;
	const key = deps.approvalKey();
	const provenance = key ? await checkProvenance(env, key) : null;
	const sourced = lineSources(env.action, params, request.data);
	return {
		...EMPTY,
		state: env.status,
		title: show(cardTitle(env.action, params, handler.policyFacts(params), desc, env.attempt)),
		summary: revealControls(desc.summary),
		lines: [...desc.lines.map((l) => ({ label: l.label, value: revealControls(l.value) })), ...calls(handler.host?.(params)), ...(env.expires ? [{ label: "Expires", value: show(env.expires) }] : [])],
		sources: sourced.sources.map((x) => ({ label: x.label, sentence: show(x.sentence) })),
		text: desc.text !== undefined ? { content: revealControls(desc.text), characters: [...(sentText ?? desc.text)].length } : null,
		provenance: provenance ? show(describeProvenance(provenance)) : "Unknown: this device has no approval key yet",
		untrusted: provenance ? !provenance.trusted || provenance.untrustedInput : true,
		warnings: sourced.warnings,
	};
}

/** The money the request moves, as the executor will send it, on a line of its own (unless a line already says it). */
function addMoney(model: CardModel, loaded: Loaded): void {
	const { request, handler, params } = loaded;
	const facts = handler.policyFacts(params);
	if (facts.amountMinor !== undefined && facts.currency) {
		const amount = formatMoney(facts.amountMinor, facts.currency);
		if (!model.lines.some((l) => l.value.includes(amount))) model.lines.unshift({ label: facts.kind === "invoice" ? "Total before tax" : "Amount", value: amount });
	}
	const mismatch = amountMismatch(request.body, facts, params);
	if (mismatch) model.warnings.push(mismatch);
}

export async function buildCard(deps: CardDeps, approvals: ApprovalService, path: string): Promise<CardModel> {
	const dryRun = deps.settings().dryRun;
	const secrets = deps.secretValues?.() ?? [];
	const show = (v: string) => visible(v, secrets);
	const checked = await loadRequest(deps, path);
	if (!checked.ok) return invalidCard(checked, show);
	const model = await describedCard(deps, checked, secrets, show);
	const guard = await guardRequest(deps, checked.handler, checked.params);
	if (guard.hits.length > 0) {
		model.guard = {
			blocked: guard.blocked,
			hits: guard.hits.map((h) => ({ kind: h.kind, reason: h.reason, field: h.field, excerpt: h.kind === "secret" ? h.excerpt : show(h.excerpt) })),
			highlights: model.text ? await previewMarks(deps, model.text.content, checked.params) : [],
		};
	}
	addMoney(model, checked);
	await byStatus(deps, approvals, checked, model, guard.blocked, show);
	// What is on the card is what happened, or what approving will do now.
	const d = checked.request.data;
	const waiting = model.state === "pending" || model.state === "approved" || model.state === "executing";
	model.dryRun = waiting ? dryRun : (model.state === "completed" || model.state === "failed") && d.dry_run === true;
	model.live = waiting && !dryRun;
	return humanize(model, deps.timeZone(), deps.clock.now());
}

/** Waiting for a click: why it asks (or which rule approves it), and a secret blocks the Approve button. */
async function pendingPart(approvals: ApprovalService, loaded: Loaded, model: CardModel, blocked: boolean, show: Show): Promise<void> {
	const decision = await approvals.decision(loaded.request, loaded.handler, loaded.params);
	model.policy = show(decision.mode === "ask" ? `Needs your approval: ${decision.reasons.join("; ")}.` : `The policy will approve this on its own (${decision.evidence}).`);
	// A secret blocks outright: no Approve button until the text is edited.
	model.buttons = blocked ? ["reject"] : ["approve", "reject"];
	const refused = str(loaded.request.data.refused_reason);
	if (blocked) model.notice = { kind: "error", message: "Blocked: this request contains a secret and cannot be approved.", suggestion: "Edit the note to remove it; the card updates when you save." };
	else if (refused) model.notice = { kind: "warning", message: show(refused) };
}

/** Approved: by whom, and whether the stamp holds on this device. */
async function approvedPart(deps: CardDeps, loaded: Loaded, model: CardModel, show: Show): Promise<void> {
	const env = loaded.request.envelope;
	model.policy = show(`Approved by ${env.approved_by ?? "?"} on ${env.approved_at ?? "?"}${env.approval_rule && env.approval_rule !== "owner-click" ? ` (rule: ${env.approval_rule})` : ""}.`);
	const key = deps.approvalKey();
	const check = key ? await verifyStamp(env, key) : { ok: false as const, reason: "This device has no approval key." };
	const held = str(loaded.request.data.held_reason);
	if (!check.ok) {
		model.notice = { kind: "warning", message: `Will not run: ${check.reason}`, suggestion: "Approve it again if it is right." };
		model.buttons = ["approve", "reject"];
	} else if (held) model.notice = { kind: "info", message: show(held) };
	else model.notice = { kind: "info", message: deps.isExecutor() ? "Waiting for the executor…" : "Approved; another device or the headless runner executes it." };
}

/** Completed: the result, and what was sent as the journal recorded it. */
async function completedPart(approvals: ApprovalService, loaded: Loaded, model: CardModel, show: Show): Promise<void> {
	const { envelope: env, data: d } = loaded.request;
	model.result = {
		summary: show(resultWords(str(d.result), d.dry_run === true)),
		url: str(d.result_url),
		fields: typeof d.result_fields === "object" && d.result_fields !== null ? Object.fromEntries(Object.entries(d.result_fields).map(([k, v]) => [show(k), show(String(v))])) : null,
		wirePreview: str(d.wire_preview) !== null ? show(String(d.wire_preview)) : null,
	};
	await showWhatWasSent(model, approvals, attemptKey(env.id, env.attempt));
	if (d.dry_run === true) model.buttons = ["retry"];
}

async function byStatus(deps: CardDeps, approvals: ApprovalService, loaded: Loaded, model: CardModel, blocked: boolean, show: Show): Promise<void> {
	const d = loaded.request.data;
	switch (loaded.request.envelope.status) {
		case "pending":
			return pendingPart(approvals, loaded, model, blocked, show);
		case "approved":
			return approvedPart(deps, loaded, model, show);
		case "executing":
			model.notice = { kind: "info", message: show(`Executing since ${str(d.attempt_started_at) ?? "now"}…`) };
			return;
		case "completed":
			return completedPart(approvals, loaded, model, show);
		case "failed":
			model.notice = { kind: "error", message: show(`${str(d.error) ?? "Failed."}${str(d.error_category) ? ` (${String(d.error_category)})` : ""}`), suggestion: str(d.suggestion) !== null ? show(String(d.suggestion)) : undefined };
			model.buttons = ["retry", "reject"];
			return;
		case "rejected":
			model.notice = { kind: "info", message: show(`Rejected${str(d.rejected_by) ? ` by ${String(d.rejected_by)}` : ""}: ${str(d.rejected_reason) ?? "no reason given"}`) };
			return;
	}
}

/** Every instant on the card in the owner's zone and words, never a raw ISO string. */
function humanize(model: CardModel, timeZone: string, now: number): CardModel {
	const h = (s: string) => humanizeTimes(s, timeZone, now);
	return {
		...model,
		summary: h(model.summary),
		lines: model.lines.map((l) => ({ label: l.label, value: h(l.value) })),
		policy: model.policy === null ? null : h(model.policy),
		notice: model.notice === null ? null : { ...model.notice, message: h(model.notice.message), ...(model.notice.suggestion ? { suggestion: h(model.notice.suggestion) } : {}) },
		result: model.result === null ? null : { ...model.result, summary: h(model.result.summary) },
	};
}

/**
 * A completed card shows what was sent, from the journal line written before the wire (MAC'd, so the vault cannot
 * forge it), never what the note says now: an edit after the run changes nothing shown and is pointed out.
 */
async function showWhatWasSent(model: CardModel, approvals: ApprovalService, key: string): Promise<void> {
	const journal = approvals.records?.journal;
	if (!journal) return;
	await journal.refresh();
	const ran = journal.sentRecord(key);
	if (!ran) {
		model.notice = { kind: "warning", message: "No record of what was sent was found in the journal: this card shows the note as it is now, which may have been edited since it ran." };
		return;
	}
	const edited = ran.sent.summary !== model.summary || (ran.sent.text ?? null) !== (model.text?.content ?? null) || JSON.stringify(ran.sent.lines) !== JSON.stringify(model.lines.filter((l) => l.label !== "Expires" && l.label !== "Calls"));
	// The title is drawn from the note's params; once they were edited, only the recorded summary can name what ran.
	if (edited) model.title = ran.sent.summary;
	model.summary = ran.sent.summary;
	// What the handler described is what was recorded; the host line is the card's own.
	model.lines = [...ran.sent.lines, ...model.lines.filter((l) => l.label === "Calls")];
	model.text = ran.sent.text !== undefined ? { content: ran.sent.text, characters: [...ran.sent.text].length } : null;
	// The guard looked at the note's text now; what ran had passed it before the wire.
	model.guard = null;
	if (ran.result && model.result) model.result = { ...model.result, summary: resultWords(ran.result.summary, /^dry run:/i.test(ran.result.summary)), url: ran.result.url, fields: ran.result.fields ?? null };
	if (edited) model.notice = { kind: "warning", message: `This note was edited after it ran. The card shows what was sent on ${ran.at}, as recorded in the journal.` };
}
