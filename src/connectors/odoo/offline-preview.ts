// Dry run without an Odoo connection (no API key on this device, or Odoo not set up): the invoice is still previewed.
// The preview is the exact request the executor would send, with the key redacted and each id that only Odoo can
// tell shown as a placeholder naming the look-up that would fill it; the look-ups themselves are listed, not guessed.
import type { ActionContext, ActionResult } from "../../core/executor/connector";
import type { OdooConfig } from "./config";
import { displayAmount, formatMinor, minorToFloat } from "./money";
import { type CreateInvoiceParams, invoiceAmounts } from "./params";
import { encodeMethodCall } from "./xmlrpc-codec";

/** Placeholder for an id Odoo would answer with; visible as such in the preview. */
const ask = (what: string): string => `<${what}>`;

/** The move's values, the same shape the live path sends (see create-invoice.ts). */
export function invoiceMoveValues(p: CreateInvoiceParams, ids: { partner: unknown; currency: unknown; products: unknown[]; taxes: (unknown[] | undefined)[]; term: unknown }): Record<string, unknown> {
	const { decimals, lines } = invoiceAmounts(p);
	const move: Record<string, unknown> = {
		move_type: "out_invoice",
		partner_id: ids.partner,
		invoice_date: p.invoice_date,
		currency_id: ids.currency,
		invoice_line_ids: p.lines.map((l, i) => {
			const vals: Record<string, unknown> = { name: l.description, quantity: Number(l.quantity), price_unit: minorToFloat(lines[i]?.unitMinor ?? 0, decimals) };
			const product = ids.products[i];
			if (product !== undefined) vals.product_id = product;
			const taxes = ids.taxes[i];
			// [6, 0, ids] replaces the computed default taxes; [6, 0, []] forces none.
			if (taxes !== undefined) vals.tax_ids = [[6, 0, taxes]];
			return [0, 0, vals];
		}),
	};
	if (p.due_date) move.invoice_date_due = p.due_date;
	if (ids.term !== undefined) move.invoice_payment_term_id = ids.term;
	if (p.reference) move.ref = p.reference;
	return move;
}

/**
 * Records the invoice's create call through the context (dry run: recorded, never sent) and says which look-ups were
 * not made. `why` is the reason there is no connection ("No Odoo API key for …").
 */
export async function previewInvoiceOffline(p: CreateInvoiceParams, config: OdooConfig, ctx: ActionContext, why: string): Promise<ActionResult> {
	const lookups: string[] = [];
	const customer = p.customer.email ? `${p.customer.name} <${p.customer.email}>` : p.customer.name;
	lookups.push(`whether Odoo knows the customer ${customer} (if not, the customer is created first)`);
	lookups.push(`the id of the currency ${p.currency}`);
	const products = p.lines.map((l) => {
		if (l.product === undefined) return undefined;
		lookups.push(`the product ${String(l.product)}`);
		return ask(`id of product ${String(l.product)}`);
	});
	const taxes = p.lines.map((l) => {
		if (l.taxes === undefined) return undefined;
		for (const t of l.taxes) lookups.push(`the sales tax ${String(t)}`);
		return l.taxes.map((t) => ask(`id of sales tax ${String(t)}`));
	});
	if (p.payment_terms) lookups.push(`the payment term ${p.payment_terms}`);
	const move = invoiceMoveValues(p, {
		partner: ask(`id of customer ${p.customer.name}`),
		currency: ask(`id of currency ${p.currency}`),
		products,
		taxes,
		term: p.payment_terms ? ask(`id of payment term ${p.payment_terms}`) : undefined,
	});
	await recordCallsOffline(config, ctx, [{ model: "account.move", method: "create", named: { vals_list: [move] } }], lookups);
	const { decimals, totalMinor } = invoiceAmounts(p);
	return {
		summary: `Would create a draft invoice for ${p.customer.name} over ${displayAmount(totalMinor, decimals, p.currency)} before tax. Not looked up (${why.replace(/\.$/, "")}): ${lookups.join("; ")}.`,
		fields: { amount_untaxed: formatMinor(totalMinor, decimals), currency: p.currency },
	};
}

/** One call as the protocols send it (see xmlrpc-protocol.ts and json2-protocol.ts). */
export interface OfflineCall {
	model: string;
	method: string;
	ids?: unknown[];
	named?: Record<string, unknown>;
	context?: Record<string, unknown>;
}

/** Methods whose first named parameter travels positionally over XML-RPC (as in xmlrpc-protocol.ts). */
const POSITIONAL: Record<string, string> = { create: "vals_list", write: "vals" };

/**
 * Records each call through the context (dry run: recorded, never sent) in the protocol the settings name: JSON-2 as
 * Odoo 19 gets it, else XML-RPC (whose uid, and for "auto" the protocol itself, are added to `lookups`).
 */
export async function recordCallsOffline(config: OdooConfig, ctx: ActionContext, calls: OfflineCall[], lookups: string[]): Promise<void> {
	const url = config.url || ask("your Odoo address");
	if (config.protocol !== "json2") {
		if (config.protocol === "auto") lookups.push("which protocol the server speaks (an Odoo without XML-RPC, 22 and later, gets the same calls over JSON-2)");
		lookups.push("your Odoo user id (from the sign-in)");
	}
	for (const c of calls) {
		if (config.protocol === "json2") {
			const body: Record<string, unknown> = { ...c.named };
			if (c.ids) body.ids = c.ids;
			if (c.context) body.context = c.context;
			const headers: Record<string, string> = { Authorization: "bearer [redacted]", "Content-Type": "application/json" };
			if (config.database) headers["X-Odoo-Database"] = config.database;
			await ctx.write({ url: `${url}/json/2/${c.model}/${c.method}`, method: "POST", headers, body: JSON.stringify(body) }, () => ({ status: 200, headers: {}, text: "null" }));
			continue;
		}
		const named: Record<string, unknown> = { ...c.named };
		const args: unknown[] = c.ids ? [c.ids] : [];
		const positional = POSITIONAL[c.method];
		if (positional && positional in named) {
			args.push(named[positional]);
			delete named[positional];
		}
		const kwargs = c.context ? { ...named, context: c.context } : named;
		const body = encodeMethodCall("execute_kw", [config.database || ask("database"), ask("your user id"), "[redacted]", c.model, c.method, args, kwargs]);
		await ctx.write({ url: `${url}/xmlrpc/2/object`, method: "POST", headers: { "Content-Type": "text/xml" }, body }, () => ({ status: 200, headers: {}, text: "" }));
	}
}
