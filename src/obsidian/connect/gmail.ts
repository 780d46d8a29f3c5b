// Connect Gmail: the owner's own Google OAuth client, made step by step, then the browser sign-in (Connect Gmail).
import type { PluginContext } from "../plugin-context";
import { signInToGmail } from "../google-signin";
import type { ConnectGuide } from "./guide";
import { keepSecret, saveChange } from "./save";

export function gmailGuide(plugin: PluginContext): ConnectGuide {
	return {
		title: "Connect Gmail",
		intro: "AI Employee reads new mail that matches your search (and sends approved emails, when you allow it) through your own Google OAuth client. Nobody else's server sees your mail.",
		needs: ["A Google account.", "A Google Cloud project of your own (free) with a Desktop app OAuth client."],
		steps: [
			"Open console.cloud.google.com, create a project (top bar → project picker → New project).",
			"APIs & Services → Library → Gmail API → Enable.",
			"Google Auth Platform (OAuth consent screen) → Get started: app name AI Employee, your email, audience External (or Internal with Google Workspace), finish.",
			"Audience → Test users → Add users: add your own Gmail address.",
			"Clients → Create client → Application type Desktop app → Create; copy the client ID and the client secret.",
			"Paste both below and press Save and connect; your browser opens Google's sign-in. Allow access.",
		],
		permissions: ["gmail.readonly (to read mail that matches your search)", "gmail.send (only when Allow sending email is on)"],
		notes: [
			"How long a sign-in lasts: while the consent screen's publishing status is Testing, Google ends every sign-in after 7 days (the refresh token expires) and Gmail stops with invalid_grant until you connect again.",
			"To avoid that, on the Audience page press Publish app (status In production). Google then shows an unverified app warning when you sign in (Advanced → Go to AI Employee); for your own account no review is needed. With a Google Workspace account, choose the Internal audience instead: its sign-ins do not expire after 7 days.",
			"The client secret and the sign-in go to this device's secret storage, never to the vault.",
		],
		fields: [
			{
				key: "clientId",
				name: "Client ID",
				desc: "Ends with .apps.googleusercontent.com.",
				placeholder: "1234-abc.apps.googleusercontent.com",
				initial: () => plugin.settings.gmail.clientId,
				check: (v) => (v.trim() === "" ? "Paste the client ID." : /^[\w-]+\.apps\.googleusercontent\.com$/.test(v.trim()) ? null : "A client ID ends with .apps.googleusercontent.com: copy it again from the Clients page."),
			},
			{ key: "clientSecret", name: "Client secret", desc: "Shown with the client ID (it starts with GOCSPX-).", secret: true, check: (v) => (v.trim() === "" ? "Paste the client secret." : /\s/.test(v.trim()) ? "The client secret has no spaces: copy it again." : null) },
		],
		actions: [
			{
				label: "Save and connect",
				cta: true,
				fields: ["clientId", "clientSecret"],
				run: async (r) => {
					keepSecret(plugin, plugin.settings.gmail.clientSecretSecret, r.values.clientSecret ?? "");
					await saveChange(plugin, (c) => {
						c.gmail.clientId = (r.values.clientId ?? "").trim();
					});
					r.say("Waiting for Google in your browser…");
					const text = await signInToGmail(plugin);
					r.say(text, text.startsWith("Connected") ? "ok" : "error");
				},
			},
		],
	};
}
