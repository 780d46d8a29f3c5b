// Runs approved requests exactly once: verify the stamp, journal the attempt before the wire, record the outcome.
import type { ApprovalSigning, AuditTrail, ConnectorLookup, ExecutorRole, OwnerNotices, ServiceAccess, SettingsSource, TimeSource, VaultNotes } from "../engine-ports";
import { loadRequest } from "../approval/request-checks";
import { approvalStatus, type LoadedRequest, verifyRequest } from "../approval/verify";
import type { ParsedRequest } from "../requests/parse-request";
import type { RequestEnvelope } from "../requests/schema";
import type { Settings } from "../settings/schema";
import { verifyStamp, makeStamp } from "../approval/stamp";
import { withCard, type ApprovalService } from "../approval/approvals";
import { moveInto, patchNote } from "../requests/note-ops";
import { CategorizedError, describeIoError, messageOf, type ErrorCategory } from "../util/errors";
import { isInside } from "../util/paths";
import { createActionContext } from "./action-context";
import type { ActionResult, PolicyFacts, WireRecord } from "./connector";
import { attemptKey, type Journal, type JournalState } from "./journal";
import { ExecutionRecords, type PriorRun } from "./records";
import { extension } from "../util/paths";
import { RateCaps } from "./rate-caps";
import { sealedSwitchGate } from "../settings/gates";

export type ExecutionOutcome = "completed" | "dry_run" | "failed" | "refused" | "held" | "skipped";

const SUGGESTIONS: Record<ErrorCategory, string> = {
	transient: "The service did not answer. Check it is up, then press Retry (a fresh approval is needed).",
	auth: "The service refused our credentials. Reconnect it in the AI Employee settings, then press Retry.",
	logic: "The service refused the request as it stands. Fix the request (or the record in the service), then press Retry.",
	data: "Some data in the request does not match the service. Correct the request, then press Retry.",
	system: "Something failed on this computer. Check the message, then press Retry.",
};

export class Executor {
	readonly records: ExecutionRecords;
	private readonly caps = new RateCaps();
	private readonly running = new Set<string>();
	private capsSeeded = false;

	constructor(
		private readonly deps: VaultNotes & TimeSource & AuditTrail & SettingsSource & ApprovalSigning & ExecutorRole & ServiceAccess & OwnerNotices & ConnectorLookup,
		private readonly approvals: ApprovalService,
		/** Sees every real write as it goes on the wire (benchmarks, progress). */
		private readonly onWire?: (w: WireRecord) => void,
	) {
		this.records = new ExecutionRecords(deps);
	}

	get journal(): Journal {
		return this.records.journal;
	}

	private iso(): string {
		return new Date(this.deps.clock.now()).toISOString();
	}

	private async seedCaps(): Promise<void> {
		if (this.capsSeeded) return;
		await this.records.loadJournal();
		for (const e of this.journal.starts()) if (e.kind) this.caps.record(e.kind as never, Date.parse(e.at));
		this.capsSeeded = true;
	}

	/**
	 * After a crash: notes left `executing` in Approved go to Failed for review, never re-sent. Tolerates any journal
	 * content (bad lines are logged and skipped) and acts only on notes that carry a valid approval stamp.
	 */
	async recoverInterrupted(): Promise<number> {
		const deps = this.deps;
		// Without the approval key nothing runs here, and the journal's lines cannot be checked.
		if (!deps.approvalKey()) return 0;
		await this.records.loadJournal(true);
		await this.records.ledger.startedAt();
		await this.importJournal();
		let n = 0;
		const approved = deps.layout().folder("Approved");
		const seen = new Set<string>();
		for (const path of await deps.vault.listFiles(approved)) {
			if (extension(path) !== "md" || this.running.has(path)) continue;
			try {
				const key = await this.recoverNote(path);
				if (key) {
					seen.add(key);
					n++;
				}
			} catch (err) {
				await deps.log.append({ action_type: "request.recovery_skipped", actor: deps.actor, target: path, result: "failure", error: `Could not check this note after a restart: ${messageOf(err)}` });
			}
		}
		// Attempts the journal shows as started whose note is no longer in Approved: closed in the journal, nothing else touched.
		for (const entry of this.journal.unfinished()) {
			if (seen.has(entry.key) || this.running.has(entry.path)) continue;
			await this.journal.record({ key: entry.key, state: "interrupted", at: this.iso(), path: entry.path, device: deps.actor });
			await deps.log.append({ action_type: "request.interrupted", actor: deps.actor, target: entry.path, result: "info", approval_status: "approved", error: `The journal shows attempt ${entry.key} started on ${entry.at}, but its note is no longer in Approved; nothing was changed.`, details: { attempt: entry.key } });
		}
		return n;
	}

