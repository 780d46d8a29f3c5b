// The engine's parts as small ports, each named for what it does. A part (watcher, executor, card, briefing…) asks for
// the few it uses; only the engine, which builds them, and the workflow, which hands them on, hold them all.
import type { AuditLog } from "./log/audit-log";
import type { Layout } from "./layout/folders";
import type { Clock, DeviceStateStore, HttpClient, Notifier, SecretStore, VaultStore, YamlCodec } from "./ports";
import type { Settings } from "./settings/schema";
import type { ConnectorRegistry } from "./executor/connector";
import type { SecretValue } from "./guard/types";

/** Notes in the vault's folders: files, their front matter, and where each folder is. */
export interface VaultNotes {
	vault: VaultStore;
	yaml: YamlCodec;
	layout: () => Layout;
}

/** The time now, and the owner's zone for what people read. */
export interface TimeSource {
	clock: Clock;
	timeZone: () => string;
}

/** The audit log, and who this host writes it as (`obsidian:<device>` or `headless:<host>`). */
export interface AuditTrail {
	log: AuditLog;
	actor: string;
}

/** The settings in force, read fresh at each use. */
export interface SettingsSource {
	settings: () => Settings;
}

/** Approval stamps: the key that signs them (null when this host has none: nothing is approved or executed here) and
 * the name the owner's clicks are recorded under. */
export interface ApprovalSigning {
	approvalKey: () => string | null;
	owner: string;
}

/** Whether this device (or runner) is the one that executes approved requests. */
export interface ExecutorRole {
	isExecutor: () => boolean;
}

/** Calls to outside services, and the secrets they carry. */
export interface ServiceAccess {
	http: HttpClient;
	secrets: SecretStore;
}

/** Notices to the owner. */
export interface OwnerNotices {
	notifier: Notifier;
}

/** The values of the secrets this host holds, so the guard blocks them and the card and notices hide them. */
export interface SecretMask {
	secretValues?: () => readonly SecretValue[];
}

/** This device's records outside the vault (the consumed-approval ledger); in memory when the host has none. */
export interface DeviceRecords {
	deviceState?: DeviceStateStore;
}

/** The connectors, by the action types they run. */
export interface ConnectorLookup {
	registry: ConnectorRegistry;
}

/** Every port: what the engine builds once and the request workflow hands on, each part taking its own few. */
export type EngineParts = VaultNotes & TimeSource & AuditTrail & SettingsSource & ApprovalSigning & ExecutorRole & ServiceAccess & OwnerNotices & SecretMask & DeviceRecords & ConnectorLookup;
