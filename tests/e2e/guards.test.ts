// Through the built plugin and the LinkedIn wire fake: a post with a secret cannot be approved until edited, and a
// sync-conflict copy of a request yields one decision card and no execution.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { routedRequestUrl } from "./node-request-url";
import { socialRoutes } from "../helpers/routes";
import { startLinkedinFake, type LinkedinFake } from "../fakes/linkedin/server";
import { createRequestNote } from "../../src/core/requests/create-request";
import type { EngineParts } from "../../src/core/engine-ports";

type Engine = { deps: EngineParts; workflow: { sweep(): Promise<void>; approvals: { approve(p: string): Promise<{ ok: boolean; message: string }> } } };
type Plugin = {
	settings: Record<string, unknown> & { dryRun: boolean; social: Record<string, unknown> };
	saveSettings(): Promise<void>;
	engine: Engine;
	markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: unknown) => void>;
};

const ROOT = "AI_Employee";
const SECRET = "sk_live_51HxQ2eKp7YzA9bC3dE4fG5h";
let h: PluginHarness;
let linkedin: LinkedinFake;
const children: { unload(): void }[] = [];
const plugin = () => h.plugin as unknown as Plugin;

beforeEach(async () => {
	linkedin = await startLinkedinFake();
	h = await loadPlugin({ http: routedRequestUrl(socialRoutes({ linkedin: linkedin.url })), secrets: { "ai-employee-linkedin-token": linkedin.token } });
	await h.layoutReady();
	plugin().settings.social = { linkedin: { author: `urn:li:person:${linkedin.memberId}`, authorName: "Ada Owner" } };
	plugin().settings.dryRun = false;
	await plugin().saveSettings();
});

afterEach(async () => {
	for (const c of children.splice(0)) c.unload();
	await h.dispose();
	await linkedin.close();
});

async function compose(text: string): Promise<string> {
	const path = await createRequestNote(plugin().engine.deps, { action: "social.post", params: { network: "linkedin", text }, requestedBy: "owner", origin: "plugin:command", title: "launch post" });
	await h.settle();
	return path;
}

async function render(fence: string, path: string, ready: (el: HTMLElement) => boolean): Promise<HTMLElement> {
	const el = document.createElement("div");
	const processor = plugin().markdownCodeBlockProcessors__.get(fence);
	if (!processor) throw new Error(`no ${fence} processor registered`);
	processor("", el, {
		sourcePath: path,
		addChild(child: { load(): void; unload(): void }) {
			children.push(child);
			child.load();
		},
	});
	await h.waitFor(() => ready(el));
	return el;
}

const buttons = (el: HTMLElement) => Array.from(el.querySelectorAll("button")).map((b) => b.textContent);

describe("guards through the built plugin", () => {
	it("a post with an API key shows the highlighted reason, has no Approve, and is refused until edited", async () => {
		const path = await compose(`Our shop API is live! Testers use ${SECRET}`);
		const el = await render("ai-employee-approval", path, (e) => e.querySelector(".ai-employee-card-summary") !== null);
		expect(el.querySelector(".ai-employee-guard.is-blocked")?.textContent).toContain("it contains a Stripe secret key");
		// The key itself is never shown: the preview marks where it was, by its kind.
		expect(el.querySelector("mark.ai-employee-guard-mark.is-secret")?.textContent).toBe("[hidden: a Stripe secret key]");
		expect(el.outerHTML).not.toContain(SECRET.slice(0, 10));
		expect(buttons(el)).toEqual(["Reject"]);
		const refused = await plugin().engine.workflow.approvals.approve(path);
		expect(refused).toBeRefusedWith(/secret/);
		expect(linkedin.posts).toHaveLength(0);

		// Edited by the owner: the key is gone, the card offers Approve, and the post goes out once.
		const text = (await h.readFile(path)) ?? "";
		await h.app.vault.adapter.write(path, text.replace(` ${SECRET}`, " the key from the dashboard"));
		await h.settle();
		const again = await render("ai-employee-approval", path, (e) => buttons(e).includes("Approve"));
		expect(again.querySelector(".ai-employee-guard")).toBeNull();
		expect((await plugin().engine.workflow.approvals.approve(path)).ok).toBe(true);
		await h.waitFor(() => linkedin.posts.length === 1);
		expect(linkedin.posts[0]?.commentary).toBe("Our shop API is live! Testers use the key from the dashboard");
	});

	it("a sync-conflict copy of a request yields one decision card with both versions and nothing is posted", async () => {
		const path = await compose("Winter opening hours are up on the site.");
		const text = (await h.readFile(path)) ?? "";
		await h.app.vault.create(path.replace(/\.md$/, " (conflict 2026-11-26).md"), text.replace("Winter opening hours", "Holiday opening hours"));
		await h.settle();
		await plugin().engine.workflow.sweep();
		await plugin().engine.workflow.sweep();
		const needs = await plugin().engine.deps.vault.listFiles(`${ROOT}/Needs_Action`);
		const cards = [];
		for (const f of needs) if (((await h.readFile(f)) ?? "").includes("type: ai_employee_decision")) cards.push(f);
		expect(cards).toHaveLength(1);
		const el = await render("ai-employee-decision", cards[0]!, (e) => e.querySelector(".ai-employee-decision-versions") !== null);
		expect(el.querySelectorAll(".ai-employee-decision-version")).toHaveLength(2);
		expect(el.textContent).toContain("Winter opening hours");
		expect(el.textContent).toContain("Holiday opening hours");
		expect(buttons(el)).toEqual(["Keep version A", "Keep version B"]);
		expect((await plugin().engine.workflow.approvals.approve(path)).ok).toBe(false);
		await h.settle();
		expect(linkedin.posts).toHaveLength(0);
	});
});
