// Google OAuth for a desktop app: PKCE (S256) sign-in URL, code exchange, refresh with an access-token cache, revoke.
import * as z from "zod/mini";
import type { HttpRequest, HttpResponse } from "../../core/ports";
import { CategorizedError } from "../../core/util/errors";
import { jsonOf, parseJsonAnswer } from "../http-answer";
import { encodeBase64Url } from "./mime/bytes";
import type { GoogleEndpoints } from "./config";

export type Send = (req: HttpRequest) => Promise<HttpResponse>;

const tokenResponse = z.object({
	access_token: z.string(),
	expires_in: z.optional(z.number()),
	refresh_token: z.optional(z.string()),
	scope: z.optional(z.string()),
	token_type: z.optional(z.string()),
});
const tokenError = z.object({ error: z.string(), error_description: z.optional(z.string()) });

function randomUrlSafe(bytes: number): string {
	const b = new Uint8Array(bytes);
	crypto.getRandomValues(b);
	return encodeBase64Url(b);
}

export interface Pkce {
	verifier: string;
	challenge: string;
	state: string;
}

/** A fresh code verifier (43+ chars), its S256 challenge and a state value against cross-site forgery. */
export async function makePkce(): Promise<Pkce> {
	const verifier = randomUrlSafe(48);
	const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
	return { verifier, challenge: encodeBase64Url(new Uint8Array(digest)), state: randomUrlSafe(16) };
}

export function authUrl(endpoints: GoogleEndpoints, clientId: string, redirectUri: string, scopes: string[], pkce: Pkce): string {
	const q = new URLSearchParams({
		client_id: clientId,
		redirect_uri: redirectUri,
		response_type: "code",
		scope: scopes.join(" "),
		access_type: "offline",
		// Asks again even when granted before, so Google returns a refresh token every time.
		prompt: "consent",
		code_challenge: pkce.challenge,
		code_challenge_method: "S256",
		state: pkce.state,
	});
	return `${endpoints.auth}?${q.toString()}`;
}

function form(fields: Record<string, string>): string {
	return new URLSearchParams(fields).toString();
}

const RECONNECT =
	"Press Reconnect Gmail in Settings → AI Employee → Gmail. If this keeps happening every 7 days, your Google Cloud project's consent screen is in Testing: publish it (In production) so sign-ins stop expiring.";

function tokenFailure(res: HttpResponse, what: string): CategorizedError {
	// An answer that is not JSON falls through to the status.
	const parsed = tokenError.safeParse(jsonOf(res)).data ?? null;
	const code = parsed?.error ?? `HTTP ${res.status}`;
	const detail = parsed?.error_description ? ` (${parsed.error_description})` : "";
	if (code === "invalid_grant") return new CategorizedError("auth", `Google refused the saved Gmail sign-in: invalid_grant${detail}. It was revoked or has expired.`, RECONNECT);
	if (code === "invalid_client" || code === "unauthorized_client") {
		return new CategorizedError("auth", `Google does not accept the OAuth client: ${code}${detail}.`, "Check the OAuth client id and its secret in Settings → AI Employee → Gmail (a Desktop app client from your Google Cloud project).");
	}
	if (res.status >= 500 || res.status === 429) return new CategorizedError("transient", `Google's sign-in service did not answer ${what} (${code}).`, "It usually passes; the watcher tries again on its next poll.");
	return new CategorizedError("auth", `Google refused ${what}: ${code}${detail}.`, RECONNECT);
}

export interface TokenSet {
	accessToken: string;
	refreshToken: string | null;
	expiresAt: number;
	scope: string;
}

function readTokens(res: HttpResponse, now: number, what: string): TokenSet {
	if (res.status !== 200) throw tokenFailure(res, what);
	const t = parseJsonAnswer(res, tokenResponse, {
		notJson: () => new CategorizedError("transient", `Google answered ${what} with something that is not JSON.`, "Try again in a minute."),
		wrongShape: () => new CategorizedError("transient", `Google's answer to ${what} has no access token.`, "Try again in a minute."),
	});
	return { accessToken: t.access_token, refreshToken: t.refresh_token ?? null, expiresAt: now + (t.expires_in ?? 3600) * 1000, scope: t.scope ?? "" };
}

export async function exchangeCode(send: Send, endpoints: GoogleEndpoints, p: { clientId: string; clientSecret: string | null; code: string; verifier: string; redirectUri: string }, now: number): Promise<TokenSet> {
	const res = await send({
		url: endpoints.token,
		method: "POST",
		headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
		body: form({
			grant_type: "authorization_code",
			code: p.code,
			code_verifier: p.verifier,
			client_id: p.clientId,
			redirect_uri: p.redirectUri,
			...(p.clientSecret ? { client_secret: p.clientSecret } : {}),
		}),
	});
	return readTokens(res, now, "the sign-in");
}

export async function revokeToken(send: Send, endpoints: GoogleEndpoints, token: string): Promise<{ ok: boolean; message: string }> {
	const res = await send({ url: endpoints.revoke, method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: form({ token }) });
	if (res.status === 200) return { ok: true, message: "revoked" };
	// 400 invalid_token: already revoked or expired; forgetting it is still right.
	return { ok: false, message: tokenFailure(res, "the revocation").message };
}

/** Hands out access tokens, refreshing shortly before they expire. One per mailbox, shared by watcher and sender. */
export class GoogleAuth {
	private cached: { token: string; expiresAt: number; forRefresh: string } | null = null;

	constructor(private readonly now: () => number) {}

	async accessToken(send: Send, endpoints: GoogleEndpoints, clientId: string, clientSecret: string | null, refreshToken: string): Promise<string> {
		const c = this.cached;
		if (c && c.forRefresh === refreshToken && c.expiresAt - 60_000 > this.now()) return c.token;
		const res = await send({
			url: endpoints.token,
			method: "POST",
			headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
			body: form({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: clientId, ...(clientSecret ? { client_secret: clientSecret } : {}) }),
		});
		const t = readTokens(res, this.now(), "the token refresh");
		this.cached = { token: t.accessToken, expiresAt: t.expiresAt, forRefresh: refreshToken };
		return t.accessToken;
	}

	/** Forgets the cached access token (after a 401, or on disconnect). */
	invalidate(): void {
		this.cached = null;
	}
}
