// WhatsApp for the status view and the dashboard: messages waiting in Needs_Action, whether a runner is receiving
// (its heartbeat), the newest message, and this week's replies with their response time. Read once at start, then
// kept from events; nothing here is trusted for safety (notes, heartbeat and log lines are vault data).
import { startOfWeek } from "date-fns";
import { TZDate } from "@date-fns/tz";
import type { AuditTrail, SettingsSource, TimeSource, VaultNotes } from "../engine-ports";
import type { AuditEntry } from "../log/entry";
import type { Clock, TimerHandle, VaultEvent } from "../ports";
import { localDay } from "../util/dates";
import { baseName, extension, parentOf } from "../util/paths";
import { median } from "./response-time";
import { HEARTBEAT_STALE_MS, heartbeatPathFor, parseHeartbeat, receiverState, type HeartbeatRecord } from "./whatsapp-receiver";
import type { WhatsappStatus } from "./types";

export type { WhatsappStatus } from "./types";


const DAY_MS = 24 * 3600_000;

function isWhatsappNote(path: string): boolean {
	return extension(path) === "md" && baseName(path).startsWith("WHATSAPP_");
}

export class WhatsappActivity {
	private readonly waiting = new Set<string>();
	private latest: number | null = null;
	private heartbeat: HeartbeatRecord | null = null;
	private replies: { at: number; responseMs: number | null }[] = [];
	/** Log lines already counted: a line appended while the day file is read arrives both ways. */
	private counted = new Set<string>();
	private clock: Clock | null = null;
	private staleTimer: TimerHandle | null = null;
	private readVersion = 0;

	constructor(
		private readonly w: VaultNotes & TimeSource & AuditTrail & SettingsSource,
		private readonly changed: () => void,
	) {}

	/** Shown once WhatsApp is set up, or while anything of it is about. */
	private get shown(): boolean {
		return this.w.settings().whatsapp.account !== null || this.waiting.size > 0 || this.heartbeat !== null;
	}

	start(clock: Clock): void {
		this.clock = clock;
	}

	stop(): void {
		if (this.clock && this.staleTimer) this.clock.clearTimeout(this.staleTimer);
		this.staleTimer = null;
		this.clock = null;
	}

	/** The full read at start (and when the root folder changes). The week's log is read only when WhatsApp is set up. */
	async load(): Promise<void> {
		this.waiting.clear();
		this.latest = null;
		this.replies = [];
		this.counted = new Set();
		const folder = this.w.layout().folder("Needs_Action");
		const notes = (await this.w.vault.listFiles(folder)).filter(isWhatsappNote);
		for (const p of notes) this.waiting.add(p);
		const stats = await Promise.all(notes.map((p) => this.w.vault.stat(p)));
		for (const s of stats) if (s) this.seen(s.mtime);
		await this.readHeartbeat();
		if (this.w.settings().whatsapp.account !== null) await this.readWeek();
	}

	snapshot(now: number): WhatsappStatus | null {
		if (!this.shown) return null;
		const weekStart = this.weekStart(now);
		const week = this.replies.filter((r) => r.at >= weekStart);
		const times = week.map((r) => r.responseMs).filter((t): t is number => t !== null);
		return {
			waiting: this.waiting.size,
			latestMessageAt: this.latest,
			receiver: receiverState(this.heartbeat, now),
			repliesThisWeek: week.length,
			medianResponseMs: times.length > 0 ? median(times) : null,
		};
	}

	/** An audit line of this host: a reply sent, or a message received. True when it changed what is shown. */
	onEntry(e: AuditEntry): boolean {
		if (e.action_type === "whatsapp.received" && e.result === "success") {
			this.seen(Date.parse(e.timestamp));
			return true;
		}
		if (e.action_type === "whatsapp.send" && e.result === "success" && !e.dry_run) {
			const key = `${e.timestamp}|${e.target}`;
			if (this.counted.has(key)) return false;
			this.counted.add(key);
			this.replies.push(this.replyOf(e));
			return true;
		}
		return false;
	}

	/** Cheap for every other path: two string tests. */
	onVaultEvent(e: VaultEvent): void {
		const folder = this.w.layout().folder("Needs_Action");
		const beat = heartbeatPathFor(this.w.layout());
		if (e.path === beat) {
			void this.readHeartbeat().then(() => {
				this.changed();
			});
			return;
		}
		let touched = false;
		if (e.kind === "rename" && parentOf(e.oldPath) === folder && isWhatsappNote(e.oldPath)) touched = this.waiting.delete(e.oldPath) || touched;
		if (parentOf(e.path) === folder && isWhatsappNote(e.path)) {
			if (e.kind === "delete") touched = this.waiting.delete(e.path) || touched;
			else if (!this.waiting.has(e.path)) {
				this.waiting.add(e.path);
				touched = true;
				if (e.kind === "create") this.seen(this.w.clock.now());
			}
		}
		if (touched) this.changed();
	}

	private seen(at: number): void {
		if (!Number.isNaN(at) && (this.latest === null || at > this.latest)) this.latest = Math.min(at, this.w.clock.now());
	}

	private replyOf(e: AuditEntry): { at: number; responseMs: number | null } {
		const at = Date.parse(e.timestamp);
		const wrote = Date.parse(typeof e.parameters?.customer_last_message_at === "string" ? e.parameters.customer_last_message_at : "");
		return { at, responseMs: Number.isNaN(wrote) || wrote > at ? null : at - wrote };
	}

	private weekStart(now: number): number {
		return startOfWeek(new TZDate(now, this.w.timeZone()), { weekStartsOn: 1 }).getTime();
	}

	/** This week's log days, Monday to today: the replies sent and the messages received. */
	private async readWeek(): Promise<void> {
		const now = this.w.clock.now();
		const days: string[] = [];
		// Noon of each day, so a daylight-saving change cannot skip or repeat a day; today is added in any case.
		for (let t = this.weekStart(now) + DAY_MS / 2; t <= now; t += DAY_MS) days.push(localDay(t, this.w.timeZone()));
		days.push(localDay(now, this.w.timeZone()));
		for (const day of new Set(days)) {
			const { entries } = await this.w.log.readDay(day);
			for (const e of entries) this.onEntry(e);
		}
	}

	private async readHeartbeat(): Promise<void> {
		const version = ++this.readVersion;
		let text: string | null = null;
		try {
			text = await this.w.vault.read(heartbeatPathFor(this.w.layout()));
		} catch {
			text = null;
		}
		if (version !== this.readVersion) return;
		this.heartbeat = parseHeartbeat(text);
		this.scheduleStale();
	}

	/** One timer at the moment the heartbeat goes stale, so "receiving" turns into "no runner" without any event. */
	private scheduleStale(): void {
		const clock = this.clock;
		if (!clock) return;
		if (this.staleTimer) clock.clearTimeout(this.staleTimer);
		this.staleTimer = null;
		const state = receiverState(this.heartbeat, clock.now());
		if (state.kind !== "receiving") return;
		const due = state.seenAt + HEARTBEAT_STALE_MS - clock.now() + 1_000;
		this.staleTimer = clock.setTimeout(() => {
			this.staleTimer = null;
			this.changed();
		}, Math.max(1_000, due));
	}
}
