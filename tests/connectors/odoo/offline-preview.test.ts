// Dry run without credentials: approving an invoice on a device with no Odoo key previews the exact request (key
// redacted, ids Odoo would answer shown as placeholders) and lists the look-ups it could not make. Nothing is sent.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInvoiceHandler } from "../../../src/connectors/odoo/create-invoice";
import { postInvoiceHandler } from "../../../src/connectors/odoo/post-invoice";
import { registerPaymentHandler } from "../../../src/connectors/odoo/register-payment";
import { postInvoiceParams, registerPaymentParams } from "../../../src/connectors/odoo/params";
import { odooConfigFrom, odooPreviewConfig, type OdooSettings } from "../../../src/connectors/odoo/config";
import { type CreateInvoiceParams, createInvoiceParams } from "../../../src/connectors/odoo/params";
import { type FakeOdoo, startFakeOdoo } from "../../fakes/odoo/server";
import { actionContext, configFor, parseXmlRpcCall } from "./support";

const request = (over: Partial<CreateInvoiceParams> = {}): CreateInvoiceParams =>
	createInvoiceParams.parse({
		customer: { name: "Harbor & Co", email: "accounts@harbor.example" },
		invoice_date: "2026-12-03",
		currency: "USD",
		reference: "PO-7781",
		lines: [
			{ description: "Brand identity workshop (2 days)", quantity: 2, unit_price: "1200.00", taxes: ["15%"] },
			{ description: "Logo files and guidelines", quantity: 1, unit_price: "450.00" },
		],
		...over,
	});

const noSecrets = { get: () => null, set: () => undefined };

function offlineHandler(settings: OdooSettings) {
	return createInvoiceHandler((secrets) => odooConfigFrom(settings, secrets), () => odooPreviewConfig(settings));
}

/** A context whose reads are counted: an offline preview must make none. */
function countingContext(dryRun: boolean) {
	const ctx = actionContext({ dryRun });
	let reads = 0;
	const read = ctx.read;
	ctx.read = (req) => {
		reads++;
		return read(req);
	};
	return { ctx, reads: () => reads };
}

describe("odoo.create_invoice in dry run without an API key", () => {
	const settings: OdooSettings = { url: "https://lumenandpine.example.com", database: "lumen", login: "owner@lumenandpine.example", protocol: "auto", timeoutSeconds: 30 };

	it("previews the XML-RPC create call with the key redacted and placeholders for what only Odoo knows", async () => {
		const { ctx, reads } = countingContext(true);
		const result = await offlineHandler({ ...settings }).execute(request(), { ...ctx, secrets: noSecrets });
		expect(reads()).toBe(0);
		expect(ctx.recorded).toHaveLength(1);
		const call = ctx.recorded[0]!;
		expect(call.url).toBe("https://lumenandpine.example.com/xmlrpc/2/object");
		const parsed = await parseXmlRpcCall(call.body ?? "");
		const [db, uid, key, model, method, args] = parsed.params as [string, string, string, string, string, [Record<string, unknown>[]]];
		expect([db, uid, key, model, method]).toEqual(["lumen", "<your user id>", "[redacted]", "account.move", "create"]);
		expect(args[0][0]).toMatchObject({
			move_type: "out_invoice",
			partner_id: "<id of customer Harbor & Co>",
			currency_id: "<id of currency USD>",
			invoice_date: "2026-12-03",
			ref: "PO-7781",
			invoice_line_ids: [
				[0, 0, { name: "Brand identity workshop (2 days)", quantity: 2, price_unit: 1200, tax_ids: [[6, 0, ["<id of sales tax 15%>"]]] }],
				[0, 0, { name: "Logo files and guidelines", quantity: 1, price_unit: 450 }],
			],
		});
		expect(result.summary).toMatch(/^Would create a draft invoice for Harbor & Co over 2,850\.00 USD before tax\. Not looked up \(No Odoo API key for owner@lumenandpine\.example\): /);
		expect(result.summary).toContain("whether Odoo knows the customer Harbor & Co <accounts@harbor.example>");
		expect(result.summary).toContain("the sales tax 15%");
		expect(result.url).toBeUndefined();
		expect(JSON.stringify(result.fields)).not.toMatch(/invoice_id|post_id|-1/);
	});

	it("on JSON-2 the request is the one Odoo 19 gets: bearer key redacted, database header", async () => {
		const { ctx } = countingContext(true);
		await offlineHandler({ ...settings, protocol: "json2" }).execute(request(), { ...ctx, secrets: noSecrets });
		const call = ctx.recorded[0]!;
		expect(call.url).toBe("https://lumenandpine.example.com/json/2/account.move/create");
		expect(call.headers).toMatchObject({ Authorization: "bearer [redacted]", "X-Odoo-Database": "lumen" });
		expect(JSON.parse(call.body ?? "{}")).toMatchObject({ vals_list: [{ partner_id: "<id of customer Harbor & Co>", ref: "PO-7781" }] });
	});

	it("live mode without a key still fails with the auth error and what to do", async () => {
		const { ctx } = countingContext(false);
		await expect(offlineHandler(settings).execute(request(), { ...ctx, secrets: noSecrets })).rejects.toMatchObject({ category: "auth", message: "No Odoo API key for owner@lumenandpine.example" });
	});
});

