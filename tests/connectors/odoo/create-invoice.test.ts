// odoo.create_invoice end to end against the fake Odoo, on XML-RPC (17) and JSON-2 (19).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInvoiceHandler } from "../../../src/connectors/odoo/create-invoice";
import { type CreateInvoiceParams, createInvoiceParams } from "../../../src/connectors/odoo/params";
import { type FakeOdoo, startFakeOdoo } from "../../fakes/odoo/server";
import { actionContext, caught, configFor, parseXmlRpcCall, SERVERS } from "./support";

const request = (over: Partial<CreateInvoiceParams> = {}): CreateInvoiceParams =>
	createInvoiceParams.parse({
		customer: { name: "Acme Ltd", email: "billing@acme.example" },
		invoice_date: "2025-03-03",
		due_date: "2025-04-02",
		currency: "USD",
		lines: [
			{ description: "Website redesign", quantity: 2, unit_price: "150.00" },
			{ description: "Hosting (March)", quantity: 1, unit_price: "49.99" },
		],
		reference: "PO-1042",
		...over,
	});

describe.each(SERVERS)("odoo.create_invoice on $name", ({ version, protocol }) => {
	let fake: FakeOdoo;
	beforeEach(async () => {
		fake = await startFakeOdoo({ version });
	});
	afterEach(() => fake.stop());
	const handler = () => createInvoiceHandler(() => configFor(fake, { protocol }));

	/** The default lines, each naming the 15% sales tax. */
	const taxed = () => ({
		lines: [
			{ description: "Website redesign", quantity: 2, unit_price: "150.00", taxes: ["15%"] },
			{ description: "Hosting (March)", quantity: 1, unit_price: "49.99", taxes: ["15%"] },
		],
	});

	it("creates exactly one draft invoice for the existing customer with the lines and Odoo's totals", async () => {
		const acme = fake.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
		const result = await handler().execute(request(taxed()), actionContext());
		expect(fake.created("account.move")).toHaveLength(1);
		expect(fake.created("res.partner")).toHaveLength(0);
		const move = fake.store.get("account.move", fake.created("account.move")[0] ?? 0);
		expect(move).toMatchObject({ move_type: "out_invoice", state: "draft", partner_id: acme.id, invoice_date: "2025-03-03", invoice_date_due: "2025-04-02", currency_id: 1, ref: "PO-1042" });
		const lines = (move?._lines as Record<string, unknown>[]).map((l) => ({ name: l.name, quantity: l.quantity, price_unit: l.price_unit, tax_ids: l.tax_ids }));
		expect(lines).toEqual([
			{ name: "Website redesign", quantity: 2, price_unit: 150, tax_ids: [1] },
			{ name: "Hosting (March)", quantity: 1, price_unit: 49.99, tax_ids: [1] },
		]);
		// 349.99 untaxed; 15% per line: 45.00 + 7.50 (7.4985 rounded) = 52.50
		expect(result.fields).toMatchObject({ invoice_id: move?.id, invoice_number: move?.name, state: "draft", amount_untaxed: "349.99", amount_tax: "52.50", amount_total: "402.49", new_customer: false });
		expect(result.url).toBe(`${fake.url}/web#id=${move?.id}&model=account.move&view_type=form`);
		expect(result.summary).toContain("402.49 USD");
	});

	it("lines without a product and without taxes are untaxed, as on a real Odoo 17; a product line gets the product's tax", async () => {
		fake.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
		const result = await handler().execute(
			request({ lines: [{ description: "Website redesign", quantity: 2, unit_price: "150.00" }, { description: "Support", quantity: 1, unit_price: "100.00", product: "SUP" }, { description: "Advice", quantity: 1, unit_price: "100.00", product: "CONS" }] }),
			actionContext(),
		);
		const move = fake.store.get("account.move", fake.created("account.move")[0] ?? 0);
		expect((move?._lines as { tax_ids: number[] }[]).map((l) => l.tax_ids)).toEqual([[], [3], [1]]);
		// 500.00 untaxed; only the Consulting line carries 15%
		expect(result.fields).toMatchObject({ amount_untaxed: "500.00", amount_tax: "15.00", amount_total: "515.00" });
	});

	it("a backdated invoice without a due date or terms is due the day it was created in Odoo, as on a real Odoo 17", async () => {
		fake.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
		await handler().execute(request({ due_date: undefined, invoice_date: "2025-01-15" }), actionContext());
		const move = fake.store.get("account.move", fake.created("account.move")[0] ?? 0);
		expect(move).toMatchObject({ invoice_date: "2025-01-15", invoice_date_due: new Date().toISOString().slice(0, 10) });
	});

	it("a draft Odoo names \"/\" (not the first of its period) has no number yet, and the result says so", async () => {
		// Odoo 17 numbers only the first draft of a journal and period at once; later drafts are "/" until posted.
		fake.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
		fake.store.createMove({ move_type: "out_invoice", partner_id: 1, invoice_date: "2025-03-01", invoice_line_ids: [[0, 0, { name: "Earlier", quantity: 1, price_unit: 10 }]] });
		const result = await handler().execute(request(taxed()), actionContext());
		const move = fake.store.get("account.move", fake.created("account.move")[0] ?? 0);
		expect(move?.name).toBe("/");
		expect(result.fields).toMatchObject({ invoice_id: move?.id, invoice_number: null, state: "draft" });
		expect(result.summary).toBe("Created draft invoice (numbered when posted) for Acme Ltd: 402.49 USD with tax");
	});

	it("finds the customer by email even when the request spells the name differently", async () => {
		const acme = fake.store.insert("res.partner", { name: "ACME Limited", email: "Billing@Acme.example" });
		await handler().execute(request(), actionContext());
		expect(fake.store.get("account.move", fake.created("account.move")[0] ?? 0)?.partner_id).toBe(acme.id);
	});

	it("an invoice that gets no answer in time is sent once, never again, and may or may not be in Odoo", async () => {
		fake.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
		// Odoo takes longer than the timeout, then creates the invoice anyway: exactly why the write is never re-sent.
		fake.inject({ kind: "delay", ms: 700 }, { match: "account.move.create" });
		const h = createInvoiceHandler(() => configFor(fake, { protocol, timeoutMs: 250 }));
		const err = await caught(() => h.execute(request(), actionContext()));
		expect(err).toMatchObject({ category: "transient", neverSent: false });
		expect(err.message).toMatch(/^No answer from Odoo at .* to account\.move\.create \(No answer from 127\.0\.0\.1:\d+ within 250 ms; it may or may not have reached the service\)$/);
		expect(err.suggestion).toBe("Look in Odoo whether account.move.create happened before you press Retry, so nothing is done twice.");
		expect(fake.requests.filter((r) => r.call === "account.move.create")).toHaveLength(1);
		await new Promise((r) => setTimeout(r, 700));
		expect(fake.created("account.move")).toHaveLength(1);
	});

	it("a new customer is reported before approval and created only on execute", async () => {
		const h = handler();
		expect(await h.isNewCounterparty(request(), actionContext())).toBe(true);
		expect(fake.writes).toBe(0);
		const result = await h.execute(request(), actionContext());
		expect(fake.created("res.partner")).toHaveLength(1);
		const partner = fake.store.get("res.partner", fake.created("res.partner")[0] ?? 0);
		expect(partner).toMatchObject({ name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
		expect(fake.store.get("account.move", fake.created("account.move")[0] ?? 0)?.partner_id).toBe(partner?.id);
		expect(result.fields?.new_customer).toBe(true);
		expect(await h.isNewCounterparty(request(), actionContext())).toBe(false);
	});

	it("two partners with the customer's name is a logic error and nothing is written", async () => {
		fake.store.insert("res.partner", { name: "John Smith", email: "john@one.example" });
		fake.store.insert("res.partner", { name: "John Smith", email: "john@two.example" });
		const err = await caught(() => handler().execute(request({ customer: { name: "John Smith" } }), actionContext()));
		expect(err).toMatchObject({ category: "logic", message: "2 partners are named John Smith: add the customer's email to the request" });
		expect(fake.writes).toBe(0);
	});

	it("an unknown currency is a data error naming it, and nothing is written", async () => {
		const err = await caught(() => handler().execute(request({ currency: "XYZ" }), actionContext()));
		expect(err).toMatchObject({ category: "data", message: "Odoo knows no currency XYZ" });
		expect(fake.writes).toBe(0);
	});

	it("an inactive currency is a data error saying where to activate it, and nothing is written", async () => {
		const err = await caught(() => handler().execute(request({ currency: "GBP" }), actionContext()));
		expect(err).toMatchObject({ category: "data", message: "The currency GBP is not active in Odoo" });
		expect(err.suggestion).toContain("Accounting → Configuration → Currencies");
		expect(fake.writes).toBe(0);
	});

	it("an unknown product stops before the customer is created", async () => {
		const p = request({ lines: [{ description: "Widget", quantity: 1, unit_price: "10.00", product: "NOPE" }] });
		const err = await caught(() => handler().execute(p, actionContext()));
		expect(err).toMatchObject({ category: "data", message: 'Odoo has no product "NOPE"' });
		expect(fake.writes).toBe(0);
	});

	it("products, named taxes, no-tax lines and payment terms reach Odoo as ids and commands", async () => {
		const p = request({
			due_date: undefined,
			payment_terms: "30 days",
			lines: [
				{ description: "Consulting", quantity: "1.5", unit_price: "100.00", product: "CONS" },
				{ description: "Exempt training", quantity: 1, unit_price: "80.00", taxes: [] },
				{ description: "Taxed extra", quantity: 1, unit_price: "20.00", taxes: ["15%"] },
			],
		});
		const result = await handler().execute(p, actionContext());
		const move = fake.store.get("account.move", fake.created("account.move")[0] ?? 0);
		expect(move?.invoice_date_due).toBe("2025-04-02");
		expect((move?._lines as Record<string, unknown>[]).map((l) => [l.product_id, l.tax_ids])).toEqual([
			[1, [1]],
			[false, []],
			[false, [1]],
		]);
		expect(result.fields).toMatchObject({ amount_untaxed: "250.00", amount_tax: "25.50", amount_total: "275.50" });
	});

	it("yen invoices carry whole amounts and read back without decimals", async () => {
		const result = await handler().execute(request({ currency: "JPY", lines: [{ description: "Translation", quantity: 3, unit_price: 12000, taxes: ["15%"] }] }), actionContext());
		expect(result.fields).toMatchObject({ amount_untaxed: "36000", amount_tax: "5400", amount_total: "41400", currency: "JPY" });
	});

	it("dry run writes nothing, records the exact requests, and still says what would happen", async () => {
		const ctx = actionContext({ dryRun: true });
		const result = await handler().execute(request(), ctx);
		expect(fake.writes).toBe(0);
		expect(fake.store.all("account.move")).toHaveLength(0);
		expect(ctx.recorded).toHaveLength(2); // the new customer, then the invoice
		const [partnerCall, moveCall] = ctx.recorded;
		if (protocol === "json2") {
			expect(partnerCall?.url).toBe(`${fake.url}/json/2/res.partner/create`);
			expect(moveCall?.url).toBe(`${fake.url}/json/2/account.move/create`);
			expect(moveCall?.headers).toMatchObject({ Authorization: "bearer test-api-key", "X-Odoo-Database": "odoo" });
			const body = JSON.parse(moveCall?.body ?? "{}") as { vals_list: Record<string, unknown>[] };
			expect(body.vals_list[0]).toMatchObject({
				move_type: "out_invoice",
				partner_id: -1,
				invoice_date: "2025-03-03",
				invoice_date_due: "2025-04-02",
				currency_id: 1,
				ref: "PO-1042",
				invoice_line_ids: [
					[0, 0, { name: "Website redesign", quantity: 2, price_unit: 150 }],
					[0, 0, { name: "Hosting (March)", quantity: 1, price_unit: 49.99 }],
				],
			});
		} else {
			expect(moveCall?.url).toBe(`${fake.url}/xmlrpc/2/object`);
			const call = await parseXmlRpcCall(moveCall?.body ?? "");
			expect(call.method).toBe("execute_kw");
			const [db, uid, key, model, method, args] = call.params as [string, number, string, string, string, [Record<string, unknown>[]]];
			expect([db, uid, key, model, method]).toEqual(["odoo", 2, "test-api-key", "account.move", "create"]);
			expect(args[0][0]).toMatchObject({ move_type: "out_invoice", partner_id: -1, currency_id: 1, invoice_line_ids: [[0, 0, { name: "Website redesign", quantity: 2, price_unit: 150 }], [0, 0, { name: "Hosting (March)", quantity: 1, price_unit: 49.99 }]] });
		}
		expect(result.summary).toMatch(/^Would create a draft invoice for Acme Ltd over 349.99 USD before tax, creating the customer/);
		expect(result.fields).toMatchObject({ new_customer: true });
		// No invoice exists in a dry run: no made-up id is reported.
		expect(result.fields).not.toHaveProperty("invoice_id");
	});

	it("Odoo's own refusal comes back as a logic error with Odoo's words", async () => {
		fake.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example" });
		// Invoicing installed without a chart of accounts: no sales journal, so Odoo 17 cannot pick one for the invoice.
		const journal = fake.store.get("account.journal", 1);
		if (journal) journal.active = false;
		const err = await caught(() => handler().execute(request(), actionContext()));
		expect(err).toMatchObject({ category: "logic" });
		expect(err.message).toBe("Odoo refused account.move.create: No journal could be found in company My Company for any of those types: sale");
		expect(fake.store.all("account.move")).toHaveLength(0);
	});

	it("a connection dropped while creating the invoice is transient and is not retried", async () => {
		fake.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example" });
		fake.inject({ kind: "destroy", afterApply: true }, { match: "account.move.create" });
		const err = await caught(() => handler().execute(request(), actionContext()));
		expect(err).toMatchObject({ category: "transient", neverSent: false });
		expect(fake.requests.filter((r) => r.call === "account.move.create")).toHaveLength(1);
		// One sentence, naming Odoo once: the network's own words inside, not a second "Could not reach…" wrapped in it.
		expect(err.message).toMatch(/^No answer from Odoo at .* to account\.move\.create \([^()]+\); it may or may not have reached Odoo$/);
		expect(err.message).not.toMatch(/Could not reach/);
	});
});
