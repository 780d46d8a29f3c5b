// Connect Facebook: the owner's Meta app and a short-lived user token from the Graph API Explorer become a long-lived
// user token, whose Pages are listed with their own Page tokens; picking one keeps its token and names the Page.
import type { PluginContext } from "../plugin-context";
import { FACEBOOK_TOKEN_SECRET, GRAPH_API_VERSION, GRAPH_BASE_URL } from "../../connectors/facebook/config";
import { exchangeUserToken, listPages, type PageChoice } from "../../connectors/facebook/connect";
import type { GraphTarget } from "../../connectors/facebook/graph";
import { checks, type ConnectGuide, type GuideRun } from "./guide";
import { engineOf, keepSecret, logConnected, networkRecord, saveChange, stringField } from "./save";
import { testNetwork } from "../settings/connection-tests";

/** The Graph API: Meta's host is built in, never read from data.json (the App secret and tokens go there). */
export function facebookTarget(plugin: PluginContext): GraphTarget {
	const fb = networkRecord(plugin.settings, "facebook");
	return { baseUrl: GRAPH_BASE_URL, apiVersion: stringField(fb, "apiVersion") || GRAPH_API_VERSION };
}

export function facebookTokenSecret(plugin: PluginContext): string {
	return stringField(networkRecord(plugin.settings, "facebook"), "tokenSecret") || FACEBOOK_TOKEN_SECRET;
}

async function usePage(plugin: PluginContext, p: PageChoice): Promise<string> {
	if (!p.token) throw new Error(`Meta gave no Page token for ${p.name}: grant pages_show_list and pages_manage_posts for it and try again.`);
	keepSecret(plugin, facebookTokenSecret(plugin), p.token);
	await saveChange(plugin, (c) => {
		c.social.facebook = { ...networkRecord(c, "facebook"), pageId: p.id, pageName: p.name };
	});
	const t = await testNetwork(plugin, "facebook");
	await logConnected(plugin, "facebook", t.ok, { page_id: p.id, page_name: p.name }, t.ok ? undefined : t.text);
	const ig = p.instagram ? ` Its Instagram account @${p.instagram.username ?? p.instagram.id} can be connected under Instagram → Connect.` : "";
	return t.ok ? `${p.name} is connected: its Page token is in this device's secret storage and does not expire. ${t.text}${ig}` : t.text;
}

async function findPages(plugin: PluginContext, r: GuideRun): Promise<string | void> {
	const http = engineOf(plugin).host.http;
	const target = facebookTarget(plugin);
	const long = await exchangeUserToken(http, target, { appId: (r.values.appId ?? "").trim(), appSecret: (r.values.appSecret ?? "").trim() }, (r.values.userToken ?? "").trim());
	const pages = await listPages(http, target, long.token);
	if (pages.length === 0) return "This Facebook account manages no Page that your app was allowed to see. In the Graph API Explorer, choose the Page when Facebook asks which Pages to allow, and try again.";
	r.choose(
		"Pick the Page to post as",
		pages.map((p) => ({
			label: p.name,
			detail: `Page ${p.id}${p.canPost ? "" : " — you cannot create content on this Page (ask for the Create content task)"}${p.instagram ? `; Instagram @${p.instagram.username ?? p.instagram.id}` : ""}`,
			pick: () => usePage(plugin, p),
		})),
	);
	const days = long.expiresInSeconds ? Math.round(long.expiresInSeconds / 86_400) : null;
	r.say(`Found ${pages.length} Page${pages.length === 1 ? "" : "s"}${days ? ` (your long-lived user token lasts about ${days} days; the Page token you pick does not expire)` : ""}. Pick one below.`, "ok");
}

export function facebookGuide(plugin: PluginContext): ConnectGuide {
	return {
		title: "Connect Facebook",
		intro: "AI Employee publishes to your Facebook Page after you approve each post. You make a small Meta app of your own (free, a few minutes), then AI Employee turns a one-hour token into a Page token that does not expire.",
		needs: ["A Facebook account that manages the Page (with the Create content task).", "A Meta developer account (developers.facebook.com, free) and an app in it.", "The app's App ID and App secret, and a user token from the Graph API Explorer."],
		steps: [
			"On developers.facebook.com, open My Apps → Create app; pick the use case for managing everything on your Page, and finish the wizard.",
			"In the app, open App settings → Basic: copy the App ID, and the App secret (press Show).",
			"Open Tools → Graph API Explorer, choose your app under Meta App, then User or Page → Get User Access Token.",
			"Tick the permissions listed below, press Generate Access Token, allow your Page when Facebook asks, and copy the token.",
			"Paste the three values below and press Find my Pages, then pick your Page.",
		],
		permissions: ["pages_show_list (to list your Pages)", "pages_manage_posts (to publish)", "pages_read_engagement (to read comments and reactions)", "read_insights (optional: view counts for the weekly briefing)", "instagram_basic and instagram_content_publish (only if you will connect Instagram through this Page)"],
		notes: ["The App secret and the one-hour token are used once, for the exchange, and are not kept. Only the Page token is kept, in this device's secret storage."],
		fields: [
			{ key: "appId", name: "App ID", desc: "App settings → Basic.", placeholder: "1234567890123456", check: checks.digits("the App ID") },
			{ key: "appSecret", name: "App secret", desc: "App settings → Basic → Show.", secret: true, check: (v) => (v.trim() === "" ? "Enter the App secret." : /^[0-9a-f]{32}$/i.test(v.trim()) ? null : "An App secret is 32 letters and digits (0–9, a–f).") },
			{ key: "userToken", name: "User token", desc: "From the Graph API Explorer; valid about an hour.", secret: true, check: (v) => (v.trim() === "" ? "Paste the token from the Graph API Explorer." : /^EAA/.test(v.trim()) ? (/\s/.test(v.trim()) ? "The token has no spaces: copy it again." : null) : "A Facebook user token starts with EAA: copy it again from the Access Token field.") },
		],
		actions: [
			{ label: "Find my Pages", cta: true, fields: ["appId", "appSecret", "userToken"], run: (r) => findPages(plugin, r) },
			{
				label: "Test connection",
				fields: [],
				run: async (r) => {
					const t = await testNetwork(plugin, "facebook");
					r.say(t.text, t.ok ? "ok" : "error");
				},
			},
		],
	};
}
