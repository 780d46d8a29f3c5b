// The Gmail connector as hosts use it: the email.send action and the watcher's MailSource. The invoice reader is imported
// from invoice/classify by the host that runs it in place (Obsidian runs it in a worker, so main.js carries it once).
import type { ActionHandler, Connector } from "../../core/executor/connector";
import type { HttpClient, SecretStore } from "../../core/ports";
import type { Settings } from "../../core/settings/schema";
import type { MailSource } from "../../core/watchers/gmail-watcher";
import { GmailClient } from "./client";
import { gmailConfigFrom, type GmailConfig } from "./config";
import { GoogleAuth } from "./oauth";
import { sendEmailHandler } from "./send";
import { gmailMailSource } from "./source";

export interface GmailParts {
	connector: Connector;
	/** The mailbox for the watcher, or null when this device has no Gmail sign-in. */
	source: () => MailSource | null;
	auth: GoogleAuth;
	config: () => GmailConfig;
}

/** One GoogleAuth (access-token cache) shared by the watcher and the sender. */
export function createGmail(settings: () => Settings, secrets: SecretStore, http: HttpClient, now: () => number): GmailParts {
	const auth = new GoogleAuth(now);
	const config = () => gmailConfigFrom(settings(), secrets);
	return {
		connector: { id: "gmail", handlers: [sendEmailHandler((s) => gmailConfigFrom(settings(), s), auth)] as unknown as ActionHandler<never>[] },
		source: () => {
			const c = config();
			if (!settings().gmail.enabled || !c.refreshToken || !c.clientId) return null;
			return gmailMailSource(new GmailClient(c, auth, (r) => http.request(r)));
		},
		auth,
		config,
	};
}

export { toMailMessage } from "./message";
export { GOOGLE_CLIENT_SECRET_SECRET, GOOGLE_REFRESH_TOKEN_SECRET, SCOPE_READONLY, SCOPE_SEND, googleEndpoints } from "./config";
export { sendEmailParams, type SendEmailParams } from "./send";
