// The list of the plugin's own secrets keeps up with the names the connectors look their secrets up under.
import { describe, expect, it } from "vitest";
import { APPROVAL_KEY_SECRET, configuredSecretNames, configuredSecretValues } from "../../src/core/secrets";
import { defaultSettings } from "../../src/core/settings/parse";
import { FACEBOOK_TOKEN_SECRET } from "../../src/connectors/facebook/config";
import { INSTAGRAM_TOKEN_SECRET } from "../../src/connectors/instagram/config";
import { LINKEDIN_TOKEN_SECRET } from "../../src/connectors/linkedin/config";
import { X_SECRETS } from "../../src/connectors/x/config";
import { ODOO_API_KEY_SECRET } from "../../src/connectors/odoo/config";
import { GOOGLE_CLIENT_SECRET_SECRET, GOOGLE_REFRESH_TOKEN_SECRET } from "../../src/connectors/gmail/config";
import { MapSecretStore } from "../helpers";

describe("the plugin's own secrets", () => {
	it("cover every secret name a connector reads", () => {
		const names = configuredSecretNames(defaultSettings()).map((n) => n.name);
		for (const n of [APPROVAL_KEY_SECRET, FACEBOOK_TOKEN_SECRET, INSTAGRAM_TOKEN_SECRET, LINKEDIN_TOKEN_SECRET, ODOO_API_KEY_SECRET, GOOGLE_CLIENT_SECRET_SECRET, GOOGLE_REFRESH_TOKEN_SECRET, ...Object.values(X_SECRETS)]) {
			expect(names).toContain(n);
		}
	});

	it("follow a name the owner chose in the settings", () => {
		const s = defaultSettings();
		s.odoo.apiKeySecret = "shop-odoo-key";
		s.social.facebook = { pageId: "1", tokenSecret: "second-page-token" };
		const names = configuredSecretNames(s).map((n) => n.name);
		expect(names).toContain("shop-odoo-key");
		expect(names).toContain("second-page-token");
	});

	it("are read with their labels, once each, with the approval key in use", () => {
		const secrets = new MapSecretStore({ "ai-employee-linkedin-token": "AQVx9f8e7d6c5b4a3921zz", "ai-employee-x-api-key": "AQVx9f8e7d6c5b4a3921zz" });
		expect(configuredSecretValues(defaultSettings(), secrets, "k".repeat(32))).toEqual([
			{ label: "your LinkedIn token", value: "AQVx9f8e7d6c5b4a3921zz" },
			{ label: "your approval key", value: "k".repeat(32) },
		]);
	});
});
