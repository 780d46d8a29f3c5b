// Appends on the Node host against real files, with a disk layer that fills up or turns read-only the way real disks do:
// a torn last line never swallows the next entry, and a failed append leaves the file as it was.
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog, parseLogText } from "../../src/core/log/audit-log";
import { Journal } from "../../src/core/executor/journal";
import { nodeAppendDisk, type AppendDisk, type AppendHandle } from "../../src/node/append-disk";
import { NodeVaultStore } from "../../src/node/vault-store";
import { FakeClock, ListNotifier } from "../helpers";
import { tempDir } from "./helpers";

function ioError(code: string, message: string): Error {
	return Object.assign(new Error(message), { code });
}

/** A real disk with a quota: writes land byte for byte until the space is used up, then the write fails with ENOSPC. */
class QuotaDisk implements AppendDisk {
	/** Bytes that still fit; Infinity = plenty. */
	spaceLeft = Infinity;
	readOnly = false;

	async openForAppend(fullPath: string): Promise<AppendHandle> {
		if (this.readOnly) throw ioError("EROFS", `EROFS: read-only file system, open '${fullPath}'`);
		const real = await nodeAppendDisk.openForAppend(fullPath);
		return {
			stat: () => real.stat(),
			read: (b, o, l, p) => real.read(b, o, l, p),
			truncate: (n) => real.truncate(n),
			close: () => real.close(),
			write: async (buffer, offset, length) => {
				const fits = Math.min(length, this.spaceLeft);
				if (fits > 0) {
					// Part of the data really reaches the file, as on a disk that fills up mid-write.
					const { bytesWritten } = await real.write(buffer, offset, fits);
					this.spaceLeft -= bytesWritten;
					if (bytesWritten === length) return { bytesWritten };
				}
				throw ioError("ENOSPC", `ENOSPC: no space left on device, write`);
			},
		};
	}
}

function setup() {
	const root = tempDir();
	const disk = new QuotaDisk();
	const store = new NodeVaultStore(root, { appendDisk: disk });
	const file = (p: string) => path.join(root, p);
	return { root, disk, store, file };
}

describe("an append on the Node host", () => {
	it("starts on a fresh line after a torn last line, so the new entry stays readable", async () => {
		const { store, file } = setup();
		mkdirSync(file("Logs"), { recursive: true });
		writeFileSync(file("Logs/today.jsonl"), '{"a":1}\n{"x":"torn');
		await store.append("Logs/today.jsonl", '{"b":2}\n');
		expect(readFileSync(file("Logs/today.jsonl"), "utf8")).toBe('{"a":1}\n{"x":"torn\n{"b":2}\n');
	});

	it("adds nothing to a file that already ends with a newline, or to a new file", async () => {
		const { store, file } = setup();
		await store.append("new.jsonl", "1\n");
		await store.append("new.jsonl", "2\n");
		expect(readFileSync(file("new.jsonl"), "utf8")).toBe("1\n2\n");
	});

	it("catches a torn line another program leaves between two appends of the same store", async () => {
		const { store, file } = setup();
		await store.append("Logs/today.jsonl", '{"a":1}\n');
		appendFileSync(file("Logs/today.jsonl"), '{"x":"torn');
		await store.append("Logs/today.jsonl", '{"b":2}\n');
		expect(readFileSync(file("Logs/today.jsonl"), "utf8")).toBe('{"a":1}\n{"x":"torn\n{"b":2}\n');
	});

	it("catches a torn end in a file replaced by another of the same size since its last append", async () => {
		const { store, file } = setup();
		await store.append("j.jsonl", "12\n");
		// An atomic rewrite by another program: a new file renamed over the old one, as long, but ending mid-line.
		writeFileSync(file("j.tmp"), "1\n3");
		renameSync(file("j.tmp"), file("j.jsonl"));
		await store.append("j.jsonl", "4\n");
		expect(readFileSync(file("j.jsonl"), "utf8")).toBe("1\n3\n4\n");
	});

	it("makes the folder again when it was deleted between two appends", async () => {
		const { store, file } = setup();
		await store.append("Logs/today.jsonl", "1\n");
		rmSync(file("Logs"), { recursive: true });
		await store.append("Logs/today.jsonl", "2\n");
		expect(readFileSync(file("Logs/today.jsonl"), "utf8")).toBe("2\n");
	});

	it("leaves the file exactly as it was when the disk fills up halfway through the write", async () => {
		const { store, disk, file } = setup();
		await store.append("Logs/today.jsonl", '{"a":1}\n');
		disk.spaceLeft = 5;
		await expect(store.append("Logs/today.jsonl", '{"b":"a line that does not fit"}\n')).rejects.toMatchObject({ code: "ENOSPC" });
		expect(readFileSync(file("Logs/today.jsonl"), "utf8")).toBe('{"a":1}\n');
	});

	it("leaves the file as it was when the folder is read-only", async () => {
		const { store, disk, file } = setup();
		await store.append("j.jsonl", "1\n");
		disk.readOnly = true;
		await expect(store.append("j.jsonl", "2\n")).rejects.toMatchObject({ code: "EROFS" });
		expect(readFileSync(file("j.jsonl"), "utf8")).toBe("1\n");
	});
});

