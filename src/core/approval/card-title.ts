// The approval card's title in words ("Create invoice for Harbor Yoga — 2,850.00 USD"), never the action id.
import type { ActionDescription, PolicyFacts } from "../executor/connector";
import { formatMoney } from "../briefing/money";

const NETWORK: Record<string, string> = { facebook: "Facebook", instagram: "Instagram", x: "X", linkedin: "LinkedIn" };

/** The first clause of the handler's own summary, for actions without a rule here. */
function firstClause(summary: string): string {
	const clause = summary.split(/: |, which | — /)[0]?.trim() ?? summary;
	return clause.length > 80 ? `${clause.slice(0, 79)}…` : clause;
}

export function cardTitle(action: string, params: unknown, facts: PolicyFacts, desc: ActionDescription, attempt: number | undefined): string {
	const p = (typeof params === "object" && params !== null ? params : {}) as Record<string, unknown>;
	const amount = facts.amountMinor !== undefined && facts.currency ? ` — ${formatMoney(facts.amountMinor, facts.currency)}` : "";
	const network = typeof p.network === "string" ? (NETWORK[p.network] ?? p.network) : "";
	let title: string;
	switch (action) {
		case "odoo.create_invoice":
			title = `Create invoice for ${facts.counterparty ?? "a customer"}${amount}`;
			break;
		case "odoo.post_invoice":
			title = `Post invoice ${typeof p.invoice_number === "string" ? p.invoice_number : `with id ${String(p.invoice_id)}`}`;
			break;
		case "odoo.register_payment":
			title = `Register payment${facts.counterparty ? ` from ${facts.counterparty}` : ""}${amount}`;
			break;
		case "social.post":
			title = `${typeof p.publish_at === "string" ? "Scheduled post" : "Post"} on ${network}`;
			break;
		case "social.reply":
			title = `Reply on ${network}`;
			break;
		case "email.send":
			title = `${typeof p.thread_id === "string" ? "Reply by email" : "Email"} to ${facts.counterparty ?? "?"}`;
			break;
		case "subscription.cancel":
			title = `Cancel the ${facts.counterparty ?? "?"} subscription`;
			break;
		default:
			title = firstClause(desc.summary);
	}
	return attempt && attempt > 1 ? `${title} (attempt ${attempt})` : title;
}
