// Safety settings are sealed: a change that arrives from outside the settings tab may tighten them, never loosen them.
import type { Settings } from "./schema";

export type SafetyKey =
	| "dryRun"
	| "policy.autoApproveScheduledPosts"
	| "policy.autoApproveRecurringPaymentsBelowMinor"
	| "policy.alwaysAskAboveMinor"
	| "policy.acceptHandMovedApprovals"
	| "policy.maxPaymentsPerHour"
	| "policy.maxEmailsPerHour"
	| "policy.maxPostsPerHour"
	| "policy.floodThreshold"
	| "policy.recurringTolerancePercent"
	| "gmail.autoApproveKnownContacts"
	| "gmail.sendingEnabled"
	// The warnings themselves: an agent that could switch them off could loosen safety unseen.
	| "policy.floodWindowMinutes"
	| "notifications.approvals"
	| "notifications.failures"
	| "notifications.auth";

type Value = boolean | number;

/** For each safety key: how to read it, write it, and which of two values is the safer one. */
const RULES: Record<SafetyKey, { get: (s: Settings) => Value; set: (s: Settings, v: Value) => void; safer: (a: Value, b: Value) => Value }> = {
	dryRun: { get: (s) => s.dryRun, set: (s, v) => (s.dryRun = v as boolean), safer: (a, b) => a || b },
	"policy.autoApproveScheduledPosts": {
		get: (s) => s.policy.autoApproveScheduledPosts,
		set: (s, v) => (s.policy.autoApproveScheduledPosts = v as boolean),
		safer: (a, b) => a && b,
	},
	"policy.autoApproveRecurringPaymentsBelowMinor": {
		get: (s) => s.policy.autoApproveRecurringPaymentsBelowMinor,
		set: (s, v) => (s.policy.autoApproveRecurringPaymentsBelowMinor = v as number),
		safer: (a, b) => Math.min(a as number, b as number),
	},
	"policy.alwaysAskAboveMinor": { get: (s) => s.policy.alwaysAskAboveMinor, set: (s, v) => (s.policy.alwaysAskAboveMinor = v as number), safer: (a, b) => Math.min(a as number, b as number) },
	"policy.acceptHandMovedApprovals": {
		get: (s) => s.policy.acceptHandMovedApprovals,
		set: (s, v) => (s.policy.acceptHandMovedApprovals = v as boolean),
		safer: (a, b) => a && b,
	},
	"policy.maxPaymentsPerHour": { get: (s) => s.policy.maxPaymentsPerHour, set: (s, v) => (s.policy.maxPaymentsPerHour = v as number), safer: (a, b) => Math.min(a as number, b as number) },
	"policy.maxEmailsPerHour": { get: (s) => s.policy.maxEmailsPerHour, set: (s, v) => (s.policy.maxEmailsPerHour = v as number), safer: (a, b) => Math.min(a as number, b as number) },
	"policy.maxPostsPerHour": { get: (s) => s.policy.maxPostsPerHour, set: (s, v) => (s.policy.maxPostsPerHour = v as number), safer: (a, b) => Math.min(a as number, b as number) },
	"policy.floodThreshold": { get: (s) => s.policy.floodThreshold, set: (s, v) => (s.policy.floodThreshold = v as number), safer: (a, b) => Math.min(a as number, b as number) },
	"policy.recurringTolerancePercent": {
		get: (s) => s.policy.recurringTolerancePercent,
		set: (s, v) => (s.policy.recurringTolerancePercent = v as number),
		safer: (a, b) => Math.min(a as number, b as number),
	},
	"gmail.autoApproveKnownContacts": {
		get: (s) => s.gmail.autoApproveKnownContacts,
		set: (s, v) => (s.gmail.autoApproveKnownContacts = v as boolean),
		safer: (a, b) => a && b,
	},
	"gmail.sendingEnabled": { get: (s) => s.gmail.sendingEnabled, set: (s, v) => (s.gmail.sendingEnabled = v as boolean), safer: (a, b) => a && b },
	// A longer window groups more requests into one review card.
	"policy.floodWindowMinutes": { get: (s) => s.policy.floodWindowMinutes, set: (s, v) => (s.policy.floodWindowMinutes = v as number), safer: (a, b) => Math.max(a as number, b as number) },
	"notifications.approvals": { get: (s) => s.notifications.approvals, set: (s, v) => (s.notifications.approvals = v as boolean), safer: (a, b) => a || b },
	"notifications.failures": { get: (s) => s.notifications.failures, set: (s, v) => (s.notifications.failures = v as boolean), safer: (a, b) => a || b },
	"notifications.auth": { get: (s) => s.notifications.auth, set: (s, v) => (s.notifications.auth = v as boolean), safer: (a, b) => a || b },
};

