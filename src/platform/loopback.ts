// The OAuth loopback redirect listener: one HTTP server on 127.0.0.1 at a random port, closed after one answer. Platform
// code both hosts may use (Node and Obsidian desktop), so the Obsidian host never imports the Node host.
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { clearTimeout, setTimeout } from "node:timers";
import type { LoopbackListener, LoopbackPort } from "../connectors/gmail/signin";

const PAGE = (ok: boolean) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"><title>AI Employee</title></head><body><p>${ok ? "Gmail is connected. You can close this tab and return to Obsidian." : "The sign-in did not complete. Return to Obsidian for details."}</p></body></html>`;

export const nodeLoopback: LoopbackPort = {
	listen(): Promise<LoopbackListener> {
		return new Promise((resolve, reject) => {
			let deliver: ((q: URLSearchParams) => void) | null = null;
			let early: URLSearchParams | null = null;
			const server = http.createServer((req, res) => {
				const url = new URL(req.url ?? "/", "http://127.0.0.1");
				if (url.pathname !== "/" || (!url.searchParams.has("code") && !url.searchParams.has("error"))) {
					res.writeHead(404, { "content-type": "text/plain" });
					res.end("Not found");
					return;
				}
				res.writeHead(200, { "content-type": "text/html; charset=utf-8", connection: "close" });
				res.end(PAGE(url.searchParams.has("code")));
				if (deliver) deliver(url.searchParams);
				else early = url.searchParams;
			});
			server.on("error", reject);
			server.listen(0, "127.0.0.1", () => {
				const port = (server.address() as AddressInfo).port;
				resolve({
					redirectUri: `http://127.0.0.1:${port}/`,
					callback: (timeoutMs) =>
						new Promise((ok, fail) => {
							if (early) return ok(early);
							const timer = setTimeout(() => fail(new Error("No answer from the browser within the time allowed; press Connect Gmail again.")), timeoutMs);
							deliver = (q) => {
								clearTimeout(timer);
								ok(q);
							};
						}),
					close: () => {
						server.closeAllConnections();
						server.close();
					},
				});
			});
		});
	},
};
