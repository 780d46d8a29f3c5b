// The live status: built once at start, then kept up to date from events (audit log, vault, watchdog, settings) only.
import type { AuditTrail, ConnectorLookup, SecretMask, SettingsSource, TimeSource, VaultNotes } from "../engine-ports";
import type { Clock, TimerHandle, VaultEvent } from "../ports";
import type { AuditEntry } from "../log/entry";
import type { Settings } from "../settings/schema";
import type { Service } from "../watchers/supervisor";
import type { WatcherStatus } from "../watchers/watcher";
import type { WatchdogEvent } from "../watchers/watchdog";
import { localDay } from "../util/dates";
import { extension, isInside } from "../util/paths";
import { RequestIndex } from "./request-index";
import { WhatsappActivity } from "./whatsapp-activity";
import type { ActivityItem, ConnectorInfo, ConnectorStatus, StatusSnapshot, TodayCounts } from "./types";

export interface WatchdogLike {
	subscribe(listener: (event: WatchdogEvent) => void): () => void;
	statuses(): WatcherStatus[];
}

export interface StatusDeps {
	workflow: VaultNotes & TimeSource & SettingsSource & AuditTrail & SecretMask & ConnectorLookup;
	/** The engine's settings-change subscription (dry run, root folder). */
	onSettingsChange: (listener: (s: Settings) => void) => () => void;
	watchdog?: WatchdogLike | null;
	/** The host's connectors as the owner should see them (asked again on every snapshot: cheap, and settings change). */
	connectors: () => ConnectorInfo[];
	/** When the next briefing is due (ms since epoch), or null when none is scheduled. */
	nextBriefing: () => number | null;
	/** Why this device does not execute, or null. */
	executorNote?: () => string | null;
}

const ACTIVITY_KEPT = 30;
/** Several vault events for one note come in a burst (write, frontmatter patch, move): read it once. */
const NOTE_DEBOUNCE_MS = 150;

function prefixesOf(c: ConnectorInfo): string[] {
	return c.actionPrefixes ?? [`${c.id}.`];
}

export class StatusModel implements Service {
	readonly name = "Status";
	readonly pending: RequestIndex;
	readonly failures: RequestIndex;
	readonly whatsapp: WhatsappActivity;
	private readonly listeners = new Set<() => void>();
	private readonly unsubscribers: (() => void)[] = [];
	private readonly noteTimers = new Map<string, TimerHandle>();
	private clock: Clock | null = null;
	private activity: ActivityItem[] = [];
	private today: TodayCounts = { day: "", total: 0, success: 0, dryRun: 0, failure: 0, refused: 0 };
	private lastBriefing: string | null = null;
	/** Per connector: last success and last error seen in the log. */
	private readonly connectorSeen = new Map<string, { lastSuccess: number | null; lastError: string | null; lastErrorAt: number | null }>();
	private watchers = new Map<string, WatcherStatus>();
	private loaded = false;
	private root = "";

	constructor(private readonly deps: StatusDeps) {
		const w = deps.workflow;
		this.pending = new RequestIndex(w, () => w.layout().folder("Pending_Approval"), () => this.changed());
		this.failures = new RequestIndex(w, () => w.layout().folder("Failed"), () => this.changed());
		this.whatsapp = new WhatsappActivity(w, () => this.changed());
	}

	/** Called (synchronously) after every change; consumers debounce. Returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	get isLoaded(): boolean {
		return this.loaded;
	}

	async start(clock: Clock): Promise<void> {
		this.clock = clock;
		this.whatsapp.start(clock);
		const w = this.deps.workflow;
		this.unsubscribers.push(w.log.subscribe((e) => this.onEntry(e)));
		this.unsubscribers.push(w.vault.watch((e) => this.onVaultEvent(e)));
		this.unsubscribers.push(
			this.deps.onSettingsChange((next) => {
				// A new root folder means new lists: read them once; any other change (dry run) only needs a redraw.
				if (next.rootFolder !== this.root) void this.reload();
				else this.changed();
			}),
		);
		if (this.deps.watchdog) {
			for (const s of this.deps.watchdog.statuses()) this.watchers.set(s.name, s);
			this.unsubscribers.push(
				this.deps.watchdog.subscribe((e) => {
					if (e.kind === "removed") this.watchers.delete(e.status.name);
					else this.watchers.set(e.status.name, e.status);
					this.changed();
				}),
			);
		}
		await this.reload();
	}

	stop(): void {
		for (const u of this.unsubscribers.splice(0)) u();
		if (this.clock) for (const t of this.noteTimers.values()) this.clock.clearTimeout(t);
		this.noteTimers.clear();
		this.whatsapp.stop();
		this.clock = null;
	}

	/** The headless one-shot pass: read everything once (no subscriptions). */
	runOnce(): Promise<void> {
		return this.reload();
	}

	/** The full read, done at start and when the root folder changes: both lists, today's log, the newest briefing. */
	async reload(): Promise<void> {
		this.root = this.deps.workflow.settings().rootFolder;
		await Promise.all([this.pending.load(), this.failures.load(), this.loadToday(), this.loadLastBriefing(), this.whatsapp.load()]);
		this.loaded = true;
		this.changed();
	}

