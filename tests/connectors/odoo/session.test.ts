// One Odoo session for many actions: the protocol probe (the XML-RPC login itself) happens once per url + database + login + key,
// and each action costs a bounded number of round trips, counted on the fake's own request log.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OdooClient } from "../../../src/connectors/odoo/client";
import { createInvoiceHandler } from "../../../src/connectors/odoo/create-invoice";
import { createInvoiceParams, postInvoiceParams, registerPaymentParams } from "../../../src/connectors/odoo/params";
import { postInvoiceHandler } from "../../../src/connectors/odoo/post-invoice";
import { registerPaymentHandler } from "../../../src/connectors/odoo/register-payment";
import { type FakeOdoo, startFakeOdoo } from "../../fakes/odoo/server";
import { actionContext, caught, configFor, fastClock, nodeHttp } from "./support";

const invoice = (n: number) =>
	createInvoiceParams.parse({
		customer: { name: `Customer ${n}`, email: `c${n}@example.com` },
		invoice_date: "2026-03-02",
		currency: "USD",
		lines: [{ description: "Work", quantity: 1, unit_price: "100.00" }],
	});

describe.each([
	{ name: "Odoo 17 (auto → XML-RPC)", version: 17 as const, xmlrpc: true },
	{ name: "an Odoo without XML-RPC (auto → JSON-2)", version: 19 as const, xmlrpc: false },
])("Odoo sessions on $name", ({ version, xmlrpc }) => {
	let fake: FakeOdoo;
	beforeEach(async () => {
		fake = await startFakeOdoo({ version, xmlrpc });
	});
	/** "auto" probes by logging in over XML-RPC; a server without it answers that one request with a 404. */
	const probes = () => (xmlrpc ? fake.count("common.authenticate") : fake.requests.filter((r) => r.call === "xmlrpc.gone").length);
	afterEach(() => fake.stop());
	const config = () => configFor(fake, { protocol: "auto" });
	/** Requests that reached the fake while `fn` ran. */
	const trips = async (fn: () => Promise<unknown>) => {
		const before = fake.requests.length;
		await fn();
		return fake.requests.slice(before).map((r) => r.call);
	};

	it("ten actions in a row probe the protocol once and log in at most once", async () => {
		const create = createInvoiceHandler(config);
		const post = postInvoiceHandler(config);
		const pay = registerPaymentHandler(config);
		const ids: number[] = [];
		for (let n = 0; n < 4; n++) ids.push(Number((await create.execute(invoice(n), actionContext())).fields?.invoice_id));
		for (const id of ids.slice(0, 3)) await post.execute(postInvoiceParams.parse({ invoice_id: id }), actionContext());
		for (const id of ids.slice(0, 3)) await pay.execute(registerPaymentParams.parse({ invoice_id: id, amount: "10.00", currency: "USD", date: "2026-03-05" }), actionContext());
		expect(probes()).toBe(1);
		// No separate version probe: the login is the probe, and JSON-2 sends the key with every call (no login at all).
		expect(fake.count("web.version") + fake.count("common.version")).toBe(0);
		expect(fake.count("common.authenticate")).toBe(xmlrpc ? 1 : 0);
		expect(fake.created("account.move")).toHaveLength(4);
	});

	it("a create invoice costs at most 6 round trips, the first after start included (5 in a running session), a post 3, a payment at most 5", async () => {
		const first = await trips(() => createInvoiceHandler(config).execute(invoice(1), actionContext()));
		// The first action of a session pays one request more: the XML-RPC login, which is also the protocol probe.
		expect(first).toEqual([xmlrpc ? "common.authenticate" : "xmlrpc.gone", "res.currency.search_read", "res.partner.search_read", "res.partner.create", "account.move.create", "account.move.read"]);
		const create = await trips(() => createInvoiceHandler(config).execute(invoice(2), actionContext()));
		// currency, customer (email or name in one request), the new customer, the invoice, its totals read back
		expect(create).toEqual(["res.currency.search_read", "res.partner.search_read", "res.partner.create", "account.move.create", "account.move.read"]);
		const id = fake.created("account.move")[1] ?? 0;
		const post = await trips(() => postInvoiceHandler(config).execute(postInvoiceParams.parse({ invoice_id: id }), actionContext()));
		expect(post).toEqual(["account.move.search_read", "account.move.action_post", "account.move.read"]);
		const pay = await trips(() => registerPaymentHandler(config).execute(registerPaymentParams.parse({ invoice_id: id, amount: "10.00", currency: "USD", date: "2026-03-05", journal: "BNK1" }), actionContext()));
		expect(pay).toEqual(["account.move.search_read", "account.journal.search_read", "account.payment.register.create", "account.payment.register.action_create_payments", "account.move.read"]);
	});

	it("products and taxes of many lines cost one request each, however many lines name them", async () => {
		const params = createInvoiceParams.parse({
			customer: { name: "Acme", email: "billing@acme.example" },
			invoice_date: "2026-03-02",
			currency: "USD",
			lines: [
				{ description: "Advice", quantity: 1, unit_price: "100.00", product: "CONS", taxes: ["15%"] },
				{ description: "Support", quantity: 1, unit_price: "50.00", product: "Support plan", taxes: ["0% Exempt"] },
				{ description: "More advice", quantity: 2, unit_price: "100.00", product: "CONS", taxes: ["15%", "0% Exempt"] },
			],
		});
		await createInvoiceHandler(config).execute(invoice(0), actionContext()); // open the session
		const calls = await trips(() => createInvoiceHandler(config).execute(params, actionContext()));
		expect(calls.filter((c) => c === "product.product.search_read")).toHaveLength(1);
		expect(calls.filter((c) => c === "account.tax.search_read")).toHaveLength(1);
		const move = fake.store.get("account.move", fake.created("account.move")[1] ?? 0);
		expect((move?._lines as { product_id: number; tax_ids: number[] }[]).map((l) => [l.product_id, l.tax_ids])).toEqual([
			[1, [1]],
			[2, [3]],
			[1, [1, 3]],
		]);
	});

	it("actions started together wait for one probe and one login", async () => {
		const create = createInvoiceHandler(config);
		await Promise.all([1, 2, 3, 4, 5].map((n) => create.isNewCounterparty(invoice(n), actionContext())));
		expect(probes()).toBe(1);
		expect(fake.count("common.authenticate")).toBe(xmlrpc ? 1 : 0);
	});

	it("Test connection probes and logs in afresh, and the next actions reuse that session", async () => {
		await createInvoiceHandler(config).isNewCounterparty(invoice(1), actionContext());
		const report = await OdooClient.overHttp(config(), nodeHttp, fastClock()).testConnection();
		expect(report.ok).toBe(true);
		expect(probes()).toBe(2);
		await createInvoiceHandler(config).isNewCounterparty(invoice(2), actionContext());
		expect(probes()).toBe(2);
	});
});

