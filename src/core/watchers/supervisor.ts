// Starts and stops every long-running part (watchers, schedules, the executor loop) as one unit.
import type { Clock, TimerHandle } from "../ports";
import { messageOf } from "../util/errors";
import { ScopedClock } from "./scoped-clock";

export interface Service {
	readonly name: string;
	/** Starts the service; timers must come from the clock it is given. */
	start(clock: Clock): void | Promise<void>;
	/** Stops it; must be safe to call when start failed half-way. */
	stop(): void | Promise<void>;
	/** One pass of the service's work, for the headless runner's `--once`. */
	runOnce?(): Promise<void>;
}

export type ServiceState = "stopped" | "running" | "failed";

export interface ServiceStatus {
	name: string;
	state: ServiceState;
	error: string | null;
	/** For a failed service while the supervisor runs: when it will be started again (ms since epoch). */
	restartAt?: number;
}

/** Waits before starting a failed service again: quick at first, then at most every ten minutes. */
export const RESTART_DELAYS_MS = [5_000, 30_000, 120_000, 600_000];

export class Supervisor {
	private readonly services: Service[] = [];
	private readonly status = new Map<string, ServiceStatus>();
	private readonly clocks = new Map<string, ScopedClock>();
	private running = false;
	private readonly restarts = new Map<string, { timer: TimerHandle; failures: number }>();
	private readonly failures = new Map<string, number>();

	constructor(
		private readonly clock: Clock,
		private readonly onError: (service: string, error: string) => void,
		/** Called when a service that had failed runs again. */
		private readonly onRecovered?: (service: string, failures: number) => void,
	) {}

	add(service: Service): void {
		this.services.push(service);
		this.status.set(service.name, { name: service.name, state: "stopped", error: null });
		if (this.running) void this.startOne(service);
	}

	get isRunning(): boolean {
		return this.running;
	}

	statuses(): ServiceStatus[] {
		return [...this.status.values()];
	}

	/** Timers still scheduled by all services (0 after stop). */
	get activeTimers(): number {
		let n = 0;
		for (const c of this.clocks.values()) n += c.active;
		return n;
	}

	async start(): Promise<void> {
		if (this.running) return;
		this.running = true;
		for (const s of this.services) await this.startOne(s);
	}

	private async startOne(service: Service): Promise<void> {
		const scoped = new ScopedClock(this.clock);
		this.clocks.set(service.name, scoped);
		try {
			await service.start(scoped);
			this.status.set(service.name, { name: service.name, state: "running", error: null });
			const failed = this.failures.get(service.name);
			if (failed) {
				this.failures.delete(service.name);
				this.onRecovered?.(service.name, failed);
			}
		} catch (err) {
			scoped.clearAll();
			const message = messageOf(err);
			const failures = (this.failures.get(service.name) ?? 0) + 1;
			this.failures.set(service.name, failures);
			const status: ServiceStatus = { name: service.name, state: "failed", error: message };
			// A failed part is started again later, so one bad moment (a damaged file, a full disk) never stops it for good.
			if (this.running) {
				const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length) - 1]!;
				status.restartAt = this.clock.now() + delay;
				const timer = this.clock.setTimeout(() => void this.restart(service), delay);
				this.restarts.set(service.name, { timer, failures });
			}
			this.status.set(service.name, status);
			this.onError(service.name, message);
		}
	}

	private async restart(service: Service): Promise<void> {
		this.restarts.delete(service.name);
		if (!this.running) return;
		try {
			await service.stop();
		} catch {
			// Stopping a half-started service may fail; starting it again is what matters.
		}
		this.clocks.get(service.name)?.clearAll();
		await this.startOne(service);
	}

	/** Runs one pass of every service that has one, in order; errors are reported (and returned), not thrown. */
	async runOnce(): Promise<{ service: string; error: string }[]> {
		const failed: { service: string; error: string }[] = [];
		for (const s of this.services) {
			if (!s.runOnce) continue;
			try {
				await s.runOnce();
			} catch (err) {
				failed.push({ service: s.name, error: messageOf(err) });
				this.onError(s.name, messageOf(err));
			}
		}
		return failed;
	}

	async stop(): Promise<void> {
		this.running = false;
		for (const r of this.restarts.values()) this.clock.clearTimeout(r.timer);
		this.restarts.clear();
		this.failures.clear();
		for (const s of [...this.services].reverse()) {
			try {
				await s.stop();
			} catch (err) {
				this.onError(s.name, messageOf(err));
			}
			this.clocks.get(s.name)?.clearAll();
			this.status.set(s.name, { name: s.name, state: "stopped", error: null });
		}
	}
}
