// Through the built plugin, as an agent that can only write vault files (data.json included): no key goes to its
// listener, its edits cannot silence the warnings, its invented writers are one writer, and a sealed switch gates.
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadPlugin, type PluginHarness } from "./harness";
import { routedRequestUrl } from "./node-request-url";
import { googleRoutes, socialRoutes } from "../helpers/routes";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";
import { startFakeGoogle, type FakeGoogle } from "../fakes/google/server";
import { startLinkedinFake, type LinkedinFake } from "../fakes/linkedin/server";

const ROOT = "AI_Employee";
const SCOPES_WITH_SEND = ["https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/gmail.send"];
type Data = Record<string, unknown> & { odoo: Record<string, unknown>; gmail: Record<string, unknown>; social: Record<string, unknown>; notifications: Record<string, boolean>; policy: Record<string, unknown> };
type Plugin = {
	settings: Data & { dryRun: boolean };
	data__: unknown;
	saveSettings(): Promise<void>;
	onExternalSettingsChange(): Promise<void>;
	acceptHeldChanges(): Promise<void>;
	heldChanges(): string[];
	markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: unknown) => void>;
	app: { vault: { create(path: string, data: string): Promise<unknown> } };
};

/** The agent's own server on 127.0.0.1: it must never hear from the plugin. */
interface Listener {
	url: string;
	received: string[];
	close(): Promise<void>;
}

async function startListener(): Promise<Listener> {
	const received: string[] = [];
	const server = http.createServer((req, res) => {
		received.push(`${req.method ?? "GET"} ${req.url ?? "/"} ${req.headers.authorization ?? ""}`);
		res.writeHead(200, { "content-type": "application/json" }).end("{}");
	});
	await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(() => r())) };
}

let h: PluginHarness | null = null;
let odoo: FakeOdoo | null = null;
let google: FakeGoogle | null = null;
let linkedin: LinkedinFake | null = null;
let agent: Listener | null = null;
const children: { unload(): void }[] = [];

afterEach(async () => {
	for (const c of children.splice(0)) c.unload();
	await h?.dispose();
	await odoo?.stop();
	await google?.close();
	await linkedin?.close();
	await agent?.close();
	h = odoo = google = linkedin = agent = null;
});

const plugin = (): Plugin => h!.plugin as unknown as Plugin;

/** What an agent (or a sync) does: rewrite data.json on disk; Obsidian then calls onExternalSettingsChange. */
async function editDataJson(patch: (d: Data) => void): Promise<void> {
	const data = structuredClone(h!.savedData()) as Data;
	patch(data);
	plugin().data__ = data;
	await plugin().onExternalSettingsChange();
	await h!.settle();
}

