// Odoo over JSON-2 (POST /json/2/<model>/<method>, bearer key, named parameters), the protocol of Odoo 19 and later.
import * as z from "zod/mini";
import type { HttpRequest, HttpResponse } from "../../core/ports";
import { jsonOf, looksLikeHtml } from "../http-answer";
import type { OdooConfig } from "./config";
import { accessError, busy, type CallSite, isKeyRefusal, isTransientStatus, keyRefused, noAnswer, notOdoo, odooSaidNo, serverFailed, unexpectedAnswer, noJson2OrDatabase } from "./errors";
import { type CallMode, type CallSpec, majorOf, type OdooProtocol, READ, type ServerVersion, versionInfoSchema } from "./protocol";
import { once, type OdooSession } from "./session";
import type { OdooTransport } from "./transport";

const webVersionSchema = z.object({ version_info: versionInfoSchema, version: z.string() });
const contextSchema = z.object({ uid: z.int().check(z.positive()) });
/** The error body of JSON-2: `{name, message, arguments, context, debug}`. */
const errorBodySchema = z.object({ name: z.string(), message: z.string() });

export class Json2Protocol implements OdooProtocol {
	readonly name = "json2" as const;

	constructor(
		private readonly config: OdooConfig,
		private readonly transport: OdooTransport,
		/** JSON-2 sends the key with every call (no login); the session keeps the uid "Test connection" asked for. */
		private readonly session: OdooSession = { chosen: null, uid: null, version: null },
	) {}

	async version(): Promise<ServerVersion> {
		return fetchWebVersion(this.config, this.transport);
	}

	uid(): Promise<number> {
		return once(
			() => this.session.uid,
			(p) => {
				this.session.uid = p;
			},
			async () => {
				const raw = await this.call("res.users", "context_get", {}, READ);
				const parsed = contextSchema.safeParse(raw);
				if (!parsed.success) throw unexpectedAnswer(this.site("res.users", "context_get"), "no uid in the user context");
				return parsed.data.uid;
			},
		);
	}

	async call(model: string, method: string, spec: CallSpec, mode: CallMode): Promise<unknown> {
		const site = this.site(model, method);
		const body: Record<string, unknown> = { ...spec.named };
		if (spec.ids) body.ids = spec.ids;
		if (spec.context) body.context = spec.context;
		const headers: Record<string, string> = {
			Authorization: `bearer ${this.config.apiKey}`,
			"Content-Type": "application/json",
		};
		if (this.config.database) headers["X-Odoo-Database"] = this.config.database;
		const req: HttpRequest = {
			url: `${this.config.url}/json/2/${model}/${method}`,
			method: "POST",
			headers,
			body: JSON.stringify(body),
			timeoutMs: this.config.timeoutMs,
		};
		let res: HttpResponse;
		try {
			res =
				mode.kind === "read"
					? await this.transport.read(req)
					: await this.transport.write(req, () => ({ status: 200, headers: { "content-type": "application/json" }, text: JSON.stringify(mode.simulate()) }));
		} catch (err) {
			throw noAnswer(site, err, mode.kind === "write");
		}
		try {
			return decodeAnswer(res, site);
		} catch (err) {
			// A refused key makes the cached uid worthless; the next "Test connection" asks again.
			if (isKeyRefusal(err)) this.session.uid = null;
			throw err;
		}
	}

	private site(model?: string, method?: string): CallSite {
		return { url: this.config.url, login: this.config.login, database: this.config.database, model, method };
	}
}

/** `GET /web/version`: no key needed; also the probe that tells JSON-2 servers (19+) from older ones. */
export async function fetchWebVersion(config: OdooConfig, transport: OdooTransport): Promise<ServerVersion> {
	const site: CallSite = { url: config.url, login: config.login, database: config.database, model: "web", method: "version" };
	let res: HttpResponse;
	try {
		res = await transport.read({ url: `${config.url}/web/version`, method: "GET", timeoutMs: config.timeoutMs });
	} catch (err) {
		throw noAnswer(site, err);
	}
	if (isTransientStatus(res.status)) throw busy(site, res.status);
	if (res.status !== 200 || looksLikeHtml(res)) throw notOdoo(site, `HTTP ${res.status} at /web/version`);
	const parsed = webVersionSchema.safeParse(jsonOf(res));
	if (!parsed.success) throw notOdoo(site, "an unknown JSON answer at /web/version");
	const first = parsed.data.version_info[0];
	const major = typeof first === "number" ? first : majorOf(parsed.data.version);
	if (major === null) throw unexpectedAnswer(site, `unreadable version "${parsed.data.version}"`);
	return { major, label: parsed.data.version };
}

function decodeAnswer(res: HttpResponse, site: CallSite): unknown {
	if (isTransientStatus(res.status)) throw busy(site, res.status);
	const html = looksLikeHtml(res);
	if (res.status === 200) {
		if (html) throw notOdoo(site, "a web page");
		const value = jsonOf(res);
		if (value === undefined && res.text.trim() !== "null") throw notOdoo(site, "something that is not JSON");
		return value ?? null;
	}
	const err = errorBodySchema.safeParse(jsonOf(res));
	if (!err.success) {
		// Errors raised before Odoo's JSON-2 dispatcher (routing, database selection) come back as web pages.
		if (res.status === 401) throw keyRefused(site);
		if (res.status === 404) throw noJson2OrDatabase(site);
		throw notOdoo(site, `an HTTP ${res.status} ${html ? "web page" : "answer"}`);
	}
	const { name, message } = err.data;
	if (res.status === 401 || /AccessDenied/.test(name)) throw keyRefused(site);
	if (res.status === 403 || /AccessError/.test(name)) throw accessError(site, message);
	if (res.status === 422 || /UserError|ValidationError|MissingError|RedirectWarning/.test(name)) throw odooSaidNo(site, message);
	if (res.status === 404) throw serverFailed(site, `Odoo does not know ${site.model}.${site.method} (${message}); is the Invoicing app installed?`);
	throw serverFailed(site, `${name}: ${message}`);
}
