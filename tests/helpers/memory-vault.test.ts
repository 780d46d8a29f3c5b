// The in-memory vault keeps the VaultStore port's promises, so engine tests that use it mean what they say.
import { describe, expect, it } from "vitest";
import type { VaultEvent } from "../../src/core/ports";
import { MemoryVault, ioError } from "./memory-vault";

describe("MemoryVault", () => {
	it("creates parent folders on write and lists only a folder's direct files", async () => {
		const v = new MemoryVault();
		await v.write("A/B/note.md", "x");
		await v.write("A/top.md", "y");
		expect(await v.exists("A/B")).toBe(true);
		expect(await v.listFiles("A")).toEqual(["A/top.md"]);
		expect(await v.listFiles("Missing")).toEqual([]);
	});

	it("creates a file only when nothing is there", async () => {
		const v = new MemoryVault({ "a.md": "mine" });
		expect(await v.createIfMissing("a.md", "theirs")).toBe(false);
		expect(await v.createIfMissing("b.md", "new")).toBe(true);
		expect(v.snapshot()).toEqual({ "a.md": "mine", "b.md": "new" });
	});

	it("refuses to move onto an existing file and to edit a missing one", async () => {
		const v = new MemoryVault({ "a.md": "1", "b.md": "2" });
		await expect(v.move("a.md", "b.md")).rejects.toThrow(/already exists/);
		await expect(v.process("gone.md", (t) => t)).rejects.toThrow(/no longer exists/);
		await v.move("a.md", "Done/a.md");
		expect(v.paths()).toEqual(["Done/a.md", "b.md"]);
	});

	it("appends without replacing and reports sizes in bytes", async () => {
		const v = new MemoryVault();
		await v.append("log.jsonl", "é\n");
		await v.append("log.jsonl", "b\n");
		expect(v.text("log.jsonl")).toBe("é\nb\n");
		expect((await v.stat("log.jsonl"))?.size).toBe(5);
	});

	it("starts an append on a fresh line after a torn last line, like the real stores", async () => {
		const v = new MemoryVault({ "log.jsonl": '{"a":1}\n{"x":"torn' });
		await v.append("log.jsonl", '{"b":2}\n');
		expect(v.text("log.jsonl")).toBe('{"a":1}\n{"x":"torn\n{"b":2}\n');
	});

	it("tells watchers about every change until they unsubscribe", async () => {
		const v = new MemoryVault({ "a.md": "1" });
		const seen: VaultEvent[] = [];
		const stop = v.watch((e) => seen.push(e));
		await v.write("b.md", "2");
		await v.process("b.md", (t) => t + "!");
		await v.move("b.md", "c.md");
		await v.remove("a.md");
		stop();
		await v.write("d.md", "4");
		expect(seen).toEqual([
			{ kind: "create", path: "b.md" },
			{ kind: "modify", path: "b.md" },
			{ kind: "rename", path: "c.md", oldPath: "b.md" },
			{ kind: "delete", path: "a.md" },
		]);
		expect(v.watcherCount).toBe(0);
	});

	it("fails an operation with the injected error until healed", async () => {
		const v = new MemoryVault();
		v.failWith("append", ioError("ENOSPC"));
		await expect(v.append("x", "1")).rejects.toMatchObject({ code: "ENOSPC" });
		v.heal("append");
		await v.append("x", "1");
		expect(v.text("x")).toBe("1");
	});
});
