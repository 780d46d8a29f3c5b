// Odoo over XML-RPC (/xmlrpc/2/common and /xmlrpc/2/object), the protocol of Odoo 8–21.
import * as z from "zod/mini";
import type { HttpResponse } from "../../core/ports";
import { looksLikeHtml } from "../http-answer";
import type { OdooConfig } from "./config";
import { accessError, busy, type CallSite, isKeyRefusal, isTransientStatus, keyRefused, noAnswer, notOdoo, odooSaidNo, serverFailed, unexpectedAnswer, unknownDatabase } from "./errors";
import { type CallMode, type CallSpec, majorOf, type OdooProtocol, type ServerVersion, versionInfoSchema } from "./protocol";
import { once, type OdooSession } from "./session";
import type { OdooTransport } from "./transport";
import { decodeMethodResponse, encodeMethodCall, encodeMethodResponse, XmlRpcFault, XmlRpcMalformed, type XmlRpcValue } from "./xmlrpc-codec";

/** Parameters that must travel positionally after the ids (Odoo's create looks at args[0] to decide id vs ids). */
const POSITIONAL: Record<string, string[]> = { create: ["vals_list"], write: ["vals"] };

const versionSchema = z.object({ server_version: z.string(), server_version_info: z.optional(versionInfoSchema), server_serie: z.optional(z.string()) });
const uidSchema = z.union([z.int().check(z.positive()), z.literal(false)]);

export class XmlRpcProtocol implements OdooProtocol {
	readonly name = "xmlrpc" as const;

	constructor(
		private readonly config: OdooConfig,
		private readonly transport: OdooTransport,
		/** Where the login is kept, shared by every client of the same url, database, login and key. */
		private readonly session: OdooSession = { chosen: null, uid: null, version: null },
	) {}

	async version(): Promise<ServerVersion> {
		const site = this.site("common", "version");
		const raw = await this.post("common", "version", [], { kind: "read" }, site);
		const parsed = versionSchema.safeParse(raw);
		if (!parsed.success) throw unexpectedAnswer(site, "common.version has no server_version");
		const first = parsed.data.server_version_info?.[0];
		const major = typeof first === "number" ? first : majorOf(parsed.data.server_serie ?? parsed.data.server_version);
		if (major === null) throw unexpectedAnswer(site, `unreadable version "${parsed.data.server_version}"`);
		return { major, label: parsed.data.server_version };
	}

	/** Logs in once per session; every later call reuses the uid. */
	uid(): Promise<number> {
		return once(
			() => this.session.uid,
			(p) => {
				this.session.uid = p;
			},
			() => this.authenticate(),
		);
	}

	private async authenticate(): Promise<number> {
		const { database, login, apiKey } = this.config;
		const site = this.site("common", "authenticate");
		const raw = await this.post("common", "authenticate", [database, login, apiKey, {}], { kind: "read" }, site);
		const parsed = uidSchema.safeParse(raw);
		if (!parsed.success) throw unexpectedAnswer(site, "authenticate returned neither a uid nor false");
		// Odoo answers `false` (not a fault) when the login or key is wrong.
		if (parsed.data === false) throw keyRefused(site);
		return parsed.data;
	}

	async call(model: string, method: string, spec: CallSpec, mode: CallMode): Promise<unknown> {
		const login = this.uid();
		const uid = await login;
		try {
			return await this.execute(uid, model, method, spec, mode);
		} catch (err) {
			if (!isKeyRefusal(err)) throw err;
			// The key was refused with a cached login: forget it. A read logs in again and is tried once more; a write is
			// never re-sent (Odoo refused it before running it, but the owner decides, not a retry loop).
			if (this.session.uid === login) this.session.uid = null;
			if (mode.kind !== "read") throw err;
			return this.execute(await this.uid(), model, method, spec, mode);
		}
	}

	private execute(uid: number, model: string, method: string, spec: CallSpec, mode: CallMode): Promise<XmlRpcValue> {
		const named: Record<string, unknown> = { ...spec.named };
		const args: unknown[] = spec.ids ? [spec.ids] : [];
		for (const name of POSITIONAL[method] ?? []) {
			args.push(named[name]);
			delete named[name];
		}
		const kwargs = spec.context ? { ...named, context: spec.context } : named;
		const { database, apiKey } = this.config;
		return this.post("object", "execute_kw", [database, uid, apiKey, model, method, args, kwargs], mode, { ...this.site(model, method) });
	}

	private site(model?: string, method?: string): CallSite {
		return { url: this.config.url, login: this.config.login, database: this.config.database, model, method };
	}

	private async post(service: "common" | "object", method: string, params: unknown[], mode: CallMode, site: CallSite): Promise<XmlRpcValue> {
		const req = {
			url: `${this.config.url}/xmlrpc/2/${service}`,
			method: "POST",
			headers: { "Content-Type": "text/xml" },
			body: encodeMethodCall(method, params),
			timeoutMs: this.config.timeoutMs,
		};
		let res: HttpResponse;
		try {
			res =
				mode.kind === "read"
					? await this.transport.read(req)
					: await this.transport.write(req, () => ({ status: 200, headers: { "content-type": "text/xml" }, text: encodeMethodResponse(mode.simulate()) }));
		} catch (err) {
			throw noAnswer(site, err, mode.kind === "write");
		}
		return decodeAnswer(res, site);
	}
}

function decodeAnswer(res: HttpResponse, site: CallSite): XmlRpcValue {
	if (isTransientStatus(res.status)) throw busy(site, res.status);
	if (looksLikeHtml(res)) throw notOdoo(site, res.status === 200 ? "a web page" : `an HTTP ${res.status} web page`);
	if (res.status === 404) throw notOdoo(site, "404 Not Found at /xmlrpc/2");
	if (res.status !== 200) throw serverFailed(site, `HTTP ${res.status} ${res.text.slice(0, 200)}`);
	try {
		return decodeMethodResponse(res.text);
	} catch (err) {
		if (err instanceof XmlRpcFault) throw faultToError(err, site);
		if (err instanceof XmlRpcMalformed) throw notOdoo(site, `something that is not XML-RPC (${err.message})`);
		throw err;
	}
}

/** Fault codes from odoo/addons/base/controllers/rpc.py: 1 anything else, 2 user error, 3 access denied, 4 access error. */
export function faultToError(fault: XmlRpcFault, site: CallSite): Error {
	const s = fault.faultString;
	switch (fault.faultCode) {
		case 2:
			// Odoo 17 answers a model it does not have with a UserError (fault 2), not a traceback: that is an app missing
			// from the database (Invoicing not installed), not a request Odoo refused, so it must not read as "change the request".
			if (/^Object \S+ doesn't exist$/.test(s.trim())) return serverFailed(site, `Odoo does not know ${site.model ?? "this model"} (${s.trim()}); is the Invoicing app installed?`);
			return odooSaidNo(site, s);
		case 3:
			return keyRefused(site);
		case 4:
			return accessError(site, s);
	}
	if (/database "[^"]*" does not exist/.test(s)) return unknownDatabase(site);
	if (/odoo\.exceptions\.AccessDenied|^Access Denied$/m.test(s)) return keyRefused(site);
	const user = /odoo\.exceptions\.(?:UserError|ValidationError|MissingError): (.+)$/m.exec(s);
	if (user?.[1]) return odooSaidNo(site, user[1]);
	return serverFailed(site, s);
}
