// The briefing's outside sources as the hosts hand them to the core: Odoo's weekly reads and the social networks' metrics.
import type { ExternalSources, OdooResult, SocialFigures } from "../core/briefing/types";
import type { BriefingDeps } from "../core/briefing/collect";
import type { EngineParts } from "../core/engine-ports";
import type { Clock, HttpClient, SecretStore } from "../core/ports";
import type { Settings } from "../core/settings/schema";
import { CategorizedError, messageOf } from "../core/util/errors";
import { networkConfig, odooSecrets } from "./index";
import { OdooClient, odooConfigFrom, readWeeklyAudit } from "./odoo";
import { weeklySocialMetrics, type SocialMetricsConfigs } from "./social/metrics";

export interface SourceDeps {
	http: HttpClient;
	clock: Clock;
	secrets: SecretStore;
}

/** True when the Odoo section of the settings is filled in (the API key is checked when reading). */
export function odooConfigured(settings: Settings): boolean {
	return settings.odoo.url.trim() !== "" && settings.odoo.database.trim() !== "" && settings.odoo.login.trim() !== "";
}

/** Odoo's weekly figures as the core expects them; every failure is an answer (the briefing lists it), never a throw. */
export function odooSource(settings: () => Settings, deps: SourceDeps): ExternalSources["odoo"] {
	if (!odooConfigured(settings())) return null;
	return async (q): Promise<OdooResult> => {
		try {
			const s = settings();
			const config = odooConfigFrom(s.odoo, odooSecrets(s, deps.secrets));
			const client = OdooClient.overHttp(config, deps.http, deps.clock);
			const figures = await readWeeklyAudit(client, { today: q.today, weekStartsOn: q.weekStartsOn });
			return { ok: true, figures: { ...figures, baseUrl: config.url } };
		} catch (err) {
			if (err instanceof CategorizedError) return { ok: false, reason: err.message, suggestion: err.suggestion };
			return { ok: false, reason: messageOf(err), suggestion: "Check the Odoo settings with Test connection, then generate the briefing again." };
		}
	};
}

export function socialSource(settings: () => Settings, deps: SourceDeps): ExternalSources["social"] {
	const s = settings();
	const configs: SocialMetricsConfigs = {
		facebook: networkConfig(s, "facebook").config,
		instagram: networkConfig(s, "instagram").config,
		x: networkConfig(s, "x").config,
		linkedin: networkConfig(s, "linkedin").config,
	};
	if (!configs.facebook && !configs.instagram && !configs.x && !configs.linkedin) return null;
	return async (period): Promise<SocialFigures[]> => weeklySocialMetrics(deps, configs, period);
}

/** What both hosts pass to the briefing: `sources: briefingSources(() => settings, host)`. Built fresh per run. */
export function briefingSources(settings: () => Settings, deps: SourceDeps): () => ExternalSources {
	return () => ({ odoo: odooSource(settings, deps), social: socialSource(settings, deps) });
}

/** The briefing's dependencies for an engine: its workflow parts plus these sources (both hosts call this). */
export function briefingDepsFor(engine: { deps: EngineParts; host: SourceDeps; settings: Settings }): BriefingDeps {
	return { ...engine.deps, sources: briefingSources(() => engine.settings, engine.host) };
}
