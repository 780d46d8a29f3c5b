// The connector's decoding and error mapping on answers a real Odoo 17.0 server sent (tests/fixtures/odoo-17).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { decodeMethodResponse, XmlRpcFault } from "../../../src/connectors/odoo/xmlrpc-codec";
import { faultToError } from "../../../src/connectors/odoo/xmlrpc-protocol";
import { invoiceRow, many2one, moveNumber } from "../../../src/connectors/odoo/wire-schemas";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/odoo-17", name), "utf8");
const site = { url: "http://127.0.0.1:8069", login: "admin", database: "odoo17", model: "account.move", method: "create" };

function fault(name: string): XmlRpcFault {
	try {
		decodeMethodResponse(fixture(name));
	} catch (err) {
		if (err instanceof XmlRpcFault) return err;
		throw err;
	}
	throw new Error(`${name} is not a fault`);
}

describe("real Odoo 17 answers", () => {
	it("a draft invoice reads into the invoice schema, its '/' name is no number, its floats are numbers", () => {
		const [row] = z.array(invoiceRow).parse(decodeMethodResponse(fixture("account-move-read-draft.xml")));
		expect(row).toMatchObject({ name: "/", state: "draft", payment_state: "not_paid", amount_untaxed: 349.99, amount_tax: 7.5, amount_total: 357.49, currency_id: [1, "USD"] });
		expect(moveNumber(row?.name ?? false)).toBeNull();
		const [posted] = z.array(invoiceRow).parse(decodeMethodResponse(fixture("account-move-search-read-posted.xml")));
		expect(moveNumber(posted?.name ?? false)).toMatch(/^INV\/\d{4}\/\d{5}$/);
		const [partial] = z.array(invoiceRow).parse(decodeMethodResponse(fixture("account-move-read-partial.xml")));
		expect(partial).toMatchObject({ state: "posted", payment_state: "partial", amount_residual: 257.49 });
	});

	it("create answers a list of ids; action_post answers false; the payment wizard answers a window action", () => {
		expect(decodeMethodResponse(fixture("account-move-create.xml"))).toEqual([expect.any(Number)]);
		expect(decodeMethodResponse(fixture("account-move-action-post.xml"))).toBe(false);
		expect(decodeMethodResponse(fixture("account-payment-register-action-create-payments.xml"))).toMatchObject({ type: "ir.actions.act_window", res_model: "account.payment" });
		expect(z.array(z.object({ id: z.int(), currency_id: many2one })).parse(decodeMethodResponse(fixture("res-company-search-read.xml")))[0]?.currency_id).toEqual([1, "USD"]);
	});

	it("each fault maps to the category the owner can act on", () => {
		expect(faultToError(fault("execute-kw-wrong-key.xml"), site)).toMatchObject({ category: "auth" });
		expect(faultToError(fault("access-error-create.xml"), site)).toMatchObject({ category: "auth", message: expect.stringContaining("You are not allowed to create 'Journal Entry' (account.move) records.") });
		expect(faultToError(fault("account-move-action-post-again.xml"), site)).toMatchObject({ category: "logic", message: expect.stringMatching(/must be in draft\.$/) });
		expect(faultToError(fault("res-partner-create-without-name.xml"), site)).toMatchObject({ category: "logic", message: expect.stringContaining("Contacts require a name") });
		// An unknown model comes as fault 2 (a UserError), yet it means a missing app, not a refused request.
		expect(faultToError(fault("unknown-model.xml"), { ...site, model: "no.such.model" })).toMatchObject({ category: "system", message: expect.stringContaining("is the Invoicing app installed?") });
		expect(decodeMethodResponse(fixture("common-authenticate-wrong-key.xml"))).toBe(false);
	});
});
