// A loopback HTTP service that records every POST it receives: the "outside world" for workflow tests.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface EchoServer {
	url: string;
	received: { path: string; body: string; at: number }[];
	/** Next responses to give (status, body); default 201 with an id. */
	script: { status: number; body: string; hang?: boolean }[];
	close(): Promise<void>;
}

export async function startEchoServer(): Promise<EchoServer> {
	const received: EchoServer["received"] = [];
	const script: EchoServer["script"] = [];
	let n = 0;
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on("data", (c: Buffer) => chunks.push(c));
		req.on("end", () => {
			const body = Buffer.concat(chunks).toString("utf8");
			if (req.method === "POST") received.push({ path: req.url ?? "/", body, at: Date.now() });
			const next = req.method === "POST" ? script.shift() : undefined;
			if (next?.hang) return; // never answers: the caller sees a timeout or a dropped connection
			const status = next?.status ?? (req.method === "POST" ? 201 : 200);
			res.writeHead(status, { "content-type": "application/json" });
			res.end(next?.body ?? JSON.stringify({ id: `msg-${++n}` }));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		received,
		script,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
