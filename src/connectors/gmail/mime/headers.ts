// Mail headers: unfolding, RFC 2047 encoded words, parameters (with RFC 2231 continuations) and addresses.
import { binaryToBytes, decodeBase64, decodeCharset, decodeQuotedPrintable } from "./bytes";

export type Headers = Map<string, string[]>;

/** Parses a header block (binary string) into lower-cased names → raw values in order, folded lines joined. */
export function parseHeaderBlock(block: string): Headers {
	const headers: Headers = new Map();
	const unfolded = block.replace(/\r?\n[ \t]+/g, " ");
	for (const line of unfolded.split(/\r?\n/)) {
		const colon = line.indexOf(":");
		if (colon <= 0) continue;
		const name = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1).trim();
		const list = headers.get(name) ?? [];
		list.push(value);
		headers.set(name, list);
	}
	return headers;
}

/** Raw header bytes that are not ASCII are UTF-8 (RFC 6532) or, in old mail, Latin-1. */
function rawToText(raw: string): string {
	return /[\x80-\xff]/.test(raw) ? decodeCharset(binaryToBytes(raw), "utf-8") : raw;
}

/** Decodes `=?charset?B|Q?…?=` words; whitespace between two encoded words is dropped, as RFC 2047 says. */
export function decodeWords(raw: string): string {
	const text = rawToText(raw);
	return text
		.replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?)/g, "$1")
		.replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_m, charset: string, enc: string, data: string) => {
			const bytes = enc.toUpperCase() === "B" ? decodeBase64(data) : decodeQuotedPrintable(data, true);
			return decodeCharset(bytes, charset.replace(/\*.*$/, ""));
		});
}

/** The first value of a header, decoded for people; "" when absent. */
export function header(headers: Headers, name: string): string {
	const v = headers.get(name.toLowerCase())?.[0];
	return v === undefined ? "" : decodeWords(v).trim();
}

export interface ParamValue {
	value: string;
	params: Record<string, string>;
}

/** `text/plain; charset="utf-8"; name*=UTF-8''r%C3%A9sum%C3%A9.pdf` → value and decoded params. */
export function parseParams(raw: string): ParamValue {
	const parts: string[] = [];
	let cur = "";
	let quoted = false;
	for (let i = 0; i < raw.length; i++) {
		const c = raw[i]!;
		if (c === '"' && raw[i - 1] !== "\\") quoted = !quoted;
		if (c === ";" && !quoted) {
			parts.push(cur);
			cur = "";
		} else cur += c;
	}
	parts.push(cur);
	const value = (parts.shift() ?? "").trim().toLowerCase();
	const plain: Record<string, string> = {};
	const continued: Record<string, { index: number; text: string; encoded: boolean }[]> = {};
	for (const p of parts) {
		const eq = p.indexOf("=");
		if (eq < 0) continue;
		const key = p.slice(0, eq).trim().toLowerCase();
		let val = p.slice(eq + 1).trim();
		if (val.startsWith('"') && val.endsWith('"')) val = val.slice(1, -1).replace(/\\(.)/g, "$1");
		const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
		if (!m) continue;
		const [, base, index, star] = m;
		if (index === undefined && !star) plain[base!] = decodeWords(val);
		else (continued[base!] ??= []).push({ index: Number(index ?? 0), text: val, encoded: star === "*" });
	}
	for (const [base, pieces] of Object.entries(continued)) {
		pieces.sort((a, b) => a.index - b.index);
		let charset = "utf-8";
		let bin = "";
		pieces.forEach((piece, i) => {
			let t = piece.text;
			if (piece.encoded && i === 0) {
				const m = /^([^']*)'[^']*'(.*)$/.exec(t);
				if (m) {
					charset = m[1] || "utf-8";
					t = m[2]!;
				}
			}
			bin += piece.encoded ? t.replace(/%([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))) : t;
		});
		plain[base] = decodeCharset(binaryToBytes(bin), charset);
	}
	return { value, params: plain };
}

export interface Address {
	name: string;
	email: string;
}

/** Splits an address list on commas outside quotes and angle brackets. */
export function parseAddressList(text: string): Address[] {
	const out: Address[] = [];
	let cur = "";
	let quoted = false;
	let angle = 0;
	for (const c of text) {
		if (c === '"') quoted = !quoted;
		else if (c === "<" && !quoted) angle++;
		else if (c === ">" && !quoted) angle = Math.max(0, angle - 1);
		if (c === "," && !quoted && angle === 0) {
			out.push(parseAddress(cur));
			cur = "";
		} else cur += c;
	}
	if (cur.trim()) out.push(parseAddress(cur));
	return out.filter((a) => a.email !== "" || a.name !== "");
}

/** `"Dana W." <dana@acme.example>` → { name, email }; a bare address has an empty name. */
export function parseAddress(text: string): Address {
	const t = text.trim();
	const m = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(t);
	if (m) return { name: m[1]!.trim().replace(/^"|"$/g, "").replace(/\\(.)/g, "$1").trim(), email: m[2]!.toLowerCase() };
	const bare = /([^\s<>()"]+@[^\s<>()"]+)/.exec(t);
	return { name: "", email: bare ? bare[1]!.toLowerCase() : "" };
}

export function formatAddress(a: Address): string {
	return a.name ? `${a.name} <${a.email}>` : a.email;
}
