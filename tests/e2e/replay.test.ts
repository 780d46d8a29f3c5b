// Through the built plugin, as a hostile agent that can only write vault files between and during runs: an approval is
// consumed once. Deleting or truncating the journal, moving the root folder, putting an executed note back into
// Approved, forging journal lines or copying a plugin-written post never sends anything a second time.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { routedRequestUrl } from "./node-request-url";
import { socialRoutes } from "../helpers/routes";
import { loadPlugin, type MockApp, type PluginHarness } from "./harness";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";
import { startXFake, X_KEYS, type XFake } from "../fakes/x/server";
import { createRequestNote } from "../../src/core/requests/create-request";
import type { EngineParts } from "../../src/core/engine-ports";

type Outcome = { ok: boolean; message: string };
type Engine = {
	deps: EngineParts;
	workflowProblem(): string | null;
	workflow: { sweep(): Promise<void>; approvals: { approve(p: string): Promise<Outcome> } };
	log: { settle(): Promise<void> };
	stop(): Promise<void>;
};
type Plugin = {
	settings: Record<string, unknown> & { dryRun: boolean; rootFolder: string; odoo: Record<string, unknown>; social: Record<string, unknown> };
	saveSettings(): Promise<void>;
	engine: Engine;
	/** Whether this device runs approved requests (chosen and holding the vault's lock), and the owner's choice. */
	executor: { runs: boolean; choose(on: boolean, engine: Engine | null): void };
	markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: unknown) => void>;
};

const ROOT = "AI_Employee";
const SECRETS = {
	"ai-employee-odoo-api-key": "test-api-key",
	"ai-employee-x-api-key": X_KEYS.apiKey,
	"ai-employee-x-api-secret": X_KEYS.apiSecret,
	"ai-employee-x-access-token": X_KEYS.accessToken,
	"ai-employee-x-access-secret": X_KEYS.accessSecret,
};
let h: PluginHarness;
let odoo: FakeOdoo;
let x: XFake;
const children: { unload(): void }[] = [];

const plugin = (): Plugin => h.plugin as unknown as Plugin;
const engine = (): Engine => plugin().engine;

