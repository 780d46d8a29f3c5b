// The briefing sections as before/after examples: data in, Markdown out. Each example is also the section's documentation.
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/core/briefing/model";
import { bottlenecksSection } from "../../../src/core/briefing/sections/bottlenecks";
import { completedSection } from "../../../src/core/briefing/sections/completed";
import { deadlinesSection } from "../../../src/core/briefing/sections/deadlines";
import { gapsSection } from "../../../src/core/briefing/sections/gaps";
import { revenueSection, trendChart } from "../../../src/core/briefing/sections/revenue";
import { socialSection } from "../../../src/core/briefing/sections/social";
import { suggestionsSection } from "../../../src/core/briefing/sections/suggestions";
import { cell, table } from "../../../src/core/briefing/links";
import { emptyData, row } from "./data";

describe("Revenue", () => {
	it("draws the 8-week trend as a Mermaid bar chart in major units", () => {
		expect(trendChart([{ start: "2026-11-16", minor: 150000 }, { start: "2026-11-23", minor: 405050 }], "USD")).toBe(
			["```mermaid", "xychart-beta", '    title "Revenue per week (USD)"', '    x-axis ["Nov 16", "Nov 23"]', '    y-axis "USD"', "    bar [1500.00, 4050.50]", "```"].join("\n"),
		);
	});

	it("shows the week and month to date from the ledger, each linked to the audit, and the target's pace", () => {
		const data = emptyData({
			ledger: { files: ["AI/Accounting/bank.csv"], rows: [row("2026-11-02", "Payment from A", 600000), row("2026-11-24", "Payment from B", 100000)], bad: [] },
			goals: { ...emptyData().goals, revenueTargets: [{ period: "monthly", minor: 900000, currency: "USD", line: 4 }] },
		});
		const md = revenueSection(analyse(data));
		expect(md).toContain("- This week (2026-11-23 to 2026-11-29): **1,000.00 USD** from 1 payment — [[AI/Audits/2026-11-30-audit#Revenue|evidence]]");
		expect(md).toContain("- Month to date: **7,000.00 USD** — [[AI/Audits/2026-11-30-audit#Revenue|evidence]]");
		// 7,000 in 29 days of a 30-day month → 7,241.37 at the same pace: under 9,000.
		expect(md).toContain("- Monthly target: 9,000.00 USD; reached 77%, on pace for 7,241.37 USD (**at risk**)");
	});

	it("a week the ledger has no data for is a data gap, not revenue 0.00, and such weeks are missing from the chart", () => {
		// The export ends on 2026-11-14: the briefing's week (23–29 Nov) and the week before have no row at all.
		const data = emptyData({ ledger: { files: ["AI/Accounting/bank.csv"], rows: [row("2026-11-03", "Payment from A", 240000), row("2026-11-14", "Zoom - monthly", -1599)], bad: [] } });
		const m = analyse(data);
		expect(m.finance.revenueWeek).toBeNull();
		const md = revenueSection(m);
		expect(md).toContain("- This week (2026-11-23 to 2026-11-29): **unknown**: the ledger has no data for it, a gap rather than zero (see [[#Data gaps]])");
		expect(md).not.toContain("0.00 USD** from 0 payments");
		expect(md).toContain('x-axis ["Nov 02", "Nov 09"]');
		expect(md).toContain("bar [2400.00, 0.00]");
		expect(md).toContain("No ledger data for the weeks of Oct 05, Oct 12, Oct 19, Oct 26, Nov 16, Nov 23: left out, not zero.");
		expect(m.gaps.map((g) => g.what)).toContain("No ledger transaction between 2026-11-23 and 2026-11-29: the week's money figures are empty, not zero.");
	});

	it("says there are no figures instead of printing zeros when no source has money data", () => {
		expect(revenueSection(analyse(emptyData()))).toBe("## Revenue\n\nNo revenue figures this week: neither Odoo nor a ledger is available (see [[#Data gaps]]).\n");
	});
});

