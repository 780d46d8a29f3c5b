// The executor's record of a failure names the approval the request really had: the policy's ("auto") or a click's;
// dry run is decided once per execution.
import { afterEach, describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/core/requests/frontmatter";
import { agentNote, folder, logLines, makeWorld, ownerRequest, pending, type World } from "../approval/fixtures";

let w: World;
afterEach(async () => {
	await w?.close();
});

const failureLine = async () => (await logLines(w)).find((l) => l.action_type === "test.send" && l.result === "failure");

describe("a failed execution in the audit log", () => {
	it("an auto-approved request (the scheduled-post rule) that fails is logged as approved by the policy, not by a click", async () => {
		w = await makeWorld();
		await ownerRequest(w, { params: { text: "Our new service is live", kind: "post", scheduled_at: "2026-11-26T12:00:00Z" } });
		await w.engine.workflow.sweep();
		w.echo.script.push({ status: 422, body: '{"error":"duplicate content"}' });
		w.host.clock.advance(3 * 3_600_000);
		await w.engine.workflow.sweep();
		expect(await w.host.vault.listFiles(folder("Failed"))).toHaveLength(1);
		expect(await failureLine()).toMatchObject({ approval_status: "auto", approved_by: "policy", error: 'The echo service answered 422: {"error":"duplicate content"}' });
	});

	it("a request the owner approved with a click that fails is logged as approved by the owner", async () => {
		w = await makeWorld();
		await w.host.vault.write(pending("hello.md"), agentNote());
		w.echo.script.push({ status: 422, body: '{"error":"duplicate content"}' });
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		expect(await w.host.vault.listFiles(folder("Failed"))).toEqual([folder("Failed/hello.md")]);
		expect(await failureLine()).toMatchObject({ approval_status: "approved", approved_by: "owner@test-device" });
	});
});

describe("dry run, decided once per execution", () => {
	it("turning dry run off while a preview is under way never sends that request: it completes as the preview it began as", async () => {
		w = await makeWorld({ dryRun: true });
		await w.host.vault.write(pending("hello.md"), agentNote());
		// The owner flips the switch just as the executor reads the approved note.
		const vault = w.host.vault;
		const read = vault.read.bind(vault);
		vault.read = async (path: string) => {
			const text = await read(path);
			if (path.includes("/Approved/") && w.engine.settings.dryRun) w.engine.updateSettings({ ...w.engine.settings, dryRun: false });
			return text;
		};
		await w.engine.workflow.approvals.approve(pending("hello.md"));
		expect(w.engine.settings.dryRun).toBe(false);
		expect(w.echo.received).toHaveLength(0);
		const done = readFrontmatter((await read(folder("Completed/hello.md")))!, w.host.yaml);
		expect(done.ok && done.data).toMatchObject({ status: "completed", dry_run: true, result: 'Dry run: Sent message dry-run' });
	});
});
