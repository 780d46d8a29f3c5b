// What a connector gives the executor: one handler per action type. Connectors know wires; the executor knows requests.
import type * as z from "zod/mini";
import type { Clock, HttpRequest, HttpResponse, SecretStore } from "../ports";

/** The facts the approval policy decides on, as a handler reads them off its parameters. */
export interface PolicyFacts {
	/** What kind of act this is. */
	kind: "invoice" | "payment" | "post" | "reply" | "dm" | "email" | "other";
	/** Money that moves or is billed, in integer minor units of `currency`. */
	amountMinor?: number;
	currency?: string;
	/** The payee, customer, recipient or audience, as the owner would recognise it. */
	counterparty?: string;
	/** Set when the action is due at a future time (scheduled posts). */
	scheduledAt?: string;
	/** Set when the request says it repeats a known recurring payment. */
	recurring?: boolean;
}

/** One line of the approval card's "what will happen". */
export interface DescriptionLine {
	label: string;
	value: string;
}

export interface ActionDescription {
	/** One sentence in plain words, e.g. "Create a draft invoice for Acme Ltd over 1,250.00 USD". */
	summary: string;
	lines: DescriptionLine[];
	/** Text that will be published or sent, for previews and character counts. */
	text?: string;
}

export interface WireRecord {
	method: string;
	url: string;
	headers: Record<string, string>;
	body: string | null;
}

export interface ActionResult {
	/** What happened, in one sentence. */
	summary: string;
	/** A link to the created record or post, when there is one. */
	url?: string;
	/** Facts to write back into the request note (invoice number, post id…). */
	fields?: Record<string, string | number | boolean | null>;
}

/** An action's result both ways: what it would have done (dry run) and what it did. The handler describes, never decides. */
export interface ActionOutcome {
	/** Dry run: the writes were only recorded and answered by their simulations, so nothing may be read back. */
	preview(): ActionResult | Promise<ActionResult>;
	/** For real: may read the result back from the service. */
	done(): ActionResult | Promise<ActionResult>;
}

export interface ActionContext {
	/** Whether writes are simulated, for what goes on the wire only (placeholder credentials); results use `outcome`. */
	dryRun: boolean;
	correlationId: string;
	clock: Clock;
	secrets: SecretStore;
	/** A request that changes nothing on the server; transient faults are retried with backoff (at most 5 tries). */
	read(req: HttpRequest): Promise<HttpResponse>;
	/**
	 * A request that changes something. Never retried. In dry run it is recorded, not sent, and answered by `simulate`
	 * so the rest of the path still runs; the recorded requests are what the dry-run preview shows.
	 */
	write(req: HttpRequest, simulate: () => HttpResponse): Promise<HttpResponse>;
	/**
	 * The result to report. The executor decided dry run or not for this execution (once) and picks `preview` or `done`
	 * here; it also says "Dry run" in the note and the log itself, so neither result mentions it.
	 */
	outcome(o: ActionOutcome): Promise<ActionResult>;
}

export interface ActionHandler<P = unknown> {
	/** The action type, e.g. `odoo.create_invoice`. */
	readonly action: string;
	/** Validates the request's `params`. */
	readonly params: z.ZodMiniType<P>;
	describe(params: P): ActionDescription;
	policyFacts(params: P): PolicyFacts;
	execute(params: P, ctx: ActionContext): Promise<ActionResult>;
	/**
	 * Optional: whether the payee/customer/recipient is new to the business (reads only; `ctx.write` refuses).
	 * Without it, or when it fails, the counterparty counts as new, so the policy asks.
	 */
	isNewCounterparty?(params: P, ctx: ActionContext): Promise<boolean>;
	/**
	 * Optional: every text this action sends or publishes (post and thread, subject and body, invoice line
	 * descriptions), for the sensitive-content guard. Without it the guard checks `describe(params).text`.
	 */
	outgoingTexts?(params: P): string[];
	/**
	 * Optional, for recurring payments: earlier bills of the same payee in the service (reads only), newest first.
	 * The policy trusts a "recurring" request only when these show the same amount within its tolerance.
	 */
	recurringHistory?(params: P, ctx: ActionContext): Promise<{ label: string; amountMinor: number }[]>;
	/** Optional: the host this action calls with the owner's credentials (from the settings in force), named on the card. */
	host?(params: P): string | null;
}

export interface Connector {
	readonly id: string;
	readonly handlers: ActionHandler<never>[];
}

/** The connectors a host hands the engine; core never imports a connector. */
export class ConnectorRegistry {
	private readonly byAction = new Map<string, ActionHandler<unknown>>();

	register(connector: Connector): void {
		for (const h of connector.handlers) this.byAction.set(h.action, h);
	}

	handler(action: string): ActionHandler<unknown> | undefined {
		return this.byAction.get(action);
	}

	actions(): string[] {
		return [...this.byAction.keys()].sort();
	}
}
