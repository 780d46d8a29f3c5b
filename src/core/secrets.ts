// Secret names and their environment-variable fallbacks. Secrets live in secret storage or the environment, never the vault.
import type { SecretValue } from "./guard/types";
import type { SecretStore } from "./ports";
import type { Settings } from "./settings/schema";

/** `ai-employee-odoo-api-key` → `AI_EMPLOYEE_ODOO_API_KEY`. */
export function envNameForSecret(name: string): string {
	return name.toUpperCase().replace(/-/g, "_");
}

/** The key that signs approvals; generated on first use, shared by hand with a headless executor. */
export const APPROVAL_KEY_SECRET = "ai-employee-approval-key";

/** The device key that seals the safety settings in the app (see src/obsidian/settings-store.ts). */
export const DEVICE_KEY_SECRET = "ai-employee-device-key";

/**
 * Every secret the plugin may hold, by the name it is looked up under and how the card names it. The connectors own
 * these names (tests/core/secrets.test.ts checks that this list keeps up with them); the ones the owner can rename
 * come from the settings.
 */
export function configuredSecretNames(settings: Settings): { name: string; label: string }[] {
	const network = (n: "facebook" | "instagram" | "linkedin", fallback: string): string => {
		const named = (settings.social[n] as { tokenSecret?: unknown } | null)?.tokenSecret;
		return typeof named === "string" && named !== "" ? named : fallback;
	};
	return [
		{ name: APPROVAL_KEY_SECRET, label: "your approval key" },
		{ name: DEVICE_KEY_SECRET, label: "this device's key" },
		{ name: settings.odoo.apiKeySecret, label: "your Odoo API key" },
		{ name: settings.gmail.clientSecretSecret, label: "your Google client secret" },
		{ name: settings.gmail.refreshTokenSecret, label: "your Google refresh token" },
		{ name: network("facebook", "ai-employee-facebook-page-token"), label: "your Facebook Page token" },
		{ name: network("instagram", "ai-employee-instagram-token"), label: "your Instagram token" },
		{ name: network("linkedin", "ai-employee-linkedin-token"), label: "your LinkedIn token" },
		{ name: "ai-employee-x-api-key", label: "your X API key" },
		{ name: "ai-employee-x-api-secret", label: "your X API secret" },
		{ name: "ai-employee-x-access-token", label: "your X access token" },
		{ name: "ai-employee-x-access-secret", label: "your X access secret" },
		{ name: "ai-employee-x-user-token", label: "your X user token" },
	];
}

/** The values of those secrets on this host (secret storage, else the environment), plus the approval key in use. */
export function configuredSecretValues(settings: Settings, secrets: SecretStore, approvalKey: string | null): SecretValue[] {
	const out: SecretValue[] = [];
	const seen = new Set<string>();
	const add = (label: string, value: string | null) => {
		if (!value || seen.has(value)) return;
		seen.add(value);
		out.push({ label, value });
	};
	for (const { name, label } of configuredSecretNames(settings)) {
		try {
			add(label, secrets.get(name));
		} catch {
			// A host whose secret storage cannot be read simply contributes nothing here.
		}
	}
	add("your approval key", approvalKey);
	return out;
}
