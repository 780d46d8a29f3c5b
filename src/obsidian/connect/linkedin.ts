// Connect LinkedIn: a token from the owner's LinkedIn app, then a choice of who posts — the member or a company page
// they administer (organizationAcls).
import type { PluginContext } from "../plugin-context";
import { LINKEDIN_BASE_URL, LINKEDIN_TOKEN_SECRET, LINKEDIN_VERSION } from "../../connectors/linkedin/config";
import { listLinkedinAuthors, type LinkedinAuthor } from "../../connectors/linkedin/connect";
import { checks, type ConnectGuide, type GuideRun } from "./guide";
import { engineOf, keepSecret, logConnected, networkRecord, saveChange, stringField } from "./save";
import { testNetwork } from "../settings/connection-tests";

function tokenSecret(plugin: PluginContext): string {
	return stringField(networkRecord(plugin.settings, "linkedin"), "tokenSecret") || LINKEDIN_TOKEN_SECRET;
}

async function useAuthor(plugin: PluginContext, token: string, a: LinkedinAuthor): Promise<string> {
	keepSecret(plugin, tokenSecret(plugin), token);
	await saveChange(plugin, (c) => {
		c.social.linkedin = { ...networkRecord(c, "linkedin"), author: a.urn, authorName: a.name };
	});
	const t = await testNetwork(plugin, "linkedin");
	await logConnected(plugin, "linkedin", t.ok, { author: a.urn, author_name: a.name }, t.ok ? undefined : t.text);
	return t.ok ? `Posts will go out as ${a.name}. ${t.text} LinkedIn tokens last 60 days: connect again when Test connection says it expired.` : t.text;
}

async function findAuthors(plugin: PluginContext, r: GuideRun): Promise<void> {
	const li = networkRecord(plugin.settings, "linkedin");
	const token = (r.values.token ?? "").trim();
	const found = await listLinkedinAuthors(engineOf(plugin).host.http, { baseUrl: LINKEDIN_BASE_URL, version: stringField(li, "version") || LINKEDIN_VERSION }, token);
	r.choose(
		"Post as",
		found.authors.map((a) => ({
			label: a.name,
			detail: a.kind === "person" ? `You (${a.urn})` : `Company page you administer (${a.urn}); needs w_organization_social`,
			pick: () => useAuthor(plugin, token, a),
		})),
	);
	r.say(found.companyNote ?? `You can post as ${found.authors.map((a) => a.name).join(" or ")}. Pick one below.`, "ok");
}

export function linkedinGuide(plugin: PluginContext): ConnectGuide {
	return {
		title: "Connect LinkedIn",
		intro: "AI Employee posts to LinkedIn, as you or as a company page you administer, after you approve each post.",
		needs: ["A LinkedIn app (linkedin.com/developers, free); it must be linked to a company page.", "An access token made with LinkedIn's token generator."],
		steps: [
			"Open linkedin.com/developers/apps → Create app; name it, pick your company page, accept the terms.",
			"Products tab: request Share on LinkedIn and Sign In with LinkedIn using OpenID Connect (granted at once). To post as a company, also request the Community Management API (LinkedIn reviews it).",
			"Open the OAuth token generator (linkedin.com/developers/tools/oauth): pick your app, tick the scopes below, and sign in.",
			"Copy the access token, paste it below, and press Find who I can post as.",
		],
		permissions: ["openid and profile (to know who you are)", "w_member_social (to post as you)", "w_organization_social and rw_organization_admin (only to post as a company page)"],
		notes: ["Access tokens last 60 days and LinkedIn gives no refresh token to most apps: come back here to reconnect. The token goes to this device's secret storage only."],
		fields: [{ key: "token", name: "Access token", desc: "From the OAuth token generator.", secret: true, check: checks.noSpaces("the access token") }],
		actions: [
			{ label: "Find who I can post as", cta: true, fields: ["token"], run: (r) => findAuthors(plugin, r) },
			{
				label: "Test connection",
				fields: [],
				run: async (r) => {
					const t = await testNetwork(plugin, "linkedin");
					r.say(t.text, t.ok ? "ok" : "error");
				},
			},
		],
	};
}
