// The Obsidian plugin: wires the parts together. onload only registers; the engine starts at layout-ready.
import { Plugin } from "obsidian";
import type { Engine } from "./core/engine";
import { defaultSettings, describeProblems } from "./core/settings/parse";
import type { Settings } from "./core/settings/schema";
import type { Assembly } from "./app/assemble";
import { assembleInObsidian } from "./obsidian/assembly";
import { SettingsStore, type LoadResult } from "./obsidian/settings-store";
import { heldChangesIn, logAccepted, reportHeld, reportInvalid } from "./obsidian/held-settings";
import { ExecutorSeat } from "./obsidian/executor-seat";
import { deviceApprovalKey } from "./obsidian/approval-key";
import type { SettingsTabContext } from "./obsidian/plugin-context";
import { registerPluginUi } from "./obsidian/register-ui";
import type { StatusUi } from "./obsidian/status-commands";
import { createStatusContext } from "./obsidian/status-context";
import type { StatusContext } from "./obsidian/status-view";
import { showGetStartedOnce } from "./obsidian/get-started-view";

export default class AiEmployeePlugin extends Plugin implements SettingsTabContext {
	engine: Engine | null = null;
	/** Everything built around the engine (Gmail, watchers, status); null until layout-ready. */
	assembly: Assembly | null = null;
	/** Whether this device runs approved requests: the owner's choice and the vault's executor lock. */
	readonly executor = new ExecutorSeat(this.app);
	override settings: Settings = defaultSettings();
	/** Resolves once the layout-ready start has finished (the engine runs); for the app's own tests and embedders. */
	private markStarted: () => void = () => undefined;
	started: Promise<void> = new Promise((resolve) => (this.markStarted = resolve));
	private store: SettingsStore | null = null;
	private statusUi: StatusUi | null = null;
	private statusContext: StatusContext | null = null;

	override async onload(): Promise<void> {
		const raw: unknown = await this.loadData();
		const firstRun = raw === null || raw === undefined;
		this.store = new SettingsStore(this.app);
		const loaded = await this.store.loadUntrusted(raw);
		this.settings = loaded.settings;
		this.statusUi = registerPluginUi(this, { engine: () => this.engine, assembly: () => this.assembly, statusContext: () => this.statusContext });
		this.app.workspace.onLayoutReady(() => {
			void this.start(loaded, firstRun).finally(() => {
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
		if (this.engine) await reportHeld(this.engine, held, heldEndpoints);
	}

	/** Held safety changes and addresses in words, for the settings tab. */
	heldChanges(): string[] {
		return heldChangesIn(this.store);
	}

	async acceptHeldChanges(): Promise<void> {
		if (!this.store) return;
		const accepted = this.heldChanges();
		this.settings = await this.store.acceptHeld(this.settings);
		await this.saveData(this.settings);
		this.engine?.updateSettings(this.settings);
		if (this.engine) await logAccepted(this.engine, accepted);
	}

	/** This device's approval key (secret storage, never the vault); null before the engine runs. */
	approvalKey(): string | null {
		return this.engine ? deviceApprovalKey(this.engine.host.secrets) : null;
	}

	override onunload(): void {
		const engine = this.engine;
		this.engine = null;
		this.assembly = null;
		this.statusContext = null;
		void engine?.stop();
		this.executor.release();
	}

	private async start(loaded: LoadResult, firstRun: boolean): Promise<void> {
		const assembly = assembleInObsidian(this.app, this.settings, this.executor);
		const engine = assembly.engine;
		this.assembly = assembly;
		this.engine = engine;
		// Going live from the status view is the owner's own change, saved (and sealed) like one in the settings tab.
		this.statusContext = createStatusContext(this.app, engine, assembly.status, { setDryRun: (dryRun) => this.saveSettings({ ...this.settings, dryRun }) });
		if (loaded.problems.length > 0) await reportInvalid(engine, describeProblems(loaded.problems));
		await reportHeld(engine, loaded.held, loaded.heldEndpoints);
		if (firstRun) {
			await engine.setUpVault();
			await this.saveSettings();
		}
		await this.executor.claim(engine);
		await engine.start();
		this.statusUi?.connect();
		await showGetStartedOnce(this.app);
	}

	/** Saves a change made in the settings tab (or `next`): the owner's own hand, so safety values are sealed as they are. */
	async saveSettings(next: Settings = this.settings): Promise<void> {
		this.settings = next;
		await this.store?.sealOwnerChoice(this.settings);
		await this.saveData(this.settings);
		this.engine?.updateSettings(this.settings);
	}
}
