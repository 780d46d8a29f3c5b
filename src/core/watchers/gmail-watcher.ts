// The Gmail watcher: new mail matching the owner's query → one Needs_Action/EMAIL_<id>.md each, and invoice requests →
// odoo.create_invoice drafts. Knows no wire: the Gmail connector hands it a MailSource and the invoice classifier.
import type { ApprovalSigning, AuditTrail, SettingsSource, TimeSource, VaultNotes } from "../engine-ports";
import { createRequestNote } from "../requests/create-request";
import { patchNote } from "../requests/note-ops";
import { writeNote } from "../requests/frontmatter";
import { CategorizedError, messageOf } from "../util/errors";
import { isoInZone, localDay } from "../util/dates";
import { joinPath } from "../util/paths";
import type { Watcher } from "./watcher";

/** One email, already fetched and decoded by the connector. */
export interface MailMessage {
	id: string;
	threadId: string;
	labelIds: string[];
	/** When Gmail received it (ms). */
	internalDate: number;
	/** "Name <address>" as written. */
	from: string;
	fromName: string;
	fromEmail: string;
	replyToEmail: string | null;
	to: string;
	cc: string;
	subject: string;
	/** The RFC 822 Message-ID (for replies in the thread). */
	rfcMessageId: string;
	priority: "high" | "normal" | "low";
	/** True for bulk mail (List-Unsubscribe, Precedence: bulk/list). */
	bulk: boolean;
	/** What the sender wrote now, as text (forwarded content included). */
	text: string;
	/** Earlier messages quoted below it. */
	quoted: string;
	attachments: { name: string; type: string; size: number }[];
}

export type HistoryChanges = { kind: "changes"; historyId: string; changed: boolean } | { kind: "expired" };

/** Gmail as the watcher needs it; every call may throw a CategorizedError ("auth" pauses the watcher). */
export interface MailSource {
	profile(signal: AbortSignal): Promise<{ email: string; historyId: string }>;
	/** Ids of every message matching a Gmail search (all pages). */
	search(query: string, signal: AbortSignal): Promise<string[]>;
	/** Whether anything arrived or changed since a history id; "expired" when Gmail no longer knows that id (404). */
	changesSince(historyId: string, signal: AbortSignal): Promise<HistoryChanges>;
	fetch(id: string, signal: AbortSignal): Promise<MailMessage>;
}

export interface InvoiceContext {
	/** The owner's addresses (mail from them is never a customer's request). */
	ownerEmails: string[];
	/** The invoice date: today in the owner's time zone, YYYY-MM-DD. */
	today: string;
	/** Extra phrases from the settings that mean "please invoice us". */
	extraPhrases: string[];
}

export type InvoiceDecision =
	| { kind: "none"; rule: string; reason: string }
	| { kind: "clarify"; missing: string[]; asked: string }
	| {
			kind: "draft";
			params: Record<string, unknown>;
			total: string;
			evidence: string[];
			/** Per line, the email's sentence it was read from (quoted on the approval card). */
			sources?: string[];
	  };

export interface GmailWatcherOptions {
	deps: VaultNotes & TimeSource & AuditTrail & SettingsSource & ApprovalSigning;
	/** The connected mailbox, or null when Gmail is not connected on this device. */
	source: () => MailSource | null;
	/** In Obsidian the reader runs in a worker (an answer later); the headless runner reads in place. */
	decideInvoice: (m: MailMessage, ctx: InvoiceContext) => InvoiceDecision | Promise<InvoiceDecision>;
	/** Messages fetched at once. */
	concurrency?: number;
}

interface GmailState {
	account: string | null;
	historyId: string | null;
	/** Message ids already turned into notes (id → when), so a moved or deleted note is not made again. */
	seen: Record<string, number>;
}

const DAY_MS = 86_400_000;

/** `Needs_Action/EMAIL_<id>.md`: the note's path is the key that keeps one note per message on every device. */
export function emailNotePath(deps: VaultNotes & TimeSource & AuditTrail & SettingsSource & ApprovalSigning, id: string): string {
	return joinPath(deps.layout().folder("Needs_Action"), `EMAIL_${id}.md`);
}

export function gmailCorrelationId(id: string): string {
	return `gmail-${id}`;
}

