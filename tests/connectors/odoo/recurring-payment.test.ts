// A recurring payment is auto-approved only when Odoo shows earlier bills of the same payee for the same amount.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { Engine } from "../../../src/core/engine";
import { defaultSettings } from "../../../src/core/settings/parse";
import { createRequestNote } from "../../../src/core/requests/create-request";
import { NodeHttpClient } from "../../../src/node/http";
import { buildConnectors } from "../../../src/connectors";
import { testHost } from "../../helpers";
import { startFakeOdoo, type FakeOdoo } from "../../fakes/odoo/server";

let fake: FakeOdoo;
let engine: Engine;
let billId: number;
let newVendorBillId: number;

beforeEach(async () => {
	fake = await startFakeOdoo({ version: 17 });
	fake.store.accountTaxes = { sale: [], purchase: [] };
	const vendor = fake.store.insert("res.partner", { name: "Figma", email: "billing@figma.example", supplier_rank: 1 }).id;
	for (const date of ["2026-09-03", "2026-10-03"]) {
		const bill = fake.store.createMove({ move_type: "in_invoice", partner_id: vendor, invoice_date: date, invoice_date_due: date, invoice_line_ids: [[0, 0, { name: "Professional plan", quantity: 1, price_unit: 45 }]] });
		fake.store.post([bill.id]);
	}
	const current = fake.store.createMove({ move_type: "in_invoice", partner_id: vendor, invoice_date: "2026-11-03", invoice_date_due: "2026-11-03", invoice_line_ids: [[0, 0, { name: "Professional plan", quantity: 1, price_unit: 45 }]] });
	fake.store.post([current.id]);
	billId = current.id;
	const newVendor = fake.store.insert("res.partner", { name: "Brand New Tools", email: "ap@brandnew.example", supplier_rank: 1 }).id;
	const first = fake.store.createMove({ move_type: "in_invoice", partner_id: newVendor, invoice_date: "2026-11-03", invoice_date_due: "2026-11-03", invoice_line_ids: [[0, 0, { name: "Starter plan", quantity: 1, price_unit: 45 }]] });
	fake.store.post([first.id]);
	newVendorBillId = first.id;

	const host = testHost({ start: "2026-11-26T09:00:00Z", http: new NodeHttpClient(), secrets: { "ai-employee-odoo-api-key": "test-api-key" } });
	const settings = defaultSettings();
	settings.odoo = { ...settings.odoo, url: fake.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" };
	engine = new Engine({ host, settings, hostKind: "headless", connectors: buildConnectors(() => engine.settings, host.clock), approvalKey: () => "k".repeat(32), isExecutor: () => true });
	await engine.setUpVault();
});

afterEach(async () => {
	await engine.stop();
	await fake.stop();
});

/** Anything that left Pending_Approval without a click: approved, or already run. */
const approvedFiles = async () => [...(await engine.host.vault.listFiles("AI_Employee/Approved")), ...(await engine.host.vault.listFiles("AI_Employee/Completed"))];

function payment(invoice: number, amount: string) {
	return { invoice_id: invoice, amount, currency: "USD", date: "2026-11-26", payee: "Figma", recurring: true };
}

describe("recurring payments", () => {
	it("a plugin-written recurring payment matching the payee's earlier bills is auto-approved, with the bills as evidence", async () => {
		await createRequestNote(engine.deps, { action: "odoo.register_payment", params: payment(billId, "45.00"), requestedBy: "owner", origin: "plugin:command", title: "Pay Figma" });
		await engine.workflow.sweep();
		// Approved by the policy, then run by the executor (in dry run, so Odoo records nothing).
		const [done] = await engine.host.vault.listFiles("AI_Employee/Completed");
		expect(done).toBeDefined();
		const text = (await engine.host.vault.read(done!))!;
		expect(text).toContain("approval_rule: recurring-payment");
		await engine.log.settle();
		const log = (await engine.host.vault.read("AI_Employee/Logs/2026-11-26.jsonl"))!;
		expect(log).toMatch(/matching BILL\/2026\/\d+\/\d+ of Figma \(45\.00 USD\)/);
	});

	it("a payment that says it is recurring but differs from the earlier bills by more than the tolerance asks", async () => {
		await createRequestNote(engine.deps, { action: "odoo.register_payment", params: payment(billId, "40.00"), requestedBy: "owner", origin: "plugin:command", title: "Pay Figma less" });
		await engine.workflow.sweep();
		expect(await approvedFiles()).toEqual([]);
	});

	it("a recurring payment to a payee Odoo has never billed before asks", async () => {
		await createRequestNote(engine.deps, { action: "odoo.register_payment", params: { ...payment(newVendorBillId, "45.00"), payee: "Brand New Tools" }, requestedBy: "owner", origin: "plugin:command", title: "Pay new vendor" });
		await engine.workflow.sweep();
		expect(await approvedFiles()).toEqual([]);
	});

	it("the same payment written by an agent asks, whatever Odoo shows", async () => {
		const fm = { type: "approval_request", id: "AGENT-PAY", action: "odoo.register_payment", status: "pending", created: "2026-11-26T08:00:00Z", requested_by: "claude-code", params: payment(billId, "45.00") };
		await engine.host.vault.write("AI_Employee/Pending_Approval/agent-pay.md", `---\n${stringify(fm)}---\nPay it\n`);
		await engine.workflow.sweep();
		expect(await approvedFiles()).toEqual([]);
		expect(fake.writes).toBe(0);
	});
});
