// The owner's decisions and the policy's: approve (stamp + move), reject, auto-approve, expire, retry.
import { messageOf } from "../util/errors";
import { OUTCOME_FIELDS } from "../requests/schema";
import { moveInto, patchNote } from "../requests/note-ops";
import type { EngineParts } from "../engine-ports";
import { isExpired, loadRequest } from "./request-checks";
import { checkProvenance, describeProvenance, makeOriginMac, makeStamp } from "./stamp";
import { decide, type PolicyDecision } from "./policy";
import type { ParsedRequest } from "../requests/parse-request";
import type { ActionHandler } from "../executor/connector";
import { FloodGuard, floodGroup, writeFloodCard } from "./flood";
import { createActionContext } from "../executor/action-context";
import { canonicalJson } from "../requests/canonical";
import { guardRequest } from "../guard/guard";
import { expiredReason, verifyRequest } from "./verify";
import { concealText, describeConcealed } from "../guard/conceal";
import { ConflictService } from "../conflicts/service";
import { invoiceKeys } from "../conflicts/invoice-state";
import type { ExecutionRecords } from "../executor/records";
import type { RequestEnvelope } from "../requests/schema";

export type Outcome = { ok: true; message: string; path: string } | { ok: false; message: string };

export const CARD_FENCE = "ai-employee-approval";

/** Body with the approval card block at the top, unless it already has one. */
export function withCard(body: string): string {
	if (body.includes("```" + CARD_FENCE)) return body;
	return "```" + CARD_FENCE + "\n```\n\n" + body.replace(/^\n+/, "");
}

function clearedOutcome(): Record<string, undefined> {
	const out: Record<string, undefined> = { approved_by: undefined, approved_at: undefined, approval_mac: undefined, approval_rule: undefined };
	for (const f of OUTCOME_FIELDS) out[f] = undefined;
	return out;
}

export class ApprovalService {
	/** Request ids with a decision under way: a double click or an event racing a click does nothing twice. */
	private readonly busy = new Set<string>();
	/** Ids already announced as waiting, so a note's edits do not repeat the notice. */
	private readonly announced = new Set<string>();
	private readonly flood = new FloodGuard();
	/** Counterparty look-ups by request payload, so a card re-render does not ask the service again. */
	private readonly counterparty = new Map<string, boolean | null>();
	/** Last refusal logged per path, so repeated vault events do not flood the log. */
	private readonly lastRefusal = new Map<string, string>();

	/** Open conflicts stop a request: it is neither approved nor executed until the owner decides. */
	readonly conflicts: ConflictService;

	/** Set by the workflow: what is known of earlier runs (this device's ledger, the journal). */
	records: ExecutionRecords | null = null;

	constructor(
		private readonly deps: EngineParts,
		/** Runs the approved request (the executor); awaited so a click's promise ends with the outcome. */
		private readonly onApproved: (path: string) => Promise<void>,
	) {
		this.conflicts = new ConflictService(deps);
	}

	private get now(): number {
		return this.deps.clock.now();
	}

	private iso(): string {
		return new Date(this.now).toISOString();
	}

	/** The policy's verdict for a valid request (also shown on the card). */
	async decision(request: ParsedRequest, handler: ActionHandler<unknown>, params: unknown): Promise<PolicyDecision> {
		const key = this.deps.approvalKey();
		const provenance = key ? await checkProvenance(request.envelope, key) : { trusted: false as const, origin: null, claimed: request.envelope.requested_by, untrustedInput: true };
		const facts = handler.policyFacts(params);
		const newCounterparty = await this.lookupCounterparty(request, handler, params);
		const recurringHistory = facts.kind === "payment" && facts.recurring ? await this.lookupRecurring(request, handler, params) : null;
		const settings = this.deps.settings();
		const guard = await guardRequest(this.deps, handler, params);
		return decide({ facts, provenance, newCounterparty, recurringHistory, sensitive: guard.summary, now: this.now }, { ...settings.policy, autoApproveKnownContacts: settings.gmail.autoApproveKnownContacts });
	}

	/** Earlier bills of the payee (reads only), cached like the counterparty look-up; none when it cannot tell. */
	private readonly recurring = new Map<string, { label: string; amountMinor: number }[]>();

