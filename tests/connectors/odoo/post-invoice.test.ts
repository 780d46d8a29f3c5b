// odoo.post_invoice against the fake Odoo: drafts are confirmed once; anything else is refused with a reason.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postInvoiceHandler } from "../../../src/connectors/odoo/post-invoice";
import { postInvoiceParams } from "../../../src/connectors/odoo/params";
import { type FakeOdoo, startFakeOdoo } from "../../fakes/odoo/server";
import { actionContext, caught, configFor, SERVERS } from "./support";

describe.each(SERVERS)("odoo.post_invoice on $name", ({ version, protocol }) => {
	let fake: FakeOdoo;
	let draftId: number;
	let draftName: string;
	beforeEach(async () => {
		fake = await startFakeOdoo({ version });
		const partner = fake.store.insert("res.partner", { name: "Acme Ltd" });
		const move = fake.store.createMove({ move_type: "out_invoice", partner_id: partner.id, invoice_date: "2025-03-03", invoice_line_ids: [[0, 0, { name: "Work", quantity: 1, price_unit: 100 }]] });
		draftId = move.id;
		draftName = String(move.name);
	});
	afterEach(() => fake.stop());
	const handler = () => postInvoiceHandler(() => configFor(fake, { protocol }));

	it("posts a draft found by its number", async () => {
		const result = await handler().execute(postInvoiceParams.parse({ invoice_number: draftName }), actionContext());
		expect(fake.store.get("account.move", draftId)?.state).toBe("posted");
		expect(fake.count("account.move.action_post")).toBe(1);
		expect(result.fields).toMatchObject({ invoice_id: draftId, invoice_number: draftName, state: "posted" });
		expect(result.summary).toBe(`Posted invoice ${draftName} for Acme Ltd`);
	});

	it("before approval, tells whether the draft's customer has ever been invoiced (read-only)", async () => {
		const h = handler();
		expect(await h.isNewCounterparty?.(postInvoiceParams.parse({ invoice_id: draftId }), actionContext())).toBe(true);
		const partner = fake.store.get("account.move", draftId)?.partner_id as number;
		const earlier = fake.store.createMove({ move_type: "out_invoice", partner_id: partner, invoice_date: "2025-02-03", invoice_line_ids: [[0, 0, { name: "Earlier", quantity: 1, price_unit: 10 }]] });
		fake.store.post([earlier.id]);
		expect(await h.isNewCounterparty?.(postInvoiceParams.parse({ invoice_id: draftId }), actionContext())).toBe(false);
		expect(fake.count("account.move.action_post")).toBe(0);
	});

	it("posts a draft found by its id", async () => {
		await handler().execute(postInvoiceParams.parse({ invoice_id: draftId }), actionContext());
		expect(fake.store.get("account.move", draftId)?.state).toBe("posted");
	});

	it("posts a draft Odoo named \"/\" and reports the number posting gave it", async () => {
		const later = fake.store.createMove({ move_type: "out_invoice", partner_id: 1, invoice_date: "2025-03-04", invoice_line_ids: [[0, 0, { name: "More", quantity: 1, price_unit: 10 }]] });
		expect(later.name).toBe("/");
		const result = await handler().execute(postInvoiceParams.parse({ invoice_id: later.id }), actionContext());
		const number = String(fake.store.get("account.move", later.id)?.name);
		expect(number).toMatch(/^INV\/2025\/\d{5}$/);
		expect(result.fields).toMatchObject({ invoice_id: later.id, invoice_number: number, state: "posted" });
		expect(result.summary).toBe(`Posted invoice ${number} for My Company`);
	});

	it("\"/\" is no invoice number: a data error before anything is asked of Odoo", async () => {
		const err = await caught(() => handler().execute(postInvoiceParams.parse({ invoice_number: "/" }), actionContext()));
		expect(err).toMatchObject({ category: "data", message: '"/" is not an invoice number: Odoo names drafts "/" until they are posted' });
		expect(fake.count("account.move.search_read")).toBe(0);
	});

	it("an invoice still named \"/\" is named by its id when it cannot be posted", async () => {
		const cancelled = fake.store.createMove({ move_type: "out_invoice", partner_id: 1, invoice_date: "2025-03-05", invoice_line_ids: [[0, 0, { name: "Void", quantity: 1, price_unit: 10 }]] });
		const rec = fake.store.get("account.move", cancelled.id);
		if (rec) rec.state = "cancel";
		const err = await caught(() => handler().execute(postInvoiceParams.parse({ invoice_id: cancelled.id }), actionContext()));
		expect(err).toMatchObject({ category: "logic", message: `Invoice with id ${cancelled.id} is cancelled; only a draft can be posted` });
		expect(fake.count("account.move.action_post")).toBe(0);
	});

	it("refuses an invoice that is already posted, without calling action_post", async () => {
		fake.store.post([draftId]);
		const err = await caught(() => handler().execute(postInvoiceParams.parse({ invoice_id: draftId }), actionContext()));
		expect(err).toMatchObject({ category: "logic", message: `Invoice ${draftName} is already posted; only a draft can be posted` });
		expect(fake.count("account.move.action_post")).toBe(0);
	});

	it("an invoice number Odoo does not have is a data error", async () => {
		const err = await caught(() => handler().execute(postInvoiceParams.parse({ invoice_number: "INV/1999/99999" }), actionContext()));
		expect(err).toMatchObject({ category: "data", message: "Odoo has no invoice INV/1999/99999" });
	});

	it("Odoo's UserError while posting comes back as a logic error in Odoo's words", async () => {
		const empty = fake.store.createMove({ move_type: "out_invoice", partner_id: 1, invoice_date: "2025-03-03" });
		const err = await caught(() => handler().execute(postInvoiceParams.parse({ invoice_id: empty.id }), actionContext()));
		expect(err).toMatchObject({ category: "logic", message: "Odoo refused account.move.action_post: You need to add a line before posting." });
	});

	it("dry run records action_post and leaves the draft alone", async () => {
		const ctx = actionContext({ dryRun: true });
		const result = await handler().execute(postInvoiceParams.parse({ invoice_id: draftId }), ctx);
		expect(ctx.recorded).toHaveLength(1);
		expect(ctx.recorded[0]?.url).toContain(protocol === "json2" ? "/json/2/account.move/action_post" : "/xmlrpc/2/object");
		expect(fake.store.get("account.move", draftId)?.state).toBe("draft");
		expect(result.summary).toMatch(/^Dry run: would post invoice/);
	});
});

describe("post_invoice params", () => {
	it("need exactly one of invoice_id and invoice_number", () => {
		expect(postInvoiceParams.safeParse({}).success).toBe(false);
		expect(postInvoiceParams.safeParse({ invoice_id: 1, invoice_number: "INV/1" }).success).toBe(false);
		expect(postInvoiceParams.safeParse({ invoice_id: 0 }).success).toBe(false);
	});
});
