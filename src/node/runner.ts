// Builds the headless engine: the one place where the runner's connectors and extra services are registered.
import type { Engine } from "../core/engine";
import type { Host } from "../core/ports";
import { APPROVAL_KEY_SECRET } from "../core/secrets";
import type { Settings } from "../core/settings/schema";
import { defaultSettings, describeProblems, parseSettings } from "../core/settings/parse";
import type { Env } from "./env";
import { assemble } from "../app/assemble";
import { decideInvoice } from "../connectors/gmail/invoice/classify";

export interface HeadlessEngineOptions {
	host: Host;
	/** Settings from data.json with the command line's dry-run decision already applied (see `withCommandLineSafety`). */
	settings: Settings;
	/** True while this runner holds the vault's executor lock: only then does it execute approved requests. */
	isExecutor: () => boolean;
}

/**
 * The runner's safety settings come from its command line and environment, never from the vault: dry run from
 * `--live`/`AI_EMPLOYEE_DRY_RUN`, the approval policy from `AI_EMPLOYEE_POLICY` (JSON with the `policy.*` keys) or the
 * defaults (also `autoApproveKnownContacts` and `sendingEnabled` for email), notices always on. Apply it to every settings object handed to the engine, including later reloads of data.json.
 * Throws with a readable message when AI_EMPLOYEE_POLICY is not valid.
 */
export function withCommandLineSafety(settings: Settings, dryRun: boolean, env: Env = {}): Settings {
	let policy = defaultSettings().policy;
	let autoApproveKnownContacts = false;
	let sendingEnabled = false;
	const raw = env.AI_EMPLOYEE_POLICY;
	if (raw !== undefined && raw.trim() !== "") {
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			throw new Error("AI_EMPLOYEE_POLICY is not valid JSON. Example: {\"alwaysAskAboveMinor\": 5000, \"maxPaymentsPerHour\": 2}");
		}
		if (typeof parsed === "object" && parsed !== null && "autoApproveKnownContacts" in parsed) {
			const { autoApproveKnownContacts: known, ...rest } = parsed as Record<string, unknown>;
			if (typeof known !== "boolean") throw new Error("AI_EMPLOYEE_POLICY: autoApproveKnownContacts must be true or false.");
			autoApproveKnownContacts = known;
			parsed = rest;
		}
		if (typeof parsed === "object" && parsed !== null && "sendingEnabled" in parsed) {
			const { sendingEnabled: sending, ...rest } = parsed as Record<string, unknown>;
			if (typeof sending !== "boolean") throw new Error("AI_EMPLOYEE_POLICY: sendingEnabled must be true or false.");
			sendingEnabled = sending;
			parsed = rest;
		}
		const { settings: s, problems } = parseSettings({ policy: parsed });
		if (problems.length > 0) throw new Error(`AI_EMPLOYEE_POLICY: ${describeProblems(problems)}.`);
		policy = s.policy;
	}
	// Notices are never switched off from the vault: the runner prints every one of them.
	return { ...settings, dryRun, policy, gmail: { ...settings.gmail, autoApproveKnownContacts, sendingEnabled }, notifications: defaultSettings().notifications };
}

export function createHeadlessEngine(options: HeadlessEngineOptions): Engine {
	const { host } = options;
	return assemble({
		host,
		settings: options.settings,
		hostKind: "headless",
		// A headless machine has no secret storage: the approval key comes from AI_EMPLOYEE_APPROVAL_KEY.
		approvalKey: () => host.secrets.get(APPROVAL_KEY_SECRET),
		isExecutor: options.isExecutor,
		// No window to keep responsive: the runner reads each email in place.
		invoiceReader: { decide: decideInvoice },
	}).engine;
}
