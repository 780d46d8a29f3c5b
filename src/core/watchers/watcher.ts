// The watcher contract: what a watcher (Gmail, Inbox, ...) implements so the watchdog can run and heal it.

/**
 * A watcher does one poll at a time; the watchdog owns the schedule, restarts and pauses.
 * - throw from `poll` = a crash: the watchdog restarts it with backoff;
 * - a poll that runs past the stall limit = a hang: the watchdog aborts `signal` and restarts it;
 * - throw a `CategorizedError` with category "auth" = the watcher is paused until the owner reconnects.
 * A watcher must stop its work when `signal` aborts and must not start timers of its own.
 */
export interface Watcher {
	readonly name: string;
	/** Time between the end of one poll and the start of the next, in ms. */
	readonly intervalMs: number;
	poll(signal: AbortSignal): Promise<void>;
	/** Optional: which connector this watcher uses (its auth pause is shown on that connector). */
	readonly connector?: string;
	/** Optional: false while the owner has turned it off in the settings (its polls then do nothing; shown as "Off"). */
	enabled?(): boolean;
}

export interface WatchdogOptions {
	/** A poll running longer than this is a hang (default 60 s, or 4 × intervalMs when that is larger, capped at 5 min). */
	stallMs?: number;
	/** First restart delay after a crash; doubles on each consecutive failure (default 1 s). */
	backoffBaseMs?: number;
	/** Largest restart delay; the issue requires recovery within 30 s (default 16 s). */
	backoffMaxMs?: number;
	/** Consecutive failures that open the circuit (default 5). */
	circuitThreshold?: number;
	/** How long an open circuit waits before one trial poll (default 10 min). */
	circuitCooldownMs?: number;
	/** How often the watchdog checks heartbeats for stalls (default 1 s). */
	checkEveryMs?: number;
}

/**
 * running: polls on its interval; restarting: waiting to run again after a crash or a hang (backoff);
 * paused: its sign-in was refused, waits for the owner; failed: circuit open after repeated failures, one trial poll
 * after the cool-down; stopped: the watchdog is not running; off: turned off in the settings (never "running").
 */
export type WatcherState = "running" | "restarting" | "paused" | "failed" | "stopped" | "off";

/** What the status view and dashboard show about one watcher. */
export interface WatcherStatus {
	name: string;
	connector: string | null;
	state: WatcherState;
	/** When the last poll finished well (ms since epoch). */
	lastSuccess: number | null;
	/** When the last poll started (its heartbeat). */
	lastRun: number | null;
	/** When the next poll (or restart, or circuit trial) is due. */
	nextRun: number | null;
	lastError: string | null;
	/** Consecutive failures since the last success. */
	failures: number;
	restarts: number;
	/** Why the watcher is paused or its circuit open, in plain words for the owner. */
	reason: string | null;
}