/** Email text is untrusted: code fences could pose as an approval card, so they are defused; the rest is shown as written. */
function defuse(text: string): string {
	return text.replace(/^(\s*)(`{3,}|~{3,})/gm, (_m, sp: string, fence: string) => `${sp}\\${fence}`);
}

function quoteBlock(text: string): string {
	return text
		.split("\n")
		.map((l) => `> ${l}`.trimEnd())
		.join("\n");
}

function size(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function renderEmailNote(m: MailMessage, deps: VaultNotes & TimeSource & AuditTrail & SettingsSource & ApprovalSigning, invoice?: "drafted" | "needs_clarification" | "none"): string {
	const tz = deps.timeZone();
	const fm: Record<string, unknown> = {
		type: "email",
		from: m.from,
		to: m.to,
		...(m.cc ? { cc: m.cc } : {}),
		subject: m.subject,
		received: isoInZone(m.internalDate, tz),
		message_id: m.id,
		rfc_message_id: m.rfcMessageId,
		thread_id: m.threadId,
		labels: m.labelIds,
		priority: m.priority,
		status: "pending",
		correlation_id: gmailCorrelationId(m.id),
		...(invoice ? { invoice } : {}),
	};
	const parts = [`# ${m.subject || "(no subject)"}`, "", `From ${m.from}, received ${isoInZone(m.internalDate, tz).replace("T", " ").slice(0, 16)}.`, "", defuse(m.text || "(no text)")];
	if (m.quoted) parts.push("", "> [!quote]- Earlier messages in the thread", quoteBlock(defuse(m.quoted)));
	if (m.attachments.length > 0) {
		parts.push("", "## Attachments", "", ...m.attachments.map((a) => `- ${a.name} (${a.type}, ${size(a.size)}): kept in Gmail`));
	}
	return writeNote(fm, parts.join("\n") + "\n", deps.yaml);
}

async function pool<T>(items: T[], n: number, signal: AbortSignal, fn: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length && !signal.aborted) {
			const item = items[next++]!;
			await fn(item);
		}
	};
	await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

/** Mail the owner sent (Gmail's SENT or DRAFT label, or from the account itself) is never work to do. */
export function isOwnMessage(m: Pick<MailMessage, "labelIds" | "fromEmail">, account: string | null): boolean {
	if (m.labelIds.includes("SENT") || m.labelIds.includes("DRAFT")) return true;
	return account !== null && account !== "" && m.fromEmail.trim().toLowerCase() === account.trim().toLowerCase();
}

export class GmailWatcher implements Watcher {
	readonly name = "Gmail watcher";

	enabled(): boolean {
		return this.deps.settings().gmail.enabled;
	}
	readonly connector = "gmail";
	private readonly deps: VaultNotes & TimeSource & AuditTrail & SettingsSource & ApprovalSigning;
	/** The check in progress: "Check Gmail now" during the scheduled check joins it instead of running a second one. */
	private running: { promise: Promise<void>; abort: AbortController } | null = null;

	constructor(private readonly options: GmailWatcherOptions) {
		this.deps = options.deps;
	}

	get intervalMs(): number {
		return this.deps.settings().gmail.intervalMinutes * 60_000;
	}

	private get statePath(): string {
		return joinPath(this.deps.layout().stateFolder, "gmail.json");
	}

	private async loadState(): Promise<GmailState> {
		const text = await this.deps.vault.read(this.statePath);
		if (text) {
			try {
				const raw = JSON.parse(text) as Partial<GmailState>;
				return { account: raw.account ?? null, historyId: typeof raw.historyId === "string" ? raw.historyId : null, seen: raw.seen && typeof raw.seen === "object" ? raw.seen : {} };
			} catch {
				// A damaged state file means a full (bounded) resync; the note paths still prevent duplicates.
			}
		}
		return { account: null, historyId: null, seen: {} };
	}

	private async saveState(s: GmailState): Promise<void> {
		const keepFrom = this.deps.clock.now() - (this.deps.settings().gmail.firstSyncDays + 2) * DAY_MS;
		for (const [id, at] of Object.entries(s.seen)) if (at < keepFrom) delete s.seen[id];
		await this.deps.vault.mkdir(this.deps.layout().stateFolder);
		await this.deps.vault.write(this.statePath, JSON.stringify(s, null, 1) + "\n");
	}

	/**
	 * One check at a time: a call while a check runs waits for that check (two at once would fetch the token and every
	 * message twice, and race to write the same notes). Any caller's signal cancels the shared check.
	 */
	poll(signal: AbortSignal): Promise<void> {
		const current = this.running;
		if (current) {
			if (signal.aborted) current.abort.abort();
			else signal.addEventListener("abort", () => current.abort.abort(), { once: true });
			return current.promise;
		}
		const abort = new AbortController();
		if (signal.aborted) abort.abort();
		else signal.addEventListener("abort", () => abort.abort(), { once: true });
		const promise = this.pollOnce(abort.signal).finally(() => {
			if (this.running?.promise === promise) this.running = null;
		});
		this.running = { promise, abort };
		return promise;
	}

	/** Which messages to look at: all matching ones on a first or reset sync, or again after a change; null when idle. */
	private async listIds(state: GmailState, source: MailSource, signal: AbortSignal): Promise<{ ids: string[]; nextHistory: string; mode: "full" | "incremental" } | null> {
		const bounded = `${this.deps.settings().gmail.query} newer_than:${this.deps.settings().gmail.firstSyncDays}d`;
		const full = async () => {
			// Seed the history id BEFORE listing, so mail that arrives during the listing shows up in the next poll.
			const profile = await source.profile(signal);
			state.account = profile.email;
			return { nextHistory: profile.historyId, ids: await source.search(bounded, signal), mode: "full" as const };
		};
		if (state.historyId === null) return full();
		const changes = await source.changesSince(state.historyId, signal);
		if (changes.kind === "expired") {
			const listed = await full();
			await this.deps.log.append({ action_type: "gmail.resync", actor: this.deps.actor, target: "gmail", result: "info", details: { reason: "the stored history id is too old for Gmail" } });
			return listed;
		}
		if (!changes.changed) {
			if (changes.historyId !== state.historyId) {
				state.historyId = changes.historyId;
				await this.saveState(state);
			}
			return null;
		}
		return { nextHistory: changes.historyId, ids: await source.search(bounded, signal), mode: "incremental" };
	}

	/** Notes each message not seen before; counts what was made. */
	private async noteFresh(ids: string[], state: GmailState, source: MailSource, signal: AbortSignal): Promise<{ made: number; drafted: number; own: number }> {
		const fresh: string[] = [];
		for (const id of ids) if (state.seen[id] === undefined && !(await this.deps.vault.exists(emailNotePath(this.deps, id)))) fresh.push(id);
		const counts = { made: 0, drafted: 0, own: 0 };
		await pool(fresh, this.options.concurrency ?? 8, signal, async (id) => {
			const m = await source.fetch(id, signal);
			if (isOwnMessage(m, state.account)) {
				// The owner's own reply comes back through the history sync: remembered as seen, never an item to act on.
				state.seen[id] = this.deps.clock.now();
				counts.own++;
				return;
			}
			const result = await this.noteMessage(m, state.account, signal);
			// Stopped while it was read: neither noted nor seen, so the next check notes it.
			if (result === null) return;
			state.seen[id] = this.deps.clock.now();
			if (result.created) counts.made++;
			if (result.drafted) counts.drafted++;
		});
		return counts;
	}

	private async pollOnce(signal: AbortSignal): Promise<void> {
		if (!this.deps.settings().gmail.enabled) return;
		const source = this.options.source();
		if (!source) {
			throw new CategorizedError("auth", "Gmail is not connected on this device.", "Open Settings → AI Employee → Gmail and press Connect Gmail.");
		}
		const state = await this.loadState();
		const listed = await this.listIds(state, source, signal);
		if (!listed) return;
		const { ids, nextHistory, mode } = listed;
		const { made, drafted, own } = await this.noteFresh(ids, state, source, signal);
		if (signal.aborted) {
			// Keep what was noted, but not the new history id, and mark nothing else seen: the rest comes again next poll.
			await this.saveState(state);
			return;
		}
		for (const id of ids) state.seen[id] ??= this.deps.clock.now();
		state.historyId = nextHistory;
		await this.saveState(state);
		if (made > 0 || mode === "full") {
			await this.deps.log.append({ action_type: "gmail.sync", actor: this.deps.actor, target: "gmail", result: "success", details: { mode, matched: ids.length, new_notes: made, invoice_drafts: drafted, own_messages_skipped: own } });
		}
	}

	/** The classifier's answer, or the error it threw (logged; the email is still noted). */
	private async decide(m: MailMessage, account: string | null): Promise<{ decision: InvoiceDecision | null; checkError: string | null }> {
		const settings = this.deps.settings().gmail;
		if (!settings.invoiceDrafts) return { decision: null, checkError: null };
		try {
			return { decision: await this.options.decideInvoice(m, { ownerEmails: account ? [account] : [], today: localDay(this.deps.clock.now(), this.deps.timeZone()), extraPhrases: settings.invoicePhrases }), checkError: null };
		} catch (err) {
			return { decision: null, checkError: messageOf(err) };
		}
	}

	/** Decides about an invoice, then writes the note (once, whoever gets there first); only the writer drafts. */
	private async noteMessage(m: MailMessage, account: string | null, signal: AbortSignal): Promise<{ created: boolean; drafted: boolean } | null> {
		const deps = this.deps;
		const path = emailNotePath(deps, m.id);
		const correlation = gmailCorrelationId(m.id);
		const { decision, checkError } = await this.decide(m, account);
		// A stop during the read (the plugin unloading) would leave a note without its draft for good; write nothing.
		if (signal.aborted) return null;
		let note = renderEmailNote(m, deps, decision === null ? undefined : decision.kind === "draft" ? "drafted" : decision.kind === "clarify" ? "needs_clarification" : "none");
		if (checkError) {
			note += `\n## Invoice check failed\n\nThe invoice check could not read this email (${checkError}), so no draft was made. If it asks for an invoice, draft it yourself.\n`;
		}
		if (decision?.kind === "clarify") {
			note += `\n## Needs clarification\n\nThis email asks for an invoice ("${decision.asked}"), but no draft was made because:\n\n${decision.missing.map((x) => `- ${x}`).join("\n")}\n\nAsk the sender, then draft the invoice yourself.\n`;
		}
		await deps.vault.mkdir(deps.layout().folder("Needs_Action"));
		const created = await deps.vault.createIfMissing(path, note);
		if (!created) return { created: false, drafted: false };
		await deps.log.append({ action_type: "gmail.email_noted", actor: deps.actor, target: path, result: "success", correlation_id: correlation, details: { from: m.fromEmail, subject: m.subject, invoice: decision?.kind ?? null } });
		if (checkError) await deps.log.append({ action_type: "gmail.invoice_check", actor: deps.actor, target: path, result: "failure", correlation_id: correlation, error: checkError });
		if (decision?.kind === "clarify") {
			await deps.log.append({ action_type: "gmail.invoice_clarification", actor: deps.actor, target: path, result: "info", correlation_id: correlation, details: { missing: decision.missing } });
		}
		if (decision?.kind !== "draft") return { created: true, drafted: false };
		await this.draftRequest(m, decision, path);
		return { created: true, drafted: true };
	}

	/** The draft invoice request, with each line's source sentence beside it in the note (the card quotes it). */
	private async draftRequest(m: MailMessage, decision: Extract<InvoiceDecision, { kind: "draft" }>, path: string): Promise<void> {
		const deps = this.deps;
		const correlation = gmailCorrelationId(m.id);
		const customer = decision.params["customer"] as { name?: string; company?: string } | undefined;
		const who = customer?.company ?? customer?.name ?? m.fromEmail;
		const request = await createRequestNote(deps, {
			action: "odoo.create_invoice",
			params: decision.params,
			requestedBy: "gmail watcher",
			origin: "plugin:gmail",
			title: `Draft invoice for ${who}`,
			body: `Drafted from the email [[EMAIL_${m.id}]] from ${m.from} ("${m.subject}"), total ${decision.total} before tax.\n\nWhat was read from the email:\n\n${decision.evidence.map((e) => `- ${e}`).join("\n")}\n`,
			source: path,
			correlationId: correlation,
			// One id per message: two devices drafting the same email make one request the executor runs once.
			id: `GMAIL-${m.id}`.slice(0, 100),
			...(decision.sources && decision.sources.length > 0 ? { fields: { line_sources: decision.sources } } : {}),
		});
		await patchNote(deps.vault, deps.yaml, path, { invoice_request: request });
		await deps.log.append({ action_type: "gmail.invoice_drafted", actor: deps.actor, target: request, result: "success", correlation_id: correlation, details: { email: path, total: decision.total } });
	}
}
