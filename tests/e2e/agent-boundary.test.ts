// Through the built plugin: nothing written into the vault (data.json included) loosens safety without the owner.
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";

type Settings = { dryRun: boolean; rootFolder: string; policy: Record<string, unknown> };
type Plugin = {
	settings: Settings;
	data__: unknown;
	onExternalSettingsChange(): Promise<void>;
	acceptHeldChanges(): Promise<void>;
	heldChanges(): string[];
	saveSettings(): Promise<void>;
};

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

async function logLines(h: PluginHarness): Promise<Record<string, unknown>[]> {
	await h.settle();
	const text = (await h.readFile(`AI_Employee/Logs/${today()}.jsonl`)) ?? "";
	return text
		.split("\n")
		.filter(Boolean)
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

let h: PluginHarness | null = null;
afterEach(async () => {
	await h?.dispose();
	h = null;
});

function plugin(): Plugin {
	return h!.plugin;
}

/** An established device: installed, started once, settings saved by the owner. */
async function established(): Promise<void> {
	h = await loadPlugin();
	await h.layoutReady();
}

/** What an agent (or a sync) does: rewrite data.json on disk; Obsidian then calls onExternalSettingsChange. */
async function editDataJson(patch: (d: Settings) => void): Promise<void> {
	const data = structuredClone(h!.savedData()) as Settings;
	patch(data);
	plugin().data__ = data;
	await plugin().onExternalSettingsChange();
	await h!.settle();
}

describe("an edited data.json cannot loosen safety", () => {
	it("dryRun: false written into data.json keeps dry run on, says so, and logs the attempt", async () => {
		await established();
		await editDataJson((d) => (d.dryRun = false));
		expect(plugin().settings.dryRun).toBe(true);
		await h!.waitFor(() => h!.notices.some((n) => /kept its safety settings/.test(n) && /dry run off/.test(n)), 5_000);
		expect(await logLines(h!)).toHaveLogged({ action_type: "settings.loosening_held", error: "dry run off" });
		expect(plugin().heldChanges()).toEqual(["dry run off (in force: on)"]);
	});

	it("a threshold of $1,000,000 is not applied", async () => {
		await established();
		await editDataJson((d) => (d.policy.alwaysAskAboveMinor = 100_000_000));
		expect(plugin().settings.policy.alwaysAskAboveMinor).toBe(10_000);
	});

	it("accepting hand-moved approvals is not applied", async () => {
		await established();
		await editDataJson((d) => (d.policy.acceptHandMovedApprovals = true));
		expect(plugin().settings.policy.acceptHandMovedApprovals).toBe(false);
	});

	it("a synced data.json from another device that loosens safety is held on a device that never saw it", async () => {
		h = await loadPlugin({ data: { version: 1, dryRun: false, policy: { alwaysAskAboveMinor: 5_000_000 } } });
		await h.layoutReady();
		expect(plugin().settings.dryRun).toBe(true);
		expect(plugin().settings.policy.alwaysAskAboveMinor).toBe(10_000);
		await h.waitFor(() => h!.notices.some((n) => /kept its safety settings/.test(n)), 5_000);
	});

	it("a change that tightens safety applies at once", async () => {
		await established();
		await editDataJson((d) => {
			d.policy.alwaysAskAboveMinor = 2_500;
			d.policy.maxPaymentsPerHour = 1;
		});
		expect(plugin().settings.policy.alwaysAskAboveMinor).toBe(2_500);
		expect(plugin().settings.policy.maxPaymentsPerHour).toBe(1);
		expect(plugin().heldChanges()).toEqual([]);
	});

	it("the owner's one click in the settings tab accepts exactly what was held", async () => {
		await established();
		await editDataJson((d) => (d.dryRun = false));
		await plugin().acceptHeldChanges();
		await h!.settle();
		expect(plugin().settings.dryRun).toBe(false);
		expect((h!.savedData() as Settings).dryRun).toBe(false);
		expect(await logLines(h!)).toHaveLogged({ action_type: "settings.safety_accepted" });
		// And it stays accepted after a restart of the plugin on this device (the seal follows the owner's choice).
		await editDataJson((d) => (d.rootFolder = "AI_Employee"));
		expect(plugin().settings.dryRun).toBe(false);
	});

	it("a change made in the settings tab is the owner's and applies as it is", async () => {
		await established();
		plugin().settings.dryRun = false;
		await plugin().saveSettings();
		await editDataJson(() => undefined);
		expect(plugin().settings.dryRun).toBe(false);
		expect(plugin().heldChanges()).toEqual([]);
	});
});
