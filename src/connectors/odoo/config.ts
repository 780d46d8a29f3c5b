// The Odoo connection settings: their zod schema, the secret holding the API key, and the config the client runs on.
import * as z from "zod/mini";
import type { SecretStore } from "../../core/ports";
import { CategorizedError } from "../../core/util/errors";

/** Secret-storage id of the Odoo API key; the environment fallback is AI_EMPLOYEE_ODOO_API_KEY. */
export const ODOO_API_KEY_SECRET = "ai-employee-odoo-api-key";

export type OdooProtocolChoice = "auto" | "xmlrpc" | "json2";

export interface OdooConfig {
	/** The address Odoo is opened at, e.g. `https://mycompany.odoo.com` (no trailing path). */
	url: string;
	database: string;
	/** The user's login (usually an email); the API key replaces the password. */
	login: string;
	apiKey: string;
	protocol: OdooProtocolChoice;
	timeoutMs: number;
}

/** The stored, non-secret part (what the settings tab edits). The lead folds it into the settings shape as `odoo.*`. */
export const odooSettingsSchema = z.object({
	url: z.string().check(z.regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, "must start with http:// or https://")),
	database: z.string(),
	login: z.string(),
	protocol: z.enum(["auto", "xmlrpc", "json2"]),
	timeoutSeconds: z.int().check(z.minimum(1), z.maximum(300)),
});
export type OdooSettings = z.infer<typeof odooSettingsSchema>;

export const odooSettingsDefaults: OdooSettings = { url: "", database: "", login: "", protocol: "auto", timeoutSeconds: 30 };

/** Builds the client config from settings and the secret store; says exactly what is missing. */
export function odooConfigFrom(settings: OdooSettings, secrets: SecretStore): OdooConfig {
	const missing = (["url", "database", "login"] as const).filter((k) => settings[k].trim() === "");
	if (missing.length > 0) {
		throw new CategorizedError("data", `Odoo is not set up: ${missing.join(", ")} missing`, "Fill in the Odoo section of the AI Employee settings.");
	}
	const apiKey = secrets.get(ODOO_API_KEY_SECRET);
	if (!apiKey) {
		throw new CategorizedError(
			"auth",
			`No Odoo API key for ${settings.login}`,
			"Create a key in Odoo → Preferences → Account security, then paste it into the AI Employee settings (or set AI_EMPLOYEE_ODOO_API_KEY).",
		);
	}
	return {
		url: settings.url.replace(/\/+$/, ""),
		database: settings.database.trim(),
		login: settings.login.trim(),
		apiKey,
		protocol: settings.protocol,
		timeoutMs: settings.timeoutSeconds * 1000,
	};
}

/**
 * The connection as far as the settings know it, without the API key: what a dry run without credentials previews
 * against (the key shows as "[redacted]", a missing address as a placeholder).
 */
export function odooPreviewConfig(settings: OdooSettings): OdooConfig {
	return {
		url: settings.url.trim().replace(/\/+$/, ""),
		database: settings.database.trim(),
		login: settings.login.trim(),
		apiKey: "[redacted]",
		protocol: settings.protocol,
		timeoutMs: settings.timeoutSeconds * 1000,
	};
}
