// The subscription.cancel action: approving it records the owner's decision; the cancellation itself is done at the vendor.
import * as z from "zod/mini";
import type { ActionHandler, Connector } from "../../core/executor/connector";

const cancelParams = z.object({
	vendor: z.string().check(z.minLength(1), z.maxLength(200)),
	category: z.optional(z.nullable(z.string())),
	last_charge_minor: z.optional(z.int()),
	currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
	last_charge_date: z.optional(z.string()),
	reasons: z.optional(z.array(z.string())),
	evidence: z.optional(z.string()),
	/** Where or how to cancel, when known (a billing page URL or a sentence). */
	instructions: z.optional(z.string().check(z.maxLength(500))),
});
export type CancelParams = z.infer<typeof cancelParams>;

function amount(p: CancelParams): string | null {
	if (p.last_charge_minor === undefined || !p.currency) return null;
	const v = (p.last_charge_minor / 100).toFixed(2);
	return `${v} ${p.currency}`;
}

export const subscriptionCancelHandler: ActionHandler<CancelParams> = {
	action: "subscription.cancel",
	params: cancelParams,
	describe(p) {
		const lines = [{ label: "Vendor", value: p.vendor }];
		const a = amount(p);
		if (a) lines.push({ label: "Last charge", value: `${a}${p.last_charge_date ? ` on ${p.last_charge_date}` : ""}` });
		if (p.reasons?.length) lines.push({ label: "Why", value: p.reasons.join("; ") });
		if (p.evidence) lines.push({ label: "Evidence", value: p.evidence });
		lines.push({ label: "What approving does", value: "Records your decision to cancel. Nothing is sent: you cancel at the vendor." });
		return { summary: `Record the decision to cancel the ${p.vendor} subscription`, lines };
	},
	policyFacts(p) {
		return { kind: "other", counterparty: p.vendor };
	},
	execute(p) {
		const where = p.instructions?.trim() || `sign in to ${p.vendor}, open the billing or subscription page and cancel the plan; the next bank statement should show no new charge`;
		return Promise.resolve({ summary: `Decision recorded: cancel ${p.vendor}. Cancel it at the vendor: ${where}.`, fields: { vendor: p.vendor, decision: "cancel" } });
	},
};

/** Register with the others: `connectors: [...buildConnectors(...), subscriptionsConnector()]`. Makes no network call. */
export function subscriptionsConnector(): Connector {
	// zod schema types are invariant in their output, so a typed handler only fits the registry's erased slot by a cast.
	return { id: "subscriptions", handlers: [subscriptionCancelHandler] as unknown as Connector["handlers"] };
}
