// The Authorization header for an X request, from whichever sign-in the settings chose.
import type { SecretStore } from "../../core/ports";
import { missingToken } from "../social/errors";
import { X_SECRETS, type XConfig } from "./config";
import { oauth1Header } from "./oauth1";

/** In a dry run nothing is sent, so missing keys are allowed: the header is redacted in the record anyway. */
export async function xAuthorization(cfg: XConfig, secrets: SecretStore, method: string, url: string, nowMs: number, dryRun = false): Promise<string> {
	const need = (name: string): string => {
		const v = secrets.get(name);
		if (v) return v;
		if (dryRun) return "dry-run-placeholder";
		throw missingToken("x", name);
	};
	if (cfg.auth === "oauth2") return `Bearer ${need(X_SECRETS.userToken)}`;
	return oauth1Header(method, url, { consumerKey: need(X_SECRETS.apiKey), consumerSecret: need(X_SECRETS.apiSecret), token: need(X_SECRETS.accessToken), tokenSecret: need(X_SECRETS.accessSecret) }, nowMs);
}
