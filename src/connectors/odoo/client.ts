// The Odoo client: picks the protocol (auto-probe), counts round trips, parses answers with zod, tests the connection.
import * as z from "zod/mini";
import type { ActionContext } from "../../core/executor/connector";
import type { Clock, HttpClient } from "../../core/ports";
import { CategorizedError, messageOf } from "../../core/util/errors";
import type { OdooConfig } from "./config";
import { breaksSession, isKeyRefusal, unexpectedAnswer } from "./errors";
import { Json2Protocol } from "./json2-protocol";
import { type CallSpec, type OdooProtocol, READ, type ServerVersion } from "./protocol";
import { forgetSession, type OdooSession, once, sessionFor } from "./session";
import { contextTransport, httpTransport, type OdooTransport, type RetryOptions } from "./transport";
import { XmlRpcProtocol } from "./xmlrpc-protocol";

/** An Odoo domain, e.g. `[["state", "=", "posted"], ["invoice_date", ">=", "2025-01-01"]]`. */
export type Domain = unknown[];

export interface SearchOptions {
	limit?: number;
	offset?: number;
	order?: string;
	context?: Record<string, unknown>;
}

export type ConnectionReport =
	| { ok: true; protocol: "xmlrpc" | "json2"; serverVersion: string; database: string; uid: number; user: { name: string; login: string } }
	| { ok: false; category: string; reason: string; suggestion: string };

const userRow = z.object({ id: z.int(), name: z.string(), login: z.string() });

export class OdooClient {
	private readonly transport: OdooTransport;
	/** Shared with every client of the same url, database, login and key: the probe and the login happen once. */
	private readonly session: OdooSession;
	private protocolPromise: Promise<OdooProtocol> | null = null;
	private knownVersion: ServerVersion | null = null;
	private trips = 0;

	constructor(
		readonly config: OdooConfig,
		transport: OdooTransport,
	) {
		this.session = sessionFor(config);
		// Every request, read or write, passes here once: that is the round-trip count the audit budget is measured in.
		this.transport = {
			dryRun: transport.dryRun,
			read: (req) => {
				this.trips++;
				return transport.read(req);
			},
			write: (req, simulate) => {
				this.trips++;
				return transport.write(req, simulate);
			},
		};
	}

	/** For host-side use (settings test, weekly audit): reads retried with back-off on the host clock. */
	static overHttp(config: OdooConfig, http: HttpClient, clock: Clock, retry?: RetryOptions): OdooClient {
		return new OdooClient(config, httpTransport(http, clock, retry));
	}

	/** For an approved action: every write goes through the executor's dry-run gate. */
	static forAction(config: OdooConfig, ctx: ActionContext): OdooClient {
		return new OdooClient(config, contextTransport(ctx));
	}

	get dryRun(): boolean {
		return this.transport.dryRun;
	}

	/** HTTP requests sent (or recorded, in dry run) so far. */
	get roundTrips(): number {
		return this.trips;
	}

	protocol(): Promise<OdooProtocol> {
		this.protocolPromise ??= this.choose().catch((err: unknown) => {
			this.protocolPromise = null;
			throw err;
		});
		return this.protocolPromise;
	}

	async version(): Promise<ServerVersion> {
		const p = await this.protocol();
		this.knownVersion ??= await once(
			() => this.session.version,
			(v) => {
				this.session.version = v;
			},
			() => p.version(),
		);
		return this.knownVersion;
	}

	async uid(): Promise<number> {
		return (await this.protocol()).uid();
	}

	async read(model: string, method: string, spec: CallSpec): Promise<unknown> {
		return this.watch((await this.protocol()).call(model, method, spec, READ));
	}

	/** A write; `simulate` is what Odoo would answer, used in dry run so the rest of the path runs. */
	async write(model: string, method: string, spec: CallSpec, simulate: () => unknown): Promise<unknown> {
		return this.watch((await this.protocol()).call(model, method, spec, { kind: "write", simulate }));
	}

