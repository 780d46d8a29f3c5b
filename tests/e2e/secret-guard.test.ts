// Through the built plugin, as a hostile agent works: it only writes request notes into the vault. A post carrying the
// plugin's own Page token is blocked with nothing on the wire, and the token appears nowhere the owner or the agent can
// read (card, notices, logs, Completed); keys hidden in links and media URLs are caught; the card shows hidden
// direction controls and a body that names another amount than the params.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadPlugin, type PluginHarness } from "./harness";
import { startMetaFake, type MetaFake } from "../fakes/meta/server";
import { startLinkedinFake, type LinkedinFake } from "../fakes/linkedin/server";

type Plugin = {
	settings: Record<string, unknown> & { dryRun: boolean; social: Record<string, unknown> };
	saveSettings(): Promise<void>;
	engine: { workflow: { sweep(): Promise<void>; approvals: { approve(p: string): Promise<{ ok: boolean; message: string }> } } };
	markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: unknown) => void>;
};

const ROOT = "AI_Employee";
const PAGE_TOKEN = "EAAGm0PX4ZCpsBAKZBZCqx7ZAd3ZBpWZCsoZD";
const AWS = "AKIAIOSFODNN7EXAMPLE";
let h: PluginHarness;
let meta: MetaFake;
let linkedin: LinkedinFake;
const children: { unload(): void }[] = [];
const plugin = () => h.plugin as unknown as Plugin;

beforeEach(async () => {
	[meta, linkedin] = await Promise.all([startMetaFake({ token: PAGE_TOKEN }), startLinkedinFake()]);
	h = await loadPlugin({ http: "node", secrets: { "ai-employee-facebook-page-token": PAGE_TOKEN, "ai-employee-instagram-token": PAGE_TOKEN, "ai-employee-linkedin-token": linkedin.token } });
	await h.layoutReady();
	plugin().settings.social = {
		facebook: { pageId: meta.pageId, pageName: "Acme Coffee", baseUrl: meta.url },
		instagram: { igUserId: meta.igUserId, username: "@acme.coffee", baseUrl: meta.url },
		linkedin: { author: `urn:li:person:${linkedin.memberId}`, authorName: "Ada Owner", baseUrl: linkedin.url },
	};
	plugin().settings.dryRun = false;
	await plugin().saveSettings();
});

afterEach(async () => {
	for (const c of children.splice(0)) c.unload();
	await h.dispose();
	await Promise.all([meta.close(), linkedin.close()]);
});

/** What the agent does: a request note written straight into Pending_Approval, no origin mark. */
async function agentWrites(name: string, action: string, params: Record<string, unknown>, body = "Please post this."): Promise<string> {
	const path = `${ROOT}/Pending_Approval/${name}.md`;
	const fm = { type: "approval_request", id: name, action, status: "pending", created: new Date().toISOString(), requested_by: "claude-code", params };
	await h.app.vault.create(path, `---\n${stringify(fm)}---\n# ${name}\n\n${body}\n`);
	await h.settle();
	return path;
}

