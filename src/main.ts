// The Obsidian plugin: builds the host and registers UI. Work starts at layout-ready; nothing runs in onload.
import { Plugin } from "obsidian";
import { Engine } from "./core/engine";
import { defaultSettings, describeProblems } from "./core/settings/parse";
import { describeLoosening, type Loosening } from "./core/settings/safety";
import { describeHeldEndpoint, type HeldEndpoint } from "./core/settings/endpoints";
import { SettingsStore } from "./obsidian/settings-store";
import type { Settings } from "./core/settings/schema";
import { createObsidianHost } from "./obsidian/host";
import { AiEmployeeSettingTab } from "./obsidian/settings-tab";
import { approvalBlockProcessor } from "./obsidian/approval-block";
import { registerRequestCommands } from "./obsidian/commands";
import { CARD_FENCE } from "./core/approval/approvals";
import { APPROVAL_KEY_SECRET } from "./core/secrets";
import { newKey } from "./core/requests/canonical";
import type { Host } from "./core/ports";
import { ExecutorLock, lockPathFor } from "./core/executor/lock";
import { connectorGroups } from "./obsidian/settings/connectors";
import { assemble, type Assembly } from "./app/assemble";
import { registerStatusUi, type StatusUi } from "./obsidian/status-commands";
import { createStatusContext } from "./obsidian/status-context";
import type { StatusContext } from "./obsidian/status-view";
import { registerGmailCommands } from "./obsidian/google-signin";
import { gmailSettingsGroups } from "./obsidian/settings/gmail";
import { registerBriefingCommands } from "./obsidian/briefing-commands";
import { briefingSettingsGroups } from "./obsidian/settings/briefing";
import { briefingDepsFor } from "./connectors/briefing-sources";
import { decisionBlockProcessor } from "./obsidian/decision-block";
import { registerDraftCommands } from "./obsidian/drafts-commands";
import { registerWhatsappCommands } from "./obsidian/whatsapp-commands";
import { draftsSettingsGroups } from "./obsidian/settings/drafts";
import { DECISION_FENCE } from "./core/conflicts/decision-note";
import { GET_STARTED_VIEW_TYPE, GetStartedView, openGetStarted, showGetStartedOnce } from "./obsidian/get-started-view";

const EXECUTOR_KEY = "ai-employee-executor";

export default class AiEmployeePlugin extends Plugin {
	engine: Engine | null = null;
	/** Everything built around the engine (Gmail, watchers, status); null until layout-ready. */
	assembly: Assembly | null = null;
	private statusUi: StatusUi | null = null;
	private statusContext: StatusContext | null = null;
	/** Resolves once the layout-ready start has finished (the engine runs); for the app's own tests and embedders. */
	private markStarted: () => void = () => undefined;
	started: Promise<void> = new Promise((resolve) => (this.markStarted = resolve));
	override settings: Settings = defaultSettings();
	private firstRun = false;
	private store: SettingsStore | null = null;
	private lock: ExecutorLock | null = null;
	/** Why this device does not execute although it is set to (another executor holds the vault's lock). */
	executorBlocked: string | null = null;

