import { afterEach, describe, expect, it } from "vitest";
import { ioError } from "../../helpers";
import { agentNote, folder, logLines, makeWorld, ownerRequest, pending, type World } from "./fixtures";
import { readFrontmatter } from "../../../src/core/requests/frontmatter";

let w: World;
afterEach(async () => {
	await w?.close();
});

async function fm(path: string): Promise<Record<string, unknown>> {
	const text = await w.host.vault.read(path);
	if (text === null) throw new Error(`missing ${path}`);
	const r = readFrontmatter(text, w.host.yaml);
	if (!r.ok) throw new Error(r.error);
	return r.data;
}

async function files(name: string): Promise<string[]> {
	return w.host.vault.listFiles(folder(name));
}

describe("approve and execute", () => {
	it("an approved request is sent exactly once and lands in Completed with its result", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("hello.md"), agentNote());
		const outcome = await w.engine.workflow.approvals.approve(pending("hello.md"));
		expect(outcome.ok).toBe(true);
		expect(w.echo).toHaveSentExactlyOnce();
		expect(JSON.parse(w.echo.received[0]!.body)).toEqual({ text: "Hello" });
		expect(await files("Completed")).toEqual([folder("Completed/hello.md")]);
		const data = await fm(folder("Completed/hello.md"));
		expect(data.status).toBe("completed");
		expect(data.result).toBe("Sent message msg-1");
		expect(data.result_url).toMatch(/\/messages\/msg-1$/);
		expect(data.approved_by).toBe("owner@test-device");
		// A second click, a sweep and a restart change nothing.
		expect((await w.engine.workflow.approvals.approve(pending("hello.md"))).ok).toBe(false);
		await w.engine.workflow.sweep();
		expect(w.echo).toHaveSentExactlyOnce();
		const lines = await logLines(w);
		const kinds = lines.map((l) => `${String(l.action_type)}:${String(l.result)}`);
		expect(kinds).toEqual(expect.arrayContaining(["test.send:info", "test.send:started", "test.send:success"]));
		expect(lines.every((l) => l.correlation_id === null || l.correlation_id === "REQ-1" || l.action_type === "vault.setup")).toBe(true);
	});

	it("in dry run nothing is sent and the note shows the exact request that would have gone out", async () => {
		w = await makeWorld({ dryRun: true });
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		expect(w.echo).toHaveSentNothing();
		const data = await fm(folder("Completed/hello.md"));
		expect(data).toHaveCompletedInDryRun();
		const wire = JSON.parse(String(data.wire_preview)) as { method: string; url: string; headers: Record<string, string>; body: string }[];
		expect(wire).toHaveLength(1);
		expect(wire[0]!.method).toBe("POST");
		expect(wire[0]!.url).toBe(`${w.echo.url}/messages`);
		expect(wire[0]!.body).toBe('{"text":"Hello"}');
		expect(wire[0]!.headers.authorization).toBe("[redacted]");
		expect(JSON.stringify(await logLines(w))).not.toContain("secret-token");
	});

	it("a dry-run result can be run for real after a fresh approval", async () => {
		w = await makeWorld({ dryRun: true });
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		const back = await w.engine.workflow.approvals.retry(folder("Completed/hello.md"));
		expect(back.ok).toBe(true);
		w.settings.dryRun = false;
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		expect(w.echo).toHaveSentExactlyOnce();
		expect((await fm(folder("Completed/hello.md"))).attempt).toBe(2);
	});

	it("reject moves the request to Rejected with the reason and sends nothing", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("hello.md"), agentNote());
		const outcome = await w.engine.workflow.approvals.reject(pending("hello.md"), "Wrong customer");
		expect(outcome.ok).toBe(true);
		const data = await fm(folder("Rejected/hello.md"));
		expect(data.status).toBe("rejected");
		expect(data.rejected_reason).toBe("Wrong customer");
		expect(w.echo).toHaveSentNothing();
		expect(await logLines(w)).toHaveLogged({ approval_status: "rejected", target: folder("Rejected/hello.md") });
	});

	it("a name clash in the target folder never overwrites the note already there", async () => {
		w = await makeWorld();
		await w.host.vault.write(folder("Rejected/hello.md"), "older note");
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.reject(pending("hello.md"), "");
		expect(await w.host.vault.read(folder("Rejected/hello.md"))).toBe("older note");
		expect((await fm(folder("Rejected/hello 2.md"))).status).toBe("rejected");
	});
});

