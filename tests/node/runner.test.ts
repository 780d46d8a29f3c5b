import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/settings/parse";
import { withCommandLineSafety } from "../../src/node/runner";

describe("the headless runner takes its safety settings from its own command line and environment", () => {
	const loosened = () => {
		const s = defaultSettings();
		s.dryRun = false;
		s.policy.alwaysAskAboveMinor = 100_000_000;
		s.policy.acceptHandMovedApprovals = true;
		s.policy.autoApproveRecurringPaymentsBelowMinor = 100_000_000;
		s.rootFolder = "Business";
		return s;
	};

	it("ignores a data.json that loosens the policy, but keeps its other settings", () => {
		const s = withCommandLineSafety(loosened(), true, {});
		expect(s.dryRun).toBe(true);
		expect(s.policy).toEqual(defaultSettings().policy);
		expect(s.rootFolder).toBe("Business");
	});

	it("takes the policy from AI_EMPLOYEE_POLICY", () => {
		const s = withCommandLineSafety(loosened(), false, { AI_EMPLOYEE_POLICY: '{"alwaysAskAboveMinor": 5000, "maxPaymentsPerHour": 1}' });
		expect(s.dryRun).toBe(false);
		expect(s.policy.alwaysAskAboveMinor).toBe(5000);
		expect(s.policy.maxPaymentsPerHour).toBe(1);
		expect(s.policy.acceptHandMovedApprovals).toBe(false);
	});

	it("sends email to known contacts without a click only when AI_EMPLOYEE_POLICY says so, never because data.json does", () => {
		const fromVault = defaultSettings();
		fromVault.gmail.autoApproveKnownContacts = true;
		expect(withCommandLineSafety(fromVault, true, {}).gmail.autoApproveKnownContacts).toBe(false);
		expect(withCommandLineSafety(fromVault, true, { AI_EMPLOYEE_POLICY: '{"autoApproveKnownContacts": true}' }).gmail.autoApproveKnownContacts).toBe(true);
	});

	it("sends email only when AI_EMPLOYEE_POLICY allows it, and shows every notice whatever data.json says", () => {
		const fromVault = defaultSettings();
		fromVault.gmail.sendingEnabled = true;
		fromVault.notifications = { approvals: false, failures: false, auth: false };
		fromVault.policy.floodWindowMinutes = 1;
		const s = withCommandLineSafety(fromVault, true, {});
		expect(s.gmail.sendingEnabled).toBe(false);
		expect(s.notifications).toEqual({ approvals: true, failures: true, auth: true });
		expect(s.policy.floodWindowMinutes).toBe(10);
		expect(withCommandLineSafety(fromVault, true, { AI_EMPLOYEE_POLICY: '{"sendingEnabled": true}' }).gmail.sendingEnabled).toBe(true);
		expect(() => withCommandLineSafety(fromVault, true, { AI_EMPLOYEE_POLICY: '{"sendingEnabled": "yes"}' })).toThrow(/sendingEnabled must be true or false/);
	});

	it("refuses an AI_EMPLOYEE_POLICY that is not valid, saying what is wrong", () => {
		expect(() => withCommandLineSafety(defaultSettings(), true, { AI_EMPLOYEE_POLICY: "{nope" })).toThrow(/not valid JSON/);
		expect(() => withCommandLineSafety(defaultSettings(), true, { AI_EMPLOYEE_POLICY: '{"maxPaymentsPerHour": -1}' })).toThrow(/policy.maxPaymentsPerHour/);
	});
});