	override async onload(): Promise<void> {
		const raw: unknown = await this.loadData();
		this.firstRun = raw === null || raw === undefined;
		this.store = new SettingsStore(this.app);
		const { settings, problems, held, heldEndpoints } = await this.store.loadUntrusted(raw);
		this.settings = settings;

		this.addSettingTab(new AiEmployeeSettingTab(this.app, this, [connectorGroups, gmailSettingsGroups(() => this.assembly?.gmail ?? null), () => briefingSettingsGroups(), () => draftsSettingsGroups()]));
		this.addCommand({
			id: "set-up-vault-folders",
			name: "Set up vault folders",
			callback: () => void this.setUpVault(),
		});

		registerRequestCommands(this, () => this.engine);
		registerGmailCommands(this, () => this.assembly?.gmailWatcher ?? null);
		registerBriefingCommands(this, () => (this.engine ? briefingDepsFor(this.engine) : null));
		this.statusUi = registerStatusUi(this, () => this.statusContext);
		this.registerView(GET_STARTED_VIEW_TYPE, (leaf) => new GetStartedView(leaf, this, () => void this.statusUi?.open()));
		this.addCommand({ id: "open-get-started", name: "Open get started", callback: () => void openGetStarted(this) });
		this.registerMarkdownCodeBlockProcessor(CARD_FENCE, approvalBlockProcessor(this.app, () => this.engine, this.started));
		this.registerMarkdownCodeBlockProcessor(DECISION_FENCE, decisionBlockProcessor(this.app, () => this.engine, this.started));
		registerDraftCommands(this, () => (this.engine && this.assembly ? { engine: this.engine, drafter: this.assembly.drafter } : null));
		registerWhatsappCommands(this, () => this.engine);

		this.app.workspace.onLayoutReady(() => {
			void this.start(problems.length > 0 ? describeProblems(problems) : null, held, heldEndpoints).finally(() => {
				this.markStarted();
			});
		});
	}

	/** data.json changed on disk (sync, another program, an agent): tightening applies, loosening waits for the owner. */
	override async onExternalSettingsChange(): Promise<void> {
		if (!this.store) return;
		const { settings, problems, held, heldEndpoints } = await this.store.loadUntrusted(await this.loadData());
		this.settings = settings;
		this.engine?.updateSettings(settings);
		if (problems.length > 0) this.engine?.host.notifier.notify(`AI Employee: some stored settings were invalid. ${describeProblems(problems)}.`, "failure");
		await this.reportHeld(held, heldEndpoints);
	}

	/** Held safety changes and addresses in words, for the settings tab. */
	heldChanges(): string[] {
		return [...(this.store?.held ?? []).map(describeLoosening), ...(this.store?.heldEndpoints ?? []).map(describeHeldEndpoint)];
	}

	async acceptHeldChanges(): Promise<void> {
		if (!this.store) return;
		const accepted = this.heldChanges();
		this.settings = await this.store.acceptHeld(this.settings);
		await this.saveData(this.settings);
		this.engine?.updateSettings(this.settings);
		await this.engine?.log.append({ action_type: "settings.safety_accepted", actor: `owner@${this.engine.host.deviceId}`, target: "data.json", result: "success", details: { accepted } });
	}

	private async reportHeld(held: Loosening[], heldEndpoints: HeldEndpoint[] = []): Promise<void> {
		if (!this.engine) return;
		if (held.length > 0) {
			const words = held.map(describeLoosening).join("; ");
			this.engine.host.notifier.notify(`AI Employee kept its safety settings: a change from outside the settings tab tried to loosen them (${words}). Open the settings to accept it if it was you.`, "failure");
			await this.engine.log.append({ action_type: "settings.loosening_held", actor: this.engine.actor, target: "data.json", result: "refused", approval_status: "refused", error: words });
		}
		if (heldEndpoints.length > 0) {
			const words = heldEndpoints.map(describeHeldEndpoint).join("; ");
			this.engine.host.notifier.notify(
				`AI Employee kept the addresses it sends your keys to: a change from outside the settings tab asked for a new one (${words}). Nothing is sent there. Open the settings to accept it if it was you.`,
				"failure",
			);
			await this.engine.log.append({ action_type: "settings.endpoint_held", actor: this.engine.actor, target: "data.json", result: "refused", approval_status: "refused", error: words });
		}
	}

	override onunload(): void {
		const engine = this.engine;
		this.engine = null;
		this.assembly = null;
		this.statusContext = null;
		void engine?.stop();
		void this.lock?.release();
		this.lock = null;
	}

