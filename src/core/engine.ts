// The engine: one object per vault that owns settings, layout, the audit log and the supervisor. Hosts build it.
import type { Host } from "./ports";
import type { SecretValue } from "./guard/types";
import type { Settings } from "./settings/schema";
import { Layout } from "./layout/folders";
import { setUpVault, type SetupReport } from "./layout/setup";
import { AuditLog } from "./log/audit-log";
import { Supervisor, type Service } from "./watchers/supervisor";
import { effectiveTimeZone, localDateTime } from "./util/dates";
import { ConnectorRegistry, type Connector, type WireRecord } from "./executor/connector";
import { RequestWorkflow } from "./approval/workflow";
import type { EngineParts } from "./engine-ports";
import { configuredSecretValues } from "./secrets";
import { MemoryDeviceState } from "./executor/consumption";
import { createRequestNote, type NewRequest } from "./requests/create-request";
import { buildCard, type CardModel } from "./approval/card-model";

export interface EngineOptions {
	host: Host;
	settings: Settings;
	/** Who the host is, for the `actor` of log lines: "obsidian", "headless" or "mcp" (the agent's server). */
	hostKind: "obsidian" | "headless" | "mcp";
	connectors?: Connector[];
	/** The key that signs approvals (secret storage or env), or null when this host has none. */
	approvalKey: () => string | null;
	/** True when this device or runner executes approved requests. */
	isExecutor: () => boolean;
	/** Sees every real write as it goes on the wire (benchmarks). */
	onWire?: (w: WireRecord) => void;
}

export class Engine {
	readonly host: Host;
	readonly log: AuditLog;
	readonly supervisor: Supervisor;
	readonly registry = new ConnectorRegistry();
	readonly workflow: RequestWorkflow;
	readonly deps: EngineParts;
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
			secretValues: () => this.secretValues(),
		});
		this.supervisor = new Supervisor(
			this.host.clock,
			(service, error) => {
				this.host.notifier.notify(`AI Employee: ${service} stopped with an error: ${error}`, "failure");
				void this.log.append({ action_type: "service.failed", actor: this.actor, target: service, result: "failure", error });
			},
			(service, failures) => void this.log.append({ action_type: "service.recovered", actor: this.actor, target: service, result: "success", details: { failures } }),
		);
		for (const c of options.connectors ?? []) this.registry.register(c);
		this.deps = {
			vault: this.host.vault,
			yaml: this.host.yaml,
			clock: this.host.clock,
			http: this.host.http,
			secrets: this.host.secrets,
			notifier: this.host.notifier,
			log: this.log,
			registry: this.registry,
			layout: () => this.layout,
			settings: () => this.current,
			timeZone: () => this.timeZone,
			actor: this.actor,
			owner: `owner@${this.host.deviceId}`,
			approvalKey: options.approvalKey,
			isExecutor: options.isExecutor,
			secretValues: () => this.secretValues(),
			deviceState: this.host.deviceState ?? new MemoryDeviceState(),
		};
		this.workflow = new RequestWorkflow(this.deps, options.onWire);
		this.supervisor.add(this.workflow);
	}

	/** The values of every secret this host holds, read fresh so a token changed in the settings is known at once. */
	secretValues(): SecretValue[] {
		return configuredSecretValues(this.current, this.host.secrets, this.options.approvalKey());
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

	/** The name the owner's own clicks and connections are recorded under on this device. */
	get owner(): string {
		return this.deps.owner;
	}

	/** Writes a new request note, stamped as made here (the request dialogs and commands); returns its path. */
	createRequest(req: NewRequest): Promise<string> {
		return createRequestNote(this.deps, req);
	}

	/** The approval card of a request note, as the card renderer draws it. */
	card(path: string): Promise<CardModel> {
		return buildCard(this.deps, this.workflow.approvals, path);
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

	/** One pass over everything (headless `--once`): each service's work once, then the log is flushed. Returns the parts that failed. */
	async runOnce(): Promise<{ service: string; error: string }[]> {
		const failed = await this.supervisor.runOnce();
		await this.log.settle();
		return failed;
	}

	/** Why the request workflow is not running (it failed and waits to be started again), or null. */
	workflowProblem(timeZone = this.timeZone): string | null {
		const s = this.supervisor.statuses().find((x) => x.name === this.workflow.name);
		if (!s || s.state !== "failed") return null;
		const again = s.restartAt ? ` It starts again at ${localDateTime(s.restartAt, timeZone)}.` : "";
		return `The request workflow stopped: ${s.error ?? "unknown error"}. Approved requests do not run until it works again.${again}`;
	}

	async stop(): Promise<void> {
		// Synchronously, so an unload that does not wait leaves no retry timer behind.
		this.log.close();
		await this.supervisor.stop();
		await this.log.settle();
	}
}
