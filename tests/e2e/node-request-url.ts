// Obsidian's `requestUrl` over Node http/https, for e2e tests whose plugin must reach fake servers on 127.0.0.1.
//
// The mocks' requestUrl answers every call with an empty 200, which would let a connector "succeed" without a wire.
// This one keeps Obsidian's contract: no CORS, redirects followed, and a rejection for status >= 400 unless
// `throw: false`.
import * as http from "node:http";
import * as https from "node:https";
import type { RequestUrlParam, RequestUrlResponse } from "obsidian";

const MAX_REDIRECTS = 5;

export type RequestUrlFn = (request: RequestUrlParam | string) => Promise<RequestUrlResponse>;

interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

function send(url: URL, method: string, headers: Record<string, string>, body: Buffer | undefined): Promise<RawResponse> {
	const transport = url.protocol === "https:" ? https : http;
	return new Promise((resolve, reject) => {
		const req = transport.request(url, { method, headers: body ? { ...headers, "content-length": String(body.length) } : headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on("data", (c: Buffer) => chunks.push(c));
			res.on("error", reject);
			res.on("end", () => {
				const flat: Record<string, string> = {};
				for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(", ") : v;
				resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
			});
		});
		req.on("error", reject);
		if (body) req.write(body);
		req.end();
	});
}

function toResponse(raw: RawResponse): RequestUrlResponse {
	const text = raw.body.toString("utf8");
	const arrayBuffer = raw.body.buffer.slice(raw.body.byteOffset, raw.body.byteOffset + raw.body.byteLength) as ArrayBuffer;
	return {
		status: raw.status,
		headers: raw.headers,
		arrayBuffer,
		text,
		// Obsidian parses lazily and throws on a body that is not JSON; a getter keeps that behaviour.
		get json(): unknown {
			return JSON.parse(text) as unknown;
		},
	};
}

/** A requestUrl that talks to real servers through Node. */
export const nodeRequestUrl: RequestUrlFn = async (request) => {
	const param: RequestUrlParam = typeof request === "string" ? { url: request } : request;
	const headers: Record<string, string> = { ...(param.headers ?? {}) };
	if (param.contentType && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["content-type"] = param.contentType;
	const body = param.body === undefined ? undefined : typeof param.body === "string" ? Buffer.from(param.body, "utf8") : Buffer.from(new Uint8Array(param.body));
	let url = new URL(param.url);
	let method = (param.method ?? "GET").toUpperCase();
	let payload = body;
	for (let hop = 0; ; hop++) {
		const raw = await send(url, method, headers, payload);
		const location = raw.headers["location"];
		if ([301, 302, 303, 307, 308].includes(raw.status) && location && hop < MAX_REDIRECTS) {
			url = new URL(location, url);
			if (raw.status === 303 || ((raw.status === 301 || raw.status === 302) && method !== "GET")) {
				method = "GET";
				payload = undefined;
			}
			continue;
		}
		if (raw.status >= 400 && param.throw !== false) {
			throw Object.assign(new Error(`Request failed, status ${raw.status}`), { status: raw.status, headers: raw.headers, text: raw.body.toString("utf8") });
		}
		return toResponse(raw);
	}
};

/**
 * The test host's routing, like a hosts file: the services' built-in addresses (Google, Meta, X, LinkedIn) go to the
 * fakes on 127.0.0.1. The plugin itself has no setting for them, so nothing in the vault can redirect a token.
 */
export function routedRequestUrl(routes: Record<string, string>): RequestUrlFn {
	const entries = Object.entries(routes);
	return (request) => {
		const param: RequestUrlParam = typeof request === "string" ? { url: request } : request;
		const hit = entries.find(([origin]) => param.url === origin || param.url.startsWith(`${origin}/`) || param.url.startsWith(`${origin}?`));
		return nodeRequestUrl(hit ? { ...param, url: hit[1] + param.url.slice(hit[0].length) } : param);
	};
}
