// The guided Connect dialogs of the built plugin, against the wire fakes: the owner types what the provider gave them
// (checked as they type), the plugin finds the rest (long-lived Facebook token and Page list, the Page's Instagram
// account, the LinkedIn company pages, the X account), keeps secrets in secret storage only, and tests the connection.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { routedRequestUrl } from "./node-request-url";
import { googleRoutes, socialRoutes } from "../helpers/routes";
import { loadPlugin, type PluginHarness } from "./harness";
import { buttonIn, descOf, installUi, openSettings, rowNamed, typeInto, type OpenModal, type Ui } from "./ui";
import { startMetaFake, type MetaFake } from "../fakes/meta/server";
import { startXFake, X_KEYS, type XFake } from "../fakes/x/server";
import { startLinkedinFake, type LinkedinFake } from "../fakes/linkedin/server";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";
import { startFakeGoogle, type FakeGoogle } from "../fakes/google/server";

type Plugin = { settings: Record<string, any>; saveSettings(): Promise<void> };

let h: PluginHarness;
let ui: Ui;
let meta: MetaFake;
let x: XFake;
let linkedin: LinkedinFake;
let odoo: FakeOdoo;
let google: FakeGoogle;
const plugin = () => h.plugin as unknown as Plugin;
const secret = (id: string) => h.app.secretStorage.getSecret(id);
const originalOpen = window.open;

beforeEach(async () => {
	[meta, x, linkedin, odoo, google] = await Promise.all([startMetaFake(), startXFake(), startLinkedinFake(), startFakeOdoo({ version: 17 }), startFakeGoogle()]);
	ui = installUi();
	// Where the services are: the test host sends graph.facebook.com, api.x.com, api.linkedin.com and Google's
	// addresses to the fakes (no setting can).
	h = await loadPlugin({ http: routedRequestUrl({ ...socialRoutes({ meta: meta.url, x: x.url, linkedin: linkedin.url }), ...googleRoutes(google.url) }) });
	await h.layoutReady();
	plugin().settings.social = { facebook: {}, instagram: null, x: {}, linkedin: {} };
	await plugin().saveSettings();
});

afterEach(async () => {
	window.open = originalOpen;
	await h.dispose();
	ui.restore();
	await Promise.all([meta.close(), x.close(), linkedin.close(), odoo.stop(), google.close()]);
});

/** Opens a service's Connect dialog from its row in the settings tab. */
async function openGuide(service: string): Promise<OpenModal> {
	const tab = openSettings(h);
	const before = ui.modals.length;
	buttonIn(rowNamed(tab, `Connect ${service}`), "Connect").click();
	await h.settle();
	expect(ui.modals.length).toBe(before + 1);
	return ui.modals[ui.modals.length - 1]!;
}

function input(m: OpenModal, name: string): HTMLInputElement {
	return rowNamed(m.contentEl, name).querySelector("input")!;
}

function fieldError(m: OpenModal, name: string): string {
	return rowNamed(m.contentEl, name).querySelector(".ai-employee-connect-error")?.textContent ?? "";
}

function result(m: OpenModal): string {
	return m.contentEl.querySelector(".ai-employee-connect-result")?.textContent ?? "";
}

async function press(m: OpenModal, label: string | RegExp, el: HTMLElement = m.contentEl): Promise<string> {
	buttonIn(el, label).click();
	await h.waitFor(() => !/…$/.test(result(m)) && result(m) !== "", 8_000);
	return result(m);
}

/** Nothing secret in data.json or in any vault file (logs included). */
async function expectNowhereInVaultOrData(values: string[]): Promise<void> {
	const data = JSON.stringify(h.savedData());
	for (const v of values) expect(data, "data.json").not.toContain(v);
	for (const f of h.files()) {
		const text = (await h.readFile(f)) ?? "";
		for (const v of values) expect(text, f).not.toContain(v);
	}
}

