// The General group of the built plugin's settings tab: the Currency row (ISO 4217, checked as the owner types) and the
// Dry run switch, which asks before going live exactly as the status view does.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { buttonIn, descOf, installUi, openSettings, rowNamed, typeInto, type Ui } from "./ui";

type Plugin = { settings: { dryRun: boolean; currency: string } };

let h: PluginHarness;
let ui: Ui;
const plugin = () => h.plugin as unknown as Plugin;
const saved = () => h.savedData() as { dryRun?: boolean; currency?: string } | null;

beforeEach(async () => {
	ui = installUi();
	h = await loadPlugin();
	await h.layoutReady();
});

afterEach(async () => {
	await h.dispose();
	ui.restore();
});

describe("Currency", () => {
	it("takes a code as typed (eur → EUR) and refuses what is not an ISO 4217 currency, saying why", async () => {
		const tab = openSettings(h);
		const row = rowNamed(tab, "Currency");
		const input = row.querySelector("input")!;
		expect(input.value).toBe("USD");

		typeInto(input, "eur");
		// Saving seals the safety values first (an HMAC): wait for data.json rather than for a number of turns.
		await h.waitFor(() => saved()?.currency === "EUR");
		expect(plugin().settings.currency).toBe("EUR");

		typeInto(input, "XYZ");
		await h.settle();
		expect(descOf(row)).toBe("Not saved: XYZ is not an ISO 4217 currency code (for example USD, EUR, GBP, JPY).");
		expect(plugin().settings.currency).toBe("EUR");

		typeInto(input, "euro");
		await h.settle();
		expect(descOf(row)).toMatch(/^Not saved: "euro" is not a currency code/);
		expect(saved()?.currency).toBe("EUR");
	});
});

describe("Dry run in the settings tab", () => {
	it("asks before going live; Cancel keeps dry run on, Go live turns it off and saves", async () => {
		const tab = openSettings(h);
		const toggle = () => rowNamed(tab, "Dry run").querySelector<HTMLElement>(".checkbox-container")!;
		expect(plugin().settings.dryRun).toBe(true);

		toggle().click();
		await h.settle();
		expect(ui.modals).toHaveLength(1);
		expect(ui.modals[0]!.titleEl.textContent).toBe("Turn off dry run?");
		expect(plugin().settings.dryRun).toBe(true);
		buttonIn(ui.modals[0]!.contentEl, "Cancel").click();
		await h.settle();
		expect(plugin().settings.dryRun).toBe(true);

		toggle().click();
		await h.settle();
		expect(ui.modals).toHaveLength(2);
		buttonIn(ui.modals[1]!.contentEl, "Go live").click();
		await h.waitFor(() => saved()?.dryRun === false);
		expect(plugin().settings.dryRun).toBe(false);
		expect(descOf(rowNamed(tab, "Dry run"))).toMatch(/^Live: approved requests are sent for real/);

		// Back to dry run: it only tightens safety, so no question.
		toggle().click();
		await h.waitFor(() => saved()?.dryRun === true);
		expect(ui.modals).toHaveLength(2);
	});
});
