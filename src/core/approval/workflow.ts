// The request workflow as a supervised service: reacts to vault events, sweeps at start and on an interval.
import type { Clock, TimerHandle, VaultEvent } from "../ports";
import type { Service } from "../watchers/supervisor";
import { extension, isInside } from "../util/paths";
import type { EngineParts } from "../engine-ports";
import { ApprovalService } from "./approvals";
import { Executor } from "../executor/executor";
import type { WireRecord } from "../executor/connector";
import { messageOf } from "../util/errors";

const DEBOUNCE_MS = 250;

export class RequestWorkflow implements Service {
	readonly name = "Request workflow";
	readonly approvals: ApprovalService;
	readonly executor: Executor;
	private clock: Clock | null = null;
	private unwatch: (() => void) | null = null;
	private sweepTimer: TimerHandle | null = null;
	private readonly pending = new Map<string, TimerHandle>();
	private sweeping: Promise<void> | null = null;

	constructor(
		private readonly deps: EngineParts,
		onWire?: (w: WireRecord) => void,
	) {
		this.approvals = new ApprovalService(deps, (path) => this.kick(path));
		this.executor = new Executor(deps, this.approvals, onWire);
		this.approvals.records = this.executor.records;
	}

	async start(clock: Clock): Promise<void> {
		this.clock = clock;
		try {
			this.unwatch = this.deps.vault.watch((e) => this.onEvent(e));
			if (this.deps.isExecutor()) await this.executor.recoverInterrupted();
			await this.sweep();
			this.sweepTimer = clock.setInterval(() => void this.sweep(), this.deps.settings().executorSweepSeconds * 1000);
		} catch (err) {
			// Nothing half-started stays behind: the supervisor starts the whole workflow again later.
			this.stop();
			throw err;
		}
	}

	stop(): void {
		this.unwatch?.();
		this.unwatch = null;
		if (this.clock) {
			if (this.sweepTimer) this.clock.clearInterval(this.sweepTimer);
			for (const t of this.pending.values()) this.clock.clearTimeout(t);
		}
		this.pending.clear();
		this.sweepTimer = null;
	}

	async runOnce(): Promise<void> {
		if (this.deps.isExecutor()) await this.executor.recoverInterrupted();
		await this.sweep();
	}

	/**
	 * The hot path: called for every change anywhere in the vault. Notes outside the two request folders
	 * cost a couple of string comparisons and nothing else.
	 */
	onEvent(event: VaultEvent): void {
		const path = event.path;
		if (event.kind === "delete" || extension(path) !== "md") return;
		const layout = this.deps.layout();
		if (!isInside(path, layout.root)) return;
		const inPending = isInside(path, layout.folder("Pending_Approval"));
		const inApproved = !inPending && isInside(path, layout.folder("Approved"));
		if (!inPending && !inApproved) return;
		const clock = this.clock;
		if (!clock) return;
		const prev = this.pending.get(path);
		if (prev) clock.clearTimeout(prev);
		this.pending.set(
			path,
			clock.setTimeout(() => {
				this.pending.delete(path);
				void this.kick(path);
			}, DEBOUNCE_MS),
		);
	}

	/** Handles one note now: pending ones are evaluated, approved ones executed. */
	async kick(path: string): Promise<void> {
		const layout = this.deps.layout();
		try {
			if (isInside(path, layout.folder("Pending_Approval"))) await this.approvals.evaluate(path);
			else if (isInside(path, layout.folder("Approved"))) await this.executor.execute(path);
		} catch (err) {
			await this.deps.log.append({ action_type: "workflow.error", actor: this.deps.actor, target: path, result: "failure", error: messageOf(err) });
		}
	}

	/** Every request note in the two folders, e.g. ones synced in while the app was closed. */
	sweep(): Promise<void> {
		if (this.sweeping) return this.sweeping;
		this.sweeping = (async () => {
			const layout = this.deps.layout();
			try {
				// Conflicts first, so a synced-in copy gets its decision card before either version is touched.
				await this.approvals.conflicts.scan().catch((err: unknown) => this.deps.log.append({ action_type: "workflow.error", actor: this.deps.actor, target: "conflicts", result: "failure", error: messageOf(err) }));
				for (const folder of [layout.folder("Pending_Approval"), layout.folder("Approved")]) {
					for (const path of await this.deps.vault.listFiles(folder)) if (extension(path) === "md") await this.kick(path);
				}
			} finally {
				this.sweeping = null;
			}
		})();
		return this.sweeping;
	}
}