describe("Bottlenecks", () => {
	it("lists items waiting longer than expected, worst first, as item / expected / actual / delay", () => {
		const end = emptyData().period.endMs;
		const data = emptyData({
			vault: {
				outcomes: [],
				unreadable: [],
				waiting: [
					{ path: "AI/Needs_Action/a.md", folder: "Needs_Action", title: "Email from Dana", sinceMs: end - 50 * 3_600_000, sinceSource: "received" },
					{ path: "AI/Pending_Approval/b.md", folder: "Pending_Approval", title: "Post | launch", sinceMs: end - 80 * 3_600_000, sinceSource: "created" },
					{ path: "AI/Needs_Action/c.md", folder: "Needs_Action", title: "Fresh", sinceMs: end - 3_600_000, sinceSource: "file time" },
				],
			},
		});
		expect(bottlenecksSection(analyse(data))).toBe(
			[
				"## Bottlenecks",
				"",
				"| item | expected | actual | delay |",
				"| --- | --- | --- | --- |",
				"| [[AI/Pending_Approval/b\\|Post \\| launch]] | decided within 24 h | waiting 3 d 8 h (since it was created) | 2 d 8 h |",
				"| [[AI/Needs_Action/a\\|Email from Dana]] | handled within 24 h | waiting 2 d 2 h (since it was received) | 26 h |",
				"",
			].join("\n"),
		);
	});

	it("says nothing is stuck when nothing is", () => {
		expect(bottlenecksSection(analyse(emptyData()))).toBe("## Bottlenecks\n\nNothing is stuck: no item waited longer than expected and no request failed.\n");
	});
});

describe("Completed tasks", () => {
	it("counts completed, rejected and failed requests and lists the completed ones with their result", () => {
		const data = emptyData({
			vault: {
				waiting: [],
				unreadable: [],
				outcomes: [
					{ path: "AI/Completed/x.md", id: "R1", action: "odoo.create_invoice", title: "Invoice Acme", status: "completed", at: "2026-11-24T10:00:00.000Z", dryRun: true, detail: "Create a draft invoice" },
					{ path: "AI/Rejected/y.md", id: "R2", action: "social.post", title: "Post", status: "rejected", at: "2026-11-25T10:00:00.000Z", dryRun: false, detail: "No" },
				],
			},
		});
		expect(completedSection(analyse(data))).toBe(
			[
				"## Completed tasks",
				"",
				"1 request completed, 1 rejected, 0 failed — [[AI/Audits/2026-11-30-audit#Requests|evidence]].",
				"",
				"| task | action | finished | result |",
				"| --- | --- | --- | --- |",
				"| [[AI/Completed/x\\|Invoice Acme]] | odoo.create_invoice | 2026-11-24 | Dry run: Create a draft invoice |",
				"",
			].join("\n"),
		);
	});
});

describe("Social media", () => {
	it("sums each network's engagement and links the best post; a network that failed says why", () => {
		const data = emptyData({
			social: [
				{ network: "linkedin", available: true, posts: [{ id: "1", url: "https://x.example/1", text: "Relaunch!", publishedAt: "2026-11-27", metrics: { likes: 5, comments: 2 } }], totals: { likes: 5, comments: 2 }, roundTrips: 1 },
				{ network: "x", available: false, posts: [], totals: {}, roundTrips: 1, error: { category: "auth", message: "token expired", suggestion: "Reconnect X." } },
			],
		});
		expect(socialSection(analyse(data))).toBe(
			[
				"## Social media",
				"",
				"- **linkedin**: 1 post; 2 comments, 5 likes. Best: [Relaunch!](https://x.example/1).",
				"- **x**: not read (token expired).",
				"",
				"Details: [[AI/Audits/2026-11-30-audit#Social media|evidence]].",
				"",
			].join("\n"),
		);
	});
});

describe("Proactive suggestions", () => {
	it("suggests cutting overlapping or unused tools and points at the command that drafts cancellations", () => {
		const data = emptyData({
			ledger: { files: ["AI/Accounting/bank.csv"], rows: [row("2026-11-03", "Figma Professional - monthly", -4500), row("2026-11-05", "Adobe CC - monthly", -5999)], bad: [] },
			usage: { notes: [{ path: "AI/Plans/p.md", text: "mockups in figma" }], logs: [], windowStart: "2026-10-31" },
		});
		expect(suggestionsSection(analyse(data))).toBe(
			[
				"## Proactive suggestions",
				"",
				"**Cost optimization**",
				"",
				"- Adobe (59.99 USD last charge): overlaps with Figma (both design); no note or log line since 2026-10-31 mentions it — [[AI/Audits/2026-11-30-audit#Subscriptions|evidence]]",
				"- Figma (45.00 USD last charge): overlaps with Adobe (both design) — [[AI/Audits/2026-11-30-audit#Subscriptions|evidence]]",
				"",
				"To cancel one, run the command **Draft subscription cancellations**: it drafts a cancellation request per flagged subscription in Pending_Approval. Nothing is cancelled without your approval.",
				"",
			].join("\n"),
		);
	});
});