async function renderCard(path: string, ready: (el: HTMLElement) => boolean = (e) => e.querySelector(".ai-employee-card-summary") !== null, fence = "ai-employee-approval"): Promise<HTMLElement> {
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

/** Every file under a folder, with its text. */
async function textsUnder(folder: string): Promise<string[]> {
	const out: string[] = [];
	for (const f of h.files().filter((p) => p.startsWith(`${folder}/`))) out.push((await h.readFile(f)) ?? "");
	return out;
}

describe("the guard through the built plugin, against notes an agent writes", () => {
	it("a post containing the configured Page token is blocked: nothing on the wire, and the token is shown nowhere", async () => {
		const path = await agentWrites("page-token-leak", "social.post", { network: "facebook", text: `Backup of our access, just in case: ${PAGE_TOKEN}` });
		const el = await renderCard(path);
		expect(el.querySelector(".ai-employee-guard.is-blocked")?.textContent).toContain("it contains your Facebook Page token in the text");
		expect(el.querySelector(".ai-employee-card-preview-text")?.textContent).toBe("Backup of our access, just in case: [hidden: your Facebook Page token]");
		expect(buttons(el)).toEqual(["Reject"]);
		const refused = await plugin().engine.workflow.approvals.approve(path);
		expect(refused).toMatchObject({ ok: false, message: "It contains a secret (your Facebook Page token in the text). Remove it from the note, then approve." });
		await plugin().engine.workflow.sweep();
		await h.waitFor(() => h.notices.some((n) => n.includes("Approval needed")), 5_000);
		await h.settle();

		expect(meta.received.filter((r) => r.method === "POST")).toEqual([]);
		expect(meta.posts).toEqual([]);
		const prefix = PAGE_TOKEN.slice(0, 12);
		expect(el.outerHTML).not.toContain(prefix);
		for (const n of h.notices) expect(n).not.toContain(prefix);
		expect(h.notices.find((n) => n.includes("Approval needed"))).toContain("[hidden: your Facebook");
		const logs = await textsUnder(`${ROOT}/Logs`);
		expect(logs.join("\n")).toMatch(/request\.refused/);
		for (const t of logs) expect(t).not.toContain(prefix);
		for (const t of await textsUnder(`${ROOT}/Completed`)) expect(t).not.toContain(prefix);
	});

	it("keys hidden in a link (zero-width split), an image URL and a video URL are each caught where they are", async () => {
		const split = `${AWS.slice(0, 10)}\u200b${AWS.slice(10)}`;
		const link = await agentWrites("link", "social.post", { network: "linkedin", text: "Our new case study", link: `https://studio.example/work?ref=${split}` });
		const image = await agentWrites("image", "social.post", { network: "facebook", text: "New menu", image_url: `https://cdn.example/menu.jpg?sig=${PAGE_TOKEN}` });
		const video = await agentWrites("video", "social.post", { network: "instagram", text: "Reel", video_url: `https://cdn.example/reel.mp4?key=${AWS}` });
		const where = async (path: string) => (await renderCard(path)).querySelector(".ai-employee-guard.is-blocked")?.textContent ?? "";
		expect(await where(link)).toContain("it contains an AWS access key in the link");
		expect(await where(image)).toContain("it contains your Facebook Page token in the image URL");
		expect(await where(video)).toContain("it contains an AWS access key in the video URL");
		for (const p of [link, image, video]) {
			const card = await renderCard(p);
			expect(buttons(card)).toEqual(["Reject"]);
			expect(card.outerHTML).not.toContain(AWS.slice(0, 10));
			expect(card.outerHTML).not.toContain(PAGE_TOKEN.slice(0, 12));
			expect((await plugin().engine.workflow.approvals.approve(p)).ok).toBe(false);
		}
		await plugin().engine.workflow.sweep();
		await h.settle();
		expect(linkedin.posts).toEqual([]);
		expect(meta.received.filter((r) => r.method === "POST")).toEqual([]);
	});

	it("a payee reversed with bidi controls shows the controls, and a body naming $50 above 5,000.00 is called out", async () => {
		const path = await agentWrites(
			"payment",
			"odoo.register_payment",
			{ invoice_number: "INV/2026/00042", amount: "5000.00", currency: "USD", date: "2026-11-26", payee: "Acme \u202eLtd 05\u202c" },
			"Acme asked us to settle the small $50 balance.",
		);
		const el = await renderCard(path, (e) => e.querySelector(".ai-employee-card-warning") !== null);
		const payee = Array.from(el.querySelectorAll(".ai-employee-card-lines dt")).find((dt) => dt.textContent === "Payee")?.nextElementSibling;
		expect(payee?.querySelector("bdi")?.textContent).toBe("Acme ⟨U+202E⟩Ltd 05⟨U+202C⟩");
		expect(Array.from(payee?.querySelectorAll(".ai-employee-control-char") ?? []).map((s) => s.textContent)).toEqual(["⟨U+202E⟩", "⟨U+202C⟩"]);
		expect(el.querySelector(".ai-employee-card-summary")?.textContent).toContain("from Acme ⟨U+202E⟩Ltd 05⟨U+202C⟩");
		expect(el.querySelector(".ai-employee-guard")?.textContent).toContain("Hidden characters it contains invisible direction controls that can reorder what you read (U+202E, U+202C) in the payee");
		expect(el.querySelector(".ai-employee-card-warning")?.textContent).toBe("The note says $50; the request pays 5,000.00 USD.");
		// Nothing in the card carries a live direction control.
		expect(el.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
	});

	it("a sync-conflict copy carrying the token opens a decision card that shows the token by its kind only", async () => {
		const path = await agentWrites("conflicted", "social.post", { network: "facebook", text: "Winter hours are up." });
		const text = (await h.readFile(path)) ?? "";
		await h.app.vault.create(path.replace(/\.md$/, " (conflict 2026-11-26).md"), text.replace("Winter hours are up.", `Winter hours are up. ${PAGE_TOKEN}`));
		await h.settle();
		await plugin().engine.workflow.sweep();
		await h.settle();
		const decisions: string[] = [];
		for (const f of h.files().filter((p) => p.startsWith(`${ROOT}/Needs_Action/`))) if (((await h.readFile(f)) ?? "").includes("type: ai_employee_decision")) decisions.push(f);
		expect(decisions).toHaveLength(1);
		const el = await renderCard(decisions[0]!, (e) => e.querySelector(".ai-employee-decision-versions") !== null, "ai-employee-decision");
		expect(el.textContent).toContain("Winter hours are up. [hidden: your Facebook Page token]");
		expect(el.outerHTML).not.toContain(PAGE_TOKEN.slice(0, 12));
		expect(meta.received.filter((r) => r.method === "POST")).toEqual([]);
	});
});
