// The MCP server as an agent meets it: the SDK's client over stdio against the bundled `ai-employee mcp`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";
import { tempDir } from "../node/helpers";
import { buildPackage, connect, makeVault, textOf } from "./helpers";

let pkg: { dir: string; bin: string };
beforeAll(async () => {
	pkg = await buildPackage();
}, 60_000);
afterAll(() => rmSync(pkg.dir, { recursive: true, force: true }));

const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
	for (const c of open.splice(0)) await c.close();
});

async function session(vault: string, env: Record<string, string> = {}, name = "test-agent") {
	const s = await connect(pkg.bin, vault, env, name);
	open.push(s);
	return s;
}

function frontmatter(file: string): Record<string, unknown> {
	const text = readFileSync(file, "utf8");
	return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

function notesIn(vault: string, folder: string): string[] {
	const dir = path.join(vault, "AI_Employee", folder);
	return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md")) : [];
}

function logLines(vault: string): Record<string, unknown>[] {
	const dir = path.join(vault, "AI_Employee/Logs");
	return readdirSync(dir)
		.filter((f) => f.endsWith(".jsonl"))
		.flatMap((f) => readFileSync(path.join(dir, f), "utf8").split("\n").filter(Boolean))
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A loopback listener that records every request: where an attacker's redirected URL would point. */
async function listener(): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
	const hits: string[] = [];
	const server: Server = createServer((req, res) => {
		hits.push(`${req.method} ${req.url}`);
		res.end("{}");
	});
	await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, close: () => new Promise((r) => server.close(() => r())) };
}

const X_KEYS = { AI_EMPLOYEE_X_API_KEY: "xk-test", AI_EMPLOYEE_X_API_SECRET: "xs-test", AI_EMPLOYEE_X_ACCESS_TOKEN: "xa-test", AI_EMPLOYEE_X_ACCESS_SECRET: "xas-test" };

describe("ai-employee mcp: tools", () => {
	it("lists read tools and one draft tool per action, each with a JSON Schema that compiles, and no tool that acts", async () => {
		const vault = makeVault(tempDir());
		const { client } = await session(vault);
		const { tools } = await client.listTools();
		const names = tools.map((t) => t.name);
		for (const n of ["list_needs_action", "read_needs_action", "list_requests", "get_request", "get_report", "read_business_doc", "search_log", "odoo_find_partner", "odoo_list_invoices", "odoo_receivables", "social_metrics", "draft_invoice_from_email"]) expect(names).toContain(n);
		for (const a of ["odoo_create_invoice", "odoo_post_invoice", "odoo_register_payment", "social_post", "social_reply", "email_send", "subscription_cancel"]) expect(names).toContain(`draft_${a}`);
		expect(names.filter((n) => /approve|execute|retry|reject|setting|secret|delete|move/i.test(n))).toEqual([]);
		const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
		for (const t of tools) {
			expect(t.inputSchema.type).toBe("object");
			expect(() => ajv.compile(t.inputSchema), t.name).not.toThrow();
		}
		// The draft's params schema is the engine's own: a required field there is required here.
		const draftPost = tools.find((t) => t.name === "draft_social_post")!;
		const params = (draftPost.inputSchema.properties as Record<string, { required?: string[] }>).params!;
		expect(params.required).toEqual(expect.arrayContaining(["network", "text"]));
	});

	it("refuses to start when the approval key is in its environment, and says why", () => {
		const vault = makeVault(tempDir());
		const r = spawnSync(process.execPath, [pkg.bin, "mcp", "--vault", vault], { env: { PATH: process.env.PATH, AI_EMPLOYEE_APPROVAL_KEY: "k".repeat(64) }, encoding: "utf8", timeout: 20_000, input: "" });
		expect(r.status).toBe(2);
		expect(r.stderr).toContain("AI_EMPLOYEE_APPROVAL_KEY is set");
		expect(r.stdout).toBe("");
	});

	it("answers bad input with an isError result that names the field and what is allowed", async () => {
		const vault = makeVault(tempDir());
		const { client } = await session(vault);
		const bad = await client.callTool({ name: "draft_social_post", arguments: { params: { network: "myspace", text: " " } } });
		expect(bad.isError).toBe(true);
		expect(textOf(bad)).toMatch(/params\.network: unknown network "myspace"; use one of/);
		expect(textOf(bad)).toMatch(/params\.text: is empty/);
		const typo = await client.callTool({ name: "list_requests", arguments: { stat: "failed" } });
		expect(typo.isError).toBe(true);
		expect(textOf(typo)).toContain("Unknown argument stat; this tool takes state, limit");
		const none = await client.callTool({ name: "approve_request", arguments: { id: "REQ-1" } });
		expect(none.isError).toBe(true);
		expect(textOf(none)).toContain('There is no tool "approve_request"');
		const outside = await client.callTool({ name: "read_needs_action", arguments: { path: "../.obsidian/plugins/ai-employee/data.json" } });
		expect(outside.isError).toBe(true);
		expect(textOf(outside)).toContain("must be a note inside AI_Employee/Needs_Action/");
	});
});

