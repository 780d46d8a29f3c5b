// A social request note through the real engine: approval card facts, a scheduled post held until due, then published once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { Engine } from "../../../src/core/engine";
import { defaultSettings } from "../../../src/core/settings/parse";
import { createSocialConnector } from "../../../src/connectors/social/connector";
import { testHost, type TestHost } from "../../helpers";
import { KEY } from "../../core/approval/fixtures";
import { NOW, socialWorld, type SocialWorld } from "./harness";

let w: SocialWorld;
let host: TestHost;
let engine: Engine;
const settings = defaultSettings();

beforeAll(async () => {
	w = await socialWorld();
	host = testHost({ start: NOW, http: w.http, secrets: Object.fromEntries(["ai-employee-linkedin-token", "ai-employee-facebook-page-token"].map((n) => [n, w.secrets.get(n)!])) });
	settings.dryRun = false;
	settings.policy.autoApproveScheduledPosts = false;
	const connector = createSocialConnector({ linkedin: () => w.configs.linkedin, facebook: () => w.configs.facebook }, () => host.clock.now());
	engine = new Engine({ host, settings, hostKind: "headless", connectors: [connector], approvalKey: () => KEY, isExecutor: () => true });
	await engine.setUpVault();
});
afterAll(async () => {
	await engine.stop();
	await w.close();
});

function note(id: string, params: Record<string, unknown>, action = "social.post"): string {
	const fm = { type: "approval_request", id, action, status: "pending", created: NOW, requested_by: "claude-code", params };
	return `---\n${stringify(fm)}---\n# Post\n`;
}

const fm = async (path: string) => host.yaml.parse((await host.vault.read(path))!.split("---\n")[1]!) as Record<string, unknown>;

describe("social requests in the approval workflow", () => {
	it("holds a scheduled LinkedIn post until its time, then publishes it exactly once and writes the post id back", async () => {
		const path = "AI_Employee/Pending_Approval/li.md";
		await host.vault.write(path, note("REQ-LI-1", { network: "linkedin", text: "Friday tasting at 5 pm", publish_at: "2026-11-26T12:00:00Z" }));
		await engine.workflow.approvals.approve(path);
		expect(w.linkedin.postCalls()).toHaveLength(0);
		expect((await fm("AI_Employee/Approved/li.md")).held_reason).toBe("Scheduled for 2026-11-26T12:00:00Z; it runs then.");
		host.clock.jumpTo("2026-11-26T12:00:30Z");
		await engine.workflow.sweep();
		await engine.workflow.sweep();
		expect(w.linkedin.postCalls()).toHaveLength(1);
		const done = await fm("AI_Employee/Completed/li.md");
		expect(done.status).toBe("completed");
		expect(done.result_fields).toEqual({ network: "linkedin", post_id: w.linkedin.posts.at(-1)!.urn });
		expect(done.result_url).toBe(`https://www.linkedin.com/feed/update/${w.linkedin.posts.at(-1)!.urn}/`);
	});

	it("sends a request with a past publish time back with the reason, before anything is sent", async () => {
		const path = "AI_Employee/Pending_Approval/old.md";
		await host.vault.write(path, note("REQ-FB-OLD", { network: "facebook", text: "Yesterday's news", publish_at: "2026-11-20T09:00:00Z" }));
		const out = await engine.workflow.approvals.approve(path);
		expect(out.ok).toBe(false);
		expect(JSON.stringify(out)).toMatch(/publish_at: 2026-11-20T09:00:00Z is in the past/);
		expect(w.meta.received).toHaveLength(0);
	});
});
