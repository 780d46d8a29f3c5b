// Through the headless runner, as an agent that can only write vault files (data.json included): its addresses get
// nothing, its settings do not silence notices or allow email, its invented writers are one writer.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { makeStamp } from "../../src/core/approval/stamp";
import type { RequestEnvelope } from "../../src/core/requests/schema";
import { localDay } from "../../src/core/util/dates";
import { main } from "../../src/node/main";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";
import { startXFake, X_KEYS, type XFake } from "../fakes/x/server";
import { startFakeGoogle, type FakeGoogle } from "../fakes/google/server";
import { googleRoutes } from "../helpers/routes";
import { captureIo, tempDir } from "./helpers";

const KEY = "0123456789abcdef0123456789abcdef";
const ROOT = "AI_Employee";
const BASE_ENV = { TZ: "UTC", AI_EMPLOYEE_DEVICE_ID: "test-runner", AI_EMPLOYEE_APPROVAL_KEY: KEY };

interface Listener {
	url: string;
	received: string[];
	close(): Promise<void>;
}

/** The agent's own server on 127.0.0.1: it must never hear from the runner. */
async function startListener(): Promise<Listener> {
	const received: string[] = [];
	const server = http.createServer((req, res) => {
		received.push(`${req.method ?? "GET"} ${req.url ?? "/"}`);
		res.writeHead(200, { "content-type": "application/json" }).end("{}");
	});
	await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(() => r())) };
}

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const c of closers.splice(0)) await c();
});

function vaultWith(data: unknown): string {
	const vault = tempDir();
	mkdirSync(path.join(vault, ".obsidian/plugins/ai-employee"), { recursive: true });
	writeFileSync(path.join(vault, ".obsidian/plugins/ai-employee/data.json"), JSON.stringify(data));
	return vault;
}

/** A request the owner approved on their device (same approval key), waiting in Approved/ for the runner. */
async function approved(vault: string, name: string, action: string, params: Record<string, unknown>): Promise<void> {
	// The runner is up before the owner approves: its record of what it ran begins at its first start, and an approval
	// older than that record would be sent back for a fresh click.
	await run(vault, {});
	const fields = { type: "approval_request", id: `REQ-${name}`, action, status: "approved", created: new Date().toISOString(), requested_by: "owner", params };
	const stamp = await makeStamp(fields as unknown as RequestEnvelope, KEY, "owner@laptop", new Date().toISOString(), "owner-click");
	mkdirSync(path.join(vault, ROOT, "Approved"), { recursive: true });
	writeFileSync(path.join(vault, ROOT, "Approved", `${name}.md`), `---\n${stringify({ ...fields, ...stamp })}---\n# ${name}\n`);
}

async function run(vault: string, env: Record<string, string>) {
	const io = captureIo();
	const code = await main(["run", "--vault", vault, "--once", "--live"], { ...BASE_ENV, ...env }, { ...io, handleSignals: false });
	return { code, io };
}