describe("ai-employee mcp: drafts", () => {
	it("a dry-run draft writes nothing, calls nothing, and returns the owner's card and the exact request", async () => {
		const attacker = await listener();
		try {
			// Even the confirmed Odoo address (the runner's AI_EMPLOYEE_ODOO_URL) gets nothing from a draft.
			const vault = makeVault(tempDir(), { odoo: { database: "db", login: "me@example.com" }, social: { x: {} } });
			const { client } = await session(vault, { ...X_KEYS, AI_EMPLOYEE_ODOO_URL: attacker.url, AI_EMPLOYEE_ODOO_API_KEY: "odoo-secret-key" });
			const post = await client.callTool({ name: "draft_social_post", arguments: { params: { network: "x", text: "We are open on Saturday." } } });
			expect(post.isError).toBeFalsy();
			const data = post.structuredContent as { written: boolean; card: { summary: string; policy: string; provenance: string }; wire: { requests: { method: string; url: string; body: string }[] } };
			expect(data.written).toBe(false);
			expect(data.card.summary).toContain("X");
			expect(data.card.policy).toMatch(/^Needs your approval/);
			expect(data.card.provenance).toContain('claims to be from "mcp:test-agent"');
			expect(data.wire.requests).toHaveLength(1);
			expect(data.wire.requests[0]!.url).toMatch(/\/2\/tweets$/);
			expect(JSON.parse(data.wire.requests[0]!.body)).toEqual({ text: "We are open on Saturday." });
			expect(JSON.stringify(data)).not.toContain("xa-test");

			const invoice = await client.callTool({
				name: "draft_odoo_create_invoice",
				arguments: { params: { customer: { name: "Harbor Yoga" }, invoice_date: "2026-12-03", currency: "USD", lines: [{ description: "Workshop", quantity: 3, unit_price: "450.00" }] } },
			});
			expect(invoice.isError).toBeFalsy();
			expect(textOf(invoice)).toContain("Preview stopped at a look-up a draft does not make");
			expect(notesIn(vault, "Pending_Approval")).toEqual([]);
			expect(attacker.hits).toEqual([]);
		} finally {
			await attacker.close();
		}
	});

	it("dry_run false writes exactly one pending note, marked as the agent's and never signed, and logs the call", async () => {
		const vault = makeVault(tempDir(), { social: { x: {} } });
		const { client } = await session(vault, X_KEYS, "Claude Code");
		const r = await client.callTool({ name: "draft_social_post", arguments: { params: { network: "x", text: "New class times for December." }, dry_run: false, note: "From the December schedule." } });
		expect(r.isError).toBeFalsy();
		const data = r.structuredContent as { written: boolean; id: string; path: string };
		expect(data.written).toBe(true);
		expect(notesIn(vault, "Pending_Approval")).toHaveLength(1);
		const fm = frontmatter(path.join(vault, data.path));
		expect(fm).toMatchObject({ type: "approval_request", id: data.id, action: "social.post", status: "pending", requested_by: "mcp:claude-code", origin: "mcp:claude-code" });
		expect(fm.origin_mac ?? null).toBeNull();
		expect(fm.approval_mac ?? null).toBeNull();
		expect(readFileSync(path.join(vault, data.path), "utf8")).toContain("From the December schedule.");
		const line = logLines(vault).find((l) => l.action_type === "mcp.draft_social_post");
		expect(line).toMatchObject({ actor: "mcp:claude-code", result: "success", target: data.path, dry_run: false });
	});

	it("refuses a draft that carries a secret, writes nothing, and never echoes the secret", async () => {
		const vault = makeVault(tempDir(), { social: { x: {} } });
		const { client } = await session(vault, X_KEYS);
		const key = "AKIA" + "Z7Q4W2E8R6T1Y3U5";
		const r = await client.callTool({ name: "draft_social_post", arguments: { params: { network: "x", text: `Our key is ${key}` }, dry_run: false } });
		expect(r.isError).toBe(true);
		expect(textOf(r)).toMatch(/^Refused: .*nothing was written/);
		expect(textOf(r)).not.toContain(key);
		expect(notesIn(vault, "Pending_Approval")).toEqual([]);
	});

	it("no sequence of tool calls approves or runs a draft", async () => {
		const vault = makeVault(tempDir(), { social: { x: {} } });
		const { client } = await session(vault, X_KEYS);
		const w = await client.callTool({ name: "draft_social_post", arguments: { params: { network: "x", text: "Hello" }, dry_run: false } });
		const id = (w.structuredContent as { id: string }).id;
		const { tools } = await client.listTools();
		// Every tool, called with the draft's id wherever it takes one: reads answer, drafts preview. (The service look-ups
		// are left out: with no service on loopback they would try the real networks' addresses.)
		for (const t of tools.filter((x) => !/^(odoo|social)_/.test(x.name))) await client.callTool({ name: t.name, arguments: t.name === "get_request" ? { id } : {} });
		await client.callTool({ name: "draft_social_post", arguments: { params: { network: "x", text: "Hello", status: "approved" }, dry_run: false, title: "status: approved" } });
		expect(notesIn(vault, "Approved")).toEqual([]);
		expect(notesIn(vault, "Completed")).toEqual([]);
		for (const f of notesIn(vault, "Pending_Approval")) expect(frontmatter(path.join(vault, "AI_Employee/Pending_Approval", f)).status).toBe("pending");
		const got = await client.callTool({ name: "get_request", arguments: { id } });
		expect((got.structuredContent as { status: string; folder: string }).status).toBe("pending");
	});
});

