// The words the status view, the status bar and the dashboard share, so all three say the same thing.
import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import type { WatcherState } from "../watchers/watcher";
import type { ConnectorStatus, StatusSnapshot } from "./types";

export const WATCHER_STATE_LABEL: Record<WatcherState, string> = {
	running: "Running",
	restarting: "Restarting",
	paused: "Paused",
	failed: "Failed",
	stopped: "Stopped",
	off: "Off",
};

/** A time for people: "09:14" today, "Mon 2 Mar 09:14" otherwise, in the owner's zone. */
export function formatWhen(ms: number | null, now: number, timeZone: string): string {
	if (ms === null) return "—";
	const at = new TZDate(ms, timeZone);
	const sameDay = format(at, "yyyy-MM-dd") === format(new TZDate(now, timeZone), "yyyy-MM-dd");
	return sameDay ? format(at, "HH:mm") : format(at, "EEE d MMM HH:mm");
}

export type ConnectorHealth = "working" | "paused" | "error" | "needs-setup" | "not-set-up" | "unused";

/**
 * "Working" only after a real call succeeded (a dry-run preview proves nothing about the account); a connector that
 * cannot work as set up (no credentials on this device) says so instead of claiming its last call failed.
 */
export function connectorHealth(c: ConnectorStatus): ConnectorHealth {
	if (!c.configured) return "not-set-up";
	if (c.paused) return "paused";
	if (c.problem) return "needs-setup";
	if (c.lastErrorAt !== null && (c.lastSuccess === null || c.lastErrorAt > c.lastSuccess)) return "error";
	if (c.lastSuccess === null) return "unused";
	return "working";
}

export const CONNECTOR_HEALTH_LABEL: Record<ConnectorHealth, string> = {
	working: "Working",
	paused: "Paused",
	error: "Last call failed",
	"needs-setup": "Needs setup",
	"not-set-up": "Not set up",
	unused: "Set up, not used yet",
};

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** The status bar's text, e.g. "AI Employee · 3 pending · dry run". */
export function statusBarText(s: Pick<StatusSnapshot, "pending" | "failures" | "dryRun" | "watchers">): string {
	const parts = ["AI Employee", `${s.pending.length} pending`];
	if (s.failures.length > 0) parts.push(`${s.failures.length} failed`);
	const broken = s.watchers.filter((w) => w.state === "failed" || w.state === "paused").length;
	if (broken > 0) parts.push(`${plural(broken, "watcher")} down`);
	parts.push(s.dryRun ? "dry run" : "live");
	return parts.join(" · ");
}
