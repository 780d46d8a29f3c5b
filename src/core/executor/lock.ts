// The vault's executor lock (Obsidian device or headless runner): one executor at a time executes approved requests; a crashed holder's lock is taken over.
import type { Clock, TimerHandle, VaultStore } from "../ports";
import type { Layout } from "../layout/folders";
import { localDateTime } from "../util/dates";
import { messageOf } from "../util/errors";
import { joinPath } from "../util/paths";

/** What the lock file holds; people read it too, so the names are plain. */
export interface LockRecord {
	holder: string;
	pid: number;
	host: string;
	started: string;
	heartbeat: string;
}

export type AcquireResult = { ok: true; tookOverFrom: LockRecord | null } | { ok: false; holder: LockRecord; message: string };

export interface ExecutorLockOptions {
	vault: VaultStore;
	/** Vault path of the lock file; see `lockPathFor`. */
	path: string;
	clock: Clock;
	/** Unique per run, so a restarted runner never mistakes its predecessor's lock for its own. */
	holder: string;
	pid: number;
	hostName: string;
	timeZone: string;
	/** A lock whose heartbeat is older than this belongs to a holder that is gone (default 90 s). */
	staleAfterMs?: number;
	/** How often the holder refreshes its heartbeat (default 30 s). */
	heartbeatMs?: number;
	/** Whether a process on this machine still runs; lets a restart after a crash take over at once. */
	isAlive?: (pid: number) => boolean;
	/** Called once when another runner has taken the lock away (e.g. this machine slept past the stale limit). */
	onLost?: (by: LockRecord | null) => void;
	/** Called when a heartbeat could not be written; the next beat tries again. */
	onHeartbeatError?: (message: string) => void;
}

export const DEFAULT_STALE_AFTER_MS = 90_000;
export const DEFAULT_HEARTBEAT_MS = 30_000;

export function lockPathFor(layout: Layout): string {
	return joinPath(layout.stateFolder, "executor-lock.json");
}

function parseRecord(text: string | null): LockRecord | null {
	if (text === null) return null;
	try {
		const v = JSON.parse(text) as Partial<LockRecord>;
		if (typeof v.holder === "string" && typeof v.pid === "number" && typeof v.host === "string" && typeof v.started === "string" && typeof v.heartbeat === "string") {
			return { holder: v.holder, pid: v.pid, host: v.host, started: v.started, heartbeat: v.heartbeat };
		}
	} catch {
		// An unreadable lock is judged by its file's age below.
	}
	return null;
}

/** Holders alive in this process: tells a lock of ours apart from one left by a crashed run that had the same pid. */
const heldInThisProcess = new Set<string>();

export class ExecutorLock {
	private readonly staleAfterMs: number;
	private readonly heartbeatMs: number;
	private readonly isAlive: (pid: number) => boolean;
	private timer: TimerHandle | null = null;
	private started: string | null = null;
	private beating: Promise<void> | null = null;
	private held = false;

	constructor(private readonly opts: ExecutorLockOptions) {
		this.staleAfterMs = opts.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
		this.heartbeatMs = opts.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
		// Hosts that cannot see processes (the app) assume the holder lives until its heartbeat goes stale.
		this.isAlive = opts.isAlive ?? (() => true);
	}

	get isHeld(): boolean {
		return this.held;
	}

	private record(): LockRecord {
		const now = new Date(this.opts.clock.now()).toISOString();
		this.started ??= now;
		return { holder: this.opts.holder, pid: this.opts.pid, host: this.opts.hostName, started: this.started, heartbeat: now };
	}

	private serialize(r: LockRecord): string {
		return JSON.stringify(r, null, 2) + "\n";
	}

	/** Why a foreign lock no longer counts, or null while its holder is alive. */
	private staleReason(current: LockRecord | null, fileMtime: number): string | null {
		const beat = current ? Date.parse(current.heartbeat) : fileMtime;
		const age = this.opts.clock.now() - (Number.isNaN(beat) ? 0 : beat);
		if (age > this.staleAfterMs) return `no heartbeat for ${Math.round(age / 1000)} s`;
		if (current && current.host === this.opts.hostName) {
			// Same pid but not one of our holders: an earlier run (e.g. a restarted container, where pids repeat) that crashed.
			const gone = current.pid === this.opts.pid ? !heldInThisProcess.has(current.holder) : !this.isAlive(current.pid);
			if (gone) return `process ${current.pid} on this machine is no longer running`;
		}
		return null;
	}

