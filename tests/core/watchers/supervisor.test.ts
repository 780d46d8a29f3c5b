// The supervisor: every watcher and schedule starts and stops as one, and one broken part never stops the others.
import { describe, expect, it } from "vitest";
import type { Clock } from "../../../src/core/ports";
import { Supervisor, type Service } from "../../../src/core/watchers/supervisor";
import { FakeClock } from "../../helpers";

/** A service that ticks on an interval from the clock it is given, and remembers what happened to it. */
function ticker(name: string, everyMs: number) {
	const state = { ticks: 0, started: 0, stopped: 0, runs: 0 };
	const service: Service = {
		name,
		start(clock: Clock) {
			state.started++;
			clock.setInterval(() => state.ticks++, everyMs);
		},
		stop() {
			state.stopped++;
		},
		runOnce() {
			state.runs++;
			return Promise.resolve();
		},
	};
	return { service, state };
}

function supervisor(clock = new FakeClock()) {
	const errors: { service: string; error: string }[] = [];
	const sup = new Supervisor(clock, (service, error) => errors.push({ service, error }));
	return { sup, errors, clock };
}

describe("starting and stopping", () => {
	it("starts every service and reports them running", async () => {
		const { sup, clock } = supervisor();
		const a = ticker("gmail-watcher", 1_000);
		const b = ticker("executor", 60_000);
		sup.add(a.service);
		sup.add(b.service);

		await sup.start();
		clock.advance(60_000);

		expect(sup.isRunning).toBe(true);
		expect(sup.statuses().map((s) => s.state)).toEqual(["running", "running"]);
		expect(a.state.ticks).toBe(60);
		expect(b.state.ticks).toBe(1);
	});

	it("leaves no timer behind after stop, even ones a service forgot to clear", async () => {
		const { sup, clock } = supervisor();
		const a = ticker("gmail-watcher", 1_000);
		sup.add(a.service);
		sup.add({ name: "one-shot", start: (c) => void c.setTimeout(() => undefined, 5_000), stop: () => undefined });
		await sup.start();
		expect(sup.activeTimers).toBe(2);

		await sup.stop();
		clock.advance(10_000);

		expect(clock.pending).toBe(0);
		expect(sup.activeTimers).toBe(0);
		expect(a.state.ticks).toBe(0);
		expect(a.state.stopped).toBe(1);
		expect(sup.statuses().every((s) => s.state === "stopped")).toBe(true);
	});

	it("starts a service added while running straight away", async () => {
		const { sup, clock } = supervisor();
		await sup.start();
		const late = ticker("late", 1_000);
		sup.add(late.service);
		await Promise.resolve();
		clock.advance(3_000);
		expect(late.state.ticks).toBe(3);
	});

	it("can be started again after a stop (plugin re-enabled)", async () => {
		const { sup, clock } = supervisor();
		const a = ticker("watcher", 1_000);
		sup.add(a.service);
		await sup.start();
		await sup.stop();
		await sup.start();
		clock.advance(2_000);
		expect(a.state.started).toBe(2);
		expect(a.state.ticks).toBe(2);
	});

	it("starting twice does not start services twice", async () => {
		const { sup } = supervisor();
		const a = ticker("watcher", 1_000);
		sup.add(a.service);
		await sup.start();
		await sup.start();
		expect(a.state.started).toBe(1);
	});
});

