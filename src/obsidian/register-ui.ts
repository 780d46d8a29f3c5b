// Everything the plugin shows, registered at load: the settings tab, commands, views and the card renderers. Nothing
// here runs work; each part asks for the engine when used (null until layout-ready).
import type { Plugin } from "obsidian";
import type { Engine } from "../core/engine";
import type { GmailParts } from "../connectors/gmail";
import type { GmailWatcher } from "../core/watchers/gmail-watcher";
import type { PostDrafter } from "../core/drafts/drafter";
import { CARD_FENCE } from "../core/approval/approvals";
import { DECISION_FENCE } from "../core/conflicts/decision-note";
import { briefingDepsFor } from "../connectors/briefing-sources";
import type { SettingsTabContext } from "./plugin-context";
import { AiEmployeeSettingTab } from "./settings-tab";
import { connectorGroups } from "./settings/connectors";
import { gmailSettingsGroups } from "./settings/gmail";
import { briefingSettingsGroups } from "./settings/briefing";
import { draftsSettingsGroups } from "./settings/drafts";
import { registerRequestCommands, registerSetUpCommand } from "./commands";
import { registerGmailCommands } from "./google-signin";
import { registerBriefingCommands } from "./briefing-commands";
import { registerDraftCommands } from "./drafts-commands";
import { registerWhatsappCommands } from "./whatsapp-commands";
import { registerStatusUi, type StatusUi } from "./status-commands";
import type { StatusContext } from "./status-view";
import { approvalBlockProcessor } from "./approval-block";
import { decisionBlockProcessor } from "./decision-block";
import { GET_STARTED_VIEW_TYPE, GetStartedView, openGetStarted } from "./get-started-view";

/** The parts built at layout-ready, as the UI finds them when the owner uses it. */
export interface RunningParts {
	engine: () => Engine | null;
	assembly: () => { gmail: GmailParts; gmailWatcher: GmailWatcher; drafter: PostDrafter } | null;
	statusContext: () => StatusContext | null;
}

/** Registers the plugin's UI; returns the status UI, which connects to the engine once it runs. */
export function registerPluginUi(plugin: Plugin & SettingsTabContext & { started: Promise<void> }, parts: RunningParts): StatusUi {
	const { app } = plugin;
	const engine = parts.engine;
	const groups = [connectorGroups, gmailSettingsGroups(() => parts.assembly()?.gmail ?? null), () => briefingSettingsGroups(), () => draftsSettingsGroups()];
	plugin.addSettingTab(new AiEmployeeSettingTab(app, plugin, plugin, groups));
	registerSetUpCommand(plugin, engine);
	registerRequestCommands(plugin, engine);
	registerGmailCommands(plugin, engine, () => parts.assembly()?.gmailWatcher ?? null);
	registerBriefingCommands(plugin, () => {
		const e = engine();
		return e ? briefingDepsFor(e) : null;
	});
	const statusUi = registerStatusUi(plugin, parts.statusContext);
	plugin.registerView(GET_STARTED_VIEW_TYPE, (leaf) => new GetStartedView(leaf, plugin, () => void statusUi.open()));
	plugin.addCommand({ id: "open-get-started", name: "Open get started", callback: () => void openGetStarted(app) });
	plugin.registerMarkdownCodeBlockProcessor(CARD_FENCE, approvalBlockProcessor(app, engine, plugin.started));
	plugin.registerMarkdownCodeBlockProcessor(DECISION_FENCE, decisionBlockProcessor(app, engine, plugin.started));
	registerDraftCommands(plugin, () => {
		const e = engine();
		const a = parts.assembly();
		return e && a ? { engine: e, drafter: a.drafter } : null;
	});
	registerWhatsappCommands(plugin, engine);
	return statusUi;
}
