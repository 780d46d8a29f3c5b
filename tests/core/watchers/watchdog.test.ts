// The watchdog: a watcher that crashes, hangs or is refused its sign-in comes back on its own or says clearly why not.
import { describe, expect, it } from "vitest";
import { Supervisor } from "../../../src/core/watchers/supervisor";
import { Watchdog, type WatchdogEvent } from "../../../src/core/watchers/watchdog";
import type { Watcher } from "../../../src/core/watchers/watcher";
import { CategorizedError } from "../../../src/core/util/errors";
import type { AuditInput } from "../../../src/core/log/entry";
import { FakeClock, ListNotifier, flushMicrotasks } from "../../helpers";

type Behaviour = "ok" | "throw" | "hang" | "auth";

/** A watcher whose next polls behave as the test says; it records when each poll started and whether it was aborted. */
function scripted(name: string, clock: FakeClock, script: Behaviour[] | (() => Behaviour), intervalMs = 5_000) {
	const starts: number[] = [];
	const signals: AbortSignal[] = [];
	let i = 0;
	const next = (): Behaviour => (typeof script === "function" ? script() : (script[Math.min(i++, script.length - 1)] ?? "ok"));
	const watcher: Watcher = {
		name,
		intervalMs,
		connector: "gmail",
		poll(signal) {
			starts.push(clock.now());
			signals.push(signal);
			switch (next()) {
				case "ok":
					return Promise.resolve();
				case "throw":
					return Promise.reject(new Error("Mailbox answered garbage"));
				case "auth":
					return Promise.reject(new CategorizedError("auth", "invalid_grant", "Sign in to Gmail again in the settings."));
				case "hang":
					// Ignores its signal on purpose: the watchdog must cope with watchers that never answer.
					return new Promise<void>(() => undefined);
			}
		},
	};
	return { watcher, starts, signals };
}

function setup() {
	const clock = new FakeClock("2026-03-02T03:00:00Z");
	const notifier = new ListNotifier();
	const logged: AuditInput[] = [];
	const events: WatchdogEvent[] = [];
	const dog = new Watchdog({ notifier, log: (e) => logged.push(e), actor: "test", timeZone: () => "UTC", now: () => clock.now() });
	dog.subscribe((e) => events.push(e));
	const sup = new Supervisor(clock, () => undefined);
	sup.add(dog);
	return { clock, notifier, logged, events, dog, sup };
}