	/** Takes the lock, or says who holds it. Starts the heartbeat on success. */
	async acquire(): Promise<AcquireResult> {
		if (this.held) return { ok: true, tookOverFrom: null };
		let tookOverFrom: LockRecord | null = null;
		for (let attempt = 0; attempt < 5; attempt++) {
			if (await this.opts.vault.createIfMissing(this.opts.path, this.serialize(this.record()))) {
				this.held = true;
				heldInThisProcess.add(this.opts.holder);
				this.timer = this.opts.clock.setInterval(() => void this.beat(), this.heartbeatMs);
				return { ok: true, tookOverFrom };
			}
			// Released between our two steps (some hosts then throw instead of answering null): try again.
			const text = await this.opts.vault.read(this.opts.path).catch(() => null);
			if (text === null) continue;
			const current = parseRecord(text);
			const stat = await this.opts.vault.stat(this.opts.path);
			const reason = this.staleReason(current, stat?.mtime ?? 0);
			if (reason === null) {
				const holder = current ?? { holder: "unknown", pid: 0, host: "unknown", started: "", heartbeat: "" };
				return { ok: false, holder, message: this.heldMessage(holder) };
			}
			if (await this.setAside(text)) tookOverFrom = current;
		}
		throw new Error(`Could not take the executor lock at ${this.opts.path}: other runners keep changing it. Start one runner only.`);
	}

	/**
	 * Moves a stale lock aside so that exactly one contender can create the next one. When two runners race, the
	 * loser may have moved the winner's fresh lock; it notices (the text differs) and puts it back.
	 */
	private async setAside(staleText: string): Promise<boolean> {
		const aside = `${this.opts.path}.stale-${this.opts.holder}`;
		try {
			await this.opts.vault.move(this.opts.path, aside);
		} catch {
			return false; // Someone else moved or replaced it first.
		}
		const moved = await this.opts.vault.read(aside);
		if (moved !== staleText) {
			try {
				await this.opts.vault.move(aside, this.opts.path);
			} catch {
				// A third runner created a lock meanwhile; theirs stands.
			}
			await this.opts.vault.remove(aside);
			return false;
		}
		await this.opts.vault.remove(aside);
		return true;
	}

	private heldMessage(h: LockRecord): string {
		const tz = this.opts.timeZone;
		const since = Number.isNaN(Date.parse(h.started)) ? "an unknown time" : localDateTime(Date.parse(h.started), tz);
		const beat = Date.parse(h.heartbeat);
		const ago = Number.isNaN(beat) ? "unknown" : `${Math.max(0, Math.round((this.opts.clock.now() - beat) / 1000))} s ago`;
		const limit = Math.round(this.staleAfterMs / 1000);
		return [
			`Another runner is already executing for this vault: ${h.holder} (process ${h.pid} on ${h.host}), running since ${since}, last heartbeat ${ago}.`,
			`Only one runner may execute approved requests at a time. Stop that runner first (Ctrl+C or its service manager).`,
			`If it crashed on another machine, wait ${limit} s after its last heartbeat and start again: a silent lock is taken over. The lock file is ${this.opts.path}.`,
		].join("\n");
	}

	/** Refreshes the heartbeat; notices when another runner took the lock. */
	beat(): Promise<void> {
		if (!this.held) return Promise.resolve();
		// One beat at a time: a slow disk must not stack up writes.
		this.beating ??= this.beatOnce().finally(() => {
			this.beating = null;
		});
		return this.beating;
	}

	private async beatOnce(): Promise<void> {
		try {
			const current = parseRecord(await this.opts.vault.read(this.opts.path));
			if (current === null) {
				// Deleted by hand: claim it again unless someone else was quicker.
				if (await this.opts.vault.createIfMissing(this.opts.path, this.serialize(this.record()))) return;
				this.lose(parseRecord(await this.opts.vault.read(this.opts.path)));
				return;
			}
			if (current.holder !== this.opts.holder) {
				this.lose(current);
				return;
			}
			await this.opts.vault.write(this.opts.path, this.serialize(this.record()));
		} catch (err) {
			this.opts.onHeartbeatError?.(messageOf(err));
		}
	}

	private lose(by: LockRecord | null): void {
		this.stopHeartbeat();
		this.held = false;
		heldInThisProcess.delete(this.opts.holder);
		this.opts.onLost?.(by);
	}

	private stopHeartbeat(): void {
		if (this.timer) this.opts.clock.clearInterval(this.timer);
		this.timer = null;
	}

	/** Stops the heartbeat and removes the lock file if it is still ours. */
	async release(): Promise<void> {
		this.stopHeartbeat();
		if (this.beating) await this.beating;
		if (!this.held) return;
		this.held = false;
		heldInThisProcess.delete(this.opts.holder);
		const current = parseRecord(await this.opts.vault.read(this.opts.path));
		if (current?.holder === this.opts.holder) await this.opts.vault.remove(this.opts.path);
	}
}
