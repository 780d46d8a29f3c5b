import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { HttpTransportError, NodeHttpClient } from "../../src/node/http";

const servers: http.Server[] = [];

async function serve(handler: http.RequestListener): Promise<string> {
	const server = http.createServer(handler);
	servers.push(server);
	await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
	for (const s of servers.splice(0)) {
		s.closeAllConnections();
		await new Promise((r) => s.close(r));
	}
});

describe("NodeHttpClient", () => {
	it("resolves a server error as an answer, with its body and lower-cased header names", async () => {
		const base = await serve((_req, res) => {
			res.writeHead(500, { "X-Request-Id": "abc", "Content-Type": "text/plain" });
			res.end("Internal error: database locked");
		});
		const res = await new NodeHttpClient().request({ url: `${base}/jsonrpc` });
		expect(res.status).toBe(500);
		expect(res.text).toBe("Internal error: database locked");
		expect(res.headers["x-request-id"]).toBe("abc");
		expect(res.headers["content-type"]).toBe("text/plain");
	});

	it("sends the method, headers and body it is given", async () => {
		let seen: { method?: string; auth?: string; length?: string; body: string } = { body: "" };
		const base = await serve((req, res) => {
			let body = "";
			req.on("data", (c: Buffer) => (body += c.toString("utf8")));
			req.on("end", () => {
				seen = { method: req.method, auth: req.headers.authorization, length: req.headers["content-length"], body };
				res.end("{}");
			});
		});
		const payload = JSON.stringify({ name: "Café Ünïcode" });
		const res = await new NodeHttpClient().request({ url: `${base}/api`, method: "post", headers: { Authorization: "Bearer t" }, body: payload });
		expect(res.status).toBe(200);
		expect(seen).toEqual({ method: "POST", auth: "Bearer t", length: String(Buffer.byteLength(payload)), body: payload });
	});

	it("sends binary bodies unchanged", async () => {
		let got = Buffer.alloc(0);
		const base = await serve((req, res) => {
			const chunks: Buffer[] = [];
			req.on("data", (c: Buffer) => chunks.push(c));
			req.on("end", () => {
				got = Buffer.concat(chunks);
				res.end();
			});
		});
		await new NodeHttpClient().request({ url: base, method: "PUT", body: new Uint8Array([0, 255, 7]).buffer });
		expect([...got]).toEqual([0, 255, 7]);
	});

	it("follows a redirect to the final answer", async () => {
		const base = await serve((req, res) => {
			if (req.url === "/old") {
				res.writeHead(302, { Location: "/new" });
				res.end();
			} else res.end(`at ${req.url}`);
		});
		const res = await new NodeHttpClient().request({ url: `${base}/old` });
		expect(res).toMatchObject({ status: 200, text: "at /new" });
	});

	it("rejects when nothing listens, saying which host did not answer", async () => {
		const base = await serve((_req, res) => res.end());
		const server = servers.pop()!;
		await new Promise((r) => server.close(r));
		const err = await new NodeHttpClient().request({ url: base }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(HttpTransportError);
		expect((err as HttpTransportError).code).toBe("ECONNREFUSED");
		expect((err as Error).message).toContain(`No answer from ${new URL(base).host}`);
	});

	it("gives up after the timeout when the server never answers", async () => {
		const base = await serve(() => {
			// Never answers.
		});
		const started = Date.now();
		const err = await new NodeHttpClient().request({ url: base, timeoutMs: 150 }).catch((e: unknown) => e);
		const took = Date.now() - started;
		expect((err as Error).message).toContain("within 150 ms");
		expect((err as HttpTransportError).code).toBe("ETIMEDOUT");
		expect(took).toBeGreaterThanOrEqual(140);
		expect(took).toBeLessThan(2000);
	});

	it("rejects an address that is not http or https", async () => {
		await expect(new NodeHttpClient().request({ url: "ftp://127.0.0.1/x" })).rejects.toThrow("Only http and https");
	});
});
