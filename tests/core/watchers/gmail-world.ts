// An engine over the memory vault with the Gmail and Odoo connectors pointed at their loopback fakes, and a Gmail watcher.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Engine } from "../../../src/core/engine";
import { defaultSettings } from "../../../src/core/settings/parse";
import type { Settings } from "../../../src/core/settings/schema";
import { NodeHttpClient } from "../../../src/node/http";
import { createGmail } from "../../../src/connectors/gmail";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { createOdooConnector, odooConfigFrom } from "../../../src/connectors/odoo";
import { odooSecrets } from "../../../src/connectors";
import { GmailWatcher } from "../../../src/core/watchers/gmail-watcher";
import { googleRoutes, testHost, type TestHost } from "../../helpers";
import { routedHttp } from "../../../src/node/routes";
import { startFakeGoogle, type FakeGoogle } from "../../fakes/google/server";
import { startFakeOdoo, type FakeOdoo } from "../../fakes/odoo/server";

export const ROOT = "AI_Employee";
export const EMAILS = path.resolve(__dirname, "../../fixtures/emails");

export function eml(name: string): Buffer {
	return readFileSync(path.join(EMAILS, name));
}

export interface GmailWorld {
	host: TestHost;
	engine: Engine;
	google: FakeGoogle;
	odoo: FakeOdoo;
	settings: Settings;
	gmail: ReturnType<typeof createGmail>;
	watcher: () => GmailWatcher;
	poll: (w?: GmailWatcher) => Promise<void>;
	close(): Promise<void>;
}

export async function gmailWorld(opts: { host?: TestHost; google?: FakeGoogle; patch?: (s: Settings) => void } = {}): Promise<GmailWorld> {
	const host = opts.host ?? testHost({ start: "2026-11-26T09:00:00Z", http: new NodeHttpClient() });
	const google = opts.google ?? (await startFakeGoogle({ now: () => host.clock.now() }));
	const odoo = await startFakeOdoo({ version: 17 });
	const settings = defaultSettings();
	settings.dryRun = false;
	settings.gmail.enabled = true;
	settings.gmail.clientId = google.clientId;
	settings.odoo = { ...settings.odoo, url: odoo.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" };
	opts.patch?.(settings);
	if (host.secrets.get("ai-employee-google-refresh-token") === null) host.secrets.set("ai-employee-google-refresh-token", google.issueRefreshToken());
	host.secrets.set("ai-employee-google-client-secret", google.clientSecret);
	host.secrets.set("ai-employee-odoo-api-key", "test-api-key");
	let current = settings;
	// Google's built-in addresses reach the fake through the test host's routing, as no setting can redirect them.
	host.http = routedHttp(host.http, googleRoutes(google.url));
	const gmail = createGmail(() => current, host.secrets, host.http, () => host.clock.now());
	const odooConnector = createOdooConnector((secrets) => odooConfigFrom(current.odoo, odooSecrets(current, secrets)));
	const engine = new Engine({ host, settings, hostKind: "headless", connectors: [gmail.connector, odooConnector], approvalKey: () => "0123456789abcdef0123456789abcdef", isExecutor: () => true });
	engine.onSettingsChange((s) => (current = s));
	await engine.setUpVault();
	const watcher = () => new GmailWatcher({ deps: engine.deps, source: gmail.source, decideInvoice });
	const one = watcher();
	return {
		host,
		engine,
		google,
		odoo,
		settings,
		gmail,
		watcher,
		poll: (w = one) => w.poll(new AbortController().signal),
		close: async () => {
			await engine.stop();
			await google.close();
			await odoo.stop();
		},
	};
}
