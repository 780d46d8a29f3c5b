// The XML-RPC codec against an independent implementation (the npm xmlrpc package) and Odoo's own answer shapes.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import Deserializer from "xmlrpc/lib/deserializer.js";
import { serializeFault, serializeMethodResponse } from "xmlrpc/lib/serializer.js";
import { decodeMethodResponse, encodeMethodCall, encodeMethodResponse, XmlRpcFault, XmlRpcMalformed } from "../../../src/connectors/odoo/xmlrpc-codec";

function parseCall(xml: string): Promise<{ method: string; params: unknown[] }> {
	return new Promise((resolve, reject) => new Deserializer().deserializeMethodCall(Readable.from([xml]), (err, method, params) => (err ? reject(err) : resolve({ method, params }))));
}

describe("XML-RPC codec", () => {
	it("sends calls another XML-RPC implementation reads back identically, prices as doubles and ids as ints", async () => {
		const params = ["odoo", 2, "key & <secret>", "account.move", "create", [[{ name: "Ünïcode “quotes”", price_unit: 150.5, quantity: 2, tax_ids: [[6, 0, [1]]], partner_id: false }]], { context: { lang: "en_US" } }];
		const xml = encodeMethodCall("execute_kw", params);
		expect(xml).toContain("<double>150.5</double>");
		expect(xml).toContain("<int>2</int>");
		expect(await parseCall(xml)).toEqual({ method: "execute_kw", params });
	});

	it("reads what Odoo answers: structs, arrays, many2one pairs, false for empty, strings for dates", () => {
		const value = [{ id: 7, name: "INV/2025/00001", partner_id: [3, "Acme & Co"], invoice_date: "2025-01-31", ref: false, amount_total: 1150.25, lines: [] }];
		expect(decodeMethodResponse(serializeMethodResponse(value))).toEqual(value);
	});

	it("reads Python's own formatting: untyped strings, whitespace between tags, empty strings", () => {
		const xml = `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><struct>\n<member>\n<name>server_version</name>\n<value><string>17.0</string></value>\n</member>\n<member>\n<name>plain</name>\n<value>untyped text</value>\n</member>\n<member>\n<name>empty</name>\n<value><string></string></value>\n</member>\n<member>\n<name>ok</name>\n<value><boolean>0</boolean></value>\n</member>\n</struct></value>\n</param>\n</params>\n</methodResponse>\n`;
		expect(decodeMethodResponse(xml)).toEqual({ server_version: "17.0", plain: "untyped text", empty: "", ok: false });
	});

	it("turns a fault into its code and Odoo's message", () => {
		try {
			decodeMethodResponse(serializeFault({ faultCode: 2, faultString: "The entry INV/1 (id 5) is already posted." }));
			expect.unreachable();
		} catch (err) {
			expect(err).toBeInstanceOf(XmlRpcFault);
			expect((err as XmlRpcFault).faultCode).toBe(2);
			expect((err as XmlRpcFault).faultString).toBe("The entry INV/1 (id 5) is already posted.");
		}
	});

	it("keeps members named __proto__, constructor and prototype as data: a hostile server cannot pollute a prototype", () => {
		const member = (name: string, inner: string) => `<member><name>${name}</name><value>${inner}</value></member>`;
		const evil = `<struct>${member("isAdmin", "<boolean>1</boolean>")}${member("prototype", `<struct>${member("polluted", "<boolean>1</boolean>")}</struct>`)}</struct>`;
		const xml = `<?xml version="1.0"?><methodResponse><params><param><value><array><data><value><struct>${member("__proto__", evil)}${member("constructor", evil)}${member("prototype", evil)}${member("name", "<string>INV/1</string>")}</struct></value></data></array></value></param></params></methodResponse>`;
		const [row] = decodeMethodResponse(xml) as Record<string, unknown>[];
		if (!row) throw new Error("no row");
		// The row is an ordinary object whose prototype is untouched; the three members are its own data.
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
		expect((row as { isAdmin?: unknown }).isAdmin).toBeUndefined();
		expect(Object.keys(row)).toEqual(["__proto__", "constructor", "prototype", "name"]);
		expect(Object.getOwnPropertyDescriptor(row, "__proto__")?.value).toMatchObject({ isAdmin: true });
		expect(typeof row.constructor).toBe("object");
		expect(row.name).toBe("INV/1");
		// Nothing leaked into the objects every other part of the plugin makes.
		expect(({} as { isAdmin?: unknown; polluted?: unknown }).isAdmin).toBeUndefined();
		expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
		expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
		// And it travels back out as the same data (a dry-run answer re-encodes what it decoded).
		expect(decodeMethodResponse(encodeMethodResponse([row]))).toEqual([row]);
	});

	it("refuses a web page instead of XML-RPC", () => {
		expect(() => decodeMethodResponse("<!DOCTYPE html><html><body>Login</body></html>")).toThrow(XmlRpcMalformed);
	});
});
