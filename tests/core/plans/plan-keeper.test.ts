// Every Needs_Action item gets a plan; request steps tick themselves as requests complete; a done plan completes the item.
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { PlanKeeper } from "../../../src/core/plans/plan-keeper";
import { eml, gmailWorld, ROOT, type GmailWorld } from "../watchers/gmail-world";

let w: GmailWorld;
afterEach(async () => {
	await w?.close();
});
const signal = () => new AbortController().signal;

describe("Plans", () => {
	it("plans an invoice email with its approval step, ticks it when the invoice is made, and completes the email", async () => {
		w = await gmailWorld();
		const id = w.google.deliver(eml("12-days-due-iso.eml"));
		await w.poll();
		const keeper = new PlanKeeper(w.engine.deps);
		await keeper.poll(signal());
		const planPath = `${ROOT}/Plans/PLAN_EMAIL_${id}.md`;
		const plan = (await w.host.vault.read(planPath)) ?? "";
		expect(plan).toContain("**Objective:** Invoice Marcus Hale <marcus@halelogistics.example>");
		expect(plan).toMatch(/- \[ \] Approve and run \[\[draft-invoice-for-hale-logistics-llc-GMAIL-[^|]+\|Draft invoice for Hale Logistics LLC\]\] \(odoo.create_invoice, needs approval\) — waiting for your approval/);

		const [request] = await w.host.vault.listFiles(`${ROOT}/Pending_Approval`);
		await w.engine.workflow.approvals.approve(request!);
		await w.engine.log.settle();
		await keeper.poll(signal());
		const done = (await w.host.vault.read(planPath)) ?? "";
		expect(done).toContain("- [x] Approve and run");
		expect(done).toContain("status: done");
		expect(await w.host.vault.exists(`${ROOT}/Completed/EMAIL_${id}.md`)).toBe(true);
		expect(await w.host.vault.exists(`${ROOT}/Needs_Action/EMAIL_${id}.md`)).toBe(false);
	});

	it("keeps an item open until the owner ticks its own steps", async () => {
		w = await gmailWorld();
		await w.host.vault.write(`${ROOT}/Needs_Action/FILE_scan.pdf.md`, "---\ntype: file\nname: scan.pdf\n---\n# scan.pdf\n");
		const keeper = new PlanKeeper(w.engine.deps);
		await keeper.poll(signal());
		const planPath = `${ROOT}/Plans/PLAN_FILE_scan.pdf.md`;
		expect(await w.host.vault.read(planPath)).toContain("- [ ] Look at the file and file it, or act on it");
		await keeper.poll(signal());
		expect(await w.host.vault.exists(`${ROOT}/Needs_Action/FILE_scan.pdf.md`)).toBe(true);
		await w.host.vault.process(planPath, (t) => t.replace("- [ ] Look", "- [x] Look"));
		await keeper.poll(signal());
		expect(await w.host.vault.exists(`${ROOT}/Completed/FILE_scan.pdf.md`)).toBe(true);
	});

	it.each(["[[Needs_Action/EMAIL_18c2f0]]", "[[EMAIL_18c2f0.md|Acme's email]]", "[[Needs_Action/EMAIL_18c2f0#Needs clarification]]"])(
		"ties an agent's request whose source is the wiki link %s to the item's plan",
		async (source) => {
			w = await gmailWorld();
			await w.host.vault.write(`${ROOT}/Needs_Action/EMAIL_18c2f0.md`, "---\ntype: email\nfrom: Acme <ap@acme.example>\nsubject: Invoice please\ninvoice: none\n---\n# Invoice please\n");
			const fm = { type: "approval_request", id: "REQ-AGENT-1", action: "odoo.create_invoice", status: "pending", created: "2026-11-26T08:00:00Z", requested_by: "claude-code", source, params: {} };
			await w.host.vault.write(`${ROOT}/Pending_Approval/invoice-acme.md`, `---\n${stringify(fm)}---\n# Invoice Acme\n`);
			await new PlanKeeper(w.engine.deps).poll(signal());
			const plan = (await w.host.vault.read(`${ROOT}/Plans/PLAN_EMAIL_18c2f0.md`)) ?? "";
			expect(plan).toContain("- [ ] Approve and run [[invoice-acme|Invoice Acme]] (odoo.create_invoice, needs approval) — waiting for your approval");
		},
	);

	it("never counts a dry-run result as done: the step stays open, the plan open and the email in Needs_Action", async () => {
		w = await gmailWorld({ patch: (s) => (s.dryRun = true) });
		const id = w.google.deliver(eml("12-days-due-iso.eml"));
		await w.poll();
		const keeper = new PlanKeeper(w.engine.deps);
		await keeper.poll(signal());
		const [request] = await w.host.vault.listFiles(`${ROOT}/Pending_Approval`);
		await w.engine.workflow.approvals.approve(request!);
		await w.engine.log.settle();
		expect((await w.host.vault.listFiles(`${ROOT}/Completed`)).some((p) => p.includes("draft-invoice"))).toBe(true);
		await keeper.poll(signal());
		const plan = (await w.host.vault.read(`${ROOT}/Plans/PLAN_EMAIL_${id}.md`)) ?? "";
		expect(plan).toMatch(/- \[ \] Approve and run .* — dry run only, nothing was sent/);
		expect(plan).toContain("status: open");
		expect(await w.host.vault.exists(`${ROOT}/Needs_Action/EMAIL_${id}.md`)).toBe(true);
		expect(w.odoo.store.all("account.move")).toHaveLength(0);
	});
});
