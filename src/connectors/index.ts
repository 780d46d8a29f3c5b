// The connectors both hosts hand the engine, built from the settings in force and this host's secrets.
import type * as z from "zod/mini";
import type { Clock, SecretStore } from "../core/ports";
import type { Connector } from "../core/executor/connector";
import type { Settings } from "../core/settings/schema";
import { createOdooConnector, ODOO_API_KEY_SECRET, odooConfigFrom } from "./odoo";
import { createSocialConnector, type SocialConfigs } from "./social/connector";
import { facebookConfigSchema } from "./facebook/config";
import { instagramConfigSchema } from "./instagram/config";
import { xConfigSchema } from "./x/config";
import { linkedinConfigSchema } from "./linkedin/config";
import { whatsappConfigSchema, type WhatsappConfig } from "./whatsapp/config";
import { whatsappConnector } from "./whatsapp/send";

/**
 * Secrets are looked up under the names the owner chose in the settings (the defaults are the documented names), with
 * the environment variable of that name as the fallback the host already provides.
 */
export function renamedSecrets(secrets: SecretStore, names: Record<string, string>): SecretStore {
	return {
		get: (name) => secrets.get(names[name] ?? name),
		set: (name, value) => secrets.set(names[name] ?? name, value),
	};
}

export function odooSecrets(settings: Settings, secrets: SecretStore): SecretStore {
	return renamedSecrets(secrets, { [ODOO_API_KEY_SECRET]: settings.odoo.apiKeySecret });
}

export type NetworkName = "facebook" | "instagram" | "x" | "linkedin";

const NETWORK_SCHEMAS = {
	facebook: facebookConfigSchema,
	instagram: instagramConfigSchema,
	x: xConfigSchema,
	linkedin: linkedinConfigSchema,
} satisfies Record<NetworkName, z.ZodMiniType>;

/** A network's settings checked by its connector's schema; null when it is off or not valid (the error says why). */
export function networkConfig<N extends NetworkName>(settings: Settings, network: N): { config: z.infer<(typeof NETWORK_SCHEMAS)[N]> | null; error: string | null } {
	const raw = settings.social[network];
	if (raw === null) return { config: null, error: null };
	const r = NETWORK_SCHEMAS[network].safeParse(raw);
	if (r.success) return { config: r.data as z.infer<(typeof NETWORK_SCHEMAS)[N]>, error: null };
	const issue = r.error.issues[0];
	return { config: null, error: `${issue?.path.join(".") ?? ""} ${issue?.message ?? "is invalid"}`.trim() };
}

export function socialConfigs(settings: () => Settings): SocialConfigs {
	return {
		facebook: () => networkConfig(settings(), "facebook").config,
		instagram: () => networkConfig(settings(), "instagram").config,
		x: () => networkConfig(settings(), "x").config,
		linkedin: () => networkConfig(settings(), "linkedin").config,
	};
}

/** The WhatsApp account settings checked by the connector's schema; null when off or not valid (the error says why). */
export function whatsappConfig(settings: Settings): { config: WhatsappConfig | null; error: string | null } {
	const raw = settings.whatsapp.account;
	if (raw === null) return { config: null, error: null };
	const r = whatsappConfigSchema.safeParse(raw);
	if (r.success) return { config: r.data, error: null };
	const issue = r.error.issues[0];
	return { config: null, error: `${issue?.path.join(".") ?? ""} ${issue?.message ?? "is invalid"}`.trim() };
}

export function buildConnectors(settings: () => Settings, clock: Clock): Connector[] {
	return [
		whatsappConnector(() => whatsappConfig(settings()).config),
		createOdooConnector((secrets) => odooConfigFrom(settings().odoo, odooSecrets(settings(), secrets))),
		createSocialConnector(socialConfigs(settings), () => clock.now()),
	];
}
