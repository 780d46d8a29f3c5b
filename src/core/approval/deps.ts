// What the approval workflow and the executor share: the engine's parts they read, passed in one object.
import type { AuditLog } from "../log/audit-log";
import type { Layout } from "../layout/folders";
import type { Clock, DeviceStateStore, HttpClient, Notifier, SecretStore, VaultStore, YamlCodec } from "../ports";
import type { Settings } from "../settings/schema";
import type { ConnectorRegistry } from "../executor/connector";
import type { SecretValue } from "../guard/types";

export interface WorkflowDeps {
	vault: VaultStore;
	yaml: YamlCodec;
	clock: Clock;
	http: HttpClient;
	secrets: SecretStore;
	notifier: Notifier;
	log: AuditLog;
	registry: ConnectorRegistry;
	layout: () => Layout;
	settings: () => Settings;
	timeZone: () => string;
	/** `obsidian:<device>` or `headless:<host>`, for log lines. */
	actor: string;
	/** The name the owner's clicks are recorded under. */
	owner: string;
	/** The approval key, or null when this host has none (then nothing is approved or executed here). */
	approvalKey: () => string | null;
	/** True when this device (or runner) is the one that executes approved requests. */
	isExecutor: () => boolean;
	/** The values of the secrets this host holds, so the guard blocks them and the card and notices hide them. */
	secretValues?: () => readonly SecretValue[];
	/** This device's records outside the vault (the consumed-approval ledger); in memory when the host has none. */
	deviceState?: DeviceStateStore;
}
