// Turns flagged subscriptions into cancellation requests in Pending_Approval: drafted, never acted on without approval.
import { readFrontmatter } from "../requests/frontmatter";
import { createRequestNote } from "../requests/create-request";
import type { BriefingDeps } from "./collect";
import { auditLink, AUDIT } from "./links";
import { formatMoney } from "./money";
import type { Model } from "./model";
import { describeFlag } from "./subscriptions";

export const CANCEL_ACTION = "subscription.cancel";
/** Vendor names come from bank rows or bills (outside input), so the origin marks the request as never auto-approved. */
export const CANCEL_ORIGIN = "plugin:inbox-subscriptions";

/** Vendors that already have a cancellation request waiting or approved (no second one). */
async function openCancellations(deps: BriefingDeps): Promise<Set<string>> {
	const open = new Set<string>();
	for (const folder of ["Pending_Approval", "Approved"] as const) {
		for (const path of await deps.vault.listFiles(deps.layout().folder(folder))) {
			const text = path.endsWith(".md") ? await deps.vault.read(path) : null;
			const fm = text === null ? null : readFrontmatter(text, deps.yaml);
			if (!fm?.ok || fm.data.action !== CANCEL_ACTION) continue;
			const params = fm.data.params as { vendor?: unknown } | undefined;
			if (typeof params?.vendor === "string") open.add(params.vendor.toLowerCase());
		}
	}
	return open;
}

export async function draftCancellations(deps: BriefingDeps, model: Model): Promise<{ created: string[]; skipped: string[] }> {
	const open = await openCancellations(deps);
	const created: string[] = [];
	const skipped: string[] = [];
	const evidence = auditLink(model.data.root, model.data.period, AUDIT.subscriptions, "weekly audit: subscriptions");
	for (const s of model.subscriptions.filter((x) => x.active && x.flags.length > 0)) {
		if (open.has(s.vendor.toLowerCase())) {
			skipped.push(s.vendor);
			continue;
		}
		const reasons = s.flags.map((f) => describeFlag(f, s.currency, formatMoney));
		const path = await createRequestNote(deps, {
			action: CANCEL_ACTION,
			params: {
				vendor: s.vendor,
				category: s.category,
				last_charge_minor: s.latestMinor,
				currency: s.currency,
				last_charge_date: s.latestDate,
				reasons,
				evidence: `${model.data.root}/Audits/${model.data.period.date}-audit.md`,
			},
			requestedBy: "weekly audit",
			origin: CANCEL_ORIGIN,
			title: `Cancel ${s.vendor}`,
			body: `The weekly audit flagged this subscription: ${reasons.join("; ")}.\n\nLast charge: ${formatMoney(s.latestMinor, s.currency)} on ${s.latestDate}. Evidence: ${evidence}.\n\nApproving records your decision; the cancellation itself is done by you at the vendor (the plugin has no access to vendor accounts).`,
		});
		created.push(path);
	}
	return { created, skipped };
}