function logLines(vault: string): Record<string, unknown>[] {
	return readFileSync(path.join(vault, ROOT, "Logs", `${localDay(Date.now(), "UTC")}.jsonl`), "utf8")
		.trim()
		.split("\n")
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

function files(vault: string, folder: string): string[] {
	try {
		return readdirSync(path.join(vault, ROOT, folder)).sort();
	} catch {
		return [];
	}
}

const INVOICE = { customer: { name: "Acme Ltd", email: "billing@acme.example" }, invoice_date: "2026-11-26", currency: "USD", lines: [{ description: "Retainer", quantity: 1, unit_price: "100.00" }] };

describe("the runner's addresses come from its environment, never from data.json", () => {
	it("an Odoo address in data.json pointed at the agent: the approved invoice goes to AI_EMPLOYEE_ODOO_URL, nothing to the agent", async () => {
		const odoo: FakeOdoo = await startFakeOdoo({ version: 17 });
		closers.push(() => odoo.stop());
		odoo.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
		const agent = await startListener();
		closers.push(() => agent.close());
		const vault = vaultWith({ version: 1, odoo: { url: agent.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" } });
		await approved(vault, "invoice", "odoo.create_invoice", INVOICE);
		const { code, io } = await run(vault, { AI_EMPLOYEE_ODOO_URL: odoo.url, AI_EMPLOYEE_ODOO_API_KEY: "test-api-key" });
		expect(code).toBe(0);
		expect(agent.received).toEqual([]);
		expect(odoo.created("account.move")).toHaveLength(1);
		expect(files(vault, "Completed")).toEqual(["invoice.md"]);
		expect(io.err.join("")).toContain(`not using Odoo address ${agent.url}`);
		expect(logLines(vault)).toHaveLogged({ action_type: "settings.endpoint_held", error: agent.url });
	});

	it("without AI_EMPLOYEE_ODOO_URL the address in data.json is not used at all: the invoice fails as not set up, the agent hears nothing", async () => {
		const agent = await startListener();
		closers.push(() => agent.close());
		const vault = vaultWith({ version: 1, odoo: { url: agent.url, database: "odoo", login: "admin@example.com" } });
		await approved(vault, "invoice", "odoo.create_invoice", INVOICE);
		expect((await run(vault, { AI_EMPLOYEE_ODOO_API_KEY: "test-api-key" })).code).toBe(0);
		expect(agent.received).toEqual([]);
		expect(files(vault, "Failed")).toEqual(["invoice.md"]);
		expect(readFileSync(path.join(vault, ROOT, "Failed", "invoice.md"), "utf8")).toMatch(/Odoo is not set up: url missing/);
	});

	it("an X address in data.json is not a setting: the post goes to api.x.com (the fake, by the runner's own AI_EMPLOYEE_TEST_ROUTES)", async () => {
		const x: XFake = await startXFake();
		closers.push(() => x.close());
		const agent = await startListener();
		closers.push(() => agent.close());
		const vault = vaultWith({ version: 1, social: { x: { username: "@acmecoffee", userId: "2244994945", baseUrl: agent.url } } });
		await approved(vault, "post", "social.post", { network: "x", text: "Fresh beans today" });
		const { code, io } = await run(vault, {
			AI_EMPLOYEE_TEST_ROUTES: JSON.stringify({ "https://api.x.com": x.url }),
			AI_EMPLOYEE_X_API_KEY: X_KEYS.apiKey,
			AI_EMPLOYEE_X_API_SECRET: X_KEYS.apiSecret,
			AI_EMPLOYEE_X_ACCESS_TOKEN: X_KEYS.accessToken,
			AI_EMPLOYEE_X_ACCESS_SECRET: X_KEYS.accessSecret,
		});
		expect(code).toBe(0);
		expect(io.out.join("")).toContain(`Test routes from AI_EMPLOYEE_TEST_ROUTES: https://api.x.com → ${x.url}`);
		expect(x.posts()).toHaveLength(1);
		expect(agent.received).toEqual([]);
		expect(files(vault, "Completed")).toEqual(["post.md"]);
	});

	it("test routes pointing anywhere but this machine are refused and said so", async () => {
		const vault = vaultWith({ version: 1 });
		const { io } = await run(vault, { AI_EMPLOYEE_TEST_ROUTES: JSON.stringify({ "https://api.x.com": "https://evil.example" }) });
		expect(io.out.join("")).toContain('"https://api.x.com" → "https://evil.example" is not an https origin routed to a loopback address');
	});
});

describe("sealed switches and notices in the runner", () => {
	it("sending email allowed only in data.json: an approved email is refused where it runs, nothing on the wire; allowed by the environment it goes once", async () => {
		const google: FakeGoogle = await startFakeGoogle();
		closers.push(() => google.close());
		const vault = vaultWith({ version: 1, gmail: { clientId: google.clientId, sendingEnabled: true } });
		await approved(vault, "mail", "email.send", { to: ["bob@example.com"], subject: "Invoice", body: "Attached." });
		const env = {
			AI_EMPLOYEE_TEST_ROUTES: JSON.stringify(googleRoutes(google.url)),
			AI_EMPLOYEE_GOOGLE_REFRESH_TOKEN: google.issueRefreshToken(["https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/gmail.send"]),
			AI_EMPLOYEE_GOOGLE_CLIENT_SECRET: google.clientSecret,
		};
		const first = await run(vault, env);
		expect(first.code).toBe(0);
		expect(google.sent).toHaveLength(0);
		expect(google.received.filter((r) => r.path.includes("/messages/send"))).toEqual([]);
		expect(files(vault, "Failed")).toEqual(["mail.md"]);
		expect(readFileSync(path.join(vault, ROOT, "Failed", "mail.md"), "utf8")).toMatch(/Sending email is off/);
		expect(logLines(vault)).toHaveLogged({ action_type: "email.send", result: "refused", error: /Sending email is off/ });
		expect(first.io.out.join("")).toMatch(/\[ai-employee failure\] AI Employee did not run .*Sending email is off/);

		await approved(vault, "mail2", "email.send", { to: ["bob@example.com"], subject: "Invoice", body: "Attached." });
		await run(vault, { ...env, AI_EMPLOYEE_POLICY: '{"sendingEnabled": true}' });
		expect(google.sent).toHaveLength(1);
		expect(files(vault, "Completed")).toEqual(["mail2.md"]);
	});

	it("notices switched off in data.json and 60 invented writers: one grouped card, and the notices are printed", async () => {
		const vault = vaultWith({ version: 1, notifications: { approvals: false, failures: false, auth: false }, policy: { floodWindowMinutes: 1, floodThreshold: 1000 } });
		mkdirSync(path.join(vault, ROOT, "Pending_Approval"), { recursive: true });
		for (let i = 0; i < 60; i++) {
			const fm = { type: "approval_request", id: `W-${i}`, action: "subscription.cancel", status: "pending", created: new Date().toISOString(), requested_by: `writer-${i}`, params: { vendor: `Vendor ${i}` } };
			writeFileSync(path.join(vault, ROOT, "Pending_Approval", `w${i}.md`), `---\n${stringify(fm)}---\n# Cancel\n`);
		}
		const { code, io } = await run(vault, {});
		expect(code).toBe(0);
		expect(files(vault, "Needs_Action").filter((f) => f.startsWith("FLOOD_"))).toEqual(["FLOOD_outside-the-plugin.md"]);
		expect(readFileSync(path.join(vault, ROOT, "Needs_Action", "FLOOD_outside-the-plugin.md"), "utf8")).toContain("60 new requests from outside the plugin");
		expect(io.out.join("")).toMatch(/\[ai-employee approval\]/);
	});
});
