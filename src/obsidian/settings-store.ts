// Loads and saves settings on this device, keeping safety settings sealed against edits from outside the settings tab.
import type { App } from "obsidian";
import { canonicalJson, hmacHex, newKey, sameMac } from "../core/requests/canonical";
import { defaultSettings, parseSettings, type SettingsProblem } from "../core/settings/parse";
import type { Settings } from "../core/settings/schema";
import { applyLoosenings, mergeUntrusted, safetyValues, type Loosening, type SafetyValues } from "../core/settings/safety";

/** Never synced, never in the vault: the device key lives in secret storage, the sealed baseline in local storage. */
export const DEVICE_KEY_SECRET = "ai-employee-device-key";
const BASELINE_KEY = "ai-employee-safety-baseline";

interface Baseline {
	values: SafetyValues;
	mac: string;
}

export interface LoadResult {
	settings: Settings;
	problems: SettingsProblem[];
	held: Loosening[];
}

export class SettingsStore {
	held: Loosening[] = [];

	constructor(private readonly app: App) {}

	private deviceKey(): string {
		const existing = this.app.secretStorage.getSecret(DEVICE_KEY_SECRET);
		if (existing) return existing;
		const key = newKey();
		this.app.secretStorage.setSecret(DEVICE_KEY_SECRET, key);
		return key;
	}

	private async readBaseline(): Promise<SafetyValues | null> {
		const raw: unknown = this.app.loadLocalStorage(BASELINE_KEY);
		if (typeof raw !== "object" || raw === null || !("values" in raw) || !("mac" in raw)) return null;
		const b = raw as Baseline;
		const mac = await hmacHex(this.deviceKey(), canonicalJson(b.values));
		return sameMac(mac, String(b.mac)) ? b.values : null;
	}

	/** Records the safety values now in force as the trusted ones on this device. */
	async seal(settings: Settings): Promise<void> {
		const values = safetyValues(settings);
		const baseline: Baseline = { values, mac: await hmacHex(this.deviceKey(), canonicalJson(values)) };
		this.app.saveLocalStorage(BASELINE_KEY, baseline);
	}

	/**
	 * Reads settings that came from data.json (at start, or after a sync or an edit on disk). Safety values may only
	 * tighten; a loosening is held until the owner accepts it in the settings tab.
	 */
	async loadUntrusted(raw: unknown): Promise<LoadResult> {
		const { settings: candidate, problems } = parseSettings(raw);
		let trusted = await this.readBaseline();
		if (trusted === null) {
			// A fresh install trusts its own defaults; a vault synced from elsewhere (or a forged baseline) starts safe too.
			trusted = safetyValues(defaultSettings());
		}
		const { settings, held } = mergeUntrusted(trusted, candidate);
		await this.seal(settings);
		this.held = held;
		return { settings, problems, held };
	}

	/** The owner's one click on "Accept" in the settings tab. */
	async acceptHeld(current: Settings): Promise<Settings> {
		const next = applyLoosenings(current, this.held);
		this.held = [];
		await this.seal(next);
		return next;
	}
}
