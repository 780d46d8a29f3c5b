// Builds what the status view and status bar need from a running engine and its status center (the host's side).
import type { App } from "obsidian";
import type { Engine } from "../core/engine";
import type { StatusCenter } from "../core/status/status-center";
import type { StatusContext } from "./status-view";

export interface StatusContextOptions {
	/** The owner's settings save path for dry run (it seals the value); must not be a plain engine.updateSettings. */
	setDryRun(dryRun: boolean): Promise<void>;
	/** Extra work for Reconnect (e.g. test the connection) before paused watchers resume; default: none. */
	beforeReconnect?(connectorId: string): Promise<void>;
}

export function createStatusContext(app: App, engine: Engine, center: StatusCenter, options: StatusContextOptions): StatusContext {
	const approvals = engine.workflow.approvals;
	// An answer to the owner's own click: shown at once and in full, never grouped, delayed or switched off.
	const tell = (outcome: { ok: boolean; message: string }) => engine.host.notifier.notify(`AI Employee: ${outcome.message}`, "info");
	return {
		status: center.model,
		setDryRun: (dryRun) => options.setDryRun(dryRun),
		approve: async (path) => {
			tell(await approvals.approve(path));
		},
		reject: async (path, reason) => {
			tell(await approvals.reject(path, reason));
		},
		retry: async (path) => {
			tell(await approvals.retry(path));
		},
		open: (path) => app.workspace.openLinkText(path, "", false),
		reconnect: async (id) => {
			await options.beforeReconnect?.(id);
			const n = center.watchdog.resume(id);
			engine.host.notifier.notify(n > 0 ? `AI Employee: trying ${id} again (${n} watcher${n === 1 ? "" : "s"} resumed).` : `AI Employee: nothing of ${id} was paused; its next call will show whether it works.`, "info");
		},
		restartWatchers: () => {
			center.watchdog.restartAll();
			const n = center.watchdog.statuses().length;
			engine.host.notifier.notify(n === 0 ? "AI Employee: no watcher is set up." : `AI Employee: restarted ${n} watcher${n === 1 ? "" : "s"}.`, "info");
		},
	};
}
