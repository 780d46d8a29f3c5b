// odoo.create_invoice: one draft customer invoice; the customer is created only if Odoo has none, and only on execute.
import type { ActionContext, ActionHandler, ActionResult } from "../../core/executor/connector";
import type { SecretStore } from "../../core/ports";
import { OdooClient } from "./client";
import type { OdooConfig } from "./config";
import { lookupPartner, resolveCurrency, resolvePaymentTerm, resolveProducts, resolveSaleTaxes } from "./lookups";
import { displayAmount, floatToMinor, formatMinor, minorToFloat } from "./money";
import { type CreateInvoiceParams, createInvoiceParams, invoiceAmounts } from "./params";
import { createdIds, INVOICE_FIELDS, invoiceRow, moveNumber } from "./wire-schemas";

export type OdooConfigSource = (secrets: SecretStore) => OdooConfig;

/** An ActionHandler that can also tell, read-only and before approval, whether the counterparty is new to Odoo. */
export interface CounterpartyAwareHandler<P> extends ActionHandler<P> {
	isNewCounterparty(params: P, ctx: ActionContext): Promise<boolean>;
}

/** The form view link; `/web#…` works on 16–19 (18+ redirects it to its `/odoo/…` URLs), `/odoo/…` does not exist on 17. */
export function invoiceUrl(baseUrl: string, id: number): string {
	return `${baseUrl}/web#id=${id}&model=account.move&view_type=form`;
}

export function createInvoiceHandler(getConfig: OdooConfigSource): CounterpartyAwareHandler<CreateInvoiceParams> {
	return {
		action: "odoo.create_invoice",
		params: createInvoiceParams,

		describe(p) {
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
		},

		outgoingTexts: (p) => p.lines.map((l) => l.description),
		policyFacts(p) {
			return { kind: "invoice", amountMinor: invoiceAmounts(p).totalMinor, currency: p.currency, counterparty: p.customer.name };
		},

		async isNewCounterparty(p, ctx) {
			const client = OdooClient.forAction(getConfig(ctx.secrets), ctx);
			return (await lookupPartner(client, p.customer)).kind === "new";
		},

		async execute(p, ctx): Promise<ActionResult> {
			const config = getConfig(ctx.secrets);
			const client = OdooClient.forAction(config, ctx);
			const { decimals, lines } = invoiceAmounts(p);

			// Every read first: a wrong currency, an ambiguous customer or an unknown product stops here, before any write.
			const currency = await resolveCurrency(client, p.currency);
			const partner = await lookupPartner(client, p.customer);
			// One request for all products and one for all taxes, however many lines name them.
			const products = await resolveProducts(client, p.lines.flatMap((l) => (l.product === undefined ? [] : [l.product])));
			const taxes = await resolveSaleTaxes(client, p.lines.flatMap((l) => l.taxes ?? []));
			const productIds = p.lines.map((l) => (l.product === undefined ? undefined : products.get(l.product)));
			const taxIds = p.lines.map((l) => (l.taxes === undefined ? undefined : l.taxes.map((t) => taxes.get(t) ?? -1)));
			const termId = p.payment_terms ? await resolvePaymentTerm(client, p.payment_terms) : undefined;

			let partnerId: number;
			if (partner.kind === "found") partnerId = partner.id;
			else {
				const vals: Record<string, unknown> = { name: p.customer.name, customer_rank: 1 };
				if (p.customer.email) vals.email = p.customer.email;
				if (p.customer.company) vals.company_name = p.customer.company;
				const raw = await client.write("res.partner", "create", { named: { vals_list: [vals] } }, () => [-1]);
				partnerId = client.parse(createdIds, raw, "res.partner", "create")[0] ?? -1;
			}

			const move: Record<string, unknown> = {
				move_type: "out_invoice",
				partner_id: partnerId,
				invoice_date: p.invoice_date,
				currency_id: currency.id,
				invoice_line_ids: p.lines.map((l, i) => {
					const vals: Record<string, unknown> = { name: l.description, quantity: Number(l.quantity), price_unit: minorToFloat(lines[i]?.unitMinor ?? 0, decimals) };
					const product = productIds[i];
					if (product !== undefined) vals.product_id = product;
					const taxes = taxIds[i];
					// [6, 0, ids] replaces the computed default taxes; [6, 0, []] forces none.
					if (taxes !== undefined) vals.tax_ids = [[6, 0, taxes]];
					return [0, 0, vals];
				}),
			};
			if (p.due_date) move.invoice_date_due = p.due_date;
			if (termId !== undefined) move.invoice_payment_term_id = termId;
			if (p.reference) move.ref = p.reference;
			const raw = await client.write("account.move", "create", { named: { vals_list: [move] } }, () => [-1]);
			const id = client.parse(createdIds, raw, "account.move", "create")[0] ?? -1;
			const newCustomer = partner.kind === "new";

			if (client.dryRun) {
				const untaxed = formatMinor(invoiceAmounts(p).totalMinor, decimals);
				return {
					summary: `Dry run: would create a draft invoice for ${p.customer.name} over ${untaxed} ${p.currency} before tax${newCustomer ? ", creating the customer" : ""}`,
					fields: { invoice_id: id, state: "draft", amount_untaxed: untaxed, currency: p.currency, new_customer: newCustomer },
				};
			}

			const [inv] = await client.readIds("account.move", [id], INVOICE_FIELDS, invoiceRow);
			if (!inv) return { summary: `Created invoice ${id} for ${p.customer.name}, but could not read it back`, url: invoiceUrl(config.url, id), fields: { invoice_id: id } };
			const d = currency.decimals ?? decimals;
			const money = (x: number) => formatMinor(floatToMinor(x, d), d);
			const number = moveNumber(inv.name);
			return {
				summary: `Created draft invoice ${number ?? "(numbered when posted)"} for ${p.customer.name}: ${displayAmount(floatToMinor(inv.amount_total, d), d, p.currency)} with tax${newCustomer ? " (new customer created)" : ""}`,
				url: invoiceUrl(config.url, id),
				fields: {
					invoice_id: id,
					invoice_number: number,
					state: inv.state,
					amount_untaxed: money(inv.amount_untaxed),
					amount_tax: money(inv.amount_tax),
					amount_total: money(inv.amount_total),
					currency: p.currency,
					partner_id: partnerId,
					new_customer: newCustomer,
				},
			};
		},
	};
}