	/** Copies what the journal (MAC'd lines, e.g. from the previous executor) shows as run into this device's ledger. */
	private async importJournal(): Promise<void> {
		for (const e of this.journal.entries()) {
			// Also this device's own lines: its local record may have been reset (a reinstall) while the journal stayed.
			if (await this.records.ledger.has(e.key)) continue;
			await this.records.ledger.record({ key: e.key, state: e.state, at: e.at, path: e.path, device: e.device });
		}
	}

	/** One note in Approved after a restart; returns its attempt key when it was found interrupted and moved to Failed. */
	private async recoverNote(path: string): Promise<string | null> {
		const deps = this.deps;
		const checked = await loadRequest(deps, path);
		const request = checked.ok ? checked.request : checked.request;
		if (!request || request.envelope.status !== "executing") return null;
		const env = request.envelope;
		const key = deps.approvalKey();
		const stamp = key ? await verifyStamp(env, key) : { ok: false as const, reason: "This device has no approval key." };
		if (!stamp.ok) {
			// Marked executing by someone else than the executor: not an interrupted run, and never one to run.
			await this.refuseBack(path, env.correlation_id ?? null, `It was marked "executing" without a valid approval. ${stamp.reason}`);
			return null;
		}
		const attempt = attemptKey(env.id, env.attempt);
		const local = await this.records.ledger.check(attempt);
		const journal = this.journal.get(attempt);
		const state: JournalState | "released" | null = local.consumed && local.entry ? local.entry.state : (journal?.state ?? null);
		const at = local.consumed && local.entry ? local.entry.at : (journal?.at ?? null);
		const message =
			state === "done"
				? `Interrupted: the service answered (recorded ${at}), but the plugin stopped before it wrote the result here. Check the service for the record.`
				: state === null
					? "Interrupted: this note was left executing and there is no record of the attempt (the journal may have been removed). It may or may not have reached the service."
					: `Interrupted: the plugin stopped while this request was being executed (attempt started ${at}). It may or may not have reached the service.`;
		await patchNote(deps.vault, deps.yaml, path, {
			status: "failed",
			error: message,
			error_category: "system",
			suggestion: "Check the service (e.g. Odoo or the social network) for the record before pressing Retry, so nothing is done twice.",
			finished_at: this.iso(),
		}, withCard);
		const moved = await moveInto(deps.vault, path, deps.layout().folder("Failed"));
		const entry = { key: attempt, state: "interrupted" as const, at: this.iso(), path, device: deps.actor };
		// Recorded as consumed here too: the attempt may have reached the service, so it never runs again without Retry.
		await this.records.ledger.record(entry);
		await this.journal.record(entry);
		await deps.log.append({ action_type: "request.interrupted", actor: deps.actor, target: moved, result: "failure", ...approvalOf(env), error: message, details: { attempt } });
		deps.notifier.notify(`AI Employee: a request was interrupted mid-execution and needs your review (${moved}).`, "failure");
		return attempt;
	}

	/** Executes one note from Approved, if everything checks out. */
	async execute(path: string): Promise<ExecutionOutcome> {
		const deps = this.deps;
		if (!deps.isExecutor()) return "skipped";
		if (!isInside(path, deps.layout().folder("Approved"))) return "skipped";
		if (this.running.has(path)) return "skipped";
		this.running.add(path);
		try {
			return await this.executeUnlocked(path);
		} finally {
			this.running.delete(path);
		}
	}

