// Connect and disconnect Gmail: the desktop OAuth flow (system browser, loopback redirect, PKCE) and revocation.
import type { HttpClient, SecretStore } from "../../core/ports";
import { CategorizedError } from "../../core/util/errors";
import type { GmailConfig } from "./config";
import { authUrl, exchangeCode, makePkce, revokeToken, type GoogleAuth } from "./oauth";

/** A one-shot HTTP listener on 127.0.0.1 at a random port (the host provides it: Node's http on desktop). */
export interface LoopbackPort {
	listen(): Promise<LoopbackListener>;
}

export interface LoopbackListener {
	/** e.g. http://127.0.0.1:53122/ */
	redirectUri: string;
	/** Resolves with the query of the first request to the redirect URI, after answering it with a small page. */
	callback(timeoutMs: number): Promise<URLSearchParams>;
	close(): void;
}

export interface SignInOptions {
	config: GmailConfig;
	/** Where the refresh token goes: the secret name from the settings. */
	refreshTokenSecret: string;
	secrets: SecretStore;
	http: HttpClient;
	loopback: LoopbackPort;
	/** Opens the URL in the system browser. */
	openBrowser(url: string): void;
	now(): number;
	timeoutMs?: number;
}

export interface SignInResult {
	scopes: string[];
}

export async function connectGmail(o: SignInOptions): Promise<SignInResult> {
	if (!o.config.clientId) throw new CategorizedError("auth", "No OAuth client id is set.", "Create a Desktop app OAuth client in your Google Cloud project and paste its client id in the Gmail settings.");
	const pkce = await makePkce();
	const listener = await o.loopback.listen();
	try {
		o.openBrowser(authUrl(o.config.endpoints, o.config.clientId, listener.redirectUri, o.config.scopes, pkce));
		const q = await listener.callback(o.timeoutMs ?? 5 * 60_000);
		if (q.get("state") !== pkce.state) throw new CategorizedError("auth", "The sign-in answer did not match this sign-in (state mismatch).", "Press Connect Gmail again.");
		const error = q.get("error");
		if (error) throw new CategorizedError("auth", `Google sign-in was not completed: ${error}.`, error === "access_denied" ? "Press Connect Gmail again and allow access." : "Press Connect Gmail again.");
		const code = q.get("code");
		if (!code) throw new CategorizedError("auth", "Google's answer had no authorization code.", "Press Connect Gmail again.");
		const tokens = await exchangeCode((r) => o.http.request(r), o.config.endpoints, { clientId: o.config.clientId, clientSecret: o.config.clientSecret, code, verifier: pkce.verifier, redirectUri: listener.redirectUri }, o.now());
		if (!tokens.refreshToken) throw new CategorizedError("auth", "Google did not return a refresh token.", "Remove the app's access at myaccount.google.com/permissions, then press Connect Gmail again.");
		o.secrets.set(o.refreshTokenSecret, tokens.refreshToken);
		return { scopes: tokens.scope.split(" ").filter(Boolean) };
	} finally {
		listener.close();
	}
}

/** Revokes the saved sign-in at Google and forgets it on this device (even when Google already forgot it). */
export async function disconnectGmail(o: { config: GmailConfig; refreshTokenSecret: string; secrets: SecretStore; http: HttpClient; auth: GoogleAuth }): Promise<string> {
	const token = o.config.refreshToken;
	o.auth.invalidate();
	if (!token) return "Gmail was not connected on this device.";
	let note: string;
	try {
		const r = await revokeToken((req) => o.http.request(req), o.config.endpoints, token);
		note = r.ok ? "Gmail disconnected: access revoked at Google and forgotten on this device." : `Gmail forgotten on this device (Google said: ${r.message}).`;
	} catch {
		note = "Gmail forgotten on this device; Google could not be reached to revoke it (remove access at myaccount.google.com/permissions).";
	}
	o.secrets.set(o.refreshTokenSecret, "");
	return note;
}
