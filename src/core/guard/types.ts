// The sensitive-content guard's vocabulary: rules, hits and the verdict on one request's outgoing texts.

/** Secrets block a request until edited; every other kind forces a click. */
export type GuardKind = "secret" | "personal" | "internal" | "vault-link";

export interface GuardContext {
	/** Names and words from the handbook's "## Confidential" list (matched case-insensitively, as whole words). */
	confidential: string[];
	/** The owner's own addresses: an email address in this list is not personal data of someone else. */
	ownAddresses: string[];
}

export interface GuardHit {
	rule: string;
	kind: GuardKind;
	/** Why this matters, in plain words for the card. */
	reason: string;
	/** What matched, shortened; secrets are masked so the card and the log never repeat them. */
	excerpt: string;
	/** Which outgoing text (0 = the first) and where in it. */
	text: number;
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
