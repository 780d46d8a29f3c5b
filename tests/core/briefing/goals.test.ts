// Business_Goals.md as the owner writes it: targets, thresholds and projects, with the lines that did not parse.
import { describe, expect, it } from "vitest";
import { crosses, monthlyTarget, parseGoals, parseTarget, parseThreshold } from "../../../src/core/briefing/goals";
import { GOALS_TEMPLATE } from "../../../src/core/layout/templates";

describe("the goals file", () => {
	it("reads the template the vault set-up writes", () => {
		const g = parseGoals("G.md", GOALS_TEMPLATE, "USD");
		expect(g.problems).toEqual([]);
		expect(monthlyTarget(g)).toMatchObject({ minor: 1_000_000, currency: "USD" });
		expect(g.metrics.map((m) => [m.name, m.threshold])).toEqual([
			["client response time", { op: ">", hundredths: 4800, unit: "hours" }],
			["invoice payment rate", { op: "<", hundredths: 8000, unit: "%" }],
			["software costs", { op: ">", hundredths: 60000, unit: "USD per month" }],
		]);
		expect(g.projects).toEqual([{ name: "Example project", due: "2026-12-31", status: "in progress", line: GOALS_TEMPLATE.split("\n").findIndex((l) => l.includes("Example project")) + 1 }]);
	});

	it("reports a missing file as not found rather than as empty goals", () => {
		expect(parseGoals("G.md", null, "USD").found).toBe(false);
	});

	it("lists targets and dates it cannot read, with their line", () => {
		const g = parseGoals("G.md", "## Revenue targets\n| period | target |\n|---|---|\n| monthly | lots |\n## Projects\n| project | due | status |\n|---|---|---|\n| Site | next Friday | todo |\n", "USD");
		expect(g.problems.map((p) => [p.line, p.reason])).toEqual([
			[4, 'the target "lots" is not an amount like 9000 USD'],
			[8, 'the due date "next Friday" is not a date like 2026-12-31'],
		]);
	});

	it("understands targets written with a code, a dollar sign or a bare number", () => {
		expect(parseTarget("9000 USD", "EUR")).toEqual({ minor: 900000, currency: "USD" });
		expect(parseTarget("EUR 9,000.50", "USD")).toEqual({ minor: 900050, currency: "EUR" });
		expect(parseTarget("$9000", "USD")).toEqual({ minor: 900000, currency: "USD" });
		expect(parseTarget("USD 9000 EUR", "USD")).toBeNull();
	});

	it("fires an alert only when the measure is past the threshold", () => {
		const t = parseThreshold("> 550 USD per month")!;
		expect(crosses(55000, t)).toBe(false);
		expect(crosses(55001, t)).toBe(true);
		expect(crosses(7999, parseThreshold("< 80%")!)).toBe(true);
		expect(parseThreshold("when it feels low")).toBeNull();
	});
});
