// What the executor knows about earlier runs: this device's sealed ledger (authoritative here) and the vault journal
// (MAC'd lines, shared with other devices). Both answer "did this attempt already run?"; neither ever says "run it".
import type { VaultNotes, TimeSource, AuditTrail, ApprovalSigning, DeviceRecords, OwnerNotices } from "../engine-ports";
import type { RequestEnvelope } from "../requests/schema";
import { baseName, joinPath } from "../util/paths";
import { ConsumptionLedger, MemoryDeviceState } from "./consumption";
import { Journal, attemptKey, type JournalProblem } from "./journal";

export interface PriorRun {
	/** One sentence: what ran, when and where. */
	reason: string;
	/** Where the executed note is now, when it can be found. */
	note: string | null;
}

/** At most this many bad journal lines are logged one by one per load; the rest are counted in one line. */
const PROBLEMS_LOGGED = 20;

export class ExecutionRecords {
	readonly journal: Journal;
	readonly ledger: ConsumptionLedger;
	/** Bad lines already logged by this process (line number and text), so a restart of the workflow does not repeat them. */
	private readonly reported = new Set<string>();

	constructor(private readonly deps: VaultNotes & TimeSource & AuditTrail & ApprovalSigning & DeviceRecords & OwnerNotices) {
		this.journal = new Journal(deps.vault, () => deps.layout().stateFolder, deps.approvalKey);
		this.ledger = new ConsumptionLedger(deps.deviceState ?? new MemoryDeviceState(), deps.clock);
	}

	/** Logs each journal line that was skipped (forged, torn, damaged); never throws. */
	async report(problems: JournalProblem[]): Promise<void> {
		const fresh = problems.filter((p) => !this.reported.has(`${p.line}:${p.excerpt}`));
		if (fresh.length === 0) return;
		for (const p of fresh) this.reported.add(`${p.line}:${p.excerpt}`);
		for (const p of fresh.slice(0, PROBLEMS_LOGGED)) {
			await this.deps.log.append({ action_type: "journal.line_ignored", actor: this.deps.actor, target: `${this.journal.path}:${p.line}`, result: "refused", error: `Journal line ${p.line} ignored: ${p.reason}.`, details: { excerpt: p.excerpt } });
		}
		if (fresh.length > PROBLEMS_LOGGED) {
			await this.deps.log.append({ action_type: "journal.line_ignored", actor: this.deps.actor, target: this.journal.path, result: "refused", error: `${fresh.length - PROBLEMS_LOGGED} more journal lines ignored (not written by this plugin, or damaged).` });
		}
		this.deps.notifier.notify(`AI Employee ignored ${fresh.length} line${fresh.length === 1 ? "" : "s"} of its journal that it did not write or could not read (${this.journal.path}). See the log.`, "failure");
	}

	/** Loads the journal (reporting bad lines) when it was not read yet or changed on disk. */
	async loadJournal(force = false): Promise<void> {
		// Without the approval key no line can be checked (and nothing runs here): nothing to read or report.
		if (!this.deps.approvalKey()) return;
		if (force) await this.report(await this.journal.load());
		else await this.report(await this.journal.ensureLoaded());
	}

	/** Where a note that ran from `path` (in Approved) is now: Completed or Failed, under the same name. */
	async whereNow(path: string): Promise<string | null> {
		const layout = this.deps.layout();
		for (const folder of ["Completed", "Failed"] as const) {
			const candidate = joinPath(layout.folder(folder), baseName(path));
			if (await this.deps.vault.exists(candidate)) return candidate;
		}
		return (await this.deps.vault.exists(path)) ? path : null;
	}

	/**
	 * Whether this attempt already ran (or started): this device's ledger when it executes, and the journal's MAC'd
	 * lines on every device. Null means no record of it anywhere this device can trust.
	 */
	async priorRun(env: Pick<RequestEnvelope, "id" | "attempt">, opts: { local: boolean }): Promise<PriorRun | null> {
		const key = attemptKey(env.id, env.attempt);
		const label = `Request ${env.id} (attempt ${env.attempt ?? 1})`;
		if (opts.local) {
			const local = await this.ledger.check(key);
			if (local.consumed) {
				const note = local.entry ? await this.whereNow(local.entry.path) : null;
				return { reason: `${label} is a duplicate: ${local.reason}.`, note };
			}
		}
		await this.loadJournal();
		const prior = this.journal.get(key);
		if (!prior) return null;
		const note = await this.whereNow(prior.path);
		return { reason: `${label} is a duplicate: it was already ${prior.state === "started" ? "started" : "executed"} on ${prior.at} by ${prior.device} (${prior.path}).`, note };
	}
}