describe("the audit log on a disk that fills up and frees again", () => {
	it("writes the held lines whole once the disk is back, without a fragment, and says they are only in memory", async () => {
		const { store, disk, file } = setup();
		const clock = new FakeClock("2026-03-10T12:00:00Z");
		const notifier = new ListNotifier();
		const log = new AuditLog({ vault: store, clock, notifier, folder: () => "Logs", timeZone: () => "UTC", dryRun: () => true });
		await log.append({ action_type: "before", actor: "x", target: "t", result: "info" });
		disk.spaceLeft = 40;
		await log.append({ action_type: "odoo.create_invoice", actor: "x", target: "Approved/a.md", result: "failure", error: "Attempt not recorded: The disk is full" });
		await log.append({ action_type: "second", actor: "x", target: "t", result: "info" });
		const logFile = file("Logs/2026-03-10.jsonl");
		// The failed write was cut back: only the line written before the disk filled up is there.
		expect(parseLogText(readFileSync(logFile, "utf8"))).toMatchObject({ skipped: 0, entries: [{ action_type: "before" }] });
		expect(log.heldCount).toBe(2);
		expect(notifier.notices).toHaveLength(1);
		expect(notifier.notices[0]!.message).toContain("The disk is full");
		expect(notifier.notices[0]!.message).toContain("1 entry is kept in memory");
		expect(notifier.notices[0]!.message).toContain("it is lost if the app or runner stops before that");
		expect(notifier.notices[0]!.message).not.toContain("nothing was lost");

		// Space comes back; nothing else is logged, the retry alone writes them.
		disk.spaceLeft = Infinity;
		await clock.advanceAsync(30_000);
		await log.settle();
		const { entries, skipped } = parseLogText(readFileSync(logFile, "utf8"));
		expect(skipped).toBe(0);
		expect(entries.map((e) => e.action_type)).toEqual(["before", "odoo.create_invoice", "second"]);
		expect(entries[1]!.error).toBe("Attempt not recorded: The disk is full");
		expect(log.heldCount).toBe(0);
		log.close();
	});
});

describe("the executor's journal after a crash mid-append", () => {
	it("keeps the next started record readable, so recovery still finds the attempt", async () => {
		const { store, file } = setup();
		mkdirSync(file("state"), { recursive: true });
		// Journal lines carry a MAC keyed by the approval key; the crash tore the line after a valid one.
		const key = () => "k".repeat(64);
		await new Journal(store, () => "state", key).record({ key: "REQ-1#1", state: "started", at: "2026-03-10T11:00:00Z", path: "Approved/a.md", device: "d" });
		appendFileSync(file("state/journal.jsonl"), '{"key":"REQ-1#1","sta');
		const journal = new Journal(store, () => "state", key);
		await journal.record({ key: "REQ-2#1", state: "started", at: "2026-03-10T12:00:00Z", path: "Approved/b.md", device: "d" });
		const again = new Journal(store, () => "state", key);
		await again.load();
		expect(again.unfinished().map((e) => e.key).sort()).toEqual(["REQ-1#1", "REQ-2#1"]);
	});
});
