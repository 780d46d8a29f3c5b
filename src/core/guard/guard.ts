// The guard as the approval flow and the executor use it: reads the handbook, scans a request's outgoing texts.
import type { ActionHandler } from "../executor/connector";
import type { Settings } from "../settings/schema";
import type { VaultStore } from "../ports";
import type { Layout } from "../layout/folders";
import { confidentialTerms } from "./handbook";
import { outgoingTexts } from "./outgoing";
import { scanTexts } from "./scan";
import type { GuardContext, GuardReport } from "./types";

export interface GuardDeps {
	vault: VaultStore;
	layout: () => Layout;
	settings: () => Settings;
}

/** The owner's own addresses: the Gmail account the plugin sends from, when the settings name it. */
function ownAddresses(settings: Settings): string[] {
	const fromSettings = (settings as { gmail?: { address?: unknown } }).gmail?.address;
	return typeof fromSettings === "string" && fromSettings.includes("@") ? [fromSettings] : [];
}

export async function guardContext(deps: GuardDeps, extraOwn: string[] = []): Promise<GuardContext> {
	const handbook = await deps.vault.read(deps.layout().file("Company_Handbook.md"));
	return { confidential: confidentialTerms(handbook), ownAddresses: [...ownAddresses(deps.settings()), ...extraOwn] };
}

export async function guardRequest(deps: GuardDeps, handler: ActionHandler<unknown>, params: unknown): Promise<GuardReport> {
	const from = (params as { from?: unknown } | null)?.from;
	return scanTexts(outgoingTexts(handler, params), await guardContext(deps, typeof from === "string" ? [from] : []));
}

export function blockedMessage(report: GuardReport): string {
	return `It contains a secret (${report.hits.filter((h) => h.kind === "secret").map((h) => h.reason.replace(/^it contains /, "")).join("; ")}). Remove it from the text, then approve.`;
}
