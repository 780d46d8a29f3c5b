// Starts and stops every long-running part (watchers, schedules, the executor loop) as one unit.
import type { Clock } from "../ports";
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
}

export class Supervisor {
	private readonly services: Service[] = [];
	private readonly status = new Map<string, ServiceStatus>();
	private readonly clocks = new Map<string, ScopedClock>();
	private running = false;

	constructor(
		private readonly clock: Clock,
		private readonly onError: (service: string, error: string) => void,
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
		} catch (err) {
			scoped.clearAll();
			const message = messageOf(err);
			this.status.set(service.name, { name: service.name, state: "failed", error: message });
			this.onError(service.name, message);
		}
	}

	/** Runs one pass of every service that has one, in order; errors are reported, not thrown. */
	async runOnce(): Promise<void> {
		for (const s of this.services) {
			if (!s.runOnce) continue;
			try {
				await s.runOnce();
			} catch (err) {
				this.onError(s.name, messageOf(err));
			}
		}
	}

	async stop(): Promise<void> {
		this.running = false;
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
