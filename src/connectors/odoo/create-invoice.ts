// odoo.create_invoice: one draft customer invoice; the customer is created only if Odoo has none, and only on execute.
import type { ActionContext, ActionDescription, ActionHandler, ActionResult } from "../../core/executor/connector";
import { OdooClient } from "./client";
import type { OdooConfig } from "./config";
import { lookupPartner, resolveCurrency, resolvePaymentTerm, resolveProducts, resolveSaleTaxes } from "./lookups";
import { displayAmount, floatToMinor, formatMinor } from "./money";
import { type CreateInvoiceParams, createInvoiceParams, invoiceAmounts } from "./params";
import { createdIds, INVOICE_FIELDS, invoiceRow, moveNumber } from "./wire-schemas";
import { invoiceMoveValues, previewInvoiceOffline } from "./offline-preview";
import { type OdooConfigSource, withConnection } from "./action-connection";

export type { OdooConfigSource };

/** An ActionHandler that can also tell, read-only and before approval, whether the counterparty is new to Odoo. */
export interface CounterpartyAwareHandler<P> extends ActionHandler<P> {
	isNewCounterparty(params: P, ctx: ActionContext): Promise<boolean>;
}

/** The form view link; `/web#…` works on 16–19 (18+ redirects it to its `/odoo/…` URLs), `/odoo/…` does not exist on 17. */
export function invoiceUrl(baseUrl: string, id: number): string {
	return `${baseUrl}/web#id=${id}&model=account.move&view_type=form`;
}

function describeInvoice(p: CreateInvoiceParams): ActionDescription {
	const { decimals, lines, totalMinor } = invoiceAmounts(p);
	const who = p.customer.company ? `${p.customer.name} (${p.customer.company})` : p.customer.name;
	return {
		summary: `Create a draft invoice for ${who} over ${displayAmount(totalMinor, decimals, p.currency)} before tax`,
		lines: [
			{ label: "Customer", value: p.customer.email ? `${who} <${p.customer.email}>` : who },
			{ label: "Invoice date", value: p.invoice_date },
			{ label: "Due", value: p.due_date ?? (p.payment_terms ? `terms: ${p.payment_terms}` : "Odoo's default terms") },
			...p.lines.map((l, i) => ({
				label: `Line ${i + 1}`,
				value: `${String(l.quantity)} × ${l.description} at ${displayAmount(lines[i]?.unitMinor ?? 0, decimals, p.currency)} = ${displayAmount(lines[i]?.amountMinor ?? 0, decimals, p.currency)}${
					l.taxes ? (l.taxes.length ? `, taxes: ${l.taxes.join(", ")}` : ", no tax") : ""
				}`,
			})),
			...(p.reference ? [{ label: "Reference", value: p.reference }] : []),
		],
	};
}

/** Every read first: a wrong currency, an ambiguous customer or an unknown product stops here, before any write. */
async function lookUp(client: OdooClient, p: CreateInvoiceParams) {
	const currency = await resolveCurrency(client, p.currency);
	const partner = await lookupPartner(client, p.customer);
	// One request for all products and one for all taxes, however many lines name them.
	const products = await resolveProducts(client, p.lines.flatMap((l) => (l.product === undefined ? [] : [l.product])));
	const taxes = await resolveSaleTaxes(client, p.lines.flatMap((l) => l.taxes ?? []));
	return {
		currency,
		partner,
		products: p.lines.map((l) => (l.product === undefined ? undefined : products.get(l.product))),
		taxes: p.lines.map((l) => (l.taxes === undefined ? undefined : l.taxes.map((t) => taxes.get(t) ?? -1))),
		term: p.payment_terms ? await resolvePaymentTerm(client, p.payment_terms) : undefined,
	};
}

/** The customer's id: the one Odoo has, or a new customer created now (a write). */
async function customerId(client: OdooClient, p: CreateInvoiceParams, partner: Awaited<ReturnType<typeof lookupPartner>>): Promise<number> {
	if (partner.kind === "found") return partner.id;
	const vals: Record<string, unknown> = { name: p.customer.name, customer_rank: 1 };
	if (p.customer.email) vals.email = p.customer.email;
	if (p.customer.company) vals.company_name = p.customer.company;
	const raw = await client.write("res.partner", "create", { named: { vals_list: [vals] } }, () => [-1]);
	return client.parse(createdIds, raw, "res.partner", "create")[0] ?? -1;
}

