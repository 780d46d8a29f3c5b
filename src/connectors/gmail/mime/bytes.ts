// Byte-level decoding for mail: base64 (and Gmail's base64url), quoted-printable, and charsets to text.

/** A "binary string" (one char per byte, as mail is parsed) to bytes. */
export function binaryToBytes(s: string): Uint8Array {
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
	return out;
}

/** Bytes to a binary string, so structure can be parsed before any charset is known. */
export function bytesToBinary(b: Uint8Array): string {
	let s = "";
	for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
	return s;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Int16Array(256).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;
B64_INDEX["-".charCodeAt(0)] = 62;
B64_INDEX["_".charCodeAt(0)] = 63;

/** Decodes base64 or base64url, skipping whitespace and anything else mailers put in lines (lenient, like mail readers). */
export function decodeBase64(s: string): Uint8Array {
	const out = new Uint8Array(Math.floor((s.length * 3) / 4) + 3);
	let n = 0;
	let acc = 0;
	let bits = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 61) break; // '=' padding ends the data
		const v = c < 256 ? B64_INDEX[c]! : -1;
		if (v < 0) continue;
		acc = (acc << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[n++] = (acc >> bits) & 0xff;
		}
	}
	return out.subarray(0, n);
}

/** Encodes bytes as base64url without padding (what Gmail's `raw` expects). */
export function encodeBase64Url(bytes: Uint8Array): string {
	return encodeBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function encodeBase64(bytes: Uint8Array): string {
	let out = "";
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i]!;
		const b = bytes[i + 1];
		const c = bytes[i + 2];
		out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
		out += b === undefined ? "=" : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
		out += c === undefined ? "=" : B64[c & 63]!;
	}
	return out;
}

/** Quoted-printable (RFC 2045) to bytes; `header` mode also turns `_` into a space (RFC 2047 "Q"). */
export function decodeQuotedPrintable(s: string, header = false): Uint8Array {
	const text = header ? s.replace(/_/g, " ") : s.replace(/=\r?\n/g, "");
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 61 && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
			out.push(parseInt(text.slice(i + 1, i + 3), 16));
			i += 2;
		} else out.push(ch & 0xff);
	}
	return Uint8Array.from(out);
}

/** Old or vendor names mailers still write, mapped to names TextDecoder knows. */
const CHARSET_ALIASES: Record<string, string> = {
	"us-ascii": "utf-8",
	ascii: "utf-8",
	latin1: "iso-8859-1",
	"iso8859-1": "iso-8859-1",
	"ks_c_5601-1987": "euc-kr",
	"x-sjis": "shift_jis",
	"cp1252": "windows-1252",
	utf8: "utf-8",
};

/** 0x80–0x9F in Windows-1252 (which mail labelled ISO-8859-1 also means, as browsers agree); Node's decoder lacks them. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
	let s = "";
	for (const b of bytes) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
	return s;
}

/** Bytes in a declared charset to text; unknown charsets fall back to UTF-8 (then Windows-1252 if that is not valid). */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
	const name = (charset ?? "utf-8").trim().toLowerCase().replace(/^"|"$/g, "");
	const label = CHARSET_ALIASES[name] ?? name;
	if (label === "windows-1252" || label === "iso-8859-1") return decodeWindows1252(bytes);
	try {
		return new TextDecoder(label, { fatal: label === "utf-8" }).decode(bytes);
	} catch {
		try {
			return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		} catch {
			return decodeWindows1252(bytes);
		}
	}
}
