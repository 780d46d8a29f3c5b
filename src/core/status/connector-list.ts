// The connectors the status view lists, read from the settings alone (core knows settings, not connector code).
import type { AuditEntry } from "../log/entry";
import type { SecretStore } from "../ports";
import type { Settings } from "../settings/schema";
import type { ConnectorInfo } from "./types";

const NETWORK_LABEL = { facebook: "Facebook", instagram: "Instagram", x: "X", linkedin: "LinkedIn" } as const;

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
			problem: odooFilled && secrets.get(o.apiKeySecret) === null ? `The API key secret "${o.apiKeySecret}" is not set on this device.` : null,
			actionPrefixes: ["odoo."],
		},
	];
	for (const network of ["facebook", "instagram", "x", "linkedin"] as const) {
		list.push({ id: network, label: NETWORK_LABEL[network], configured: settings.social[network] !== null, matches: socialLineOf(network) });
	}
	if (settings.whatsapp.account !== null) {
		list.push({
			id: "whatsapp",
			label: "WhatsApp",
			configured: true,
			problem: secrets.get("ai-employee-whatsapp-token") === null ? 'The token secret "ai-employee-whatsapp-token" is not set on this device.' : null,
			actionPrefixes: ["whatsapp."],
		});
	}
	return list;
}
