// Connecting to Odoo: protocol choice, "Test connection", and how every kind of failure reaches the owner.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OdooClient } from "../../../src/connectors/odoo/client";
import { odooConfigFrom } from "../../../src/connectors/odoo/config";
import { type FakeOdoo, startFakeOdoo } from "../../fakes/odoo/server";
import { caught, configFor, fastClock, nodeHttp, SERVERS, secretsWith } from "./support";

describe.each(SERVERS)("$name", ({ version, protocol }) => {
	let fake: FakeOdoo;
	beforeEach(async () => {
		fake = await startFakeOdoo({ version });
	});
	afterEach(() => fake.stop());

	const client = (over: Parameters<typeof configFor>[1] = {}, clock = fastClock()) => OdooClient.overHttp(configFor(fake, { protocol, ...over }), nodeHttp, clock);

	it("Test connection reports the server version, database and user", async () => {
		const report = await client().testConnection();
		expect(report).toEqual({ ok: true, protocol, serverVersion: `${version}.0`, database: "odoo", uid: 2, user: { name: "Mitchell Admin", login: "admin@example.com" } });
	});

	it("auto logs in over XML-RPC, which Odoo 8–21 all speak: the login is the probe, no version request", async () => {
		const c = client({ protocol: "auto" });
		expect((await c.protocol()).name).toBe("xmlrpc");
		expect(fake.count("common.authenticate")).toBe(1);
		expect(fake.count("web.version") + fake.count("common.version")).toBe(0);
		expect((await c.version()).major).toBe(version);
	});

	it("a wrong API key is an auth error that says how to make a new key", async () => {
		const report = await client({ apiKey: "wrong" }).testConnection();
		expect(report).toMatchObject({ ok: false, category: "auth" });
		expect(report.ok === false && report.reason).toBe(
			"Odoo refused the API key for admin@example.com: create a new key in Odoo → Preferences → Account security, then paste it into the AI Employee settings",
		);
	});

	it("a database name Odoo does not have is a data error naming it", async () => {
		const report = await client({ database: "acme_prod" }).testConnection();
		expect(report).toMatchObject({ ok: false, category: "data" });
		expect(report.ok === false && report.reason).toContain('"acme_prod"');
	});

	it("a URL where nothing listens is transient, and provably never sent", async () => {
		const port = new URL(fake.url).port;
		await fake.stop();
		const err = await caught(() => client({ url: `http://127.0.0.1:${port}` }, fastClock()).read("res.partner", "search_read", { named: { domain: [], fields: ["name"] } }));
		expect(err).toMatchObject({ category: "transient", neverSent: true });
		expect(err.message).toContain("No answer from Odoo");
		fake = await startFakeOdoo({ version }); // afterEach stops it again
	});

	it("a web page instead of the API is a system error pointing at the URL setting", async () => {
		fake.inject({ kind: "html" }, { times: 10 });
		const report = await client().testConnection();
		expect(report).toMatchObject({ ok: false, category: "system" });
		expect(report.ok === false && report.suggestion).toContain("Check the Odoo URL");
	});

	it("reads are retried up to 5 times on 503, with growing waits, then give up as transient", async () => {
		const clock = fastClock();
		const c = client({}, clock);
		await c.uid(); // log in first, so only the read below meets the outage
		fake.inject({ kind: "status", status: 503 }, { times: 99, match: "res.partner.search_read" });
		const before = fake.requests.length;
		const err = await caught(() => c.read("res.partner", "search_read", { named: { domain: [], fields: ["name"] } }));
		expect(err).toMatchObject({ category: "transient" });
		expect(err.message).toContain("HTTP 503");
		expect(fake.requests.length - before).toBe(5);
		expect(clock.waits).toHaveLength(4);
		// Equal jitter: each wait lies between half and all of its doubling step (500, 1000, 2000, 4000 ms).
		clock.waits.forEach((w, i) => {
			expect(w).toBeGreaterThanOrEqual(250 * 2 ** i);
			expect(w).toBeLessThanOrEqual(500 * 2 ** i);
		});
	});

	it("a read that meets two 503s and a dropped connection still succeeds", async () => {
		const c = client();
		await c.uid();
		fake.inject({ kind: "status", status: 503 }, { times: 2, match: "res.partner.search_read" });
		fake.inject({ kind: "destroy" }, { times: 1, match: "res.partner.search_read" });
		const rows = await c.read("res.partner", "search_read", { named: { domain: [["id", "=", 1]], fields: ["name"] } });
		expect(rows).toEqual([{ id: 1, name: "My Company" }]);
	});

	it("a server that answers too slowly is transient", async () => {
		const c = client({ timeoutMs: 100 });
		await c.uid();
		fake.inject({ kind: "delay", ms: 400 }, { times: 5, match: "res.partner.search_read" });
		const err = await caught(() => c.read("res.partner", "search_read", { named: { domain: [], fields: ["name"] } }));
		expect(err).toMatchObject({ category: "transient" });
	});

	it("a right the Odoo user lacks is an auth error naming the user and what to grant", async () => {
		fake.denied.add("account.move.create");
		const err = await caught(() => client().write("account.move", "create", { named: { vals_list: [{ move_type: "out_invoice" }] } }, () => [-1]));
		expect(err).toMatchObject({ category: "auth" });
		expect(err.message).toMatch(/^Odoo user admin@example.com may not create account.move: You are not allowed to create 'Journal Entry' \(account.move\) records\./);
		expect(err.suggestion).toContain("Settings → Users");
	});

	it("a model the database does not have (Invoicing not installed) is a system error, not a refused request", async () => {
		// Odoo 17 answers XML-RPC with fault 2 "Object account.move doesn't exist", the fault code of a UserError.
		const err = await caught(() => client().read("account.asset", "search_read", { named: { domain: [], fields: ["name"] } }));
		expect(err).toMatchObject({ category: "system" });
		expect(err.message).toContain("account.asset");
		expect(err.message).toContain("is the Invoicing app installed?");
	});

	it("writes are sent once even when the answer is a 503", async () => {
		const c = client();
		await c.uid();
		fake.inject({ kind: "status", status: 503 }, { times: 5, match: "res.partner.create" });
		const err = await caught(() => c.write("res.partner", "create", { named: { vals_list: [{ name: "Once" }] } }, () => [-1]));
		expect(err).toMatchObject({ category: "transient", neverSent: false });
		expect(fake.requests.filter((r) => r.call === "res.partner.create")).toHaveLength(1);
	});
});

