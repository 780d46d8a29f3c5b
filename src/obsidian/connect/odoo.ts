// Connect Odoo: the address, database, login and an API key made in Odoo's preferences, then Test connection.
import type { PluginContext } from "../plugin-context";
import { checks, type ConnectGuide } from "./guide";
import { candidate, engineOf, keepSecret, logConnected, saveChange, withSecrets } from "./save";
import type { Settings } from "../../core/settings/schema";
import { testOdoo } from "../settings/connection-tests";

function odooUrlProblem(v: string): string | null {
	const t = v.trim();
	if (t === "") return "Enter the address you open Odoo at.";
	if (!/^https?:\/\//i.test(t)) return `Start with https:// (for example https://${t.replace(/^\/+/, "")}).`;
	if (!/^https?:\/\/[^\s/]+\/?$/i.test(t)) return "Only the address, without a path such as /odoo or /web.";
	return null;
}

export function odooGuide(plugin: PluginContext): ConnectGuide {
	const s = () => plugin.settings.odoo;
	return {
		title: "Connect Odoo",
		intro: "AI Employee creates draft invoices and records payments in your Odoo after you approve them. It signs in as you, with an API key instead of your password.",
		needs: ["Your Odoo address, e.g. https://mycompany.odoo.com.", "The database name.", "Your login (usually your email) and an API key made for AI Employee.", "On Odoo Online: a plan that includes the external API (Custom)."],
		steps: [
			"Open Odoo in your browser and copy the address up to the first slash after the domain.",
			"Database: on Odoo Online it is usually the first part of the address (mycompany); on your own server, open /web/database/selector to see the names.",
			"API key: click your avatar (top right) → My Preferences (My Profile) → Account Security → New API Key. Confirm your password, name it AI Employee, and copy the key: Odoo shows it only once.",
			"Paste the details below, then press Save and test.",
		],
		permissions: ["The key acts as your Odoo user: give that user the Invoicing (Billing) rights it needs to create invoices and register payments."],
		notes: ["On Odoo 19 an API key lasts at most 3 months: make a new one here when Test connection says it expired. The key goes to this device's secret storage, never to the vault."],
		fields: [
			{ key: "url", name: "Odoo address", desc: "Without a path.", placeholder: "https://mycompany.odoo.com", initial: () => s().url, check: odooUrlProblem },
			{ key: "database", name: "Database", desc: "The database name.", placeholder: "mycompany", initial: () => s().database, check: checks.noSpaces("the database name") },
			{ key: "login", name: "Login", desc: "Your Odoo login, usually your email.", placeholder: "you@mycompany.com", initial: () => s().login, check: checks.noSpaces("your login") },
			{ key: "apiKey", name: "API key", desc: "From Account Security → New API Key.", secret: true, check: checks.noSpaces("the API key") },
		],
		actions: [
			{
				label: "Save and test",
				cta: true,
				fields: ["url", "database", "login", "apiKey"],
				run: async (r) => {
					const mutate = (c: Settings): void => {
						c.odoo.url = (r.values.url ?? "").trim().replace(/\/+$/, "");
						c.odoo.database = (r.values.database ?? "").trim();
						c.odoo.login = (r.values.login ?? "").trim();
					};
					// Tested before anything is kept: a typo never replaces a key that works.
					const settings = candidate(plugin, mutate);
					const key = (r.values.apiKey ?? "").trim();
					const t = await testOdoo(plugin, { settings, secrets: withSecrets(engineOf(plugin).host.secrets, { [settings.odoo.apiKeySecret]: key }) });
					await logConnected(plugin, "odoo", t.ok, { url: settings.odoo.url, database: settings.odoo.database, login: settings.odoo.login }, t.ok ? undefined : t.text);
					if (!t.ok) {
						r.say(`${t.text} Nothing was saved.`, "error");
						return;
					}
					keepSecret(plugin, settings.odoo.apiKeySecret, key);
					await saveChange(plugin, mutate);
					r.say(`${t.text} Saved.`, "ok");
				},
			},
		],
	};
}
