// The app's device state: records in Obsidian's local storage (per vault, never synced, not in the vault), sealed with
// the device key from secret storage.
import type { App } from "obsidian";
import type { DeviceStateStore } from "../core/ports";
import { newKey } from "../core/requests/canonical";
import { DEVICE_KEY_SECRET } from "../core/secrets";

const PREFIX = "ai-employee-state:";

export class ObsidianDeviceState implements DeviceStateStore {
	readonly where = "this app's local storage";

	constructor(private readonly app: App) {}

	get(name: string): Promise<string | null> {
		const v: unknown = this.app.loadLocalStorage(PREFIX + name);
		return Promise.resolve(typeof v === "string" ? v : null);
	}

	set(name: string, text: string): Promise<void> {
		// Throws when the storage is full: the executor then sends nothing.
		this.app.saveLocalStorage(PREFIX + name, text);
		return Promise.resolve();
	}

	deviceKey(): Promise<string> {
		const existing = this.app.secretStorage.getSecret(DEVICE_KEY_SECRET);
		if (existing) return Promise.resolve(existing);
		const key = newKey();
		this.app.secretStorage.setSecret(DEVICE_KEY_SECRET, key);
		return Promise.resolve(key);
	}
}
