// The Obsidian plugin: builds the host and registers UI. Work starts at layout-ready; nothing runs in onload.
import { Plugin } from "obsidian";
import { Engine } from "./core/engine";
import { defaultSettings, describeProblems, parseSettings } from "./core/settings/parse";
import type { Settings } from "./core/settings/schema";
import { createObsidianHost } from "./obsidian/host";
import { AiEmployeeSettingTab } from "./obsidian/settings-tab";

export default class AiEmployeePlugin extends Plugin {
	engine: Engine | null = null;
	override settings: Settings = defaultSettings();
	private firstRun = false;

	override async onload(): Promise<void> {
		const raw: unknown = await this.loadData();
		this.firstRun = raw === null || raw === undefined;
		const { settings, problems } = parseSettings(raw);
		this.settings = settings;

		this.addSettingTab(new AiEmployeeSettingTab(this.app, this));
		this.addCommand({
			id: "set-up-vault-folders",
			name: "Set up vault folders",
			callback: () => void this.setUpVault(),
		});

		this.app.workspace.onLayoutReady(() => void this.start(problems.length > 0 ? describeProblems(problems) : null));
	}

	override onunload(): void {
		const engine = this.engine;
		this.engine = null;
		void engine?.stop();
	}

	private async start(settingsProblem: string | null): Promise<void> {
		const host = createObsidianHost(this.app);
		const engine = new Engine({ host, settings: this.settings, hostKind: "obsidian" });
		this.engine = engine;
		if (settingsProblem) {
			host.notifier.notify(`AI Employee: some stored settings were invalid. ${settingsProblem}.`, "failure");
			await engine.log.append({ action_type: "settings.invalid", actor: engine.actor, target: "data.json", result: "refused", error: settingsProblem });
		}
		if (this.firstRun) {
			await engine.setUpVault();
			await this.saveSettings();
		}
		await engine.start();
	}

	async setUpVault(): Promise<void> {
		if (!this.engine) return;
		const report = await this.engine.setUpVault();
		const made = report.createdFolders.length + report.createdFiles.length;
		this.engine.host.notifier.notify(
			made === 0 ? "AI Employee: the vault folders are already set up." : `AI Employee: created ${report.createdFolders.length} folders and ${report.createdFiles.length} files; kept ${report.keptFiles.length} existing files.`,
		);
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.engine?.updateSettings(this.settings);
	}
}
