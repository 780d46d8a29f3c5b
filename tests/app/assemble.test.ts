// The shared assembly gives both hosts' network port the owner's deadline: the headless runner and the app alike.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assemble } from "../../src/app/assemble";
import { defaultSettings } from "../../src/core/settings/parse";
import { NodeHttpClient } from "../../src/node/http";
import { testHost } from "../helpers";
import { startSilentServer, type SilentServer } from "../fakes/silent/server";
import { decideInvoice } from "../../src/connectors/gmail/invoice/classify";

describe("the assembled host's network port", () => {
	let silent: SilentServer;
	beforeEach(async () => {
		silent = await startSilentServer();
	});
	afterEach(() => silent.close());

	it("gives up on a service that never answers after network.timeoutSeconds", async () => {
		const settings = defaultSettings();
		settings.network.timeoutSeconds = 1;
		const { engine } = assemble({ host: testHost({ http: new NodeHttpClient() }), settings, hostKind: "headless", approvalKey: () => null, isExecutor: () => false, invoiceReader: { decide: decideInvoice } });
		const started = Date.now();
		const err = await engine.host.http.request({ url: `${silent.url}/gmail/v1/users/me/messages` }).then(
			() => new Error("answered"),
			(e: unknown) => e as Error,
		);
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
		expect(Date.now() - started).toBeLessThan(5000);
		expect(err.message).toBe(`No answer from ${new URL(silent.url).host} within 1 s; it may or may not have reached the service`);
	});
});
