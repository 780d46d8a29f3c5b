// A service that checks on start and then every so often, one check at a time: the shape of the weekly schedules.
import type { Clock, TimerHandle } from "../ports";
import type { Service } from "./supervisor";

export abstract class PeriodicService implements Service {
	abstract readonly name: string;
	private clock: Clock | null = null;
	private timer: TimerHandle | null = null;
	private running: Promise<void> | null = null;

	constructor(private readonly everyMs: number) {}

	/** One check; the work itself. */
	protected abstract checkNow(): Promise<void>;

	start(clock: Clock): void {
		this.clock = clock;
		this.timer = clock.setInterval(() => void this.check(), this.everyMs);
		void this.check();
	}

	/** Stops the timer and waits for a check in progress, so nothing is left writing after unload. */
	stop(): Promise<void> {
		if (this.timer && this.clock) this.clock.clearInterval(this.timer);
		this.timer = null;
		return this.running ?? Promise.resolve();
	}

	runOnce(): Promise<void> {
		return this.check();
	}

	/** Concurrent calls share the check in progress. */
	check(): Promise<void> {
		this.running ??= this.checkNow().finally(() => (this.running = null));
		return this.running;
	}
}
