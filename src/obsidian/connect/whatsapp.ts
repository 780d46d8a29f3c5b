// Connect WhatsApp: the owner's Meta app with the WhatsApp product, the sending number's id, a System User token, and
// the two webhook secrets the runner checks (app secret, verify token). The token is tested before anything is kept.
import type { PluginContext } from "../plugin-context";
import { WHATSAPP_SECRETS } from "../../connectors/whatsapp/config";
import { envNameForSecret } from "../../core/secrets";
import { checks, type ConnectGuide, type GuideAction, type GuideField } from "./guide";
import { candidate, engineOf, keepSecret, logConnected, saveChange, withSecrets } from "./save";
import { testWhatsapp, whatsappAccount } from "../settings/whatsapp-connection";

/** What each field checks as the owner types; shared with the settings tab's rows. */
export const whatsappChecks = {
	phoneNumberId: (v: string): string | null =>
		v.trim() === "" ? "Enter the phone number id." : /^\+|[\s-]/.test(v.trim()) ? "This looks like the phone number itself: enter the Phone number ID shown under it on the API setup page (digits only)." : /^\d{5,20}$/.test(v.trim()) ? null : "The phone number id is digits only (5 to 20 of them).",
	businessAccountId: (v: string): string | null => (v.trim() === "" || /^\d{5,20}$/.test(v.trim()) ? null : "The WhatsApp Business Account id is digits only (5 to 20 of them)."),
	token: (v: string): string | null => checks.noSpaces("the access token")(v) ?? (/^EAA/.test(v.trim()) ? null : "A System User token starts with EAA: copy it again from Business settings → System users."),
	appSecret: (v: string): string | null => (v.trim() === "" ? "Enter the App secret." : /^[0-9a-f]{32}$/i.test(v.trim()) ? null : "An App secret is 32 letters and digits (0–9, a–f): App settings → Basic → Show."),
	verifyToken: (v: string): string | null => checks.noSpaces("the verify token")(v) ?? (v.trim().length >= 16 ? null : "Choose a verify token of at least 16 characters (letters and digits), like a password."),
};

const SECRET_FIELDS: (GuideField & { secretName: string })[] = [
	{ key: "token", name: "Access token", desc: "The System User token (step 4).", secret: true, check: whatsappChecks.token, secretName: WHATSAPP_SECRETS.token },
	{ key: "appSecret", name: "App secret", desc: "App settings → Basic → Show (step 5). Checks that a delivery really comes from Meta.", secret: true, check: whatsappChecks.appSecret, secretName: WHATSAPP_SECRETS.appSecret },
	{ key: "verifyToken", name: "Verify token", desc: "Your own long random text (step 6); type the same in Meta's webhook form.", secret: true, check: whatsappChecks.verifyToken, secretName: WHATSAPP_SECRETS.verifyToken },
];

