// The fake clock fires timers as real ones would, only on command, so timing tests are exact and instant.
import { describe, expect, it } from "vitest";
import { FakeClock } from "./fake-clock";

describe("FakeClock", () => {
	it("fires timers in due order, with now() reading each timer's due time", () => {
		const clock = new FakeClock(1_000);
		const fired: [string, number][] = [];
		clock.setTimeout(() => fired.push(["b", clock.now()]), 200);
		clock.setTimeout(() => fired.push(["a", clock.now()]), 100);
		clock.setInterval(() => fired.push(["i", clock.now()]), 150);
		clock.advance(300);
		expect(fired).toEqual([
			["a", 1_100],
			["i", 1_150],
			["b", 1_200],
			["i", 1_300],
		]);
		expect(clock.now()).toBe(1_300);
	});

	it("fires a timer set by a callback when it falls inside the same advance", () => {
		const clock = new FakeClock(0);
		const fired: number[] = [];
		clock.setTimeout(() => clock.setTimeout(() => fired.push(clock.now()), 50), 50);
		clock.advance(100);
		expect(fired).toEqual([100]);
	});

	it("never fires a cleared timer", () => {
		const clock = new FakeClock(0);
		let n = 0;
		const t = clock.setTimeout(() => n++, 10);
		const i = clock.setInterval(() => n++, 10);
		clock.clearTimeout(t);
		clock.clearInterval(i);
		clock.advance(100);
		expect(n).toBe(0);
		expect(clock.pending).toBe(0);
	});

	it("lets async work started by a timer finish before the next timer fires", async () => {
		const clock = new FakeClock(0);
		const order: string[] = [];
		clock.setTimeout(() => void Promise.resolve().then(() => order.push("async work of first")), 10);
		clock.setTimeout(() => order.push("second"), 20);
		await clock.advanceAsync(30);
		expect(order).toEqual(["async work of first", "second"]);
	});
});