	private async lookupRecurring(request: ParsedRequest, handler: ActionHandler<unknown>, params: unknown): Promise<{ label: string; amountMinor: number }[]> {
		if (!handler.recurringHistory) return [];
		const key = canonicalJson({ action: request.envelope.action, params: request.envelope.params });
		const cached = this.recurring.get(key);
		if (cached) return cached;
		const ctx = createActionContext({ http: this.deps.http, clock: this.deps.clock, secrets: this.deps.secrets, dryRun: true, correlationId: request.envelope.id });
		let answer: { label: string; amountMinor: number }[];
		try {
			answer = await handler.recurringHistory(params, { ...ctx, write: () => Promise.reject(new Error("A recurring-bill look-up may only read.")) });
		} catch {
			answer = [];
		}
		this.recurring.set(key, answer);
		return answer;
	}

	/** Asks the connector (reads only) whether the counterparty is new; unknown (null) when it cannot tell. */
	private async lookupCounterparty(request: ParsedRequest, handler: ActionHandler<unknown>, params: unknown): Promise<boolean | null> {
		if (!handler.isNewCounterparty) return null;
		const key = canonicalJson({ action: request.envelope.action, params: request.envelope.params });
		if (this.counterparty.has(key)) return this.counterparty.get(key) ?? null;
		const ctx = createActionContext({ http: this.deps.http, clock: this.deps.clock, secrets: this.deps.secrets, dryRun: true, correlationId: request.envelope.id });
		let answer: boolean | null;
		try {
			answer = await handler.isNewCounterparty(params, {
				...ctx,
				write: () => Promise.reject(new Error("A counterparty look-up may only read.")),
			});
		} catch {
			answer = null;
		}
		this.counterparty.set(key, answer);
		return answer;
	}

	private async refuse(path: string, correlation: string | null, message: string, target = path): Promise<Outcome> {
		if (this.lastRefusal.get(path) !== message) {
			this.lastRefusal.set(path, message);
			await this.deps.log.append({ action_type: "request.refused", actor: this.deps.actor, target, result: "refused", approval_status: "refused", correlation_id: correlation, error: message });
		}
		return { ok: false, message };
	}

	/** The owner's click on Approve. */
	async approve(path: string): Promise<Outcome> {
		return this.stampAndMove(path, this.deps.owner, "owner-click");
	}

	private async stampAndMove(path: string, by: string, rule: string, decisionNote?: string): Promise<Outcome> {
		const checked = await loadRequest(this.deps, path);
		if (!checked.ok) return this.refuse(path, checked.request?.envelope.correlation_id ?? null, checked.error);
		const { request } = checked;
		const env = request.envelope;
		if (env.status !== "pending") return { ok: false, message: `This request is already ${env.status}.` };
		if (this.busy.has(env.id)) return { ok: false, message: "This request is already being approved." };
		const key = this.deps.approvalKey();
		if (!key) return this.refuse(path, env.correlation_id ?? null, "No approval key on this device: open the AI Employee settings on the device you approve from.");
		// The same checks the executor makes before it runs the request (verify.ts).
		const verified = await verifyRequest(this.deps, this.conflicts, path, checked, this.now);
		if (!verified.ok) return verified.kind === "expired" ? this.expire(request) : this.refuse(path, env.correlation_id ?? null, verified.reason);
		const duplicate = await this.duplicateOf(path, env, request.data.refused_reason);
		if (duplicate) return duplicate;
		this.busy.add(env.id);
		try {
			// This device's record of what it ran begins no later than its own stamp: a first click on a new executor
			// must not look older than the record and be sent back.
			if (this.deps.isExecutor()) await this.records?.ledger.startedAt();
			const stamp = await makeStamp(env, key, by, this.iso(), rule);
			await patchNote(this.deps.vault, this.deps.yaml, path, { ...clearedOutcome(), status: "approved", ...stamp }, withCard);
			const moved = await moveInto(this.deps.vault, path, this.deps.layout().folder("Approved"));
			await this.deps.log.append({
				action_type: env.action,
				actor: by,
				target: moved,
				parameters: env.params,
				approval_status: rule === "owner-click" ? "approved" : "auto",
				approved_by: by,
				result: "info",
				correlation_id: env.correlation_id ?? env.id,
				details: { decision: rule === "owner-click" ? "approved" : "auto-approved", rule, ...(decisionNote ? { evidence: decisionNote } : {}) },
			});
			this.lastRefusal.delete(path);
			this.busy.delete(env.id);
			await this.onApproved(moved);
			return { ok: true, message: rule === "owner-click" ? "Approved." : `Auto-approved (${rule}).`, path: moved };
		} catch (err) {
			return this.refuse(path, env.correlation_id ?? null, `Could not record the approval: ${messageOf(err)}`);
		} finally {
			this.busy.delete(env.id);
		}
	}

