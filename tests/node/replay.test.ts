// Through the headless runner and the fake Odoo, as an agent that can only write vault files between runs: what the
// runner executed stays executed. Its record lives in its state folder outside the vault; the vault journal only helps.
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { main } from "../../src/node/main";
import { makeOriginMac, makeStamp } from "../../src/core/approval/stamp";
import { startXFake, X_KEYS } from "../fakes/x/server";
import { localDay } from "../../src/core/util/dates";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";
import { captureIo, tempDir } from "./helpers";

const KEY = "a".repeat(64);
const ROOT = "AI_Employee";
let odoo: FakeOdoo;
let vault: string;
let stateDir: string;

beforeEach(async () => {
	odoo = await startFakeOdoo({ version: 17 });
	odoo.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
	vault = tempDir();
	stateDir = tempDir("ai-employee-state-");
	writeData({ odoo: { url: odoo.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" } });
});

afterEach(async () => {
	await odoo.stop();
});

function writeData(data: Record<string, unknown>): void {
	mkdirSync(path.join(vault, ".obsidian/plugins/ai-employee"), { recursive: true });
	writeFileSync(path.join(vault, ".obsidian/plugins/ai-employee/data.json"), JSON.stringify(data));
}

async function run(opts: { state?: string; live?: boolean } = {}) {
	const io = captureIo();
	// The runner's Odoo address comes from its environment, never from data.json.
	const env = { TZ: "UTC", AI_EMPLOYEE_DEVICE_ID: "vps", AI_EMPLOYEE_APPROVAL_KEY: KEY, AI_EMPLOYEE_ODOO_API_KEY: "test-api-key", AI_EMPLOYEE_ODOO_URL: odoo.url };
	const code = await main(["run", "--vault", vault, "--once", ...(opts.live === false ? [] : ["--live"]), "--state-dir", opts.state ?? stateDir], env, { ...io, handleSignals: false });
	return { code, text: io.text() };
}

const file = (p: string): string => path.join(vault, p);
const read = (p: string): string => readFileSync(file(p), "utf8");
const write = (p: string, text: string): void => {
	mkdirSync(path.dirname(file(p)), { recursive: true });
	writeFileSync(file(p), text);
};
const list = (folder: string, root = ROOT): string[] => (existsSync(file(`${root}/${folder}`)) ? readdirSync(file(`${root}/${folder}`)).sort() : []);
const invoicesSent = (): number => odoo.count("account.move.create");
const journal = `${ROOT}/Logs/state/journal.jsonl`;

function frontmatter(p: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---/.exec(read(p))![1]!) as Record<string, unknown>;
}

function logLines(): Record<string, unknown>[] {
	return read(`${ROOT}/Logs/${localDay(Date.now(), "UTC")}.jsonl`)
		.split("\n")
		.filter(Boolean)
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The owner approves on their laptop (same approval key); the note syncs into the runner's Approved folder. */
async function approvedInvoice(id = "REQ-RUN-1", root = ROOT): Promise<string> {
	const env = {
		type: "approval_request" as const,
		id,
		action: "odoo.create_invoice",
		status: "approved" as const,
		created: new Date().toISOString(),
		requested_by: "claude-code",
		attempt: 1,
		params: { customer: { name: "Acme Ltd", email: "billing@acme.example" }, invoice_date: "2026-11-26", due_date: "2026-12-26", currency: "USD", lines: [{ description: "Retainer", quantity: 1, unit_price: "500.00" }] },
	};
	const stamp = await makeStamp(env, KEY, "owner@laptop", new Date().toISOString(), "owner-click");
	const p = `${root}/Approved/invoice-${id}.md`;
	write(p, `---\n${stringify({ ...env, ...stamp })}---\n# Invoice Acme\n`);
	return p;
}

/** First start of the runner on this machine (sets up the vault, begins its record), then one approved invoice run live. */
async function executedOnce(): Promise<string> {
	expect((await run()).code).toBe(0);
	await approvedInvoice();
	const r = await run();
	expect(r.code).toBe(0);
	expect(odoo).toHaveSentExactlyOnce("account.move.create");
	expect(list("Completed")).toEqual(["invoice-REQ-RUN-1.md"]);
	return `${ROOT}/Completed/invoice-REQ-RUN-1.md`;
}

/** The agent's move: the executed note back into Approved with `status: approved`, its stamp intact. */
function putBack(from: string, to: string): void {
	write(to, read(from).replace(/^status: completed$/m, "status: approved"));
	rmSync(file(from));
}

describe("the headless runner never runs an executed request again", () => {
	it("journal deleted and the note moved back to Approved: nothing sent, the copy ends in Failed as a duplicate", async () => {
		const done = await executedOnce();
		rmSync(file(journal));
		putBack(done, `${ROOT}/Approved/invoice-REQ-RUN-1.md`);
		const r = await run();
		expect(r.code).toBe(0);
		expect(odoo).toHaveSentExactlyOnce("account.move.create");
		expect(list("Approved")).toEqual([]);
		expect(String(frontmatter(`${ROOT}/Failed/invoice-REQ-RUN-1.md`).error)).toMatch(/REQ-RUN-1 \(attempt 1\) is a duplicate: it was already executed/);
		expect(logLines()).toHaveLogged({ action_type: "odoo.create_invoice", result: "refused", error: /duplicate/ });
	});

	it("journal truncated and rootFolder changed in data.json: the note in the new root's Approved is not run", async () => {
		const done = await executedOnce();
		writeFileSync(file(journal), "");
		writeData({ rootFolder: "Moved", odoo: { url: odoo.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" } });
		putBack(done, "Moved/Approved/invoice-REQ-RUN-1.md");
		expect((await run()).code).toBe(0);
		expect(odoo).toHaveSentExactlyOnce("account.move.create");
		expect(list("Approved", "Moved")).toEqual([]);
		expect(String(frontmatter("Moved/Failed/invoice-REQ-RUN-1.md").error)).toMatch(/is a duplicate/);
	});

	it("the record lives in the state folder, outside the vault: a state folder inside the vault is refused", async () => {
		const r = await run({ state: path.join(vault, "state") });
		expect(r.code).toBe(2);
		expect(r.text).toMatch(/inside the vault/);
		expect(existsSync(path.join(vault, "state"))).toBe(false);
	});
});

describe("moving the executor to another machine (a new state folder)", () => {
	it("learns from the journal what already ran, and keeps it after the journal is deleted", async () => {
		const done = await executedOnce();
		const other = tempDir("ai-employee-state-");
		expect((await run({ state: other })).code).toBe(0);
		rmSync(file(journal));
		putBack(done, `${ROOT}/Approved/invoice-REQ-RUN-1.md`);
		expect((await run({ state: other })).code).toBe(0);
		expect(odoo).toHaveSentExactlyOnce("account.move.create");
		expect(String(frontmatter(`${ROOT}/Failed/invoice-REQ-RUN-1.md`).error)).toMatch(/is a duplicate/);
	});

	it("with the journal gone before the move, an approval older than its record is sent back for a fresh click, not run", async () => {
		const done = await executedOnce();
		rmSync(file(journal));
		putBack(done, `${ROOT}/Approved/invoice-REQ-RUN-1.md`);
		const r = await run({ state: tempDir("ai-employee-state-") });
		expect(r.code).toBe(0);
		expect(odoo).toHaveSentExactlyOnce("account.move.create");
		expect(frontmatter(`${ROOT}/Pending_Approval/invoice-REQ-RUN-1.md`)).toBeBackForApprovalWith(/before this device began keeping its record of executed requests/);
	});
});

describe("a forged journal and a broken state folder", () => {
	it("forged, torn and foreign lines are logged and skipped; the runner still runs the real approval, once, and exits 0", async () => {
		expect((await run()).code).toBe(0);
		appendFileSync(
			file(journal),
			[
				JSON.stringify({ key: "REQ-GONE#1", state: "started", at: "2026-11-26T09:00:00Z", path: `${ROOT}/Approved/gone.md`, device: "x" }),
				JSON.stringify({ key: "REQ-RUN-1#1", state: "done", at: "2026-11-26T09:00:00Z", path: "/etc/passwd", device: "x", mac: "f".repeat(64) }),
				'{"key":"torn',
			].join("\n"),
		);
		write(`${ROOT}/Approved/not-a-request.md`, "No frontmatter here\n");
		await approvedInvoice();
		const r = await run();
		expect(r.code).toBe(0);
		expect(odoo).toHaveSentExactlyOnce("account.move.create");
		expect(list("Completed")).toEqual(["invoice-REQ-RUN-1.md"]);
		const ignored = logLines().filter((l) => l.action_type === "journal.line_ignored");
		expect(ignored.map((l) => l.target)).toEqual([1, 2, 3].map((n) => `${journal}:${n}`));
		expect(ignored.map((l) => l.error)).toEqual([
			"Journal line 1 ignored: its MAC does not match: it was not written by this plugin (forged or edited).",
			"Journal line 2 ignored: its MAC does not match: it was not written by this plugin (forged or edited).",
			"Journal line 3 ignored: not a JSON line (torn by a crash, or damaged).",
		]);
		// The runner's own line after the torn one starts on a fresh line and is read back.
		expect(read(journal).split("\n")[3]).toMatch(/^\{"key":"REQ-RUN-1#1","state":"started"/);
	});

	it("exits 1 and says why when the request workflow cannot run (its state folder cannot be written)", async () => {
		const blocked = path.join(tempDir("ai-employee-state-"), "a-file");
		writeFileSync(blocked, "not a folder");
		const r = await run({ state: blocked });
		expect(r.code).toBe(1);
		expect(r.text).toMatch(/The request workflow stopped: .*Approved requests do not run until it works again/);
		expect(invoicesSent()).toBe(0);
	});
});

describe("origin marks through the runner", () => {
	it("a copy of a plugin-written scheduled post as attempt 2 is not auto-approved; the post goes out once; an unchanged copy afterwards is refused as a duplicate", async () => {
		const x = await startXFake();
		try {
			writeData({ social: { x: { username: "@acmecoffee", userId: "2244994945" } } });
			// X's address is built in; the runner's own environment routes it to the fake.
			const env = { AI_EMPLOYEE_TEST_ROUTES: JSON.stringify({ "https://api.x.com": x.url }), AI_EMPLOYEE_X_API_KEY: X_KEYS.apiKey, AI_EMPLOYEE_X_API_SECRET: X_KEYS.apiSecret, AI_EMPLOYEE_X_ACCESS_TOKEN: X_KEYS.accessToken, AI_EMPLOYEE_X_ACCESS_SECRET: X_KEYS.accessSecret };
			const runX = async () => {
				const io = captureIo();
				const code = await main(["run", "--vault", vault, "--once", "--live", "--state-dir", stateDir], { TZ: "UTC", AI_EMPLOYEE_DEVICE_ID: "vps", AI_EMPLOYEE_APPROVAL_KEY: KEY, ...env }, { ...io, handleSignals: false });
				expect(code).toBe(0);
			};
			const tweets = () => x.received.filter((r) => r.method === "POST" && r.path === "/2/tweets").length;
			await runX();
			// The owner's laptop writes a scheduled post through the plugin (origin mark with the shared approval key).
			const request = { type: "approval_request", id: "REQ-POST-1", action: "social.post", status: "pending", created: new Date().toISOString(), expires: null, requested_by: "owner", attempt: 1, params: { network: "x", text: "Winter blend is back.", publish_at: new Date(Date.now() + 1_500).toISOString() }, origin: "plugin:command" };
			const note = (fields: Record<string, unknown>) => `---\n${stringify({ ...request, ...fields })}---\n# x post\n`;
			const origin_mac = await makeOriginMac(request, KEY, "plugin:command");
			write(`${ROOT}/Pending_Approval/post.md`, note({ origin_mac }));
			// The agent's copy, as attempt 2 with the same mark.
			write(`${ROOT}/Pending_Approval/copy-2.md`, note({ origin_mac, attempt: 2 }));
			await runX();
			expect(list("Approved")).toEqual(["post.md"]);
			expect(list("Pending_Approval")).toEqual(["copy-2.md"]);
			await new Promise((r) => setTimeout(r, 1_600));
			await runX();
			expect(tweets()).toBe(1);
			expect(list("Completed")).toEqual(["post.md"]);
			// After it went out, the plugin's unchanged note put back into Pending_Approval is not approved again.
			write(`${ROOT}/Pending_Approval/again.md`, note({ origin_mac }));
			await runX();
			expect(tweets()).toBe(1);
			expect(frontmatter(`${ROOT}/Pending_Approval/again.md`)).toBeBackForApprovalWith(/REQ-POST-1 \(attempt 1\) is a duplicate/);
			expect(list("Pending_Approval")).toEqual(["again.md", "copy-2.md"]);
		} finally {
			await x.close();
		}
	});
});