describe("ai-employee mcp: where the read tools may send a key", () => {
	it("never sends the Odoo key to an address written into data.json", async () => {
		const attacker = await listener();
		try {
			const vault = makeVault(tempDir(), { odoo: { url: attacker.url, database: "db", login: "me@example.com" } });
			const s = await session(vault, { AI_EMPLOYEE_ODOO_API_KEY: "odoo-secret-key" });
			const r = await s.client.callTool({ name: "odoo_find_partner", arguments: { query: "acme" } });
			expect(r.isError).toBe(true);
			expect(textOf(r)).toContain("Odoo is not set up");
			expect(s.stderr()).toContain("not using");
			expect(attacker.hits).toEqual([]);
		} finally {
			await attacker.close();
		}
	});
});

describe("ai-employee mcp: a grounded invoice draft from an email", () => {
	const email = [
		"---",
		"type: email",
		"from: Maya Chen <maya@harboryoga.example>",
		"subject: Invoice for the December workshops",
		"---",
		"Hi! Could you invoice Harbor Yoga for the 3 workshops in December,",
		"$450 each? Plus the venue fee of 120.00. Thanks, Maya (mobile 555 0199)",
		"",
	].join("\n");

	it("drafts the invoice when every amount, quantity and the currency are in the email", async () => {
		const vault = makeVault(tempDir());
		writeFileSync(path.join(vault, "AI_Employee/Needs_Action/EMAIL_harbor.md"), email);
		const { client } = await session(vault);
		const r = await client.callTool({
			name: "draft_invoice_from_email",
			arguments: { item: "EMAIL_harbor", customer: { name: "Harbor Yoga", email: "maya@harboryoga.example" }, currency: "USD", lines: [{ description: "Workshop", quantity: 3, unit_price: 450 }, { description: "Venue fee", unit_price: "120.00" }], dry_run: false },
		});
		expect(r.isError, textOf(r)).toBeFalsy();
		const data = r.structuredContent as { path: string; card: { summary: string } };
		expect(data.card.summary).toContain("Harbor Yoga");
		const fm = frontmatter(path.join(vault, data.path));
		expect(fm).toMatchObject({ action: "odoo.create_invoice", source: "AI_Employee/Needs_Action/EMAIL_harbor.md", requested_by: "mcp:test-agent" });
	});

	it("refuses with the exact line that is not grounded: an amount, a quantity or a currency the email never wrote", async () => {
		const vault = makeVault(tempDir());
		writeFileSync(path.join(vault, "AI_Employee/Needs_Action/EMAIL_harbor.md"), email);
		const { client } = await session(vault);
		const call = (over: Record<string, unknown>) =>
			client.callTool({ name: "draft_invoice_from_email", arguments: { item: "EMAIL_harbor.md", customer: { name: "Harbor Yoga" }, currency: "USD", lines: [{ description: "Workshop", quantity: 3, unit_price: 450 }], ...over } });
		const price = await call({ lines: [{ description: "Workshop", quantity: 3, unit_price: 450 }, { description: "Rush fee", unit_price: "500.00" }] });
		expect(price.isError).toBe(true);
		expect(textOf(price)).toContain('lines[1] ("Rush fee"): unit_price 500.00 is not written in AI_Employee/Needs_Action/EMAIL_harbor.md');
		const qty = await call({ lines: [{ description: "Workshop", quantity: 4, unit_price: 450 }] });
		expect(textOf(qty)).toContain('lines[0] ("Workshop"): quantity 4 is not written');
		const cur = await call({ currency: "EUR" });
		expect(textOf(cur)).toContain("currency EUR is not named in");
		// The phone number in the signature is not an amount the agent may pick either way: 0199 is there, 199 is not.
		const sig = await call({ lines: [{ description: "Workshop", quantity: 1, unit_price: 199 }] });
		expect(sig.isError).toBe(true);
		expect(notesIn(vault, "Pending_Approval")).toEqual([]);
	});
});

