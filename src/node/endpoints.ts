// The runner's confirmed addresses: like its safety settings, they come from its environment, never from the vault.
import { defaultSettings } from "../core/settings/parse";
import type { Settings } from "../core/settings/schema";
import { endpointValues, mergeEndpoints, type HeldEndpoint } from "../core/settings/endpoints";
import type { Env } from "./env";

export const ODOO_URL_VARIABLE = "AI_EMPLOYEE_ODOO_URL";

/**
 * The Odoo address in force is AI_EMPLOYEE_ODOO_URL (set next to AI_EMPLOYEE_ODOO_API_KEY: the key and where it may
 * go); secrets are read under their documented names. A different address or secret name in data.json is held:
 * nothing is sent there, and the caller prints and logs it.
 */
export function withRunnerEndpoints(settings: Settings, env: Env): { settings: Settings; held: HeldEndpoint[] } {
	const url = env[ODOO_URL_VARIABLE]?.trim() ?? "";
	const trusted = { ...endpointValues(defaultSettings()), "odoo.url": url };
	const merged = mergeEndpoints(trusted, settings);
	merged.settings.odoo.url = url;
	return merged;
}
