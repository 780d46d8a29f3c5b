// What the plugin's UI modules (settings rows, Connect guides, the get-started page) use of the plugin: narrow
// interfaces, so they never import the plugin class and main.ts only wires parts together.
import type { App } from "obsidian";
import type { Engine } from "../core/engine";
import type { Settings } from "../core/settings/schema";
import type { ExecutorChoice } from "./executor-seat";

/** The settings in force, saved the owner's way, and the running engine (null until layout-ready). */
export interface PluginContext {
	readonly app: App;
	settings: Settings;
	/** Saves a change made by the owner's own hand: safety values are sealed as they are. */
	saveSettings(): Promise<void>;
	readonly engine: Engine | null;
}

/** What the settings tab needs besides: held changes, this device's executor choice and its approval key. */
export interface SettingsTabContext extends PluginContext {
	heldChanges(): string[];
	acceptHeldChanges(): Promise<void>;
	readonly executor: ExecutorChoice;
	approvalKey(): string | null;
}