describe("Connect Facebook and Instagram", () => {
	it("checks the fields as typed, exchanges the one-hour token, lists the Pages, keeps the chosen Page's token, then finds the Instagram account", async () => {
		const m = await openGuide("Facebook");
		const text = m.contentEl.textContent ?? "";
		for (const s of ["What you need", "Where to get it", "Permissions to grant", "Graph API Explorer", "App settings → Basic", "pages_manage_posts"]) expect(text).toContain(s);

		typeInto(input(m, "App ID"), "my app");
		expect(fieldError(m, "App ID")).toBe("The App ID is digits only.");
		typeInto(input(m, "User token"), "abc123");
		expect(fieldError(m, "User token")).toMatch(/starts with EAA/);
		expect(await press(m, "Find my Pages")).toMatch(/^Fill in App ID, App secret, User token first/);
		expect(meta.received).toHaveLength(0);

		typeInto(input(m, "App ID"), meta.app.appId);
		typeInto(input(m, "App secret"), "ffffffffffffffffffffffffffffffff");
		typeInto(input(m, "User token"), meta.app.shortUserToken);
		expect(fieldError(m, "App ID")).toBe("");
		expect(await press(m, "Find my Pages")).toContain("Error validating client secret");

		typeInto(input(m, "App secret"), meta.app.appSecret);
		expect(await press(m, "Find my Pages")).toMatch(/^Found 2 Pages \(your long-lived user token lasts about 60 days/);
		// The app secret and the tokens travelled in a POST body, never in a URL.
		const exchange = meta.calls("/oauth/access_token");
		expect(exchange.at(-1)!.method).toBe("POST");
		expect(exchange.at(-1)!.path).not.toContain(meta.app.appSecret);

		const choices = m.contentEl.querySelector<HTMLElement>(".ai-employee-connect-choices")!;
		expect(descOf(rowNamed(choices, "Acme Roastery Events"))).toMatch(/you cannot create content on this Page/);
		expect(descOf(rowNamed(choices, "Acme Coffee"))).toContain("Instagram @acme.coffee");
		expect(await press(m, "Use this", rowNamed(choices, "Acme Coffee"))).toMatch(/^Acme Coffee is connected.*Connected as Acme Coffee \(1122334455\)\./);
		expect(secret("ai-employee-facebook-page-token")).toBe(meta.token);
		expect(plugin().settings.social.facebook).toMatchObject({ pageId: meta.pageId, pageName: "Acme Coffee" });
		m.close();

		const ig = await openGuide("Instagram");
		expect(await press(ig, "Find it from my Facebook Page")).toMatch(/^Found @acme\.coffee through your Page.*Connected as @acme\.coffee/);
		expect(plugin().settings.social.instagram).toMatchObject({ igUserId: meta.igUserId, username: "@acme.coffee", host: "facebook" });
		// The audit log says which accounts were connected (and, checked below, holds no token).
		const log = `AI_Employee/Logs/${new Date().toISOString().slice(0, 10)}.jsonl`;
		await h.waitFor(async () => ((await h.readFile(log)) ?? "").includes('"instagram.connected"'));
		const lines = ((await h.readFile(log)) ?? "").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { action_type: string; details?: Record<string, unknown> });
		expect(lines.find((l) => l.action_type === "facebook.connected")?.details).toMatchObject({ page_id: meta.pageId, page_name: "Acme Coffee" });
		expect(secret("ai-employee-instagram-token")).toBe(meta.token);
		await expectNowhereInVaultOrData([meta.token, meta.app.appSecret, meta.app.shortUserToken, meta.app.longUserToken]);
	});

	it("Instagram asks for Facebook first when no Page is connected", async () => {
		const ig = await openGuide("Instagram");
		expect(await press(ig, "Find it from my Facebook Page")).toBe("Failed: connect Facebook first (Facebook → Connect), then come back here.");
	});
});

describe("Connect LinkedIn", () => {
	it("lists the member and the company pages they administer; picking the company makes it the author", async () => {
		const m = await openGuide("LinkedIn");
		expect(m.contentEl.textContent).toContain("w_organization_social");
		typeInto(input(m, "Access token"), linkedin.token);
		expect(await press(m, "Find who I can post as")).toBe("You can post as Ada Owner or Acme Coffee Ltd. Pick one below.");
		expect(linkedin.received.some((r) => r.path === "/rest/organizationAcls")).toBe(true);
		const choices = m.contentEl.querySelector<HTMLElement>(".ai-employee-connect-choices")!;
		expect(descOf(rowNamed(choices, "Ada Owner"))).toBe(`You (urn:li:person:${linkedin.memberId})`);
		expect(await press(m, "Use this", rowNamed(choices, "Acme Coffee Ltd"))).toMatch(/^Posts will go out as Acme Coffee Ltd\. Connected as Acme Coffee Ltd/);
		expect(plugin().settings.social.linkedin).toMatchObject({ author: "urn:li:organization:2414183", authorName: "Acme Coffee Ltd" });
		expect(secret("ai-employee-linkedin-token")).toBe(linkedin.token);
		await expectNowhereInVaultOrData([linkedin.token]);
	});

	it("a refused token says so and keeps nothing", async () => {
		const m = await openGuide("LinkedIn");
		typeInto(input(m, "Access token"), "not-the-token");
		expect(await press(m, "Find who I can post as")).toMatch(/Invalid access token|token/i);
		expect(secret("ai-employee-linkedin-token")).toBeNull();
		expect(plugin().settings.social.linkedin.author).toBeUndefined();
	});
});

