import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { Layout } from "../../src/core/layout/folders";
import { ExecutorLock, lockPathFor, type ExecutorLockOptions, type LockRecord } from "../../src/core/executor/lock";
import { NodeVaultStore } from "../../src/node/vault-store";
import { FakeClock } from "../helpers/fake-clock";
import { tempDir } from "./helpers";

const LOCK = lockPathFor(new Layout("AI_Employee"));

function makeLock(root: string, clock: FakeClock, over: Partial<ExecutorLockOptions> = {}): ExecutorLock {
	return new ExecutorLock({
		vault: new NodeVaultStore(root),
		path: LOCK,
		clock,
		holder: "runner-a",
		pid: 1111,
		hostName: "office-mac",
		timeZone: "UTC",
		staleAfterMs: 90_000,
		heartbeatMs: 30_000,
		isAlive: () => true,
		...over,
	});
}

function readLock(root: string): LockRecord {
	return JSON.parse(readFileSync(path.join(root, LOCK), "utf8")) as LockRecord;
}

describe("executor lock", () => {
	it("lives in the state folder of the vault's root folder", () => {
		expect(LOCK).toBe("AI_Employee/Logs/state/executor-lock.json");
	});

	it("refuses a second runner and says who holds the lock, since when and what to do", async () => {
		const root = tempDir();
		const clock = new FakeClock("2026-11-26T08:00:00Z");
		const a = makeLock(root, clock);
		expect(await a.acquire()).toEqual({ ok: true, tookOverFrom: null });
		expect(readLock(root)).toMatchObject({ holder: "runner-a", pid: 1111, host: "office-mac", started: "2026-11-26T08:00:00.000Z" });

		clock.advance(20_000);
		const b = makeLock(root, new FakeClock("2026-11-26T08:00:20Z"), { holder: "runner-b", pid: 2222, hostName: "vps" });
		const result = await b.acquire();
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.holder.holder).toBe("runner-a");
		expect(result.message).toContain("runner-a (process 1111 on office-mac), running since 2026-11-26 08:00");
		expect(result.message).toContain("Stop that runner first");
		expect(result.message).toContain("AI_Employee/Logs/state/executor-lock.json");
		expect(b.isHeld).toBe(false);
		expect(readLock(root).holder).toBe("runner-a");
		await a.release();
	});

	it("refreshes its heartbeat on the interval", async () => {
		const root = tempDir();
		const clock = new FakeClock("2026-11-26T08:00:00Z");
		const a = makeLock(root, clock);
		await a.acquire();
		clock.advance(30_000);
		await a.beat();
		expect(readLock(root)).toMatchObject({ started: "2026-11-26T08:00:00.000Z", heartbeat: "2026-11-26T08:00:30.000Z" });
		clock.advance(30_000);
		await a.beat();
		expect(readLock(root).heartbeat).toBe("2026-11-26T08:01:00.000Z");
		await a.release();
		expect(clock.pending).toBe(0);
	});

	it("takes over the lock of a runner that stopped beating, and the old runner learns it lost it", async () => {
		const root = tempDir();
		const clockA = new FakeClock("2026-11-26T08:00:00Z");
		let lostTo: LockRecord | null | undefined;
		const a = makeLock(root, clockA, { onLost: (by) => (lostTo = by) });
		await a.acquire();

		// Runner A's machine sleeps; 91 s later runner B starts elsewhere.
		const b = makeLock(root, new FakeClock("2026-11-26T08:01:31Z"), { holder: "runner-b", pid: 2222, hostName: "vps" });
		const result = await b.acquire();
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.tookOverFrom?.holder).toBe("runner-a");
		expect(readLock(root).holder).toBe("runner-b");

		// A wakes up: its next heartbeat sees B's lock and steps down instead of overwriting it.
		clockA.advance(30_000);
		await a.beat();
		expect(lostTo?.holder).toBe("runner-b");
		expect(a.isHeld).toBe(false);
		expect(clockA.pending).toBe(0);
		await a.release();
		expect(readLock(root).holder).toBe("runner-b");
		await b.release();
		expect(existsSync(path.join(root, LOCK))).toBe(false);
	});

	it("takes over at once after a crash on the same machine, without waiting for the stale limit", async () => {
		const root = tempDir();
		const clock = new FakeClock("2026-11-26T08:00:00Z");
		await makeLock(root, clock, { holder: "crashed-run" }).acquire();
		const restarted = makeLock(root, clock, { holder: "new-run", pid: 3333, isAlive: (pid) => pid !== 1111 });
		const result = await restarted.acquire();
		expect(result).toMatchObject({ ok: true, tookOverFrom: { holder: "crashed-run", pid: 1111 } });
		await restarted.release();
	});

	it("takes over a lock file that is unreadable and old", async () => {
		const root = tempDir();
		mkdirSync(path.join(root, "AI_Employee/Logs/state"), { recursive: true });
		writeFileSync(path.join(root, LOCK), "{ torn");
		const clock = new FakeClock(Date.now() + 10 * 60_000);
		const a = makeLock(root, clock);
		expect((await a.acquire()).ok).toBe(true);
		expect(readLock(root).holder).toBe("runner-a");
		await a.release();
	});

	it("lets exactly one of two runners take over the same stale lock", async () => {
		for (let round = 0; round < 10; round++) {
			const root = tempDir();
			await makeLock(root, new FakeClock("2026-11-26T08:00:00Z"), { holder: "dead" }).acquire();
			const later = () => new FakeClock("2026-11-26T09:00:00Z");
			const b = makeLock(root, later(), { holder: "runner-b", pid: 2222 });
			const c = makeLock(root, later(), { holder: "runner-c", pid: 3333 });
			const [rb, rc] = await Promise.all([b.acquire(), c.acquire()]);
			expect([rb.ok, rc.ok].filter(Boolean)).toHaveLength(1);
			const winner = rb.ok ? "runner-b" : "runner-c";
			expect(readLock(root).holder).toBe(winner);
			await b.release();
			await c.release();
		}
	});

	it("releases by removing the file, and never removes another runner's lock", async () => {
		const root = tempDir();
		const clock = new FakeClock("2026-11-26T08:00:00Z");
		const a = makeLock(root, clock);
		await a.acquire();
		await a.release();
		expect(existsSync(path.join(root, LOCK))).toBe(false);
		expect(clock.pending).toBe(0);

		const b = makeLock(root, clock, { holder: "runner-b", pid: 2222 });
		await b.acquire();
		await a.release();
		expect(readLock(root).holder).toBe("runner-b");
		await b.release();
	});

	it("claims the lock again when someone deleted the file by hand", async () => {
		const root = tempDir();
		const clock = new FakeClock("2026-11-26T08:00:00Z");
		const a = makeLock(root, clock);
		await a.acquire();
		const { rmSync } = await import("node:fs");
		rmSync(path.join(root, LOCK));
		clock.advance(30_000);
		await a.beat();
		expect(readLock(root).holder).toBe("runner-a");
		expect(a.isHeld).toBe(true);
		await a.release();
	});
});
