// Test wiring for the Odoo connector: the Node host's HttpClient, a fast clock, an ActionContext like the executor's, configs.
import { Readable } from "node:stream";
import Deserializer from "xmlrpc/lib/deserializer.js";
import type { ActionContext, WireRecord } from "../../../src/core/executor/connector";
import { createActionContext } from "../../../src/core/executor/action-context";
import type { Clock, HttpClient, SecretStore, TimerHandle } from "../../../src/core/ports";
import { NodeHttpClient } from "../../../src/node/http";
import type { OdooConfig, OdooProtocolChoice } from "../../../src/connectors/odoo/config";
import { ODOO_API_KEY_SECRET } from "../../../src/connectors/odoo/config";
import type { FakeOdoo } from "../../fakes/odoo/server";

/** The Node host's own HTTP port: what the headless runner uses, so tests meet the same rejections and codes. */
export const nodeHttp: HttpClient = new NodeHttpClient();

/** Real timers with every wait shortened to 0 ms; the asked-for waits are kept so back-off can be checked. */
export function fastClock(): Clock & { waits: number[] } {
	const waits: number[] = [];
	return {
		waits,
		now: () => Date.now(),
		setTimeout: (fn, ms) => {
			waits.push(ms);
			return { id: setTimeout(fn, 0) };
		},
		clearTimeout: (h: TimerHandle) => clearTimeout(h.id as NodeJS.Timeout),
		setInterval: (fn, ms) => ({ id: setInterval(fn, ms) }),
		clearInterval: (h: TimerHandle) => clearInterval(h.id as NodeJS.Timeout),
	};
}

export function secretsWith(apiKey: string | null): SecretStore {
	const map = new Map<string, string>();
	if (apiKey !== null) map.set(ODOO_API_KEY_SECRET, apiKey);
	return { get: (n) => map.get(n) ?? null, set: (n, v) => void map.set(n, v) };
}

export function configFor(fake: FakeOdoo, over: Partial<OdooConfig> = {}): OdooConfig {
	return { url: fake.url, database: "odoo", login: "admin@example.com", apiKey: "test-api-key", protocol: "auto", timeoutMs: 5000, ...over };
}

/**
 * The executor's own ActionContext (reads retried, writes in dry run simulated), with the dry-run writes also kept as
 * they would go on the wire, secrets included (the context's own record redacts them). Live writes go straight to the
 * wire, so a test sees the Odoo client's own error for a write that got no answer.
 */
export function actionContext(opts: { dryRun?: boolean; clock?: Clock } = {}): ActionContext & { recorded: WireRecord[] } {
	const ctx = createActionContext({ http: nodeHttp, clock: opts.clock ?? fastClock(), secrets: secretsWith("test-api-key"), dryRun: opts.dryRun ?? false, correlationId: "test-correlation" });
	const recorded: WireRecord[] = [];
	const write: ActionContext["write"] = (req, simulate) => {
		if (!opts.dryRun) return nodeHttp.request(req);
		recorded.push({ method: req.method ?? "GET", url: req.url, headers: req.headers ?? {}, body: typeof req.body === "string" ? req.body : null });
		return ctx.write(req, simulate);
	};
	return { ...ctx, write, recorded };
}

/** The two ways the connector meets Odoo: 17 over XML-RPC ("auto" picks it), 19 over JSON-2 (the `json2` setting, or "auto" once XML-RPC is gone). */
export const SERVERS = [
	{ name: "Odoo 17 over XML-RPC", version: 17 as const, protocol: "xmlrpc" as OdooProtocolChoice },
	{ name: "Odoo 19 over JSON-2", version: 19 as const, protocol: "json2" as OdooProtocolChoice },
];

/** Runs `fn` and returns what it threw (fails the test when nothing was thrown). */
export async function caught(fn: () => Promise<unknown>): Promise<Error & { category?: string; suggestion?: string; neverSent?: boolean }> {
	try {
		await fn();
	} catch (err) {
		return err as Error;
	}
	throw new Error("expected an error, got none");
}

/** Reads a recorded XML-RPC call with an independent parser (the npm xmlrpc package). */
export function parseXmlRpcCall(xml: string): Promise<{ method: string; params: unknown[] }> {
	return new Promise((resolve, reject) => new Deserializer().deserializeMethodCall(Readable.from([xml]), (err, method, params) => (err ? reject(err) : resolve({ method, params }))));
}
