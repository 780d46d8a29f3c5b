// The canonical form of what an approval covers, and the MACs that bind approvals and origins to it.

/** JSON with object keys sorted at every depth: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
	if (typeof value === "object" && value !== null) {
		const entries = Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
	}
	return JSON.stringify(value ?? null);
}

/** The part of a request an approval vouches for: anything else may change without voiding it. */
export interface ApprovalPayload {
	id: string;
	action: string;
	params: Record<string, unknown>;
	expires: string | null;
	attempt: number;
}

export function approvalPayload(r: { id: string; action: string; params: Record<string, unknown>; expires?: string | null; attempt?: number }): ApprovalPayload {
	return { id: r.id, action: r.action, params: r.params, expires: r.expires ?? null, attempt: r.attempt ?? 1 };
}

function toHex(buf: ArrayBuffer): string {
	return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** HMAC-SHA256 with Web Crypto, available in Obsidian (Electron) and Node alike. */
export async function hmacHex(key: string, message: string): Promise<string> {
	const enc = new TextEncoder();
	const k = await crypto.subtle.importKey("raw", enc.encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
	return toHex(await crypto.subtle.sign("HMAC", k, enc.encode(message)));
}

/** Constant-time comparison of two hex strings. */
export function sameMac(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
	return diff === 0;
}

/** A fresh random key (hex) for signing approvals. */
export function newKey(): string {
	const bytes = new Uint8Array(32);
	crypto.getRandomValues(bytes);
	return toHex(bytes.buffer);
}
