// Which week a briefing covers and when it is due, in the owner's time zone.
import { describe, expect, it } from "vitest";
import { latestDuePeriod, nextDueMs, periodFor } from "../../../src/core/briefing/period";

describe("the briefing period", () => {
	it("covers Monday to Sunday of the week before a Monday briefing", () => {
		const p = periodFor("2026-11-30", "UTC", "07:00");
		expect(p).toMatchObject({ date: "2026-11-30", start: "2026-11-23", end: "2026-11-29" });
		expect(new Date(p.dueMs).toISOString()).toBe("2026-11-30T07:00:00.000Z");
	});

	it("is last week's until Monday 07:00 local time, then this week's", () => {
		expect(latestDuePeriod(Date.parse("2026-11-30T06:59:00Z"), "UTC", "monday", "07:00").date).toBe("2026-11-23");
		expect(latestDuePeriod(Date.parse("2026-11-30T07:00:00Z"), "UTC", "monday", "07:00").date).toBe("2026-11-30");
		expect(latestDuePeriod(Date.parse("2026-12-03T12:00:00Z"), "UTC", "monday", "07:00").date).toBe("2026-11-30");
	});

	it("uses the owner's time zone: 07:00 in Berlin is 06:00 UTC in winter", () => {
		const p = latestDuePeriod(Date.parse("2026-11-30T06:30:00Z"), "Europe/Berlin", "monday", "07:00");
		expect(p.date).toBe("2026-11-30");
		expect(new Date(p.dueMs).toISOString()).toBe("2026-11-30T06:00:00.000Z");
		expect(new Date(p.startMs).toISOString()).toBe("2026-11-22T23:00:00.000Z");
	});

	it("follows another weekday from the settings", () => {
		expect(latestDuePeriod(Date.parse("2026-11-30T12:00:00Z"), "UTC", "friday", "17:00")).toMatchObject({ date: "2026-11-27", start: "2026-11-20", end: "2026-11-26" });
		expect(new Date(nextDueMs(Date.parse("2026-11-30T12:00:00Z"), "UTC", "friday", "17:00")).toISOString()).toBe("2026-12-04T17:00:00.000Z");
	});
});
