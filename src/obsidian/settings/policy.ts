// The settings tab's approval policy and notification switches: each row bound to its settings path.
import { numberAt, toggleAt, type Group } from "../settings-rows";

/** When a request runs without a click, and how many of each kind may run in an hour. */
export function policyGroup(): Group {
	return {
		heading: "Approval policy",
		rows: [
			toggleAt("policy.autoApproveScheduledPosts", "Auto-approve scheduled posts", "Scheduled posts you wrote through the plugin run without a click (still subject to dry run). Posts drafted from emails or by agents always ask."),
			numberAt("policy.autoApproveRecurringPaymentsBelowMinor", {
				key: "policy.autoApproveRecurringPaymentsBelow",
				name: "Auto-approve recurring payments below",
				desc: "Recurring payments to a known payee below this amount (main currency) run without a click. Zero turns the rule off.",
				min: 0,
				step: 0.01,
				minorUnits: true,
			}),
			numberAt("policy.alwaysAskAboveMinor", { key: "policy.alwaysAskAbove", name: "Always ask above", desc: "Amounts above this (main currency) always need your click, whatever other rule matches.", min: 0, step: 0.01, minorUnits: true }),
			numberAt("policy.maxPaymentsPerHour", { name: "Payments per hour", desc: "More approved payments than this in an hour wait for the next free slot.", min: 0, step: 1 }),
			numberAt("policy.maxEmailsPerHour", { name: "Emails per hour", desc: "More approved emails than this in an hour wait for the next free slot.", min: 0, step: 1 }),
			numberAt("policy.maxPostsPerHour", { name: "Posts per hour", desc: "More approved posts and replies than this in an hour wait for the next free slot.", min: 0, step: 1 }),
			numberAt("policy.floodThreshold", { name: "Flood threshold", desc: "More new requests than this from one writer within the flood window are grouped into one review card.", min: 1, step: 1 }),
			numberAt("policy.floodWindowMinutes", { name: "Flood window (minutes)", desc: "The window the flood threshold counts in.", min: 1, step: 1 }),
			numberAt("policy.recurringTolerancePercent", {
				name: "Recurring payment tolerance (percent)",
				desc: "A payment marked recurring is auto-approved only when Odoo shows earlier bills of the same payee within this difference.",
				min: 0,
				step: 1,
			}),
			toggleAt(
				"policy.acceptHandMovedApprovals",
				"Accept hand-moved approvals",
				"When on, a request moved into the approved folder by hand counts as approved. Off by default: anyone with access to the vault could move a file.",
			),
		],
	};
}

/** Which notices the owner sees; an answer to the owner's own click is always shown. */
export function notificationsGroup(): Group {
	return {
		heading: "Notifications",
		rows: [
			toggleAt("notifications.approvals", "Approvals waiting", "A notice when a request needs your approval."),
			toggleAt("notifications.failures", "Failures", "A notice when a request or a watcher fails."),
			toggleAt("notifications.auth", "Sign-in problems", "A notice when a service refuses its credentials."),
		],
	};
}
