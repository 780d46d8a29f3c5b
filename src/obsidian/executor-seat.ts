// Whether this device runs approved requests: the owner's choice for this device, and the vault's executor lock that
// keeps a headless runner (or another device that syncs the vault) from executing at the same time.
import type { App } from "obsidian";
import type { Engine } from "../core/engine";
import { ExecutorLock, lockPathFor } from "../core/executor/lock";

/** Local storage (this device only, not synced). */
const CHOICE_KEY = "ai-employee-executor";

/** The owner's choice and the lock it needs, seen by the settings tab. */
export interface ExecutorChoice {
	/** The owner's choice for this device; on unless turned off. */
	readonly chosen: boolean;
	/** Records the choice; turning it on takes the lock, turning it off gives it back. */
	choose(on: boolean, engine: Engine | null): void;
}

export class ExecutorSeat implements ExecutorChoice {
	private lock: ExecutorLock | null = null;
	private holdsLock = false;
	/** Why this device does not execute although it is set to (another executor holds the vault's lock). */
	private blocked: string | null = null;

	constructor(private readonly app: App) {}

	get chosen(): boolean {
		const v: unknown = this.app.loadLocalStorage(CHOICE_KEY);
		return v === null || v === undefined ? true : v === true || v === "true";
	}

	/** Runs approved requests only when chosen and holding the vault's executor lock. */
	get runs(): boolean {
		return this.chosen && this.holdsLock;
	}

	/** Why this device does not execute, in words for the status view; null when nothing stands in the way. */
	note(): string | null {
		return this.chosen ? this.blocked : "This device is set not to execute approved requests.";
	}

	choose(on: boolean, engine: Engine | null): void {
		this.app.saveLocalStorage(CHOICE_KEY, on);
		if (on && engine && !this.holdsLock) void this.claim(engine);
		if (!on) this.release();
	}

	/** Takes the vault's executor lock when this device is chosen; tells the owner when another executor holds it. */
	async claim(engine: Engine): Promise<void> {
		if (!this.chosen) return;
		const host = engine.host;
		const lock = new ExecutorLock({
			vault: host.vault,
			path: lockPathFor(engine.layout),
			clock: host.clock,
			holder: `${host.deviceId}-${Math.random().toString(36).slice(2, 8)}`,
			pid: 0,
			hostName: host.deviceId,
			timeZone: engine.timeZone,
			onLost: () => {
				this.holdsLock = false;
				this.blocked = "Another executor took over the vault's lock.";
				host.notifier.notify("AI Employee: another executor took over this vault; this device no longer runs approved requests.", "failure");
			},
		});
		const result = await lock.acquire();
		if (result.ok) {
			this.lock = lock;
			this.holdsLock = true;
			this.blocked = null;
		} else {
			this.blocked = result.message;
			host.notifier.notify(`AI Employee: this device will not execute approved requests. ${result.message}`, "info");
		}
	}

	/** Gives the lock back (the plugin unloads, or the owner turned executing off on this device). */
	release(): void {
		void this.lock?.release();
		this.lock = null;
		this.holdsLock = false;
	}
}
