// The sensitive-content guard's vocabulary: rules, hits and the verdict on one request's outgoing texts.

/** Secrets block a request until edited; every other kind forces a click. `control`: bidi or zero-width characters. */
export type GuardKind = "secret" | "personal" | "internal" | "vault-link" | "control";

/** A secret this plugin holds (in secret storage or the environment), named for the card: "your Facebook Page token". */
export interface SecretValue {
	label: string;
	value: string;
}

export interface GuardContext {
	/** Names and words from the handbook's "## Confidential" list (matched case-insensitively, as whole words). */
	confidential: string[];
	/** The owner's own addresses: an email address in this list is not personal data of someone else. */
	ownAddresses: string[];
	/** The values of every secret the plugin is configured with: any of them in an outgoing field blocks. */
	secretValues?: readonly SecretValue[];
}

export interface GuardHit {
	rule: string;
	kind: GuardKind;
	/** Why this matters, in plain words for the card. */
	reason: string;
	/** What matched, shortened; for a secret only its length, so the card and the log never repeat any of it. */
	excerpt: string;
	/** Which outgoing field (0 = the first) and where in it (offsets into the original, not the normalised, text). */
	text: number;
	/** Where the field is, in words for the card: "the link", "invoice line 2". */
	field: string;
	start: number;
	end: number;
}

/** An example that documents a rule and is run as its test: `hit` says whether the rule must fire. */
export interface RuleExample {
	text: string;
	hit: boolean;
	context?: Partial<GuardContext>;
}

export interface Match {
	start: number;
	end: number;
	/** Overrides the rule's reason for this match (e.g. which kind of key). */
	reason?: string;
}

export interface GuardRule {
	id: string;
	kind: GuardKind;
	reason: string;
	find(text: string, context: GuardContext): Match[];
	examples: RuleExample[];
}

export interface GuardReport {
	hits: GuardHit[];
	/** True when a secret was found: approve and execute refuse until the text is edited. */
	blocked: boolean;
	/** One line for the policy and the log, or null when clean. */
	summary: string | null;
}
