// Builds the status parts around an engine (watchdog, status model, dashboard writer) for both hosts to add as services.
import type { Engine } from "../engine";
import type { Service } from "../watchers/supervisor";
import { Watchdog } from "../watchers/watchdog";
import { DashboardWriter } from "../dashboard/dashboard-writer";
import { StatusModel } from "./status-model";
import { connectorsFromSettings } from "./connector-list";
import type { ConnectorInfo } from "./types";

export interface StatusCenterOptions {
	/** The connectors to list; default: Odoo and the four networks from the settings. */
	connectors?: () => ConnectorInfo[];
	/** When the next briefing is due (from the briefing scheduler), or null. */
	nextBriefing?: () => number | null;
	/** Why this device does not execute approved requests, or null. */
	executorNote?: () => string | null;
	/** Seconds of quiet before Dashboard.md is rewritten (default 3). */
	dashboardDebounceMs?: number;
}

export interface StatusCenter {
	watchdog: Watchdog;
	model: StatusModel;
	dashboard: DashboardWriter;
	/** Add these to the engine in this order (the supervisor stops them in reverse). */
	services: Service[];
}

/** The watchdog every watcher runs under; notices go through the host's notifier, failures into the audit log. */
export function createWatchdog(engine: Engine): Watchdog {
	return new Watchdog({
		notifier: engine.host.notifier,
		log: (entry) => engine.log.append(entry),
		actor: engine.actor,
		timeZone: () => engine.timeZone,
		now: () => engine.host.clock.now(),
	});
}

export function createStatusCenter(engine: Engine, options: StatusCenterOptions = {}, watchdog: Watchdog = createWatchdog(engine)): StatusCenter {
	const model = new StatusModel({
		workflow: engine.deps,
		onSettingsChange: (l) => engine.onSettingsChange(l),
		watchdog,
		connectors: options.connectors ?? (() => connectorsFromSettings(engine.settings, engine.host.secrets)),
		nextBriefing: options.nextBriefing ?? (() => null),
		executorNote: options.executorNote,
	});
	const dashboard = new DashboardWriter({
		vault: engine.host.vault,
		notifier: engine.host.notifier,
		layout: () => engine.layout,
		status: model,
		debounceMs: options.dashboardDebounceMs,
	});
	return { watchdog, model, dashboard, services: [watchdog, model, dashboard] };
}
