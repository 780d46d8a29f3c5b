// A Notifier in front of the host's: the owner's per-kind switches, and a burst of notices of one kind becomes one.
import type { Clock, NoticeKind, Notifier, TimerHandle } from "../ports";

export interface NotificationSwitches {
	approvals: boolean;
	failures: boolean;
	auth: boolean;
}

export interface RateLimitOptions {
	/** Notices of one kind arriving within this window of the first are shown together (default 1.5 s). */
	gatherMs?: number;
	/** After a notice of a kind, the next of that kind waits at least this long; what arrives meanwhile is gathered (default 20 s). */
	minGapMs?: number;
	/** Pass every notice on at once, in full, whatever the switches (the headless runner, whose output is a log). */
	immediate?: boolean;
}

interface Bucket {
	messages: string[];
	timer: TimerHandle | null;
	lastShown: number | null;
}

const GATED: Record<Exclude<NoticeKind, "info">, keyof NotificationSwitches> = { approval: "approvals", failure: "failures", auth: "auth" };

/** Words for a summary of several notices of one kind. */
function summary(kind: Exclude<NoticeKind, "info">, messages: string[]): string {
	const n = messages.length;
	const latest = messages[n - 1]!.replace(/^AI Employee:\s*/, "");
	switch (kind) {
		case "approval":
			return `AI Employee: ${n} requests wait for your approval. Latest: ${latest} Open the status view to see them all.`;
		case "failure":
			return `AI Employee: ${n} things went wrong. Latest: ${latest} Open the status view for the rest.`;
		case "auth":
			return `AI Employee: ${n} sign-in problems. Latest: ${latest} Open the status view for the rest.`;
	}
}

export class RateLimitedNotifier implements Notifier {
	private readonly buckets = new Map<NoticeKind, Bucket>();
	private readonly gatherMs: number;
	private readonly minGapMs: number;
	private readonly immediate: boolean;

	constructor(
		private readonly target: Notifier,
		private readonly clock: Clock,
		private readonly switches: () => NotificationSwitches,
		options: RateLimitOptions = {},
	) {
		this.gatherMs = options.gatherMs ?? 1_500;
		this.minGapMs = options.minGapMs ?? 20_000;
		this.immediate = options.immediate ?? false;
	}

	notify(message: string, kind: NoticeKind = "info"): void {
		// Answers to the owner's own clicks and commands are never held back or switched off.
		if (kind === "info" || this.immediate) {
			this.target.notify(message, kind);
			return;
		}
		if (!this.switches()[GATED[kind]]) return;
		let bucket = this.buckets.get(kind);
		if (!bucket) {
			bucket = { messages: [], timer: null, lastShown: null };
			this.buckets.set(kind, bucket);
		}
		bucket.messages.push(message);
		if (bucket.timer) return;
		const now = this.clock.now();
		const gapLeft = bucket.lastShown === null ? 0 : bucket.lastShown + this.minGapMs - now;
		const b = bucket;
		bucket.timer = this.clock.setTimeout(() => this.flush(kind, b), Math.max(this.gatherMs, gapLeft));
	}

	/** Number of notices waiting to be shown. */
	get held(): number {
		let n = 0;
		for (const b of this.buckets.values()) n += b.messages.length;
		return n;
	}

	/** Shows what is held now (e.g. before the app quits, or the headless one-shot pass ends). */
	flushAll(): void {
		for (const [kind, b] of this.buckets) this.flush(kind, b);
	}

	/** Drops what is held and cancels the timers: called on unload so nothing is left scheduled. */
	dispose(): void {
		for (const b of this.buckets.values()) {
			if (b.timer) this.clock.clearTimeout(b.timer);
			b.timer = null;
			b.messages = [];
		}
	}

	private flush(kind: NoticeKind, b: Bucket): void {
		if (b.timer) this.clock.clearTimeout(b.timer);
		b.timer = null;
		const messages = b.messages;
		b.messages = [];
		if (messages.length === 0 || kind === "info") return;
		// A switch turned off while notices waited: the owner asked for silence.
		if (!this.switches()[GATED[kind]]) return;
		b.lastShown = this.clock.now();
		this.target.notify(messages.length === 1 ? messages[0]! : summary(kind, messages), kind);
	}
}
