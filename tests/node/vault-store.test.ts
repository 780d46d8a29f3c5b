import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { VaultEvent } from "../../src/core/ports";
import { NodeVaultStore } from "../../src/node/vault-store";
import { tempDir, waitFor } from "./helpers";

function setup(): { root: string; store: NodeVaultStore } {
	const root = tempDir();
	return { root, store: new NodeVaultStore(root, { debounceMs: 20 }) };
}

describe("NodeVaultStore files", () => {
	it("writes a note into new folders and leaves no temporary file behind", async () => {
		const { root, store } = setup();
		await store.write("AI_Employee/Plans/plan.md", "# Plan\n");
		await store.write("AI_Employee/Plans/plan.md", "# Plan v2\n");
		expect(readFileSync(path.join(root, "AI_Employee/Plans/plan.md"), "utf8")).toBe("# Plan v2\n");
		expect(readdirSync(path.join(root, "AI_Employee/Plans"))).toEqual(["plan.md"]);
		expect(await store.read("AI_Employee/Plans/plan.md")).toBe("# Plan v2\n");
		expect(await store.read("AI_Employee/Plans/missing.md")).toBeNull();
	});

	it("never lets a reader see half a write: the old or the new text, nothing in between", async () => {
		const { root, store } = setup();
		const big = (c: string) => c.repeat(2_000_000);
		await store.write("note.md", big("a"));
		const seen = new Set<string>();
		let writing = true;
		const reader = (async () => {
			while (writing) {
				const t = readFileSync(path.join(root, "note.md"), "utf8");
				seen.add(`${t.length}:${t[0]}:${t[t.length - 1]}`);
				await new Promise((r) => setImmediate(r));
			}
		})();
		for (const c of ["b", "c", "d", "e"]) await store.write("note.md", big(c));
		writing = false;
		await reader;
		for (const s of seen) expect(s).toMatch(/^2000000:([a-e]):\1$/);
	});

	it("applies every concurrent edit of one note (atomic read-modify-write)", async () => {
		const { store } = setup();
		await store.write("counter.md", "0");
		await Promise.all(Array.from({ length: 20 }, () => store.process("counter.md", (t) => String(Number(t) + 1))));
		expect(await store.read("counter.md")).toBe("20");
	});

	it("refuses to edit a note that no longer exists", async () => {
		const { store } = setup();
		await expect(store.process("gone.md", (t) => t)).rejects.toThrow("gone.md no longer exists");
	});

	it("creates a file only when nothing is there and keeps the existing text otherwise", async () => {
		const { store } = setup();
		expect(await store.createIfMissing("a/Dashboard.md", "first")).toBe(true);
		expect(await store.createIfMissing("a/Dashboard.md", "second")).toBe(false);
		expect(await store.read("a/Dashboard.md")).toBe("first");
	});

	it("lets exactly one of many simultaneous creators win", async () => {
		const { root } = setup();
		const stores = Array.from({ length: 8 }, () => new NodeVaultStore(root));
		const results = await Promise.all(stores.map((s, i) => s.createIfMissing("lock.json", `holder ${i}`)));
		expect(results.filter(Boolean)).toHaveLength(1);
		expect(await stores[0]!.read("lock.json")).toBe(`holder ${results.indexOf(true)}`);
	});

	it("appends to a log without losing what was there, creating it when missing", async () => {
		const { store } = setup();
		await store.append("Logs/2026-11-26.jsonl", '{"n":1}\n');
		await store.append("Logs/2026-11-26.jsonl", '{"n":2}\n');
		await Promise.all([3, 4, 5].map((n) => store.append("Logs/2026-11-26.jsonl", `{"n":${n}}\n`)));
		const lines = (await store.read("Logs/2026-11-26.jsonl"))!.trim().split("\n");
		expect(lines.slice(0, 2)).toEqual(['{"n":1}', '{"n":2}']);
		expect(lines.slice(2).sort()).toEqual(['{"n":3}', '{"n":4}', '{"n":5}']);
	});

	it("moves a note to another folder but refuses to overwrite an existing one", async () => {
		const { store } = setup();
		await store.write("Pending_Approval/pay.md", "pay");
		await store.write("Approved/pay.md", "older note");
		await expect(store.move("Pending_Approval/pay.md", "Approved/pay.md")).rejects.toThrow("A file already exists at Approved/pay.md");
		expect(await store.read("Pending_Approval/pay.md")).toBe("pay");
		expect(await store.read("Approved/pay.md")).toBe("older note");
		await store.move("Pending_Approval/pay.md", "Done/2026/pay.md");
		expect(await store.exists("Pending_Approval/pay.md")).toBe(false);
		expect(await store.read("Done/2026/pay.md")).toBe("pay");
		await expect(store.move("Pending_Approval/pay.md", "x.md")).rejects.toThrow("no longer exists");
	});

	it("lists only the files directly in a folder, without hidden files, and nothing for a missing folder", async () => {
		const { root, store } = setup();
		await store.write("Inbox/b.md", "");
		await store.write("Inbox/a.csv", "");
		await store.write("Inbox/sub/c.md", "");
		writeFileSync(path.join(root, "Inbox/.a.csv.123.tmp"), "");
		expect(await store.listFiles("Inbox")).toEqual(["Inbox/a.csv", "Inbox/b.md"]);
		expect(await store.listFiles("Nope")).toEqual([]);
	});

	it("reports size and modification time, and removes files", async () => {
		const { store } = setup();
		await store.write("x.md", "12345");
		const s = await store.stat("x.md");
		expect(s?.size).toBe(5);
		expect(Math.abs(s!.mtime - Date.now())).toBeLessThan(60_000);
		await store.remove("x.md");
		expect(await store.stat("x.md")).toBeNull();
		await store.remove("x.md");
	});

	it("rejects every path that would leave the vault folder", async () => {
		const { root, store } = setup();
		const outside = path.join(path.dirname(root), "escaped.md");
		await expect(store.write("../escaped.md", "x")).rejects.toThrow("outside the vault");
		await expect(store.read("notes/../../escaped.md")).rejects.toThrow("outside the vault");
		await expect(store.append("..\\escaped.md", "x")).rejects.toThrow("outside the vault");
		await expect(store.move("a.md", "../escaped.md")).rejects.toThrow("outside the vault");
		await expect(store.write(outside, "x")).rejects.toThrow("absolute");
		expect(existsSync(outside)).toBe(false);
		await store.write("./notes//a.md", "ok");
		expect(await store.read("notes/a.md")).toBe("ok");
	});
});

