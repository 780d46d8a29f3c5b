// The sample week end to end through the core: the audit and the briefing match the expected files, bad rows are reported.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { generateBriefing } from "../../../src/core/briefing/generate";
import { periodFor } from "../../../src/core/briefing/period";
import { DUE, sampleDesk } from "./sample";

const FIXTURES = path.resolve(__dirname, "../../fixtures/briefing");

/** Compares with the expected file; UPDATE_FIXTURES=1 rewrites it (then review the diff before committing). */
function expectFixture(name: string, actual: string): void {
	const file = path.join(FIXTURES, name);
	if (process.env.UPDATE_FIXTURES === "1" || !existsSync(file)) {
		mkdirSync(FIXTURES, { recursive: true });
		writeFileSync(file, actual);
		if (process.env.UPDATE_FIXTURES !== "1") throw new Error(`${name} did not exist: written now, review it and run again`);
	}
	expect(actual).toBe(readFileSync(file, "utf8"));
}

async function sampleWeek() {
	const desk = sampleDesk();
	desk.host.clock.jumpTo(DUE);
	const period = periodFor("2026-11-30", "UTC", "07:00");
	const outcome = await generateBriefing(desk.deps, period, { kind: "briefing", replace: false, reason: "test" });
	if (outcome.status !== "written") throw new Error("not written");
	const audit = (await desk.host.vault.read(outcome.auditPath)) ?? "";
	const briefing = (await desk.host.vault.read(outcome.briefingPath ?? "")) ?? "";
	return { desk, outcome, audit, briefing };
}

describe("the sample week (ledger, no Odoo)", () => {
	it("writes the briefing the owner expects for the week of 23 November", async () => {
		const { briefing, outcome } = await sampleWeek();
		expect(outcome.status === "written" && outcome.briefingPath).toBe("AI_Employee/CEO_Briefings/2026-11-30-briefing.md");
		expectFixture("2026-11-30-briefing.md", briefing);
	});

	it("writes the weekly audit with the source of every number", async () => {
		const { audit, outcome } = await sampleWeek();
		expect(outcome.status === "written" && outcome.auditPath).toBe("AI_Employee/Audits/2026-11-30-audit.md");
		expectFixture("2026-11-30-audit.md", audit);
	});

	it("lists every ledger row that does not parse under Data gaps, with its file and line", async () => {
		const { briefing, audit } = await sampleWeek();
		const gaps = briefing.slice(briefing.indexOf("## Data gaps"));
		for (const [file, line] of [
			["bank-2026-11.csv", 25],
			["bank-2026-11.csv", 26],
			["bank-2026-11.csv", 27],
			["cash", 9],
			["statement.pdf", 1],
		] as const) {
			expect(gaps).toMatch(new RegExp(`Accounting/${file.replace(".", "\\.")}[^|]*\\]\\] line ${line}`));
		}
		expect(gaps).toContain("1 ledger row in EUR left out of every total");
		expect(audit.slice(audit.indexOf("## Data gaps"))).toBe(gaps);
	});

	it("never adds a row that failed to parse into a total", async () => {
		const { outcome } = await sampleWeek();
		if (outcome.status !== "written") throw new Error("not written");
		const f = outcome.model.finance;
		// Money in during the week: 1,000.00 + 2,750.00 (bank) + 300.00 (cash); the EUR row and bad rows are not in any sum.
		expect(f.revenueWeek?.minor).toBe(405_000);
		expect(f.expensesWeek.reduce((s, v) => s + v.minor, 0)).toBe(1199 + 1500 + 60000 + 1850);
	});

	it("records the run in the audit log", async () => {
		const { desk } = await sampleWeek();
		await desk.engine.log.settle();
		const log = (await desk.host.vault.read("AI_Employee/Logs/2026-11-30.jsonl")) ?? "";
		const line = log.split("\n").find((l) => l.includes("briefing.generated"));
		expect(line).toBeDefined();
		expect(JSON.parse(line ?? "{}")).toMatchObject({ action_type: "briefing.generated", result: "success", details: { money_source: "ledger", period: "2026-11-23..2026-11-29" } });
	});
});
