// Loads and saves settings on this device, keeping safety settings and the addresses secrets go to sealed against
// edits from outside the settings tab.
import type { App } from "obsidian";
import { canonicalJson, hmacHex, newKey, sameMac } from "../core/requests/canonical";
import { defaultSettings, parseSettings, type SettingsProblem } from "../core/settings/parse";
import type { Settings } from "../core/settings/schema";
import { applyLoosenings, mergeUntrusted, safetyValues, type Loosening, type SafetyValues } from "../core/settings/safety";
import { DEVICE_KEY_SECRET } from "../core/secrets";
import { applyEndpoints, endpointValues, mergeEndpoints, type EndpointValues, type HeldEndpoint } from "../core/settings/endpoints";

/** Never synced, never in the vault: the device key lives in secret storage, the sealed baseline in local storage. */
const BASELINE_KEY = "ai-employee-safety-baseline";

interface Baseline {
	values: SafetyValues;
	/** The addresses secrets may be sent to, as the owner confirmed them. Missing in baselines of older versions. */
	endpoints?: EndpointValues;
	mac: string;
}

interface Trusted {
	values: SafetyValues;
	endpoints: EndpointValues;
}

export interface LoadResult {
	settings: Settings;
	problems: SettingsProblem[];
	held: Loosening[];
	heldEndpoints: HeldEndpoint[];
}

export class SettingsStore {
	held: Loosening[] = [];
	heldEndpoints: HeldEndpoint[] = [];

	constructor(private readonly app: App) {}

	private deviceKey(): string {
		const existing = this.app.secretStorage.getSecret(DEVICE_KEY_SECRET);
		if (existing) return existing;
		const key = newKey();
		this.app.secretStorage.setSecret(DEVICE_KEY_SECRET, key);
		return key;
	}

	private async readBaseline(): Promise<Trusted | null> {
		const raw: unknown = this.app.loadLocalStorage(BASELINE_KEY);
		if (typeof raw !== "object" || raw === null || !("values" in raw) || !("mac" in raw)) return null;
		const b = raw as Baseline;
		// A baseline from before addresses were sealed covers the safety values only; no address counts as confirmed.
		const sealed = b.endpoints === undefined ? canonicalJson(b.values) : canonicalJson({ values: b.values, endpoints: b.endpoints });
		const mac = await hmacHex(this.deviceKey(), sealed);
		if (!sameMac(mac, String(b.mac))) return null;
		return { values: b.values, endpoints: { ...endpointValues(defaultSettings()), ...(b.endpoints ?? {}) } };
	}

	/** Records the safety values and addresses now in force as the trusted ones on this device. */
	async seal(settings: Settings): Promise<void> {
		const values = safetyValues(settings);
		const endpoints = endpointValues(settings);
		const baseline: Baseline = { values, endpoints, mac: await hmacHex(this.deviceKey(), canonicalJson({ values, endpoints })) };
		this.app.saveLocalStorage(BASELINE_KEY, baseline);
	}

	/**
	 * Reads settings that came from data.json (at start, or after a sync or an edit on disk). Safety values may only
	 * tighten; a loosening is held until the owner accepts it in the settings tab.
	 */
	async loadUntrusted(raw: unknown): Promise<LoadResult> {
		const { settings: candidate, problems } = parseSettings(raw);
		// A fresh install trusts its own defaults; a vault synced from elsewhere (or a forged baseline) starts safe too.
		const trusted = (await this.readBaseline()) ?? { values: safetyValues(defaultSettings()), endpoints: endpointValues(defaultSettings()) };
		const safe = mergeUntrusted(trusted.values, candidate);
		const { settings, held: heldEndpoints } = mergeEndpoints(trusted.endpoints, safe.settings);
		await this.seal(settings);
		this.held = safe.held;
		this.heldEndpoints = heldEndpoints;
		return { settings, problems, held: safe.held, heldEndpoints };
	}

	/**
	 * The owner saved the settings tab: what is in force is written to data.json, so the held changes are gone from it
	 * and must not wait for an Accept that would bring them back over the owner's newer choice.
	 */
	async sealOwnerChoice(settings: Settings): Promise<void> {
		this.held = [];
		this.heldEndpoints = [];
		await this.seal(settings);
	}

	/** The owner's one click on "Accept" in the settings tab. */
	async acceptHeld(current: Settings): Promise<Settings> {
		const next = applyEndpoints(applyLoosenings(current, this.held), this.heldEndpoints);
		this.held = [];
		this.heldEndpoints = [];
		await this.seal(next);
		return next;
	}
}