	/**
	 * A request whose attempt already ran (this device's ledger when it executes, the journal's MAC'd lines on every
	 * device) is not approved: the card and the answer say at once that it is a duplicate, and where the executed one is.
	 */
	private async duplicateOf(path: string, env: RequestEnvelope, shown: unknown): Promise<Outcome | null> {
		const prior = await this.records?.priorRun(env, { local: this.deps.isExecutor() });
		if (!prior) return null;
		const where = prior.note && prior.note !== path ? ` The executed one: [[${prior.note}]].` : "";
		const message = `${prior.reason} It is not approved.${where} Delete this copy, or write a new request to do it again.`;
		if (shown !== message) {
			// On the card at once, so "Approved" is never shown for it.
			await patchNote(this.deps.vault, this.deps.yaml, path, { refused_reason: message }, withCard);
		}
		return this.refuse(path, env.correlation_id ?? null, message);
	}

	/** The owner's click on Reject, with an optional reason. */
	async reject(path: string, reason: string): Promise<Outcome> {
		const checked = await loadRequest(this.deps, path);
		const request = checked.ok ? checked.request : checked.request;
		if (!request) return { ok: false, message: checked.ok ? "" : checked.error };
		const env = request.envelope;
		if (env.status !== "pending" && env.status !== "approved" && env.status !== "failed") return { ok: false, message: `This request is already ${env.status}.` };
		await patchNote(this.deps.vault, this.deps.yaml, path, {
			status: "rejected",
			rejected_by: this.deps.owner,
			rejected_at: this.iso(),
			rejected_reason: reason.trim() || "Rejected by the owner.",
		}, withCard);
		const moved = await moveInto(this.deps.vault, path, this.deps.layout().folder("Rejected"));
		await this.deps.log.append({
			action_type: env.action,
			actor: this.deps.owner,
			target: moved,
			parameters: env.params,
			approval_status: "rejected",
			result: "refused",
			correlation_id: env.correlation_id ?? env.id,
			details: { decision: "rejected", reason: reason.trim() || null },
		});
		return { ok: true, message: "Rejected.", path: moved };
	}

	async expire(request: ParsedRequest): Promise<Outcome> {
		const env = request.envelope;
		const reason = expiredReason(env);
		await patchNote(this.deps.vault, this.deps.yaml, request.path, { status: "rejected", rejected_by: "policy", rejected_at: this.iso(), rejected_reason: reason }, withCard);
		const moved = await moveInto(this.deps.vault, request.path, this.deps.layout().folder("Rejected"));
		await this.deps.log.append({ action_type: env.action, actor: this.deps.actor, target: moved, approval_status: "refused", result: "refused", correlation_id: env.correlation_id ?? env.id, error: reason, details: { decision: "expired" } });
		return { ok: false, message: reason };
	}

	/**
	 * An origin mark lets the policy approve once: not for an attempt that already ran (the duplicate is reported by
	 * stampAndMove's check when the owner clicks), and not for a request written before this executor began its record
	 * (it may have run on the previous one).
	 */
	private async originStillHonoured(env: RequestEnvelope): Promise<boolean> {
		if (!this.records) return false;
		if (await this.records.priorRun(env, { local: true })) return false;
		// In dry run an auto-approval only leads to a preview; live, a request written before may have run elsewhere.
		if (this.deps.settings().dryRun) return true;
		const since = await this.records.ledger.startedAt();
		const created = Date.parse(env.created);
		return !Number.isNaN(created) && created >= since;
	}