beforeEach(async () => {
	[odoo, x] = await Promise.all([startFakeOdoo({ version: 17 }), startXFake()]);
	odoo.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
	// The test host sends api.x.com to the fake (no setting can).
	h = await loadPlugin({ http: routedRequestUrl(socialRoutes({ x: x.url })), secrets: SECRETS });
	await h.layoutReady();
	// The owner's settings tab: connect Odoo and X, go live.
	plugin().settings.odoo = { ...plugin().settings.odoo, url: odoo.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" };
	plugin().settings.social = { ...plugin().settings.social, x: { username: "@acmecoffee", userId: "2244994945" } };
	plugin().settings.dryRun = false;
	await plugin().saveSettings();
});

afterEach(async () => {
	for (const c of children.splice(0)) c.unload();
	await h.dispose();
	await Promise.all([odoo.stop(), x.close()]);
});

/** Obsidian quits: the plugin unloads and its engine has stopped (no watcher of the old instance sees what follows). */
async function quit(): Promise<void> {
	const old = engine();
	await h.unload();
	await old.stop();
}

/** Obsidian quits and starts again on the same device: same vault, secret storage and local storage; data.json as it is on disk. */
async function restart(data: unknown = h.savedData()): Promise<void> {
	const app: MockApp = h.app;
	await h.dispose();
	// The unloaded plugin gives back the executor lock; the next start takes it (a restart, not a second device).
	await h.waitFor(async () => !(await adapter().exists(`${ROOT}/Logs/state/executor-lock.json`)));
	// What Obsidian's file watcher does while it is closed: its index catches up with the files on disk.
	(app.vault as unknown as { reconcile__(): void }).reconcile__();
	h = await loadPlugin({ http: routedRequestUrl(socialRoutes({ x: x.url })), app, data });
	await h.layoutReady();
	expect(plugin().executor.runs).toBe(true);
	await engine().workflow.sweep();
	await h.settle();
}

function invoiceNote(id = "REQ-E2E-1", fields: Record<string, unknown> = {}): string {
	const fm = {
		type: "approval_request",
		id,
		action: "odoo.create_invoice",
		status: "pending",
		created: new Date().toISOString(),
		requested_by: "claude-code",
		params: {
			customer: { name: "Acme Ltd", email: "billing@acme.example" },
			invoice_date: "2026-11-26",
			due_date: "2026-12-26",
			currency: "USD",
			lines: [{ description: "Website redesign", quantity: 2, unit_price: "150.00" }],
		},
		...fields,
	};
	return `---\n${stringify(fm)}---\n# Invoice Acme\n`;
}

const adapter = () => h.app.vault.adapter;

/** A file write as an agent's editor makes it: through the vault, so Obsidian sees (and indexes) it. */
async function writeFile(path: string, text: string): Promise<void> {
	const vault = h.app.vault;
	const existing = vault.getAbstractFileByPath(path);
	if (existing) return vault.modify(existing as Parameters<typeof vault.modify>[0], text);
	const parent = path.slice(0, path.lastIndexOf("/"));
	if (parent && !vault.getAbstractFileByPath(parent)) await vault.createFolder(parent);
	await vault.create(path, text);
}

async function removeFile(path: string): Promise<void> {
	const existing = h.app.vault.getAbstractFileByPath(path);
	if (existing) await h.app.vault.delete(existing);
	else if (await adapter().exists(path)) await adapter().remove(path);
}
const journal = `${ROOT}/Logs/state/journal.jsonl`;
const invoicesSent = () => odoo.count("account.move.create");
const tweetsSent = () => x.received.filter((r) => r.method === "POST" && r.path === "/2/tweets").length;

async function files(folder: string, root = ROOT): Promise<string[]> {
	return (await adapter().exists(`${root}/${folder}`)) ? (await adapter().list(`${root}/${folder}`)).files.sort() : [];
}

async function frontmatter(path: string): Promise<Record<string, unknown>> {
	const m = /^---\n([\s\S]*?)\n---/.exec((await h.readFile(path)) ?? "");
	return m ? (parse(m[1] ?? "") as Record<string, unknown>) : {};
}

async function logLines(): Promise<Record<string, unknown>[]> {
	await engine().log.settle();
	const text = (await h.readFile(`${ROOT}/Logs/${new Date().toISOString().slice(0, 10)}.jsonl`)) ?? "";
	return text
		.split("\n")
		.filter(Boolean)
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Renders the approval card the way Obsidian renders the code block in reading view. */
async function card(path: string): Promise<HTMLElement> {
	const el = document.createElement("div");
	const ctx = { sourcePath: path, addChild: (child: { load(): void; unload(): void }) => (children.push(child), child.load()) };
	plugin().markdownCodeBlockProcessors__.get("ai-employee-approval")!("", el, ctx);
	await h.waitFor(() => el.querySelector(".ai-employee-card-summary") !== null || el.querySelector(".ai-employee-card-notice") !== null);
	return el;
}

/** The owner writes (here: an agent writes, the owner approves) one invoice request; it runs once. */
async function executedInvoice(): Promise<string> {
	await writeFile(`${ROOT}/Pending_Approval/invoice-acme.md`, invoiceNote());
	expect((await engine().workflow.approvals.approve(`${ROOT}/Pending_Approval/invoice-acme.md`)).ok).toBe(true);
	await h.waitFor(async () => (await h.readFile(`${ROOT}/Completed/invoice-acme.md`)) !== null);
	expect(odoo).toHaveSentExactlyOnce("account.move.create");
	return `${ROOT}/Completed/invoice-acme.md`;
}

/** The agent's move: the executed note back into Approved with `status: approved`, its stamp intact. */
async function putBack(from: string, to: string): Promise<void> {
	const text = (await h.readFile(from))!.replace(/^status: completed$/m, "status: approved");
	await writeFile(to, text);
	await removeFile(from);
}

describe("an executed request is never run again", () => {
	it("journal deleted, note moved back from Completed to Approved, Obsidian restarted: nothing sent, the copy ends in Failed as a duplicate", async () => {
		const done = await executedInvoice();
		await quit();
		await putBack(done, `${ROOT}/Approved/invoice-acme.md`);
		await removeFile(journal);
		await restart();

		expect(odoo).toHaveSentExactlyOnce("account.move.create");
		expect(await files("Approved")).toEqual([]);
		const failed = await frontmatter(`${ROOT}/Failed/invoice-acme.md`);
		expect(failed.status).toBe("failed");
		expect(String(failed.error)).toMatch(/REQ-E2E-1 \(attempt 1\) is a duplicate: it was already executed/);
		expect(await logLines()).toHaveLogged({ action_type: "odoo.create_invoice", result: "refused", error: /duplicate/ });
		const el = await card(`${ROOT}/Failed/invoice-acme.md`);
		expect(el.textContent).toMatch(/is a duplicate/);
	});

	it("journal truncated and rootFolder changed in data.json, the note copied into the new root's Approved: nothing sent", async () => {
		const done = await executedInvoice();
		await quit();
		await writeFile(journal, "");
			await putBack(done, "Elsewhere/Approved/invoice-acme.md");
		const data = structuredClone(h.savedData()) as Record<string, unknown>;
		data.rootFolder = "Elsewhere";
		await restart(data);

		expect(plugin().settings.rootFolder).toBe("Elsewhere");
		expect(odoo).toHaveSentExactlyOnce("account.move.create");
		expect(await files("Approved", "Elsewhere")).toEqual([]);
		expect(String((await frontmatter("Elsewhere/Failed/invoice-acme.md")).error)).toMatch(/is a duplicate/);
	});

	it("the copy put back while Obsidian runs is refused at once, and approving another copy says it is a duplicate, with the executed note", async () => {
		const done = await executedInvoice();
		await removeFile(journal);
		// An agent writes a fresh copy of the executed request; the owner clicks Approve on its card.
		await writeFile(`${ROOT}/Pending_Approval/copy.md`, invoiceNote());
		await h.settle();
		const el = await card(`${ROOT}/Pending_Approval/copy.md`);
		Array.from(el.querySelectorAll("button")).find((b) => b.textContent === "Approve")!.click();
		await h.waitFor(() => h.notices.some((n) => /is a duplicate/.test(n)));
		const notice = h.notices.find((n) => /is a duplicate/.test(n))!;
		expect(notice).toContain(`[[${done}]]`);
		expect(h.notices.some((n) => /Approved\./.test(n))).toBe(false);
		await h.waitFor(() => /is a duplicate/.test(el.textContent ?? ""));
		expect((await frontmatter(`${ROOT}/Pending_Approval/copy.md`)).status).toBe("pending");
		expect(odoo).toHaveSentExactlyOnce("account.move.create");
	});
});

describe("a forged journal", () => {
	it("forged and torn lines are logged and skipped; an unapproved pending request is not touched; the workflow keeps working", async () => {
		await writeFile(`${ROOT}/Pending_Approval/waiting.md`, invoiceNote("REQ-WAIT"));
		await h.settle();
		await quit();
		const forged = [
			{ key: "REQ-GONE#1", state: "started", at: "2026-11-26T09:00:00Z", path: `${ROOT}/Approved/gone.md`, device: "x" },
			{ key: "REQ-WAIT#1", state: "started", at: "2026-11-26T09:00:00Z", path: `${ROOT}/Pending_Approval/waiting.md`, device: "x" },
			{ key: "REQ-OUT#1", state: "started", at: "2026-11-26T09:00:00Z", path: "../../etc/passwd", device: "x" },
			{ key: "REQ-E2E-1#1", state: "done", at: "2026-11-26T09:00:00Z", path: `${ROOT}/Approved/x.md`, device: "x", mac: "0".repeat(64) },
		];
		await writeFile(journal, forged.map((f) => JSON.stringify(f)).join("\n") + "\n[1,2]\n{\"key\": 5}\n{\"key\":\"torn");
		await writeFile(`${ROOT}/Approved/no-frontmatter.md`, "Just text, status: executing\n");
		await restart();

		expect(engine().workflowProblem()).toBeNull();
		expect(await files("Pending_Approval")).toEqual([`${ROOT}/Pending_Approval/waiting.md`]);
		expect(await files("Failed")).toEqual([]);
		const ignored = (await logLines()).filter((l) => l.action_type === "journal.line_ignored");
		expect(ignored.map((l) => l.target)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `${journal}:${n}`));
		expect(ignored.slice(0, 4).every((l) => /not written by this plugin/.test(String(l.error)))).toBe(true);
		// The forged "done" line does not make the real request a duplicate: approved, it runs, once.
		await writeFile(`${ROOT}/Pending_Approval/invoice-acme.md`, invoiceNote());
		expect((await engine().workflow.approvals.approve(`${ROOT}/Pending_Approval/invoice-acme.md`)).ok).toBe(true);
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Completed/invoice-acme.md`)) !== null);
		expect(odoo).toHaveSentExactlyOnce("account.move.create");
	});

	it("a note left executing with no journal record goes to Failed with 'may or may not have reached the service', and is not re-sent", async () => {
		plugin().executor.choose(false, plugin().engine);
		await writeFile(`${ROOT}/Pending_Approval/invoice-acme.md`, invoiceNote());
		expect((await engine().workflow.approvals.approve(`${ROOT}/Pending_Approval/invoice-acme.md`)).ok).toBe(true);
		await quit();
		// What a crash mid-call leaves, with the journal gone as well.
		const approved = `${ROOT}/Approved/invoice-acme.md`;
		await writeFile(approved, (await h.readFile(approved))!.replace(/^status: approved$/m, "status: executing"));
		await removeFile(journal);
		h.app.saveLocalStorage("ai-employee-executor", true);
		await restart();

		const fm = await frontmatter(`${ROOT}/Failed/invoice-acme.md`);
		expect(String(fm.error)).toMatch(/may or may not have reached the service/);
		expect(invoicesSent()).toBe(0);
		await engine().workflow.sweep();
		expect(invoicesSent()).toBe(0);
	});
});

describe("origin marks", () => {
	it("a copy of a plugin-written scheduled post put back as attempt 2 is not auto-approved, and the post goes out once", async () => {
		const at = new Date(Date.now() + 2_500).toISOString();
		const original = await createRequestNote(engine().deps, { action: "social.post", params: { network: "x", text: "Winter blend is back.", publish_at: at }, requestedBy: "owner", origin: "plugin:command", title: "x post" });
		await h.waitFor(async () => (await files("Approved")).length === 1);
		// The agent copies the plugin's note back into Pending_Approval as attempt 2, and once more unchanged.
		const text = (await h.readFile((await files("Approved"))[0]!))!.replace(/^status: approved$/m, "status: pending").replace(/^(approved_by|approved_at|approval_rule|approval_mac):.*\n/gm, "");
		await writeFile(`${ROOT}/Pending_Approval/copy-2.md`, text.replace(/^attempt: 1$/m, "attempt: 2"));
		await writeFile(`${ROOT}/Pending_Approval/copy-1.md`, text);
		await engine().workflow.sweep();
		await h.settle();
		expect(await files("Pending_Approval")).toContain(`${ROOT}/Pending_Approval/copy-2.md`);
		expect((await card(`${ROOT}/Pending_Approval/copy-2.md`)).textContent).toMatch(/Written outside the plugin/);

		await new Promise((r) => setTimeout(r, 2_700));
		await engine().workflow.sweep();
		await engine().workflow.sweep();
		await h.settle();
		expect(tweetsSent()).toBe(1);
		expect(await files("Completed")).toHaveLength(1);
		expect(original).toMatch(/Pending_Approval/);

		// After it went out, the unchanged copy (a valid origin mark) is not auto-approved again either.
		await writeFile(`${ROOT}/Pending_Approval/copy-again.md`, text);
		await engine().workflow.sweep();
		await h.settle();
		expect(await files("Pending_Approval")).toContain(`${ROOT}/Pending_Approval/copy-again.md`);
		expect(tweetsSent()).toBe(1);
	});
});

describe("the Completed card shows what was sent", () => {
	it("an agent editing the Completed note after the send changes nothing the card shows as sent, and the card says so", async () => {
		const done = await executedInvoice();
		const before = await frontmatter(done);
		// Untouched, the card shows what was sent and its host, with no warning.
		const untouched = await card(done);
		await h.waitFor(() => /Created draft invoice/.test(untouched.textContent ?? ""));
		expect(untouched.textContent).toContain("Calls");
		expect(untouched.textContent).not.toMatch(/edited after it ran|No record of what was sent/);
		await writeFile(done, (await h.readFile(done))!.replace("Acme Ltd", "Evil Corp Ltd").replace(String(before.result_url), "https://evil.example/pay"));
		await h.settle();
		const el = await card(done);
		await h.waitFor(() => /edited after it ran/.test(el.textContent ?? ""));
		expect(el.textContent).toContain("Acme Ltd");
		expect(el.textContent).not.toContain("Evil Corp");
		const links = Array.from(el.querySelectorAll("a")).map((a) => a.getAttribute("href"));
		expect(links).toContain(before.result_url);
		expect(links).not.toContain("https://evil.example/pay");
	});
});
