// Demo step: a post drafted from a completed project (waits for a click, never auto-approved) and a post the guard
// stops, with its reasons and the marked text as the approval card shows them.
import { Engine } from "../../src/core/engine";
import { createRequestNote } from "../../src/core/requests/create-request";
import { parseSettings } from "../../src/core/settings/parse";
import { createNodeHost } from "../../src/node/host";
import { buildConnectors } from "../../src/connectors";
import { PostDrafter } from "../../src/core/drafts/drafter";
import { buildCard } from "../../src/core/approval/card-model";

export interface GuardsStepOptions {
	vaultDir: string;
	configDir: string;
	approvalKey: string;
	settings: unknown;
}

/** The card's preview with each guarded stretch between »…«, as the card marks it in colour. */
function marked(text: string, marks: { start: number; end: number }[]): string {
	let out = "";
	let at = 0;
	for (const m of [...marks].sort((a, b) => a.start - b.start)) {
		out += `${text.slice(at, m.start)}»${text.slice(m.start, m.end)}«`;
		at = m.end;
	}
	return out + text.slice(at);
}

export async function writeGuardsDemo(opts: GuardsStepOptions): Promise<string[]> {
	const host = createNodeHost({ vaultDir: opts.vaultDir, env: {}, configDir: opts.configDir, write: () => undefined });
	const { settings } = parseSettings(opts.settings);
	settings.drafts.networks = ["linkedin"];
	const engine: Engine = new Engine({ host, settings, hostKind: "headless", connectors: buildConnectors(() => engine.settings, host.clock), approvalKey: () => opts.approvalKey, isExecutor: () => false });
	const out: string[] = [];

	// A project the owner marked finished: a note tagged #project in Completed.
	await host.vault.write("AI_Employee/Completed/Bluebird Bakery website relaunch.md", "---\ntags: [project]\n---\n# Bluebird Bakery website relaunch\n\nLaunched on Tuesday; the client signed off the same day.\n");
	// Samples carry no origin mark: the demo wrote them, not the plugin on the owner's device.
	const unsigned = { ...engine.deps, approvalKey: () => null };
	const drafted = await new PostDrafter(unsigned).draft();
	for (const p of drafted.drafted) {
		const card = await buildCard(engine.deps, engine.workflow.approvals, p);
		out.push(`drafted ${p}`, `  "${card.text?.content ?? ""}"`, `  ${card.policy ?? ""}`);
	}
	for (const problem of drafted.problems) out.push(`  problem: ${problem}`);

	// The owner pastes a draft that still holds a card number, a confidential project and a vault link.
	const guarded = await createRequestNote(unsigned, {
		action: "social.post",
		params: { network: "linkedin", text: "Sneak peek of the Greenleaf Dental rebrand! Deposit paid with 4111 1111 1111 1111, details in [[Greenleaf brief]]." },
		requestedBy: "demo sample (as the owner would write it)",
		origin: "demo",
		title: "Greenleaf sneak peek",
	});
	const card = await buildCard(engine.deps, engine.workflow.approvals, guarded);
	out.push(`guarded ${guarded}`, `  ${marked(card.text?.content ?? "", card.guard?.highlights ?? [])}`);
	for (const hit of card.guard?.hits ?? []) out.push(`  - ${hit.kind}: ${hit.reason} (${hit.excerpt})`);
	out.push(`  buttons: ${card.buttons.join(", ")}`);

	const secret = await createRequestNote(unsigned, {
		action: "social.post",
		params: { network: "linkedin", text: "Our booking API is open to partners: use key sk_live_51HxQ2eKp7YzA9bC3dE4fG5h to try it." },
		requestedBy: "demo sample (as the owner would write it)",
		origin: "demo",
		title: "Booking API announcement",
	});
	const blocked = await buildCard(engine.deps, engine.workflow.approvals, secret);
	out.push(`blocked ${secret}`, `  ${blocked.notice?.message ?? ""}`);
	for (const hit of blocked.guard?.hits ?? []) out.push(`  - ${hit.kind}: ${hit.reason} (${hit.excerpt})`);
	out.push(`  buttons: ${blocked.buttons.join(", ")}`);
	await engine.log.settle();
	return out;
}
