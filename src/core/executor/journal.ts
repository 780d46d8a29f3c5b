// The execution journal: one line per attempt state, written BEFORE any external call, so a crash never re-sends.
import type { VaultStore } from "../ports";
import { joinPath } from "../util/paths";

export type JournalState = "started" | "done" | "failed" | "interrupted";

export interface JournalEntry {
	/** `<request id>#<attempt>`: one attempt of one request. */
	key: string;
	state: JournalState;
	at: string;
	path: string;
	device: string;
	/** The policy kind (payment, email, post…), so hourly caps survive a restart. */
	kind?: string;
}

export class Journal {
	private readonly last = new Map<string, JournalEntry>();
	private loaded = false;

	constructor(
		private readonly vault: VaultStore,
		private readonly folder: () => string,
	) {}

	get path(): string {
		return joinPath(this.folder(), "journal.jsonl");
	}

	async load(): Promise<void> {
		this.last.clear();
		const text = (await this.vault.read(this.path)) ?? "";
		for (const line of text.split("\n")) {
			if (!line.trim()) continue;
			try {
				const e = JSON.parse(line) as JournalEntry;
				if (typeof e.key === "string" && typeof e.state === "string") this.last.set(e.key, e);
			} catch {
				// A torn last line (crash mid-write) is ignored: the note's own status still tells the story.
			}
		}
		this.loaded = true;
	}

	async ensureLoaded(): Promise<void> {
		if (!this.loaded) await this.load();
	}

	get(key: string): JournalEntry | undefined {
		return this.last.get(key);
	}

	/** Every attempt that reached the "started" state, for rebuilding hourly caps. */
	starts(): JournalEntry[] {
		return [...this.last.values()].filter((e) => e.state !== "interrupted");
	}

	/** Attempts that started and never finished: the process died between "sent" and "recorded". */
	unfinished(): JournalEntry[] {
		return [...this.last.values()].filter((e) => e.state === "started");
	}

	/** Appends a state; throws when the disk refuses, so the caller never proceeds to the wire unrecorded. */
	async record(entry: JournalEntry): Promise<void> {
		await this.vault.append(this.path, JSON.stringify(entry) + "\n");
		this.last.set(entry.key, entry);
	}
}

export function attemptKey(id: string, attempt: number | undefined): string {
	return `${id}#${attempt ?? 1}`;
}