export const SAFETY_KEYS = Object.keys(RULES) as SafetyKey[];

export type SafetyValues = Record<SafetyKey, Value>;

export function safetyValues(s: Settings): SafetyValues {
	const out = {} as SafetyValues;
	for (const k of SAFETY_KEYS) out[k] = RULES[k].get(s);
	return out;
}

export interface Loosening {
	key: SafetyKey;
	from: Value;
	to: Value;
}

export interface MergeResult {
	/** What goes into force: the candidate, with every loosened key held at the trusted value. */
	settings: Settings;
	/** Changes that would loosen safety and were not applied. */
	held: Loosening[];
}

/**
 * Merges settings that came from outside the settings tab (data.json edited, synced, read by a runner) with the
 * trusted safety values this device last sealed. Tightening applies at once; loosening is held for the owner.
 */
export function mergeUntrusted(trusted: SafetyValues, candidate: Settings): MergeResult {
	const settings = structuredClone(candidate);
	const held: Loosening[] = [];
	for (const k of SAFETY_KEYS) {
		const rule = RULES[k];
		const was = trusted[k];
		const now = rule.get(candidate);
		if (was === now) continue;
		const safer = rule.safer(was, now);
		if (safer === now) continue; // tighter (or equal): applies
		rule.set(settings, was);
		held.push({ key: k, from: was, to: now });
	}
	return { settings, held };
}

/** Applies held loosenings after the owner accepted them in the settings tab. */
export function applyLoosenings(s: Settings, held: Loosening[]): Settings {
	const out = structuredClone(s);
	for (const h of held) RULES[h.key].set(out, h.to);
	return out;
}

/** Plain words for a held change, e.g. "dry run off (was on)". */
export function describeLoosening(l: Loosening): string {
	const fmt = (k: SafetyKey, v: Value): string => {
		if (k === "dryRun") return v ? "on" : "off";
		if (typeof v === "boolean") return v ? "on" : "off";
		return k.endsWith("Minor") ? (v / 100).toFixed(2) : String(v);
	};
	const names: Record<SafetyKey, string> = {
		dryRun: "dry run",
		"policy.autoApproveScheduledPosts": "auto-approve scheduled posts",
		"policy.autoApproveRecurringPaymentsBelowMinor": "auto-approve recurring payments below",
		"policy.alwaysAskAboveMinor": "always ask above",
		"policy.acceptHandMovedApprovals": "accept hand-moved approvals",
		"policy.maxPaymentsPerHour": "payments per hour",
		"policy.maxEmailsPerHour": "emails per hour",
		"policy.maxPostsPerHour": "posts per hour",
		"policy.floodThreshold": "flood threshold",
		"policy.recurringTolerancePercent": "recurring payment tolerance (percent)",
		"gmail.autoApproveKnownContacts": "send email to known contacts without asking",
		"gmail.sendingEnabled": "allow sending email",
		"policy.floodWindowMinutes": "flood window (minutes)",
		"notifications.approvals": "notices for approvals waiting",
		"notifications.failures": "notices for failures and refusals",
		"notifications.auth": "notices for sign-in problems",
	};
	return `${names[l.key]} ${fmt(l.key, l.to)} (in force: ${fmt(l.key, l.from)})`;
}
