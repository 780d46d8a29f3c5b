// The weekly audit's Odoo figures: right sums on a known book, and a constant number of round trips as the book grows.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readWeeklyAudit } from "../../../src/connectors/odoo/audit-reads";
import { OdooClient } from "../../../src/connectors/odoo/client";
import { seedBook } from "../../fakes/odoo/seed";
import { type FakeOdoo, startFakeOdoo } from "../../fakes/odoo/server";
import type { OdooStore } from "../../fakes/odoo/store";
import { configFor, fastClock, nodeHttp, SERVERS } from "./support";

const TODAY = "2025-03-12"; // a Wednesday; the week starts Monday 2025-03-10

function posted(store: OdooStore, vals: Record<string, unknown>, paid = 0): number {
	const m = store.createMove(vals);
	store.post([m.id]);
	if (paid) store.pay(m.id, paid, String(vals.invoice_date), 6);
	return m.id;
}
const line = (price: number) => [[0, 0, { name: "x", quantity: 1, price_unit: price }]];

describe.each(SERVERS)("weekly audit reads on $name", ({ version, protocol }) => {
	let fake: FakeOdoo;
	beforeEach(async () => {
		fake = await startFakeOdoo({ version });
		// A chart whose income and expense accounts carry 15% by default, so the book's plain lines are taxed.
		fake.store.accountTaxes = { sale: [1], purchase: [2] };
	});
	afterEach(() => fake.stop());
	const audit = () => readWeeklyAudit(OdooClient.overHttp(configFor(fake, { protocol }), nodeHttp, fastClock()), { today: TODAY });

	it("sums revenue, ages receivables, lists overdue invoices and totals vendor bills", async () => {
		const s = fake.store;
		const a = s.insert("res.partner", { name: "Alpha Co" }).id;
		const b = s.insert("res.partner", { name: "Beta Ltd" }).id;
		const v1 = s.insert("res.partner", { name: "Paper Inc" }).id;
		const v2 = s.insert("res.partner", { name: "Travel Ltd" }).id;
		posted(s, { move_type: "out_invoice", partner_id: a, invoice_date: "2025-03-11", invoice_date_due: "2025-04-10", invoice_line_ids: line(100) });
		posted(s, { move_type: "out_invoice", partner_id: b, invoice_date: "2025-03-03", invoice_date_due: "2025-04-02", invoice_line_ids: line(200) }, 230);
		const late = posted(s, { move_type: "out_invoice", partner_id: b, invoice_date: "2025-01-15", invoice_date_due: "2025-02-14", invoice_line_ids: line(1000) });
		const veryLate = posted(s, { move_type: "out_invoice", partner_id: a, invoice_date: "2024-11-01", invoice_date_due: "2024-12-01", invoice_line_ids: line(500) }, 250);
		posted(s, { move_type: "out_refund", partner_id: a, invoice_date: "2025-03-11", invoice_date_due: "2025-03-11", invoice_line_ids: line(20) });
		s.createMove({ move_type: "out_invoice", partner_id: a, invoice_date: "2025-03-11", invoice_line_ids: line(999) }); // a draft counts nowhere
		posted(s, { move_type: "in_invoice", partner_id: v1, invoice_date: "2025-03-11", invoice_line_ids: line(40) });
		posted(s, { move_type: "in_invoice", partner_id: v2, invoice_date: "2025-03-02", invoice_line_ids: line(60) });

		const r = await audit();
		expect(r.currency).toBe("USD");
		expect(r.revenue.thisWeek.minor).toBe(8000); // 100 − 20 refund
		expect(r.revenue.monthToDate.minor).toBe(28000);
		expect(r.revenue.weeks.map((w) => [w.start, w.minor])).toEqual([
			["2025-01-20", 0], ["2025-01-27", 0], ["2025-02-03", 0], ["2025-02-10", 0], ["2025-02-17", 0], ["2025-02-24", 0], ["2025-03-03", 20000], ["2025-03-10", 8000],
		]);
		expect(r.revenue.thisWeek.evidence.domain).toContainEqual(["invoice_date", ">=", "2025-03-10"]);

		expect(r.receivables.total.minor).toBe(11500 + 115000 + 32500 - 2300);
		expect(r.receivables.current.minor).toBe(11500);
		expect(r.receivables.days1to30.minor).toBe(115000 - 2300);
		expect(r.receivables.days31to60.minor).toBe(0);
		expect(r.receivables.days61to90.minor).toBe(0);
		expect(r.receivables.over90.minor).toBe(32500);

		expect(r.overdue.total).toMatchObject({ minor: 147500, count: 2 });
		expect(r.overdue.invoices.map((i) => [i.id, i.customer, i.dueDate, i.daysOverdue, i.residualMinor])).toEqual([
			[veryLate, "Alpha Co", "2024-12-01", 101, 32500],
			[late, "Beta Ltd", "2025-02-14", 26, 115000],
		]);
		expect(r.overdue.byCustomer.map((c) => [c.customer, c.minor, c.count])).toEqual([
			["Beta Ltd", 115000, 1],
			["Alpha Co", 32500, 1],
		]);

		expect(r.expenses.thisWeek.map((e) => [e.vendor, e.minor])).toEqual([["Paper Inc", 4000]]);
		expect(r.expenses.monthToDate.map((e) => [e.vendor, e.minor])).toEqual([
			["Travel Ltd", 6000],
			["Paper Inc", 4000],
		]);
		expect(fake.count(version >= 19 ? "account.move.formatted_read_group" : "account.move.read_group")).toBe(5);
	});

	it("receivables are as of the period end: later invoices left out, later payments still open then", async () => {
		const s = fake.store;
		const a = s.insert("res.partner", { name: "Alpha Co" }).id;
		// Open at the period end and still open: counted.
		posted(s, { move_type: "out_invoice", partner_id: a, invoice_date: "2025-03-03", invoice_date_due: "2025-03-03", invoice_line_ids: line(100) });
		// Open at the period end, paid in full two days after it: counted in full, 9 days late on the period end.
		const paidLater = posted(s, { move_type: "out_invoice", partner_id: a, invoice_date: "2025-02-01", invoice_date_due: "2025-03-03", invoice_line_ids: line(200) });
		s.pay(paidLater, 230, "2025-03-14", 6);
		// Half paid before the period end, the rest after it: the half still due then is counted.
		const halfBefore = posted(s, { move_type: "out_invoice", partner_id: a, invoice_date: "2025-03-01", invoice_date_due: "2025-04-01", invoice_line_ids: line(400) }, 200);
		s.pay(halfBefore, 260, "2025-03-13", 6);
		// A refund dated in the period, settled after it: still owed back at the period end.
		const refund = posted(s, { move_type: "out_refund", partner_id: a, invoice_date: "2025-03-11", invoice_date_due: "2025-03-11", invoice_line_ids: line(20) });
		s.pay(refund, 23, "2025-03-13", 6);
		// Dated after the period end: not a receivable of the period.
		posted(s, { move_type: "out_invoice", partner_id: a, invoice_date: "2025-03-13", invoice_date_due: "2025-04-12", invoice_line_ids: line(1000) });

		const r = await audit();
		expect(r.receivables.total.minor).toBe(11500 + 23000 + 26000 - 2300);
		expect(r.receivables.current.minor).toBe(26000);
		expect(r.receivables.days1to30.minor).toBe(11500 + 23000 - 2300);
		expect(r.receivables.total.count).toBe(4);
		expect(r.receivables.total.evidence.domain).toContainEqual(["invoice_date", "<=", TODAY]);
	});

	it("spots a vendor billing about the same amount every month", async () => {
		const s = fake.store;
		const hosting = s.insert("res.partner", { name: "Cloud Hosting" }).id;
		const twice = s.insert("res.partner", { name: "Two Months Only" }).id;
		const erratic = s.insert("res.partner", { name: "Erratic Supplies" }).id;
		for (const [month, price] of [["2024-12-05", 49], ["2025-01-05", 49], ["2025-02-05", 52]] as const) posted(s, { move_type: "in_invoice", partner_id: hosting, invoice_date: month, invoice_line_ids: line(price) });
		for (const month of ["2025-01-07", "2025-02-07"]) posted(s, { move_type: "in_invoice", partner_id: twice, invoice_date: month, invoice_line_ids: line(10) });
		for (const [month, price] of [["2024-12-09", 100], ["2025-01-09", 200], ["2025-02-09", 100]] as const) posted(s, { move_type: "in_invoice", partner_id: erratic, invoice_date: month, invoice_line_ids: line(price) });
		const r = await audit();
		expect(r.recurringBills.map((b) => ({ vendor: b.vendor, typicalMinor: b.typicalMinor, months: b.months }))).toEqual([
			{ vendor: "Cloud Hosting", typicalMinor: 5635, months: ["2024-12", "2025-01", "2025-02"] },
		]);
	});

	it("costs the same number of round trips for 100 and 5,000 invoices", async () => {
		seedBook(fake.store, { invoices: 100, today: TODAY });
		const small = await audit();
		const big = await startFakeOdoo({ version });
		try {
			seedBook(big.store, { invoices: 5000, today: TODAY });
			const large = await readWeeklyAudit(OdooClient.overHttp(configFor(big, { protocol }), nodeHttp, fastClock()), { today: TODAY });
			expect(large.roundTrips).toBe(small.roundTrips);
			expect(big.requests.length).toBe(fake.requests.length);
			// 8 data calls (9 when payments were reconciled after the period end), plus the version (/web/version or common.version)
			// and, over XML-RPC, the login
			expect(small.roundTrips).toBe(protocol === "json2" ? 9 : 10);
			expect(large.revenue.monthToDate.minor).toBeGreaterThan(small.revenue.monthToDate.minor);
			expect(large.recurringBills.map((b) => b.vendor).sort()).toEqual(["Cloud Hosting Ltd", "Office Rent Co"]);
		} finally {
			await big.stop();
		}
	});
});

describe("weekly audit reads on Odoo 19 over XML-RPC", () => {
	it("groups with formatted_read_group, as Odoo 19 wants, whatever the protocol", async () => {
		const fake = await startFakeOdoo({ version: 19 });
		try {
			seedBook(fake.store, { invoices: 100, today: TODAY });
			const viaXml = await readWeeklyAudit(OdooClient.overHttp(configFor(fake, { protocol: "xmlrpc" }), nodeHttp, fastClock()), { today: TODAY });
			const viaJson2 = await readWeeklyAudit(OdooClient.overHttp(configFor(fake, { protocol: "json2" }), nodeHttp, fastClock()), { today: TODAY });
			expect(fake.count("account.move.read_group")).toBe(0);
			expect(fake.count("account.move.formatted_read_group")).toBe(10);
			const { roundTrips: _a, ...xmlFigures } = viaXml;
			const { roundTrips: _b, ...jsonFigures } = viaJson2;
			expect(xmlFigures).toEqual(jsonFigures);
		} finally {
			await fake.stop();
		}
	});
});