describe("watchdog", () => {
	it("polls a healthy watcher on its interval and reports its last and next run", async () => {
		const { clock, dog, sup } = setup();
		const w = scripted("Gmail", clock, ["ok"]);
		dog.add(w.watcher);
		await sup.start();
		await clock.advanceAsync(12_000);
		expect(w.starts.map((t) => t - w.starts[0]!)).toEqual([0, 5_000, 10_000]);
		const s = dog.status("Gmail")!;
		expect(s.state).toBe("running");
		expect(s.lastSuccess).toBe(w.starts[2]);
		expect(s.nextRun).toBe(w.starts[2]! + 5_000);
		await sup.stop();
	});

	it("restarts a watcher that throws within a second, then backs off 2, 4, 8 s", async () => {
		const { clock, dog, sup, events } = setup();
		const w = scripted("Gmail", clock, ["throw", "throw", "throw", "throw", "ok"]);
		dog.add(w.watcher);
		await sup.start();
		await clock.advanceAsync(60_000);
		const gaps = w.starts.slice(1, 5).map((t, k) => t - w.starts[k]!);
		expect(gaps).toEqual([1_000, 2_000, 4_000, 8_000]);
		// Every restart is well inside the 30 s promise.
		expect(Math.max(...gaps)).toBeLessThanOrEqual(30_000);
		expect(events.filter((e) => e.kind === "restarted")).toHaveLength(4);
		const s = dog.status("Gmail")!;
		expect(s).toMatchObject({ state: "running", failures: 0, restarts: 4, lastError: null });
		await sup.stop();
	});

	it("detects a hung poll, cancels it through its signal and runs the watcher again within 30 s", async () => {
		const { clock, dog, sup, events } = setup();
		const w = scripted("Inbox", clock, ["hang", "ok"]);
		dog.add(w.watcher, { stallMs: 20_000 });
		await sup.start();
		await clock.advanceAsync(25_000);
		const hung = events.find((e) => e.kind === "hung")!;
		expect(hung.status.lastError).toMatch(/No answer within 20 s/);
		expect(w.signals[0]!.aborted).toBe(true);
		expect(w.starts).toHaveLength(2);
		const detectedAt = w.starts[0]! + 20_000;
		expect(w.starts[1]! - detectedAt).toBe(1_000);
		expect(w.starts[1]! - w.starts[0]!).toBeLessThanOrEqual(30_000);
		expect(dog.status("Inbox")!.state).toBe("running");
		await sup.stop();
	});

	it("treats a poll that answers after being declared hung as over: its late answer changes nothing", async () => {
		const { clock, dog, sup } = setup();
		let release: () => void = () => undefined;
		let first = true;
		const watcher: Watcher = {
			name: "Slow",
			intervalMs: 5_000,
			poll: () => {
				if (!first) return Promise.reject(new Error("second poll fails"));
				first = false;
				return new Promise<void>((r) => (release = r));
			},
		};
		dog.add(watcher, { stallMs: 1_000, backoffBaseMs: 10_000 });
		await sup.start();
		await clock.advanceAsync(1_500);
		expect(dog.status("Slow")!.state).toBe("restarting");
		release();
		await flushMicrotasks();
		expect(dog.status("Slow")!).toMatchObject({ state: "restarting", lastSuccess: null });
		await sup.stop();
	});

	it("opens the circuit after five failures in a row, says so once, and tries again after the cool-down", async () => {
		const { clock, dog, sup, notifier, logged, events } = setup();
		let broken = true;
		const w = scripted("Gmail", clock, () => (broken ? "throw" : "ok"));
		dog.add(w.watcher, { circuitCooldownMs: 10 * 60_000 });
		await sup.start();
		await clock.advanceAsync(60_000);
		// 5 polls: the first plus restarts after 1, 2, 4, 8 s; then the circuit is open and nothing runs.
		expect(w.starts).toHaveLength(5);
		const s = dog.status("Gmail")!;
		expect(s.state).toBe("failed");
		expect(s.reason).toMatch(/Stopped retrying after 5 failures in a row; tries again at 2026-03-02 03:10/);
		const failureNotices = notifier.notices.filter((n) => n.kind === "failure");
		expect(failureNotices).toHaveLength(1);
		expect(failureNotices[0]!.message).toMatch(/the Gmail watcher stopped retrying after 5 failures/);
		expect(logged.map((l) => l.action_type)).toContain("watcher.circuit_open");

		// A failed trial after the cool-down keeps the circuit open, quietly.
		await clock.advanceAsync(10 * 60_000);
		expect(w.starts).toHaveLength(6);
		expect(dog.status("Gmail")!.state).toBe("failed");
		expect(notifier.notices.filter((n) => n.kind === "failure")).toHaveLength(1);

		// The service is back: the next trial closes the circuit and the owner hears that it works again.
		broken = false;
		await clock.advanceAsync(10 * 60_000);
		expect(dog.status("Gmail")!).toMatchObject({ state: "running", failures: 0, reason: null });
		expect(events.some((e) => e.kind === "recovered")).toBe(true);
		expect(notifier.messages.at(-1)).toMatch(/the Gmail watcher works again/);
		const before = w.starts.length;
		await clock.advanceAsync(10_000);
		expect(w.starts.length - before).toBe(2);
		await sup.stop();
	});

	it("pauses a watcher whose sign-in is refused instead of retrying it, until the owner reconnects", async () => {
		const { clock, dog, sup, notifier, logged } = setup();
		let refused = true;
		const w = scripted("Gmail", clock, () => (refused ? "auth" : "ok"));
		dog.add(w.watcher);
		await sup.start();
		await clock.advanceAsync(60 * 60_000);
		expect(w.starts).toHaveLength(1);
		const s = dog.status("Gmail")!;
		expect(s.state).toBe("paused");
		expect(s.reason).toBe("Sign-in refused: invalid_grant. Sign in to Gmail again in the settings.");
		expect(notifier.notices).toEqual([{ kind: "auth", message: expect.stringMatching(/paused the Gmail watcher: the service refused its sign-in \(invalid_grant\)/) as string }]);
		expect(logged.map((l) => l.action_type)).toEqual(["watcher.paused"]);
		expect(clock.pending).toBe(0);

		refused = false;
		expect(dog.resume("gmail")).toBe(1);
		await clock.advanceAsync(1);
		expect(w.starts).toHaveLength(2);
		expect(dog.status("Gmail")!.state).toBe("running");
		await sup.stop();
	});

	it("Restart watchers closes an open circuit and lifts a pause at once", async () => {
		const { clock, dog, sup } = setup();
		let mode: Behaviour = "throw";
		const a = scripted("Gmail", clock, () => mode);
		const b = scripted("Bank", clock, () => (mode === "throw" ? "auth" : "ok"));
		dog.add(a.watcher);
		dog.add(b.watcher);
		await sup.start();
		await clock.advanceAsync(60_000);
		expect(dog.statuses().map((s) => s.state)).toEqual(["failed", "paused"]);
		mode = "ok";
		dog.restartAll();
		await clock.advanceAsync(1);
		expect(dog.statuses().map((s) => [s.state, s.failures])).toEqual([
			["running", 0],
			["running", 0],
		]);
		await sup.stop();
	});

	it("leaves nothing running after stop: no timers, the hung poll aborted, no more polls", async () => {
		const { clock, dog, sup } = setup();
		const hanging = scripted("Inbox", clock, ["hang"]);
		const crashing = scripted("Gmail", clock, ["throw"]);
		const healthy = scripted("Bank", clock, ["ok"]);
		dog.add(hanging.watcher);
		dog.add(crashing.watcher);
		dog.add(healthy.watcher);
		await sup.start();
		await clock.advanceAsync(3_500);
		await sup.stop();
		expect(clock.pending).toBe(0);
		expect(sup.activeTimers).toBe(0);
		expect(dog.activeTimers).toBe(0);
		expect(hanging.signals.every((s) => s.aborted)).toBe(true);
		const counts = [hanging.starts.length, crashing.starts.length, healthy.starts.length];
		await clock.advanceAsync(60 * 60_000);
		expect([hanging.starts.length, crashing.starts.length, healthy.starts.length]).toEqual(counts);
		expect(dog.statuses().every((s) => s.state === "stopped")).toBe(true);
	});

	it("keeps a restart delay within 30 s even when configured longer", async () => {
		const { clock, dog, sup } = setup();
		const w = scripted("Gmail", clock, () => "throw");
		dog.add(w.watcher, { backoffBaseMs: 20_000, backoffMaxMs: 120_000, circuitThreshold: 10 });
		await sup.start();
		await clock.advanceAsync(5 * 60_000);
		const gaps = w.starts.slice(1).map((t, k) => t - w.starts[k]!);
		expect(gaps.slice(0, 4)).toEqual([20_000, 30_000, 30_000, 30_000]);
		await sup.stop();
	});

	it("runs each watcher once for the headless one-shot pass and records failures without throwing", async () => {
		const { clock, dog } = setup();
		const ok = scripted("Bank", clock, ["ok"]);
		const bad = scripted("Gmail", clock, ["auth"]);
		dog.add(ok.watcher);
		dog.add(bad.watcher);
		await dog.runOnce();
		expect(ok.starts).toHaveLength(1);
		expect(dog.statuses().map((s) => s.state)).toEqual(["stopped", "paused"]);
		expect(clock.pending).toBe(0);
	});
});
