// The execution journal in the vault: one line per attempt state, written BEFORE any external call, so a crash never
// re-sends. Every line carries a MAC keyed by the approval key: a line written by anything else is ignored and reported.
// It lets another device (or a new executor) see what ran; the executing device's own record is the consumption ledger.
import type { VaultStore } from "../ports";
import { canonicalJson } from "../requests/canonical";
import type { DescriptionLine } from "./connector";
import { macHex, macMatches } from "./mac";
import { joinPath } from "../util/paths";

export type JournalState = "started" | "done" | "failed" | "interrupted";

/** What an attempt sent, as the card showed it when it ran: the Completed card shows this, not the note's later text. */
export interface SentRecord {
	summary: string;
	lines: DescriptionLine[];
	text?: string;
}

export interface JournalEntry {
	/** `<request id>#<attempt>`: one attempt of one request. */
	key: string;
	state: JournalState;
	at: string;
	path: string;
	device: string;
	/** The policy kind (payment, email, post…), so hourly caps survive a restart. */
	kind?: string;
	/** On `started`: what is about to be sent. */
	sent?: SentRecord;
	/** On `done`: what the service answered. */
	result?: { summary: string; url: string | null; fields?: Record<string, string | number | boolean | null> };
}

/** A journal line that was not used, and why (for the log). */
export interface JournalProblem {
	line: number;
	reason: string;
	excerpt: string;
}

function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

const STATES = new Set<string>(["started", "done", "failed", "interrupted"]);

function message(entry: JournalEntry): string {
	return "journal\n" + canonicalJson(entry);
}

function excerptOf(line: string): string {
	// Control characters never reach the log as they are.
	const clean = [...line].map((c) => (c.charCodeAt(0) < 32 ? " " : c)).join("");
	return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

function shapeOk(e: Partial<JournalEntry>): e is JournalEntry {
	return typeof e.key === "string" && typeof e.state === "string" && STATES.has(e.state) && typeof e.at === "string" && typeof e.path === "string" && typeof e.device === "string";
}

export class Journal {
	private readonly last = new Map<string, JournalEntry>();
	private readonly sentByKey = new Map<string, SentRecord>();
	private readonly resultByKey = new Map<string, NonNullable<JournalEntry["result"]> & { at: string }>();
	private loaded = false;
	private loadedSize = -1;
	private loadedPath = "";
	/** The file as last read does not end with a newline (a torn line): the next entry starts on a fresh line. */
	private needsNewline = false;

	constructor(
		private readonly vault: VaultStore,
		private readonly folder: () => string,
		private readonly key: () => string | null,
	) {}

	get path(): string {
		return joinPath(this.folder(), "journal.jsonl");
	}

	/** Reads the journal, keeping only lines this plugin wrote; returns the lines it skipped and why. Never throws on content. */
	async load(): Promise<JournalProblem[]> {
		this.last.clear();
		this.sentByKey.clear();
		this.resultByKey.clear();
		const path = this.path;
		const text = (await this.vault.read(path)) ?? "";
		this.loadedPath = path;
		this.loadedSize = byteLength(text);
		this.needsNewline = text.length > 0 && !text.endsWith("\n");
		this.loaded = true;
		const key = this.key();
		const problems: JournalProblem[] = [];
		const lines = text.split("\n");
		for (let i = 0; i < lines.length; i++) {
			const line = lines[i]!;
			if (!line.trim()) continue;
			let raw: unknown;
			try {
				raw = JSON.parse(line);
			} catch {
				problems.push({ line: i + 1, reason: "not a JSON line (torn by a crash, or damaged)", excerpt: excerptOf(line) });
				continue;
			}
			if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
				problems.push({ line: i + 1, reason: "not a journal entry", excerpt: excerptOf(line) });
				continue;
			}
			const { mac, ...rest } = raw as Record<string, unknown>;
			const entry = rest as Partial<JournalEntry>;
			if (!shapeOk(entry)) {
				problems.push({ line: i + 1, reason: "not a journal entry (fields missing or of the wrong type)", excerpt: excerptOf(line) });
				continue;
			}
			if (key === null || !(await macMatches(key, message(entry), mac))) {
				problems.push({ line: i + 1, reason: key === null ? "cannot be checked: this device has no approval key" : "its MAC does not match: it was not written by this plugin (forged or edited)", excerpt: excerptOf(line) });
				continue;
			}
			this.remember(entry);
		}
		return problems;
	}

	private remember(entry: JournalEntry): void {
		this.last.set(entry.key, entry);
		if (entry.sent) this.sentByKey.set(entry.key, entry.sent);
		if (entry.result) this.resultByKey.set(entry.key, { ...entry.result, at: entry.at });
	}

	async ensureLoaded(): Promise<JournalProblem[]> {
		if (!this.loaded || this.loadedPath !== this.path) return this.load();
		return [];
	}

	/** Reads the journal again when it changed on disk (another device's lines arrived by sync). */
	async refresh(): Promise<void> {
		const st = await this.vault.stat(this.path);
		if (!this.loaded || this.loadedPath !== this.path || (st?.size ?? 0) !== this.loadedSize) await this.load();
	}

	get(key: string): JournalEntry | undefined {
		return this.last.get(key);
	}

	/** What an attempt sent and what the service answered, from lines this plugin wrote; null when there is no record. */
	sentRecord(key: string): { sent: SentRecord; result: (NonNullable<JournalEntry["result"]> & { at: string }) | null; at: string } | null {
		const sent = this.sentByKey.get(key);
		if (!sent) return null;
		const started = this.last.get(key);
		return { sent, result: this.resultByKey.get(key) ?? null, at: started?.at ?? "" };
	}

	/** Every attempt that reached the "started" state, for rebuilding hourly caps. */
	starts(): JournalEntry[] {
		return [...this.last.values()].filter((e) => e.state !== "interrupted");
	}

	/** Every attempt the journal knows of, last state first seen per key. */
	entries(): JournalEntry[] {
		return [...this.last.values()];
	}

	/** Attempts that started and never finished: the process died between "sent" and "recorded". */
	unfinished(): JournalEntry[] {
		return [...this.last.values()].filter((e) => e.state === "started");
	}

	/** Appends a state, MAC'd; throws when the disk refuses (or there is no key), so the caller never proceeds unrecorded. */
	async record(entry: JournalEntry): Promise<void> {
		const key = this.key();
		if (key === null) throw new Error("No approval key on this device: the journal cannot be signed.");
		const clean = JSON.parse(JSON.stringify(entry)) as JournalEntry;
		const mac = await macHex(key, message(clean));
		// Changed on disk since we read it (another device, a crash mid-line, an agent): read it again first, so a torn
		// last line is known and never swallows this entry.
		await this.refresh();
		const line = JSON.stringify({ ...clean, mac }) + "\n";
		// The vault store starts every append on a fresh line (its contract), so a torn last line gets its newline there.
		await this.vault.append(this.path, line);
		this.loadedSize += byteLength(line) + (this.needsNewline ? 1 : 0);
		this.needsNewline = false;
		this.remember(clean);
	}
}

export function attemptKey(id: string, attempt: number | undefined): string {
	return `${id}#${attempt ?? 1}`;
}
