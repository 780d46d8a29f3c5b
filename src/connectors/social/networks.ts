// The four networks and what each one allows: text length, media, how far ahead a post may be scheduled.

export const NETWORKS = ["facebook", "instagram", "x", "linkedin"] as const;
export type Network = (typeof NETWORKS)[number];

const DAY = 86_400_000;

export interface NetworkRules {
	/** Name as the owner reads it. */
	label: string;
	/** Longest text, in the network's own counting (X weighs it, the others count characters). */
	maxText: number;
	/** How the length is counted, for messages. */
	counting: "weighted" | "characters";
	/** The network refuses a post without an image or video. */
	needsMedia: boolean;
	/** Images per post this connector can publish (0: images are refused with a reason). */
	maxImages: number;
	/** The connector can attach a link as a link (not just as text). */
	links: boolean;
	/** A video (reel) can be published. */
	video: boolean;
	/** Follow-up posts in a thread. */
	threads: boolean;
	/** The furthest ahead `publish_at` may lie. */
	scheduleWindowMs: number;
	/** Shown when a scheduled time is too far ahead. */
	scheduleWindowLabel: string;
	/** Longest reply. */
	maxReply: number;
}

/**
 * Windows: Facebook's own scheduler takes at most 30 days (Graph `scheduled_publish_time`), and Instagram's goes through
 * the same Meta tools, so both keep to 30 days. X and LinkedIn have no scheduling API at all; the executor holds the
 * request until it is due, and 90 days is our limit there because a date further out is almost always a typo in the year.
 */
export const RULES: Record<Network, NetworkRules> = {
	facebook: {
		label: "Facebook",
		maxText: 63_206,
		counting: "characters",
		needsMedia: false,
		maxImages: 1,
		links: true,
		video: false,
		threads: false,
		scheduleWindowMs: 30 * DAY,
		scheduleWindowLabel: "30 days",
		maxReply: 8_000,
	},
	instagram: {
		label: "Instagram",
		maxText: 2_200,
		counting: "characters",
		needsMedia: true,
		maxImages: 10,
		links: false,
		video: true,
		threads: false,
		scheduleWindowMs: 30 * DAY,
		scheduleWindowLabel: "30 days",
		maxReply: 2_200,
	},
	x: {
		label: "X",
		maxText: 280,
		counting: "weighted",
		needsMedia: false,
		maxImages: 0,
		links: true,
		video: false,
		threads: true,
		scheduleWindowMs: 90 * DAY,
		scheduleWindowLabel: "90 days",
		maxReply: 280,
	},
	linkedin: {
		label: "LinkedIn",
		maxText: 3_000,
		counting: "characters",
		needsMedia: false,
		maxImages: 0,
		links: true,
		video: false,
		threads: false,
		scheduleWindowMs: 90 * DAY,
		scheduleWindowLabel: "90 days",
		maxReply: 1_250,
	},
};

/**
 * A scheduled time may have passed by this much and still be published (the executor's sweep runs at most hourly);
 * a post that missed its time by more is refused, so a "Good morning" post does not go out in the evening.
 */
export const LATE_GRACE_MS = 2 * 3_600_000;
