// "Test connection" for WhatsApp in words for the settings tab and the Connect guide, and the stored account record.
import type { PluginContext } from "../plugin-context";
import { whatsappConfig } from "../../connectors";
import { testWhatsappConnection } from "../../connectors/whatsapp/test-connection";
import type { Settings } from "../../core/settings/schema";
import type { SecretStore } from "../../core/ports";

/** The WhatsApp account as stored (a plain record, {} when off). */
export function whatsappAccount(s: Settings): Record<string, unknown> {
	return { ...(s.whatsapp.account ?? {}) };
}

/** `trial` tests what the owner typed before it is saved (the Connect guide); default: what is saved. */
export async function testWhatsapp(plugin: PluginContext, trial?: { settings: Settings; secrets: SecretStore }): Promise<{ ok: boolean; text: string; number: string | null }> {
	const engine = plugin.engine;
	if (!engine) return { ok: false, text: "The plugin is still starting.", number: null };
	const { config, error } = whatsappConfig(trial?.settings ?? plugin.settings);
	if (!config) return { ok: false, text: error ? `Not set up: ${error}.` : "Not set up yet: enter the phone number id above, or press Connect.", number: null };
	const r = await testWhatsappConnection(engine.host.http, config, trial?.secrets ?? engine.host.secrets, engine.host.clock.now());
	if (!r.ok) return { ok: false, text: `Failed: ${r.reason}. ${r.suggestion}`, number: null };
	const quality = r.quality ? `, quality rating ${r.quality}` : "";
	return { ok: true, text: `Connected: sending from ${r.number}${r.name ? ` (${r.name})` : ""}${quality}.`, number: r.number };
}
