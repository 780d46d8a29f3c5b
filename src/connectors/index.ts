// The connectors both hosts hand the engine, built from the settings in force and this host's secrets.
import type * as z from "zod/mini";
import type { Clock, SecretStore } from "../core/ports";
import type { ActionHandler, Connector } from "../core/executor/connector";
import { hostOf } from "../core/settings/endpoints";
import type { Settings } from "../core/settings/schema";
import { createOdooConnector, ODOO_API_KEY_SECRET, odooConfigFrom, odooPreviewConfig } from "./odoo";
import { createSocialConnector, type SocialConfigs } from "./social/connector";
import { facebookConfigSchema, GRAPH_BASE_URL } from "./facebook/config";
import { INSTAGRAM_HOSTS, instagramConfigSchema } from "./instagram/config";
import { X_BASE_URL, xConfigSchema } from "./x/config";
import { LINKEDIN_BASE_URL, linkedinConfigSchema } from "./linkedin/config";
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

/** The same connector, its handlers naming the host they call (for the card); their own methods are kept as they are. */
export function withHost(connector: Connector, host: (params: unknown) => string | null): Connector {
	const handlers = connector.handlers.map((h) => Object.assign(Object.create(h) as ActionHandler<never>, { host }));
	return { ...connector, handlers };
}

/** The host a social request calls: built into the plugin per network (Instagram's depends on the login it uses). */
export function socialHost(settings: Settings, params: unknown): string | null {
	const network = typeof params === "object" && params !== null ? (params as { network?: unknown }).network : undefined;
	if (network === "facebook") return hostOf(GRAPH_BASE_URL);
	if (network === "instagram") {
		const c = networkConfig(settings, "instagram").config;
		return hostOf(INSTAGRAM_HOSTS[c?.host ?? "instagram"]);
	}
	if (network === "x") return hostOf(X_BASE_URL);
	if (network === "linkedin") return hostOf(LINKEDIN_BASE_URL);
	return null;
}

export function buildConnectors(settings: () => Settings, clock: Clock): Connector[] {
	return [
		withHost(
			whatsappConnector(() => whatsappConfig(settings()).config),
			() => hostOf(GRAPH_BASE_URL),
		),
		withHost(
			createOdooConnector(
				(secrets) => odooConfigFrom(settings().odoo, odooSecrets(settings(), secrets)),
				() => odooPreviewConfig(settings().odoo),
			),
			() => hostOf(settings().odoo.url),
		),
		withHost(createSocialConnector(socialConfigs(settings), () => clock.now()), (params) => socialHost(settings(), params)),
	];
}
