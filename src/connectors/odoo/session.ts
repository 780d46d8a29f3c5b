// One Odoo session per url + database + login + key: the login (auto's protocol probe) is paid once, not per action.
// On a real server `common.authenticate` alone costs about half a second, so ten actions must not log in ten times.
import type { OdooConfig } from "./config";
import type { ServerVersion } from "./protocol";

export interface OdooSession {
	/** The protocol "auto" settled on (its probe is the XML-RPC login), shared by every client of the session. */
	chosen: Promise<"xmlrpc" | "json2"> | null;
	/** The uid the key logged in as; shared so concurrent actions wait for one login instead of starting their own. */
	uid: Promise<number> | null;
	/** The server's version, read once when something needs it (`common.version`, or `/web/version` over JSON-2). */
	version: Promise<ServerVersion> | null;
}

const sessions = new Map<string, OdooSession>();

/** Everything that changes who we are to Odoo: a new key (or URL, database, login, protocol) is a new session. */
function keyOf(config: OdooConfig): string {
	return [config.url, config.database, config.login, config.apiKey, config.protocol].join("\u0000");
}

export function sessionFor(config: OdooConfig): OdooSession {
	const key = keyOf(config);
	let s = sessions.get(key);
	if (!s) {
		s = { chosen: null, uid: null, version: null };
		sessions.set(key, s);
	}
	return s;
}

/** Forgets the probe and the login, so the next call does both again ("Test connection", a protocol that stopped answering). */
export function forgetSession(config: OdooConfig): void {
	const s = sessions.get(keyOf(config));
	if (!s) return;
	s.chosen = null;
	s.uid = null;
	s.version = null;
}

/** Caches `start()` in a session slot; a failure clears the slot (only if nobody replaced it meanwhile) so the next call tries again. */
export function once<T>(get: () => Promise<T> | null, set: (p: Promise<T> | null) => void, start: () => Promise<T>): Promise<T> {
	const cached = get();
	if (cached) return cached;
	const p = start().catch((err: unknown) => {
		if (get() === p) set(null);
		throw err;
	});
	set(p);
	return p;
}
