// A file dropped into the Inbox becomes one Needs_Action/FILE_<name>.md describing it; the file stays where it is.
import { describe, expect, it } from "vitest";
import { Engine } from "../../../src/core/engine";
import { defaultSettings } from "../../../src/core/settings/parse";
import { InboxWatcher } from "../../../src/core/watchers/inbox-watcher";
import { testHost } from "../../helpers";

const ROOT = "AI_Employee";

async function world(files: Record<string, string>) {
	const host = testHost({ start: "2026-11-26T09:00:00Z", files });
	const engine = new Engine({ host, settings: defaultSettings(), hostKind: "headless", approvalKey: () => null, isExecutor: () => false });
	await engine.setUpVault();
	return { host, engine, watcher: new InboxWatcher(engine.deps) };
}

describe("Inbox drop folder", () => {
	it("describes each dropped file once: name, type, size and a link to the file", async () => {
		const { host, watcher } = await world({ [`${ROOT}/Inbox/client-hours-2026-11.csv`]: "date,hours\n2026-11-02,3\n" });
		const signal = new AbortController().signal;
		await watcher.poll(signal);
		await watcher.poll(signal);
		const items = await host.vault.listFiles(`${ROOT}/Needs_Action`);
		expect(items).toEqual([`${ROOT}/Needs_Action/FILE_client-hours-2026-11.csv.md`]);
		const note = (await host.vault.read(items[0]!)) ?? "";
		expect(note).toContain("type: file");
		expect(note).toContain("file_type: CSV spreadsheet");
		expect(note).toContain(`size: ${"date,hours\n2026-11-02,3\n".length}`);
		expect(note).toContain(`[[${ROOT}/Inbox/client-hours-2026-11.csv]]`);
		expect(await host.vault.exists(`${ROOT}/Inbox/client-hours-2026-11.csv`)).toBe(true);
	});

	it("does not describe a file again after its item was handled and moved away", async () => {
		const { host, watcher } = await world({ [`${ROOT}/Inbox/scan.pdf`]: "%PDF-1.4" });
		const signal = new AbortController().signal;
		await watcher.poll(signal);
		await host.vault.move(`${ROOT}/Needs_Action/FILE_scan.pdf.md`, `${ROOT}/Completed/FILE_scan.pdf.md`);
		await watcher.poll(signal);
		expect(await host.vault.listFiles(`${ROOT}/Needs_Action`)).toEqual([]);
	});
});
