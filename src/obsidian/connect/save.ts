// What a Connect guide keeps: settings through the same validation as the settings tab, secrets only in secret storage.
import type { PluginContext } from "../plugin-context";
import { parseSettings } from "../../core/settings/parse";
import type { Settings } from "../../core/settings/schema";
import type { Engine } from "../../core/engine";
import type { SecretStore } from "../../core/ports";

export function engineOf(plugin: PluginContext): Engine {
	const engine = plugin.engine;
	if (!engine) throw new Error("AI Employee is still starting; try again in a moment.");
	return engine;
}

/** The settings with a change applied and validated as the settings tab does; throws with the reason when invalid. */
export function candidate(plugin: PluginContext, mutate: (c: Settings) => void): Settings {
	const next = structuredClone(plugin.settings);
	mutate(next);
	const { settings, problems } = parseSettings(next);
	if (problems.length > 0) throw new Error(`not saved: ${problems.map((p) => `${p.key} ${p.message}`).join("; ")}`);
	return settings;
}

/** Validates and saves a change as the settings tab does (the owner's own hand). */
export async function saveChange(plugin: PluginContext, mutate: (c: Settings) => void): Promise<void> {
	plugin.settings = candidate(plugin, mutate);
	await plugin.saveSettings();
}

/** Secret storage as it would be with `values` stored: to test typed keys before they replace working ones. */
export function withSecrets(base: SecretStore, values: Record<string, string>): SecretStore {
	return {
		get: (name) => (name in values ? (values[name] ?? null) : base.get(name)),
		set: (name, value) => base.set(name, value),
	};
}

/** Into this device's secret storage only: never data.json, never the vault. */
export function keepSecret(plugin: PluginContext, name: string, value: string): void {
	engineOf(plugin).host.secrets.set(name, value.trim());
}

/** A network's stored settings as a plain record (null when off). */
export function networkRecord(s: Settings, network: keyof Settings["social"]): Record<string, unknown> {
	return { ...(s.social[network] ?? {}) };
}

export function stringField(r: Record<string, unknown>, key: string): string {
	const v = r[key];
	return typeof v === "string" ? v : "";
}

/** One audit line per connection made through a guide: which account, never a secret. */
export async function logConnected(plugin: PluginContext, service: string, ok: boolean, details: Record<string, unknown>, error?: string): Promise<void> {
	const engine = engineOf(plugin);
	await engine.log.append({ action_type: `${service}.connected`, actor: engine.owner, target: service, result: ok ? "success" : "failure", details, ...(error ? { error } : {}) });
}