export function whatsappGuide(plugin: PluginContext): ConnectGuide {
	const current = whatsappAccount(plugin.settings);
	const text = (k: string): string => {
		const v = current[k];
		return typeof v === "string" ? v : "";
	};
	return {
		title: "Connect WhatsApp",
		intro:
			"AI Employee answers your customers on WhatsApp through Meta's official WhatsApp Business Cloud API, and only after you approve each reply. Sending works from this app alone; receiving needs the headless runner, because Meta delivers new messages to a web address (a webhook) and the app cannot be one.",
		needs: [
			"A Meta Business account (business.facebook.com) with a WhatsApp Business Account, and a business phone number for the Cloud API (a number in use in the WhatsApp app must be moved over first).",
			"A Meta developer app (developers.facebook.com, free) with the WhatsApp product added.",
			"For incoming messages: the headless runner on a computer that stays on, behind your reverse proxy or tunnel with an https address Meta can reach.",
		],
		steps: [
			"On developers.facebook.com, open My Apps → Create app, choose the use case to connect with customers through WhatsApp, and link your business portfolio.",
			"In the app, open WhatsApp → API Setup: add and verify your business phone number, then copy the Phone number ID and the WhatsApp Business Account ID shown there (ids, not the number itself).",
			"On business.facebook.com, open Settings → Users → System users → Add (role Admin); then Assign assets: your app and your WhatsApp account, both with full control.",
			"Still on the system user, press Generate token: pick your app, expiration Never, tick the two permissions below, and copy the token.",
			"Back on developers.facebook.com, open App settings → Basic → App secret → Show, and copy it.",
			"Make up a verify token: any long random text (a password manager can make one).",
			"Paste everything below and press Save and test.",
			"Start the runner with --webhook-port 8787 and the three secrets in its environment (see the notes), and point your reverse proxy or tunnel's https address at http://127.0.0.1:8787/whatsapp/webhook.",
			"In the app, open WhatsApp → Configuration → Webhook → Edit: Callback URL https://<your address>/whatsapp/webhook, the same verify token, then Verify and save. Under Webhook fields, subscribe to messages.",
		],
		permissions: ["whatsapp_business_messaging (to send the replies you approve)", "whatsapp_business_management (to read your number and your message templates)"],
		notes: [
			`The three secrets go to this device's secret storage under fixed names (${Object.values(WHATSAPP_SECRETS).join(", ")}), never to the vault, and no setting can send them anywhere but Meta. The runner reads them from ${Object.values(WHATSAPP_SECRETS).map(envNameForSecret).join(", ")}.`,
			"Every reply waits for your approval, whatever your rules say. Free-form replies are possible within 24 hours of the customer's last message; after that only message templates you had approved in WhatsApp Manager.",
		],
		fields: [
			{ key: "phoneNumberId", name: "Phone number ID", desc: "API Setup, under your number (step 2).", placeholder: "106540352242922", initial: () => text("phoneNumberId"), check: whatsappChecks.phoneNumberId },
			{ key: "businessAccountId", name: "WhatsApp Business Account ID", desc: "API Setup (step 2); needed for templates. Optional.", placeholder: "102290129340398", initial: () => text("businessAccountId"), check: whatsappChecks.businessAccountId },
			...SECRET_FIELDS,
		],
		actions: [saveAndTest(plugin), testAction(plugin)],
	};
}

/** Tests what was typed before anything is kept: a wrong token never replaces one that works. */
function saveAndTest(plugin: PluginContext): GuideAction {
	return {
		label: "Save and test",
		cta: true,
		fields: ["phoneNumberId", "businessAccountId", ...SECRET_FIELDS.map((f) => f.key)],
		run: async (r) => {
			const typed = Object.fromEntries(SECRET_FIELDS.map((f) => [f.secretName, (r.values[f.key] ?? "").trim()]));
			const account = { phoneNumberId: (r.values.phoneNumberId ?? "").trim(), ...((r.values.businessAccountId ?? "").trim() ? { businessAccountId: (r.values.businessAccountId ?? "").trim() } : {}) };
			const settings = candidate(plugin, (c) => {
				c.whatsapp.account = { ...whatsappAccount(c), ...account };
			});
			const t = await testWhatsapp(plugin, { settings, secrets: withSecrets(engineOf(plugin).host.secrets, typed) });
			await logConnected(plugin, "whatsapp", t.ok, t.ok ? { phone_number_id: account.phoneNumberId, number: t.number } : {}, t.ok ? undefined : t.text);
			if (!t.ok) {
				r.say(`${t.text} Nothing was saved.`, "error");
				return;
			}
			for (const [name, value] of Object.entries(typed)) keepSecret(plugin, name, value);
			await saveChange(plugin, (c) => {
				c.whatsapp.account = { ...whatsappAccount(c), ...account, ...(t.number ? { displayNumber: t.number } : {}) };
			});
			r.say(`${t.text} WhatsApp is on: approved replies go out from this number. To receive messages, start the runner with --webhook-port (step 8).`, "ok");
		},
	};
}

function testAction(plugin: PluginContext): GuideAction {
	return {
		label: "Test connection",
		fields: [],
		run: async (r) => {
			const t = await testWhatsapp(plugin);
			r.say(t.text, t.ok ? "ok" : "error");
		},
	};
}
