// Every sealed switch, as the owner sees it: off means nothing on the wire, whatever the approval said earlier.
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { makeStamp } from "../../../src/core/approval/stamp";
import type { RequestEnvelope } from "../../../src/core/requests/schema";
import { agentNote, folder, KEY, logLines, makeWorld, type World } from "../approval/fixtures";
import { buildCard } from "../../../src/core/approval/card-model";

let w: World | null = null;
afterEach(async () => {
	await w?.close();
	w = null;
});

async function fm(path: string): Promise<Record<string, unknown>> {
	const text = (await w!.host.vault.read(path)) ?? "";
	return parse(text.split("---\n")[1] ?? "") as Record<string, unknown>;
}

/** An approved note with a stamp this device's plugin made earlier (by `by`, under `rule`). */
async function stamped(name: string, params: Record<string, unknown>, by: string, rule: string): Promise<string> {
	const fields = { type: "approval_request", id: `G-${name}`, action: "test.send", status: "approved", created: "2026-11-26T08:00:00Z", requested_by: "owner", params };
	// Stamped now, on this device: an approval older than the device's consumption record would be sent back for a fresh click.
	const stamp = await makeStamp(fields as unknown as RequestEnvelope, KEY, by, new Date(w!.host.clock.now()).toISOString(), rule);
	const path = folder(`Approved/${name}.md`);
	await w!.host.vault.write(path, agentNote({ ...fields, ...stamp }, params));
	return path;
}

async function refusedLines(): Promise<Record<string, unknown>[]> {
	return (await logLines(w!)).filter((l) => l.result === "refused");
}

describe("Allow sending email (gmail.sendingEnabled)", () => {
	it("off: an email the owner approved is refused where it runs, with the reason on the card and in the log, nothing sent", async () => {
		w = await makeWorld();
		expect(w.settings.gmail.sendingEnabled).toBe(false);
		const path = await stamped("mail", { text: "Invoice attached", kind: "email", counterparty: "bob@example.com" }, "owner@test-device", "owner-click");
		expect(await w.engine.workflow.executor.execute(path)).toBe("refused");
		expect(w.echo).toHaveSentNothing();
		const failed = folder("Failed/mail.md");
		const data = await fm(failed);
		expect(data.status).toBe("failed");
		expect(String(data.error)).toMatch(/Sending email is off/);
		const card = await buildCard(w.engine.deps, w.engine.workflow.approvals, failed);
		expect(card.notice?.message).toMatch(/Sending email is off/);
		expect(card.notice?.suggestion).toMatch(/Allow sending email/);
		expect(await refusedLines()).toHaveLogged({ action_type: "test.send", error: /Sending email is off/ });
		expect(w.host.notifier.messages.some((m) => /did not run .*Sending email is off/.test(m))).toBe(true);
	});

	it("on: the same email is sent once", async () => {
		w = await makeWorld({ patch: (s) => (s.gmail.sendingEnabled = true) });
		const path = await stamped("mail", { text: "Invoice attached", kind: "email", counterparty: "bob@example.com" }, "owner@test-device", "owner-click");
		expect(await w.engine.workflow.executor.execute(path)).toBe("completed");
		expect(w.echo).toHaveSentExactlyOnce();
	});
});

describe("auto-approval rules switched off after the policy approved", () => {
	const cases: { name: string; rule: string; params: Record<string, unknown>; off: (w: World) => void; words: RegExp }[] = [
		{ name: "scheduled", rule: "scheduled-post", params: { text: "Hi", kind: "post" }, off: (w) => (w.settings.policy.autoApproveScheduledPosts = false), words: /scheduled posts run without a click/ },
		{
			name: "known",
			rule: "known-contact-email",
			params: { text: "Hi", kind: "email", counterparty: "bob@example.com" },
			off: (w) => {
				w.settings.gmail.sendingEnabled = true;
				w.settings.gmail.autoApproveKnownContacts = false;
			},
			words: /emails to known contacts go without a click/,
		},
		{ name: "recurring", rule: "recurring-payment", params: { text: "Rent", kind: "payment", amount_minor: 5_000, recurring: true }, off: (w) => (w.settings.policy.autoApproveRecurringPaymentsBelowMinor = 0), words: /recurring payments below 0.00/ },
		{ name: "hand", rule: "hand-moved", params: { text: "Hi", kind: "post" }, off: (w) => (w.settings.policy.acceptHandMovedApprovals = false), words: /moved into Approved by hand/ },
	];
	for (const c of cases) {
		it(`${c.rule}: off means back to the owner with the reason, nothing sent`, async () => {
			w = await makeWorld();
			c.off(w);
			const path = await stamped(c.name, c.params, c.rule === "hand-moved" ? "file-move" : "policy", c.rule);
			expect(await w.engine.workflow.executor.execute(path)).toBe("refused");
			expect(w.echo).toHaveSentNothing();
			const back = folder(`Pending_Approval/${c.name}.md`);
			expect(String((await fm(back)).refused_reason)).toMatch(c.words);
			expect(await refusedLines()).toHaveLogged({ action_type: "request.refused", error: c.words });
		});
	}

	it("an amount over 'always ask above' (lowered since) goes back to the owner", async () => {
		w = await makeWorld();
		w.settings.policy.alwaysAskAboveMinor = 1_000;
		const path = await stamped("big", { text: "Rent", kind: "payment", amount_minor: 5_000, recurring: true }, "policy", "recurring-payment");
		expect(await w.engine.workflow.executor.execute(path)).toBe("refused");
		expect(w.echo).toHaveSentNothing();
		expect(String((await fm(folder("Pending_Approval/big.md"))).refused_reason)).toMatch(/over 10.00, which always asks now/);
	});

	it("with the rules still on, the same stamps run", async () => {
		w = await makeWorld({ patch: (s) => (s.policy.acceptHandMovedApprovals = true) });
		expect(await w.engine.workflow.executor.execute(await stamped("scheduled", { text: "Hi", kind: "post" }, "policy", "scheduled-post"))).toBe("completed");
		expect(await w.engine.workflow.executor.execute(await stamped("recurring", { text: "Rent", kind: "payment", amount_minor: 5_000, recurring: true }, "policy", "recurring-payment"))).toBe("completed");
		expect(await w.engine.workflow.executor.execute(await stamped("hand", { text: "Hi", kind: "post" }, "file-move", "hand-moved"))).toBe("completed");
		expect(w.echo.received).toHaveLength(3);
	});
});

describe("dry run and the hourly caps", () => {
	it("dry run on: an approved request goes nowhere on the wire", async () => {
		w = await makeWorld({ dryRun: true });
		expect(await w.engine.workflow.executor.execute(await stamped("post", { text: "Hi", kind: "post" }, "owner@test-device", "owner-click"))).toBe("dry_run");
		expect(w.echo).toHaveSentNothing();
	});

	it("a cap of zero payments an hour holds an approved payment, with the reason on the note", async () => {
		w = await makeWorld({ patch: (s) => (s.policy.maxPaymentsPerHour = 0) });
		const path = await stamped("pay", { text: "Pay", kind: "payment", amount_minor: 500 }, "owner@test-device", "owner-click");
		expect(await w.engine.workflow.executor.execute(path)).toBe("held");
		expect(w.echo).toHaveSentNothing();
		expect(String((await fm(path)).held_reason)).toMatch(/payments are set to at most 0 an hour, so none runs/);
	});
});
