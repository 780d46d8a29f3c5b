// odoo.register_payment: records a customer's payment on a posted invoice through Odoo's payment wizard. Never retried.
import * as z from "zod/mini";
import type { ActionContext, ActionHandler, ActionResult } from "../../core/executor/connector";
import { CategorizedError } from "../../core/util/errors";
import { OdooClient } from "./client";
import { invoiceUrl } from "./create-invoice";
import { findInvoice, resolveJournal } from "./lookups";
import { currencyDecimals, displayAmount, floatToMinor, formatMinor, minorToFloat } from "./money";
import { paymentMinor, type RegisterPaymentParams, registerPaymentParams } from "./params";
import { createdIds, INVOICE_FIELDS, invoiceRow, m2oId, m2oName, moveNumber, type InvoiceRow } from "./wire-schemas";
import type { OdooConfig } from "./config";
import { recordCallsOffline } from "./offline-preview";
import { type OdooConfigSource, withConnection } from "./action-connection";

/** Earlier posted moves of the same partner and type, newest first: the evidence for "known payee" and "recurring". */
async function earlierMoves(client: OdooClient, invoiceId: number, partnerId: number, moveType: string) {
	return client.searchRead(
		"account.move",
		[["partner_id", "=", partnerId], ["move_type", "=", moveType], ["state", "=", "posted"], ["id", "!=", invoiceId]],
		INVOICE_FIELDS,
		invoiceRow,
		{ limit: 6, order: "id desc" },
	);
}

const PAID = new Set(["paid", "in_payment", "reversed"]);

function invoiceLabel(p: RegisterPaymentParams): string {
	return p.invoice_number ?? `with id ${p.invoice_id}`;
}

function describePayment(p: RegisterPaymentParams) {
	const d = currencyDecimals(p.currency);
	const inv = invoiceLabel(p);
	return {
		summary: `Register a payment of ${displayAmount(paymentMinor(p), d, p.currency)} on invoice ${inv}${p.payee ? ` from ${p.payee}` : ""}`,
		lines: [
			{ label: "Invoice", value: inv },
			{ label: "Amount", value: displayAmount(paymentMinor(p), d, p.currency) },
			{ label: "Date", value: p.date },
			{ label: "Journal", value: p.journal ?? "Odoo's default bank journal" },
			...(p.payee ? [{ label: "Payee", value: p.payee }] : []),
		],
	};
}

/** Earlier bills of the invoice's partner in the payment's currency (reads only), for the recurring-payment rule. */
async function history(client: OdooClient, p: RegisterPaymentParams): Promise<{ label: string; amountMinor: number }[]> {
	const inv = await findInvoice(client, p);
	const partner = m2oId(inv.partner_id);
	if (partner === null) return [];
	const d = currencyDecimals(p.currency);
	return (await earlierMoves(client, inv.id, partner, inv.move_type))
		.filter((m) => m2oName(m.currency_id) === p.currency)
		.map((m) => ({ label: `${moveNumber(m.name) ?? `move ${m.id}`} of ${m2oName(m.partner_id)}`, amountMinor: floatToMinor(m.amount_total, d) }));
}

/** Without a connection: the wizard's two calls as they would be sent, and the look-ups that were not made. */
async function previewOffline(p: RegisterPaymentParams, config: OdooConfig, ctx: ActionContext, why: string): Promise<ActionResult> {
	const inv = invoiceLabel(p);
	const d = currencyDecimals(p.currency);
	const amount = paymentMinor(p);
	const lookups = [`the invoice ${inv} (it must be posted, not paid, in ${p.currency}, with at least ${displayAmount(amount, d, p.currency)} due)`];
	const vals: Record<string, unknown> = { payment_date: p.date, amount: minorToFloat(amount, d) };
	if (p.journal) {
		lookups.push(`the journal ${p.journal}`);
		vals.journal_id = `<id of journal ${p.journal}>`;
	}
	const context = { active_model: "account.move", active_ids: [p.invoice_id ?? `<id of invoice ${inv}>`] };
	await recordCallsOffline(
		config,
		ctx,
		[
			{ model: "account.payment.register", method: "create", named: { vals_list: [vals] }, context },
			{ model: "account.payment.register", method: "action_create_payments", ids: ["<id of the payment wizard created above>"], context },
		],
		lookups,
	);
	return { summary: `Would register ${displayAmount(amount, d, p.currency)} on invoice ${inv}. Not looked up (${why.replace(/\.$/, "")}): ${lookups.join("; ")}.` };
}

