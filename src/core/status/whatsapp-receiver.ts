// The runner's WhatsApp heartbeat: a small file the runner rewrites every minute while its webhook endpoint is open,
// so the app (which cannot receive webhooks) can say whether anyone is receiving. It is vault data anyone may write:
// it only informs what the status view and the dashboard say, never what runs.
import * as z from "zod/mini";
import type { Layout } from "../layout/folders";
import { joinPath } from "../util/paths";

/** How often the runner rewrites the heartbeat. */
export const HEARTBEAT_EVERY_MS = 60_000;
/** A heartbeat older than this belongs to a runner that is gone (three missed beats). */
export const HEARTBEAT_STALE_MS = 3 * HEARTBEAT_EVERY_MS;
/** A heartbeat this far in the future is not believed (a wrong clock, or a hand-written file). */
const FUTURE_SLACK_MS = 5 * 60_000;

export function heartbeatPathFor(layout: Layout): string {
	return joinPath(layout.stateFolder, "whatsapp-receiver.json");
}

const instant = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), "must be a date and time"));
const record = z.object({
	pid: z.optional(z.number()),
	started: instant,
	heartbeat: instant,
	/** When the endpoint last accepted a signed delivery. */
	last_delivery: z.optional(z.nullable(instant)),
	/** Set when the runner closed the endpoint. */
	stopped: z.optional(z.nullable(instant)),
});
export type HeartbeatRecord = z.infer<typeof record>;

/** The heartbeat file's text as a record, or null when it is missing or not one (then nobody is known to receive). */
export function parseHeartbeat(text: string | null): HeartbeatRecord | null {
	if (text === null) return null;
	try {
		const r = record.safeParse(JSON.parse(text));
		return r.success ? r.data : null;
	} catch {
		return null;
	}
}

export type ReceiverState =
	| { kind: "receiving"; seenAt: number; lastDelivery: number | null }
	/** The runner said it stopped, or its heartbeat went stale. */
	| { kind: "gone"; seenAt: number; stopped: boolean }
	| { kind: "none" };

export function receiverState(r: HeartbeatRecord | null, now: number): ReceiverState {
	if (!r) return { kind: "none" };
	const seen = Date.parse(r.heartbeat);
	if (seen > now + FUTURE_SLACK_MS) return { kind: "none" };
	const seenAt = Math.min(seen, now);
	if (r.stopped) return { kind: "gone", seenAt: Math.min(Date.parse(r.stopped), now), stopped: true };
	if (now - seenAt > HEARTBEAT_STALE_MS) return { kind: "gone", seenAt, stopped: false };
	const delivered = r.last_delivery ? Math.min(Date.parse(r.last_delivery), now) : null;
	return { kind: "receiving", seenAt, lastDelivery: delivered };
}

/** "just now", "1 min ago", "12 min ago", "3 h ago". */
export function ago(ms: number, now: number): string {
	const minutes = Math.floor(Math.max(0, now - ms) / 60_000);
	if (minutes < 1) return "just now";
	if (minutes < 120) return `${minutes} min ago`;
	return `${Math.floor(minutes / 60)} h ago`;
}

export const NOT_RECEIVING = "No runner receiving: replies can still be sent; start the runner with --webhook-port";

/** The receiver in one line for the status view: "Receiving (runner seen 2 min ago)" or why not and what to do. */
export function receiverLine(state: ReceiverState, now: number, when: (ms: number) => string): string {
	if (state.kind === "receiving") return `Receiving (runner seen ${ago(state.seenAt, now)})`;
	if (state.kind === "gone") return `${NOT_RECEIVING} (the runner ${state.stopped ? "stopped" : "was last seen"} ${when(state.seenAt)}).`;
	return `${NOT_RECEIVING}.`;
}
