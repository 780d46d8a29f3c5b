// The weekly schedule: one briefing per period, a missed Monday caught up once at the next start, nothing before it is due.
import { describe, expect, it } from "vitest";
import { BriefingSchedule } from "../../../src/core/briefing/schedule";
import { flushMicrotasks } from "../../helpers";
import { sampleDesk } from "./sample";

const BRIEFINGS = "AI_Employee/CEO_Briefings";

async function briefings(desk: ReturnType<typeof sampleDesk>): Promise<string[]> {
	return (await desk.host.vault.listFiles(BRIEFINGS)).sort();
}

async function startSchedule(desk: ReturnType<typeof sampleDesk>, options = {}): Promise<BriefingSchedule> {
	const s = new BriefingSchedule(desk.deps, options);
	desk.engine.addService(s);
	await desk.engine.start();
	await s.check();
	return s;
}

describe("the weekly schedule", () => {
	it("writes nothing before Monday 07:00 and the briefing once it is due", async () => {
		const desk = sampleDesk({ start: "2026-11-30T06:50:00Z" });
		// The state says last week's briefing was written, as it would be on a machine that ran last week.
		await desk.host.vault.write("AI_Employee/Logs/state/briefing.json", JSON.stringify({ lastPeriod: "2026-11-23" }));
		await startSchedule(desk);
		expect(await briefings(desk)).toEqual([]);

		await desk.host.clock.advanceAsync(15 * 60_000);
		await flushMicrotasks();
		await desk.engine.stop();
		expect(await briefings(desk)).toEqual([`${BRIEFINGS}/2026-11-30-briefing.md`]);
		expect(desk.host.notifier.messages.some((m) => m.includes("CEO briefing for 2026-11-23 to 2026-11-29 is ready"))).toBe(true);
	});

	it("catches up a missed Monday once at the next start, for the latest week only", async () => {
		// Off since before 16 November; started on Wednesday 2 December: only the briefing due on 30 November is written.
		const desk = sampleDesk({ start: "2026-12-02T09:00:00Z" });
		await desk.host.vault.write("AI_Employee/Logs/state/briefing.json", JSON.stringify({ lastPeriod: "2026-11-09" }));
		const s = await startSchedule(desk);
		await s.check();
		await desk.host.clock.advanceAsync(60 * 60_000);
		await desk.engine.stop();
		expect(await briefings(desk)).toEqual([`${BRIEFINGS}/2026-11-30-briefing.md`]);
	});

	it("never writes a second briefing for a period, even when restarted or checked again", async () => {
		const desk = sampleDesk({ start: "2026-11-30T08:00:00Z" });
		await startSchedule(desk);
		await desk.engine.stop();
		const first = await desk.host.vault.read(`${BRIEFINGS}/2026-11-30-briefing.md`);
		desk.host.clock.jumpTo("2026-11-30T10:00:00Z");
		await startSchedule(desk);
		await desk.host.clock.advanceAsync(30 * 60_000);
		await desk.engine.stop();
		expect(await briefings(desk)).toEqual([`${BRIEFINGS}/2026-11-30-briefing.md`]);
		expect(await desk.host.vault.read(`${BRIEFINGS}/2026-11-30-briefing.md`)).toBe(first);
		const log = (await desk.host.vault.read("AI_Employee/Logs/2026-11-30.jsonl")) ?? "";
		expect(log.split("\n").filter((l) => l.includes('"briefing.generated"'))).toHaveLength(1);
	});

	it("does not write again a briefing the owner deleted", async () => {
		const desk = sampleDesk({ start: "2026-11-30T08:00:00Z" });
		const s = await startSchedule(desk);
		await desk.host.vault.remove(`${BRIEFINGS}/2026-11-30-briefing.md`);
		await s.check();
		await desk.engine.stop();
		expect(await briefings(desk)).toEqual([]);
	});

	it("counts a briefing written on another device (or by the command) as done", async () => {
		const desk = sampleDesk({ start: "2026-11-30T08:00:00Z" });
		await desk.host.vault.write(`${BRIEFINGS}/2026-11-30-briefing.md`, "written elsewhere\n");
		await startSchedule(desk);
		await desk.engine.stop();
		expect(await desk.host.vault.read(`${BRIEFINGS}/2026-11-30-briefing.md`)).toBe("written elsewhere\n");
		expect(await desk.host.vault.read("AI_Employee/Logs/state/briefing.json")).toContain('"lastPeriod":"2026-11-30"');
	});

	it("writes nothing when turned off in the settings, or on a device that does not execute", async () => {
		const off = sampleDesk({ start: "2026-11-30T08:00:00Z" });
		off.settings.briefing.enabled = false;
		await startSchedule(off);
		await off.engine.stop();
		expect(await briefings(off)).toEqual([]);

		const other = sampleDesk({ start: "2026-11-30T08:00:00Z" });
		await startSchedule(other, { shouldRun: () => false });
		await other.engine.stop();
		expect(await briefings(other)).toEqual([]);
	});

	it("tries again at the next check when the disk refused the write, and says so", async () => {
		const desk = sampleDesk({ start: "2026-11-30T08:00:00Z" });
		const { ioError } = await import("../../helpers");
		desk.host.vault.failWith("createIfMissing", ioError("ENOSPC"));
		await startSchedule(desk);
		expect(desk.host.notifier.messages.some((m) => m.startsWith("AI Employee: the CEO briefing could not be written"))).toBe(true);
		desk.host.vault.heal("createIfMissing");
		await desk.host.clock.advanceAsync(5 * 60_000);
		await flushMicrotasks();
		await desk.engine.stop();
		expect(await briefings(desk)).toEqual([`${BRIEFINGS}/2026-11-30-briefing.md`]);
	});
});