/** Refuses, before any write, a payment Odoo would take wrongly: not posted, already paid, other currency, over the due amount. */
function checkPayable(inv: InvoiceRow, p: RegisterPaymentParams, name: string): number {
	const d = currencyDecimals(p.currency);
	const invCurrency = m2oName(inv.currency_id);
	if (inv.state !== "posted") throw new CategorizedError("logic", `Invoice ${name} is ${inv.state}, not posted: a payment can only be registered on a posted invoice`, "Post it first (odoo.post_invoice), then approve the payment again.");
	if (PAID.has(String(inv.payment_state))) throw new CategorizedError("logic", `Invoice ${name} is already paid (${String(inv.payment_state)})`, "Nothing to do; check the bank statement if money came in twice.");
	if (invCurrency !== p.currency) throw new CategorizedError("data", `Invoice ${name} is in ${invCurrency}, the payment in ${p.currency}`, `Write the payment in ${invCurrency}.`);
	const residual = floatToMinor(inv.amount_residual, d);
	const amount = paymentMinor(p);
	if (amount > residual) {
		throw new CategorizedError("logic", `The payment of ${displayAmount(amount, d, p.currency)} is more than the ${displayAmount(residual, d, p.currency)} still due on ${name}`, "Lower the amount to what is due; book any overpayment separately in Odoo.");
	}
	return residual;
}

/** The payment wizard: create it on the invoice, then let it create the payment. Two writes, each sent once. */
async function runWizard(client: OdooClient, p: RegisterPaymentParams, invoiceId: number): Promise<void> {
	const journalId = p.journal ? await resolveJournal(client, p.journal) : undefined;
	const vals: Record<string, unknown> = { payment_date: p.date, amount: minorToFloat(paymentMinor(p), currencyDecimals(p.currency)) };
	if (journalId !== undefined) vals.journal_id = journalId;
	const context = { active_model: "account.move", active_ids: [invoiceId] };
	const raw = await client.write("account.payment.register", "create", { named: { vals_list: [vals] }, context }, () => [-1]);
	const wizardId = client.parse(createdIds, raw, "account.payment.register", "create")[0] ?? -1;
	const done = await client.write("account.payment.register", "action_create_payments", { ids: [wizardId], context }, () => true);
	client.parse(z.unknown(), done, "account.payment.register", "action_create_payments");
}

async function registerPayment(p: RegisterPaymentParams, ctx: ActionContext, config: OdooConfig): Promise<ActionResult> {
	const client = OdooClient.forAction(config, ctx);
	const inv = await findInvoice(client, p);
	const name = moveNumber(inv.name) ?? `with id ${inv.id}`;
	const residual = checkPayable(inv, p, name);
	await runWizard(client, p, inv.id);
	const d = currencyDecimals(p.currency);
	const amount = paymentMinor(p);
	const show = (minor: number) => displayAmount(minor, d, p.currency);
	const url = invoiceUrl(config.url, inv.id);
	const fields = { invoice_id: inv.id, invoice_number: moveNumber(inv.name), amount: formatMinor(amount, d) };
	return ctx.outcome({
		preview: () => ({ summary: `Would register ${show(amount)} on ${name}, leaving ${show(residual - amount)} due`, url, fields: { ...fields, amount_residual: formatMinor(residual - amount, d) } }),
		done: async () => {
			const [after] = await client.readIds("account.move", [inv.id], INVOICE_FIELDS, invoiceRow);
			const left = after ? floatToMinor(after.amount_residual, d) : residual - amount;
			return {
				summary: `Registered ${show(amount)} on ${name}; ${left === 0 ? "it is paid in full" : `${show(left)} still due`}`,
				url,
				fields: { ...fields, payment_state: after?.payment_state || null, amount_residual: formatMinor(left, d) },
			};
		},
	});
}

/** `previewConfig`: see createInvoiceHandler — a dry run without credentials previews instead of failing. */
export function registerPaymentHandler(getConfig: OdooConfigSource, previewConfig?: () => OdooConfig): ActionHandler<RegisterPaymentParams> {
	const client = (ctx: ActionContext) => OdooClient.forAction(getConfig(ctx.secrets), ctx);
	return {
		action: "odoo.register_payment",
		params: registerPaymentParams,
		describe: describePayment,
		policyFacts: (p) => ({ kind: "payment", amountMinor: paymentMinor(p), currency: p.currency, counterparty: p.payee, recurring: p.recurring }),
		async isNewCounterparty(p, ctx) {
			const c = client(ctx);
			const inv = await findInvoice(c, p);
			const partner = m2oId(inv.partner_id);
			return partner === null || (await earlierMoves(c, inv.id, partner, inv.move_type)).length === 0;
		},
		recurringHistory: (p, ctx) => history(client(ctx), p),
		execute: (p, ctx) =>
			withConnection(
				ctx,
				getConfig,
				previewConfig,
				(config) => registerPayment(p, ctx, config),
				(config, why) => previewOffline(p, config, ctx, why),
			),
	};
}
