// Gmail's settings as the connector uses them: endpoints, scopes, and the secrets (client secret, refresh token).
import type { SecretStore } from "../../core/ports";
import type { Settings } from "../../core/settings/schema";

/** Secret ids (documented); the environment fallbacks are AI_EMPLOYEE_GOOGLE_REFRESH_TOKEN and AI_EMPLOYEE_GOOGLE_CLIENT_SECRET. */
export const GOOGLE_REFRESH_TOKEN_SECRET = "ai-employee-google-refresh-token";
export const GOOGLE_CLIENT_SECRET_SECRET = "ai-employee-google-client-secret";

export const SCOPE_READONLY = "https://www.googleapis.com/auth/gmail.readonly";
export const SCOPE_SEND = "https://www.googleapis.com/auth/gmail.send";

export interface GoogleEndpoints {
	auth: string;
	token: string;
	revoke: string;
	/** Ends with `/gmail/v1/users/me/`. */
	gmail: string;
}

/** Google's own addresses, built in: no setting (and so no edit of the vault) can send a token anywhere else. */
export function googleEndpoints(): GoogleEndpoints {
	return {
		auth: "https://accounts.google.com/o/oauth2/v2/auth",
		token: "https://oauth2.googleapis.com/token",
		revoke: "https://oauth2.googleapis.com/revoke",
		gmail: "https://gmail.googleapis.com/gmail/v1/users/me/",
	};
}

export interface GmailConfig {
	clientId: string;
	clientSecret: string | null;
	refreshToken: string | null;
	endpoints: GoogleEndpoints;
	/** The scopes to ask for: read-only, plus send when sending is on. */
	scopes: string[];
}

export function gmailConfigFrom(settings: Settings, secrets: SecretStore): GmailConfig {
	const g = settings.gmail;
	return {
		clientId: g.clientId.trim(),
		clientSecret: secrets.get(g.clientSecretSecret),
		refreshToken: secrets.get(g.refreshTokenSecret),
		endpoints: googleEndpoints(),
		scopes: g.sendingEnabled ? [SCOPE_READONLY, SCOPE_SEND] : [SCOPE_READONLY],
	};
}
