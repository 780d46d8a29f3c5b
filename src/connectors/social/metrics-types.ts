// The shape of a week's social numbers, shared by every network's metrics reader and the weekly briefing.
import type { HttpRequest, HttpResponse } from "../../core/ports";
import type { Network } from "./networks";

export interface Period {
	/** Inclusive start, ms since epoch. */
	since: number;
	/** Exclusive end, ms since epoch. */
	until: number;
}

export interface PostMetrics {
	id: string;
	url: string;
	/** The first 120 characters of the text. */
	text: string;
	publishedAt: string;
	/** Whatever the access allows: reactions, comments, views, reach, likes, reposts… */
	metrics: Record<string, number>;
}

export interface NetworkMetrics {
	network: Network;
	/** False when the access level or permissions do not include reading posts or their numbers. */
	available: boolean;
	/** Why something is missing, in words for the briefing. */
	note?: string;
	posts: PostMetrics[];
	/** Sums over the posts, per metric. */
	totals: Record<string, number>;
	/** HTTP requests made, to keep the budget visible. */
	roundTrips: number;
	/** Set when the network could not be read at all (token, outage). */
	error?: { category: string; message: string; suggestion: string };
}

/** A retried read (the executor's read policy), counted. */
export type Reader = (req: HttpRequest) => Promise<HttpResponse>;

/** At most this many pages of 100 posts per network and week: bounded round trips even for a very busy account. */
export const MAX_PAGES = 5;

export function clip(s: string): string {
	const one = s.replace(/\s+/g, " ").trim();
	return one.length > 120 ? `${one.slice(0, 119)}…` : one;
}

export function sumMetrics(posts: PostMetrics[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const p of posts) for (const [k, v] of Object.entries(p.metrics)) out[k] = (out[k] ?? 0) + v;
	return out;
}
