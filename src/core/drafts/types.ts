// Post drafts from business events: what happened, as the drafter reads it from the vault.

export type EventKind = "project" | "milestone" | "invoice_paid" | "goal";

export interface BusinessEvent {
	/** Stable id, e.g. `project:Website relaunch`; written into each draft as `params.event`, and never drafted twice. */
	key: string;
	kind: EventKind;
	/** Placeholder values this event can fill ({project}, {milestone}, {client}, {goal}, {amount}). */
	values: Record<string, string>;
	/** Where it was found, for the draft's note. */
	source: string;
}
