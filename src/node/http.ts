// The HTTP port on Node: one request over node:http/https that resolves for every status and rejects only without an answer.
import * as http from "node:http";
import * as https from "node:https";
import { clearTimeout, setTimeout } from "node:timers";
import { deadlineMessage } from "../core/net/deadline";
import type { HttpClient, HttpRequest, HttpResponse } from "../core/ports";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

function bodyBuffer(body: string | ArrayBuffer | undefined): Buffer | undefined {
	if (body === undefined) return undefined;
	return typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(new Uint8Array(body));
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
	const out: Record<string, string> = {};
	// Node already lower-cases incoming header names; repeated headers are joined as HTTP allows.
	for (const [name, value] of Object.entries(raw)) {
		if (value === undefined) continue;
		out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
	}
	return out;
}

/** A failure without an answer; `code` is Node's (ECONNREFUSED, ENOTFOUND, ETIMEDOUT…) so connectors can tell "never sent" apart. */
export class HttpTransportError extends Error {
	constructor(
		message: string,
		readonly code: string,
		options?: { cause?: unknown },
	) {
		super(message, options);
		this.name = "HttpTransportError";
	}
}

function codeOf(err: Error): string {
	return "code" in err && typeof err.code === "string" ? err.code : "";
}

export class NodeHttpClient implements HttpClient {
	/** Follows redirects like Obsidian's requestUrl does, so connectors behave the same on both hosts. */
	async request(req: HttpRequest): Promise<HttpResponse> {
		const deadline = req.timeoutMs ? Date.now() + req.timeoutMs : null;
		let current: HttpRequest = req;
		for (let hop = 0; ; hop++) {
			const remaining = deadline === null ? undefined : Math.max(1, deadline - Date.now());
			const res = await this.once(current, remaining, req.timeoutMs);
			const location = res.headers["location"];
			if (!REDIRECTS.has(res.status) || !location || hop >= MAX_REDIRECTS) return res;
			const next = new URL(location, current.url).toString();
			// 303, and 301/302 after a POST, turn into a GET without a body, as browsers do.
			const keepMethod = res.status === 307 || res.status === 308 || (current.method ?? "GET").toUpperCase() === "GET";
			current = keepMethod ? { ...current, url: next } : { url: next, method: "GET", headers: current.headers, timeoutMs: current.timeoutMs };
		}
	}

	private once(req: HttpRequest, timeoutMs: number | undefined, totalMs: number | undefined): Promise<HttpResponse> {
		return new Promise<HttpResponse>((resolve, reject) => {
			let url: URL;
			try {
				url = new URL(req.url);
			} catch {
				reject(new HttpTransportError(`The address ${req.url} is not a valid URL.`, "EINVALIDURL"));
				return;
			}
			const transport = url.protocol === "https:" ? https : url.protocol === "http:" ? http : null;
			if (!transport) {
				reject(new HttpTransportError(`Only http and https addresses are supported, not ${url.protocol}`, "EPROTOCOL"));
				return;
			}
			const body = bodyBuffer(req.body);
			const headers: Record<string, string | number> = { ...(req.headers ?? {}) };
			const hasLength = Object.keys(headers).some((h) => h.toLowerCase() === "content-length");
			if (body && !hasLength) headers["content-length"] = body.length;

			let settled = false;
			let timer: NodeJS.Timeout | undefined;
			const fail = (err: Error): void => {
				if (settled) return;
				settled = true;
				if (timer) clearTimeout(timer);
				reject(err);
			};

			const request = transport.request(url, { method: (req.method ?? "GET").toUpperCase(), headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on("data", (c: Buffer) => chunks.push(c));
				res.on("error", (err) => fail(new HttpTransportError(`The answer from ${url.host} broke off: ${err.message}`, codeOf(err), { cause: err })));
				res.on("end", () => {
					if (settled) return;
					settled = true;
					if (timer) clearTimeout(timer);
					resolve({ status: res.statusCode ?? 0, headers: flattenHeaders(res.headers), text: Buffer.concat(chunks).toString("utf8") });
				});
			});
			request.on("error", (err) => fail(new HttpTransportError(`No answer from ${url.host}: ${err.message}`, codeOf(err), { cause: err })));
			if (timeoutMs !== undefined) {
				timer = setTimeout(() => {
					fail(new HttpTransportError(deadlineMessage(url.host, totalMs ?? timeoutMs), "ETIMEDOUT"));
					request.destroy();
				}, timeoutMs);
			}
			request.end(body);
		});
	}
}
