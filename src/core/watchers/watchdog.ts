// Runs every watcher under supervision: polls on its interval, restarts after a crash or a hang with backoff, opens a
// circuit after repeated failures and pauses on refused credentials; tells subscribers about every change of state.
import type { Clock, Notifier, TimerHandle } from "../ports";
import type { AuditInput } from "../log/entry";
import type { Service } from "./supervisor";
import type { Watcher, WatchdogOptions, WatcherStatus } from "./watcher";
import { messageOf } from "../util/errors";
import { localDateTime } from "../util/dates";
import { policyFor, restartDelay, type WatchdogPolicy } from "./backoff";

export type WatchdogEventKind = "started" | "polled" | "crashed" | "hung" | "restarted" | "paused" | "circuit-open" | "recovered" | "resumed" | "stopped" | "removed";

export interface WatchdogEvent {
	kind: WatchdogEventKind;
	status: WatcherStatus;
}

export interface WatchdogDeps {
	notifier: Notifier;
	/** Records a line in the audit log (the engine's `log.append`); failures of the log never reach the watchdog. */
	log?: (input: AuditInput) => unknown;
	actor: string;
	timeZone: () => string;
	/** The host clock's now, for the headless one-shot pass (which runs without start()). */
	now: () => number;
}

interface Entry {
	watcher: Watcher;
	policy: WatchdogPolicy;
	status: WatcherStatus;
	timer: TimerHandle | null;
	stallTimer: TimerHandle | null;
	controller: AbortController | null;
	/** Bumped whenever a poll's outcome stops mattering (hang, stop, restart): a late answer is then ignored. */
	generation: number;
	/** True while a trial poll runs after the circuit's cool-down. */
	trial: boolean;
}

/** A refused sign-in: the connector needs the owner, retrying would only hammer the service (or lock the account). */
export function isAuthError(err: unknown): boolean {
	return typeof err === "object" && err !== null && "category" in err && (err).category === "auth";
}

function suggestionOf(err: unknown): string | null {
	if (typeof err === "object" && err !== null && "suggestion" in err) {
		const s = (err).suggestion;
		if (typeof s === "string" && s !== "") return s;
	}
	return null;
}

export class Watchdog implements Service {
	readonly name = "Watchdog";
	private readonly entries = new Map<string, Entry>();
	private readonly listeners = new Set<(event: WatchdogEvent) => void>();
	private clock: Clock | null = null;

	constructor(private readonly deps: WatchdogDeps) {}

	/** Puts a watcher under supervision; it starts at once when the watchdog runs. Names must be unique. */
	add(watcher: Watcher, options: WatchdogOptions = {}): void {
		if (this.entries.has(watcher.name)) throw new Error(`A watcher named "${watcher.name}" is already supervised.`);
		const entry: Entry = {
			watcher,
			policy: policyFor(watcher.intervalMs, options),
			status: { name: watcher.name, connector: watcher.connector ?? null, state: "stopped", lastSuccess: null, lastRun: null, nextRun: null, lastError: null, failures: 0, restarts: 0, reason: null },
			timer: null,
			stallTimer: null,
			controller: null,
			generation: 0,
			trial: false,
		};
		this.entries.set(watcher.name, entry);
		if (this.clock) this.begin(entry);
	}

	/** Stops and forgets a watcher (its connector was turned off). */
	remove(name: string): void {
		const entry = this.entries.get(name);
		if (!entry) return;
		this.halt(entry);
		this.entries.delete(name);
		this.emit("removed", entry);
	}

