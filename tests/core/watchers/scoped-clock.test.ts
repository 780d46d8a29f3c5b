// The scoped clock: a service's timers, cleared in one call.
import { describe, expect, it } from "vitest";
import { ScopedClock } from "../../../src/core/watchers/scoped-clock";
import { FakeClock } from "../../helpers";

describe("a scoped clock", () => {
	it("forgets a timeout once it has fired", () => {
		const base = new FakeClock();
		const scoped = new ScopedClock(base);
		let fired = 0;
		scoped.setTimeout(() => fired++, 100);
		expect(scoped.active).toBe(1);
		base.advance(100);
		expect(fired).toBe(1);
		expect(scoped.active).toBe(0);
	});

	it("clears every timeout and interval at once, on the underlying clock too", () => {
		const base = new FakeClock();
		const scoped = new ScopedClock(base);
		let fired = 0;
		scoped.setTimeout(() => fired++, 100);
		scoped.setInterval(() => fired++, 50);
		scoped.clearAll();
		base.advance(1_000);
		expect(fired).toBe(0);
		expect(scoped.active).toBe(0);
		expect(base.pending).toBe(0);
	});

	it("reads time from the underlying clock", () => {
		const base = new FakeClock("2026-05-01T00:00:00Z");
		expect(new ScopedClock(base).now()).toBe(Date.parse("2026-05-01T00:00:00Z"));
	});
});