	private async refuseBack(path: string, correlation: string | null, reason: string): Promise<ExecutionOutcome> {
		const deps = this.deps;
		await patchNote(deps.vault, deps.yaml, path, {
			status: "pending",
			refused_reason: `Not run: ${reason} Approve it again from its card if it is right.`,
			approved_by: undefined,
			approved_at: undefined,
			approval_mac: undefined,
			approval_rule: undefined,
		}, withCard);
		const moved = await moveInto(deps.vault, path, deps.layout().folder("Pending_Approval"));
		await deps.log.append({ action_type: "request.refused", actor: deps.actor, target: moved, result: "refused", approval_status: "refused", correlation_id: correlation, error: reason });
		deps.notifier.notify(`AI Employee did not run ${moved}: ${reason}`, "failure");
		return "refused";
	}

	/** Refused for a reason a fresh click cannot fix (a switch that turns the action off): Failed, with what to do. */
	private async refuseToFailed(path: string, action: string, correlation: string | null, reason: string, suggestion: string): Promise<ExecutionOutcome> {
		const deps = this.deps;
		await patchNote(deps.vault, deps.yaml, path, { status: "failed", error: `Not run: ${reason}`, error_category: "logic", suggestion, finished_at: this.iso() }, withCard);
		const moved = await moveInto(deps.vault, path, deps.layout().folder("Failed"));
		await deps.log.append({ action_type: action, actor: deps.actor, target: moved, result: "refused", approval_status: "refused", correlation_id: correlation, error: reason });
		deps.notifier.notify(`AI Employee did not run ${moved}: ${reason}`, "failure");
		return "refused";
	}

	/** Records the end of an attempt on this device and in the journal; a failure to record never hides the outcome. */
	private async finish(entry: Parameters<Journal["record"]>[0]): Promise<void> {
		try {
			await this.records.ledger.record({ key: entry.key, state: entry.state, at: entry.at, path: entry.path, device: entry.device });
		} catch (err) {
			// The "started" record already keeps the attempt from running again.
			await this.deps.log.append({ action_type: "journal.write_failed", actor: this.deps.actor, target: entry.path, result: "failure", error: `Could not record the end of attempt ${entry.key} on this device: ${messageOf(err)}` });
		}
		await this.journal.record(entry);
	}

	/** A copy of an attempt that already ran: to Failed with a pointer to the executed note; never run. */
	private async refuseDuplicate(path: string, action: string, correlation: string, approval: Approval, prior: PriorRun): Promise<ExecutionOutcome> {
		const deps = this.deps;
		const where = prior.note && prior.note !== path ? ` The executed note: [[${prior.note}]].` : "";
		const reason = `${prior.reason} This copy is not run again.${where}`;
		await patchNote(deps.vault, deps.yaml, path, { status: "failed", error: reason, error_category: "logic", suggestion: "This is a duplicate. Delete it, or press Retry to run the request again on purpose (a new attempt needs a fresh approval)." }, withCard);
		const moved = await moveInto(deps.vault, path, deps.layout().folder("Failed"));
		await deps.log.append({ action_type: action, actor: deps.actor, target: moved, result: "refused", ...approval, correlation_id: correlation, error: reason, details: { duplicate_of: prior.note } });
		deps.notifier.notify(`AI Employee did not run ${moved}: ${reason}`, "failure");
		return "refused";
	}

	/** The steps of one execution: load, verify, admit (duplicates, schedule, caps), journal, run, record. */
	private async executeUnlocked(path: string): Promise<ExecutionOutcome> {
		const key = this.deps.approvalKey();
		if (!key) return "skipped";
		// Read once: a toggle during the awaits below never turns a preview into a live run halfway (or back).
		const settings = this.deps.settings();
		const loaded = await this.load(path);
		if (!isLoaded(loaded)) return loaded;
		const verified = await this.verify(path, loaded, key, settings);
		if (!isLoaded(verified)) return verified;
		const run = await this.admit(path, verified, settings);
		if (!isRun(run)) return run;
		if (!(await this.journalStart(run))) return "failed";
		return this.runAndRecord(run);
	}

