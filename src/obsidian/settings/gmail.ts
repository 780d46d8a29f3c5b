// The Gmail settings group: connect/disconnect, the query and interval, invoice drafts, sending, the OAuth client.
import type { PluginContext } from "../plugin-context";
import type { GmailParts } from "../../connectors/gmail";
import { signInToGmail, signOutOfGmail } from "../google-signin";
import { numberAt, textAt, toggleAt, type Group } from "../settings-rows";
import { secretRow } from "./connectors";
import { connectRow } from "../connect/connect-row";
import { gmailGuide } from "../connect/gmail";

/** The group for the settings tab; `gmail` is the connector parts main.ts built (null before start). */
export function gmailSettingsGroups(gmail: () => GmailParts | null): (plugin: PluginContext, redraw: () => void) => Group[] {
	return (plugin, redraw) => [
		{
			heading: "Gmail",
			rows: [
				connectRow(plugin, "Gmail", gmailGuide, redraw),
				{
					key: "gmail.connection",
					kind: "custom",
					name: "Gmail account",
					desc: "Signs in through your browser with your own Google OAuth client (see the README). Read-only access, plus sending when it is turned on.",
					render: (setting) => {
						const connected = (plugin.engine?.host.secrets.get(plugin.settings.gmail.refreshTokenSecret) ?? "") !== "";
						setting.setDesc(connected ? "Connected on this device." : "Not connected on this device.");
						setting.addButton((b) =>
							b
								.setButtonText(connected ? "Reconnect Gmail" : "Connect Gmail")
								.setCta()
								.onClick(() => {
									setting.setDesc("Waiting for Google in your browser…");
									// A block body: setDesc returns the Setting, a thenable that would keep the promise from ever settling.
									void signInToGmail(plugin).then((t) => {
										setting.setDesc(t);
									});
								}),
						);
						setting.addButton((b) =>
							b.setButtonText("Disconnect").onClick(() => {
								void signOutOfGmail(plugin, gmail()).then((t) => {
									setting.setDesc(t);
								});
							}),
						);
					},
				},
				toggleAt("gmail.enabled", "Watch Gmail", "Polls Gmail and writes a note in Needs_Action for each new matching email."),
				textAt("gmail.query", { name: "Search", desc: "Which emails become notes, in Gmail's search syntax.", placeholder: () => "is:unread is:important" }),
				numberAt("gmail.intervalMinutes", { name: "Check every (minutes)", desc: "Time between two checks.", min: 1 }),
				numberAt("gmail.firstSyncDays", { name: "First sync looks back (days)", desc: "How far back the first check (and a full resync) reads.", min: 1 }),
				toggleAt("gmail.invoiceDrafts", "Draft invoices from emails", "An email that clearly asks you to invoice becomes a draft Odoo invoice waiting for your approval."),
				{
					key: "gmail.invoicePhrases",
					kind: "text",
					name: "More invoice phrases",
					desc: "Comma-separated phrases your customers use to ask for an invoice, besides the built-in ones.",
					get: (s) => s.gmail.invoicePhrases.join(", "),
					set: (c, v) => (c.gmail.invoicePhrases = v.split(",").map((x) => x.trim()).filter((x) => x.length >= 2)),
				},
				toggleAt("gmail.sendingEnabled", "Allow sending email", "Lets approved email requests be sent. Asks Google for send permission: press Reconnect Gmail after turning it on."),
				toggleAt("gmail.autoApproveKnownContacts", "Send to known contacts without asking", "Emails you asked for, to people you have written to before, run without a click. New contacts always ask."),
				textAt("gmail.clientId", { name: "OAuth client ID", desc: "The client ID of the Desktop app OAuth client in your Google Cloud project." }),
				secretRow(plugin, "gmail.clientSecretSecret", "OAuth client secret", (s) => s.gmail.clientSecretSecret, (c, v) => (c.gmail.clientSecretSecret = v), "The client secret of that OAuth client."),
			],
		},
	];
}
