// The engine: one object per vault that owns settings, layout, the audit log and the supervisor. Hosts build it.
import type { Host } from "./ports";
import type { Settings } from "./settings/schema";
import { Layout } from "./layout/folders";
import { setUpVault, type SetupReport } from "./layout/setup";
import { AuditLog } from "./log/audit-log";
import { Supervisor, type Service } from "./watchers/supervisor";
import { effectiveTimeZone } from "./util/dates";

export interface EngineOptions {
	host: Host;
	settings: Settings;
	/** Who the host is, for the `actor` of log lines: "obsidian" or "headless". */
	hostKind: "obsidian" | "headless";
}

export class Engine {
	readonly host: Host;
	readonly log: AuditLog;
	readonly supervisor: Supervisor;
	private current: Settings;
	private readonly settingsListeners = new Set<(s: Settings) => void>();

	constructor(readonly options: EngineOptions) {
		this.host = options.host;
		this.current = options.settings;
		this.log = new AuditLog({
			vault: this.host.vault,
			clock: this.host.clock,
			notifier: this.host.notifier,
			folder: () => this.layout.folder("Logs"),
			timeZone: () => this.timeZone,
			dryRun: () => this.current.dryRun,
		});
		this.supervisor = new Supervisor(this.host.clock, (service, error) => {
			this.host.notifier.notify(`AI Employee: ${service} stopped with an error: ${error}`, "failure");
			void this.log.append({ action_type: "service.failed", actor: this.actor, target: service, result: "failure", error });
		});
	}

	get settings(): Settings {
		return this.current;
	}

	get layout(): Layout {
		return new Layout(this.current.rootFolder);
	}

	get timeZone(): string {
		return effectiveTimeZone(this.current.timeZone, this.host.timeZone);
	}

	get actor(): string {
		return `${this.options.hostKind}:${this.host.deviceId}`;
	}

	/** Replaces the settings in force (already validated) and tells the parts that care. */
	updateSettings(next: Settings): void {
		this.current = next;
		for (const l of this.settingsListeners) l(next);
	}

	onSettingsChange(listener: (s: Settings) => void): () => void {
		this.settingsListeners.add(listener);
		return () => this.settingsListeners.delete(listener);
	}

	addService(service: Service): void {
		this.supervisor.add(service);
	}

	/** Creates the missing folders and starter files; logs what it did. */
	async setUpVault(): Promise<SetupReport> {
		const report = await setUpVault(this.host.vault, this.layout);
		await this.log.append({
			action_type: "vault.setup",
			actor: this.actor,
			target: this.layout.root,
			result: "success",
			details: { created_folders: report.createdFolders.length, created_files: report.createdFiles, kept_files: report.keptFiles },
		});
		return report;
	}

	async start(): Promise<void> {
		await this.supervisor.start();
	}

	/** One pass over everything (headless `--once`): each service's work once, then the log is flushed. */
	async runOnce(): Promise<void> {
		await this.supervisor.runOnce();
		await this.log.settle();
	}

	async stop(): Promise<void> {
		await this.supervisor.stop();
		await this.log.settle();
	}
}
