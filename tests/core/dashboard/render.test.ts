import { describe, expect, it } from "vitest";
import { renderDashboardSection } from "../../../src/core/dashboard/render";
import type { StatusSnapshot } from "../../../src/core/status/types";

const AT = Date.parse("2026-11-26T09:00:00Z");

function snapshot(over: Partial<StatusSnapshot> = {}): StatusSnapshot {
	return {
		dryRun: true,
		executorNote: null,
		connectors: [],
		watchers: [],
		pending: [],
		failures: [],
		activity: [],
		today: { day: "2026-11-26", total: 0, success: 0, dryRun: 0, failure: 0, refused: 0 },
		nextBriefing: null,
		lastBriefing: null,
		timeZone: "UTC",
		at: AT,
		...over,
	};
}

describe("the dashboard's connector and watcher tables", () => {
	it("lists each connector and watcher in a table, with pipes in the owner's text escaped", () => {
		const text = renderDashboardSection(
			snapshot({
				connectors: [{ id: "odoo", label: "Odoo", configured: true, problem: null, lastSuccess: null, lastError: "HTTP 502 | gateway", lastErrorAt: AT - 60_000, paused: null }],
				watchers: [{ name: "Gmail", connector: "gmail", state: "paused", reason: "sign-in refused", lastSuccess: null, lastRun: null, nextRun: null, lastError: null, failures: 0, restarts: 0 }],
			}),
		);
		const lines = text.split("\n");
		const connectors = lines.indexOf("### Connectors");
		expect(lines.slice(connectors, connectors + 4)).toEqual([
			"### Connectors",
			"| connector | state | last success | last error |",
			"| --- | --- | --- | --- |",
			expect.stringMatching(/^\| Odoo \| Last call failed \| .+ \| .+: HTTP 502 \\\| gateway \|$/),
		]);
		const watchers = lines.indexOf("### Watchers");
		expect(lines.slice(watchers, watchers + 4)).toEqual(["### Watchers", "| watcher | state | last run | next run |", "| --- | --- | --- | --- |", expect.stringMatching(/^\| Gmail \| Paused: sign-in refused \| .+ \| .+ \|$/)]);
		expect(lines[connectors - 1]).toBe("");
	});

	it("leaves the tables out when there is nothing to list", () => {
		const text = renderDashboardSection(snapshot());
		expect(text).not.toContain("### Connectors");
		expect(text).not.toContain("### Watchers");
	});
});
