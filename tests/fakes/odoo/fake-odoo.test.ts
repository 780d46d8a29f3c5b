// The fake Odoo itself speaks like Odoo: checked with an independent XML-RPC codec, raw JSON-RPC and raw JSON-2.
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import Deserializer from "xmlrpc/lib/deserializer.js";
import { serializeMethodCall } from "xmlrpc/lib/serializer.js";
import { matches } from "./domain";
import { type FakeOdoo, pyFloatRepr, startFakeOdoo } from "./server";

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
		expect(missing.fault).toEqual({ faultCode: 2, faultString: "Object no.such.model doesn't exist" });
		const unknownMethod = await xmlrpc(object, "execute_kw", ["odoo", 2, "test-api-key", "res.partner", "fly", [[]]]);
		expect(unknownMethod.fault?.faultCode).toBe(1);
		expect(unknownMethod.fault?.faultString).toMatch(/^Traceback[\s\S]*\nAttributeError: The method 'fly' does not exist on the model 'res.partner'\n$/);
		const single = await xmlrpc(object, "execute_kw", ["odoo", 2, "test-api-key", "res.partner", "create", [{ name: "Solo" }]]);
		expect(typeof single.value).toBe("number");
		const posted = await xmlrpc(object, "execute_kw", ["odoo", 2, "test-api-key", "account.move", "action_post", [[999]]]);
		expect(posted.fault?.faultCode).toBe(2);
	});

	it("XML-RPC as a real Odoo 17 answers the edges: GET, garbage, unknown services, unknown databases, create without args", async () => {
		fake = await startFakeOdoo({ version: 17 });
		const common = `${fake.url}/xmlrpc/2/common`;
		const object = `${fake.url}/xmlrpc/2/object`;
		const get = await fetch(common);
		expect(get.status).toBe(405);
		expect(await get.text()).toContain("405 Method Not Allowed");
		const garbage = await fetch(common, { method: "POST", headers: { "Content-Type": "text/xml" }, body: "not xml" });
		expect(await garbage.text()).toMatch(/<int>1<\/int>[\s\S]*xml\.parsers\.expat\.ExpatError: syntax error: line 1, column 0/);
		const lastLine = async (url: string, method: string, params: unknown[]) => {
			const { fault } = await xmlrpc(url, method, params);
			return [fault?.faultCode, fault?.faultString.trim().split("\n").pop()];
		};
		expect(await lastLine(`${fake.url}/xmlrpc/2/nosuch`, "version", [])).toEqual([1, "KeyError: 'nosuch'"]);
		expect(await lastLine(common, "nosuch", [])).toEqual([1, "Exception: Method not found: nosuch"]);
		expect(await lastLine(common, "authenticate", ["nodb", "admin@example.com", "test-api-key", {}])).toEqual([1, 'psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "nodb" does not exist']);
		// vals_list given by name: Odoo's create reads args[0] and fails.
		expect(await lastLine(object, "execute_kw", ["odoo", 2, "test-api-key", "res.partner", "create", [], { vals_list: [{ name: "x" }] }])).toEqual([1, "IndexError: tuple index out of range"]);
		expect(await lastLine(object, "execute_kw", ["odoo", 2, "test-api-key", "res.partner", "search", [[["name", "bogus", "x"]]]])).toEqual([1, "ValueError: Invalid leaf ('name', 'bogus', 'x')"]);
		expect((await xmlrpc(object, "execute_kw", ["odoo", 2, "test-api-key", "res.partner", "read", [[424242]]])).value).toEqual([]);
		expect((await xmlrpc(object, "execute_kw", ["odoo", 2, "test-api-key", "res.partner", "_read_group", [[]]])).fault).toEqual({ faultCode: 4, faultString: "Private methods (such as _read_group) cannot be called remotely." });
		// Floats travel as <double> even when whole, as Python writes them.
		const raw = await fetch(object, { method: "POST", headers: { "Content-Type": "text/xml" }, body: serializeMethodCall("execute_kw", ["odoo", 2, "test-api-key", "account.tax", "read", [[1]], { fields: ["amount"] }]) });
		expect(await raw.text()).toContain("<double>15.0</double>");
		expect([300, 0.1, 1e-5, 1e16, 123456.78, -2.5].map(pyFloatRepr)).toEqual(["300.0", "0.1", "1e-05", "1e+16", "123456.78", "-2.5"]);
	});

	it("invoices as Odoo 17 keeps them: '/' drafts, quantity 0 allowed, an inactive currency refused only when posting", async () => {
		fake = await startFakeOdoo({ version: 17 });
		const s = fake.store;
		const vals = (over: Record<string, unknown> = {}) => ({ move_type: "out_invoice", partner_id: 1, invoice_date: "2025-03-03", invoice_line_ids: [[0, 0, { name: "x", quantity: 1, price_unit: 10 }]], ...over });
		expect(s.createMove(vals()).name).toBe("INV/2025/00001");
		const second = s.createMove(vals({ invoice_line_ids: [[0, 0, { name: "free", quantity: 0, price_unit: 10 }]] }));
		expect(second.name).toBe("/");
		s.post([second.id]);
		expect(s.get("account.move", second.id)?.name).toBe("INV/2025/00002");
		expect(s.createMove(vals({ move_type: "in_invoice" })).name).toBe("BILL/2025/03/0001");
		const gbp = s.createMove(vals({ currency_id: 4 }));
		expect(() => s.post([gbp.id])).toThrow("You cannot validate a document with an inactive currency: GBP");
		expect(() => s.post([second.id])).toThrow(`The entry INV/2025/00002 (id ${second.id}) must be in draft.`);
		expect(() => s.createMove(vals({ invoice_line_ids: [[0, 0, { name: "x", quantity: 1, price_unit: 1, tax_ids: [[6, 0, [99]]] }]] }))).toThrow(/^The operation cannot be completed: another model requires the record being deleted/);
		// Without a product, a line takes the journal account's default taxes: none on the generic chart (as a real 17
		// server answered), 15% on a chart whose income account carries it.
		expect(s.createMove(vals()).amount_tax).toBe(0);
		s.accountTaxes = { sale: [1], purchase: [2] };
		expect(s.createMove(vals()).amount_tax).toBe(1.5);
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
