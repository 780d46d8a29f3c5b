// The connectors the status view lists, read from the settings alone (core knows settings, not connector code).
import type { AuditEntry } from "../log/entry";
import type { SecretStore } from "../ports";
import type { Settings } from "../settings/schema";
import type { ConnectorInfo } from "./types";

const NETWORK_LABEL = { facebook: "Facebook", instagram: "Instagram", x: "X", linkedin: "LinkedIn" } as const;

/**
 * The secret ids the README documents for each network (a network's settings may name another id in `tokenSecret`).
 * X signs in with four OAuth 1.0a keys, or with one OAuth 2.0 user token.
 */
const TOKEN_SECRET = { facebook: "ai-employee-facebook-page-token", instagram: "ai-employee-instagram-token", linkedin: "ai-employee-linkedin-token" } as const;
const X_KEYS = ["ai-employee-x-api-key", "ai-employee-x-api-secret", "ai-employee-x-access-token", "ai-employee-x-access-secret"];
const X_USER_TOKEN = "ai-employee-x-user-token";

/** Why a configured network cannot post from this device (its credentials are not here), or null. */
function missingCredential(network: keyof typeof NETWORK_LABEL, config: unknown, secrets: SecretStore): string | null {
	if (network === "x") {
		const oauth2 = typeof config === "object" && config !== null && (config as { auth?: unknown }).auth === "oauth2";
		const needed = oauth2 ? [X_USER_TOKEN] : X_KEYS;
		const absent = needed.filter((id) => secrets.get(id) === null);
		return absent.length === 0 ? null : `No credentials on this device: ${absent.length === 1 ? "the secret" : "the secrets"} ${absent.map((id) => `"${id}"`).join(", ")} ${absent.length === 1 ? "is" : "are"} not set.`;
	}
	const named = typeof config === "object" && config !== null ? (config as { tokenSecret?: unknown }).tokenSecret : undefined;
	const id = typeof named === "string" && named !== "" ? named : TOKEN_SECRET[network];
	return secrets.get(id) === null ? `No credentials on this device: the secret "${id}" is not set.` : null;
}

/** A social line belongs to the network its parameters name. */
function socialLineOf(network: string): (e: AuditEntry) => boolean {
	return (e) => e.action_type.startsWith("social.") && e.parameters.network === network;
}

/**
 * Odoo and the four networks, as configured in the settings. Hosts with more connectors (Gmail, a bank) append their
 * own entries; a watcher's `connector` names the entry its auth pause shows on.
 */
export function connectorsFromSettings(settings: Settings, secrets: SecretStore): ConnectorInfo[] {
	const o = settings.odoo;
	const odooFilled = o.url !== "" && o.database !== "" && o.login !== "";
	const list: ConnectorInfo[] = [
		{
			id: "odoo",
			label: "Odoo",
			configured: odooFilled,
			problem: odooFilled && secrets.get(o.apiKeySecret) === null ? `No credentials on this device: the API key secret "${o.apiKeySecret}" is not set.` : null,
			actionPrefixes: ["odoo."],
		},
	];
	for (const network of ["facebook", "instagram", "x", "linkedin"] as const) {
		const config = settings.social[network];
		const missing = config === null ? null : missingCredential(network, config, secrets);
		list.push({ id: network, label: NETWORK_LABEL[network], configured: config !== null, problem: missing, matches: socialLineOf(network) });
	}
	if (settings.whatsapp.account !== null) {
		// Without a phone number id nothing can be sent (the settings tab says an empty one turns WhatsApp off).
		const phone = settings.whatsapp.account.phoneNumberId;
		const configured = typeof phone === "string" && phone !== "";
		list.push({
			id: "whatsapp",
			label: "WhatsApp",
			configured,
			problem: configured && secrets.get("ai-employee-whatsapp-token") === null ? 'The token secret "ai-employee-whatsapp-token" is not set on this device.' : null,
			actionPrefixes: ["whatsapp."],
		});
	}
	return list;
}
