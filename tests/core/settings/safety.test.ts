import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/settings/parse";
import { applyLoosenings, describeLoosening, mergeUntrusted, safetyValues } from "../../../src/core/settings/safety";

describe("sealed safety settings", () => {
	const trusted = safetyValues(defaultSettings());

	it("an edited data.json that turns dry run off is held; dry run stays on", () => {
		const candidate = defaultSettings();
		candidate.dryRun = false;
		const { settings, held } = mergeUntrusted(trusted, candidate);
		expect(settings.dryRun).toBe(true);
		expect(held.map(describeLoosening)).toEqual(["dry run off (in force: on)"]);
	});

	it("a threshold raised to 1,000,000 is held at the trusted value", () => {
		const candidate = defaultSettings();
		candidate.policy.alwaysAskAboveMinor = 100_000_000;
		candidate.policy.autoApproveRecurringPaymentsBelowMinor = 100_000_000;
		const { settings, held } = mergeUntrusted(trusted, candidate);
		expect(settings.policy.alwaysAskAboveMinor).toBe(10_000);
		expect(settings.policy.autoApproveRecurringPaymentsBelowMinor).toBe(10_000);
		expect(held).toHaveLength(2);
	});

	it("accepting hand-moved approvals from outside the settings tab is held", () => {
		const candidate = defaultSettings();
		candidate.policy.acceptHandMovedApprovals = true;
		expect(mergeUntrusted(trusted, candidate).settings.policy.acceptHandMovedApprovals).toBe(false);
	});

	it("changes that tighten safety apply at once", () => {
		const loose = defaultSettings();
		loose.dryRun = false;
		loose.policy.maxPaymentsPerHour = 10;
		const candidate = defaultSettings();
		candidate.policy.maxPaymentsPerHour = 1;
		const { settings, held } = mergeUntrusted(safetyValues(loose), candidate);
		expect(settings.dryRun).toBe(true);
		expect(settings.policy.maxPaymentsPerHour).toBe(1);
		expect(held).toEqual([]);
	});

	it("other settings apply freely", () => {
		const candidate = defaultSettings();
		candidate.rootFolder = "Business";
		expect(mergeUntrusted(trusted, candidate).settings.rootFolder).toBe("Business");
	});

	it("the owner's one-click acceptance applies exactly the held changes", () => {
		const candidate = defaultSettings();
		candidate.dryRun = false;
		const { settings, held } = mergeUntrusted(trusted, candidate);
		expect(applyLoosenings(settings, held).dryRun).toBe(false);
	});
});