	snapshot(): StatusSnapshot {
		const w = this.deps.workflow;
		const now = w.clock.now();
		this.rollDay(now);
		// The watchdog's own list says "off" for a watcher turned off in the settings since its last event.
		const watchers = this.deps.watchdog ? this.deps.watchdog.statuses() : [...this.watchers.values()];
		const connectors: ConnectorStatus[] = this.deps.connectors().map((c) => {
			const seen = this.connectorSeen.get(c.id);
			const paused = watchers.find((s) => s.connector === c.id && s.state === "paused");
			return {
				id: c.id,
				label: c.label,
				configured: c.configured,
				problem: c.problem ?? null,
				lastSuccess: seen?.lastSuccess ?? null,
				lastError: seen?.lastError ?? null,
				lastErrorAt: seen?.lastErrorAt ?? null,
				paused: paused ? (paused.reason ?? "Sign-in refused.") : null,
			};
		});
		return {
			dryRun: w.settings().dryRun,
			executorNote: this.deps.executorNote?.() ?? null,
			connectors,
			watchers,
			pending: this.pending.list(),
			failures: this.failures.list(),
			activity: [...this.activity],
			today: { ...this.today },
			nextBriefing: this.deps.nextBriefing(),
			lastBriefing: this.lastBriefing,
			timeZone: w.timeZone(),
			whatsapp: this.whatsapp.snapshot(now),
			at: now,
		};
	}

	private changed(): void {
		for (const l of this.listeners) {
			try {
				l();
			} catch (err) {
				console.error("AI Employee: a status listener failed", err);
			}
		}
	}

	private rollDay(now: number): void {
		const day = localDay(now, this.deps.workflow.timeZone());
		if (day !== this.today.day) this.today = { day, total: 0, success: 0, dryRun: 0, failure: 0, refused: 0 };
	}

	private count(entry: AuditEntry): void {
		const t = this.today;
		t.total++;
		if (entry.result === "success") t.success++;
		else if (entry.result === "dry_run") t.dryRun++;
		else if (entry.result === "failure") t.failure++;
		else if (entry.result === "refused") t.refused++;
	}

	private activityOf(e: AuditEntry): ActivityItem {
		return { timestamp: e.timestamp, action: e.action_type, target: e.target, result: e.result, error: e.error, dryRun: e.dry_run };
	}

	private noteConnector(e: AuditEntry): void {
		// A dry-run preview sent nothing: it says nothing about whether the account works.
		if (e.result !== "success" && e.result !== "failure") return;
		const at = Date.parse(e.timestamp);
		for (const c of this.deps.connectors()) {
			const mine = c.matches ? c.matches(e) : prefixesOf(c).some((p) => e.action_type.startsWith(p));
			if (!mine) continue;
			const seen = this.connectorSeen.get(c.id) ?? { lastSuccess: null, lastError: null, lastErrorAt: null };
			if (e.result === "failure") {
				seen.lastError = e.error ?? "failed";
				seen.lastErrorAt = at;
			} else seen.lastSuccess = at;
			this.connectorSeen.set(c.id, seen);
		}
	}

	private onEntry(e: AuditEntry): void {
		const at = Date.parse(e.timestamp);
		this.rollDay(at);
		if (localDay(at, this.deps.workflow.timeZone()) === this.today.day) this.count(e);
		this.activity.unshift(this.activityOf(e));
		if (this.activity.length > ACTIVITY_KEPT) this.activity.length = ACTIVITY_KEPT;
		this.noteConnector(e);
		this.whatsapp.onEntry(e);
		this.changed();
	}

	private async loadToday(): Promise<void> {
		const w = this.deps.workflow;
		this.rollDay(w.clock.now());
		const day = this.today.day;
		const { entries } = await w.log.readDay(day);
		// Lines appended while we read were counted by onEntry already: start from the file, then keep those.
		const fresh = this.activity;
		this.today = { day, total: 0, success: 0, dryRun: 0, failure: 0, refused: 0 };
		for (const e of entries) {
			this.count(e);
			this.noteConnector(e);
		}
		const fromFile = entries.slice(-ACTIVITY_KEPT).reverse().map((e) => this.activityOf(e));
		const seen = new Set(fromFile.map((a) => `${a.timestamp}|${a.action}|${a.target}`));
		this.activity = [...fresh.filter((a) => !seen.has(`${a.timestamp}|${a.action}|${a.target}`)), ...fromFile].slice(0, ACTIVITY_KEPT);
	}

	private async loadLastBriefing(): Promise<void> {
		const w = this.deps.workflow;
		const notes = (await w.vault.listFiles(w.layout().folder("CEO_Briefings"))).filter((p) => extension(p) === "md").sort();
		this.lastBriefing = notes.at(-1) ?? null;
	}

	private onVaultEvent(e: VaultEvent): void {
		const layout = this.deps.workflow.layout();
		if (!isInside(e.path, layout.root) && !(e.kind === "rename" && isInside(e.oldPath, layout.root))) return;
		this.whatsapp.onVaultEvent(e);
		if (e.kind === "rename") this.forget(e.oldPath);
		if (e.kind === "delete") {
			this.forget(e.path);
			return;
		}
		if (this.pending.covers(e.path) || this.failures.covers(e.path)) this.later(e.path);
		const briefings = layout.folder("CEO_Briefings");
		if (isInside(e.path, briefings) && extension(e.path) === "md" && (this.lastBriefing === null || e.path > this.lastBriefing)) {
			this.lastBriefing = e.path;
			this.changed();
		}
	}

	private forget(path: string): void {
		const t = this.noteTimers.get(path);
		if (t && this.clock) this.clock.clearTimeout(t);
		this.noteTimers.delete(path);
		this.pending.remove(path);
		this.failures.remove(path);
	}

	private later(path: string): void {
		const clock = this.clock;
		if (!clock) return;
		const prev = this.noteTimers.get(path);
		if (prev) clock.clearTimeout(prev);
		this.noteTimers.set(
			path,
			clock.setTimeout(() => {
				this.noteTimers.delete(path);
				const index = this.pending.covers(path) ? this.pending : this.failures;
				void index.refresh(path);
			}, NOTE_DEBOUNCE_MS),
		);
	}
}
