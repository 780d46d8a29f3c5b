// Notices from the assembled engine name times in the owner's zone and words, never as raw UTC ISO strings.
import { afterEach, describe, expect, it } from "vitest";
import { assemble, type Assembly } from "../../src/app/assemble";
import { defaultSettings } from "../../src/core/settings/parse";
import { testHost, type TestHost } from "../helpers";
import { decideInvoice } from "../../src/connectors/gmail/invoice/classify";

let a: Assembly | null = null;
afterEach(async () => {
	await a?.engine.stop();
	a = null;
});

describe("notices", () => {
	it("turn ISO instants into the owner's local time in words", () => {
		const host: TestHost = testHost({ start: "2026-12-03T12:00:00Z" });
		const settings = defaultSettings();
		settings.timeZone = "Europe/Berlin";
		a = assemble({ host, settings, hostKind: "obsidian", approvalKey: () => null, isExecutor: () => false, invoiceReader: { decide: decideInvoice } });
		a.engine.host.notifier.notify("AI Employee: held back until 2026-12-04T09:00:00.000Z.", "info");
		expect(host.notifier.messages).toContain("AI Employee: held back until Fri 4 Dec, 10:00.");
	});
});