describe("Odoo 17 over XML-RPC: logging in again only when the login is refused", () => {
	let fake: FakeOdoo;
	beforeEach(async () => {
		fake = await startFakeOdoo({ version: 17 });
	});
	afterEach(() => fake.stop());
	const config = () => configFor(fake, { protocol: "xmlrpc" });
	const user = () => fake.users[0] as { id: number; apiKey: string };

	it("a read refused with the cached login logs in once more and succeeds", async () => {
		const create = createInvoiceHandler(config);
		await create.isNewCounterparty(invoice(1), actionContext());
		expect(fake.count("common.authenticate")).toBe(1);
		// The user was recreated in Odoo with the same login and key: the cached uid is refused.
		user().id = 9;
		fake.store.insert("res.users", { id: 9, name: "Mitchell Admin", login: "admin@example.com", company_id: 1, partner_id: 3 });
		expect(await create.isNewCounterparty(invoice(1), actionContext())).toBe(true);
		expect(fake.count("common.authenticate")).toBe(2);
		await create.isNewCounterparty(invoice(2), actionContext());
		expect(fake.count("common.authenticate")).toBe(2);
	});

	it("on auto, a refused login is renewed over XML-RPC: no new probe, no JSON-2 attempt", async () => {
		const create = createInvoiceHandler(() => configFor(fake, { protocol: "auto" }));
		await create.isNewCounterparty(invoice(1), actionContext());
		user().id = 9;
		fake.store.insert("res.users", { id: 9, name: "Mitchell Admin", login: "admin@example.com", company_id: 1, partner_id: 3 });
		expect(await create.isNewCounterparty(invoice(1), actionContext())).toBe(true);
		expect(fake.count("common.authenticate")).toBe(2);
		expect(fake.requests.filter((r) => r.path.startsWith("/json/2/") || r.path === "/web/version")).toHaveLength(0);
	});

	it("a revoked key is an auth error after one more login, and a write is never re-sent", async () => {
		const create = createInvoiceHandler(config);
		await create.isNewCounterparty(invoice(1), actionContext());
		user().apiKey = "revoked";
		const err = await caught(() => create.execute(invoice(1), actionContext()));
		expect(err).toMatchObject({ category: "auth" });
		expect(err.message).toContain("Odoo refused the API key");
		expect(fake.count("common.authenticate")).toBe(2);
		expect(fake.writes).toBe(0);
	});

	it("a write refused with a stale login is not re-sent; the next action logs in again", async () => {
		const create = createInvoiceHandler(config);
		const ctx = actionContext();
		// Reads first (they log in), then the user is recreated just before the write goes out.
		const client = OdooClient.forAction(config(), ctx);
		await client.uid();
		user().id = 9;
		const err = await caught(() => client.write("res.partner", "create", { named: { vals_list: [{ name: "X" }] } }, () => [-1]));
		expect(err).toMatchObject({ category: "auth" });
		expect(fake.requests.filter((r) => r.call === "res.partner.create")).toHaveLength(1);
		expect(fake.created("res.partner")).toHaveLength(0);
		fake.store.insert("res.users", { id: 9, name: "Mitchell Admin", login: "admin@example.com", company_id: 1, partner_id: 3 });
		await create.execute(invoice(1), actionContext());
		expect(fake.count("common.authenticate")).toBe(2);
		expect(fake.created("account.move")).toHaveLength(1);
	});
});
