// The WhatsApp settings group: Connect, the account's ids (checked as typed), the three secrets under their fixed
// names, and Test connection. No address is a setting: Meta's Graph host is built in.
import type { PluginContext } from "../plugin-context";
import { WHATSAPP_SECRETS } from "../../connectors/whatsapp/config";
import { envNameForSecret } from "../../core/secrets";
import type { Settings } from "../../core/settings/schema";
import type { Group, Row } from "../settings-rows";
import { connectRow } from "../connect/connect-row";
import { whatsappChecks, whatsappGuide } from "../connect/whatsapp";
import { testButton } from "./connectors";
import { testWhatsapp, whatsappAccount } from "./whatsapp-connection";

function accountField(field: "phoneNumberId" | "businessAccountId", name: string, desc: string, placeholder: string, check: (v: string) => string | null): Row {
	return {
		key: `whatsapp.account.${field}`,
		kind: "text",
		name,
		desc,
		placeholder: () => placeholder,
		get: (s) => {
			const v = s.whatsapp.account?.[field];
			return typeof v === "string" ? v : "";
		},
		set: (c: Settings, v: string) => {
			const a = whatsappAccount(c);
			if (v.trim() === "") delete a[field];
			else a[field] = v.trim();
			c.whatsapp.account = Object.keys(a).length === 0 ? null : a;
		},
		// An empty phone number id turns WhatsApp off, so only text that is there is checked.
		check: (v) => (v.trim() === "" ? null : check(v)),
	};
}

/**
 * A secret under its fixed name: the name is not a setting, so nothing written into data.json or the vault can make
 * the plugin send one service's key to another. The Connect dialog stores the values; this row says whether it is set.
 */
function secretState(plugin: PluginContext, name: string, label: string, what: string): Row {
	const desc = `${what} Kept in this device's secret storage as "${name}" (a fixed name), never in the vault; the runner reads ${envNameForSecret(name)}. Connect (above) stores it.`;
	return {
		key: `whatsapp.secret.${name}`,
		kind: "custom",
		name: label,
		desc,
		render: (setting) => {
			const set = (plugin.engine?.host.secrets.get(name) ?? "") !== "";
			setting.setDesc(`${desc} ${set ? "Set on this device." : "Not set on this device."}`);
		},
	};
}

export function whatsappSettingsGroups(plugin: PluginContext, redraw: () => void): Group[] {
	return [
		{
			heading: "WhatsApp",
			rows: [
				connectRow(plugin, "WhatsApp", whatsappGuide, redraw),
				accountField("phoneNumberId", "Phone number ID", "The id of the number replies are sent from (WhatsApp → API Setup in your Meta app), not the number itself. Leave empty to turn WhatsApp off.", "106540352242922", whatsappChecks.phoneNumberId),
				accountField("businessAccountId", "WhatsApp Business Account ID", "Shown on the same page; needed for message templates.", "102290129340398", whatsappChecks.businessAccountId),
				secretState(plugin, WHATSAPP_SECRETS.token, "Access token", "A System User token with whatsapp_business_messaging and whatsapp_business_management; sends the replies you approve."),
				secretState(plugin, WHATSAPP_SECRETS.appSecret, "App secret", "Your Meta app's secret; the runner checks every webhook delivery's signature with it."),
				secretState(plugin, WHATSAPP_SECRETS.verifyToken, "Verify token", "Your own text that Meta echoes when you register the webhook with the runner."),
				{
					key: "whatsapp.test",
					kind: "custom",
					name: "Test connection",
					desc: "Reads the sending number with the stored token: shows the number and its name, or the exact reason it failed.",
					render: (setting) => testButton(setting, async () => (await testWhatsapp(plugin)).text),
				},
			],
		},
	];
}
