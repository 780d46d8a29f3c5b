import { describe, expect, it } from "vitest";
import { resolveMode } from "../../src/node/mode";

const flags = (live = false, dryRun = false) => ({ live, dryRun });

describe("dry run or live", () => {
	it("is dry run unless the person starting the runner says otherwise", () => {
		const mode = resolveMode(flags(), {});
		expect(mode.dryRun).toBe(true);
		expect(mode.description).toContain("Mode: dry run (the default)");
		expect(mode.description).toContain("Pass --live");
	});

	it("goes live with --live or AI_EMPLOYEE_DRY_RUN=false or 0", () => {
		expect(resolveMode(flags(true), {})).toMatchObject({ dryRun: false, description: expect.stringContaining("Mode: LIVE (--live)") });
		expect(resolveMode(flags(), { AI_EMPLOYEE_DRY_RUN: "false" }).dryRun).toBe(false);
		expect(resolveMode(flags(), { AI_EMPLOYEE_DRY_RUN: "0" }).dryRun).toBe(false);
		expect(resolveMode(flags(), { AI_EMPLOYEE_DRY_RUN: " FALSE " }).dryRun).toBe(false);
	});

	it("stays in dry run when the signals disagree, and says why", () => {
		const mode = resolveMode(flags(true), { AI_EMPLOYEE_DRY_RUN: "true" });
		expect(mode.dryRun).toBe(true);
		expect(mode.warnings).toEqual(["--live is ignored because AI_EMPLOYEE_DRY_RUN is set to true."]);
		expect(resolveMode(flags(false, true), { AI_EMPLOYEE_DRY_RUN: "false" }).dryRun).toBe(true);
	});

	it("keeps dry run on for a value it does not understand", () => {
		const mode = resolveMode(flags(), { AI_EMPLOYEE_DRY_RUN: "nope" });
		expect(mode.dryRun).toBe(true);
		expect(mode.warnings[0]).toContain('AI_EMPLOYEE_DRY_RUN="nope" is not true or false');
	});
});
