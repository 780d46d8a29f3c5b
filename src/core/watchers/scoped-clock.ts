// A clock whose timers are all cleared at once: what lets the supervisor stop with nothing left running.
import type { Clock, TimerHandle } from "../ports";

export class ScopedClock implements Clock {
	private readonly timeouts = new Set<TimerHandle>();
	private readonly intervals = new Set<TimerHandle>();

	constructor(private readonly base: Clock) {}

	now(): number {
		return this.base.now();
	}

	setTimeout(fn: () => void, ms: number): TimerHandle {
		const handle = this.base.setTimeout(() => {
			this.timeouts.delete(handle);
			fn();
		}, ms);
		this.timeouts.add(handle);
		return handle;
	}

	clearTimeout(handle: TimerHandle): void {
		this.timeouts.delete(handle);
		this.base.clearTimeout(handle);
	}

	setInterval(fn: () => void, ms: number): TimerHandle {
		const handle = this.base.setInterval(fn, ms);
		this.intervals.add(handle);
		return handle;
	}

	clearInterval(handle: TimerHandle): void {
		this.intervals.delete(handle);
		this.base.clearInterval(handle);
	}

	/** Number of timers still scheduled. */
	get active(): number {
		return this.timeouts.size + this.intervals.size;
	}

	clearAll(): void {
		for (const h of this.timeouts) this.base.clearTimeout(h);
		for (const h of this.intervals) this.base.clearInterval(h);
		this.timeouts.clear();
		this.intervals.clear();
	}
}