	/** Takes the vault's executor lock so a headless runner (or another device that syncs it) does not execute too. */
	private async claimExecutor(host: Host, engine: Engine): Promise<void> {
		if (!this.executorSetting) return;
		const lock = new ExecutorLock({
			vault: host.vault,
			path: lockPathFor(engine.layout),
			clock: host.clock,
			holder: `${host.deviceId}-${Math.random().toString(36).slice(2, 8)}`,
			pid: 0,
			hostName: host.deviceId,
			timeZone: engine.timeZone,
			onLost: () => {
				this.lockHeld = false;
				this.executorBlocked = "Another executor took over the vault's lock.";
				host.notifier.notify("AI Employee: another executor took over this vault; this device no longer runs approved requests.", "failure");
			},
		});
		const result = await lock.acquire();
		if (result.ok) {
			this.lock = lock;
			this.lockHeld = true;
			this.executorBlocked = null;
		} else {
			this.executorBlocked = result.message;
			host.notifier.notify(`AI Employee: this device will not execute approved requests. ${result.message}`, "info");
		}
	}

	private async start(settingsProblem: string | null, held: Loosening[], heldEndpoints: HeldEndpoint[]): Promise<void> {
		const assembly = assemble({
			host: createObsidianHost(this.app),
			settings: this.settings,
			hostKind: "obsidian",
			approvalKey: () => this.approvalKey(host),
			isExecutor: () => this.isExecutor,
			executorNote: () => (this.executorSetting ? this.executorBlocked : "This device is set not to execute approved requests."),
		});
		const engine = assembly.engine;
		const host = engine.host;
		this.assembly = assembly;
		this.engine = engine;
		this.statusContext = createStatusContext(this.app, engine, assembly.status, {
			// Going live from the status view is the owner's own change, saved (and sealed) like one in the settings tab.
			setDryRun: async (dryRun) => {
				this.settings = { ...this.settings, dryRun };
				await this.saveSettings();
			},
		});
		if (settingsProblem) {
			host.notifier.notify(`AI Employee: some stored settings were invalid. ${settingsProblem}.`, "failure");
			await engine.log.append({ action_type: "settings.invalid", actor: engine.actor, target: "data.json", result: "refused", error: settingsProblem });
		}
		await this.reportHeld(held, heldEndpoints);
		if (this.firstRun) {
			await engine.setUpVault();
			await this.saveSettings();
		}
		await this.claimExecutor(host, engine);
		await engine.start();
		this.statusUi?.connect();
		await showGetStartedOnce(this);
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

	private lockHeld = false;

	/** Per device (local storage, not synced): whether this device should run approved requests. */
	get executorSetting(): boolean {
		const v: unknown = this.app.loadLocalStorage(EXECUTOR_KEY);
		return v === null || v === undefined ? true : v === true || v === "true";
	}

	/** Runs approved requests only when set to and holding the vault's executor lock. */
	get isExecutor(): boolean {
		return this.executorSetting && this.lockHeld;
	}

	set isExecutor(value: boolean) {
		this.app.saveLocalStorage(EXECUTOR_KEY, value);
		const engine = this.engine;
		if (value && engine && !this.lockHeld) void this.claimExecutor(engine.host, engine);
		if (!value) {
			void this.lock?.release();
			this.lock = null;
			this.lockHeld = false;
		}
	}

	async setUpVault(): Promise<void> {
		if (!this.engine) return;
		const report = await this.engine.setUpVault();
		const made = report.createdFolders.length + report.createdFiles.length;
		this.engine.host.notifier.notify(
			made === 0 ? "AI Employee: the vault folders are already set up." : `AI Employee: created ${report.createdFolders.length} folders and ${report.createdFiles.length} files; kept ${report.keptFiles.length} existing files.`,
		);
	}

	/** Saves a change made in the settings tab: the owner's own hand, so safety values are sealed as they are. */
	async saveSettings(): Promise<void> {
		await this.store?.sealOwnerChoice(this.settings);
		await this.saveData(this.settings);
		this.engine?.updateSettings(this.settings);
	}
}
