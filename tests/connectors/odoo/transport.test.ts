// The Odoo client's host-side reads (Test connection, the weekly audit) and an action's reads follow the engine's one
// retry policy: a proxy in front of the fake Odoo throttles with 429/503 and Retry-After, and the client waits as asked.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OdooClient } from "../../../src/connectors/odoo/client";
import { readWeeklyAudit } from "../../../src/connectors/odoo/audit-reads";
import { startFakeOdoo, type FakeOdoo } from "../../fakes/odoo/server";
import { startThrottlingProxy, type ThrottlingProxy } from "../../fakes/throttle/server";
import { actionContext, configFor, fastClock, nodeHttp, SERVERS } from "./support";

describe.each(SERVERS)("$name behind a throttling proxy", ({ version, protocol }) => {
	let fake: FakeOdoo;
	let proxy: ThrottlingProxy;
	beforeEach(async () => {
		fake = await startFakeOdoo({ version });
		proxy = await startThrottlingProxy(fake.url);
	});
	afterEach(async () => {
		await proxy.close();
		await fake.stop();
	});
	const config = () => ({ ...configFor(fake, { protocol }), url: proxy.url });

	it("Test connection waits out a 429 with Retry-After: 3 and then reports the server", async () => {
		const clock = fastClock();
		proxy.throttle({ status: 429, retryAfter: "3", times: 1 });
		const report = await OdooClient.overHttp(config(), nodeHttp, clock).testConnection();
		expect(report).toMatchObject({ ok: true, protocol, serverVersion: `${version}.0` });
		expect(clock.waits).toEqual([3000]);
		expect(proxy.seen[0]?.answer).toBe(429);
	});

	it("the weekly audit waits out two 503s with Retry-After: 2 and reads the book", async () => {
		const clock = fastClock();
		const client = OdooClient.overHttp(config(), nodeHttp, clock);
		await client.uid();
		proxy.throttle({ status: 503, retryAfter: "2", times: 2 });
		const audit = await readWeeklyAudit(client, { today: "2025-03-31" });
		expect(clock.waits).toEqual([2000, 2000]);
		expect(audit.roundTrips).toBeGreaterThan(0);
	});

	it("Test connection gives up after 5 tries of 503 and says Odoo is unavailable", async () => {
		const clock = fastClock();
		proxy.throttle({ status: 503, retryAfter: "1", times: 99 });
		const report = await OdooClient.overHttp(config(), nodeHttp, clock).testConnection();
		expect(report).toMatchObject({ ok: false, category: "transient" });
		expect(report.ok === false && report.reason).toContain("HTTP 503");
		expect(proxy.seen).toHaveLength(5);
		expect(clock.waits).toEqual([1000, 1000, 1000, 1000]);
	});

	it("an approved action's reads wait out a 429 with Retry-After the same way", async () => {
		const clock = fastClock();
		const client = OdooClient.forAction(config(), actionContext({ clock }));
		await client.uid();
		proxy.throttle({ status: 429, retryAfter: "4", times: 1 });
		const rows = await client.read("res.partner", "search_read", { named: { domain: [], fields: ["name"] } });
		expect(Array.isArray(rows)).toBe(true);
		expect(clock.waits).toEqual([4000]);
	});
});
