// The social bench's shared setup: the three loopback fakes, the social connector over real HTTP, and a real clock.
// Node's own timers: the bench runs in Node, which has no window.
import * as nodeTimers from "node:timers";
import { facebookConfigSchema } from "../../../src/connectors/facebook/config";
import { instagramConfigSchema } from "../../../src/connectors/instagram/config";
import { linkedinConfigSchema } from "../../../src/connectors/linkedin/config";
import { createSocialConnector } from "../../../src/connectors/social/connector";
import { xConfigSchema } from "../../../src/connectors/x/config";
import { createActionContext } from "../../../src/core/executor/action-context";
import type { ActionHandler } from "../../../src/core/executor/connector";
import type { Clock } from "../../../src/core/ports";
import { NodeHttpClient } from "../../../src/node/http";
import { routedHttp } from "../../../src/node/routes";
import { MapSecretStore } from "../../../tests/helpers/map-secret-store";
import { startLinkedinFake } from "../../../tests/fakes/linkedin/server";
import { startMetaFake } from "../../../tests/fakes/meta/server";
import { startXFake, X_KEYS } from "../../../tests/fakes/x/server";

export const realClock: Clock = {
	now: () => Date.now(),
	setTimeout: (fn, ms) => ({ id: nodeTimers.setTimeout(fn, ms) }),
	clearTimeout: (h) => nodeTimers.clearTimeout(h.id as NodeJS.Timeout),
	setInterval: (fn, ms) => ({ id: nodeTimers.setInterval(fn, ms) }),
	clearInterval: (h) => nodeTimers.clearInterval(h.id as NodeJS.Timeout),
};

export async function startSocialBench() {
	const [meta, x, linkedin] = await Promise.all([startMetaFake(), startXFake(), startLinkedinFake()]);
	meta.pollsUntilFinished = 0;
	const secrets = new MapSecretStore({
		"ai-employee-facebook-page-token": meta.token,
		"ai-employee-instagram-token": meta.token,
		"ai-employee-linkedin-token": linkedin.token,
		"ai-employee-x-api-key": X_KEYS.apiKey,
		"ai-employee-x-api-secret": X_KEYS.apiSecret,
		"ai-employee-x-access-token": X_KEYS.accessToken,
		"ai-employee-x-access-secret": X_KEYS.accessSecret,
	});
	const configs = {
		facebook: facebookConfigSchema.parse({ pageId: meta.pageId }),
		instagram: instagramConfigSchema.parse({ igUserId: meta.igUserId, pollIntervalMs: 100 }),
		x: xConfigSchema.parse({ userId: "2244994945", username: "acmecoffee" }),
		linkedin: linkedinConfigSchema.parse({ author: `urn:li:person:${linkedin.memberId}` }),
	};
	const connector = createSocialConnector({ facebook: () => configs.facebook, instagram: () => configs.instagram, x: () => configs.x, linkedin: () => configs.linkedin }, () => Date.now());
	const post = connector.handlers[0] as unknown as ActionHandler<unknown>;
	// The networks' built-in hosts reach the fakes through the test host's routing (no setting can redirect them).
	const http = routedHttp(new NodeHttpClient(), {
		"https://graph.facebook.com": meta.url,
		"https://graph.instagram.com": meta.url,
		"https://api.x.com": x.url,
		"https://api.linkedin.com": linkedin.url,
	});
	return {
		meta,
		x,
		linkedin,
		secrets,
		configs,
		http,
		post,
		ctx: () => createActionContext({ http, clock: realClock, secrets, dryRun: false, correlationId: "bench" }),
		close: () => Promise.all([meta.close(), x.close(), linkedin.close()]),
	};
}

/** The middle value (the figures' statistic, as in ../stats.mjs): it resists the odd garbage-collection pause. */
export function median(values: number[]): number {
	if (values.length === 0) throw new Error("median of nothing");
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
