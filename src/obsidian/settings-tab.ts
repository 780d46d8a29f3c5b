// The settings tab: General, Approval policy, and one group per connector (filled in by the connector issues).
import { type App, PluginSettingTab, SettingGroup } from "obsidian";
import type AiEmployeePlugin from "../main";
import { parseSettings } from "../core/settings/parse";

export class AiEmployeeSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: AiEmployeePlugin,
	) {
		super(app, plugin);
	}

	/** Validates a candidate change with the same schema as stored settings; refuses it when invalid. */
	private async apply(mutate: (s: Record<string, unknown>) => void): Promise<string | null> {
		const candidate = structuredClone(this.plugin.settings) as unknown as Record<string, unknown>;
		mutate(candidate);
		const { settings, problems } = parseSettings(candidate);
		if (problems.length > 0) return problems.map((p) => `${p.key} ${p.message}`).join("; ");
		this.plugin.settings = settings;
		await this.plugin.saveSettings();
		return null;
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.plugin.settings;

		new SettingGroup(containerEl)
			.setHeading("General")
			.addSetting((setting) =>
				setting
					.setName("Root folder")
					.setDesc("Vault folder that holds the dashboard, the request folders and the logs.")
					.addText((text) =>
						text.setValue(s.rootFolder).onChange(async (value) => {
							const error = await this.apply((c) => (c.rootFolder = value.trim()));
							setting.setDesc(error ? `Not saved: ${error}.` : "Vault folder that holds the dashboard, the request folders and the logs.");
						}),
					),
			)
			.addSetting((setting) =>
				setting
					.setName("Dry run")
					.setDesc(
						s.dryRun
							? "On: approved requests are only previewed. Nothing is sent to Odoo, social networks or email."
							: "Off: approved requests are sent for real.",
					)
					.addToggle((toggle) =>
						toggle.setValue(s.dryRun).onChange(async (value) => {
							await this.apply((c) => (c.dryRun = value));
							this.display();
						}),
					),
			)
			.addSetting((setting) =>
				setting
					.setName("Time zone")
					.setDesc("IANA time zone for logs, schedules and briefings, e.g. Europe/Berlin. Leave empty to use this computer's.")
					.addText((text) =>
						text.setPlaceholder(Intl.DateTimeFormat().resolvedOptions().timeZone).setValue(s.timeZone).onChange(async (value) => {
							await this.apply((c) => (c.timeZone = value.trim()));
						}),
					),
			);

		new SettingGroup(containerEl)
			.setHeading("Approval policy")
			.addSetting((setting) =>
				setting
					.setName("Auto-approve scheduled posts")
					.setDesc("Scheduled posts you wrote run without a click (still subject to dry run).")
					.addToggle((toggle) =>
						toggle.setValue(s.policy.autoApproveScheduledPosts).onChange(async (value) => {
							await this.apply((c) => ((c.policy as Record<string, unknown>).autoApproveScheduledPosts = value));
						}),
					),
			)
			.addSetting((setting) =>
				setting
					.setName("Always ask above")
					.setDesc("Amounts above this (in the main currency) always need your click.")
					.addText((text) =>
						text.setValue(String(s.policy.alwaysAskAboveMinor / 100)).onChange(async (value) => {
							const error = await this.apply((c) => ((c.policy as Record<string, unknown>).alwaysAskAboveMinor = Math.round(Number(value) * 100)));
							setting.setDesc(error ? `Not saved: ${error}.` : "Amounts above this (in the main currency) always need your click.");
						}),
					),
			);
	}
}
