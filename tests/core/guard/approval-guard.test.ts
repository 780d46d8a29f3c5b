// The guard in the approval flow: a secret blocks approve and execute; any other hit forces a click.
import { afterEach, describe, expect, it } from "vitest";
import { agentNote, folder, makeWorld, ownerRequest, type World } from "../approval/fixtures";
import { buildCard } from "../../../src/core/approval/card-model";

let w: World;
afterEach(async () => {
	await w?.close();
});

const KEY_TEXT = "Launch day! key: sk_live_51HxQ2eKp7YzA9bC3dE4fG5h";

describe("sensitive-content guard in the approval flow", () => {
	it("a request with an API key cannot be approved until the text is edited", async () => {
		w = await makeWorld();
		const path = await ownerRequest(w, { params: { text: KEY_TEXT } });
		const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, path);
		expect(card.buttons).toEqual(["reject"]);
		expect(card.guard?.blocked).toBe(true);
		expect(card.guard?.hits[0]?.reason).toBe("it contains a Stripe secret key");
		expect(card.guard?.highlights[0]).toMatchObject({ kind: "secret", start: KEY_TEXT.indexOf("sk_live") });
		const outcome = await w.engine.workflow.approvals.approve(path);
		expect(outcome.ok ? "" : outcome.message).toMatch(/contains a secret \(a Stripe secret key in the text\)/);
		expect(w.echo).toHaveSentNothing();
	});

	it("the executor refuses a secret even when the note was moved to Approved by hand", async () => {
		w = await makeWorld({ patch: (s) => (s.policy.acceptHandMovedApprovals = true) });
		await w.host.vault.write(folder("Approved/hello.md"), agentNote({ status: "approved" }, { text: "password: hunter22" }));
		expect(await w.engine.workflow.executor.execute(folder("Approved/hello.md"))).toBe("refused");
		expect(w.echo).toHaveSentNothing();
		expect((await w.host.vault.read(folder("Pending_Approval/hello.md"))) ?? "").toMatch(/refused_reason: .*secret/);
	});

	it("a vault link or a client under NDA is shown with its reason and needs a click", async () => {
		w = await makeWorld({ files: { "AI_Employee/Company_Handbook.md": "# Handbook\n## Confidential\n- Globex\n" } });
		const path = await ownerRequest(w, { params: { text: "Shipped for globex, notes in [[Globex plan]]" } });
		const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, path);
		expect(card.buttons).toEqual(["approve", "reject"]);
		expect(card.guard?.hits.map((h) => h.kind)).toEqual(["vault-link", "internal"]);
		expect(card.policy).toMatch(/sensitive content/);
		expect((await w.engine.workflow.approvals.approve(path)).ok).toBe(true);
		expect(w.echo).toHaveSentExactlyOnce();
	});

	it("a clean request shows no guard box", async () => {
		w = await makeWorld();
		const path = await ownerRequest(w, { params: { text: "Hello" } });
		expect((await buildCard(w.engine.deps, w.engine.workflow.approvals, path)).guard).toBeNull();
	});
});
