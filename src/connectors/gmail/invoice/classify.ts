// Decides what an email means for invoicing: not a request (and why), a request missing facts, or a confident draft.
import { createInvoiceParams } from "../../odoo/params";
import { currencyDecimals } from "../../odoo/money";
import type { InvoiceDecision, InvoiceContext, MailMessage } from "../../../core/watchers/gmail-watcher";
import { extractInvoice } from "./extract";
import { findRequests } from "./requests";
import { ruleById, type RuleInput } from "./rules";

/** A forwarded email's original sender and body, when the new text is a forward ("---------- Forwarded message"). */
function forwarded(text: string): { from: { name: string; email: string }; body: string } | null {
	const m = /-{5,}\s*Forwarded message\s*-{5,}\s*\n([\s\S]*?)\n\s*\n([\s\S]*)$/i.exec(text) ?? /Begin forwarded message:\s*\n([\s\S]*?)\n\s*\n([\s\S]*)$/i.exec(text);
	if (!m) return null;
	const from = /^\s*From:\s*(?:"?([^"<\n]*?)"?\s*)?<([^>\s]+@[^>\s]+)>/im.exec(m[1]!) ?? /^\s*From:\s*()([^\s<>]+@[^\s<>]+)/im.exec(m[1]!);
	if (!from) return null;
	return { from: { name: from[1]?.trim() ?? "", email: from[2]!.toLowerCase() }, body: m[2]!.replace(/^>\s?/gm, "") };
}

function oneLine(s: string): string {
	const t = s.replace(/\s+/g, " ").trim();
	return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

function decimalString(amount: string, decimals: number): string {
	const [w, f = ""] = amount.split(".");
	return decimals === 0 ? w! : `${w}.${f.padEnd(decimals, "0")}`;
}

export function decideInvoice(m: MailMessage, ctx: InvoiceContext): InvoiceDecision {
	const owner = ctx.ownerEmails.map((e) => e.toLowerCase());
	const fwd = forwarded(m.text);
	const input: RuleInput = { subject: m.subject, text: m.text, fromName: m.fromName, fromEmail: m.fromEmail, replyToEmail: m.replyToEmail, bulk: m.bulk };
	const none = (rule: string, words: string): InvoiceDecision => ({ kind: "none", rule, reason: `${ruleById(rule).says}: "${words}"` });

	for (const id of ["newsletter", "phishing"]) {
		const hit = ruleById(id).match(input, ctx.extraPhrases);
		if (hit) return none(id, hit);
	}
	let asked = ruleById("invoice-request").match(fwd ? { ...input, text: fwd.body } : input, ctx.extraPhrases) ?? ruleById("invoice-request").match(input, ctx.extraPhrases);
	// A quote request that speaks of invoicing later ("once approved, invoice us in two parts") asks for a quote.
	const hits = findRequests(fwd ? fwd.body : m.text);
	if (asked && hits.length > 0 && hits.every((h) => h.later) && ruleById("quote").match(input, ctx.extraPhrases)) asked = null;
	if (!asked) {
		for (const id of ["wait", "bill-to-owner", "receipt", "quote"]) {
			const hit = ruleById(id).match(input, ctx.extraPhrases);
			if (hit) return none(id, hit);
		}
		return { kind: "none", rule: "no-request", reason: "it does not ask you to issue an invoice" };
	}
	for (const id of ["wait", "bill-to-owner"]) {
		const hit = ruleById(id).match(input, ctx.extraPhrases);
		if (hit) return none(id, hit);
	}
	const customerFrom = fwd ? fwd.from : { name: m.fromName, email: m.fromEmail };
	if (owner.includes(customerFrom.email)) return { kind: "none", rule: "from-owner", reason: "it was sent from your own address" };

	const x = extractInvoice(fwd ? fwd.body : m.text, customerFrom, ctx.today, currencyDecimals);
	if (x.problems.length > 0 || !x.currency) return { kind: "clarify", missing: x.problems.length > 0 ? x.problems : ["no currency given"], asked };
	const decimals = currencyDecimals(x.currency);
	const params: Record<string, unknown> = {
		customer: x.customer,
		invoice_date: ctx.today,
		...(x.dueDate ? { due_date: x.dueDate } : {}),
		...(x.paymentTerms && !x.dueDate ? { payment_terms: x.paymentTerms } : {}),
		currency: x.currency,
		lines: x.lines.map((l) => ({ description: l.description, quantity: Number(l.quantity), unit_price: decimalString(l.unitPrice, decimals) })),
		...(x.reference ? { reference: x.reference } : {}),
	};
	const checked = createInvoiceParams.safeParse(params);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		return { kind: "clarify", missing: [`the facts read from the email do not make a valid invoice (${issue?.path.join(".") ?? ""} ${issue?.message ?? ""})`], asked };
	}
	const totalMinor = x.lines.reduce((s, l) => s + Math.round(Number(l.quantity) * Math.round(Number(l.unitPrice) * 10 ** decimals)), 0);
	const total = (totalMinor / 10 ** decimals).toFixed(decimals);
	return {
		kind: "draft",
		params,
		total: `${total} ${x.currency}`,
		evidence: [
			`Asked: "${asked}"`,
			// Each line next to the sentence it was read from, so the owner can check it against the email at a glance.
			...x.lines.map((l) => `Line: ${l.quantity} × ${l.description} at ${l.unitPrice} ${x.currency}, from "${oneLine(l.source)}"`),
			...(x.total ? [`Stated total ${x.total.amount} ${x.currency} matches the lines`] : []),
			...(x.depositPaid ? [`Deposit already paid: ${x.depositPaid.amount} ${x.currency}, from "${oneLine(x.depositPaid.source)}" (record it as a payment; the invoice shows the full amount)`] : []),
			...(x.dueDate ? [`Due ${x.dueDate}`] : x.paymentTerms ? [`Terms: ${x.paymentTerms}`] : []),
			...(x.pastDueDate ? [`The email asks for payment by ${x.pastDueDate}, which is already past: the draft leaves the due date to Odoo's terms`] : []),
			...(x.reference ? [`Reference ${x.reference}`] : []),
		],
	};
}