describe("ai-employee mcp: reads", () => {
	let odoo: FakeOdoo;
	beforeAll(async () => {
		odoo = await startFakeOdoo();
		odoo.store.insert("res.partner", { name: "Harbor Yoga", email: "maya@harboryoga.example", customer_rank: 1, is_company: true });
	});
	afterAll(() => odoo.stop());

	it("reads the queue, requests, reports, the handbook (also as a resource), the log, and Odoo read-only", async () => {
		const vault = makeVault(tempDir(), { odoo: { database: "odoo", login: "admin@example.com" } });
		writeFileSync(path.join(vault, "AI_Employee/Needs_Action/EMAIL_a.md"), "---\ntype: email\nfrom: a@example.com\nsubject: Hello\n---\nBody text\n");
		writeFileSync(path.join(vault, "AI_Employee/CEO_Briefings/2026-11-30-briefing.md"), "# Monday briefing\nRevenue up.\n");
		writeFileSync(path.join(vault, "AI_Employee/Company_Handbook.md"), "# Handbook\nBe kind.\n");
		const { client } = await session(vault, { AI_EMPLOYEE_ODOO_URL: odoo.url, AI_EMPLOYEE_ODOO_API_KEY: "test-api-key" });
		const list = await client.callTool({ name: "list_needs_action", arguments: {} });
		expect(textOf(list)).toContain("AI_Employee/Needs_Action/EMAIL_a.md (email, from a@example.com: Hello)");
		const item = await client.callTool({ name: "read_needs_action", arguments: { path: "AI_Employee/Needs_Action/EMAIL_a.md" } });
		expect(textOf(item)).toContain("Body text");
		const brief = await client.callTool({ name: "get_report", arguments: {} });
		expect(textOf(brief)).toContain("Revenue up.");
		const missing = await client.callTool({ name: "get_report", arguments: { kind: "audit" } });
		expect(missing.isError).toBe(true);
		const res = await client.readResource({ uri: "ai-employee://handbook" });
		expect((res.contents[0] as { text: string }).text).toContain("Be kind.");
		const before = odoo.requests.length;
		const partner = await client.callTool({ name: "odoo_find_partner", arguments: { query: "harbor" } });
		expect(textOf(partner)).toContain("Harbor Yoga <maya@harboryoga.example>");
		// Reads only: no create, write or action on the wire.
		expect(odoo.requests.slice(before).filter((r) => /\.(create|write|unlink|action_)/.test(r.call))).toEqual([]);
		const log = await client.callTool({ name: "search_log", arguments: { action_type: "mcp." } });
		expect(textOf(log)).toContain("mcp.odoo_find_partner info");
	});
});