async function logLines(): Promise<Record<string, unknown>[]> {
	await h!.settle();
	const text = (await h!.readFile(`${ROOT}/Logs/${new Date().toISOString().slice(0, 10)}.jsonl`)) ?? "";
	return text
		.split("\n")
		.filter(Boolean)
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function card(path: string): Promise<HTMLElement> {
	const el = document.createElement("div");
	const ctx = { sourcePath: path, addChild: (child: { load(): void; unload(): void }) => (children.push(child), child.load()) };
	plugin().markdownCodeBlockProcessors__.get("ai-employee-approval")!("", el, ctx);
	await h!.waitFor(() => el.querySelector(".ai-employee-card-summary") !== null || el.querySelector(".ai-employee-card-notice") !== null);
	return el;
}

function button(el: HTMLElement, label: string): HTMLButtonElement | undefined {
	return Array.from(el.querySelectorAll("button")).find((b) => b.textContent === label);
}

function note(fm: Record<string, unknown>, title = "Request"): string {
	return `---\n${stringify({ type: "approval_request", status: "pending", created: new Date().toISOString(), requested_by: "claude-code", ...fm })}---\n# ${title}\n`;
}

function invoice(id: string): string {
	return note({
		id,
		action: "odoo.create_invoice",
		params: { customer: { name: "Acme Ltd", email: "billing@acme.example" }, invoice_date: "2026-11-26", currency: "USD", lines: [{ description: "Retainer", quantity: 1, unit_price: "100.00" }] },
	});
}

async function withOdoo(): Promise<void> {
	odoo = await startFakeOdoo({ version: 17 });
	odoo.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
	agent = await startListener();
	h = await loadPlugin({ http: "node", secrets: { "ai-employee-odoo-api-key": "test-api-key" } });
	await h.layoutReady();
	// The owner's settings tab: connect Odoo and go live.
	plugin().settings.odoo = { ...plugin().settings.odoo, url: odoo.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" };
	plugin().settings.dryRun = false;
	await plugin().saveSettings();
}

describe("an address in data.json that the owner never confirmed", () => {
	it("odoo.url pointed at the agent: card look-ups and the owner's Approve still go to the confirmed Odoo, the key never to the agent", async () => {
		await withOdoo();
		await editDataJson((d) => (d.odoo.url = agent!.url));
		expect(plugin().settings.odoo.url).toBe(odoo!.url);
		expect(plugin().heldChanges()).toEqual([`Odoo address ${agent!.url} (in use: ${odoo!.url})`]);
		await h!.waitFor(() => h!.notices.some((n) => /kept the addresses it sends your keys to/.test(n) && n.includes(agent!.url)), 5_000);
		expect(await logLines()).toHaveLogged({ action_type: "settings.endpoint_held", error: agent!.url });

		const path = `${ROOT}/Pending_Approval/invoice.md`;
		await plugin().app.vault.create(path, invoice("REQ-SEAL-1"));
		await h!.waitFor(async () => ((await h!.readFile(path)) ?? "").includes("```ai-employee-approval"));
		const el = await card(path);
		// The card names the host it will call: the confirmed Odoo, not the agent's.
		expect(el.textContent).toContain(`Calls${new URL(odoo!.url).host}`);
		button(el, "Approve")!.click();
		await h!.waitFor(async () => (await h!.readFile(`${ROOT}/Completed/invoice.md`)) !== null, 10_000);
		expect(odoo!.created("account.move")).toHaveLength(1);
		expect(agent!.received).toEqual([]);
	});

	it("a synced data.json with a new Odoo address on a device that never saw it: nothing is sent there at start", async () => {
		agent = await startListener();
		h = await loadPlugin({ http: "node", secrets: { "ai-employee-odoo-api-key": "test-api-key" }, data: { version: 1, odoo: { url: agent.url, database: "odoo", login: "admin@example.com" } } });
		await h.layoutReady();
		expect(plugin().settings.odoo.url).toBe("");
		await plugin().app.vault.create(`${ROOT}/Pending_Approval/invoice.md`, invoice("REQ-SEAL-2"));
		await h.waitFor(async () => ((await h!.readFile(`${ROOT}/Pending_Approval/invoice.md`)) ?? "").includes("```ai-employee-approval"));
		await card(`${ROOT}/Pending_Approval/invoice.md`);
		await h.settle();
		expect(agent.received).toEqual([]);
		// The owner's one click accepts it; from then on it is the owner's address.
		await plugin().acceptHeldChanges();
		expect(plugin().settings.odoo.url).toBe(agent.url);
		expect(plugin().heldChanges()).toEqual([]);
	});

	it("renaming the secret sent to Odoo to another service's secret is held; going back to the documented name applies", async () => {
		await withOdoo();
		await editDataJson((d) => (d.odoo.apiKeySecret = "ai-employee-google-refresh-token"));
		expect(plugin().settings.odoo.apiKeySecret).toBe("ai-employee-odoo-api-key");
		expect(plugin().heldChanges()).toEqual(["secret sent to Odoo ai-employee-google-refresh-token (in use: ai-employee-odoo-api-key)"]);
		await editDataJson((d) => (d.odoo.apiKeySecret = "ai-employee-odoo-api-key"));
		expect(plugin().heldChanges()).toEqual([]);
	});

	it("once the owner saves the settings tab, a held address is gone: no later Accept can bring it back over the owner's choice", async () => {
		await withOdoo();
		await editDataJson((d) => (d.odoo.url = agent!.url));
		expect(plugin().heldChanges()).toHaveLength(1);
		plugin().settings.odoo = { ...plugin().settings.odoo, timeoutSeconds: 20 };
		await plugin().saveSettings();
		expect(plugin().heldChanges()).toEqual([]);
		await plugin().acceptHeldChanges();
		expect(plugin().settings.odoo.url).toBe(odoo!.url);
		expect((h!.savedData() as Data).odoo.url).toBe(odoo!.url);
	});

	it("test-only addresses are not settings: Google and LinkedIn addresses written into data.json are ignored", async () => {
		google = await startFakeGoogle();
		linkedin = await startLinkedinFake();
		agent = await startListener();
		const routes = { ...googleRoutes(google.url), ...socialRoutes({ linkedin: linkedin.url }) };
		h = await loadPlugin({
			http: routedRequestUrl(routes),
			secrets: { "ai-employee-google-refresh-token": google.issueRefreshToken(), "ai-employee-google-client-secret": google.clientSecret, "ai-employee-linkedin-token": linkedin.token },
			data: {
				version: 1,
				gmail: { enabled: true, clientId: google.clientId, googleBaseUrl: agent.url },
				social: { linkedin: { author: `urn:li:person:${linkedin.memberId}`, baseUrl: agent.url } },
			},
		});
		await h.layoutReady();
		// The start-up Gmail check refreshes the token: at Google (the fake, through the test host's routing).
		await h.runCommand("check-gmail-now");
		await h.waitFor(() => google!.received.some((r) => r.path === "/token"), 5_000);
		expect(agent.received).toEqual([]);
	});
});

describe("warnings the agent cannot silence", () => {
	it("notices off and a one-minute flood window in data.json are held, and the notice about it is shown", async () => {
		h = await loadPlugin();
		await h.layoutReady();
		await editDataJson((d) => {
			d.notifications = { approvals: false, failures: false, auth: false };
			d.policy.floodWindowMinutes = 1;
		});
		expect(plugin().settings.notifications).toEqual({ approvals: true, failures: true, auth: true });
		expect(plugin().settings.policy.floodWindowMinutes).toBe(10);
		await h.waitFor(() => h!.notices.some((n) => /kept its safety settings/.test(n) && /notices for failures and refusals off/.test(n)), 5_000);
		// The next request the agent writes is still announced (approval notices were among those it tried to silence).
		await plugin().app.vault.create(`${ROOT}/Pending_Approval/cancel.md`, note({ id: "REQ-QUIET", action: "subscription.cancel", params: { vendor: "Figma" } }));
		await h.waitFor(() => h!.notices.some((n) => /^Approval needed: .*Figma/.test(n)), 10_000);
	});

	it("60 requests naming 60 invented writers become one grouped review card", async () => {
		h = await loadPlugin();
		await h.layoutReady();
		for (let i = 0; i < 60; i++) {
			await plugin().app.vault.create(`${ROOT}/Pending_Approval/cancel-${i}.md`, note({ id: `FLOOD-${i}`, requested_by: `writer-${i}`, action: "subscription.cancel", params: { vendor: `Vendor ${i}` } }));
		}
		const cardPath = `${ROOT}/Needs_Action/FLOOD_outside-the-plugin.md`;
		await h.waitFor(async () => ((await h!.readFile(cardPath)) ?? "").includes("60 new"), 20_000);
		expect(h.files().filter((f) => f.includes("FLOOD_"))).toEqual([cardPath]);
		await h.settle();
		expect(h.notices.filter((n) => /Approval needed|wait for your approval/.test(n)).length).toBeLessThanOrEqual(3);
	});
});

describe("Allow sending email off", () => {
	it("an email the owner approves is refused where it runs, even with a token that carries the send scope: nothing on the wire", async () => {
		google = await startFakeGoogle();
		h = await loadPlugin({
			http: routedRequestUrl(googleRoutes(google.url)),
			secrets: { "ai-employee-google-refresh-token": google.issueRefreshToken(SCOPES_WITH_SEND), "ai-employee-google-client-secret": google.clientSecret },
		});
		await h.layoutReady();
		plugin().settings.gmail = { ...plugin().settings.gmail, clientId: google.clientId };
		plugin().settings.dryRun = false;
		await plugin().saveSettings();
		expect(plugin().settings.gmail.sendingEnabled).toBe(false);
		const path = `${ROOT}/Pending_Approval/mail.md`;
		await plugin().app.vault.create(path, note({ id: "REQ-MAIL", action: "email.send", params: { to: ["bob@example.com"], subject: "Invoice", body: "Attached." } }));
		await h.waitFor(async () => ((await h!.readFile(path)) ?? "").includes("```ai-employee-approval"));
		const el = await card(path);
		expect(el.textContent).toContain("Callsgmail.googleapis.com");
		button(el, "Approve")!.click();
		const failed = `${ROOT}/Failed/mail.md`;
		await h.waitFor(async () => (await h!.readFile(failed)) !== null, 10_000);
		expect(google.sent).toHaveLength(0);
		expect(google.received.filter((r) => r.path.includes("/messages/send"))).toEqual([]);
		const failedCard = await card(failed);
		expect(failedCard.textContent).toMatch(/Sending email is off/);
		expect(await logLines()).toHaveLogged({ action_type: "email.send", result: "refused", error: /Sending email is off/ });
	});
});
