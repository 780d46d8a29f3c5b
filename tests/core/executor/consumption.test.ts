// This device's ledger of consumed approvals: sealed with the device key; a damaged record counts as consumed.
import { describe, expect, it } from "vitest";
import { ConsumptionLedger, MemoryDeviceState } from "../../../src/core/executor/consumption";
import { FakeClock } from "../../helpers";

const attempt = { key: "REQ-1#1", state: "started" as const, at: "2026-11-26T09:00:00.000Z", path: "AI_Employee/Approved/a.md", device: "headless:vps" };

describe("the consumption ledger", () => {
	it("knows an attempt once it is recorded, and gives it back only when nothing was sent", async () => {
		const ledger = new ConsumptionLedger(new MemoryDeviceState(), new FakeClock());
		expect(await ledger.check("REQ-1#1")).toEqual({ consumed: false });
		await ledger.record(attempt);
		expect(await ledger.check("REQ-1#1")).toMatchObject({ consumed: true, entry: attempt });
		await ledger.record({ ...attempt, state: "released" });
		expect(await ledger.check("REQ-1#1")).toEqual({ consumed: false });
	});

	it("counts a record whose seal does not match as consumed, and says so", async () => {
		const store = new MemoryDeviceState();
		const ledger = new ConsumptionLedger(store, new FakeClock());
		await ledger.record(attempt);
		const raw = (await store.get("consumed:REQ-1#1"))!;
		await store.set("consumed:REQ-1#1", raw.replace('"started"', '"released"'));
		const check = await ledger.check("REQ-1#1");
		expect(check).toMatchObject({ consumed: true, entry: null });
		expect(check.consumed && check.reason).toMatch(/damaged, so it is treated as already run/);
	});

	it("keeps the time it began its record, and starts afresh (later, more careful) when that record is damaged", async () => {
		const clock = new FakeClock("2026-11-26T09:00:00Z");
		const store = new MemoryDeviceState();
		const first = await new ConsumptionLedger(store, clock).startedAt();
		clock.advance(60_000);
		expect(await new ConsumptionLedger(store, clock).startedAt()).toBe(first);
		await store.set("since", JSON.stringify({ at: 0, nonce: "x", mac: "0".repeat(64) }));
		expect(await new ConsumptionLedger(store, clock).startedAt()).toBe(first + 60_000);
	});
});