describe("Upcoming deadlines", () => {
	it("lists unfinished projects due within 30 days or late, soonest first; done ones are left out", () => {
		const g = emptyData().goals;
		const data = emptyData({
			goals: {
				...g,
				projects: [
					{ name: "Site", due: "2026-12-12", status: "in progress", line: 20 },
					{ name: "Old", due: "2026-11-27", status: "in progress", line: 21 },
					{ name: "Done", due: "2026-12-01", status: "Done", line: 22 },
					{ name: "Far", due: "2027-03-01", status: "in progress", line: 23 },
				],
			},
		});
		expect(deadlinesSection(analyse(data))).toBe(
			[
				"## Upcoming deadlines",
				"",
				"| project | due | when | status |",
				"| --- | --- | --- | --- |",
				"| Old | 2026-11-27 | 3 days late | in progress |",
				"| Site | 2026-12-12 | in 12 days | in progress |",
				"",
				"From [[AI/Audits/2026-11-30-audit#Projects|the goals file]].",
				"",
			].join("\n"),
		);
	});
});

describe("Data gaps", () => {
	it("is a table of what is missing, how to resolve it and where", () => {
		expect(gapsSection([{ topic: "Ledger row", what: "Not counted: bad date.", resolve: "Fix it.", evidence: "[[AI/Accounting/bank.csv]] line 3" }])).toBe(
			["## Data gaps", "", "| topic | what | to resolve | where |", "| --- | --- | --- | --- |", "| Ledger row | Not counted: bad date. | Fix it. | [[AI/Accounting/bank.csv]] line 3 |", ""].join("\n"),
		);
		expect(gapsSection([])).toBe("## Data gaps\n\nNone: every source was read and every row counted.\n");
	});

	it("reports a week without ledger rows as empty, not as zero revenue", () => {
		const m = analyse(emptyData({ ledger: { files: ["AI/Accounting/bank.csv"], rows: [row("2026-10-02", "Payment from A", 1000)], bad: [] } }));
		expect(m.gaps.map((g) => g.what)).toContain("No ledger transaction between 2026-11-23 and 2026-11-29: the week's money figures are empty, not zero.");
	});
});

describe("tables", () => {
	it("escapes pipes so a wikilink label or a description cannot break a row", () => {
		expect(cell("[[a|b]] x | y")).toBe("[[a\\|b]] x \\| y");
		expect(table(["a"], [["1|2"]])).toBe("| a |\n| --- |\n| 1\\|2 |");
	});
});

describe("Goals at risk", () => {
	const costs = (amount: number) =>
		emptyData({
			ledger: { files: ["AI/Accounting/bank.csv"], rows: [row("2026-11-10", "Adobe Creative Cloud", -amount), row("2026-10-10", "Adobe Creative Cloud", -amount)], bad: [] },
			goals: { ...emptyData().goals, metrics: [{ name: "software costs", target: "< 450 USD per month", thresholdText: "> 550 USD per month", threshold: { op: ">", hundredths: 55000, unit: "USD per month" }, line: 12 }] },
		});

	it("a cost above its target but under the alert threshold is at risk, and the briefing says so", () => {
		const m = analyse(costs(48378));
		expect(m.metrics.map((x) => [x.name, x.status, x.value])).toEqual([["software costs", "at risk", "483.78 USD"]]);
		expect(suggestionsSection(m)).toContain("- software costs: 483.78 USD misses its target (< 450 USD per month); the alert fires at > 550 USD per month");
	});

	it("on target is ok, past the alert threshold is an alert", () => {
		expect(analyse(costs(40000)).metrics[0]?.status).toBe("ok");
		expect(analyse(costs(60000)).metrics[0]?.status).toBe("alert");
	});
});