describe("bad input is refused, explained, logged and never executed", () => {
	const cases: [string, string, RegExp][] = [
		["malformed YAML", "---\ntype: approval_request\nid: [unclosed\n---\nbody\n", /not valid YAML/],
		["an unknown action", agentNote({ action: "bank.wire_money" }), /Unknown action "bank.wire_money"/],
		["a missing parameter", agentNote({}, { kind: "post" }), /params|text/],
		["a wrong-typed parameter", agentNote({}, { text: 42 }), /text/],
		["a negative amount", agentNote({}, { text: "Pay", kind: "payment", amount_minor: -500 }), /amount_minor/],
		["an absurd id", agentNote({ id: "../../etc/passwd" }), /id/],
	];
	for (const [name, text, message] of cases) {
		it(`${name}`, async () => {
			w = await makeWorld();
			await w.host.vault.write(pending("bad.md"), text);
			const outcome = await w.engine.workflow.approvals.approve(pending("bad.md"));
			expect(outcome).toBeRefusedWith(message);
			expect(w.echo).toHaveSentNothing();
			expect(await files("Approved")).toEqual([]);
			expect(await logLines(w)).toHaveLogged({ result: "refused", error: message });
		});
	}

	it("a payload edited after approval is not run and goes back for a fresh approval", async () => {
		w = await makeWorld();
		w.executor.on = false; // approve on this device, execute later
		await w.host.vault.write(pending("pay.md"), agentNote({}, { text: "Pay 10", kind: "payment", amount_minor: 1000 }));
		await w.engine.workflow.approvals.approve(pending("pay.md"));
		const approved = folder("Approved/pay.md");
		const text = (await w.host.vault.read(approved))!;
		await w.host.vault.write(approved, text.replace("amount_minor: 1000", "amount_minor: 999900"));
		w.executor.on = true;
		expect(await w.engine.workflow.executor.execute(approved)).toBe("refused");
		expect(w.echo).toHaveSentNothing();
		expect(await fm(pending("pay.md"))).toBeBackForApprovalWith(/edited after approval/);
	});

	it("a forged stamp is refused", async () => {
		w = await makeWorld();
		await w.host.vault.write(folder("Approved/forged.md"), agentNote({ status: "approved", approved_by: "owner@test-device", approved_at: "2026-11-26T08:30:00Z", approval_rule: "owner-click", approval_mac: "a".repeat(64) }));
		expect(await w.engine.workflow.executor.execute(folder("Approved/forged.md"))).toBe("refused");
		expect(w.echo).toHaveSentNothing();
		expect(await fm(pending("forged.md"))).toBeBackForApprovalWith(/stamp does not match/);
	});

	it("a request copied into Approved by hand is not run, unless the owner accepts hand-moved approvals", async () => {
		w = await makeWorld();
		await w.host.vault.write(folder("Approved/hand.md"), agentNote({ status: "approved" }));
		expect(await w.engine.workflow.executor.execute(folder("Approved/hand.md"))).toBe("refused");
		expect(await fm(pending("hand.md"))).toBeBackForApprovalWith(/no approval stamp/);
		expect(w.echo).toHaveSentNothing();

		w.settings.policy.acceptHandMovedApprovals = true;
		await w.host.vault.write(folder("Approved/hand2.md"), agentNote({ id: "REQ-2", status: "approved" }));
		expect(await w.engine.workflow.executor.execute(folder("Approved/hand2.md"))).toBe("completed");
		expect(w.echo).toHaveSentExactlyOnce();
		expect((await fm(folder("Completed/hand2.md"))).approved_by).toBe("file-move");
	});

	it("an expired request goes to Rejected with the reason", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("old.md"), agentNote({ expires: "2026-11-25T00:00:00Z" }));
		const outcome = await w.engine.workflow.approvals.approve(pending("old.md"));
		expect(outcome).toBeRefusedWith(/Expired/);
		expect(String((await fm(folder("Rejected/old.md"))).rejected_reason)).toMatch(/Expired on 2026-11-25/);
		expect(w.echo).toHaveSentNothing();
	});

	it("the same request approved twice at once (double click) runs once", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("hello.md"), agentNote());
		const [a, b] = await Promise.all([w.engine.workflow.approvals.approve(pending("hello.md")), w.engine.workflow.approvals.approve(pending("hello.md"))]);
		expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
		expect(w.echo).toHaveSentExactlyOnce();
	});

	it("two approved copies of one request (two devices) run once; the copy is marked a duplicate", async () => {
		w = await makeWorld();
		w.executor.on = false;
		await w.host.vault.write(pending("a.md"), agentNote());
		await w.host.vault.write(pending("b.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("a.md"));
		await w.engine.workflow.approvals.approve(pending("b.md"));
		w.executor.on = true;
		await w.engine.workflow.sweep();
		expect(w.echo).toHaveSentExactlyOnce();
		expect(String((await fm(folder("Failed/b.md"))).error)).toMatch(/already executed/);
	});

	it("approving a copy of an executed request says at once that it is a duplicate, with the executed note", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("a.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("a.md"));
		await w.host.vault.write(pending("b.md"), agentNote());
		const outcome = await w.engine.workflow.approvals.approve(pending("b.md"));
		expect(outcome).toBeRefusedWith(/REQ-1 \(attempt 1\) is a duplicate: it was already executed/);
		expect(outcome.message).toContain(`[[${folder("Completed/a.md")}]]`);
		expect(await fm(pending("b.md"))).toBeBackForApprovalWith("is a duplicate");
		expect(w.echo).toHaveSentExactlyOnce();
	});

	it("after a crash between sending and recording, the request goes to Failed for review and is never re-sent", async () => {
		w = await makeWorld();
		w.executor.on = false;
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		// What a crash right after the wire leaves behind: the journal says "started", the note says "executing".
		const approved = folder("Approved/hello.md");
		await w.host.vault.process(approved, (t) => t.replace("status: approved", "status: executing"));
		await w.host.vault.append(`${w.engine.layout.stateFolder}/journal.jsonl`, JSON.stringify({ key: "REQ-1#1", state: "started", at: "2026-11-26T09:00:00.000Z", path: approved, device: "x", kind: "other" }) + "\n");
		w.executor.on = true;
		await w.engine.start();
		expect(w.echo).toHaveSentNothing();
		const data = await fm(folder("Failed/hello.md"));
		expect(data.status).toBe("failed");
		expect(String(data.error)).toMatch(/may or may not have reached/);
		expect(w.host.notifier.messages.some((m) => /interrupted/.test(m))).toBe(true);
		await w.engine.workflow.sweep();
		expect(w.echo).toHaveSentNothing();
	});

	it("a full disk stops the attempt before anything is sent", async () => {
		w = await makeWorld();
		w.executor.on = false;
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		w.host.vault.failWith("append", ioError("ENOSPC"));
		w.executor.on = true;
		expect(await w.engine.workflow.executor.execute(folder("Approved/hello.md"))).toBe("failed");
		expect(w.echo).toHaveSentNothing();
		expect(w.host.notifier.messages.some((m) => /disk is full/.test(m))).toBe(true);
		// Once there is room again it runs, once.
		w.host.vault.heal();
		expect(await w.engine.workflow.executor.execute(folder("Approved/hello.md"))).toBe("completed");
		expect(w.echo).toHaveSentExactlyOnce();
	});

	it("a read-only vault folder refuses the approval with a clear message", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("hello.md"), agentNote());
		w.host.vault.failWith("process", ioError("EROFS"));
		const outcome = await w.engine.workflow.approvals.approve(pending("hello.md"));
		expect(outcome).toBeRefusedWith(/Could not record the approval.*EROFS/);
		expect(w.echo).toHaveSentNothing();
	});
});

