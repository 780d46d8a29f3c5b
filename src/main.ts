// The Obsidian plugin: builds the host and registers UI. Work starts at layout-ready; nothing runs in onload.
import { Plugin } from "obsidian";
import { Engine } from "./core/engine";
import { defaultSettings, describeProblems, parseSettings } from "./core/settings/parse";
import type { Settings } from "./core/settings/schema";
import { createObsidianHost } from "./obsidian/host";
import { AiEmployeeSettingTab } from "./obsidian/settings-tab";
import { approvalBlockProcessor } from "./obsidian/approval-block";
import { registerRequestCommands } from "./obsidian/commands";
import { CARD_FENCE } from "./core/approval/approvals";
import { APPROVAL_KEY_SECRET } from "./core/secrets";
import { newKey } from "./core/requests/canonical";
import type { Host } from "./core/ports";

const EXECUTOR_KEY = "ai-employee-executor";

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

		registerRequestCommands(this, () => this.engine);
		this.registerMarkdownCodeBlockProcessor(CARD_FENCE, approvalBlockProcessor(this.app, () => this.engine));

		this.app.workspace.onLayoutReady(() => void this.start(problems.length > 0 ? describeProblems(problems) : null));
	}

	override onunload(): void {
		const engine = this.engine;
		this.engine = null;
		void engine?.stop();
	}

	private async start(settingsProblem: string | null): Promise<void> {
		const host = createObsidianHost(this.app);
		const engine = new Engine({
			host,
			settings: this.settings,
			hostKind: "obsidian",
			approvalKey: () => this.approvalKey(host),
			isExecutor: () => this.isExecutor,
		});
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

	/** The approval key lives in this device's secret storage; made on first use, never written to the vault. */
	private approvalKey(host: Host): string | null {
		const existing = host.secrets.get(APPROVAL_KEY_SECRET);
		if (existing) return existing;
		const key = newKey();
		try {
			host.secrets.set(APPROVAL_KEY_SECRET, key);
		} catch {
			return null;
		}
		return key;
	}

	/** Per device (local storage, not synced): whether this device runs approved requests. */
	get isExecutor(): boolean {
		const v: unknown = this.app.loadLocalStorage(EXECUTOR_KEY);
		return v === null || v === undefined ? true : v === true || v === "true";
	}

	set isExecutor(value: boolean) {
		this.app.saveLocalStorage(EXECUTOR_KEY, value);
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