	/** Step 1: the note parses, its action and params are valid, it is approved. */
	private async load(path: string): Promise<Loaded | ExecutionOutcome> {
		const deps = this.deps;
		const checked = await loadRequest(deps, path);
		if (!checked.ok) {
			if (!checked.isRequest) return "skipped";
			// Malformed or invalid: refused with its reason, sent back for the owner.
			if (checked.request) return this.refuseBack(path, checked.request.envelope.correlation_id ?? null, checked.error);
			await deps.log.append({ action_type: "request.refused", actor: deps.actor, target: path, result: "refused", approval_status: "refused", error: checked.error });
			return "refused";
		}
		const env = checked.request.envelope;
		if (env.status !== "approved") return "skipped";
		return { ...checked, env, correlation: env.correlation_id ?? env.id };
	}

	/** Step 2: a valid approval stamp (or an accepted hand move), then the checks the approval service makes too. */
	private async verify(path: string, loaded: Loaded, key: string, settings: Settings): Promise<Loaded | ExecutionOutcome> {
		const stamped = await this.verifyStamp(path, loaded, key, settings);
		if (!isLoaded(stamped)) return stamped;
		const verified = await verifyRequest(this.deps, this.approvals.conflicts, path, stamped, this.deps.clock.now());
		if (!verified.ok) {
			if (verified.kind === "expired") {
				await this.approvals.expire(stamped.request);
				return "refused";
			}
			if (verified.kind === "conflict") return this.hold(path, stamped.request, verified.reason);
			return this.refuseBack(path, stamped.correlation, verified.reason);
		}
		// Sealed switches hold here, where the action runs, whatever the approval or the token allowed.
		const env = stamped.env;
		const gate = sealedSwitchGate({ action: env.action, facts: stamped.handler.policyFacts(stamped.params), approvedBy: env.approved_by ?? null, rule: env.approval_rule ?? null }, settings);
		if (gate) return gate.backToOwner ? this.refuseBack(path, stamped.correlation, gate.reason) : this.refuseToFailed(path, env.action, stamped.correlation, gate.reason, gate.suggestion);
		return stamped;
	}

	private async verifyStamp(path: string, loaded: Loaded, key: string, settings: Settings): Promise<Loaded | ExecutionOutcome> {
		const deps = this.deps;
		const env = loaded.env;
		const stamp = await verifyStamp(env, key);
		if (stamp.ok) return loaded;
		const handMoved = !env.approval_mac && !env.approved_by;
		if (!(handMoved && settings.policy.acceptHandMovedApprovals)) return this.refuseBack(path, loaded.correlation, stamp.reason);
		// The owner chose the plain file-move workflow: the move itself is the approval.
		const s = await makeStamp(env, key, "file-move", this.iso(), "hand-moved");
		await patchNote(deps.vault, deps.yaml, path, { ...s });
		await deps.log.append({ action_type: env.action, actor: deps.actor, target: path, approval_status: "approved", approved_by: "file-move", result: "info", correlation_id: loaded.correlation, details: { decision: "accepted hand-moved approval" } });
		return { ...loaded, env: { ...env, ...s } };
	}

	/** Waits with its reason on the card; the note is written only when the reason changes. */
	private async hold(path: string, request: ParsedRequest, reason: string): Promise<ExecutionOutcome> {
		if (request.data.held_reason !== reason) await patchNote(this.deps.vault, this.deps.yaml, path, { held_reason: reason });
		return "held";
	}

