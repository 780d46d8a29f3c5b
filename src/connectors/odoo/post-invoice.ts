// odoo.post_invoice: confirms a draft invoice (action_post), refusing anything that is not a draft.
import { CategorizedError } from "../../core/util/errors";
import type { ActionHandler, ActionResult } from "../../core/executor/connector";
import { OdooClient } from "./client";
import { invoiceUrl, type OdooConfigSource } from "./create-invoice";
import { findInvoice } from "./lookups";
import { type PostInvoiceParams, postInvoiceParams } from "./params";
import { INVOICE_FIELDS, invoiceRow, m2oId, m2oName, moveNumber, namedRow } from "./wire-schemas";

function label(p: PostInvoiceParams): string {
	return p.invoice_number ?? `with id ${p.invoice_id}`;
}

export function postInvoiceHandler(getConfig: OdooConfigSource): ActionHandler<PostInvoiceParams> {
	return {
		action: "odoo.post_invoice",
		params: postInvoiceParams,

		describe(p) {
			return {
				summary: `Confirm (post) the draft invoice ${label(p)} in Odoo, which gives it its final number and makes it due`,
				lines: [{ label: "Invoice", value: label(p) }],
			};
		},

		policyFacts(p) {
			// Posting moves no money; the amount is on the invoice, not in these params. The customer is the draft's.
			return { kind: "invoice", counterparty: `the customer of invoice ${label(p)}` };
		},

		/** New when the draft's customer has no posted invoice yet (read-only, before approval). */
		async isNewCounterparty(p, ctx) {
			const client = OdooClient.forAction(getConfig(ctx.secrets), ctx);
			const inv = await findInvoice(client, p);
			const partner = m2oId(inv.partner_id);
			if (partner === null) return true;
			const earlier = await client.searchRead(
				"account.move",
				[["partner_id", "=", partner], ["move_type", "=", inv.move_type], ["state", "=", "posted"], ["id", "!=", inv.id]],
				["name"],
				namedRow,
				{ limit: 1 },
			);
			return earlier.length === 0;
		},

		async execute(p, ctx): Promise<ActionResult> {
			const config = getConfig(ctx.secrets);
			const client = OdooClient.forAction(config, ctx);
			const inv = await findInvoice(client, p);
			const name = moveNumber(inv.name) ?? `with id ${inv.id}`;
			if (inv.state !== "draft") {
				throw new CategorizedError("logic", `Invoice ${name} is ${inv.state === "posted" ? "already posted" : inv.state === "cancel" ? "cancelled" : inv.state}; only a draft can be posted`, "Nothing to do, or reset the invoice to draft in Odoo first.");
			}
			// action_post returns None in Python, which XML-RPC cannot carry; Odoo's account.move returns False for that reason.
			await client.write("account.move", "action_post", { ids: [inv.id] }, () => false);
			if (client.dryRun) {
				return { summary: `Dry run: would post invoice ${name} for ${m2oName(inv.partner_id, "the customer")}`, url: invoiceUrl(config.url, inv.id), fields: { invoice_id: inv.id, state: "draft" } };
			}
			const [after] = await client.readIds("account.move", [inv.id], INVOICE_FIELDS, invoiceRow);
			return {
				summary: `Posted invoice ${moveNumber(after?.name) ?? name} for ${m2oName(inv.partner_id, "the customer")}`,
				url: invoiceUrl(config.url, inv.id),
				fields: { invoice_id: inv.id, invoice_number: moveNumber(after?.name), state: after?.state ?? "posted" },
			};
		},
	};
}
