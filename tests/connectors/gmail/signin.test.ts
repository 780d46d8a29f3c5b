// Connect Gmail runs the desktop OAuth flow against the fake Google (PKCE, loopback redirect); Disconnect revokes it.
import { afterEach, describe, expect, it } from "vitest";
import { connectGmail, disconnectGmail } from "../../../src/connectors/gmail/signin";
import { gmailConfigFrom } from "../../../src/connectors/gmail/config";
import { GoogleAuth } from "../../../src/connectors/gmail/oauth";
import { defaultSettings } from "../../../src/core/settings/parse";
import { nodeLoopback } from "../../../src/platform/loopback";
import { NodeHttpClient } from "../../../src/node/http";
import { googleRoutes, MapSecretStore } from "../../helpers";
import { routedHttp } from "../../../src/node/routes";
import type { HttpClient } from "../../../src/core/ports";
import { startFakeGoogle, type FakeGoogle } from "../../fakes/google/server";

let google: FakeGoogle;
afterEach(async () => {
	await google?.close();
});
// The test host's routing: Google's built-in addresses reach the fake (the browser below uses it too).
const http: HttpClient = { request: (r) => routedHttp(new NodeHttpClient(), googleRoutes(google.url)).request(r) };

function setup(sending = false) {
	const settings = defaultSettings();
	settings.gmail.clientId = google.clientId;
	settings.gmail.sendingEnabled = sending;
	const secrets = new MapSecretStore({ "ai-employee-google-client-secret": google.clientSecret });
	return { settings, secrets };
}

/** The system browser: follows Google's redirect back to the loopback listener. */
const browser = (opened: string[]) => (url: string) => {
	opened.push(url);
	void http.request({ url });
};

describe("Connect Gmail", () => {
	it("signs in with PKCE through a loopback redirect and keeps the refresh token in secret storage", async () => {
		google = await startFakeGoogle();
		const { settings, secrets } = setup();
		const opened: string[] = [];
		const result = await connectGmail({ config: gmailConfigFrom(settings, secrets), refreshTokenSecret: "ai-employee-google-refresh-token", secrets, http, loopback: nodeLoopback, openBrowser: browser(opened), now: () => Date.now() });
		const auth = new URL(opened[0]!);
		expect(auth.searchParams.get("code_challenge_method")).toBe("S256");
		expect(auth.searchParams.get("redirect_uri")).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
		expect(auth.searchParams.get("scope")).toBe("https://www.googleapis.com/auth/gmail.readonly");
		expect(auth.searchParams.get("access_type")).toBe("offline");
		expect(result.scopes).toEqual(["https://www.googleapis.com/auth/gmail.readonly"]);
		const token = secrets.get("ai-employee-google-refresh-token");
		expect(google.refreshTokens.has(token ?? "")).toBe(true);
	});

	it("asks for gmail.send only when sending is on", async () => {
		google = await startFakeGoogle();
		const { settings, secrets } = setup(true);
		const opened: string[] = [];
		await connectGmail({ config: gmailConfigFrom(settings, secrets), refreshTokenSecret: "ai-employee-google-refresh-token", secrets, http, loopback: nodeLoopback, openBrowser: browser(opened), now: () => Date.now() });
		expect(new URL(opened[0]!).searchParams.get("scope")).toBe("https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.send");
	});

	it("refuses a wrong client secret with Google's invalid_client and stores nothing", async () => {
		google = await startFakeGoogle();
		const { settings } = setup();
		const secrets = new MapSecretStore({ "ai-employee-google-client-secret": "wrong" });
		const err = await connectGmail({ config: gmailConfigFrom(settings, secrets), refreshTokenSecret: "ai-employee-google-refresh-token", secrets, http, loopback: nodeLoopback, openBrowser: browser([]), now: () => Date.now() }).then(() => null, (e: unknown) => (e instanceof Error ? e.message : "not an error"));
		expect(err).toContain("invalid_client");
		expect(secrets.get("ai-employee-google-refresh-token")).toBeNull();
	});

	it("Disconnect revokes the token at Google and forgets it", async () => {
		google = await startFakeGoogle();
		const { settings, secrets } = setup();
		const token = google.issueRefreshToken();
		secrets.set("ai-employee-google-refresh-token", token);
		const note = await disconnectGmail({ config: gmailConfigFrom(settings, secrets), refreshTokenSecret: "ai-employee-google-refresh-token", secrets, http, auth: new GoogleAuth(() => Date.now()) });
		expect(note).toContain("revoked");
		expect(google.refreshTokens.has(token)).toBe(false);
		expect(secrets.get("ai-employee-google-refresh-token") ?? "").toBe("");
	});
});
