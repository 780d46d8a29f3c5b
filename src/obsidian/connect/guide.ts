// What a Connect guide says and does: what the owner needs, where to get it, the permissions to grant, the fields
// (checked as they type), and the actions (find the Page, save and test…). One guide per service; connect-modal.ts draws it.

export interface GuideField {
	key: string;
	name: string;
	desc: string;
	placeholder?: string;
	/** Typed into a password field and stored only in this device's secret storage. */
	secret?: boolean;
	/** What the field starts with (never a secret's value). */
	initial?: () => string;
	/** Why the text is not acceptable yet, or null. Empty text is checked too (when an action needs the field). */
	check: (v: string) => string | null;
}

/** One choice in a list the guide offers (a Page, a company page…). */
export interface GuideChoice {
	label: string;
	detail: string;
	/** Runs when picked; resolves with what to tell the owner. */
	pick: () => Promise<string>;
}

/** What an action can do while it runs. */
export interface GuideRun {
	values: Record<string, string>;
	say(text: string, tone?: "ok" | "error"): void;
	choose(heading: string, choices: GuideChoice[]): void;
}

export interface GuideAction {
	label: string;
	/** The fields that must be valid before it runs. */
	fields: string[];
	cta?: boolean;
	/** Resolves with what to tell the owner (or nothing when it offered a choice instead). */
	run: (r: GuideRun) => Promise<string | void>;
}

export interface ConnectGuide {
	title: string;
	intro: string;
	needs: string[];
	steps: string[];
	permissions: string[];
	notes: string[];
	fields: GuideField[];
	actions: GuideAction[];
}

/** Shared checks. */
export const checks = {
	required: (what: string) => (v: string) => (v.trim() === "" ? `Enter ${what}.` : null),
	digits: (what: string) => (v: string) => (v.trim() === "" ? `Enter ${what}.` : /^\d+$/.test(v.trim()) ? null : `${what.charAt(0).toUpperCase()}${what.slice(1)} is digits only.`),
	noSpaces: (what: string) => (v: string) => (v.trim() === "" ? `Enter ${what}.` : /\s/.test(v.trim()) ? `${what.charAt(0).toUpperCase()}${what.slice(1)} has no spaces: check that you copied all of it and nothing else.` : null),
};
