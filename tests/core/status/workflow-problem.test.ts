// The status view's first line: a request workflow that stopped (and when it starts again), from the assembled engine.
import { describe, expect, it } from "vitest";
import { assemble } from "../../../src/app/assemble";
import { defaultSettings } from "../../../src/core/settings/parse";
import { ioError, testHost } from "../../helpers";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";

describe("the status snapshot", () => {
	it("says that the request workflow stopped and why, then clears once the supervisor has started it again", async () => {
		const host = testHost({ start: "2026-11-26T09:00:00Z" });
		const { engine, status } = assemble({ host, settings: defaultSettings(), hostKind: "headless", approvalKey: () => "k".repeat(64), isExecutor: () => true, executorNote: () => null, invoiceReader: { decide: decideInvoice } });
		await engine.setUpVault();
		host.vault.failWith("listFiles", ioError("EIO"));
		await engine.start();
		expect(status.model.snapshot().executorNote).toBe("The request workflow stopped: EIO: simulated file-system failure. Approved requests do not run until it works again. It starts again at 2026-11-26 09:00.");
		host.vault.heal();
		host.clock.advance(5_000);
		for (let i = 0; i < 50 && status.model.snapshot().executorNote !== null; i++) await new Promise((r) => setTimeout(r, 10));
		expect(status.model.snapshot().executorNote).toBeNull();
		await engine.stop();
	});
});
