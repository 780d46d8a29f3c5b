// Drafting posts from the week's business events, through the engine's vault and request writer.
import { afterEach, describe, expect, it } from "vitest";
import { folder, logLines, makeWorld, type World } from "../approval/fixtures";
import { PostDrafter } from "../../../src/core/drafts/drafter";
import { readFrontmatter } from "../../../src/core/requests/frontmatter";
import { decide } from "../../../src/core/approval/policy";
import { defaultSettings } from "../../../src/core/settings/parse";

let w: World;
afterEach(async () => {
	await w?.close();
});

const GOALS = `# Business goals
## Projects
| project | due | status | client |
| --- | --- | --- | --- |
| Website relaunch | 2026-11-20 | done | Globex |
| Mobile app | 2027-02-01 | in progress | Initech |
## Goals
| goal | status |
| --- | --- |
| 50 newsletter subscribers | reached |
`;

async function params(path: string): Promise<Record<string, unknown>> {
	const r = readFrontmatter((await w.host.vault.read(path)) ?? "", w.host.yaml);
	if (!r.ok) throw new Error(r.error);
	return { ...(r.data.params as Record<string, unknown>), origin: r.data.origin };
}

describe("post drafts from business events", () => {
	it("drafts one scheduled post per event and network, tagged with the event, spread over the coming days", async () => {
		w = await makeWorld({ patch: (s) => (s.drafts.networks = ["linkedin", "x"]) });
		await w.host.vault.write("AI_Employee/Business_Goals.md", GOALS);
		const out = await new PostDrafter(w.engine.deps).draft();
		expect(out.events.map((e) => e.key)).toEqual(["project:Website relaunch", "goal:50 newsletter subscribers"]);
		expect(out.drafted).toHaveLength(4);
		const all = await Promise.all(out.drafted.map(params));
		expect(all.map((p) => [p.network, p.event, p.publish_at])).toEqual([
			["linkedin", "project:Website relaunch", "2026-11-27T10:00:00Z"],
			["x", "project:Website relaunch", "2026-11-27T10:00:00Z"],
			["linkedin", "goal:50 newsletter subscribers", "2026-11-28T10:00:00Z"],
			["x", "goal:50 newsletter subscribers", "2026-11-28T10:00:00Z"],
		]);
		expect(all[0]?.text).toBe("We just wrapped up Website relaunch. Thank you to everyone who made it happen!");
		expect(all.every((p) => p.origin === "plugin:drafts")).toBe(true);
		// The same events are not drafted again next time.
		const again = await new PostDrafter(w.engine.deps).draft();
		expect(again.drafted).toEqual([]);
	});

	it("leaves the client's name out unless the handbook allows it", async () => {
		w = await makeWorld();
		await w.host.vault.write("AI_Employee/Business_Goals.md", GOALS);
		await w.host.vault.write("AI_Employee/Post_Templates.md", "## project\n- Finished {project} for {client}.\n");
		const hidden = await new PostDrafter(w.engine.deps).draft();
		expect((await params(hidden.drafted[0]!)).text).toBe("Finished Website relaunch for a client.");
		await w.close();
		w = await makeWorld();
		await w.host.vault.write("AI_Employee/Business_Goals.md", GOALS);
		await w.host.vault.write("AI_Employee/Post_Templates.md", "## project\n- Finished {project} for {client}.\n");
		await w.host.vault.write("AI_Employee/Company_Handbook.md", "# Handbook\n- Posts may name clients: yes\n");
		const named = await new PostDrafter(w.engine.deps).draft();
		expect((await params(named.drafted[0]!)).text).toBe("Finished Website relaunch for Globex.");
	});

	it("drafts from a milestone note and a registered payment in Completed, without the amount", async () => {
		w = await makeWorld();
		await w.host.vault.write(folder("Completed/beta.md"), "---\ntags: [milestone]\nproject: Mobile app\n---\n# Beta shipped to 100 testers\n");
		await w.host.vault.write(folder("Completed/pay.md"), "---\ntype: approval_request\nid: REQ-9\naction: odoo.register_payment\nstatus: completed\ndry_run: false\nparams:\n  invoice_number: INV/2026/0042\n  amount: 1250\n  currency: EUR\n  date: 2026-11-25\n  payee: Globex\n---\n");
		const out = await new PostDrafter(w.engine.deps).draft();
		expect(out.events.map((e) => e.key).sort()).toEqual(["invoice_paid:REQ-9", "milestone:Beta shipped to 100 testers"]);
		const texts = await Promise.all(out.drafted.map(async (p) => String((await params(p)).text)));
		expect(texts.join("\n")).not.toMatch(/1250|Globex|INV/);
	});

	it("a week with no events drafts nothing and asks for news in Needs_Action", async () => {
		w = await makeWorld();
		const out = await new PostDrafter(w.engine.deps).draft();
		expect(out.drafted).toEqual([]);
		expect(out.askedForNews).toBe("AI_Employee/Needs_Action/Post ideas wanted 2026-11-26.md");
		expect(await w.host.vault.read(out.askedForNews!)).toMatch(/no finished projects/);
		expect(await w.host.vault.listFiles(folder("Pending_Approval"))).toEqual([]);
	});

	it("reports a template with an unknown placeholder clearly and logs it", async () => {
		w = await makeWorld();
		await w.host.vault.write("AI_Employee/Business_Goals.md", GOALS);
		await w.host.vault.write("AI_Employee/Post_Templates.md", "## project\n- Done: {projct}\n## goal\n- {goal}!\n");
		const out = await new PostDrafter(w.engine.deps).draft();
		expect(out.problems).toContain("Post_Templates.md line 2: unknown placeholder {projct} in a project template; use {project}, {client}");
		expect(out.problems).toContain("project:Website relaunch: no template for project events in Post_Templates.md");
		expect(out.drafted).toHaveLength(1);
		expect((await logLines(w)).find((l) => l.action_type === "drafts.generated")?.details).toMatchObject({ problems: out.problems });
	});

	it("drafted posts always need a click, even though they are scheduled and scheduled posts auto-approve", () => {
		const policy = { ...defaultSettings().policy, autoApproveScheduledPosts: true };
		const facts = { kind: "post" as const, scheduledAt: "2026-11-27T10:00:00Z" };
		const now = Date.parse("2026-11-26T09:00:00Z");
		expect(decide({ facts, provenance: { trusted: true, origin: "plugin:command", untrustedInput: false }, newCounterparty: false, now }, policy).mode).toBe("auto");
		const drafted = decide({ facts, provenance: { trusted: true, origin: "plugin:drafts", untrustedInput: false }, newCounterparty: false, now }, policy);
		expect(drafted.mode).toBe("ask");
		expect(drafted.mode === "ask" ? drafted.reasons : []).toContain("the plugin drafted it from your business events, so you read it before it goes out");
	});
});