	/** A request seen in Pending_Approval: expire it, auto-approve it, or make sure it shows a card and the owner knows. */
	async evaluate(path: string): Promise<void> {
		const checked = await loadRequest(this.deps, path);
		if (!checked.ok) {
			if (checked.isRequest) await this.refuse(path, checked.request?.envelope.correlation_id ?? null, checked.error);
			return;
		}
		const { request, handler, params } = checked;
		if (request.envelope.status !== "pending") return;
		if (isExpired(request, this.now)) {
			if (this.deps.isExecutor()) await this.expire(request);
			return;
		}
		// A copy of an attempt that already ran says so on its card at once, before anyone clicks.
		if (await this.duplicateOf(path, request.envelope, request.data.refused_reason)) return;
		const decision = await this.decision(request, handler, params);
		if (decision.mode === "auto" && this.deps.isExecutor() && (await this.originStillHonoured(request.envelope)) && !(await this.conflicts.gate(path, request.envelope.id, invoiceKeys(request.envelope.params)))) {
			await this.stampAndMove(path, "policy", decision.rule, decision.evidence);
			return;
		}
		if (!request.body.includes("```" + CARD_FENCE)) {
			await this.deps.vault.process(path, (text) => {
				const i = text.indexOf("\n---", 3);
				if (i < 0) return text;
				const end = text.indexOf("\n", i + 4);
				const head = end < 0 ? text + "\n" : text.slice(0, end + 1);
				const body = end < 0 ? "" : text.slice(end + 1);
				return head + withCard(body);
			});
		}
		if (!this.announced.has(request.envelope.id)) {
			this.announced.add(request.envelope.id);
			const policy = this.deps.settings().policy;
			const key = this.deps.approvalKey();
			const provenance = key ? await checkProvenance(request.envelope, key) : null;
			// Grouped by what the plugin can verify (its own origin mark), never by the name a note gives itself.
			const writer = floodGroup(provenance);
			const flood = this.flood.record(writer, path, this.now, policy.floodThreshold, policy.floodWindowMinutes * 60_000);
			if (flood) {
				const kind = handler.policyFacts(params).kind;
				const card = await writeFloodCard(this.deps.vault, this.deps.yaml, this.deps.layout().folder("Needs_Action"), flood, this.now, kind === "other" ? "requests" : `${kind} requests`);
				// One notice when the flood starts; later requests only update the grouped card.
				if (flood.count === policy.floodThreshold + 1) {
					this.deps.notifier.notify(`AI Employee: ${flood.count} new requests from ${writer} in a short time. Review them together: ${card}`, "approval");
					await this.deps.log.append({ action_type: "request.flood", actor: this.deps.actor, target: card, result: "info", details: { writer, count: flood.count } });
				}
				return;
			}
			const who = provenance ? describeProvenance(provenance) : "";
			// Described from concealed params: a notice never shows any part of a secret, only its kind.
			const secrets = this.deps.secretValues?.() ?? [];
			this.deps.notifier.notify(concealText(`Approval needed: ${describeConcealed(handler, params, secrets).summary}. ${who}.`, secrets), "approval");
		}
	}

	/** Retry from Failed: back to Pending_Approval as a new attempt that needs a fresh approval. */
	async retry(path: string): Promise<Outcome> {
		const checked = await loadRequest(this.deps, path);
		const request = checked.ok ? checked.request : checked.request;
		if (!request) return { ok: false, message: checked.ok ? "" : checked.error };
		const env = request.envelope;
		if (env.status !== "failed" && env.status !== "completed") return { ok: false, message: `Only failed requests (or dry-run results) can be retried; this one is ${env.status}.` };
		if (env.status === "completed" && request.data.dry_run !== true) return { ok: false, message: "This request was already executed for real; write a new request instead." };
		const attempt = (env.attempt ?? 1) + 1;
		// The owner's Retry is the plugin writing the next attempt: a request the plugin wrote keeps its provenance.
		const key = this.deps.approvalKey();
		const provenance = key ? await checkProvenance(env, key) : null;
		const origin_mac = key && provenance?.trusted ? await makeOriginMac({ ...env, attempt }, key, provenance.origin) : undefined;
		await patchNote(this.deps.vault, this.deps.yaml, path, { ...clearedOutcome(), status: "pending", attempt, origin_mac }, withCard);
		const moved = await moveInto(this.deps.vault, path, this.deps.layout().folder("Pending_Approval"));
		this.announced.delete(env.id);
		await this.deps.log.append({ action_type: env.action, actor: this.deps.owner, target: moved, approval_status: "pending", result: "info", correlation_id: env.correlation_id ?? env.id, details: { decision: "retry", attempt } });
		return { ok: true, message: `Back in Pending_Approval as attempt ${attempt}: approve it again to run it.`, path: moved };
	}
}
