// Settings groups for the connectors: Odoo and the four social networks, each with its secret and "Test connection".
import { SecretComponent, type Setting } from "obsidian";
import type { PluginContext } from "../plugin-context";
import type { Settings } from "../../core/settings/schema";
import { envNameForSecret } from "../../core/secrets";
import type { NetworkName } from "../../connectors";
import { testNetwork, testOdoo } from "./connection-tests";
import { connectRow } from "../connect/connect-row";
import { odooGuide } from "../connect/odoo";
import { facebookGuide } from "../connect/facebook";
import { instagramGuide } from "../connect/instagram";
import { xGuide } from "../connect/x";
import { linkedinGuide } from "../connect/linkedin";
import { X_SECRETS } from "../../connectors/x/config";
import { FACEBOOK_TOKEN_SECRET } from "../../connectors/facebook/config";
import { INSTAGRAM_TOKEN_SECRET } from "../../connectors/instagram/config";
import { LINKEDIN_TOKEN_SECRET } from "../../connectors/linkedin/config";
import { messageOf } from "../../core/util/errors";
import { numberAt, textAt, type Group, type Row } from "../settings-rows";
import type { ConnectGuide } from "../connect/guide";

/** A button that runs a check and writes its answer into the row's description. */
export function testButton(setting: Setting, run: () => Promise<string>): void {
	setting.addButton((b) =>
		b.setButtonText("Test connection").onClick(() => {
			setting.setDesc("Testing…");
			// Block bodies on purpose: setDesc returns the Setting, a thenable that would never let the promise settle.
			void run()
				.then((text) => {
					setting.setDesc(text);
				})
				.catch((err: unknown) => {
					setting.setDesc(`Failed: ${messageOf(err)}`);
				});
		}),
	);
}

/** A secret picker whose choice is stored as the secret's name (never its value). */
export function secretRow(plugin: PluginContext, key: string, name: string, get: (s: Settings) => string, set: (c: Settings, v: string) => void, desc = ""): Row {
	return {
		key,
		kind: "custom",
		name,
		desc: `${desc}${desc ? " " : ""}Kept in this device's secret storage, never in the vault. Without it, the environment variable named after the secret is used.`,
		render: (setting) => {
			setting.setDesc(`${desc}${desc ? " " : ""}Kept in this device's secret storage, never in the vault. Fallback: the environment variable ${envNameForSecret(get(plugin.settings))}.`);
			setting.addComponent((el) =>
				new SecretComponent(plugin.app, el).setValue(get(plugin.settings)).onChange((value) => {
					const next = structuredClone(plugin.settings);
					set(next, value);
					plugin.settings = next;
					void plugin.saveSettings();
				}),
			);
		},
	};
}

function networkField(network: NetworkName, field: string, name: string, desc: string, placeholder?: string): Row {
	return {
		key: `social.${network}.${field}`,
		kind: "text",
		name,
		desc,
		placeholder: placeholder ? () => placeholder : undefined,
		get: (s) => {
			const v = s.social[network]?.[field];
			return typeof v === "string" ? v : "";
		},
		set: (c, v) => {
			const current = { ...(c.social[network] ?? {}) };
			if (v.trim() === "") delete current[field];
			else current[field] = v.trim();
			c.social[network] = Object.keys(current).length === 0 ? null : current;
		},
	};
}

function networkTokenRow(plugin: PluginContext, network: "facebook" | "instagram" | "linkedin", fallback: string, label: string): Row {
	return secretRow(
		plugin,
		`social.${network}.tokenSecret`,
		label,
		(s) => {
			const v = s.social[network]?.tokenSecret;
			return typeof v === "string" ? v : fallback;
		},
		(c, v) => {
			c.social[network] = { ...(c.social[network] ?? {}), tokenSecret: v };
		},
	);
}

function networkTest(plugin: PluginContext, network: NetworkName): Row {
	return {
		key: `social.${network}.test`,
		kind: "custom",
		name: "Test connection",
		desc: "Asks the network who this account is.",
		render: (setting) =>
			testButton(setting, async () => (await testNetwork(plugin, network)).text),
	};
}

