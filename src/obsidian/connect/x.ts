// Connect X: the four OAuth 1.0a keys of the owner's X app in one form (they do not expire), then the account they reach.
import type { PluginContext } from "../plugin-context";
import { X_SECRETS } from "../../connectors/x/config";
import { checks, type ConnectGuide } from "./guide";
import { candidate, engineOf, keepSecret, logConnected, networkRecord, saveChange, withSecrets } from "./save";
import { testNetwork } from "../settings/connection-tests";

const KEY_FIELDS = [
	{ key: "apiKey", name: "API key", desc: "Keys and tokens → Consumer keys.", secret: X_SECRETS.apiKey },
	{ key: "apiSecret", name: "API key secret", desc: "Shown with the API key.", secret: X_SECRETS.apiSecret },
	{ key: "accessToken", name: "Access token", desc: "Keys and tokens → Authentication tokens; it starts with your account's number and a dash.", secret: X_SECRETS.accessToken },
	{ key: "accessSecret", name: "Access token secret", desc: "Shown with the access token.", secret: X_SECRETS.accessSecret },
] as const;

export function xGuide(plugin: PluginContext): ConnectGuide {
	return {
		title: "Connect X",
		intro: "AI Employee posts to your X account after you approve each post. X gives every developer app four keys that sign each request; they do not expire, so posting keeps working for months.",
		needs: ["An X developer account (developer.x.com) with an app in a project.", "Prepaid credits on pay-per-use access (about $0.015 a post).", "The app's four keys: API key and secret, access token and secret."],
		steps: [
			"Sign in at developer.x.com → Developer Portal → Projects & Apps, and open your app (or create one).",
			"User authentication settings → Set up: App permissions Read and write (do this before making the access token), type Web App or Automated App, any callback such as http://127.0.0.1/.",
			"Keys and tokens → Consumer keys → Regenerate: copy the API key and the API key secret.",
			"Keys and tokens → Authentication tokens → Access token and secret → Generate: check it says Read and write, and copy both.",
			"Paste the four keys below and press Save and test.",
		],
		permissions: ["App permissions: Read and write (an access token made while the app was Read only cannot post: regenerate it after changing this)."],
		notes: ["The four keys go to this device's secret storage, never to the vault. Reading post metrics needs paid access; posting works without it."],
		fields: KEY_FIELDS.map((f) => ({
			key: f.key,
			name: f.name,
			desc: f.desc,
			secret: true,
			check: f.key === "accessToken" ? (v: string) => checks.noSpaces("the access token")(v) ?? (/^\d+-/.test(v.trim()) ? null : "An access token starts with your account's number and a dash, e.g. 1234567890-….") : checks.noSpaces(f.name.toLowerCase()),
		})),
		actions: [
			{
				label: "Save and test",
				cta: true,
				fields: KEY_FIELDS.map((f) => f.key),
				run: async (r) => {
					const typed = Object.fromEntries(KEY_FIELDS.map((f) => [f.secret, (r.values[f.key] ?? "").trim()]));
					// Tested before anything is kept: wrong keys never replace keys that work.
					const settings = candidate(plugin, (c) => {
						c.social.x = { ...networkRecord(c, "x"), auth: "oauth1" };
					});
					const t = await testNetwork(plugin, "x", { settings, secrets: withSecrets(engineOf(plugin).host.secrets, typed) });
					await logConnected(plugin, "x", t.ok, t.report?.ok ? { account: t.report.account, user_id: t.report.id } : {}, t.ok ? undefined : t.text);
					if (!t.report?.ok) {
						r.say(`${t.text} Nothing was saved.`, "error");
						return;
					}
					const { account, id } = t.report;
					for (const [name, value] of Object.entries(typed)) keepSecret(plugin, name, value);
					await saveChange(plugin, (c) => {
						c.social.x = { ...networkRecord(c, "x"), auth: "oauth1", username: account, userId: id };
					});
					r.say(`${t.text} X is on.`, "ok");
				},
			},
		],
	};
}
