// Addresses and secret names from outside the settings tab: a new one is held, clearing or the documented one applies.
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/settings/parse";
import { applyEndpoints, describeHeldEndpoint, endpointValues, hostOf, mergeEndpoints, sameAddress } from "../../../src/core/settings/endpoints";
import { mergeUntrusted, safetyValues } from "../../../src/core/settings/safety";

function confirmed() {
	const s = defaultSettings();
	s.odoo.url = "https://acme.odoo.com";
	s.social.linkedin = { author: "urn:li:person:abc" };
	return s;
}

describe("sealed addresses", () => {
	it("holds a new Odoo address and keeps the confirmed one in force", () => {
		const candidate = confirmed();
		candidate.odoo.url = "http://127.0.0.1:9999";
		const { settings, held } = mergeEndpoints(endpointValues(confirmed()), candidate);
		expect(settings.odoo.url).toBe("https://acme.odoo.com");
		expect(held.map(describeHeldEndpoint)).toEqual(["Odoo address http://127.0.0.1:9999 (in use: https://acme.odoo.com)"]);
		expect(applyEndpoints(settings, held).odoo.url).toBe("http://127.0.0.1:9999");
	});

	it("the same address written differently, or cleared (Odoo off), applies at once", () => {
		for (const url of ["https://ACME.odoo.com/", "https://acme.odoo.com", ""]) {
			const candidate = confirmed();
			candidate.odoo.url = url;
			const { settings, held } = mergeEndpoints(endpointValues(confirmed()), candidate);
			expect(held).toEqual([]);
			expect(settings.odoo.url).toBe(url);
		}
		expect(sameAddress("https://a.example/x/", "HTTPS://A.EXAMPLE/x")).toBe(true);
		expect(sameAddress("https://a.example/X", "https://a.example/x")).toBe(false);
	});

	it("renaming which secret goes to a service is held; the documented name always applies", () => {
		const candidate = confirmed();
		candidate.odoo.apiKeySecret = "ai-employee-google-refresh-token";
		candidate.social.linkedin = { author: "urn:li:person:abc", tokenSecret: "ai-employee-odoo-api-key" };
		candidate.gmail.refreshTokenSecret = "ai-employee-x-api-secret";
		const { settings, held } = mergeEndpoints(endpointValues(confirmed()), candidate);
		expect(held.map((h) => h.key).sort()).toEqual(["gmail.refreshTokenSecret", "odoo.apiKeySecret", "social.linkedin.tokenSecret"]);
		expect(settings.odoo.apiKeySecret).toBe("ai-employee-odoo-api-key");
		expect(settings.social.linkedin?.tokenSecret).toBe("ai-employee-linkedin-token");
		expect(settings.gmail.refreshTokenSecret).toBe("ai-employee-google-refresh-token");

		const renamedByOwner = endpointValues(confirmed());
		renamedByOwner["odoo.apiKeySecret"] = "odoo-key-second-vault";
		const back = confirmed();
		expect(mergeEndpoints(renamedByOwner, back).held).toEqual([]);
	});

	it("names the host of an address for the card", () => {
		expect(hostOf("https://Acme.odoo.com/odoo")).toBe("acme.odoo.com");
		expect(hostOf("http://127.0.0.1:8069")).toBe("127.0.0.1:8069");
		expect(hostOf("")).toBeNull();
	});
});

describe("the warnings are sealed too", () => {
	it("notices off and a shorter flood window are loosenings (held); notices on and a longer window tighten (apply)", () => {
		const trusted = safetyValues(defaultSettings());
		const quiet = defaultSettings();
		quiet.notifications = { approvals: false, failures: false, auth: false };
		quiet.policy.floodWindowMinutes = 1;
		const { settings, held } = mergeUntrusted(trusted, quiet);
		expect(settings.notifications).toEqual({ approvals: true, failures: true, auth: true });
		expect(settings.policy.floodWindowMinutes).toBe(10);
		expect(held.map((h) => h.key).sort()).toEqual(["notifications.approvals", "notifications.auth", "notifications.failures", "policy.floodWindowMinutes"]);

		const owner = defaultSettings();
		owner.notifications.failures = false;
		const louder = defaultSettings();
		louder.policy.floodWindowMinutes = 60;
		const r = mergeUntrusted(safetyValues(owner), louder);
		expect(r.held).toEqual([]);
		expect(r.settings.notifications.failures).toBe(true);
		expect(r.settings.policy.floodWindowMinutes).toBe(60);
	});
});
