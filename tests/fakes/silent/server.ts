// A server on 127.0.0.1 that accepts every connection, reads the whole request, and never answers: the hung service a
// deadline exists for (a proxy that lost its upstream, a server stuck in a lock). It records what arrived.
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface SilentServer {
	url: string;
	/** Every request that arrived, in order. */
	received: { method: string; path: string; body: string }[];
	close(): Promise<void>;
}

export async function startSilentServer(): Promise<SilentServer> {
	const received: SilentServer["received"] = [];
	const sockets = new Set<Socket>();
	const server: Server = createServer((req) => {
		const chunks: Buffer[] = [];
		req.on("data", (c: Buffer) => chunks.push(c));
		req.on("end", () => received.push({ method: req.method ?? "GET", path: req.url ?? "/", body: Buffer.concat(chunks).toString("utf8") }));
		// No answer, ever: the response is left open until the client gives up or the server closes.
	});
	server.on("connection", (s) => {
		sockets.add(s);
		s.on("close", () => sockets.delete(s));
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		received,
		close: async () => {
			for (const s of sockets) s.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
