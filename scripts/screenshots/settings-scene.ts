// The settings tab and a Connect dialog as the plugin draws them: the real plugin class, loaded the way Obsidian loads
// it (onload, then layout-ready) over obsidian-test-mocks' app, draws its own tab with display() and opens its own
// Connect dialog from the tab's Connect button. The `obsidian` module it sees is ./obsidian-dom.ts (the scene's bundle
// maps it there), whose components build Obsidian's markup, so the shot shows the rows, toggles and buttons as the app
// lays them out. Needs a DOM with Obsidian's globals (the scene installs them first).
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { PluginManifest } from "obsidian";
import { App, FileSystemAdapter } from "obsidian-test-mocks/obsidian";
import AiEmployeePlugin from "../../src/main";

/** What the mocks' Plugin base class adds: the tabs handed to addSettingTab and what loadData() answers. */
type LoadedPlugin = AiEmployeePlugin & { settingTabs__: { containerEl: HTMLElement; display(): void }[]; data__: unknown };

export interface SettingsScene {
	/** The tab's content (the rows), as display() drew it. */
	settings: string;
	/** Each group of the tab (its heading row and its card of rows), by heading, in the tab's order. */
	groups: Map<string, string>;
	/** The Connect Odoo dialog, opened from the tab. */
	connectOdoo: string;
	/** Closes the dialog and unloads the plugin. */
	close(): Promise<void>;
}

function manifest(root: string): PluginManifest {
	const m = JSON.parse(readFileSync(path.join(root, "manifest.json"), "utf8")) as PluginManifest;
	return { ...m, dir: `.obsidian/plugins/${m.id}` };
}

/** Loads the plugin as Obsidian does and waits until its layout-ready start has finished. */
async function loadPlugin(root: string, data: unknown): Promise<LoadedPlugin> {
	const adapter = FileSystemAdapter.create__("/screenshot-vault");
	const app = App.createConfigured__({ adapter: adapter.asOriginalType__(), files: {} });
	const plugin = new AiEmployeePlugin(app.asOriginalType__(), manifest(root)) as LoadedPlugin;
	plugin.data__ = structuredClone(data);
	// Component.load() calls onload() without awaiting it; keep its promise to wait as Obsidian does.
	const onload = plugin.onload.bind(plugin);
	let loading: Promise<void> | undefined;
	plugin.onload = () => (loading = onload());
	plugin.load();
	await loading;
	app.workspace.setLayoutReady__();
	await plugin.started;
	// Settings that came with the vault (data.json) wait for the owner's word on a device that has not seen them:
	// accept them as the owner would in the tab, so the shot shows the tab as it looks from then on.
	if (plugin.heldChanges().length > 0) await plugin.acceptHeldChanges();
	return plugin;
}

function rowNamed(container: HTMLElement, name: string): HTMLElement {
	const row = Array.from(container.querySelectorAll<HTMLElement>(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === name);
	if (!row) throw new Error(`the settings tab has no row named "${name}"`);
	return row;
}

export async function buildSettingsScene(root: string, data: unknown): Promise<SettingsScene> {
	const plugin = await loadPlugin(root, data);
	const tab = plugin.settingTabs__[0];
	if (!tab) throw new Error("the plugin registered no settings tab");
	tab.display();
	const settings = tab.containerEl.innerHTML;
	const groups = new Map<string, string>();
	for (const group of Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-group"))) {
		groups.set(group.querySelector(".setting-item-heading .setting-item-name")?.textContent ?? "", group.outerHTML);
	}

	rowNamed(tab.containerEl, "Connect Odoo").querySelector("button")!.click();
	const dialog = document.body.querySelector<HTMLElement>(".modal-container");
	if (!dialog) throw new Error("Connect Odoo opened no dialog");
	const connectOdoo = dialog.outerHTML;

	return {
		settings,
		groups,
		connectOdoo,
		async close() {
			dialog.querySelector<HTMLElement>(".modal-close-button")?.click();
			plugin.unload();
			await new Promise((resolve) => window.setTimeout(resolve, 50));
		},
	};
}