describe("a service that fails", () => {
	it("is reported with its error while the others keep running", async () => {
		const { sup, errors, clock } = supervisor();
		const before = ticker("before", 1_000);
		const after = ticker("after", 1_000);
		sup.add(before.service);
		sup.add({
			name: "broken",
			start: () => {
				throw new Error("Gmail token expired");
			},
			stop: () => undefined,
		});
		sup.add(after.service);

		await sup.start();
		clock.advance(2_000);

		expect(errors).toEqual([{ service: "broken", error: "Gmail token expired" }]);
		expect(sup.statuses().find((s) => s.name === "broken")).toEqual({ name: "broken", state: "failed", error: "Gmail token expired", restartAt: clock.now() - 2_000 + 5_000 });
		expect(before.state.ticks).toBe(2);
		expect(after.state.ticks).toBe(2);
	});

	it("is started again after a pause, with longer pauses while it keeps failing, and reported once it runs", async () => {
		const clock = new FakeClock();
		const errors: string[] = [];
		const recovered: number[] = [];
		const sup = new Supervisor(clock, (_s, e) => errors.push(e), (_s, n) => recovered.push(n));
		let attempts = 0;
		sup.add({
			name: "Request workflow",
			start: () => {
				attempts++;
				if (attempts < 3) throw new Error(`bad journal ${attempts}`);
			},
			stop: () => undefined,
		});
		await sup.start();
		expect(sup.statuses()[0]).toMatchObject({ state: "failed", error: "bad journal 1", restartAt: clock.now() + 5_000 });
		clock.advance(5_000);
		await new Promise((r) => setTimeout(r, 0));
		expect(sup.statuses()[0]).toMatchObject({ state: "failed", error: "bad journal 2", restartAt: clock.now() + 30_000 });
		clock.advance(30_000);
		await new Promise((r) => setTimeout(r, 0));
		expect(sup.statuses()[0]).toEqual({ name: "Request workflow", state: "running", error: null });
		expect(errors).toEqual(["bad journal 1", "bad journal 2"]);
		expect(recovered).toEqual([2]);
		await sup.stop();
		expect(clock.pending).toBe(0);
	});

	it("has the timers it set before failing cleared", async () => {
		const { sup, clock } = supervisor();
		let ticks = 0;
		sup.add({
			name: "half-started",
			start: (c) => {
				c.setInterval(() => ticks++, 1_000);
				throw new Error("no config");
			},
			stop: () => undefined,
		});
		await sup.start();
		clock.advance(5_000);
		await new Promise((r) => setTimeout(r, 0));
		expect(ticks).toBe(0);
		// Only the supervisor's own timer for the next start is left; stopping clears it too.
		expect(clock.pending).toBe(1);
		await sup.stop();
		expect(clock.pending).toBe(0);
	});

	it("is reported when its async start rejects", async () => {
		const { sup, errors } = supervisor();
		sup.add({ name: "async", start: () => Promise.reject(new Error("offline")), stop: () => undefined });
		await sup.start();
		expect(errors).toEqual([{ service: "async", error: "offline" }]);
	});

	it("does not stop the others from stopping when its stop throws", async () => {
		const { sup, errors } = supervisor();
		const a = ticker("a", 1_000);
		sup.add(a.service);
		sup.add({
			name: "stubborn",
			start: () => undefined,
			stop: () => {
				throw new Error("busy");
			},
		});
		await sup.start();
		await sup.stop();
		expect(a.state.stopped).toBe(1);
		expect(errors).toEqual([{ service: "stubborn", error: "busy" }]);
		expect(sup.activeTimers).toBe(0);
	});
});

describe("one pass (headless --once)", () => {
	it("runs each service's pass in order and reports a failing one without skipping the rest", async () => {
		const { sup, errors } = supervisor();
		const order: string[] = [];
		const pass = (name: string, fail = false): Service => ({
			name,
			start: () => undefined,
			stop: () => undefined,
			runOnce: () => {
				order.push(name);
				return fail ? Promise.reject(new Error(`${name} failed`)) : Promise.resolve();
			},
		});
		sup.add(pass("inbox"));
		sup.add(pass("odoo", true));
		sup.add({ name: "no-pass", start: () => undefined, stop: () => undefined });
		sup.add(pass("executor"));

		await sup.runOnce();

		expect(order).toEqual(["inbox", "odoo", "executor"]);
		expect(errors).toEqual([{ service: "odoo", error: "odoo failed" }]);
	});
});