	subscribe(listener: (event: WatchdogEvent) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	statuses(): WatcherStatus[] {
		// A watcher turned off in the settings is shown as off, not as running: its polls do nothing.
		return [...this.entries.values()].map((e) => (e.watcher.enabled?.() === false ? { ...e.status, state: "off", nextRun: null, reason: "Turned off in the settings." } : { ...e.status }));
	}

	status(name: string): WatcherStatus | null {
		const e = this.entries.get(name);
		return e ? { ...e.status } : null;
	}

	start(clock: Clock): void {
		this.clock = clock;
		for (const e of this.entries.values()) this.begin(e);
	}

	stop(): void {
		for (const e of this.entries.values()) this.halt(e);
		this.clock = null;
	}

	/** One poll of each watcher that is not paused, in order, for the headless `--once`; failures are recorded, not thrown. */
	async runOnce(): Promise<void> {
		for (const e of this.entries.values()) {
			if (e.status.state === "paused") continue;
			const ctl = new AbortController();
			e.status.lastRun = this.deps.now();
			try {
				await e.watcher.poll(ctl.signal);
				e.status.lastSuccess = this.deps.now();
				e.status.lastError = null;
				e.status.failures = 0;
				this.emit("polled", e);
			} catch (err) {
				e.status.lastError = messageOf(err);
				if (isAuthError(err)) this.pause(e, err);
				else {
					e.status.failures++;
					this.emit("crashed", e);
				}
			}
		}
	}

	/** "Restart watchers": every watcher starts afresh now, circuits closed, pauses lifted, failure counts reset. */
	restartAll(): void {
		for (const e of this.entries.values()) this.restart(e);
	}

	/** Lifts the pause of the watchers of a connector (after the owner reconnected it); returns how many resumed. */
	resume(connectorOrName: string): number {
		let n = 0;
		for (const e of this.entries.values()) {
			if (e.status.state !== "paused") continue;
			if (e.status.connector !== connectorOrName && e.status.name !== connectorOrName) continue;
			this.restart(e);
			this.emit("resumed", e);
			n++;
		}
		return n;
	}

	/** Timers the watchdog holds (0 when stopped): what the leak tests check. */
	get activeTimers(): number {
		let n = 0;
		for (const e of this.entries.values()) n += (e.timer ? 1 : 0) + (e.stallTimer ? 1 : 0);
		return n;
	}

	private restart(e: Entry): void {
		if (!this.clock) return;
		this.halt(e);
		e.status.failures = 0;
		e.status.reason = null;
		e.trial = false;
		this.begin(e);
	}

	private begin(e: Entry): void {
		e.status.state = "running";
		e.status.reason = null;
		this.schedule(e, 0);
		this.emit("started", e);
	}

	/** Cancels everything about one watcher: its timers, its poll in flight (aborted), any late answer. */
	private halt(e: Entry): void {
		const clock = this.clock;
		if (clock) {
			if (e.timer) clock.clearTimeout(e.timer);
			if (e.stallTimer) clock.clearTimeout(e.stallTimer);
		}
		e.timer = null;
		e.stallTimer = null;
		e.controller?.abort(new Error("The watcher was stopped."));
		e.controller = null;
		e.generation++;
		e.status.state = "stopped";
		e.status.nextRun = null;
		this.emit("stopped", e);
	}

	private schedule(e: Entry, delay: number): void {
		const clock = this.clock;
		if (!clock) return;
		if (e.timer) clock.clearTimeout(e.timer);
		e.status.nextRun = clock.now() + delay;
		e.timer = clock.setTimeout(() => {
			e.timer = null;
			this.poll(e);
		}, delay);
	}

	private poll(e: Entry): void {
		const clock = this.clock;
		if (!clock) return;
		const gen = ++e.generation;
		const ctl = new AbortController();
		e.controller = ctl;
		const recovering = e.status.state === "restarting";
		e.trial = e.status.state === "failed";
		e.status.lastRun = clock.now();
		e.status.nextRun = null;
		if (recovering) {
			e.status.state = "running";
			e.status.restarts++;
			this.emit("restarted", e);
		}
		e.stallTimer = clock.setTimeout(() => {
			e.stallTimer = null;
			if (gen !== e.generation) return;
			const err = new Error(`No answer within ${Math.round(e.policy.stallMs / 1000)} s; the poll was cancelled.`);
			ctl.abort(err);
			this.failed(e, gen, err, "hung");
		}, e.policy.stallMs);
		let run: Promise<void>;
		try {
			run = e.watcher.poll(ctl.signal);
		} catch (err) {
			run = Promise.reject(err instanceof Error ? err : new Error(messageOf(err)));
		}
		run.then(
			() => this.succeeded(e, gen),
			(err: unknown) => this.failed(e, gen, err, "crashed"),
		);
	}

	private settle(e: Entry): void {
		if (e.stallTimer && this.clock) this.clock.clearTimeout(e.stallTimer);
		e.stallTimer = null;
		e.controller = null;
		e.generation++;
	}

	private succeeded(e: Entry, gen: number): void {
		const clock = this.clock;
		if (gen !== e.generation || !clock) return;
		this.settle(e);
		const wasOpen = e.trial;
		e.trial = false;
		e.status.state = "running";
		e.status.failures = 0;
		e.status.lastError = null;
		e.status.reason = null;
		e.status.lastSuccess = clock.now();
		// Schedule first, then tell: subscribers must see the next run time in the status they get.
		this.schedule(e, e.watcher.intervalMs);
		if (wasOpen) {
			this.deps.notifier.notify(`AI Employee: the ${e.watcher.name} watcher works again.`, "info");
			this.record(e, "watcher.recovered", "success", null);
			this.emit("recovered", e);
		} else this.emit("polled", e);
	}

	private failed(e: Entry, gen: number, err: unknown, kind: "crashed" | "hung"): void {
		const clock = this.clock;
		if (gen !== e.generation || !clock) return;
		this.settle(e);
		const message = messageOf(err);
		e.status.lastError = message;
		if (isAuthError(err)) {
			this.pause(e, err);
			return;
		}
		e.status.failures++;
		const wasOpen = e.trial;
		e.trial = false;
		this.record(e, kind === "hung" ? "watcher.hung" : "watcher.crashed", "failure", message);
		if (e.status.failures >= e.policy.circuitThreshold) {
			const retryAt = clock.now() + e.policy.circuitCooldownMs;
			e.status.state = "failed";
			e.status.reason = `Stopped retrying after ${e.status.failures} failures in a row; tries again at ${localDateTime(retryAt, this.deps.timeZone())}. Last error: ${message}`;
			// Only the opening is announced: a failed trial after the cool-down stays quiet (the status view shows it).
			if (!wasOpen) {
				this.deps.notifier.notify(`AI Employee: the ${e.watcher.name} watcher ${e.status.reason.charAt(0).toLowerCase()}${e.status.reason.slice(1)}`, "failure");
				this.record(e, "watcher.circuit_open", "failure", message);
			}
			this.schedule(e, e.policy.circuitCooldownMs);
			this.emit(kind, e);
			this.emit("circuit-open", e);
			return;
		}
		e.status.state = "restarting";
		this.schedule(e, restartDelay(e.policy, e.status.failures));
		this.emit(kind, e);
	}

	private pause(e: Entry, err: unknown): void {
		const message = messageOf(err);
		const suggestion = suggestionOf(err) ?? "Check the credentials (in the settings, or the headless runner's environment), then press Reconnect in the status view or restart the runner.";
		e.status.state = "paused";
		e.status.lastError = message;
		e.status.nextRun = null;
		e.status.reason = `Sign-in refused: ${message}. ${suggestion}`;
		this.deps.notifier.notify(`AI Employee paused the ${e.watcher.name} watcher: the service refused its sign-in (${message}). ${suggestion}`, "auth");
		this.record(e, "watcher.paused", "failure", message);
		this.emit("paused", e);
	}

	private record(e: Entry, action: string, result: "success" | "failure", error: string | null): void {
		if (!this.deps.log) return;
		try {
			void Promise.resolve(
				this.deps.log({ action_type: action, actor: this.deps.actor, target: e.watcher.name, result, error, details: { failures: e.status.failures, restarts: e.status.restarts, connector: e.status.connector } }),
			).catch(() => undefined);
		} catch {
			// The log reports its own write failures; the watchdog must keep running whatever it does.
		}
	}

	private emit(kind: WatchdogEventKind, e: Entry): void {
		const event: WatchdogEvent = { kind, status: { ...e.status } };
		for (const l of this.listeners) {
			try {
				l(event);
			} catch (err) {
				console.error("AI Employee: a watchdog listener failed", err);
			}
		}
	}
}
