// The fake Odoo itself speaks like Odoo: checked with an independent XML-RPC codec, raw JSON-RPC and raw JSON-2.
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import Deserializer from "xmlrpc/lib/deserializer.js";
import { serializeMethodCall } from "xmlrpc/lib/serializer.js";
import { matches } from "./domain";
import { type FakeOdoo, startFakeOdoo } from "./server";

let fake: FakeOdoo | null = null;
afterEach(async () => {
	await fake?.stop();
	fake = null;
});

async function xmlrpc(url: string, method: string, params: unknown[]): Promise<{ fault?: { faultCode: number; faultString: string }; value?: unknown }> {
	const res = await fetch(url, { method: "POST", headers: { "Content-Type": "text/xml" }, body: serializeMethodCall(method, params) });
	const text = await res.text();
	return new Promise((resolve) =>
		new Deserializer().deserializeMethodResponse(Readable.from([text]), (err: (Error & { faultCode?: number; faultString?: string }) | null, value) => {
			resolve(err ? { fault: { faultCode: err.faultCode ?? 0, faultString: err.faultString ?? err.message } } : { value });
		}),
	);
}

describe("fake Odoo", () => {
	it("XML-RPC: authenticate answers false on a bad key, and execute_kw faults carry Odoo's codes", async () => {
		fake = await startFakeOdoo({ version: 17 });
		const common = `${fake.url}/xmlrpc/2/common`;
		const object = `${fake.url}/xmlrpc/2/object`;
		expect((await xmlrpc(common, "authenticate", ["odoo", "admin@example.com", "nope", {}])).value).toBe(false);
		expect((await xmlrpc(common, "authenticate", ["odoo", "admin@example.com", "test-api-key", {}])).value).toBe(2);
		expect((await xmlrpc(object, "execute_kw", ["odoo", 2, "nope", "res.partner", "search", [[]]])).fault).toEqual({ faultCode: 3, faultString: "Access Denied" });
		const missing = await xmlrpc(object, "execute_kw", ["odoo", 2, "test-api-key", "no.such.model", "search", [[]]]);
		expect(missing.fault?.faultCode).toBe(1);
		expect(missing.fault?.faultString).toMatch(/^Traceback/);
		const single = await xmlrpc(object, "execute_kw", ["odoo", 2, "test-api-key", "res.partner", "create", [{ name: "Solo" }]]);
		expect(typeof single.value).toBe("number");
		const posted = await xmlrpc(object, "execute_kw", ["odoo", 2, "test-api-key", "account.move", "action_post", [[999]]]);
		expect(posted.fault?.faultCode).toBe(2);
	});

	it("JSON-RPC: errors come with HTTP 200 and the exception name in error.data", async () => {
		fake = await startFakeOdoo({ version: 17 });
		const res = await fetch(`${fake.url}/jsonrpc`, {
			method: "POST",
			headers: { "Content-Type": "application/json" },
			body: JSON.stringify({ jsonrpc: "2.0", method: "call", id: 1, params: { service: "object", method: "execute_kw", args: ["odoo", 2, "bad", "res.partner", "search", [[]]] } }),
		});
		expect(res.status).toBe(200);
		const body = (await res.json()) as { error: { code: number; message: string; data: { name: string; message: string } } };
		expect(body.error).toMatchObject({ code: 200, message: "Odoo Server Error", data: { name: "odoo.exceptions.AccessDenied", message: "Access Denied" } });
	});

	it("JSON-2: 401 Invalid apikey, 422 for UserError, 404 for an unknown method, bare results on success", async () => {
		fake = await startFakeOdoo({ version: 19 });
		const call = (path: string, body: unknown, key = "test-api-key") =>
			fetch(`${fake?.url}/json/2/${path}`, { method: "POST", headers: { Authorization: `bearer ${key}`, "Content-Type": "application/json", "X-Odoo-Database": "odoo" }, body: JSON.stringify(body) });
		const unauthorized = await call("res.partner/search", { domain: [] }, "wrong");
		expect(unauthorized.status).toBe(401);
		expect(await unauthorized.json()).toMatchObject({ name: "werkzeug.exceptions.Unauthorized", message: "Invalid apikey", arguments: ["Invalid apikey"], context: {} });
		const created = await call("res.partner/create", { vals_list: [{ name: "A" }, { name: "B" }] });
		expect(await created.json()).toHaveLength(2);
		const userError = await call("account.move/action_post", { ids: [424242] });
		expect(userError.status).toBe(422);
		expect(((await userError.json()) as { name: string }).name).toBe("odoo.exceptions.MissingError");
		expect((await call("res.partner/fly", {})).status).toBe(404);
		const version = await fetch(`${fake.url}/web/version`);
		expect(await version.json()).toEqual({ version_info: [19, 0, 0, "final", 0, ""], version: "19.0" });
	});

	it("domains: prefix operators, implicit AND and the comparison operators", () => {
		const rec = { id: 1, name: "Acme 50%_off", state: "posted", amount: 10, partner_id: 3, due: "2025-01-31" };
		expect(matches(rec, [["state", "=", "posted"], ["amount", ">", 5]])).toBe(true);
		expect(matches(rec, ["|", ["state", "=", "draft"], ["amount", "<=", 10]])).toBe(true);
		expect(matches(rec, ["&", ["state", "=", "draft"], ["amount", "<=", 10]])).toBe(false);
		expect(matches(rec, ["!", ["partner_id", "in", [1, 2]]])).toBe(true);
		expect(matches(rec, [["partner_id", "not in", [3]]])).toBe(false);
		expect(matches(rec, [["name", "ilike", "50%"]])).toBe(true);
		expect(matches(rec, [["name", "=ilike", "acme 50\\%\\_off"]])).toBe(true);
		expect(matches(rec, [["name", "=ilike", "acme"]])).toBe(false);
		expect(matches(rec, [["due", "<", "2025-02-01"], ["due", ">=", "2025-01-31"], ["state", "!=", "cancel"]])).toBe(true);
		expect(matches(rec, [[1, "=", 1]])).toBe(true);
	});
});
