// A fake Odoo on 127.0.0.1 speaking XML-RPC, JSON-RPC and JSON-2 over one store, with Odoo's error shapes and injectable faults.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Readable } from "node:stream";
import CustomType from "xmlrpc/lib/customtype.js";
import Deserializer from "xmlrpc/lib/deserializer.js";
import { serializeFault, serializeMethodResponse } from "xmlrpc/lib/serializer.js";
import { modelDescription, OdooException, OdooStore, PyFloat } from "./store";

export interface FakeUser {
	id: number;
	login: string;
	apiKey: string;
}

/** A fault to inject into the next matching request(s). */
export type Fault =
	| { kind: "status"; status: number; body?: string; contentType?: string }
	| { kind: "html"; status?: number }
	| { kind: "destroy"; /** Apply the call first, then drop the connection: the write happened, the answer was lost. */ afterApply?: boolean }
	| { kind: "delay"; ms: number };

interface Injected {
	fault: Fault;
	times: number;
	/** Matches "common.authenticate", "account.move.create", "web.version"… (undefined: any request). */
	match?: (call: string) => boolean;
}

export interface FakeOdooOptions {
	version?: 17 | 19;
	databases?: string[];
	/** false: /xmlrpc/2 is gone (404 page), as on Odoo 22 and later or Odoo Online from 21.1. */
	xmlrpc?: boolean;
}

const HTML_PAGE = "<!DOCTYPE html><html><head><title>Odoo</title></head><body><p>Something went wrong</p></body></html>";
/** What werkzeug answers a GET on /xmlrpc/2/… (the route takes POST only). */
const METHOD_NOT_ALLOWED =
	'<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n';

