// HMAC-SHA256 with the imported key kept, so checking many records (journal lines, consumption entries) stays cheap.
import { sameMac } from "../requests/canonical";

const imported = new Map<string, Promise<CryptoKey>>();

function cryptoKey(key: string): Promise<CryptoKey> {
	let k = imported.get(key);
	if (!k) {
		// Few keys ever exist (the approval key, the device key); keep the map from growing in long test runs.
		if (imported.size > 16) imported.clear();
		k = crypto.subtle.importKey("raw", new TextEncoder().encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
		imported.set(key, k);
	}
	return k;
}

export async function macHex(key: string, message: string): Promise<string> {
	const sig = await crypto.subtle.sign("HMAC", await cryptoKey(key), new TextEncoder().encode(message));
	return [...new Uint8Array(sig)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function macMatches(key: string, message: string, mac: unknown): Promise<boolean> {
	return typeof mac === "string" && sameMac(await macHex(key, message), mac);
}
