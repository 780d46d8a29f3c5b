// Hostile or broken notes in Pending_Approval: each is refused with its reason in the log and on its card, never
// skipped in silence, and a huge frontmatter is refused without being parsed on every sweep.
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { buildCard } from "../../../src/core/approval/card-model";
import { agentNote, folder, logLines, makeWorld, pending, type World } from "./fixtures";

let w: World;
afterEach(async () => {
	await w?.close();
});

async function refusals(): Promise<string[]> {
	return (await logLines(w)).filter((l) => l.action_type === "request.refused").map((l) => String(l.error));
}

async function cardError(path: string): Promise<string | undefined> {
	const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, path);
	expect(card.state).toBe("invalid");
	return card.notice?.message;
}

describe("a note in Pending_Approval that cannot be a request", () => {
	it("binary content is refused with the reason", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("image.md"), "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000approval_request");
		await w.engine.workflow.sweep();
		expect(await refusals()).toEqual([expect.stringContaining("binary data")]);
		expect(await cardError(pending("image.md"))).toContain("binary data");
	});

	it("a `type` that is a list or a number is refused, not taken for another kind of note", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("list.md"), agentNote({ type: ["approval_request"], id: "REQ-L" }));
		await w.host.vault.write(pending("number.md"), agentNote({ type: 42, id: "REQ-N" }));
		await w.host.vault.write(pending("near.md"), agentNote({ type: "Approval-Request", id: "REQ-C" }));
		await w.engine.workflow.sweep();
		const reasons = await refusals();
		expect(reasons).toHaveLength(3);
		expect(reasons).toEqual(
			expect.arrayContaining([
				expect.stringContaining("type must be the text approval_request, but it is a list"),
				expect.stringContaining("type must be the text approval_request, but it is a number"),
				expect.stringContaining('type must be exactly approval_request (got "Approval-Request")'),
			]),
		);
		expect(w.echo).toHaveSentNothing();
	});

	it("an email note (another type) is not a request and is left alone", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("email.md"), `---\n${stringify({ type: "email", subject: "Hi" })}---\nHello\n`);
		await w.engine.workflow.sweep();
		expect(await refusals()).toEqual([]);
	});

	it("a forged `status: executing` is refused with the reason, never executed, and the card says why", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("forged.md"), agentNote({ status: "executing", approved_by: "owner@test-device" }));
		await w.engine.workflow.sweep();
		await w.engine.workflow.sweep();
		const reasons = await refusals();
		expect(reasons).toEqual([expect.stringContaining("status: executing, but it is in Pending_Approval")]);
		expect(await cardError(pending("forged.md"))).toContain("Set status: pending to ask for approval");
		expect(w.echo).toHaveSentNothing();
		expect(await w.host.vault.listFiles(folder("Approved"))).toEqual([]);
	});

	it("a frontmatter over 256 KB is refused with its size, never handed to the YAML parser, and read once", async () => {
		w = await makeWorld();
		const parsed: number[] = [];
		const yaml = w.host.yaml;
		w.host.yaml = { parse: (t) => (parsed.push(t.length), yaml.parse(t)), stringify: yaml.stringify };
		(w.engine.deps as { yaml: typeof yaml }).yaml = w.host.yaml;
		const huge = agentNote({ notes: "x".repeat(2_800_000) });
		await w.host.vault.write(pending("huge.md"), huge);
		for (let i = 0; i < 5; i++) await w.engine.workflow.sweep();
		const reasons = await refusals();
		expect(reasons).toEqual([expect.stringMatching(/The frontmatter is 27\d\d KB, more than the 256 KB/)]);
		expect(parsed.every((n) => n <= 256 * 1024)).toBe(true);
		// Five sweeps, two reads in all: one for the request check, one for the conflict index (which caches by stat too).
		expect(w.host.vault.reads.get(pending("huge.md"))).toBe(2);
		expect(await cardError(pending("huge.md"))).toContain("more than the 256 KB");

		// Once it is fixed, it is read again and treated like any request.
		await w.host.clock.advanceAsync(1000);
		await w.host.vault.write(pending("huge.md"), agentNote());
		await w.engine.workflow.sweep();
		expect(await buildCard(w.engine.deps, w.engine.workflow.approvals, pending("huge.md"))).toMatchObject({ state: "pending" });
	});
});