	/** A server that stops speaking the chosen protocol (a URL now pointing elsewhere, an upgrade) is probed afresh next time. */
	private async watch<T>(call: Promise<T>): Promise<T> {
		try {
			return await call;
		} catch (err) {
			if (breaksSession(err) && !isKeyRefusal(err)) {
				forgetSession(this.config);
				this.protocolPromise = null;
			}
			throw err;
		}
	}

	/** `search_read` with only the named fields, each row checked by `row`. */
	async searchRead<T>(model: string, domain: Domain, fields: string[], row: z.ZodMiniType<T>, opts: SearchOptions = {}): Promise<T[]> {
		const named: Record<string, unknown> = { domain, fields };
		if (opts.limit !== undefined) named.limit = opts.limit;
		if (opts.offset) named.offset = opts.offset;
		if (opts.order) named.order = opts.order;
		const raw = await this.read(model, "search_read", { named, context: opts.context });
		return this.parse(z.array(row), raw, model, "search_read");
	}

	/** `read` of some ids, each row checked by `row`. */
	async readIds<T>(model: string, ids: number[], fields: string[], row: z.ZodMiniType<T>): Promise<T[]> {
		const raw = await this.read(model, "read", { ids, named: { fields } });
		return this.parse(z.array(row), raw, model, "read");
	}

	/** Checks an answer against its schema; a mismatch is a version difference we do not understand (system). */
	parse<T>(schema: z.ZodMiniType<T>, raw: unknown, model: string, method: string): T {
		const parsed = schema.safeParse(raw);
		if (parsed.success) return parsed.data;
		const issue = parsed.error.issues[0];
		throw unexpectedAnswer(
			{ url: this.config.url, login: this.config.login, database: this.config.database, model, method },
			`${issue?.path.join(".") || "answer"}: ${issue?.message ?? "invalid"}`,
		);
	}

	/** Server version, database and user, or the exact reason it failed — for the settings tab's "Test connection". */
	async testConnection(): Promise<ConnectionReport> {
		// A real test: probe and log in afresh, whatever the session remembers; the new session serves the next actions.
		forgetSession(this.config);
		this.protocolPromise = null;
		this.knownVersion = null;
		try {
			const p = await this.protocol();
			const version = await this.version();
			const uid = await p.uid();
			const [user] = await this.readIds("res.users", [uid], ["name", "login"], userRow);
			if (!user) throw unexpectedAnswer({ url: this.config.url, login: this.config.login, database: this.config.database }, "own user not readable");
			return { ok: true, protocol: p.name, serverVersion: version.label, database: this.config.database, uid, user: { name: user.name, login: user.login } };
		} catch (err) {
			if (err instanceof CategorizedError) return { ok: false, category: err.category, reason: err.message, suggestion: err.suggestion };
			return { ok: false, category: "system", reason: messageOf(err), suggestion: "Report this with the log line." };
		}
	}

	/** "auto" probes once per session; the protocol objects share the session's login. */
	private async choose(): Promise<OdooProtocol> {
		const { protocol } = this.config;
		const name = protocol === "auto" ? await this.probed() : protocol;
		return name === "json2" ? new Json2Protocol(this.config, this.transport, this.session) : new XmlRpcProtocol(this.config, this.transport, this.session);
	}

	/**
	 * "auto": the XML-RPC login is the probe. Every Odoo from 8 to 21 answers it, and over XML-RPC it is needed anyway, so
	 * the first action after start pays one request for both (a separate version probe made it 7 on Odoo 16–18). A server
	 * whose /xmlrpc/2 is gone (Odoo 22 and later, Odoo Online from 21.1) answers a 404 or a web page: that one gets JSON-2.
	 * The version is read only when something needs it (`common.version`, or `/web/version` over JSON-2).
	 */
	private async probed(): Promise<"xmlrpc" | "json2"> {
		return once(
			() => this.session.chosen,
			(p) => {
				this.session.chosen = p;
			},
			async () => {
				try {
					await new XmlRpcProtocol(this.config, this.transport, this.session).uid();
					return "xmlrpc" as const;
				} catch (err) {
					// Only "no XML-RPC here" falls back; a refused key, an unknown database or no answer surface as themselves.
					if (err instanceof CategorizedError && err.category === "system" && breaksSession(err)) return "json2" as const;
					throw err;
				}
			},
		);
	}
}