describe("failures", () => {
	it("a failed send lands in Failed with its category and a suggestion, and Retry needs a fresh approval", async () => {
		w = await makeWorld();
		w.echo.script.push({ status: 401, body: '{"error":"expired token"}' });
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		const data = await fm(folder("Failed/hello.md"));
		expect(data.error_category).toBe("auth");
		expect(String(data.error)).toMatch(/401/);
		expect(data.suggestion).toBeTruthy();
		expect(w.echo).toHaveSentExactlyOnce();
		const retry = await w.engine.workflow.approvals.retry(folder("Failed/hello.md"));
		expect(retry.ok).toBe(true);
		await w.engine.workflow.sweep();
		expect(w.echo).toHaveSentExactlyOnce(); // not run again without a click
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		expect(w.echo.received).toHaveLength(2);
		expect((await fm(folder("Completed/hello.md"))).attempt).toBe(2);
	});
});

describe("policy", () => {
	it("a scheduled post written through the plugin is auto-approved, waits, and goes out once when due", async () => {
		w = await makeWorld();
		const path = await ownerRequest(w, { params: { text: "Our new service is live", kind: "post", scheduled_at: "2026-11-26T12:00:00Z" } });
		await w.engine.workflow.sweep();
		const [approved] = await files("Approved");
		expect(approved).toBeDefined();
		expect(path).not.toBe(approved);
		const data = await fm(approved!);
		expect(data.approved_by).toBe("policy");
		expect(data.approval_rule).toBe("scheduled-post");
		expect(String(data.held_reason)).toMatch(/Scheduled for/);
		expect(w.echo).toHaveSentNothing();
		w.host.clock.advance(3 * 3_600_000);
		await w.engine.workflow.sweep();
		expect(w.echo).toHaveSentExactlyOnce();
		await w.engine.workflow.sweep();
		expect(w.echo).toHaveSentExactlyOnce();
		const auto = (await logLines(w)).find((l) => l.approval_status === "auto" && l.result === "info");
		expect(auto?.details).toMatchObject({ rule: "scheduled-post" });
	});

	it("the same scheduled post written by an agent waits for a click", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("post.md"), agentNote({}, { text: "Click this link", kind: "post", scheduled_at: "2026-11-26T12:00:00Z" }));
		await w.engine.workflow.sweep();
		expect(await files("Approved")).toEqual([]);
		expect(w.host.notifier.messages.some((m) => /Approval needed/.test(m) && /outside the plugin/.test(m))).toBe(true);
		expect(await w.host.vault.read(pending("post.md"))).toContain("```ai-employee-approval");
	});

	it("payments above the hourly cap are held back with the time of the next slot", async () => {
		w = await makeWorld();
		for (let i = 1; i <= 4; i++) {
			await w.host.vault.write(pending(`pay${i}.md`), agentNote({ id: `PAY-${i}` }, { text: `Pay ${i}`, kind: "payment", amount_minor: 500 }));
			await w.engine.workflow.approvals.approve(pending(`pay${i}.md`));
		}
		expect(w.echo.received).toHaveLength(3);
		const held = await fm(folder("Approved/pay4.md"));
		expect(String(held.held_reason)).toMatch(/at most 3 payments an hour/);
		w.host.clock.advance(3_600_001);
		await w.engine.workflow.sweep();
		expect(w.echo.received).toHaveLength(4);
	});
});

