// The subscription audit: what counts as a subscription and when it is flagged.
import { describe, expect, it } from "vitest";
import { auditSubscriptions, monthlySubscriptionCost, parseKnownVendors } from "../../../src/core/briefing/subscriptions";
import { emptyData, row } from "./data";

function ledger(...rows: ReturnType<typeof row>[]) {
	return { files: ["AI/Accounting/bank.csv"], rows, bad: [] };
}

describe("the subscription audit", () => {
	it("flags a charge more than 20% above the one before, and not one at exactly 20%", () => {
		const data = emptyData({
			ledger: ledger(row("2026-10-04", "Zoom Pro - monthly", -1000), row("2026-11-04", "Zoom Pro - monthly", -1201), row("2026-10-05", "Acme Hosting", -1000), row("2026-11-05", "Acme Hosting", -1200)),
			usage: { notes: [{ path: "n.md", text: "zoom call; acme hosting panel" }], logs: [], windowStart: "2026-10-31" },
		});
		const subs = auditSubscriptions(data);
		expect(subs.map((s) => [s.vendor, s.detectedBy, s.flags.map((f) => f.kind)])).toEqual([
			["Zoom", 'known vendor pattern "Zoom"', ["price_rise"]],
			["Acme Hosting", "charged in 2 different months", []],
		]);
	});

	it("does not flag a subscription a note explains, and names the note; the other tool of the category is still flagged", () => {
		const data = emptyData({
			ledger: ledger(row("2026-11-03", "Figma Professional", -4500), row("2026-11-02", "Adobe Creative Cloud", -8999)),
			usage: { notes: [], logs: [], windowStart: "2026-10-31", standing: [{ path: "AI/Company_Handbook.md", text: "## tools\n- we keep adobe for print work: the printers need indesign files." }] },
		});
		const subs = auditSubscriptions(data);
		expect(subs.map((s) => [s.vendor, s.explainedBy ?? null, s.flags.map((f) => f.kind)])).toEqual([
			["Adobe", "AI/Company_Handbook.md", []],
			["Figma", null, ["overlap", "unused"]],
		]);
	});

	it("a line that only mentions the tool is use, not an explanation: the overlap stays flagged", () => {
		const data = emptyData({
			ledger: ledger(row("2026-11-03", "Figma Professional", -4500), row("2026-11-02", "Adobe Creative Cloud", -8999)),
			usage: { notes: [{ path: "AI/Completed/x.md", text: "exported the adobe file" }], logs: [], windowStart: "2026-10-31" },
		});
		expect(auditSubscriptions(data).find((s) => s.vendor === "Adobe")?.flags.map((f) => f.kind)).toEqual(["overlap"]);
	});

	it("does not call a one-off purchase from an unknown vendor a subscription", () => {
		expect(auditSubscriptions(emptyData({ ledger: ledger(row("2026-11-04", "Studio Chairs Co", -38000)) }))).toEqual([]);
	});

	it("flags two active tools of one category as overlapping, and a tool nothing mentions as unused", () => {
		const data = emptyData({
			ledger: ledger(row("2026-11-03", "Figma Professional", -4500), row("2026-11-02", "Adobe Creative Cloud", -8999)),
			usage: { notes: [], logs: [{ file: "AI/Logs/2026-11-20.jsonl", text: '{"target":"figma export"}' }], windowStart: "2026-10-31" },
		});
		const byVendor = Object.fromEntries(auditSubscriptions(data).map((s) => [s.vendor, s.flags]));
		expect(byVendor.Figma).toEqual([{ kind: "overlap", category: "design", others: ["Adobe"] }]);
		expect(byVendor.Adobe).toEqual([{ kind: "overlap", category: "design", others: ["Figma"] }, { kind: "unused", since: "2026-10-31" }]);
	});

	it("leaves a subscription not charged for 45 days unflagged (probably already cancelled)", () => {
		const subs = auditSubscriptions(emptyData({ ledger: ledger(row("2026-08-03", "Figma", -4500), row("2026-09-03", "Figma", -9000)) }));
		expect(subs[0]).toMatchObject({ vendor: "Figma", active: false, flags: [] });
	});

	it("ignores charges in another currency (no exchange rate)", () => {
		expect(auditSubscriptions(emptyData({ ledger: ledger(row("2026-11-03", "Figma", -4500, "EUR")) }))).toEqual([]);
	});

	it("matches known vendors as whole words, so AWS is not found inside LAWSON", () => {
		const [aws] = parseKnownVendors(["AWS = cloud hosting"]);
		expect(aws?.regex.test("AWS EMEA")).toBe(true);
		expect(aws?.regex.test("LAWSON PRINTING")).toBe(false);
		expect(aws?.category).toBe("cloud hosting");
	});

	it("counts subscription money out in the 30 days to the period's end", () => {
		const subs = auditSubscriptions(emptyData({ ledger: ledger(row("2026-10-29", "Figma", -4500), row("2026-10-31", "Adobe", -5000), row("2026-11-29", "Figma", -4500)) }));
		expect(monthlySubscriptionCost(subs, "2026-11-29")).toEqual({ minor: 9500, charges: 2 });
	});
});
