// The Connect Gmail / Disconnect buttons' work in Obsidian: the OAuth flow in the system browser via a loopback listener.
import type { Plugin } from "obsidian";
import type { Engine } from "../core/engine";
import type { PluginContext } from "./plugin-context";
import type { GmailParts } from "../connectors/gmail";
import { gmailConfigFrom } from "../connectors/gmail/config";
import { connectGmail, disconnectGmail } from "../connectors/gmail/signin";
import { messageOf } from "../core/util/errors";

/** Runs the sign-in; resolves with a sentence for the settings row. */
export async function signInToGmail(plugin: PluginContext): Promise<string> {
	const engine = plugin.engine;
	if (!engine) return "AI Employee is still starting; try again in a moment.";
	const settings = plugin.settings;
	try {
		// Loaded on the first sign-in: node:http is not evaluated when the plugin loads.
		const { nodeLoopback } = await import("../platform/loopback");
		const result = await connectGmail({
			config: gmailConfigFrom(settings, engine.host.secrets),
			refreshTokenSecret: settings.gmail.refreshTokenSecret,
			secrets: engine.host.secrets,
			http: engine.host.http,
			loopback: nodeLoopback,
			// Obsidian hands http(s) URLs to the system browser, where the owner's Google session lives.
			openBrowser: (url) => void window.open(url),
			now: () => engine.host.clock.now(),
		});
		await engine.log.append({ action_type: "gmail.connected", actor: engine.owner, target: "gmail", result: "success", details: { scopes: result.scopes } });
		return `Connected. Access granted: ${result.scopes.map((s) => s.replace(/^.*\//, "")).join(", ")}.`;
	} catch (err) {
		await engine.log.append({ action_type: "gmail.connected", actor: engine.owner, target: "gmail", result: "failure", error: messageOf(err) });
		return `Not connected: ${messageOf(err)}`;
	}
}

export async function signOutOfGmail(plugin: PluginContext, gmail: GmailParts | null): Promise<string> {
	const engine = plugin.engine;
	if (!engine || !gmail) return "AI Employee is still starting; try again in a moment.";
	const note = await disconnectGmail({ config: gmailConfigFrom(plugin.settings, engine.host.secrets), refreshTokenSecret: plugin.settings.gmail.refreshTokenSecret, secrets: engine.host.secrets, http: engine.host.http, auth: gmail.auth });
	await engine.log.append({ action_type: "gmail.disconnected", actor: engine.owner, target: "gmail", result: "success", details: { note } });
	return note;
}

/** Registers "Check Gmail now": one poll of the watcher right away (the watchdog keeps its own schedule). */
export function registerGmailCommands(plugin: Plugin, engine: () => Engine | null, watcher: () => { poll(signal: AbortSignal): Promise<void> } | null): void {
	plugin.addCommand({
		id: "check-gmail-now",
		name: "Check Gmail now",
		callback: () => {
			const w = watcher();
			if (!w) return;
			void w.poll(new AbortController().signal).catch(async (err: unknown) => {
				const e = engine();
				e?.host.notifier.notify(`AI Employee: Gmail check failed: ${messageOf(err)}`, "failure");
				await e?.log.append({ action_type: "gmail.poll", actor: e.actor, target: "gmail", result: "failure", error: messageOf(err) });
			});
		},
	});
}
