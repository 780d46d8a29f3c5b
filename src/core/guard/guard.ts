// The guard as the approval flow and the executor use it: reads the handbook, scans every field of a request.
import type { ActionHandler } from "../executor/connector";
import type { Settings } from "../settings/schema";
import type { VaultStore } from "../ports";
import type { Layout } from "../layout/folders";
import { confidentialTerms } from "./handbook";
import { outgoingFields } from "./outgoing";
import { scanFields } from "./scan";
import type { GuardContext, GuardReport, SecretValue } from "./types";

export interface GuardDeps {
	vault: VaultStore;
	layout: () => Layout;
	settings: () => Settings;
	/** The values of the secrets this plugin holds; each one blocks wherever it appears. */
	secretValues?: () => readonly SecretValue[];
}

/** The owner's own addresses: the Gmail account the plugin sends from, when the settings name it. */
function ownAddresses(settings: Settings): string[] {
	const fromSettings = (settings as { gmail?: { address?: unknown } }).gmail?.address;
	return typeof fromSettings === "string" && fromSettings.includes("@") ? [fromSettings] : [];
}

export async function guardContext(deps: GuardDeps, extraOwn: string[] = []): Promise<GuardContext> {
	const handbook = await deps.vault.read(deps.layout().file("Company_Handbook.md"));
	return { confidential: confidentialTerms(handbook), ownAddresses: [...ownAddresses(deps.settings()), ...extraOwn], secretValues: deps.secretValues?.() ?? [] };
}

export async function guardRequest(deps: GuardDeps, handler: ActionHandler<unknown>, params: unknown): Promise<GuardReport> {
	const from = (params as { from?: unknown } | null)?.from;
	return scanFields(outgoingFields(handler, params), await guardContext(deps, typeof from === "string" ? [from] : []));
}

/** Why a request is refused: each secret's kind and where it is, never the secret. */
export function blockedMessage(report: GuardReport): string {
	const where = [...new Set(report.hits.filter((h) => h.kind === "secret").map((h) => `${h.reason.replace(/^it contains /, "")} in ${h.field}`))];
	return `It contains a secret (${where.join("; ")}). Remove it from the note, then approve.`;
}