describe("Connect X", () => {
	it("takes the four keys in one form, keeps them in secret storage and fills in the account", async () => {
		const m = await openGuide("X");
		typeInto(input(m, "Access token"), "no-dash");
		expect(fieldError(m, "Access token")).toMatch(/starts with your account's number and a dash/);
		typeInto(input(m, "API key"), X_KEYS.apiKey);
		typeInto(input(m, "API key secret"), X_KEYS.apiSecret);
		typeInto(input(m, "Access token"), X_KEYS.accessToken);
		typeInto(input(m, "Access token secret"), X_KEYS.accessSecret);
		expect(await press(m, "Save and test")).toBe("Connected as @acmecoffee (2244994945). X is on.");
		expect(plugin().settings.social.x).toMatchObject({ username: "@acmecoffee", userId: "2244994945", auth: "oauth1" });
		expect(secret("ai-employee-x-api-key")).toBe(X_KEYS.apiKey);
		expect(secret("ai-employee-x-access-secret")).toBe(X_KEYS.accessSecret);
		await expectNowhereInVaultOrData([X_KEYS.apiSecret, X_KEYS.accessSecret]);
	});
});

describe("wrong keys typed into a guide", () => {
	it("are tested first and never replace keys that work (X)", async () => {
		for (const [k, v] of Object.entries({ "ai-employee-x-api-key": X_KEYS.apiKey, "ai-employee-x-api-secret": X_KEYS.apiSecret, "ai-employee-x-access-token": X_KEYS.accessToken, "ai-employee-x-access-secret": X_KEYS.accessSecret })) h.app.secretStorage.setSecret(k, v);
		const m = await openGuide("X");
		typeInto(input(m, "API key"), X_KEYS.apiKey);
		typeInto(input(m, "API key secret"), "typo-secret");
		typeInto(input(m, "Access token"), X_KEYS.accessToken);
		typeInto(input(m, "Access token secret"), X_KEYS.accessSecret);
		expect(await press(m, "Save and test")).toMatch(/^Failed \(auth\).* Nothing was saved\.$/);
		expect(secret("ai-employee-x-api-secret")).toBe(X_KEYS.apiSecret);
		expect(plugin().settings.social.x.username).toBeUndefined();
	});

	it("are tested first and change nothing (Odoo)", async () => {
		const m = await openGuide("Odoo");
		typeInto(input(m, "Odoo address"), odoo.url);
		typeInto(input(m, "Database"), "odoo");
		typeInto(input(m, "Login"), "admin@example.com");
		typeInto(input(m, "API key"), "wrong-key");
		expect(await press(m, "Save and test")).toMatch(/Nothing was saved\.$/);
		expect(secret("ai-employee-odoo-api-key")).toBeNull();
		expect(plugin().settings.odoo.url).toBe("");
	});
});

describe("Connect Odoo", () => {
	it("says what is wrong with the address as typed, then saves and tests against Odoo", async () => {
		const m = await openGuide("Odoo");
		typeInto(input(m, "Odoo address"), "mycompany.odoo.com");
		expect(fieldError(m, "Odoo address")).toBe("Start with https:// (for example https://mycompany.odoo.com).");
		typeInto(input(m, "Odoo address"), `${odoo.url}/odoo/action-500`);
		expect(fieldError(m, "Odoo address")).toBe("Only the address, without a path such as /odoo or /web.");
		typeInto(input(m, "Odoo address"), odoo.url);
		typeInto(input(m, "Database"), "odoo");
		typeInto(input(m, "Login"), "admin@example.com");
		typeInto(input(m, "API key"), "test-api-key");
		expect(await press(m, "Save and test")).toMatch(/^Connected to Odoo 17.*database odoo/);
		expect(plugin().settings.odoo).toMatchObject({ url: odoo.url, database: "odoo", login: "admin@example.com" });
		expect(secret("ai-employee-odoo-api-key")).toBe("test-api-key");
		await expectNowhereInVaultOrData(["test-api-key"]);
	});
});

describe("Connect Gmail", () => {
	it("explains the OAuth client and the 7-day Testing limit, then signs in through the browser", async () => {
		window.open = ((url: string) => {
			// The system browser, through the same routing: Google's consent page is the fake's.
		void routedRequestUrl(googleRoutes(google.url))({ url }).catch(() => undefined);
			return null;
		}) as typeof window.open;
		const m = await openGuide("Gmail");
		const text = m.contentEl.textContent ?? "";
		expect(text).toContain("Desktop app");
		expect(text).toMatch(/Testing, Google ends every sign-in after 7 days/);
		expect(text).toContain("Publish app");
		typeInto(input(m, "Client ID"), "1234-fake");
		expect(fieldError(m, "Client ID")).toMatch(/ends with \.apps\.googleusercontent\.com/);
		typeInto(input(m, "Client ID"), google.clientId);
		typeInto(input(m, "Client secret"), google.clientSecret);
		expect(await press(m, "Save and connect")).toMatch(/^Connected\. Access granted: gmail\.readonly/);
		expect(plugin().settings.gmail.clientId).toBe(google.clientId);
		expect(secret("ai-employee-google-client-secret")).toBe(google.clientSecret);
		expect(google.refreshTokens.has(secret("ai-employee-google-refresh-token") ?? "")).toBe(true);
		await expectNowhereInVaultOrData([google.clientSecret, secret("ai-employee-google-refresh-token")!]);
	});
});
