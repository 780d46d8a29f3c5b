// Test world for the social connector: the three wire fakes, real HTTP, the executor's own action context, a fake clock.
import { createActionContext, type RecordingContext } from "../../../src/core/executor/action-context";
import type { ActionHandler, ActionResult } from "../../../src/core/executor/connector";
import { CategorizedError } from "../../../src/core/util/errors";
import { NodeHttpClient } from "../../../src/node/http";
import { facebookConfigSchema, FACEBOOK_TOKEN_SECRET, type FacebookConfig } from "../../../src/connectors/facebook/config";
import { instagramConfigSchema, INSTAGRAM_TOKEN_SECRET, type InstagramConfig } from "../../../src/connectors/instagram/config";
import { linkedinConfigSchema, LINKEDIN_TOKEN_SECRET, type LinkedinConfig } from "../../../src/connectors/linkedin/config";
import { X_SECRETS, xConfigSchema, type XConfig } from "../../../src/connectors/x/config";
import { createSocialConnector } from "../../../src/connectors/social/connector";
import { FakeClock, MapSecretStore, flushMicrotasks, socialRoutes } from "../../helpers";
import { routedHttp } from "../../../src/node/routes";
import type { HttpClient } from "../../../src/core/ports";
import { startMetaFake, type MetaFake } from "../../fakes/meta/server";
import { startXFake, X_KEYS, type XFake } from "../../fakes/x/server";
import { startLinkedinFake, type LinkedinFake } from "../../fakes/linkedin/server";

export const NOW = "2026-11-26T09:00:00Z";

export interface SocialWorld {
	meta: MetaFake;
	x: XFake;
	linkedin: LinkedinFake;
	clock: FakeClock;
	secrets: MapSecretStore;
	http: HttpClient;
	configs: { facebook: FacebookConfig; instagram: InstagramConfig; x: XConfig; linkedin: LinkedinConfig };
	post: ActionHandler<unknown>;
	reply: ActionHandler<unknown>;
	/** Validates params like the executor does, then runs the handler on a fresh context (advancing the fake clock while it waits). */
	run(action: "social.post" | "social.reply", params: Record<string, unknown>, opts?: { dryRun?: boolean }): Promise<Outcome>;
	close(): Promise<void>;
}

export type Outcome = { ok: true; result: ActionResult; ctx: RecordingContext } | { ok: false; error: CategorizedError; ctx: RecordingContext };

export async function socialWorld(opts: { xAuth?: "oauth1" | "oauth2" } = {}): Promise<SocialWorld> {
	const [meta, x, linkedin] = await Promise.all([startMetaFake(), startXFake(), startLinkedinFake()]);
	const clock = new FakeClock(NOW);
	const secrets = new MapSecretStore({
		[FACEBOOK_TOKEN_SECRET]: meta.token,
		[INSTAGRAM_TOKEN_SECRET]: meta.token,
		[LINKEDIN_TOKEN_SECRET]: linkedin.token,
		[X_SECRETS.apiKey]: X_KEYS.apiKey,
		[X_SECRETS.apiSecret]: X_KEYS.apiSecret,
		[X_SECRETS.accessToken]: X_KEYS.accessToken,
		[X_SECRETS.accessSecret]: X_KEYS.accessSecret,
		[X_SECRETS.userToken]: X_KEYS.userToken,
	});
	const configs = {
		facebook: facebookConfigSchema.parse({ pageId: meta.pageId, pageName: "Acme Coffee" }),
		instagram: instagramConfigSchema.parse({ igUserId: meta.igUserId, username: "@acme.coffee", pollIntervalMs: 2_000, maxWaitMs: 60_000 }),
		x: xConfigSchema.parse({ username: "@acmecoffee", userId: "2244994945", auth: opts.xAuth ?? "oauth1" }),
		linkedin: linkedinConfigSchema.parse({ author: `urn:li:person:${linkedin.memberId}`, authorName: "Ada Owner" }),
	};
	const connector = createSocialConnector(
		{ facebook: () => configs.facebook, instagram: () => configs.instagram, x: () => configs.x, linkedin: () => configs.linkedin },
		() => clock.now(),
	);
	const [post, reply] = connector.handlers as unknown as ActionHandler<unknown>[];
	const http = routedHttp(new NodeHttpClient(), socialRoutes({ meta: meta.url, x: x.url, linkedin: linkedin.url }));
	return {
		meta,
		x,
		linkedin,
		clock,
		secrets,
		http,
		configs,
		post: post!,
		reply: reply!,
		async run(action, params, o = {}) {
			const handler = action === "social.post" ? post! : reply!;
			const parsed = handler.params.safeParse(params);
			if (!parsed.success) throw new Error(`params refused: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
			const ctx = createActionContext({ http, clock, secrets, dryRun: o.dryRun ?? false, correlationId: "test", baseBackoffMs: 10 });
			let settled = false;
			// Settled into a value at once, so a failure is never an unhandled rejection while the clock is moved.
			const p = handler.execute(parsed.data, ctx).then(
				(result): Outcome => ({ ok: true, result, ctx }),
				(err: unknown): Outcome => {
					if (!(err instanceof CategorizedError)) throw err;
					return { ok: false, error: err, ctx };
				},
			);
			void p.finally(() => (settled = true)).catch(() => undefined);
			// The handler waits on the fake clock (Instagram polling, read backoff): move time until it is done.
			for (let i = 0; i < 500 && !settled; i++) {
				await new Promise((r) => setTimeout(r, 1));
				await clock.advanceAsync(250);
				await flushMicrotasks();
			}
			return p;
		},
		close: async () => {
			await Promise.all([meta.close(), x.close(), linkedin.close()]);
		},
	};
}

/** The issues the params schema reports, as "path: message" lines. */
export function issues(handler: ActionHandler<unknown>, params: Record<string, unknown>): string[] {
	const r = handler.params.safeParse(params);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
