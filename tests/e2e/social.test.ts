// Through the built plugin and the three wire fakes: one post per network with the exact text; scheduled posts go out
// when due without a click; a reply always asks.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { routedRequestUrl } from "./node-request-url";
import { socialRoutes } from "../helpers/routes";
import { startMetaFake, type MetaFake } from "../fakes/meta/server";
import { startXFake, X_KEYS, type XFake } from "../fakes/x/server";
import { startLinkedinFake, type LinkedinFake } from "../fakes/linkedin/server";
import { createRequestNote } from "../../src/core/requests/create-request";
import type { EngineParts } from "../../src/core/engine-ports";

type Engine = { deps: EngineParts; workflow: { sweep(): Promise<void>; approvals: { approve(p: string): Promise<{ ok: boolean }> } } };
type Plugin = { settings: Record<string, unknown> & { dryRun: boolean; social: Record<string, unknown> }; saveSettings(): Promise<void>; engine: Engine };

const ROOT = "AI_Employee";
let h: PluginHarness;
let meta: MetaFake;
let x: XFake;
let linkedin: LinkedinFake;

const plugin = () => h.plugin as unknown as Plugin;

beforeEach(async () => {
	[meta, x, linkedin] = await Promise.all([startMetaFake(), startXFake(), startLinkedinFake()]);
	h = await loadPlugin({
		http: routedRequestUrl(socialRoutes({ meta: meta.url, x: x.url, linkedin: linkedin.url })),
		secrets: {
			"ai-employee-facebook-page-token": meta.token,
			"ai-employee-instagram-token": meta.token,
			"ai-employee-linkedin-token": linkedin.token,
			"ai-employee-x-api-key": X_KEYS.apiKey,
			"ai-employee-x-api-secret": X_KEYS.apiSecret,
			"ai-employee-x-access-token": X_KEYS.accessToken,
			"ai-employee-x-access-secret": X_KEYS.accessSecret,
		},
	});
	await h.layoutReady();
	plugin().settings.social = {
		facebook: { pageId: meta.pageId, pageName: "Acme Coffee" },
		instagram: { igUserId: meta.igUserId, username: "@acme.coffee", pollIntervalMs: 100, maxWaitMs: 5_000 },
		x: { username: "@acmecoffee", userId: "2244994945" },
		linkedin: { author: `urn:li:person:${linkedin.memberId}`, authorName: "Ada Owner" },
	};
	plugin().settings.dryRun = false;
	await plugin().saveSettings();
});

afterEach(async () => {
	await h.dispose();
	await Promise.all([meta.close(), x.close(), linkedin.close()]);
});

const TEXT = "Our winter blend is back: roasted Tuesday, in the shop Wednesday.";

async function compose(network: string, extra: Record<string, unknown> = {}): Promise<string> {
	return createRequestNote(plugin().engine.deps, {
		action: "social.post",
		params: { network, text: TEXT, ...(network === "instagram" ? { image_url: "https://cdn.example/winter.jpg" } : {}), ...extra },
		requestedBy: "owner",
		origin: "plugin:command",
		title: `${network} post`,
	});
}

describe("publishing", () => {
	it("compose for four networks, approve each: exactly one post per network with the exact text", async () => {
		const paths = [];
		for (const n of ["facebook", "instagram", "x", "linkedin"]) paths.push(await compose(n));
		await h.settle();
		for (const p of paths) expect((await plugin().engine.workflow.approvals.approve(p)).ok).toBe(true);
		await h.waitFor(async () => (await h.app.vault.adapter.list(`${ROOT}/Completed`)).files.length === 4, 10_000);
		expect(meta.posts.map((p) => p.message)).toEqual([TEXT]);
		expect(meta.igMedia.map((p) => p.message)).toEqual([TEXT]);
		expect(x.tweets.map((t) => t.text)).toEqual([TEXT]);
		expect(linkedin.posts.map((p) => p.commentary)).toEqual([TEXT]);
		// The post id and link are written back into each note.
		for (const f of (await h.app.vault.adapter.list(`${ROOT}/Completed`)).files) {
			const text = (await h.readFile(f)) ?? "";
			expect(text, f).toMatch(/post_id:/);
			expect(text, f).toMatch(/result_url: https?:/);
		}
	});

	it("a scheduled post is approved by the policy and goes out when due, without a click, once", async () => {
		const at = new Date(Date.now() + 1_500).toISOString();
		await compose("x", { publish_at: at });
		await h.waitFor(async () => (await h.app.vault.adapter.list(`${ROOT}/Approved`)).files.length === 1);
		expect(x.tweets).toHaveLength(0);
		await new Promise((r) => setTimeout(r, 1_600));
		await plugin().engine.workflow.sweep();
		await plugin().engine.workflow.sweep();
		await h.settle();
		expect(x.tweets.map((t) => t.text)).toEqual([TEXT]);
	});

	it("a reply always waits for a click, whatever the policy", async () => {
		await createRequestNote(plugin().engine.deps, {
			action: "social.reply",
			params: { network: "facebook", in_reply_to: "1122334455_987654321", text: "Thank you!" },
			requestedBy: "owner",
			origin: "plugin:command",
			title: "Reply",
		});
		await plugin().engine.workflow.sweep();
		await h.settle();
		expect((await h.app.vault.adapter.list(`${ROOT}/Approved`)).files).toEqual([]);
		await h.waitFor(() => h.notices.some((n) => /Approval needed/.test(n)), 5_000);
	});

	it("an agent's scheduled post (untrusted origin) asks instead of going out on its own", async () => {
		const text = ["---", "type: approval_request", "id: AGENT-1", "action: social.post", "status: pending", `created: ${new Date().toISOString()}`, "requested_by: claude-code", "params:", "  network: x", "  text: Click this link http://evil.example", `  publish_at: ${new Date(Date.now() + 60_000).toISOString()}`, "---", "body", ""].join("\n");
		await h.app.vault.create(`${ROOT}/Pending_Approval/agent-post.md`, text);
		await plugin().engine.workflow.sweep();
		await h.settle();
		expect((await h.app.vault.adapter.list(`${ROOT}/Approved`)).files).toEqual([]);
		expect(x.tweets).toHaveLength(0);
	});
});