/** The created invoice as Odoo numbers and totals it (read back; only for real). */
async function createdResult(client: OdooClient, p: CreateInvoiceParams, id: number, partnerId: number, currencyDecimals: number | null, newCustomer: boolean): Promise<ActionResult> {
	const url = invoiceUrl(client.config.url, id);
	const [inv] = await client.readIds("account.move", [id], INVOICE_FIELDS, invoiceRow);
	if (!inv) return { summary: `Created invoice ${id} for ${p.customer.name}, but could not read it back`, url, fields: { invoice_id: id } };
	const d = currencyDecimals ?? invoiceAmounts(p).decimals;
	const money = (x: number) => formatMinor(floatToMinor(x, d), d);
	const number = moveNumber(inv.name);
	return {
		summary: `Created draft invoice ${number ?? "(numbered when posted)"} for ${p.customer.name}: ${displayAmount(floatToMinor(inv.amount_total, d), d, p.currency)} with tax${newCustomer ? " (new customer created)" : ""}`,
		url,
		fields: { invoice_id: id, invoice_number: number, state: inv.state, amount_untaxed: money(inv.amount_untaxed), amount_tax: money(inv.amount_tax), amount_total: money(inv.amount_total), currency: p.currency, partner_id: partnerId, new_customer: newCustomer },
	};
}

/** No invoice exists in a preview, so no id or number is reported: the simulated answer's id is not Odoo's. */
function previewResult(p: CreateInvoiceParams, newCustomer: boolean): ActionResult {
	const { decimals, totalMinor } = invoiceAmounts(p);
	return {
		summary: `Would create a draft invoice for ${p.customer.name} over ${displayAmount(totalMinor, decimals, p.currency)} before tax${newCustomer ? ", creating the customer" : ""}`,
		fields: { amount_untaxed: formatMinor(totalMinor, decimals), currency: p.currency, new_customer: newCustomer },
	};
}

async function createInvoice(p: CreateInvoiceParams, ctx: ActionContext, config: OdooConfig): Promise<ActionResult> {
	const client = OdooClient.forAction(config, ctx);
	const ids = await lookUp(client, p);
	const partnerId = await customerId(client, p, ids.partner);
	const move = invoiceMoveValues(p, { ...ids, partner: partnerId, currency: ids.currency.id });
	const raw = await client.write("account.move", "create", { named: { vals_list: [move] } }, () => [-1]);
	const id = client.parse(createdIds, raw, "account.move", "create")[0] ?? -1;
	const newCustomer = ids.partner.kind === "new";
	return ctx.outcome({ preview: () => previewResult(p, newCustomer), done: () => createdResult(client, p, id, partnerId, ids.currency.decimals, newCustomer) });
}

/**
 * `previewConfig`: the connection without its key, so a dry run on a device without credentials still previews the
 * exact request (see offline-preview.ts) instead of failing with an auth error.
 */
export function createInvoiceHandler(getConfig: OdooConfigSource, previewConfig?: () => OdooConfig): CounterpartyAwareHandler<CreateInvoiceParams> {
	return {
		action: "odoo.create_invoice",
		params: createInvoiceParams,
		describe: describeInvoice,
		outgoingTexts: (p) => p.lines.map((l) => l.description),
		policyFacts: (p) => ({ kind: "invoice", amountMinor: invoiceAmounts(p).totalMinor, currency: p.currency, counterparty: p.customer.name }),
		async isNewCounterparty(p, ctx) {
			const client = OdooClient.forAction(getConfig(ctx.secrets), ctx);
			return (await lookupPartner(client, p.customer)).kind === "new";
		},
		execute: (p, ctx) =>
			withConnection(
				ctx,
				getConfig,
				previewConfig,
				(config) => createInvoice(p, ctx, config),
				(config, why) => previewInvoiceOffline(p, config, ctx, why),
			),
	};
}
