// Keeps the status section of Dashboard.md current: after a change settles, one atomic edit of the section alone.
import type { Clock, Notifier, TimerHandle, VaultStore } from "../ports";
import type { Layout } from "../layout/folders";
import type { Service } from "../watchers/supervisor";
import type { StatusSnapshot } from "../status/types";
import { messageOf } from "../util/errors";
import { renderDashboardSection } from "./render";
import { replaceStatusSection } from "./section";

export interface StatusSource {
	subscribe(listener: () => void): () => void;
	snapshot(): StatusSnapshot;
}

export interface DashboardWriterDeps {
	vault: VaultStore;
	notifier: Notifier;
	layout: () => Layout;
	status: StatusSource;
	/** Quiet time after the last change before writing (default 3 s): a burst of changes is one write. */
	debounceMs?: number;
	/** Longest a change waits when changes keep coming (default 30 s). */
	maxWaitMs?: number;
}

export class DashboardWriter implements Service {
	readonly name = "Dashboard";
	private clock: Clock | null = null;
	private timer: TimerHandle | null = null;
	private firstChangeAt: number | null = null;
	private unsubscribe: (() => void) | null = null;
	private writing: Promise<void> = Promise.resolve();
	private warned = false;
	/** Number of times the note was actually rewritten (benchmarks and tests). */
	writes = 0;

	constructor(private readonly deps: DashboardWriterDeps) {}

	start(clock: Clock): void {
		this.clock = clock;
		this.unsubscribe = this.deps.status.subscribe(() => this.changed());
		this.changed();
	}

	stop(): Promise<void> {
		this.unsubscribe?.();
		this.unsubscribe = null;
		if (this.clock && this.timer) this.clock.clearTimeout(this.timer);
		this.timer = null;
		this.clock = null;
		this.firstChangeAt = null;
		return this.writing;
	}

	/** Writes the section now (headless one-shot pass, tests). */
	runOnce(): Promise<void> {
		return this.write();
	}

	private changed(): void {
		const clock = this.clock;
		if (!clock) return;
		const now = clock.now();
		this.firstChangeAt ??= now;
		const debounce = this.deps.debounceMs ?? 3_000;
		const maxWait = this.deps.maxWaitMs ?? 30_000;
		const delay = Math.max(0, Math.min(debounce, this.firstChangeAt + maxWait - now));
		if (this.timer) clock.clearTimeout(this.timer);
		this.timer = clock.setTimeout(() => {
			this.timer = null;
			this.firstChangeAt = null;
			void this.write();
		}, delay);
	}

	private write(): Promise<void> {
		this.writing = this.writing.then(() => this.writeNow());
		return this.writing;
	}

	private async writeNow(): Promise<void> {
		const path = this.deps.layout().file("Dashboard.md");
		// The owner may have deleted or renamed the dashboard on purpose: never recreate it behind their back.
		const current = await this.deps.vault.read(path);
		if (current === null) return;
		const body = renderDashboardSection(this.deps.status.snapshot());
		const first = replaceStatusSection(current, body);
		let problem: string | null = first.ok ? null : first.problem;
		let changed = false;
		// Only a real change is written (an editor open on the note sees no needless reloads).
		if (first.ok && first.changed) {
			try {
				await this.deps.vault.process(path, (text) => {
					const r = replaceStatusSection(text, body);
					if (!r.ok) {
						problem = r.problem;
						return text;
					}
					changed = r.changed;
					return r.text;
				});
			} catch (err) {
				problem = `Could not update ${path}: ${messageOf(err)}`;
			}
		}
		if (changed) this.writes++;
		if (problem && !this.warned) {
			this.warned = true;
			this.deps.notifier.notify(`AI Employee: ${problem} Put back both markers (see the README) to get the status section again.`, "failure");
		}
		if (!problem) this.warned = false;
	}
}