describe("flood control", () => {
	it("100 requests written by one agent in a minute become one grouped review card, not 100 notices", async () => {
		w = await makeWorld();
		for (let i = 0; i < 100; i++) {
			await w.host.vault.write(pending(`p${i}.md`), agentNote({ id: `P-${i}` }, { text: `Pay ${i}`, kind: "payment", amount_minor: 500, recurring: true }));
			w.host.clock.advance(500);
		}
		await w.engine.workflow.sweep();
		const cards = (await files("Needs_Action")).filter((p) => p.includes("FLOOD_"));
		expect(cards).toEqual([folder("Needs_Action/FLOOD_outside-the-plugin.md")]);
		const card = (await w.host.vault.read(cards[0]!))!;
		expect(card).toContain("100 new payment requests from outside the plugin");
		expect(card.match(/\[\[/g)).toHaveLength(100);
		const notices = w.host.notifier.messages.filter((m) => /Approval needed|new requests from/.test(m));
		expect(notices.length).toBeLessThanOrEqual(11);
		expect(await files("Approved")).toEqual([]);
		expect(w.echo).toHaveSentNothing();
	});
});

describe("flood control groups by what the plugin can verify", () => {
	it("60 requests that name 60 invented writers (and a forged origin) are one writer: one grouped card", async () => {
		w = await makeWorld();
		for (let i = 0; i < 60; i++) {
			const claims = i % 2 === 0 ? { requested_by: `agent-${i}` } : { requested_by: `helper-${i}`, origin: "plugin:command", origin_mac: "0".repeat(64) };
			await w.host.vault.write(pending(`w${i}.md`), agentNote({ id: `W-${i}`, ...claims }, { text: `Pay ${i}`, kind: "payment", amount_minor: 500 }));
			w.host.clock.advance(1_000);
		}
		await w.engine.workflow.sweep();
		const cards = (await files("Needs_Action")).filter((p) => p.includes("FLOOD_"));
		expect(cards).toEqual([folder("Needs_Action/FLOOD_outside-the-plugin.md")]);
		const card = (await w.host.vault.read(cards[0]!))!;
		expect(card).toContain("60 new payment requests from outside the plugin");
		expect(card.match(/\[\[/g)).toHaveLength(60);
		expect(w.host.notifier.messages.filter((m) => /Approval needed/.test(m)).length).toBe(10);
		expect((await logLines(w)).filter((l) => l.action_type === "request.flood")).toHaveLength(1);
		expect(w.echo).toHaveSentNothing();
	});
});

describe("hot path", () => {
	it("vault events outside the plugin's folders schedule nothing", async () => {
		w = await makeWorld();
		await w.engine.start();
		const before = w.engine.supervisor.activeTimers;
		for (let i = 0; i < 100; i++) w.engine.workflow.onEvent({ kind: "modify", path: `Notes/n${i}.md` });
		expect(w.engine.supervisor.activeTimers).toBe(before);
		w.engine.workflow.onEvent({ kind: "modify", path: pending("x.md") });
		expect(w.engine.supervisor.activeTimers).toBe(before + 1);
	});
});


describe("origin marks and a workflow that fails", () => {
	it("Retry of a request the plugin wrote keeps its provenance for the new attempt; a hand-made attempt 2 does not", async () => {
		w = await makeWorld({ dryRun: true });
		const p = await ownerRequest(w, { params: { text: "Hi", kind: "post" } });
		expect((await w.engine.workflow.approvals.approve(p)).ok).toBe(true);
		const done = (await w.host.vault.listFiles(folder("Completed")))[0]!;
		const retried = await w.engine.workflow.approvals.retry(done);
		expect(retried.ok).toBe(true);
		const { checkProvenance } = await import("../../../src/core/approval/stamp");
		const env = (await fm(retried.ok ? retried.path : "")) as Parameters<typeof checkProvenance>[0];
		expect(env.attempt).toBe(2);
		expect((await checkProvenance(env, "0123456789abcdef0123456789abcdef")).trusted).toBe(true);
		// The same note with its attempt changed by hand is no longer the plugin's.
		expect((await checkProvenance({ ...env, attempt: 3 }, "0123456789abcdef0123456789abcdef")).trusted).toBe(false);
	});

	it("a request workflow that cannot start says why, is started again after 5 s, and then runs what waits", async () => {
		w = await makeWorld();
		w.executor.on = false;
		await w.host.vault.write(pending("hello.md"), agentNote());
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		w.executor.on = true;
		w.host.vault.failWith("listFiles", ioError("EIO"));
		await w.engine.start();
		expect(w.engine.workflowProblem()).toMatch(/^The request workflow stopped: EIO: simulated file-system failure\. Approved requests do not run until it works again\. It starts again at /);
		expect(w.echo).toHaveSentNothing();
		w.host.vault.heal();
		w.host.clock.advance(5_000);
		for (let i = 0; i < 50 && w.engine.workflowProblem() !== null; i++) await new Promise((r) => setTimeout(r, 10));
		expect(w.engine.workflowProblem()).toBeNull();
		await w.engine.workflow.sweep();
		expect(w.echo).toHaveSentExactlyOnce();
		expect(await logLines(w)).toHaveLogged({ action_type: "service.recovered", target: "Request workflow" });
	});
});
