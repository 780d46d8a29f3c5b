// Records through the engine when the disk misbehaves: a torn last line and a full disk never cost an entry.
import { afterEach, describe, expect, it } from "vitest";
import { parseLogText } from "../../../src/core/log/audit-log";
import { ioError } from "../../helpers";
import { agentNote, folder, makeWorld, pending, type World } from "../approval/fixtures";

let w: World;
afterEach(async () => {
	await w?.close();
});

const LOG = folder("Logs/2026-11-26.jsonl");
const JOURNAL = folder("Logs/state/journal.jsonl");

describe("a torn last line (a crash mid-append)", () => {
	it("in the audit log does not swallow the next entry", async () => {
		w = await makeWorld();
		const before = w.host.vault.text(LOG) ?? "";
		await w.host.vault.write(LOG, before + '{"timestamp":"2026-11-26T08:59:00Z","action_ty');
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		await w.engine.log.settle();
		const { entries, skipped } = parseLogText(w.host.vault.text(LOG) ?? "");
		expect(skipped).toBe(1);
		expect(entries.map((e) => `${e.action_type}:${e.result}`)).toEqual(expect.arrayContaining(["test.send:info", "test.send:started", "test.send:success"]));
	});

	it("in the journal keeps the next started record, so a crash after it still goes to Failed", async () => {
		w = await makeWorld();
		await w.host.vault.write(JOURNAL, '{"key":"OLD#1","state":"done","at":"2026-11-25T08:00:00Z","path":"x","device":"d"}\n{"key":"OLD#2","sta');
		w.executor.on = false;
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		await w.engine.workflow.executor.journal.record({ key: "REQ-1#1", state: "started", at: "2026-11-26T09:00:00Z", path: folder("Approved/hello.md"), device: "d" });
		const lines = (w.host.vault.text(JOURNAL) ?? "").split("\n").filter(Boolean);
		expect(JSON.parse(lines[lines.length - 1]!)).toMatchObject({ key: "REQ-1#1", state: "started" });
	});
});

describe("a full disk while recording an attempt", () => {
	it("keeps the 'attempt not recorded' entry and writes it whole once the disk is back", async () => {
		w = await makeWorld();
		w.executor.on = false;
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		await w.engine.log.settle();
		w.host.vault.failWith("append", ioError("ENOSPC", "ENOSPC: no space left on device, write"));
		w.executor.on = true;
		expect(await w.engine.workflow.executor.execute(folder("Approved/hello.md"))).toBe("failed");
		await w.engine.log.settle();
		expect(w.engine.log.heldCount).toBeGreaterThan(0);
		const notice = w.host.notifier.messages.find((m) => m.includes("audit log"));
		expect(notice).toMatch(/kept in memory/);
		expect(notice).not.toMatch(/nothing was lost/);

		w.host.vault.heal();
		await w.host.clock.advanceAsync(30_000);
		await w.engine.log.settle();
		const { entries, skipped } = parseLogText(w.host.vault.text(LOG) ?? "");
		expect(skipped).toBe(0);
		expect(entries.some((e) => e.error?.startsWith("Attempt not recorded: The disk is full"))).toBe(true);
		expect(w.engine.log.heldCount).toBe(0);
	});
});
