// odoo.register_payment against the fake Odoo: only on posted, unpaid invoices, never more than is due, sent once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerPaymentParams } from "../../../src/connectors/odoo/params";
import { registerPaymentHandler } from "../../../src/connectors/odoo/register-payment";
import { type FakeOdoo, startFakeOdoo } from "../../fakes/odoo/server";
import { actionContext, caught, configFor, SERVERS } from "./support";

describe.each(SERVERS)("odoo.register_payment on $name", ({ version, protocol }) => {
	let fake: FakeOdoo;
	let inv: { id: number; name: string };
	beforeEach(async () => {
		fake = await startFakeOdoo({ version });
		const partner = fake.store.insert("res.partner", { name: "Acme Ltd" });
		// 100.00 + 15% tax = 115.00 due (a line without a product is untaxed in Odoo 17 unless it names its tax)
		const move = fake.store.createMove({ move_type: "out_invoice", partner_id: partner.id, invoice_date: "2025-03-03", invoice_line_ids: [[0, 0, { name: "Work", quantity: 1, price_unit: 100, tax_ids: [[6, 0, [1]]] }]] });
		fake.store.post([move.id]);
		inv = { id: move.id, name: String(move.name) };
	});
	afterEach(() => fake.stop());
	const handler = () => registerPaymentHandler(() => configFor(fake, { protocol }));
	const pay = (amount: string, over: Record<string, unknown> = {}) => registerPaymentParams.parse({ invoice_number: inv.name, amount, currency: "USD", date: "2025-03-10", payee: "Acme Ltd", ...over });

	it("a part payment goes through the wizard and leaves the rest due", async () => {
		const result = await handler().execute(pay("50.00"), actionContext());
		expect(fake.count("account.payment.register.create")).toBe(1);
		expect(fake.count("account.payment.register.action_create_payments")).toBe(1);
		const move = fake.store.get("account.move", inv.id);
		expect(move).toMatchObject({ payment_state: "partial", amount_residual: 65 });
		const wizard = fake.store.get("account.payment.register", fake.created("account.payment.register")[0] ?? 0);
		expect(wizard).toMatchObject({ amount: 50, payment_date: "2025-03-10", _active_ids: [inv.id] });
		expect(result.fields).toMatchObject({ invoice_id: inv.id, amount: "50.00", payment_state: "partial", amount_residual: "65.00" });
		expect(result.summary).toBe(`Registered 50.00 USD on ${inv.name}; 65.00 USD still due`);
	});

	it("the full amount marks the invoice paid, into the chosen journal", async () => {
		const result = await handler().execute(pay("115.00", { journal: "CSH1" }), actionContext());
		expect(fake.store.get("account.move", inv.id)?.payment_state).toBe("paid");
		expect(fake.store.get("account.payment.register", fake.created("account.payment.register")[0] ?? 0)?.journal_id).toBe(7);
		expect(result.summary).toContain("paid in full");
	});

	it("more than is due is a logic error before anything is written", async () => {
		const err = await caught(() => handler().execute(pay("115.01"), actionContext()));
		expect(err).toMatchObject({ category: "logic", message: `The payment of 115.01 USD is more than the 115.00 USD still due on ${inv.name}` });
		expect(fake.writes).toBe(0);
	});

	it("a draft invoice is refused: post it first", async () => {
		const draft = fake.store.createMove({ move_type: "out_invoice", partner_id: 1, invoice_date: "2025-03-03", invoice_line_ids: [[0, 0, { name: "x", quantity: 1, price_unit: 10 }]] });
		const err = await caught(() => handler().execute(pay("1.00", { invoice_number: undefined, invoice_id: draft.id }), actionContext()));
		expect(err).toMatchObject({ category: "logic" });
		expect(err.message).toContain("not posted");
		expect(fake.writes).toBe(0);
	});

	it("a paid invoice is refused", async () => {
		fake.store.pay(inv.id, 115, "2025-03-05", 6);
		const err = await caught(() => handler().execute(pay("1.00"), actionContext()));
		expect(err).toMatchObject({ category: "logic", message: `Invoice ${inv.name} is already paid (paid)` });
	});

	it("a payment in another currency than the invoice is a data error", async () => {
		const err = await caught(() => handler().execute(pay("10.00", { currency: "EUR" }), actionContext()));
		expect(err).toMatchObject({ category: "data", message: `Invoice ${inv.name} is in USD, the payment in EUR` });
	});

	it("an unknown journal is a data error before anything is written", async () => {
		const err = await caught(() => handler().execute(pay("10.00", { journal: "Savings" }), actionContext()));
		expect(err).toMatchObject({ category: "data", message: 'Odoo has no bank or cash journal "Savings"' });
		expect(fake.writes).toBe(0);
	});

	it("is never retried: a 503 on the wizard is one attempt and a transient error", async () => {
		fake.inject({ kind: "status", status: 503 }, { times: 5, match: "account.payment.register.create" });
		const err = await caught(() => handler().execute(pay("10.00"), actionContext()));
		expect(err).toMatchObject({ category: "transient" });
		expect(fake.requests.filter((r) => r.call === "account.payment.register.create")).toHaveLength(1);
		expect(fake.store.get("account.move", inv.id)?.payment_state).toBe("not_paid");
	});

	it("dry run records the wizard calls with their context and changes nothing", async () => {
		const ctx = actionContext({ dryRun: true });
		const result = await handler().execute(pay("15.00"), ctx);
		expect(ctx.recorded).toHaveLength(2);
		if (protocol === "json2") {
			expect(JSON.parse(ctx.recorded[0]?.body ?? "{}")).toEqual({ vals_list: [{ payment_date: "2025-03-10", amount: 15 }], context: { active_model: "account.move", active_ids: [inv.id] } });
			expect(JSON.parse(ctx.recorded[1]?.body ?? "{}")).toEqual({ ids: [-1], context: { active_model: "account.move", active_ids: [inv.id] } });
		}
		expect(fake.writes).toBe(0);
		expect(fake.store.get("account.move", inv.id)?.payment_state).toBe("not_paid");
		expect(result.summary).toBe(`Dry run: would register 15.00 USD on ${inv.name}, leaving 100.00 USD due`);
	});

	it("policy facts: a payment of the amount in minor units to the payee", () => {
		expect(handler().policyFacts(pay("115.00"))).toEqual({ kind: "payment", amountMinor: 11500, currency: "USD", counterparty: "Acme Ltd" });
	});
});