/** A float as Python's repr() writes it, which is what Odoo's XML-RPC puts in <double>: 300.0, 0.1, 1e-05, 1e+16. */
export function pyFloatRepr(x: number): string {
	if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
	const [mantissa = "0", expText = "0"] = x.toExponential().split("e");
	const exp = Number(expText);
	if (exp < -4 || exp >= 16) return `${mantissa}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
	const plain = String(x);
	return plain.includes(".") ? plain : `${plain}.0`;
}

/** <double>…</double> through the npm serializer, which writes every whole JS number as <int>. */
class XmlRpcDouble extends CustomType {
	override tagName = "double";
}

/** Python floats become <double>, whatever their value; everything else is left to the serializer. */
function forXmlRpc(v: unknown): unknown {
	if (v instanceof PyFloat) return new XmlRpcDouble(pyFloatRepr(v.value));
	if (Array.isArray(v)) return v.map(forXmlRpc);
	if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, forXmlRpc(x)]));
	return v;
}
const TRACE = (line: string) => `Traceback (most recent call last):\n  File "/opt/odoo/odoo/service/model.py", line 156, in wrapper\n    return f(dbname, *args, **kwargs)\n${line}\n`;

export class FakeOdoo {
	readonly store: OdooStore;
	readonly version: 17 | 19;
	readonly databases: Set<string>;
	readonly xmlrpcEnabled: boolean;
	readonly users: FakeUser[] = [{ id: 2, login: "admin@example.com", apiKey: "test-api-key" }];
	/** Calls per "service.method" or "model.method", counted when they reach the dispatcher. */
	readonly calls = new Map<string, number>();
	/** Every HTTP request that arrived, in order (path and call name). */
	readonly requests: { path: string; call: string }[] = [];
	private readonly faults: Injected[] = [];
	/** "model.method" calls refused with an AccessError, as for a user outside the Invoicing group. */
	readonly denied = new Set<string>();
	private readonly sockets = new Set<Socket>();
	private server: Server | null = null;
	url = "";

	constructor(opts: FakeOdooOptions = {}) {
		this.version = opts.version ?? 17;
		this.store = new OdooStore(this.version);
		this.databases = new Set(opts.databases ?? ["odoo"]);
		this.xmlrpcEnabled = opts.xmlrpc ?? true;
	}

	async start(): Promise<this> {
		this.server = createServer((req, res) => void this.handle(req, res));
		this.server.on("connection", (s) => {
			this.sockets.add(s);
			s.on("close", () => this.sockets.delete(s));
		});
		await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this;
	}

	async stop(): Promise<void> {
		for (const s of this.sockets) s.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
		this.server = null;
	}

	inject(fault: Fault, opts: { times?: number; match?: string | ((call: string) => boolean) } = {}): void {
		const m = opts.match;
		this.faults.push({ fault, times: opts.times ?? 1, match: typeof m === "string" ? (c) => c === m : m });
	}

	count(call: string): number {
		return this.calls.get(call) ?? 0;
	}

	/** Ids created through the API (not seeded), per model. */
	created(model: string): number[] {
		return this.store.created.get(model) ?? [];
	}

	/** Number of calls that wrote something (create, write, action_*): what "nothing written" is checked on. */
	get writes(): number {
		let n = 0;
		for (const [k, v] of this.calls) if (/\.(create|write|unlink|action_\w+)$/.test(k)) n += v;
		return n;
	}

	private takeFault(call: string): Fault | null {
		const i = this.faults.findIndex((f) => !f.match || f.match(call));
		if (i < 0) return null;
		const f = this.faults[i] as Injected;
		if (--f.times <= 0) this.faults.splice(i, 1);
		return f.fault;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const c of req) chunks.push(c as Buffer);
		const body = Buffer.concat(chunks).toString("utf8");
		const path = (req.url ?? "/").split("?")[0] ?? "/";
		try {
			if (path.startsWith("/xmlrpc/2/") && !this.xmlrpcEnabled) {
				this.requests.push({ path, call: "xmlrpc.gone" });
				this.send(res, 404, "text/html; charset=utf-8", HTML_PAGE.replace("Something went wrong", "404: Not Found"));
			} else if (path.startsWith("/xmlrpc/2/")) await this.xmlrpc(path, body, req, res);
			else if (path === "/jsonrpc") await this.jsonrpc(body, res);
			else if (path === "/web/version" && req.method === "GET") await this.webVersion(res);
			else if (path.startsWith("/json/2/") && req.method === "POST") await this.json2(path, body, req, res);
			else this.send(res, 404, "text/html; charset=utf-8", HTML_PAGE.replace("Something went wrong", "404: Not Found"));
		} catch (err) {
			this.send(res, 500, "text/plain", String(err));
		}
	}

	private send(res: ServerResponse, status: number, contentType: string, text: string): void {
		if (res.destroyed) return;
		res.writeHead(status, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(text) });
		res.end(text);
	}

	/** Applies an injected fault; returns true when the request is answered (or dropped) by it. */
	private async applyFault(call: string, path: string, res: ServerResponse, run: () => unknown): Promise<boolean> {
		this.requests.push({ path, call });
		const f = this.takeFault(call);
		if (!f) return false;
		switch (f.kind) {
			case "delay":
				await new Promise((r) => setTimeout(r, f.ms));
				return false;
			case "status":
				this.send(res, f.status, f.contentType ?? "text/html", f.body ?? HTML_PAGE.replace("Something went wrong", `${f.status} Service Unavailable`));
				return true;
			case "html":
				this.send(res, f.status ?? 200, "text/html; charset=utf-8", HTML_PAGE);
				return true;
			case "destroy":
				if (f.afterApply) {
					try {
						run();
					} catch {
						/* the connection drops either way */
					}
				}
				res.socket?.destroy();
				return true;
		}
	}

	private bump(call: string): void {
		this.calls.set(call, (this.calls.get(call) ?? 0) + 1);
	}

	// ---- XML-RPC ----

	private async xmlrpc(path: string, body: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
		if (req.method !== "POST") {
			this.send(res, 405, "text/html; charset=utf-8", METHOD_NOT_ALLOWED);
			return;
		}
		const service = path.slice("/xmlrpc/2/".length);
		let parsed: { method: string; params: unknown[] } | null = null;
		try {
			parsed = await new Promise<{ method: string; params: unknown[] }>((resolve, reject) => {
				new Deserializer().deserializeMethodCall(Readable.from([body]), (err, m, p) => (err ? reject(err) : resolve({ method: m, params: p })));
			});
		} catch {
			// Odoo parses the body with Python's xmlrpc.client and answers a fault 1 with expat's complaint.
			parsed = null;
		}
		const method = parsed?.method ?? "";
		const params = parsed?.params ?? [];
		const call = service === "object" && method === "execute_kw" ? `${String(params[3])}.${String(params[4])}` : `${service}.${method}`;
		const run = () => {
			if (!parsed) throw new OdooException("ExpatError", "syntax error: line 1, column 0");
			return this.dispatchRpc(service, method, params, true);
		};
		if (await this.applyFault(call, path, res, run)) return;
		try {
			this.send(res, 200, "text/xml; charset=utf-8", serializeMethodResponse(forXmlRpc(run())));
		} catch (err) {
			const e = asOdooException(err);
			const [faultCode, faultString]: [number, string] =
				e.pyName === "AccessDenied" ? [3, "Access Denied"] : e.pyName === "AccessError" ? [4, e.message] : ["UserError", "ValidationError", "MissingError"].includes(e.pyName) ? [2, e.message] : [1, TRACE(`${e.qualified}: ${e.message}`)];
			this.send(res, 200, "text/xml; charset=utf-8", serializeFault({ faultCode, faultString }));
		}
	}

	/** common.version / common.authenticate / object.execute_kw, shared by XML-RPC and JSON-RPC. */
	private dispatchRpc(service: string, method: string, params: unknown[], xmlrpc: boolean): unknown {
		// odoo/http.py dispatch_rpc: rpc_dispatchers[service_name] (the fake has no "db" service).
		if (service !== "common" && service !== "object") throw new OdooException("KeyError", `'${service}'`);
		if (service === "common" && method === "version") {
			this.bump("common.version");
			return { server_version: `${this.version}.0`, server_version_info: [this.version, 0, 0, "final", 0, ""], server_serie: `${this.version}.0`, protocol_version: 1 };
		}
		if (service === "common" && (method === "authenticate" || method === "login")) {
			this.bump(`common.${method}`);
			const [db, login, key] = params as [string, string, string];
			this.checkDb(db);
			const user = this.users.find((u) => u.login === login && u.apiKey === key);
			return user ? user.id : false;
		}
		if (service === "object" && method === "execute_kw") {
			const [db, uid, key, model, meth, args = [], kwargs = {}] = params as [string, number, string, string, string, unknown[], Record<string, unknown>];
			this.checkDb(db);
			this.bump(`${model}.${meth}`);
			const user = this.users.find((u) => u.id === uid && u.apiKey === key);
			if (!user) throw new OdooException("AccessDenied", "Access Denied");
			return this.execute(model, meth, args, kwargs, user.id, xmlrpc);
		}
		if (service === "common") throw new OdooException("Exception", `Method not found: ${method}`);
		throw new OdooException("KeyError", `'${method}'`);
	}

	private checkAccess(model: string, method: string): void {
		if (this.denied.has(`${model}.${method}`)) {
			// Odoo 17's wording for a user outside Invoicing (e.g. only "Internal User"), as a real server answers it.
			const op = /create/.test(method) ? "create" : /write|action_/.test(method) ? "modify" : "access";
			const groups = op === "access" ? ["Invoicing/Billing", "Invoicing/Billing Administrator", "Technical/Show Accounting Features - Readonly", "User types/Portal"] : ["Invoicing/Billing"];
			throw new OdooException(
				"AccessError",
				`You are not allowed to ${op} '${modelDescription(model)}' (${model}) records.\n\nThis operation is allowed for the following groups:\n${groups.map((g) => `\t- ${g}`).join("\n")}\n\nContact your administrator to request access if necessary.`,
			);
		}
	}

	private checkDb(db: string): void {
		if (!this.databases.has(db)) {
			// What psycopg2 raises when Odoo opens a registry for a database PostgreSQL does not have (fault 1, traceback).
			throw new OdooException("OperationalError", `connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "${db}" does not exist\n`);
		}
	}

	/** Positional args → named, the way Python binds them. */
	private execute(model: string, method: string, args: unknown[], kwargs: Record<string, unknown>, uid: number, xmlrpc: boolean): unknown {
		this.checkAccess(model, method);
		const sig = SIGNATURES[method] ?? { record: false, names: [] };
		const rest = [...args];
		const ids = sig.record ? (rest.shift() as number[] | number | undefined) : undefined;
		const named: Record<string, unknown> = {};
		sig.names.forEach((n, idx) => {
			if (idx < rest.length) named[n] = rest[idx];
		});
		const { context, ...kw } = kwargs;
		Object.assign(named, kw);
		// odoo.api._call_kw_model_create reads args[0] to tell one record from many: vals_list must travel positionally.
		if (method === "create" && args.length === 0) throw new OdooException("IndexError", "tuple index out of range");
		const singleCreate = method === "create" && xmlrpc && args.length > 0 && !Array.isArray(args[0]);
		return this.store.call(model, method, {
			ids: ids === undefined ? undefined : Array.isArray(ids) ? ids : [ids],
			named,
			context: (context as Record<string, unknown> | undefined) ?? {},
			uid,
			singleCreate,
		});
	}

	// ---- JSON-RPC ----

	private async jsonrpc(body: string, res: ServerResponse): Promise<void> {
		const msg = JSON.parse(body) as { id?: unknown; params: { service: string; method: string; args: unknown[] } };
		const { service, method, args } = msg.params;
		const call = service === "object" && method === "execute_kw" ? `${String(args[3])}.${String(args[4])}` : `${service}.${method}`;
		const run = () => this.dispatchRpc(service, method, args, false);
		if (await this.applyFault(call, "/jsonrpc", res, run)) return;
		try {
			this.send(res, 200, "application/json; charset=utf-8", JSON.stringify({ jsonrpc: "2.0", id: msg.id ?? null, result: run() }));
		} catch (err) {
			const e = asOdooException(err);
			// JSON-RPC errors travel with HTTP 200; clients must key on error.data.name.
			const data = { name: e.qualified, debug: TRACE(`${e.qualified}: ${e.message}`), message: e.message, arguments: [e.message], context: {} };
			this.send(res, 200, "application/json; charset=utf-8", JSON.stringify({ jsonrpc: "2.0", id: msg.id ?? null, error: { code: 200, message: "Odoo Server Error", data } }));
		}
	}

	// ---- JSON-2 and /web/version (19) ----

	private async webVersion(res: ServerResponse): Promise<void> {
		if (await this.applyFault("web.version", "/web/version", res, () => undefined)) return;
		this.bump("web.version");
		if (this.version < 19) {
			this.send(res, 404, "text/html; charset=utf-8", HTML_PAGE.replace("Something went wrong", "404: Not Found"));
			return;
		}
		this.send(res, 200, "application/json", JSON.stringify({ version_info: [this.version, 0, 0, "final", 0, ""], version: `${this.version}.0` }));
	}

	private async json2(path: string, body: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
		const [, , , model = "", method = ""] = path.split("/");
		const call = `${model}.${method}`;
		const run = () => this.dispatchJson2(model, method, body, req);
		if (await this.applyFault(call, path, res, run)) return;
		if (this.version < 19) {
			this.send(res, 404, "text/html; charset=utf-8", HTML_PAGE.replace("Something went wrong", "404: Not Found"));
			return;
		}
		const db = req.headers["x-odoo-database"];
		if (typeof db === "string" && !this.databases.has(db)) {
			this.send(res, 404, "text/html; charset=utf-8", HTML_PAGE.replace("Something went wrong", "404: Not Found"));
			return;
		}
		try {
			this.send(res, 200, "application/json; charset=utf-8", JSON.stringify(run() ?? null));
		} catch (err) {
			const e = asOdooException(err);
			const status =
				e.pyName === "AccessDenied" ? 401 : e.pyName === "AccessError" ? 403 : e.notFound ? 404 : ["UserError", "ValidationError", "MissingError"].includes(e.pyName) ? 422 : 500;
			const name = e.pyName === "AccessDenied" ? "werkzeug.exceptions.Unauthorized" : e.notFound ? "werkzeug.exceptions.NotFound" : e.qualified;
			const message = e.pyName === "AccessDenied" ? "Invalid apikey" : e.message;
			this.send(res, status, "application/json; charset=utf-8", JSON.stringify({ name, message, arguments: [message], context: {}, debug: TRACE(`${name}: ${message}`) }));
		}
	}

	private dispatchJson2(model: string, method: string, body: string, req: IncomingMessage): unknown {
		const auth = req.headers.authorization ?? "";
		const key = /^bearer\s+(.+)$/i.exec(auth)?.[1];
		const user = this.users.find((u) => u.apiKey === key);
		this.bump(`${model}.${method}`);
		if (!user) throw new OdooException("AccessDenied", "Invalid apikey");
		this.checkAccess(model, method);
		const parsed = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
		const { ids, context, ...named } = parsed;
		return this.store.call(model, method, {
			ids: Array.isArray(ids) ? (ids as number[]) : undefined,
			named,
			context: (context as Record<string, unknown> | undefined) ?? {},
			uid: user.id,
		});
	}
}

/** How Python binds positional XML-RPC args for the methods the fake implements. */
const SIGNATURES: Record<string, { record: boolean; names: string[] }> = {
	search_read: { record: false, names: ["domain", "fields", "offset", "limit", "order"] },
	search: { record: false, names: ["domain", "offset", "limit", "order"] },
	search_count: { record: false, names: ["domain"] },
	read: { record: true, names: ["fields"] },
	create: { record: false, names: ["vals_list"] },
	write: { record: true, names: ["vals"] },
	read_group: { record: false, names: ["domain", "fields", "groupby", "offset", "limit", "orderby", "lazy"] },
	formatted_read_group: { record: false, names: ["domain", "groupby", "aggregates", "having", "offset", "limit", "order"] },
	action_post: { record: true, names: [] },
	action_create_payments: { record: true, names: [] },
	context_get: { record: false, names: [] },
};

/** Anything the fake's Python would raise: a plain JS Error (e.g. a bad domain leaf) is a ValueError with its message. */
function asOdooException(err: unknown): OdooException {
	if (err instanceof OdooException) return err;
	return new OdooException("ValueError", err instanceof Error ? err.message : String(err));
}

export async function startFakeOdoo(opts: FakeOdooOptions = {}): Promise<FakeOdoo> {
	return new FakeOdoo(opts).start();
}
