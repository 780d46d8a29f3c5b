// Registers the status UI: the sidebar view, its ribbon icon, the status bar item and the commands "Open status" and
// "Restart watchers". Everything is registered in onload; it connects to the engine once the host calls connect().
import type { App, Plugin } from "obsidian";
import { STATUS_ICON, STATUS_VIEW_TYPE, StatusView, type StatusContext } from "./status-view";
import { StatusBarItem } from "./status-bar";

export interface StatusUi {
	/** Call when the engine and its status model run (and again after a restart of the engine). */
	connect(): void;
	/** Opens (or reveals) the status view in the right sidebar. */
	open(): Promise<void>;
}

export async function openStatusView(app: App): Promise<void> {
	const existing = app.workspace.getLeavesOfType(STATUS_VIEW_TYPE)[0];
	const leaf = existing ?? app.workspace.getRightLeaf(false);
	if (!leaf) return;
	if (!existing) await leaf.setViewState({ type: STATUS_VIEW_TYPE, active: true });
	await app.workspace.revealLeaf(leaf);
}

export function registerStatusUi(plugin: Plugin, context: () => StatusContext | null): StatusUi {
	const app = plugin.app;
	const open = () => openStatusView(app);
	plugin.registerView(STATUS_VIEW_TYPE, (leaf) => new StatusView(leaf, context));
	plugin.addRibbonIcon(STATUS_ICON, "Open AI Employee status", () => void open());
	const bar = new StatusBarItem(plugin, () => void open());
	plugin.addCommand({ id: "open-status", name: "Open status", callback: () => void open() });
	plugin.addCommand({
		id: "restart-watchers",
		name: "Restart watchers",
		checkCallback: (checking) => {
			const ctx = context();
			if (!ctx) return false;
			if (!checking) ctx.restartWatchers();
			return true;
		},
	});
	return {
		open,
		connect: () => {
			const ctx = context();
			if (!ctx) return;
			bar.connect(ctx);
			for (const leaf of app.workspace.getLeavesOfType(STATUS_VIEW_TYPE)) {
				if (leaf.view instanceof StatusView) leaf.view.attach();
			}
		},
	};
}
