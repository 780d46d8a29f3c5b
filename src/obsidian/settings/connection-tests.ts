// "Test connection" for each connector, in words for the settings tab and the Connect guides.
import type { PluginContext } from "../plugin-context";
import { networkConfig, odooSecrets, type NetworkName } from "../../connectors";
import { OdooClient, odooConfigFrom } from "../../connectors/odoo";
import { testFacebookConnection } from "../../connectors/facebook/test-connection";
import { testInstagramConnection } from "../../connectors/instagram/test-connection";
import { testXConnection } from "../../connectors/x/test-connection";
import { testLinkedinConnection } from "../../connectors/linkedin/test-connection";
import type { ConnectionReport } from "../../connectors/social/connection";
import type { Settings } from "../../core/settings/schema";
import type { SecretStore } from "../../core/ports";

/** `trial` tests settings and secrets the owner typed before they are saved (a Connect guide); default: what is saved. */
export async function testOdoo(plugin: PluginContext, trial?: { settings: Settings; secrets: SecretStore }): Promise<{ ok: boolean; text: string }> {
	const engine = plugin.engine;
	if (!engine) return { ok: false, text: "The plugin is still starting." };
	const settings = trial?.settings ?? plugin.settings;
	const config = odooConfigFrom(settings.odoo, odooSecrets(settings, trial?.secrets ?? engine.host.secrets));
	const report = await OdooClient.overHttp(config, engine.host.http, engine.host.clock).testConnection();
	return report.ok
		? { ok: true, text: `Connected to Odoo ${report.serverVersion} (${report.protocol}), database ${report.database}, as ${report.user.name} <${report.user.login}>.` }
		: { ok: false, text: `Failed (${report.category}): ${report.reason}. ${report.suggestion}` };
}

/** Asks the network who the account is; on success also returns the report (for names and ids the guides save). */
export async function testNetwork(plugin: PluginContext, network: NetworkName, trial?: { settings: Settings; secrets: SecretStore }): Promise<{ ok: boolean; text: string; report: ConnectionReport | null }> {
	const engine = plugin.engine;
	if (!engine) return { ok: false, text: "The plugin is still starting.", report: null };
	const { config, error } = networkConfig(trial?.settings ?? plugin.settings, network);
	if (!config) return { ok: false, text: error ? `Not set up: ${error}.` : "Not set up yet: fill in the fields above.", report: null };
	const http = engine.host.http;
	const secrets = trial?.secrets ?? engine.host.secrets;
	const report =
		network === "facebook"
			? await testFacebookConnection(http, config as never, secrets)
			: network === "instagram"
				? await testInstagramConnection(http, config as never, secrets)
				: network === "x"
					? await testXConnection(http, config as never, secrets)
					: await testLinkedinConnection(http, config as never, secrets);
	return report.ok
		? { ok: true, text: `Connected as ${report.account} (${report.id}).`, report }
		: { ok: false, text: `Failed (${report.category}): ${report.reason} ${report.suggestion}`, report };
}
