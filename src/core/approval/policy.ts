// The approval policy: which requests may run without a click. Every "always ask" rule beats every auto rule.
import type { PolicyFacts } from "../executor/connector";
import type { Settings } from "../settings/schema";
import type { Provenance } from "./stamp";

export type PolicyDecision =
	| { mode: "ask"; rule: string; reasons: string[] }
	| { mode: "auto"; rule: string; evidence: string };

export interface PolicyInput {
	facts: PolicyFacts;
	provenance: Provenance;
	/** True when the payee/customer/recipient was never dealt with before; null when the look-up failed (asks, says so). */
	newCounterparty: boolean | null;
	/** Earlier bills of the same payee from the service, newest first (recurring payments only). */
	recurringHistory?: { label: string; amountMinor: number }[] | null;
	/** Set when the request's content looks sensitive (secrets, personal data): always asks. */
	sensitive?: string | null;
	now: number;
}

function money(minor: number, currency = "USD"): string {
	return `${(minor / 100).toFixed(2)} ${currency}`;
}

/** Decides whether a request needs a click, and says which rule matched. */
export type PolicyRules = Settings["policy"] & {
	/** The owner allowed emails to people they have written to before to go without a click (`gmail.autoApproveKnownContacts`). */
	autoApproveKnownContacts?: boolean;
};

export function decide(input: PolicyInput, policy: PolicyRules): PolicyDecision {
	const { facts, provenance } = input;
	const reasons: string[] = [];
	if (!provenance.trusted) reasons.push("it was written outside the plugin, so its origin cannot be trusted");
	else if (provenance.untrustedInput) reasons.push("it was drafted from outside input (an email or a dropped file)");
	// Drafted posts are scheduled, but the owner did not write them: the scheduled-post rule must not cover them.
	if (provenance.trusted && provenance.origin.startsWith("plugin:drafts")) reasons.push("the plugin drafted it from your business events, so you read it before it goes out");
	if (input.sensitive) reasons.push(`it contains sensitive content (${input.sensitive})`);
	if (facts.amountMinor !== undefined && facts.amountMinor > policy.alwaysAskAboveMinor) {
		reasons.push(`the amount ${money(facts.amountMinor, facts.currency)} is over ${money(policy.alwaysAskAboveMinor, facts.currency)}`);
	}
	if (facts.kind === "reply") reasons.push("replies on social media always need a click");
	if (facts.kind === "dm") reasons.push("direct messages always need a click");
	// Unknown is not new: a failed look-up asks too, but says what it is ("could not check"), never "new customer".
	const counterpartyRole = facts.kind === "payment" ? "payee" : facts.kind === "invoice" ? "customer" : facts.kind === "email" ? "contact" : null;
	if (counterpartyRole) {
		const who = facts.counterparty ?? (facts.kind === "email" ? "the recipient" : "the counterparty");
		if (input.newCounterparty === true) reasons.push(`${who} is a new ${counterpartyRole}`);
		else if (input.newCounterparty === null) reasons.push(`could not check whether ${who} is a new ${counterpartyRole} (the look-up failed)`);
	}
	if (reasons.length > 0) return { mode: "ask", rule: "always-ask", reasons };

	if (facts.kind === "post" && facts.scheduledAt && policy.autoApproveScheduledPosts) {
		const at = Date.parse(facts.scheduledAt);
		if (!Number.isNaN(at) && at > input.now) {
			return { mode: "auto", rule: "scheduled-post", evidence: `a post you wrote, scheduled for ${facts.scheduledAt}` };
		}
	}
	if (facts.kind === "payment" && facts.recurring && facts.amountMinor !== undefined && facts.amountMinor < policy.autoApproveRecurringPaymentsBelowMinor) {
		// "Recurring" is a claim; it counts only when the service shows earlier bills of this payee for the same amount.
		const amount = facts.amountMinor;
		const tolerance = (amount * policy.recurringTolerancePercent) / 100;
		const matches = (input.recurringHistory ?? []).filter((b) => Math.abs(b.amountMinor - amount) <= tolerance);
		if (matches.length > 0) {
			return {
				mode: "auto",
				rule: "recurring-payment",
				evidence: `a recurring payment of ${money(amount, facts.currency)} to ${facts.counterparty ?? "a known payee"}, under ${money(policy.autoApproveRecurringPaymentsBelowMinor, facts.currency)}, matching ${matches
					.slice(0, 3)
					.map((m) => `${m.label} (${money(m.amountMinor, facts.currency)})`)
					.join(", ")} within ${policy.recurringTolerancePercent}%`,
			};
		}
		return { mode: "ask", rule: "default", reasons: [`it says it is recurring, but no earlier bill of ${facts.counterparty ?? "this payee"} for the same amount was found`] };
	}
	if (facts.kind === "email" && input.newCounterparty === false && policy.autoApproveKnownContacts === true) {
		return { mode: "auto", rule: "known-contact-email", evidence: `an email to ${facts.counterparty ?? "a known contact"}, who is already in your sent mail` };
	}
	return { mode: "ask", rule: "default", reasons: ["no auto-approval rule covers it"] };
}
