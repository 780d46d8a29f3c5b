// A tiny loopback HTTP server for the wire fakes (Meta, X, LinkedIn): records every request and lets a route answer it.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
	method: string;
	path: string;
	query: URLSearchParams;
	headers: Record<string, string>;
	body: string;
	/** performance.now() when the request's headers arrived (for the publish-overhead figure). */
	at: number;
}

export interface Answer {
	status: number;
	headers?: Record<string, string>;
	body?: string;
}

export interface Loopback {
	url: string;
	received: Received[];
	close(): Promise<void>;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({ status, headers: { "content-type": "application/json; charset=UTF-8", ...headers }, body: JSON.stringify(body) });
export const html = (status: number): Answer => ({ status, headers: { "content-type": "text/html; charset=utf-8" }, body: "<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body>Captive portal</body></html>" });

export async function startLoopback(route: (r: Received) => Answer | Promise<Answer>): Promise<Loopback> {
	const received: Received[] = [];
	const server = http.createServer((req, res) => {
		const at = performance.now();
		const chunks: Buffer[] = [];
		req.on("data", (c: Buffer) => chunks.push(c));
		req.on("end", () => {
			const u = new URL(req.url ?? "/", "http://127.0.0.1");
			const headers: Record<string, string> = {};
			for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
			const r: Received = { method: req.method ?? "GET", path: u.pathname, query: u.searchParams, headers, body: Buffer.concat(chunks).toString("utf8"), at };
			received.push(r);
			void Promise.resolve(route(r)).then((a) => {
				res.writeHead(a.status, a.headers ?? {});
				res.end(a.body ?? "");
			});
		});
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		received,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Parameters as Graph reads them: query string, then a form or JSON body. */
export function paramsOf(r: Received): Record<string, string> {
	const out: Record<string, string> = Object.fromEntries(r.query.entries());
	const type = r.headers["content-type"] ?? "";
	if (type.includes("application/json") && r.body) for (const [k, v] of Object.entries(JSON.parse(r.body) as Record<string, unknown>)) out[k] = String(v);
	else if (r.body) for (const [k, v] of new URLSearchParams(r.body).entries()) out[k] = v;
	return out;
}
