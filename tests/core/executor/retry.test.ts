// The one retry policy, as a handler's context applies it: a throttling proxy on 127.0.0.1 answers 429/503 with
// Retry-After in front of the fake Odoo; reads wait as asked (at most 5 tries), writes are never retried on an answer.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActionContext } from "../../../src/core/executor/action-context";
import { backoffMs } from "../../../src/core/executor/retry";
import { MapSecretStore } from "../../helpers";
import { startFakeOdoo, type FakeOdoo } from "../../fakes/odoo/server";
import { startThrottlingProxy, type ThrottlingProxy } from "../../fakes/throttle/server";
import { fastClock, nodeHttp } from "../../connectors/odoo/support";

let odoo: FakeOdoo;
let proxy: ThrottlingProxy;
beforeEach(async () => {
	odoo = await startFakeOdoo({ version: 19 });
	proxy = await startThrottlingProxy(odoo.url);
});
afterEach(async () => {
	await proxy.close();
	await odoo.stop();
});

const context = (clock = fastClock()) => ({ clock, ctx: createActionContext({ http: nodeHttp, clock, secrets: new MapSecretStore(), dryRun: false, correlationId: "retry-test" }) });
const version = () => ({ url: `${proxy.url}/web/version`, method: "GET" });

describe("reads under the one retry policy", () => {
	it("a 429 with Retry-After: 7 waits seven seconds, then the read goes through", async () => {
		const { clock, ctx } = context();
		proxy.throttle({ status: 429, retryAfter: "7", times: 1 });
		const res = await ctx.read(version());
		expect(res.status).toBe(200);
		expect(clock.waits).toEqual([7000]);
		expect(proxy.seen.map((s) => s.answer)).toEqual([429, "passed"]);
	});

	it("a 503 with Retry-After as an HTTP date waits until that time", async () => {
		const { clock, ctx } = context();
		proxy.throttle({ status: 503, retryAfter: new Date(Date.now() + 5000).toUTCString(), times: 1 });
		expect((await ctx.read(version())).status).toBe(200);
		expect(clock.waits).toHaveLength(1);
		expect(clock.waits[0]).toBeGreaterThan(3000);
		expect(clock.waits[0]).toBeLessThanOrEqual(5000);
	});

	it("a Retry-After of an hour is capped at a minute", async () => {
		const { clock, ctx } = context();
		proxy.throttle({ status: 429, retryAfter: "3600", times: 1 });
		expect((await ctx.read(version())).status).toBe(200);
		expect(clock.waits).toEqual([60_000]);
	});

	it("gives up after 5 tries and returns the last answer, with growing waits where none is asked for", async () => {
		const { clock, ctx } = context();
		proxy.throttle({ status: 503, times: 99 });
		const res = await ctx.read(version());
		expect(res.status).toBe(503);
		expect(proxy.seen).toHaveLength(5);
		expect(clock.waits).toHaveLength(4);
		// Equal jitter: each wait lies between half and all of its doubling step (500, 1000, 2000, 4000 ms).
		clock.waits.forEach((w, i) => {
			expect(w).toBeGreaterThanOrEqual(250 * 2 ** i);
			expect(w).toBeLessThanOrEqual(500 * 2 ** i);
		});
	});
});

describe("writes under the one retry policy", () => {
	it("a write answered 503 with Retry-After is not sent again: the service may have acted on it", async () => {
		const { clock, ctx } = context();
		proxy.throttle({ status: 503, retryAfter: "1", times: 99 });
		const res = await ctx.write(version(), () => ({ status: 200, headers: {}, text: "" }));
		expect(res.status).toBe(503);
		expect(proxy.seen).toHaveLength(1);
		expect(clock.waits).toEqual([]);
	});

	it("a write refused before it left (nothing listening) is tried again, at most 5 times", async () => {
		const { clock, ctx } = context();
		const closed = proxy.url;
		await proxy.close();
		const err = await ctx.write({ url: `${closed}/web/version`, method: "POST", body: "{}" }, () => ({ status: 200, headers: {}, text: "" })).catch((e: unknown) => e as Error & { neverSent?: boolean });
		expect(err).toMatchObject({ category: "transient", neverSent: true });
		expect(clock.waits).toHaveLength(4);
		proxy = await startThrottlingProxy(odoo.url);
	});
});

describe("the backoff step", () => {
	it("doubles from half a second up to its cap, with jitter between half and all of the step", () => {
		expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, { random: () => 0 }))).toEqual([250, 500, 1000, 2000, 4000, 4000]);
		expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, { random: () => 0.999999 }))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
	});
});