describe("posting and paying in dry run without an API key", () => {
	const settings: OdooSettings = { url: "https://lumenandpine.example.com", database: "lumen", login: "owner@lumenandpine.example", protocol: "xmlrpc", timeoutSeconds: 30 };

	it("posting an invoice previews action_post with a placeholder for the invoice's id", async () => {
		const { ctx, reads } = countingContext(true);
		const h = postInvoiceHandler((secrets) => odooConfigFrom(settings, secrets), () => odooPreviewConfig(settings));
		const result = await h.execute(postInvoiceParams.parse({ invoice_number: "INV/2026/00012" }), { ...ctx, secrets: noSecrets });
		expect(reads()).toBe(0);
		const call = await parseXmlRpcCall(ctx.recorded[0]?.body ?? "");
		expect(call.params.slice(2, 6)).toEqual(["[redacted]", "account.move", "action_post", [["<id of invoice INV/2026/00012>"]]]);
		expect(result.summary).toMatch(/^Would post invoice INV\/2026\/00012\. Not looked up \(No Odoo API key for owner@lumenandpine\.example\): the invoice INV\/2026\/00012 \(it must be a draft\)/);
	});

	it("a payment previews the wizard's two calls, the invoice and journal left as placeholders", async () => {
		const { ctx, reads } = countingContext(true);
		const h = registerPaymentHandler((secrets) => odooConfigFrom(settings, secrets), () => odooPreviewConfig(settings));
		const params = registerPaymentParams.parse({ invoice_number: "INV/2026/00012", amount: "1200.00", currency: "USD", date: "2026-12-03", journal: "BNK1" });
		const result = await h.execute(params, { ...ctx, secrets: noSecrets });
		expect(reads()).toBe(0);
		expect(ctx.recorded).toHaveLength(2);
		const [create, pay] = await Promise.all(ctx.recorded.map((r) => parseXmlRpcCall(r.body ?? "")));
		expect(create?.params.slice(3, 7)).toEqual(["account.payment.register", "create", [[{ payment_date: "2026-12-03", amount: 1200, journal_id: "<id of journal BNK1>" }]], { context: { active_model: "account.move", active_ids: ["<id of invoice INV/2026/00012>"] } }]);
		expect(pay?.params.slice(3, 5)).toEqual(["account.payment.register", "action_create_payments"]);
		expect(result.summary).toMatch(/^Would register 1,200\.00 USD on invoice INV\/2026\/00012\. Not looked up/);
		expect(result.summary).toContain("the journal BNK1");
	});
});

describe("the offline preview matches what a connected dry run records", () => {
	let fake: FakeOdoo;
	beforeEach(async () => {
		fake = await startFakeOdoo({ version: 17 });
	});
	afterEach(() => fake.stop());

	it("the same invoice values, only the looked-up ids differ", async () => {
		fake.store.insert("res.partner", { name: "Harbor & Co", email: "accounts@harbor.example", customer_rank: 1 });
		const connected = actionContext({ dryRun: true });
		await createInvoiceHandler(() => configFor(fake, { protocol: "xmlrpc" })).execute(request(), connected);
		const offline = actionContext({ dryRun: true });
		const settings: OdooSettings = { url: fake.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc", timeoutSeconds: 5 };
		await offlineHandler(settings).execute(request(), { ...offline, secrets: noSecrets });
		const move = async (rec: typeof connected.recorded) => ((await parseXmlRpcCall(rec[rec.length - 1]?.body ?? "")).params[5] as Record<string, unknown>[][])[0]![0]!;
		const live = await move(connected.recorded);
		const preview = await move(offline.recorded);
		const withoutIds = (m: Record<string, unknown>) => JSON.stringify(m, (k, v: unknown) => (["partner_id", "currency_id"].includes(k) ? "id" : k === "tax_ids" ? "taxes" : v));
		expect(withoutIds(preview)).toBe(withoutIds(live));
		expect(offline.recorded[0]?.url).toBe(connected.recorded[connected.recorded.length - 1]?.url);
	});
});