	/** Step 3: not a copy of an attempt that ran, not older than this device's record, due, and within the hourly cap. */
	private async admit(path: string, v: Loaded, settings: Settings): Promise<Run | ExecutionOutcome> {
		const deps = this.deps;
		const env = v.env;
		const dryRun = settings.dryRun;
		await this.seedCaps();
		const prior = await this.records.priorRun(env, { local: true });
		if (prior) return this.refuseDuplicate(path, env.action, v.correlation, approvalOf(env), prior);
		// An approval older than this device's record may have run on the previous executor, whose journal is gone.
		// In dry run nothing leaves the machine, so it runs as a preview (and is recorded as consumed here).
		const since = await this.records.ledger.startedAt();
		const approvedAt = Date.parse(env.approved_at ?? "");
		if (!dryRun && !Number.isNaN(approvedAt) && approvedAt < since) {
			return this.refuseBack(path, v.correlation, `It was approved on ${env.approved_at}, before this device began keeping its record of executed requests (${new Date(since).toISOString()}), so it cannot tell whether the previous executor already ran it.`);
		}
		const facts = v.handler.policyFacts(v.params);
		const now = deps.clock.now();
		if (facts.scheduledAt && Date.parse(facts.scheduledAt) > now) return this.hold(path, v.request, `Scheduled for ${facts.scheduledAt}; it runs then.`);
		const cap = dryRun ? null : this.caps.check(facts.kind, now, settings.policy);
		if (cap) {
			const held =
				cap.cap === 0
					? `Held back: ${facts.kind}s are set to at most 0 an hour, so none runs. It runs once you raise the cap in the settings.`
					: `Held back: at most ${cap.cap} ${facts.kind}s an hour. Next slot at ${new Date(cap.until).toISOString()}.`;
			if (v.request.data.held_reason !== held) await deps.log.append({ action_type: env.action, actor: deps.actor, target: path, result: "info", ...approvalOf(env), correlation_id: v.correlation, details: { held } });
			return this.hold(path, v.request, held);
		}
		return { ...v, path, dryRun, facts, now, attempt: attemptKey(env.id, env.attempt), approval: approvalOf(env) };
	}

	/** Step 4: the attempt recorded BEFORE anything leaves this machine; if that fails, nothing is sent (false). */
	private async journalStart(run: Run): Promise<boolean> {
		const deps = this.deps;
		const { path, attempt } = run;
		const desc = run.handler.describe(run.params);
		try {
			// This device's sealed record first: once it says "started", no copy of this approval runs here again.
			await this.records.ledger.record({ key: attempt, state: "started", at: this.iso(), path, device: deps.actor });
			await this.journal.record({ key: attempt, state: "started", at: this.iso(), path, device: deps.actor, kind: run.facts.kind, sent: { summary: desc.summary, lines: desc.lines, ...(desc.text !== undefined ? { text: desc.text } : {}) } });
			await patchNote(deps.vault, deps.yaml, path, { status: "executing", attempt_started_at: this.iso(), held_reason: undefined, refused_reason: undefined }, withCard);
		} catch (err) {
			// Nothing was sent: give the attempt back on this device, so it can run once the disk takes writes again.
			await this.records.ledger.record({ key: attempt, state: "released", at: this.iso(), path, device: deps.actor }).catch(() => undefined);
			const { message, suggestion } = describeIoError(err);
			deps.notifier.notify(`AI Employee could not record the attempt, so it did not run ${path}: ${message}. ${suggestion}`, "failure");
			await deps.log.append({ action_type: run.env.action, actor: deps.actor, target: path, result: "failure", ...run.approval, correlation_id: run.correlation, error: `Attempt not recorded: ${message}` });
			return false;
		}
		if (!run.dryRun) this.caps.record(run.facts.kind, run.now);
		return true;
	}

	/** Step 5: the handler runs in a context that holds this execution's dry-run decision; its outcome is recorded. */
	private async runAndRecord(run: Run): Promise<ExecutionOutcome> {
		const deps = this.deps;
		const ctx = createActionContext({ http: deps.http, clock: deps.clock, secrets: deps.secrets, dryRun: run.dryRun, correlationId: run.correlation, onWire: this.onWire });
		await deps.log.append({ action_type: run.env.action, actor: deps.actor, target: run.path, parameters: run.env.params, ...run.approval, result: "started", dry_run: run.dryRun, correlation_id: run.correlation });
		let result: ActionResult;
		try {
			result = await run.handler.execute(run.params, ctx);
		} catch (err) {
			return this.recordFailure(run, err);
		}
		return this.recordSuccess(run, result, ctx.wire);
	}

