// The weekly social summary: each connected network's posts in the period with the engagement its access allows.
import { createActionContext } from "../../core/executor/action-context";
import type { Clock, HttpClient, SecretStore } from "../../core/ports";
import { CategorizedError, messageOf } from "../../core/util/errors";
import type { FacebookConfig } from "../facebook/config";
import { facebookMetrics } from "../facebook/metrics";
import type { InstagramConfig } from "../instagram/config";
import { instagramMetrics } from "../instagram/metrics";
import type { LinkedinConfig } from "../linkedin/config";
import { linkedinMetrics } from "../linkedin/metrics";
import type { XConfig } from "../x/config";
import { xMetrics } from "../x/metrics";
import type { NetworkMetrics, Period, Reader } from "./metrics-types";
import type { Network } from "./networks";

export type { NetworkMetrics, Period, PostMetrics } from "./metrics-types";

export interface MetricsDeps {
	http: HttpClient;
	clock: Clock;
	secrets: SecretStore;
}

export interface SocialMetricsConfigs {
	facebook?: FacebookConfig | null;
	instagram?: InstagramConfig | null;
	x?: XConfig | null;
	linkedin?: LinkedinConfig | null;
}

/** The seven days before `end` (exclusive). */
export function weekEnding(end: number): Period {
	return { since: end - 7 * 86_400_000, until: end };
}

/**
 * Reads every network set up, in parallel; one network failing (expired token, outage) is reported in its own entry
 * and never hides the others.
 */
export async function weeklySocialMetrics(deps: MetricsDeps, configs: SocialMetricsConfigs, period: Period): Promise<NetworkMetrics[]> {
	// Reads retry transient faults with the executor's policy (at most 5 tries, backoff on the host clock).
	const ctx = createActionContext({ http: deps.http, clock: deps.clock, secrets: deps.secrets, dryRun: false, correlationId: "social-metrics" });
	const read: Reader = (req) => ctx.read(req);
	const now = deps.clock.now();
	const jobs: [Network, () => Promise<NetworkMetrics>][] = [];
	if (configs.facebook) jobs.push(["facebook", () => facebookMetrics(read, configs.facebook!, deps.secrets, period, now)]);
	if (configs.instagram) jobs.push(["instagram", () => instagramMetrics(read, configs.instagram!, deps.secrets, period, now)]);
	if (configs.x) jobs.push(["x", () => xMetrics(read, configs.x!, deps.secrets, period, now)]);
	if (configs.linkedin) jobs.push(["linkedin", () => linkedinMetrics(read, configs.linkedin!, deps.secrets, period, now)]);
	return Promise.all(
		jobs.map(async ([network, run]) => {
			try {
				return await run();
			} catch (err) {
				const e = err instanceof CategorizedError ? err : new CategorizedError("transient", messageOf(err), "Try again later.");
				return { network, available: false, posts: [], totals: {}, roundTrips: 0, error: { category: e.category, message: e.message, suggestion: e.suggestion } };
			}
		}),
	);
}
