// Reading stored settings: what a user gets from a missing, broken, old or too-new data.json.
import { describe, expect, it } from "vitest";
import { defaultSettings, describeProblems, parseSettings } from "../../../src/core/settings/parse";
import { SETTINGS_VERSION } from "../../../src/core/settings/schema";

describe("a first run (no data.json)", () => {
	it("gets the defaults with nothing reported", () => {
		const { settings, problems } = parseSettings(null);
		expect(problems).toEqual([]);
		expect(settings).toEqual(defaultSettings());
	});

	it("starts in dry run, under AI_Employee/, with the cautious approval rules", () => {
		const { settings } = parseSettings(undefined);
		expect(settings.dryRun).toBe(true);
		expect(settings.rootFolder).toBe("AI_Employee");
		expect(settings.version).toBe(SETTINGS_VERSION);
		expect(settings.policy.acceptHandMovedApprovals).toBe(false);
		expect(settings.policy.alwaysAskAboveMinor).toBe(10_000);
	});

	it("hands out a fresh object each time, so editing one copy never changes the defaults", () => {
		const a = defaultSettings();
		a.policy.maxPaymentsPerHour = 99;
		expect(defaultSettings().policy.maxPaymentsPerHour).not.toBe(99);
	});
});

describe("a hand-edited data.json with broken values", () => {
	it("keeps every valid value and replaces each broken one with its default, naming the key", () => {
		const { settings, problems } = parseSettings({
			version: SETTINGS_VERSION,
			rootFolder: 42,
			dryRun: "no",
			currency: "EUR",
			policy: { maxPaymentsPerHour: -1, maxEmailsPerHour: 4 },
		});

		expect(problems.map((p) => p.key)).toEqual(["rootFolder", "dryRun", "policy.maxPaymentsPerHour"]);
		expect(settings.rootFolder).toBe("AI_Employee");
		expect(settings.dryRun).toBe(true);
		expect(settings.policy.maxPaymentsPerHour).toBe(defaultSettings().policy.maxPaymentsPerHour);
		expect(settings.currency).toBe("EUR");
		expect(settings.policy.maxEmailsPerHour).toBe(4);
	});

	it("refuses a root folder that would leave the vault", () => {
		const { settings, problems } = parseSettings({ rootFolder: "../elsewhere" });
		expect(problems).toEqual([{ key: "rootFolder", message: "must be a plain folder path inside the vault" }]);
		expect(settings.rootFolder).toBe("AI_Employee");
	});

	it("reports a group stored as something other than an object, and uses the group's defaults", () => {
		const { settings, problems } = parseSettings({ policy: "strict" });
		expect(problems.map((p) => p.key)).toEqual(["policy"]);
		expect(settings.policy).toEqual(defaultSettings().policy);
	});

	it("reports a data.json that is not an object at all", () => {
		const { settings, problems } = parseSettings("rootFolder: Desk");
		expect(problems.map((p) => p.key)).toEqual(["(all)"]);
		expect(settings).toEqual(defaultSettings());
	});

	it("describes the problems in words a notice can show", () => {
		const { problems } = parseSettings({ rootFolder: 42, dryRun: "no" });
		const text = describeProblems(problems);
		expect(text).toContain('"rootFolder"');
		expect(text).toContain('"dryRun"');
		expect(text).toContain("using the default");
	});
});

describe("settings saved by an older build (version 0)", () => {
	it("moves `folder` to the root folder and the dollar limit to minor units", () => {
		const { settings, problems } = parseSettings({ folder: "Desk", autoApproveLimit: 50 });
		expect(problems).toEqual([]);
		expect(settings.version).toBe(SETTINGS_VERSION);
		expect(settings.rootFolder).toBe("Desk");
		expect(settings.policy.autoApproveRecurringPaymentsBelowMinor).toBe(5_000);
	});

	it("does not carry the old keys along", () => {
		const { settings } = parseSettings({ folder: "Desk", autoApproveLimit: 50 });
		expect(settings).not.toHaveProperty("folder");
		expect(settings).not.toHaveProperty("autoApproveLimit");
	});

	it("prefers an explicit root folder over the old `folder`", () => {
		const { settings } = parseSettings({ folder: "Old", rootFolder: "New" });
		expect(settings.rootFolder).toBe("New");
	});
});

describe("settings saved by a newer build", () => {
	it("are reported as needing a plugin update, and their values are still read", () => {
		const { settings, problems } = parseSettings({ version: SETTINGS_VERSION + 1, rootFolder: "Desk" });
		expect(problems).toHaveLength(1);
		expect(problems[0]!.key).toBe("version");
		expect(problems[0]!.message).toMatch(/newer.*update the plugin/);
		expect(settings.rootFolder).toBe("Desk");
	});
});
