// What the owner hears about settings that came from outside the settings tab: invalid values fell back to defaults,
// loosened safety values and new addresses for secrets are held until the owner accepts them.
import type { Engine } from "../core/engine";
import { describeLoosening, type Loosening } from "../core/settings/safety";
import { describeHeldEndpoint, type HeldEndpoint } from "../core/settings/endpoints";
import type { SettingsStore } from "./settings-store";

/** The held changes in words, for the settings tab ("Changes waiting for you"). */
export function heldChangesIn(store: SettingsStore | null): string[] {
	return [...(store?.held ?? []).map(describeLoosening), ...(store?.heldEndpoints ?? []).map(describeHeldEndpoint)];
}

/** A notice and a log line for stored settings that were invalid (each fell back to its default). */
export async function reportInvalid(engine: Engine, problem: string): Promise<void> {
	engine.host.notifier.notify(`AI Employee: some stored settings were invalid. ${problem}.`, "failure");
	await engine.log.append({ action_type: "settings.invalid", actor: engine.actor, target: "data.json", result: "refused", error: problem });
}

/** A notice and a refused log line for each kind of held change. */
export async function reportHeld(engine: Engine, held: Loosening[], heldEndpoints: HeldEndpoint[]): Promise<void> {
	if (held.length > 0) {
		const words = held.map(describeLoosening).join("; ");
		engine.host.notifier.notify(`AI Employee kept its safety settings: a change from outside the settings tab tried to loosen them (${words}). Open the settings to accept it if it was you.`, "failure");
		await engine.log.append({ action_type: "settings.loosening_held", actor: engine.actor, target: "data.json", result: "refused", approval_status: "refused", error: words });
	}
	if (heldEndpoints.length > 0) {
		const words = heldEndpoints.map(describeHeldEndpoint).join("; ");
		engine.host.notifier.notify(
			`AI Employee kept the addresses it sends your keys to: a change from outside the settings tab asked for a new one (${words}). Nothing is sent there. Open the settings to accept it if it was you.`,
			"failure",
		);
		await engine.log.append({ action_type: "settings.endpoint_held", actor: engine.actor, target: "data.json", result: "refused", approval_status: "refused", error: words });
	}
}

/** The owner's Accept, in the log with what was accepted. */
export async function logAccepted(engine: Engine, accepted: string[]): Promise<void> {
	await engine.log.append({ action_type: "settings.safety_accepted", actor: `owner@${engine.host.deviceId}`, target: "data.json", result: "success", details: { accepted } });
}
