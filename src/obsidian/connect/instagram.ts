// Connect Instagram: found from the connected Facebook Page (its instagram_business_account), using the Page token;
// or, for an account with Instagram Login, its own token and account id.
import type { PluginContext } from "../plugin-context";
import { instagramOfPage } from "../../connectors/facebook/connect";
import { INSTAGRAM_TOKEN_SECRET } from "../../connectors/instagram/config";
import { checks, type ConnectGuide } from "./guide";
import { candidate, engineOf, keepSecret, logConnected, networkRecord, saveChange, stringField, withSecrets } from "./save";
import type { Settings } from "../../core/settings/schema";
import { facebookTarget, facebookTokenSecret } from "./facebook";
import { testNetwork } from "../settings/connection-tests";

function tokenSecret(plugin: PluginContext): string {
	return stringField(networkRecord(plugin.settings, "instagram"), "tokenSecret") || INSTAGRAM_TOKEN_SECRET;
}

async function fromPage(plugin: PluginContext): Promise<string> {
	const engine = engineOf(plugin);
	const fb = networkRecord(plugin.settings, "facebook");
	const pageId = stringField(fb, "pageId");
	const pageToken = engine.host.secrets.get(facebookTokenSecret(plugin));
	if (!pageId || !pageToken) throw new Error("connect Facebook first (Facebook → Connect), then come back here.");
	const target = facebookTarget(plugin);
	const ig = await instagramOfPage(engine.host.http, target, pageId, pageToken);
	if (!ig) return `The Page ${stringField(fb, "pageName") || pageId} has no Instagram professional account linked. Link it (see the steps above), then press this again.`;
	keepSecret(plugin, tokenSecret(plugin), pageToken);
	await saveChange(plugin, (c) => {
		const rest = networkRecord(c, "instagram");
		c.social.instagram = { ...rest, igUserId: ig.id, ...(ig.username ? { username: `@${ig.username}` } : {}), host: "facebook" };
	});
	const t = await testNetwork(plugin, "instagram");
	await logConnected(plugin, "instagram", t.ok, { account_id: ig.id, username: ig.username, through: "facebook page" }, t.ok ? undefined : t.text);
	return t.ok ? `Found @${ig.username ?? ig.id} through your Page; it posts with the Page's token. ${t.text}` : t.text;
}

export function instagramGuide(plugin: PluginContext): ConnectGuide {
	return {
		title: "Connect Instagram",
		intro: "AI Employee publishes to an Instagram professional account (Business or Creator) after you approve each post. The simplest way goes through the Facebook Page it is linked to.",
		needs: ["An Instagram professional account (Business or Creator).", "That account linked to your Facebook Page, and Facebook connected here first.", "Or, for Instagram Login: a long-lived Instagram token and the account's id."],
		steps: [
			"In the Instagram app: Settings → Account type and tools → Switch to professional account (if it is not one yet).",
			"Link it to your Page: in Meta Business Suite → Settings → Instagram accounts → Connect (or on Facebook: your Page → Settings → Linked accounts → Instagram).",
			"Connect Facebook here first, with instagram_basic and instagram_content_publish ticked in the Graph API Explorer.",
			"Press Find it from my Facebook Page.",
			"Instagram Login instead: in your Meta app add the Instagram product → API setup with Instagram login → Generate token; paste it and the account id below and press Save and test.",
		],
		permissions: ["Through the Page: instagram_basic, instagram_content_publish, pages_read_engagement.", "With Instagram Login: instagram_business_basic, instagram_business_content_publish."],
		notes: ["Instagram Login tokens last 60 days; a Page token found through Facebook does not expire. Tokens go to this device's secret storage only."],
		fields: [
			{ key: "token", name: "Instagram token (Instagram Login only)", desc: "Leave empty when you use the Page.", secret: true, check: checks.noSpaces("the token") },
			{ key: "igUserId", name: "Account id (Instagram Login only)", desc: "The numeric id shown next to the token.", placeholder: "17841400000000000", check: checks.digits("the account id") },
		],
		actions: [
			{ label: "Find it from my Facebook Page", cta: true, fields: [], run: () => fromPage(plugin) },
			{
				label: "Save and test",
				fields: ["token", "igUserId"],
				run: async (r) => {
					const mutate = (c: Settings): void => {
						c.social.instagram = { ...networkRecord(c, "instagram"), igUserId: (r.values.igUserId ?? "").trim(), host: "instagram" };
					};
					const token = (r.values.token ?? "").trim();
					// Tested before anything is kept: a wrong token never replaces one that works.
					const t = await testNetwork(plugin, "instagram", { settings: candidate(plugin, mutate), secrets: withSecrets(engineOf(plugin).host.secrets, { [tokenSecret(plugin)]: token }) });
					await logConnected(plugin, "instagram", t.ok, t.report?.ok ? { account_id: t.report.id, username: t.report.account, through: "instagram login" } : {}, t.ok ? undefined : t.text);
					if (!t.report?.ok) {
						r.say(`${t.text} Nothing was saved.`, "error");
						return;
					}
					const account = t.report.account;
					keepSecret(plugin, tokenSecret(plugin), token);
					await saveChange(plugin, (c) => {
						mutate(c);
						c.social.instagram = { ...networkRecord(c, "instagram"), username: account };
					});
					r.say(t.text, "ok");
				},
			},
		],
	};
}
