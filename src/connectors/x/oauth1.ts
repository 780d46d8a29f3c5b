// Signs a request with OAuth 1.0a (HMAC-SHA1, RFC 5849) using Web Crypto, which both Obsidian and Node provide.

export interface OAuth1Keys {
	consumerKey: string;
	consumerSecret: string;
	token: string;
	tokenSecret: string;
}

/** RFC 3986 percent-encoding, stricter than encodeURIComponent (which leaves !'()* alone). */
export function pct(s: string): string {
	return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function base64(bytes: ArrayBuffer): string {
	let bin = "";
	for (const b of new Uint8Array(bytes)) bin += String.fromCharCode(b);
	return btoa(bin);
}

function nonce(): string {
	const b = new Uint8Array(16);
	crypto.getRandomValues(b);
	return [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
}

/** The signature base string: method, URL without query, and every oauth_* and query parameter, sorted. A JSON body is not signed. */
export function baseString(method: string, url: string, oauth: Record<string, string>): string {
	const u = new URL(url);
	const params: [string, string][] = [...Object.entries(oauth), ...u.searchParams.entries()].map(([k, v]) => [pct(k), pct(v)]);
	params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
	const normalized = params.map(([k, v]) => `${k}=${v}`).join("&");
	return [method.toUpperCase(), pct(`${u.protocol}//${u.host}${u.pathname}`), pct(normalized)].join("&");
}

export async function hmacSha1(key: string, text: string): Promise<string> {
	const enc = new TextEncoder();
	const k = await crypto.subtle.importKey("raw", enc.encode(key), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
	return base64(await crypto.subtle.sign("HMAC", k, enc.encode(text)));
}

/** The `Authorization: OAuth …` header for one request. */
export async function oauth1Header(method: string, url: string, keys: OAuth1Keys, nowMs: number): Promise<string> {
	const oauth: Record<string, string> = {
		oauth_consumer_key: keys.consumerKey,
		oauth_nonce: nonce(),
		oauth_signature_method: "HMAC-SHA1",
		oauth_timestamp: String(Math.floor(nowMs / 1000)),
		oauth_token: keys.token,
		oauth_version: "1.0",
	};
	const signature = await hmacSha1(`${pct(keys.consumerSecret)}&${pct(keys.tokenSecret)}`, baseString(method, url, oauth));
	const all = { ...oauth, oauth_signature: signature };
	return `OAuth ${Object.entries(all)
		.map(([k, v]) => `${pct(k)}="${pct(v)}"`)
		.join(", ")}`;
}
