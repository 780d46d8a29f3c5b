// A reverse proxy on 127.0.0.1 in front of another fake, as nginx or a cloud load balancer sits in front of Odoo: while
// it is told to throttle, it answers 429 or 503 with a Retry-After header itself; otherwise it passes requests through.
import { createServer, request as forward, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Throttle {
	status: 429 | 503;
	/** The Retry-After value sent (seconds or an HTTP date); none when undefined. */
	retryAfter?: string;
	/** How many requests get this answer before the proxy passes them through again. */
	times: number;
}

export interface ThrottlingProxy {
	url: string;
	/** Requests that reached the proxy, each with what it answered ("passed" when forwarded). */
	seen: { path: string; answer: number | "passed" }[];
	throttle(t: Throttle): void;
	close(): Promise<void>;
}

export async function startThrottlingProxy(upstream: string): Promise<ThrottlingProxy> {
	const target = new URL(upstream);
	const queue: Throttle[] = [];
	const seen: ThrottlingProxy["seen"] = [];
	const server: Server = createServer((req, res) => {
		const t = queue[0];
		if (t) {
			if (--t.times <= 0) queue.shift();
			seen.push({ path: req.url ?? "/", answer: t.status });
			req.resume();
			res.writeHead(t.status, { "Content-Type": "text/html", ...(t.retryAfter !== undefined ? { "Retry-After": t.retryAfter } : {}) });
			res.end(`<html><body><h1>${t.status === 429 ? "429 Too Many Requests" : "503 Service Temporarily Unavailable"}</h1></body></html>`);
			return;
		}
		seen.push({ path: req.url ?? "/", answer: "passed" });
		const out = forward({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
			res.writeHead(up.statusCode ?? 502, up.headers);
			up.pipe(res);
		});
		out.on("error", () => res.destroy());
		req.pipe(out);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		seen,
		throttle: (t) => void queue.push({ ...t }),
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
