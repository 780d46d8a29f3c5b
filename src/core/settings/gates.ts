// Sealed switches enforced where the action runs: the executor asks here, just before anything goes on the wire.
import type { PolicyFacts } from "../executor/connector";
import type { Settings } from "./schema";

export interface GateRefusal {
	/** Why the request is not run, for the card, the log and the notice. */
	reason: string;
	/** What the owner can do about it. */
	suggestion: string;
	/**
	 * True when the request goes back to Pending_Approval for a fresh click (an auto-approval whose rule is off now);
	 * false when it fails (a switch that turns the whole action off: a click would not help).
	 */
	backToOwner: boolean;
}

export interface GateInput {
	action: string;
	facts: PolicyFacts;
	/** Who approved: `policy`, `file-move`, `owner@…`. */
	approvedBy: string | null;
	/** The rule recorded in the stamp (`scheduled-post`, `recurring-payment`, `known-contact-email`, `hand-moved`, `owner-click`). */
	rule: string | null;
}

function money(minor: number): string {
	return (minor / 100).toFixed(2);
}

/**
 * Checks the sealed switches in force now against an approved request. A switch only narrowing what is asked for
 * (a token's scope, a card's buttons) gates nothing: an approval made before the switch went off, a token that
 * carries more scope than asked, or a stamp made by a rule that is off now must all stop here.
 */
export function sealedSwitchGate(input: GateInput, settings: Settings): GateRefusal | null {
	const { facts, approvedBy, rule } = input;
	const p = settings.policy;
	if ((facts.kind === "email" || input.action.startsWith("email.")) && !settings.gmail.sendingEnabled) {
		return {
			reason: `Sending email is off ("Allow sending email" in the Gmail settings), so this email was not sent.`,
			suggestion: `Turn on "Allow sending email" in the AI Employee settings if you want it sent, then press Retry.`,
			backToOwner: false,
		};
	}
	const offNow = (what: string): GateRefusal => ({
		reason: `it was approved by the rule "${what}", which is off now.`,
		suggestion: "Approve it from its card if you still want it to run.",
		backToOwner: true,
	});
	if (approvedBy === "policy") {
		if (rule === "scheduled-post" && !p.autoApproveScheduledPosts) return offNow("scheduled posts run without a click");
		if (rule === "known-contact-email" && !settings.gmail.autoApproveKnownContacts) return offNow("emails to known contacts go without a click");
		if (rule === "recurring-payment" && !(facts.amountMinor !== undefined && facts.amountMinor < p.autoApproveRecurringPaymentsBelowMinor)) {
			return offNow(`recurring payments below ${money(p.autoApproveRecurringPaymentsBelowMinor)} run without a click`);
		}
		if (facts.amountMinor !== undefined && facts.amountMinor > p.alwaysAskAboveMinor) {
			return { reason: `the amount ${money(facts.amountMinor)} is over ${money(p.alwaysAskAboveMinor)}, which always asks now.`, suggestion: "Approve it from its card if it is right.", backToOwner: true };
		}
	}
	if (approvedBy === "file-move" && !p.acceptHandMovedApprovals) return offNow("a request moved into Approved by hand counts as approved");
	return null;
}