describe("NodeVaultStore watcher", () => {
	function collect(store: NodeVaultStore): { events: VaultEvent[]; stop: () => void } {
		const events: VaultEvent[] = [];
		const stop = store.watch((e) => events.push(e));
		return { events, stop };
	}

	it("reports a note created in the vault with its vault-relative path", async () => {
		const { root, store } = setup();
		mkdirSync(path.join(root, "AI_Employee/Inbox"), { recursive: true });
		const { events, stop } = collect(store);
		try {
			writeFileSync(path.join(root, "AI_Employee/Inbox/invoice.md"), "hello");
			await waitFor(() => events.length > 0, 3000, "a create event");
			await new Promise((r) => setTimeout(r, 100));
			expect(events).toEqual([{ kind: "create", path: "AI_Employee/Inbox/invoice.md" }]);
		} finally {
			stop();
		}
	});

	it("ignores the config folder and hidden files", async () => {
		const { root, store } = setup();
		mkdirSync(path.join(root, ".obsidian/plugins"), { recursive: true });
		const { events, stop } = collect(store);
		try {
			writeFileSync(path.join(root, ".obsidian/workspace.json"), "{}");
			writeFileSync(path.join(root, ".obsidian/plugins/data.json"), "{}");
			writeFileSync(path.join(root, ".hidden.md"), "x");
			writeFileSync(path.join(root, "visible.md"), "x");
			await waitFor(() => events.length > 0, 3000, "an event");
			await new Promise((r) => setTimeout(r, 150));
			expect(events).toEqual([{ kind: "create", path: "visible.md" }]);
		} finally {
			stop();
		}
	});

	it("ignores a config folder with another name when told so", async () => {
		const root = tempDir();
		mkdirSync(path.join(root, "config"), { recursive: true });
		const store = new NodeVaultStore(root, { configDir: "config", debounceMs: 20 });
		const { events, stop } = collect(store);
		try {
			writeFileSync(path.join(root, "config/app.json"), "{}");
			writeFileSync(path.join(root, "note.md"), "x");
			await waitFor(() => events.length > 0);
			await new Promise((r) => setTimeout(r, 150));
			expect(events).toEqual([{ kind: "create", path: "note.md" }]);
		} finally {
			stop();
		}
	});

	it("reports an atomic save over an existing note as one modification", async () => {
		const { store } = setup();
		await store.write("Dashboard.md", "v1");
		const { events, stop } = collect(store);
		try {
			await store.write("Dashboard.md", "v2");
			await waitFor(() => events.length > 0);
			await new Promise((r) => setTimeout(r, 150));
			expect(events).toEqual([{ kind: "modify", path: "Dashboard.md" }]);
		} finally {
			stop();
		}
	});

	it("reports a note moved between folders as a rename, and a deleted note as a delete", async () => {
		const { root, store } = setup();
		await store.write("Pending_Approval/pay.md", "x");
		await store.write("old.md", "x");
		mkdirSync(path.join(root, "Approved"));
		const { events, stop } = collect(store);
		try {
			await fs.rename(path.join(root, "Pending_Approval/pay.md"), path.join(root, "Approved/pay.md"));
			await waitFor(() => events.length > 0);
			await new Promise((r) => setTimeout(r, 150));
			expect(events).toEqual([{ kind: "rename", path: "Approved/pay.md", oldPath: "Pending_Approval/pay.md" }]);
			events.length = 0;
			await fs.rm(path.join(root, "old.md"));
			await waitFor(() => events.length > 0);
			expect(events).toEqual([{ kind: "delete", path: "old.md" }]);
		} finally {
			stop();
		}
	});

	it("stops reporting after unsubscribing", async () => {
		const { root, store } = setup();
		const { events, stop } = collect(store);
		stop();
		writeFileSync(path.join(root, "late.md"), "x");
		await new Promise((r) => setTimeout(r, 150));
		expect(events).toEqual([]);
	});
});
