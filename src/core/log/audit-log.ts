// Appends audit entries to Logs/YYYY-MM-DD.jsonl (one file a day, never rewritten) and reads them back.
import type { Clock, Notifier, TimerHandle, VaultStore } from "../ports";
import { localDay } from "../util/dates";
import { joinPath } from "../util/paths";
import { describeIoError } from "../util/errors";
import { concealEntry, redact, type AuditEntry, type AuditInput } from "./entry";
import type { SecretValue } from "../guard/types";

export interface AuditLogOptions {
	vault: VaultStore;
	clock: Clock;
	notifier: Notifier;
	/** The vault folder holding the logs, e.g. `AI_Employee/Logs`. */
	folder: () => string;
	timeZone: () => string;
	dryRun: () => boolean;
	/** Values of the secrets this host holds: hidden wherever they appear in an entry, under any key. */
	secretValues?: () => readonly SecretValue[];
	/** How long to wait before trying held lines again when nothing else is logged meanwhile (default 30 s). */
	retryMs?: number;
}

/** Held lines are tried again on their own after this long, so they reach the disk once it is back. */
const RETRY_MS = 30_000;

export class AuditLog {
	/** Lines that could not be written yet (disk full, read-only folder): kept in memory and written first next time. */
	private held: { path: string; line: string }[] = [];
	private warned = false;
	private retry: TimerHandle | null = null;
	private closed = false;
	private chain: Promise<void> = Promise.resolve();
	private readonly listeners = new Set<(entry: AuditEntry) => void>();

	constructor(private readonly opts: AuditLogOptions) {}

	/** The log file for a calendar day. */
	pathFor(day: string): string {
		return joinPath(this.opts.folder(), `${day}.jsonl`);
	}

	/** Records one entry. Never throws: a write failure holds the line and tells the user once. */
	append(input: AuditInput): Promise<AuditEntry> {
		const now = this.opts.clock.now();
		// Secrets are hidden wherever they are, not only under secret-looking keys: a token pasted into a post text too.
		const entry: AuditEntry = concealEntry(
			{
				timestamp: new Date(now).toISOString(),
				action_type: input.action_type,
				actor: input.actor,
				target: input.target,
				parameters: redact(input.parameters ?? {}) as Record<string, unknown>,
				approval_status: input.approval_status ?? "not_required",
				approved_by: input.approved_by ?? null,
				result: input.result,
				dry_run: input.dry_run ?? this.opts.dryRun(),
				correlation_id: input.correlation_id ?? null,
				error: input.error ?? null,
				...(input.details ? { details: redact(input.details) as Record<string, unknown> } : {}),
			},
			this.opts.secretValues?.() ?? [],
		);
		const path = this.pathFor(localDay(now, this.opts.timeZone()));
		this.held.push({ path, line: JSON.stringify(entry) + "\n" });
		for (const l of this.listeners) l(entry);
		this.chain = this.chain.then(() => this.flush());
		return this.chain.then(() => entry);
	}

	/** Called for every entry as it is recorded (status view, dashboard). */
	subscribe(listener: (entry: AuditEntry) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Number of lines waiting for the disk. */
	get heldCount(): number {
		return this.held.length;
	}

	/** Waits until every line appended so far has been tried. */
	settle(): Promise<void> {
		return this.chain;
	}

	/** The lines still waiting for the disk, as they would have been written (the headless runner prints them at exit). */
	heldLines(): string[] {
		return this.held.map((h) => h.line.trimEnd());
	}

	/** Stops the retry timer for good (unload, runner stop); later appends are still tried as they come. */
	close(): void {
		this.closed = true;
		if (this.retry) this.opts.clock.clearTimeout(this.retry);
		this.retry = null;
	}

	private scheduleRetry(): void {
		if (this.retry || this.closed) return;
		this.retry = this.opts.clock.setTimeout(() => {
			this.retry = null;
			this.chain = this.chain.then(() => this.flush());
		}, this.opts.retryMs ?? RETRY_MS);
	}

	private async flush(): Promise<void> {
		while (this.held.length > 0) {
			const first = this.held[0]!;
			// Group consecutive lines of the same day into one append.
			let n = 1;
			while (n < this.held.length && this.held[n]!.path === first.path) n++;
			const batch = this.held.slice(0, n);
			try {
				// The store starts the batch on a fresh line and leaves the file as it was when the write fails, so a held
				// batch is written whole later, never glued onto a fragment of itself.
				await this.opts.vault.append(first.path, batch.map((b) => b.line).join(""));
				this.held.splice(0, n);
				this.warned = false;
			} catch (err) {
				if (!this.warned) {
					const { message, suggestion } = describeIoError(err);
					const n = this.held.length;
					this.opts.notifier.notify(
						`AI Employee could not write its audit log: ${message}. ${suggestion} ${n} ${n === 1 ? "entry is" : "entries are"} kept in memory and written as soon as the disk accepts ${n === 1 ? "it" : "them"}; ${n === 1 ? "it is" : "they are"} lost if the app or runner stops before that.`,
						"failure",
					);
					this.warned = true;
				}
				this.scheduleRetry();
				return;
			}
		}
		if (this.retry) {
			this.opts.clock.clearTimeout(this.retry);
			this.retry = null;
		}
	}

	/** Reads one day's entries; a torn or corrupt line is skipped and counted, never fatal. */
	async readDay(day: string): Promise<{ entries: AuditEntry[]; skipped: number }> {
		const text = await this.opts.vault.read(this.pathFor(day));
		return parseLogText(text ?? "");
	}
}

/** Parses JSONL text, tolerating a torn last line or a corrupt line anywhere. */
export function parseLogText(text: string): { entries: AuditEntry[]; skipped: number } {
	const entries: AuditEntry[] = [];
	let skipped = 0;
	for (const line of text.split("\n")) {
		if (line.trim() === "") continue;
		try {
			const value = JSON.parse(line) as unknown;
			if (typeof value === "object" && value !== null && "action_type" in value && "timestamp" in value) entries.push(value as AuditEntry);
			else skipped++;
		} catch {
			skipped++;
		}
	}
	return { entries, skipped };
}
