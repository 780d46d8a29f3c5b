// odoo.post_invoice: confirms a draft invoice (action_post), refusing anything that is not a draft.
import { CategorizedError } from "../../core/util/errors";
import type { ActionContext, ActionHandler, ActionResult } from "../../core/executor/connector";
import { OdooClient } from "./client";
import { invoiceUrl } from "./create-invoice";
import { findInvoice } from "./lookups";
import { type PostInvoiceParams, postInvoiceParams } from "./params";
import { INVOICE_FIELDS, invoiceRow, m2oId, m2oName, moveNumber, namedRow } from "./wire-schemas";
import type { OdooConfig } from "./config";
import { recordCallsOffline } from "./offline-preview";
import { type OdooConfigSource, withConnection } from "./action-connection";

function label(p: PostInvoiceParams): string {
	return p.invoice_number ?? `with id ${p.invoice_id}`;
}

/** New when the draft's customer has no posted invoice yet (read-only, before approval). */
async function customerIsNew(client: OdooClient, p: PostInvoiceParams): Promise<boolean> {
	const inv = await findInvoice(client, p);
	const partner = m2oId(inv.partner_id);
	if (partner === null) return true;
	const earlier = await client.searchRead("account.move", [["partner_id", "=", partner], ["move_type", "=", inv.move_type], ["state", "=", "posted"], ["id", "!=", inv.id]], ["name"], namedRow, { limit: 1 });
	return earlier.length === 0;
}

/** Without a connection: the action_post call as it would be sent, and the look-up that was not made. */
async function previewOffline(p: PostInvoiceParams, config: OdooConfig, ctx: ActionContext, why: string): Promise<ActionResult> {
	const lookups = [`the invoice ${label(p)} (it must be a draft)`];
	const id = p.invoice_id ?? `<id of invoice ${label(p)}>`;
	await recordCallsOffline(config, ctx, [{ model: "account.move", method: "action_post", ids: [id] }], lookups);
	return { summary: `Would post invoice ${label(p)}. Not looked up (${why.replace(/\.$/, "")}): ${lookups.join("; ")}.` };
}

async function postInvoice(p: PostInvoiceParams, ctx: ActionContext, config: OdooConfig): Promise<ActionResult> {
	const client = OdooClient.forAction(config, ctx);
	const inv = await findInvoice(client, p);
	const name = moveNumber(inv.name) ?? `with id ${inv.id}`;
	if (inv.state !== "draft") {
		throw new CategorizedError("logic", `Invoice ${name} is ${inv.state === "posted" ? "already posted" : inv.state === "cancel" ? "cancelled" : inv.state}; only a draft can be posted`, "Nothing to do, or reset the invoice to draft in Odoo first.");
	}
	// action_post returns None in Python, which XML-RPC cannot carry; Odoo's account.move returns False for that reason.
	await client.write("account.move", "action_post", { ids: [inv.id] }, () => false);
	const customer = m2oName(inv.partner_id, "the customer");
	const url = invoiceUrl(config.url, inv.id);
	return ctx.outcome({
		preview: () => ({ summary: `Would post invoice ${name} for ${customer}`, url, fields: { invoice_id: inv.id, state: "draft" } }),
		done: async () => {
			const [after] = await client.readIds("account.move", [inv.id], INVOICE_FIELDS, invoiceRow);
			return { summary: `Posted invoice ${moveNumber(after?.name) ?? name} for ${customer}`, url, fields: { invoice_id: inv.id, invoice_number: moveNumber(after?.name), state: after?.state ?? "posted" } };
		},
	});
}

/** `previewConfig`: see createInvoiceHandler — a dry run without credentials previews instead of failing. */
export function postInvoiceHandler(getConfig: OdooConfigSource, previewConfig?: () => OdooConfig): ActionHandler<PostInvoiceParams> {
	return {
		action: "odoo.post_invoice",
		params: postInvoiceParams,
		describe: (p) => ({
			summary: `Confirm (post) the draft invoice ${label(p)} in Odoo, which gives it its final number and makes it due`,
			lines: [{ label: "Invoice", value: label(p) }],
		}),
		// Posting moves no money; the amount is on the invoice, not in these params. The customer is the draft's.
		policyFacts: (p) => ({ kind: "invoice", counterparty: `the customer of invoice ${label(p)}` }),
		isNewCounterparty: (p, ctx) => customerIsNew(OdooClient.forAction(getConfig(ctx.secrets), ctx), p),
		execute: (p, ctx) =>
			withConnection(
				ctx,
				getConfig,
				previewConfig,
				(config) => postInvoice(p, ctx, config),
				(config, why) => previewOffline(p, config, ctx, why),
			),
	};
}
