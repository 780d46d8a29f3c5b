// Odoo and the vault disagreeing about an invoice stops work on it and asks the owner, once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Engine } from "../../../src/core/engine";
import { defaultSettings } from "../../../src/core/settings/parse";
import { createRequestNote } from "../../../src/core/requests/create-request";
import { InvoiceStateCheck } from "../../../src/core/conflicts/invoice-state";
import { NodeHttpClient } from "../../../src/node/http";
import { buildConnectors, odooSecrets } from "../../../src/connectors";
import { odooConfigFrom } from "../../../src/connectors/odoo";
import { odooInvoiceStateReader } from "../../../src/connectors/odoo/invoice-states";
import { testHost, type TestHost } from "../../helpers";
import { startFakeOdoo, type FakeOdoo } from "../../fakes/odoo/server";

let fake: FakeOdoo;
let host: TestHost;
let engine: Engine;
let check: InvoiceStateCheck;

beforeEach(async () => {
	fake = await startFakeOdoo({ version: 17 });
	fake.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
	host = testHost({ start: "2026-11-26T09:00:00Z", http: new NodeHttpClient(), secrets: { "ai-employee-odoo-api-key": "test-api-key" } });
	const settings = defaultSettings();
	settings.dryRun = false;
	settings.odoo = { ...settings.odoo, url: fake.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" };
	engine = new Engine({ host, settings, hostKind: "headless", connectors: buildConnectors(() => engine.settings, host.clock), approvalKey: () => "k".repeat(32), isExecutor: () => true });
	await engine.setUpVault();
	check = new InvoiceStateCheck(
		engine.deps,
		() => engine.workflow.approvals.conflicts,
		odooInvoiceStateReader((s) => odooConfigFrom(engine.settings.odoo, odooSecrets(engine.settings, s)), host.secrets, host.http, host.clock),
		() => true,
	);
	const path = await createRequestNote(engine.deps, {
		action: "odoo.create_invoice",
		params: { customer: { name: "Acme Ltd", email: "billing@acme.example" }, invoice_date: "2026-11-26", currency: "USD", lines: [{ description: "Retainer", quantity: 1, unit_price: "500.00" }] },
		requestedBy: "owner",
		origin: "plugin:command",
		title: "Invoice Acme",
	});
	expect((await engine.workflow.approvals.approve(path)).ok).toBe(true);
});

afterEach(async () => {
	await engine.stop();
	await fake.stop();
});

const invoiceId = () => fake.created("account.move")[0]!;
const decisions = async () => (await host.vault.listFiles("AI_Employee/Needs_Action")).filter((p) => p.includes("Decision - "));

describe("invoice state: Odoo against the vault", () => {
	it("no card while Odoo and the vault agree", async () => {
		expect(await check.compare()).toEqual([]);
		expect(await decisions()).toEqual([]);
	});

	it("an invoice cancelled in Odoo after the plugin drafted it opens one decision card with both versions, once", async () => {
		fake.store.get("account.move", invoiceId())!.state = "cancel";
		const [card] = await check.compare();
		expect(card).toMatch(/Decision - invoice-state/);
		const text = (await host.vault.read(card!))!;
		expect(text).toContain("Your vault says draft");
		expect(text).toContain("Odoo says cancel");
		await check.compare();
		expect(await decisions()).toHaveLength(1);
		await engine.log.settle();
		expect((await host.vault.read("AI_Employee/Logs/2026-11-26.jsonl"))!).toContain("conflict.detected");
	});

	it("while the decision is open, a request about that invoice is not approved or run; after the decision it is", async () => {
		fake.store.get("account.move", invoiceId())!.state = "cancel";
		const [card] = await check.compare();
		const post = await createRequestNote(engine.deps, { action: "odoo.post_invoice", params: { invoice_id: invoiceId() }, requestedBy: "owner", origin: "plugin:command", title: "Post Acme" });
		const refused = await engine.workflow.approvals.approve(post);
		expect(refused).toBeRefusedWith(/conflict about this request is open/);
		expect(fake.count("account.move.action_post")).toBe(0);
		expect((await engine.workflow.approvals.conflicts.resolve(card!, 1)).ok).toBe(true);
		// A decided difference is not asked about again.
		expect(await check.compare()).toEqual([]);
		expect(await decisions()).toHaveLength(1);
		// The owner fixed it in Odoo (back to draft); now the post goes through.
		fake.store.get("account.move", invoiceId())!.state = "draft";
		expect((await engine.workflow.approvals.approve(post)).ok).toBe(true);
		expect(fake.count("account.move.action_post")).toBe(1);
	});
});
