// A controllable clock for the Clock port: time moves only when a test calls advance(), and timers fire in order.
import type { Clock, TimerHandle } from "../../src/core/ports";

interface Timer {
	handle: TimerHandle;
	due: number;
	/** Set for intervals: the period to re-arm with. */
	every: number | null;
	fn: () => void;
	/** Creation order, so timers due at the same instant fire in the order they were set (as in browsers and Node). */
	seq: number;
}

export class FakeClock implements Clock {
	private current: number;
	private readonly timers = new Map<TimerHandle, Timer>();
	private seq = 0;

	/** @param start the starting instant, as ms since the epoch or an ISO string. */
	constructor(start: number | string = "2026-01-15T09:00:00Z") {
		this.current = typeof start === "number" ? start : Date.parse(start);
		if (Number.isNaN(this.current)) throw new Error(`FakeClock: not a date: ${String(start)}`);
	}

	now(): number {
		return this.current;
	}

	setTimeout(fn: () => void, ms: number): TimerHandle {
		return this.add(fn, ms, null);
	}

	clearTimeout(handle: TimerHandle): void {
		this.timers.delete(handle);
	}

	setInterval(fn: () => void, ms: number): TimerHandle {
		// Like browsers, a zero period still waits a tick (1 ms here) so advance() cannot spin forever.
		return this.add(fn, ms, Math.max(1, ms));
	}

	clearInterval(handle: TimerHandle): void {
		this.timers.delete(handle);
	}

	/** Number of timers still scheduled (intervals count until cleared). */
	get pending(): number {
		return this.timers.size;
	}

	/**
	 * Moves time forward by `ms`, firing every timer that falls due on the way, earliest first; `now()` reads each
	 * timer's due time while it runs. Timers set by a callback fire too when they fall inside the window.
	 */
	advance(ms: number): void {
		const end = this.current + ms;
		for (let next = this.nextDue(end); next; next = this.nextDue(end)) this.fire(next);
		this.current = end;
	}

	/**
	 * Like advance(), but lets promises settle after each timer, for callbacks that start async work (log appends,
	 * vault writes) whose follow-up timers must be seen in the same window.
	 */
	async advanceAsync(ms: number): Promise<void> {
		const end = this.current + ms;
		await flushMicrotasks();
		for (let next = this.nextDue(end); next; next = this.nextDue(end)) {
			this.fire(next);
			await flushMicrotasks();
		}
		this.current = end;
	}

	/** Jumps to an instant without firing anything in between (a laptop waking from sleep), then fires what is due. */
	jumpTo(instant: number | string): void {
		const target = typeof instant === "number" ? instant : Date.parse(instant);
		if (target < this.current) throw new Error("FakeClock: time does not run backwards");
		this.current = target;
		this.advance(0);
	}

	private add(fn: () => void, ms: number, every: number | null): TimerHandle {
		const handle: TimerHandle = { id: ++this.seq };
		this.timers.set(handle, { handle, due: this.current + Math.max(0, ms), every, fn, seq: this.seq });
		return handle;
	}

	private nextDue(end: number): Timer | undefined {
		let best: Timer | undefined;
		for (const t of this.timers.values()) {
			if (t.due > end) continue;
			if (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq)) best = t;
		}
		return best;
	}

	private fire(timer: Timer): void {
		this.current = Math.max(this.current, timer.due);
		if (timer.every === null) this.timers.delete(timer.handle);
		else {
			timer.due += timer.every;
			timer.seq = ++this.seq;
		}
		timer.fn();
	}
}

/** Lets queued promise callbacks run (several rounds, for chains of awaits). */
export async function flushMicrotasks(rounds = 20): Promise<void> {
	for (let i = 0; i < rounds; i++) await Promise.resolve();
}
