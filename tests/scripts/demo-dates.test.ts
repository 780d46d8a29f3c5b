// The demo on a later date: its samples move by whole weeks so the Monday briefing always covers a week the sample
// ledger fills, with the same figures and the same deadlines ahead, whatever day `npm run demo` runs.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/briefing/model";
import { parseLedgerCsv } from "../../src/core/briefing/ledger";
import { parseGoals } from "../../src/core/briefing/goals";
import { periodFor } from "../../src/core/briefing/period";
import { emptyData } from "../core/briefing/data";
// @ts-expect-error: a plain .mjs script without type declarations
import { dateShifter, latestBriefingMonday, SAMPLE_MONDAY } from "../../scripts/demo/dates.mjs";

const samples = path.resolve(__dirname, "../../scripts/demo");
const shift = (monday: string) => dateShifter(monday) as (t: string) => string;

/** The demo's briefing model for a run on `now`, from its sample ledger and goals moved as the demo moves them. */
function demoModel(now: string) {
	const monday = latestBriefingMonday(Date.parse(now)) as string;
	const move = shift(monday);
	const ledger = parseLedgerCsv("AI/Accounting/bank.csv", move(readFileSync(path.join(samples, "bank-2026-11.csv"), "utf8")), "USD");
	const goals = parseGoals("AI/Business_Goals.md", move(readFileSync(path.join(samples, "Business_Goals.md"), "utf8")), "USD");
	return { monday, model: analyse(emptyData({ period: periodFor(monday, "UTC", "07:00"), ledger, goals })) };
}

describe("the demo's calendar", () => {
	it("picks the latest Monday whose 07:00 UTC has passed", () => {
		expect(latestBriefingMonday(Date.parse("2026-12-03T13:00:00Z"))).toBe(SAMPLE_MONDAY);
		expect(latestBriefingMonday(Date.parse("2027-03-15T06:59:00Z"))).toBe("2027-03-08");
		expect(latestBriefingMonday(Date.parse("2027-03-15T07:00:00Z"))).toBe("2027-03-15");
		expect(latestBriefingMonday(Date.parse("2027-03-21T23:00:00Z"))).toBe("2027-03-15");
	});

	it("run months later, the briefing still covers a full week of ledger data with the same week's figures and deadline", () => {
		const original = demoModel("2026-12-03T13:00:00Z");
		for (const later of ["2027-03-17T10:00:00Z", "2028-07-04T10:00:00Z"]) {
			const { monday, model } = demoModel(later);
			expect(monday > SAMPLE_MONDAY).toBe(true);
			expect(model.finance.revenueWeek?.minor).toBe(original.model.finance.revenueWeek?.minor);
			expect(model.finance.revenueWeek?.minor).toBeGreaterThan(0);
			expect(model.gaps.filter((g) => g.topic === "Ledger")).toEqual([]);
			expect(model.deadlines.map((d) => [d.name, d.daysLeft])).toEqual(original.model.deadlines.map((d) => [d.name, d.daysLeft]));
			expect(model.finance.weeks.map((w) => w.minor)).toEqual(original.model.finance.weeks.map((w) => w.minor));
		}
	});
});
