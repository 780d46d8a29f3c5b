// The vault journal: only lines this plugin wrote (MAC'd with the approval key) count; anything else is reported.
import { describe, expect, it } from "vitest";
import { Journal } from "../../../src/core/executor/journal";
import { MemoryVault } from "../../helpers";

const KEY = "k".repeat(64);
const PATH = "AI_Employee/Logs/state/journal.jsonl";

function journal(vault: MemoryVault, key: string | null = KEY): Journal {
	return new Journal(vault, () => "AI_Employee/Logs/state", () => key);
}

const entry = { key: "REQ-1#1", state: "started" as const, at: "2026-11-26T09:00:00.000Z", path: "AI_Employee/Approved/a.md", device: "obsidian:laptop", sent: { summary: "Send hello", lines: [], text: "Hello" } };

describe("the journal", () => {
	it("reads back what it wrote, with what was sent", async () => {
		const vault = new MemoryVault();
		await journal(vault).record(entry);
		const j = journal(vault);
		expect(await j.load()).toEqual([]);
		expect(j.get("REQ-1#1")).toMatchObject({ state: "started" });
		expect(j.sentRecord("REQ-1#1")?.sent.text).toBe("Hello");
	});

	it("ignores and reports a line edited after it was written, one signed with another key, and garbage", async () => {
		const vault = new MemoryVault();
		await journal(vault).record(entry);
		await journal(vault, "another-key").record({ ...entry, key: "REQ-2#1" });
		const text = (await vault.read(PATH))!;
		await vault.write(PATH, text.replace('"Hello"', '"Buy now"') + "not json\n");
		const j = journal(vault);
		const problems = await j.load();
		expect(problems.map((p) => [p.line, p.reason])).toEqual([
			[1, "its MAC does not match: it was not written by this plugin (forged or edited)"],
			[2, "its MAC does not match: it was not written by this plugin (forged or edited)"],
			[3, "not a JSON line (torn by a crash, or damaged)"],
		]);
		expect(j.entries()).toEqual([]);
		expect(j.sentRecord("REQ-1#1")).toBeNull();
	});

	it("starts its next line on a fresh line after a torn one, so no entry is swallowed", async () => {
		const vault = new MemoryVault();
		const j = journal(vault);
		await j.record(entry);
		await vault.append(PATH, '{"key":"torn');
		await j.record({ ...entry, state: "done" });
		const again = journal(vault);
		expect((await again.load()).map((p) => p.line)).toEqual([2]);
		expect(again.get("REQ-1#1")?.state).toBe("done");
	});
});
