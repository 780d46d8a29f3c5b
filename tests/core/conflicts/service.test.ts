// Conflicts through the engine: one decision card, nothing runs while it is open, the owner's choice applies.
import { afterEach, describe, expect, it } from "vitest";
import { agentNote, folder, logLines, makeWorld, ownerRequest, type World } from "../approval/fixtures";
import { parseDecisionNote } from "../../../src/core/conflicts/decision-note";

let w: World;
afterEach(async () => {
	await w?.close();
});

async function decisionNotes(): Promise<string[]> {
	const out: string[] = [];
	for (const p of await w.host.vault.listFiles(folder("Needs_Action"))) if ((await w.host.vault.read(p))?.includes("type: ai_employee_decision")) out.push(p);
	return out;
}

describe("conflict handling", () => {
	it("a sync conflict copy stops the request: one decision card with both versions, no execution", async () => {
		w = await makeWorld();
		const path = await ownerRequest(w, { params: { text: "Hello" } });
		const text = (await w.host.vault.read(path)) ?? "";
		await w.host.vault.write(path.replace(/\.md$/, " (conflict 2026-11-26).md"), text.replace("text: Hello", "text: Hello there"));
		await w.engine.workflow.sweep();
		await w.engine.workflow.sweep();
		const cards = await decisionNotes();
		expect(cards).toHaveLength(1);
		const note = parseDecisionNote(cards[0]!, (await w.host.vault.read(cards[0]!)) ?? "", w.host.yaml);
		expect(note?.kind).toBe("sync-copy");
		expect(note?.versions.map((v) => v.text.includes("Hello there"))).toEqual([false, true]);
		expect((await w.host.vault.read(cards[0]!)) ?? "").toContain("```ai-employee-decision");
		const approve = await w.engine.workflow.approvals.approve(path);
		expect(approve.ok).toBe(false);
		expect(approve.ok ? "" : approve.message).toMatch(/conflict about this request is open/);
		expect(w.echo).toHaveSentNothing();
		expect((await logLines(w)).filter((l) => l.action_type === "conflict.detected")).toHaveLength(1);
	});

	it("keeping one version removes the other and lets the request run after approval", async () => {
		w = await makeWorld();
		const path = await ownerRequest(w, { params: { text: "Hello" } });
		const copyPath = path.replace(/\.md$/, " (conflict).md");
		await w.host.vault.write(copyPath, (await w.host.vault.read(path)) ?? "");
		await w.engine.workflow.sweep();
		const [card] = await decisionNotes();
		const outcome = await w.engine.workflow.approvals.conflicts.resolve(card!, 0);
		expect(outcome.ok).toBe(true);
		expect(await w.host.vault.exists(copyPath)).toBe(false);
		expect((await w.host.vault.read(card!)) ?? "").toContain("status: resolved");
		expect((await w.engine.workflow.approvals.approve(path)).ok).toBe(true);
		expect(w.echo).toHaveSentExactlyOnce();
	});

	it("approved on one device and rejected on another: nothing runs until the owner decides", async () => {
		w = await makeWorld({ patch: (s) => (s.policy.acceptHandMovedApprovals = true) });
		await w.host.vault.write(folder("Approved/post.md"), agentNote({ status: "approved" }));
		await w.host.vault.write(folder("Rejected/post.md"), agentNote({ status: "rejected", rejected_by: "owner@phone" }));
		expect(await w.engine.workflow.executor.execute(folder("Approved/post.md"))).toBe("held");
		const [card] = await decisionNotes();
		expect(card).toMatch(/approved-vs-rejected/);
		expect(w.echo).toHaveSentNothing();
		// Keeping the rejected version: the approved copy is gone and nothing is ever sent.
		const rejectedIndex = parseDecisionNote(card!, (await w.host.vault.read(card!)) ?? "", w.host.yaml)!.versions.findIndex((v) => v.path?.includes("Rejected"));
		expect((await w.engine.workflow.approvals.conflicts.resolve(card!, rejectedIndex)).ok).toBe(true);
		await w.engine.workflow.sweep();
		expect(await w.host.vault.exists(folder("Approved/post.md"))).toBe(false);
		expect(w.echo).toHaveSentNothing();
	});

	it("Odoo and the vault disagreeing about an invoice gets a decision card with both answers", async () => {
		w = await makeWorld();
		const conflicts = w.engine.workflow.approvals.conflicts;
		const conflict = {
			key: "invoice-state:INV/2026/0042",
			kind: "invoice-state" as const,
			subject: "invoice INV/2026/0042",
			requestId: null,
			versions: [
				{ label: "Odoo says", path: null, text: "state: posted\npayment_state: not_paid" },
				{ label: "Your vault says", path: null, text: "Accounting/Invoices.md: INV/2026/0042 paid on 2026-11-20" },
			],
		};
		const a = await conflicts.report(conflict);
		const b = await conflicts.report(conflict);
		expect(a).toBe(b);
		const note = parseDecisionNote(a, (await w.host.vault.read(a)) ?? "", w.host.yaml);
		expect(note?.versions.map((v) => v.text)).toEqual(["state: posted\npayment_state: not_paid", "Accounting/Invoices.md: INV/2026/0042 paid on 2026-11-20"]);
		expect((await conflicts.resolve(a, 1)).ok).toBe(true);
	});

	it("two services answering inconsistently about a request stop it until decided", async () => {
		w = await makeWorld();
		const path = await ownerRequest(w, { params: { text: "Hello" } });
		const id = (/\bid: (\S+)/.exec((await w.host.vault.read(path)) ?? "") ?? [])[1] ?? "";
		await w.engine.workflow.approvals.conflicts.report({ key: `connector-answers:${id}`, kind: "connector-answers", subject: `request ${id}`, requestId: id, versions: [{ label: "Gmail", path: null, text: "customer is new" }, { label: "Odoo", path: null, text: "customer #42 exists" }] });
		expect((await w.engine.workflow.approvals.approve(path)).ok).toBe(false);
		expect(w.echo).toHaveSentNothing();
	});
});