	/** Step 6a: done. The one place a result is marked as a dry run: "Dry run: " once, before the handler's words. */
	private async recordSuccess(run: Run, result: ActionResult, wire: WireRecord[]): Promise<ExecutionOutcome> {
		const deps = this.deps;
		const { dryRun, path } = run;
		const shown = dryRun ? `Dry run: ${result.summary}` : result.summary;
		const url = dryRun ? null : (result.url ?? null);
		await this.finish({ key: run.attempt, state: "done", at: this.iso(), path, device: deps.actor, kind: run.facts.kind, result: { summary: shown, url, ...(result.fields ? { fields: result.fields } : {}) } });
		await patchNote(deps.vault, deps.yaml, path, {
			status: "completed",
			dry_run: dryRun,
			result: shown,
			result_url: url ?? undefined,
			result_fields: result.fields ?? undefined,
			wire_preview: dryRun ? JSON.stringify(wire, null, 2) : undefined,
			finished_at: this.iso(),
		}, withCard);
		const moved = await moveInto(deps.vault, path, deps.layout().folder("Completed"));
		await deps.log.append({
			action_type: run.env.action,
			actor: deps.actor,
			target: moved,
			parameters: run.env.params,
			...run.approval,
			result: dryRun ? "dry_run" : "success",
			dry_run: dryRun,
			correlation_id: run.correlation,
			details: { summary: result.summary, url: result.url ?? null, ...(dryRun ? { wire } : {}) },
		});
		return dryRun ? "dry_run" : "completed";
	}

	/** Step 6b: failed, with its category and what to do, logged under the approval it really had (policy or click). */
	private async recordFailure(run: Run, err: unknown): Promise<ExecutionOutcome> {
		const deps = this.deps;
		const category: ErrorCategory = err instanceof CategorizedError ? err.category : "system";
		const suggestion = err instanceof CategorizedError ? err.suggestion : SUGGESTIONS.system;
		const message = messageOf(err);
		await this.finish({ key: run.attempt, state: "failed", at: this.iso(), path: run.path, device: deps.actor, kind: run.facts.kind });
		await patchNote(deps.vault, deps.yaml, run.path, { status: "failed", error: message, error_category: category, suggestion: suggestion || SUGGESTIONS[category], finished_at: this.iso(), dry_run: run.dryRun }, withCard);
		const moved = await moveInto(deps.vault, run.path, deps.layout().folder("Failed"));
		await deps.log.append({ action_type: run.env.action, actor: deps.actor, target: moved, parameters: run.env.params, ...run.approval, result: "failure", dry_run: run.dryRun, correlation_id: run.correlation, error: message, details: { category } });
		deps.notifier.notify(`AI Employee: ${run.handler.describe(run.params).summary} failed (${category}): ${message}`, category === "auth" ? "auth" : "failure");
		return "failed";
	}
}

/** A request as loaded for execution: parsed, with its handler and valid params. */
interface Loaded extends LoadedRequest {
	env: RequestEnvelope;
	correlation: string;
}

/** One execution's fixed facts, decided once: the verified request, dry run or not, the attempt and its approval. */
interface Run extends Loaded {
	path: string;
	dryRun: boolean;
	facts: PolicyFacts;
	now: number;
	attempt: string;
	approval: Approval;
}

type Approval = { approval_status: "auto" | "approved"; approved_by: string | null };

function approvalOf(env: RequestEnvelope): Approval {
	return { approval_status: approvalStatus(env.approved_by), approved_by: env.approved_by ?? null };
}

function isLoaded(x: Loaded | ExecutionOutcome): x is Loaded {
	return typeof x !== "string";
}

function isRun(x: Run | ExecutionOutcome): x is Run {
	return typeof x !== "string";
}