describe("protocol choice", () => {
	it("auto reads Odoo 17's version over XML-RPC when asked (Odoo 16–18 have no /web/version)", async () => {
		const fake = await startFakeOdoo({ version: 17 });
		try {
			const c = OdooClient.overHttp(configFor(fake), nodeHttp, fastClock());
			expect((await c.protocol()).name).toBe("xmlrpc");
			expect((await c.version()).major).toBe(17);
			expect(fake.count("common.version")).toBe(1);
			expect(fake.count("web.version")).toBe(0);
		} finally {
			await fake.stop();
		}
	});

	it("auto uses JSON-2 on a server whose XML-RPC is gone (Odoo 22 and later, Odoo Online from 21.1)", async () => {
		const fake = await startFakeOdoo({ version: 19, xmlrpc: false });
		try {
			const report = await OdooClient.overHttp(configFor(fake), nodeHttp, fastClock()).testConnection();
			expect(report).toMatchObject({ ok: true, protocol: "json2", serverVersion: "19.0", uid: 2 });
			expect(fake.requests.filter((r) => r.call === "xmlrpc.gone")).toHaveLength(1);
		} finally {
			await fake.stop();
		}
	});

	it("JSON-2 against Odoo 17 says the server is too old or the database is wrong", async () => {
		const fake = await startFakeOdoo({ version: 17 });
		try {
			const report = await OdooClient.overHttp(configFor(fake, { protocol: "json2" }), nodeHttp, fastClock()).testConnection();
			expect(report).toMatchObject({ ok: false });
		} finally {
			await fake.stop();
		}
	});

	it("auto does not guess JSON-2 when the probe itself meets an outage", async () => {
		const fake = await startFakeOdoo({ version: 19 });
		try {
			fake.inject({ kind: "status", status: 502 }, { times: 5, match: "common.authenticate" });
			const err = await caught(() => OdooClient.overHttp(configFor(fake), nodeHttp, fastClock()).protocol());
			expect(err).toMatchObject({ category: "transient" });
			expect(fake.requests.filter((r) => r.path.startsWith("/json/2/"))).toHaveLength(0);
		} finally {
			await fake.stop();
		}
	});

	it("XML-RPC still works on Odoo 19", async () => {
		const fake = await startFakeOdoo({ version: 19 });
		try {
			const report = await OdooClient.overHttp(configFor(fake, { protocol: "xmlrpc" }), nodeHttp, fastClock()).testConnection();
			expect(report).toMatchObject({ ok: true, protocol: "xmlrpc", serverVersion: "19.0" });
		} finally {
			await fake.stop();
		}
	});
});

describe("settings", () => {
	it("a missing API key is an auth error naming the secret's environment variable", () => {
		expect(() => odooConfigFrom({ url: "https://x.odoo.com", database: "x", login: "me@x.com", protocol: "auto", timeoutSeconds: 30 }, secretsWith(null))).toThrow(/No Odoo API key for me@x.com/);
	});
	it("missing URL, database or login are named", () => {
		expect(() => odooConfigFrom({ url: "", database: "", login: "me", protocol: "auto", timeoutSeconds: 30 }, secretsWith("k"))).toThrow("Odoo is not set up: url, database missing");
	});
});
