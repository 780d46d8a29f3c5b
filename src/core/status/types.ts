// What the status view, the status bar and the dashboard show: one snapshot shape, built by the status model.
import type { AuditEntry, LogResult } from "../log/entry";
import type { WatcherStatus } from "../watchers/watcher";
import type { ReceiverState } from "./whatsapp-receiver";

/** A connector as the host describes it (core does not know connectors). */
export interface ConnectorInfo {
	id: string;
	/** The name the owner knows, e.g. "Odoo", "LinkedIn". */
	label: string;
	/** True when its settings and secrets are filled in. */
	configured: boolean;
	/** Why it cannot work as set up (invalid settings, missing secret), or null. */
	problem?: string | null;
	/** Log lines whose action starts with one of these belong to it (default: `<id>.`). */
	actionPrefixes?: string[];
	/** Finer test than prefixes, e.g. `social.post` lines whose params name this network. */
	matches?: (entry: AuditEntry) => boolean;
}

export interface ConnectorStatus {
	id: string;
	label: string;
	configured: boolean;
	problem: string | null;
	lastSuccess: number | null;
	lastError: string | null;
	lastErrorAt: number | null;
	/** Why it is paused (a watcher of it was refused its sign-in), or null. */
	paused: string | null;
}

export interface RequestItem {
	path: string;
	id: string | null;
	action: string | null;
	/** The note's first heading, else the action's one-line summary, else the file name. */
	title: string;
	summary: string | null;
	created: string | null;
	/** For the failure queue: the error, its category and the suggested fix. */
	error: string | null;
	category: string | null;
	suggestion: string | null;
	/** The file name itself holds a secret: lists show the title only, without the path (the click still opens it). */
	secretInPath?: boolean;
}

export interface ActivityItem {
	timestamp: string;
	action: string;
	target: string;
	result: LogResult;
	error: string | null;
	dryRun: boolean;
}

export interface TodayCounts {
	day: string;
	total: number;
	success: number;
	dryRun: number;
	failure: number;
	refused: number;
}

export interface StatusSnapshot {
	dryRun: boolean;
	/** Why this device does not execute approved requests (another executor holds the lock, …), or null. */
	executorNote: string | null;
	connectors: ConnectorStatus[];
	watchers: WatcherStatus[];
	pending: RequestItem[];
	failures: RequestItem[];
	/** Newest first. */
	activity: ActivityItem[];
	today: TodayCounts;
	nextBriefing: number | null;
	/** Vault path of the newest briefing note, or null. */
	lastBriefing: string | null;
	timeZone: string;
	/** WhatsApp's queue, receiver and replies; null (or absent) when WhatsApp is not in use. */
	whatsapp?: WhatsappStatus | null;
	/** When the snapshot was taken. */
	at: number;
}

/** WhatsApp at a glance: what waits, whether a runner receives, and this week's replies. */
export interface WhatsappStatus {
	/** WhatsApp notes waiting in Needs_Action. */
	waiting: number;
	/** When the newest message arrived (its note or its log line), or null. */
	latestMessageAt: number | null;
	receiver: ReceiverState;
	/** Replies really sent (not previews) since Monday 00:00 in the owner's zone. */
	repliesThisWeek: number;
	/** Median time from the customer's message to the reply, over this week's replies that say when the customer wrote. */
	medianResponseMs: number | null;
}