export function connectorGroups(plugin: PluginContext, redraw: () => void = () => undefined): Group[] {
	return [odooGroup(plugin, redraw), ...networkGroups(plugin, redraw)];
}

function odooGroup(plugin: PluginContext, redraw: () => void): Group {
	return {
		heading: "Odoo",
		rows: [
			connectRow(plugin, "Odoo", odooGuide, redraw),
			textAt("odoo.url", { name: "Odoo URL", desc: "The address you open Odoo at, without a path.", placeholder: () => "https://mycompany.odoo.com", clean: (v) => v.trim().replace(/\/+$/, "") }),
			textAt("odoo.database", { name: "Database", desc: "The Odoo database name." }),
			textAt("odoo.login", { name: "Login", desc: "Your Odoo login, usually your email." }),
			{
				key: "odoo.protocol",
				kind: "text",
				name: "Protocol",
				desc: "Auto, xmlrpc (Odoo 16–18) or json2 (Odoo 19 and later). Auto asks the server.",
				placeholder: () => "auto",
				get: (s) => s.odoo.protocol,
				set: (c, v) => (c.odoo.protocol = (v.trim() || "auto") as Settings["odoo"]["protocol"]),
			},
			numberAt("odoo.timeoutSeconds", { name: "Timeout (seconds)", desc: "How long to wait for one answer from Odoo.", min: 1, step: 1 }),
			secretRow(plugin, "odoo.apiKeySecret", "API key", (s) => s.odoo.apiKeySecret, (c, v) => (c.odoo.apiKeySecret = v)),
			{
				key: "odoo.test",
				kind: "custom",
				name: "Test connection",
				desc: "Shows the server version, database and user, or the exact reason it failed.",
				render: (setting) => testButton(setting, async () => (await testOdoo(plugin)).text),
			},
		],
	};
}

function networkGroups(plugin: PluginContext, redraw: () => void): Group[] {
	const xKeys: Row = {
		key: "social.x.secrets",
		kind: "custom",
		name: "Keys",
		desc: `Connect (above) asks for them in one form and tests them. Or store them in secret storage under ${Object.values(X_SECRETS).join(", ")} (or the environment variables ${Object.values(X_SECRETS).map(envNameForSecret).join(", ")}).`,
		render: () => undefined,
	};
	const group = (heading: string, network: NetworkName, guide: (p: PluginContext) => ConnectGuide, rows: Row[]): Group => ({
		heading,
		rows: [connectRow(plugin, heading, guide, redraw), ...rows, networkTest(plugin, network)],
	});
	return [
		group("Facebook", "facebook", facebookGuide, [
			networkField("facebook", "pageId", "Page id", "The Page's numeric id. Leave empty to turn Facebook off."),
			networkField("facebook", "apiVersion", "Graph API version", "Leave empty for the default.", "v26.0"),
			networkTokenRow(plugin, "facebook", FACEBOOK_TOKEN_SECRET, "Page token"),
		]),
		group("Instagram", "instagram", instagramGuide, [
			networkField("instagram", "igUserId", "Account id", "The professional account's numeric id. Leave empty to turn Instagram off."),
			networkField("instagram", "host", "Login", "Instagram (graph.instagram.com) or facebook (graph.facebook.com), by where the token comes from.", "instagram"),
			networkTokenRow(plugin, "instagram", INSTAGRAM_TOKEN_SECRET, "Access token"),
		]),
		group("X", "x", xGuide, [
			networkField("x", "username", "Account", "Your @name on X. Leave empty to turn X off.", "@name"),
			networkField("x", "auth", "Sign-in", "Oauth1 (four keys that do not expire) or oauth2 (a user token).", "oauth1"),
			xKeys,
		]),
		group("LinkedIn", "linkedin", linkedinGuide, [
			networkField("linkedin", "author", "Author", "Who posts: urn:li:person:… or urn:li:organization:…. Leave empty to turn LinkedIn off."),
			networkField("linkedin", "version", "API version", "The LinkedIn-Version header, YYYYMM. Leave empty for the default.", "202609"),
			networkTokenRow(plugin, "linkedin", LINKEDIN_TOKEN_SECRET, "Access token"),
		]),
	];
}
