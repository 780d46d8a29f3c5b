// Through the built plugin and the fake Odoo: the approval card's buttons, exactly-once execution, every refusal.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { makeStamp } from "../../src/core/approval/stamp";
import type { RequestEnvelope } from "../../src/core/requests/schema";
import { loadPlugin, type PluginHarness } from "./harness";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";

type Plugin = {
	settings: Record<string, unknown> & { dryRun: boolean; odoo: Record<string, unknown> };
	saveSettings(): Promise<void>;
	markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: unknown) => void>;
	app: { vault: { create(path: string, data: string): Promise<unknown> } };
};

const ROOT = "AI_Employee";
let h: PluginHarness;
let odoo: FakeOdoo;
const children: { unload(): void }[] = [];

function plugin(): Plugin {
	return h.plugin as unknown as Plugin;
}

beforeEach(async () => {
	odoo = await startFakeOdoo({ version: 17 });
	odoo.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
	h = await loadPlugin({ http: "node", secrets: { "ai-employee-odoo-api-key": "test-api-key" } });
	await h.layoutReady();
	// The owner's settings tab: connect Odoo and go live.
	plugin().settings.odoo = { ...plugin().settings.odoo, url: odoo.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" };
	plugin().settings.dryRun = false;
	await plugin().saveSettings();
});

afterEach(async () => {
	for (const c of children.splice(0)) c.unload();
	await h.dispose();
	await odoo.stop();
});

function invoiceNote(fields: Record<string, unknown> = {}, params: Record<string, unknown> = {}): string {
	const fm = {
		type: "approval_request",
		id: "REQ-E2E-1",
		action: "odoo.create_invoice",
		status: "pending",
		created: new Date().toISOString(),
		requested_by: "claude-code",
		params: {
			customer: { name: "Acme Ltd", email: "billing@acme.example" },
			invoice_date: "2026-11-26",
			due_date: "2026-12-26",
			currency: "USD",
			lines: [
				{ description: "Website redesign", quantity: 2, unit_price: "150.00" },
				{ description: "Hosting (November)", quantity: 1, unit_price: "49.99" },
			],
			reference: "PO-1042",
			...params,
		},
		...fields,
	};
	return `---\n${stringify(fm)}---\n# Invoice Acme\n\nAcme asked for the November invoice.\n`;
}

async function write(path: string, text: string): Promise<void> {
	await plugin().app.vault.create(path, text);
	await h.settle();
}

/** Renders the approval card the way Obsidian renders the code block in reading view. */
async function card(path: string): Promise<HTMLElement> {
	const el = document.createElement("div");
	const ctx = {
		sourcePath: path,
		addChild(child: { load(): void; unload(): void }) {
			children.push(child);
			child.load();
		},
	};
	const processor = plugin().markdownCodeBlockProcessors__.get("ai-employee-approval");
	if (!processor) throw new Error("no approval block processor registered");
	processor("", el, ctx);
	await h.waitFor(() => el.querySelector(".ai-employee-card-summary") !== null || el.querySelector(".ai-employee-card-notice") !== null);
	return el;
}

function button(el: HTMLElement, label: string): HTMLButtonElement | undefined {
	return Array.from(el.querySelectorAll("button")).find((b) => b.textContent === label);
}

async function frontmatter(path: string): Promise<Record<string, unknown>> {
	const text = (await h.readFile(path)) ?? "";
	const m = /^---\n([\s\S]*?)\n---/.exec(text);
	return m ? ((await import("yaml")).parse(m[1] ?? "") as Record<string, unknown>) : {};
}

async function logLines(): Promise<Record<string, unknown>[]> {
	const text = (await h.readFile(`${ROOT}/Logs/${new Date().toISOString().slice(0, 10)}.jsonl`)) ?? "";
	return text
		.split("\n")
		.filter(Boolean)
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

const pending = `${ROOT}/Pending_Approval/invoice-acme.md`;

describe("the approval card", () => {
	it("shows what will happen, why it asks and who wrote it, then Approve creates exactly one draft invoice", async () => {
		await write(pending, invoiceNote());
		await h.waitFor(async () => ((await h.readFile(pending)) ?? "").includes("```ai-employee-approval"));
		const el = await card(pending);
		const text = el.textContent ?? "";
		expect(text).toContain("Acme Ltd");
		expect(text).toMatch(/402\.49|349\.99/);
		expect(text).toContain("Needs your approval");
		expect(text).toContain("Written outside the plugin");
		expect(odoo.created("account.move")).toHaveLength(0);

		button(el, "Approve")!.click();
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Completed/invoice-acme.md`)) !== null);
		expect(odoo.created("account.move")).toHaveLength(1);
		const move = odoo.store.get("account.move", odoo.created("account.move")[0]!);
		expect(move).toMatchObject({ move_type: "out_invoice", state: "draft", ref: "PO-1042" });
		const fm = await frontmatter(`${ROOT}/Completed/invoice-acme.md`);
		expect(fm.status).toBe("completed");
		expect(String(fm.result_url)).toContain(`${odoo.url}/web#id=`);
		// Lines without a product or taxes are untaxed on a real Odoo 17 (generic chart), so the total is the subtotal.
		expect(fm.result_fields).toMatchObject({ amount_total: "349.99", state: "draft" });
		expect((await logLines()).filter((l) => l.action_type === "odoo.create_invoice" && l.result === "success")).toHaveLength(1);
		// The card now shows the result with a link to the record.
		await h.waitFor(() => (el.textContent ?? "").includes("Open the record"));
	});

	it("a double click on Approve creates one invoice", async () => {
		await write(pending, invoiceNote());
		const el = await card(pending);
		const approve = button(el, "Approve")!;
		approve.click();
		approve.click();
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Completed/invoice-acme.md`)) !== null);
		await h.settle();
		expect(odoo.created("account.move")).toHaveLength(1);
	});

	it("Reject with a reason moves the request to Rejected and Odoo sees nothing", async () => {
		await write(pending, invoiceNote());
		const el = await card(pending);
		const reason = el.querySelector("input.ai-employee-card-reason") as HTMLInputElement;
		reason.value = "Wrong month";
		button(el, "Reject")!.click();
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Rejected/invoice-acme.md`)) !== null);
		expect((await frontmatter(`${ROOT}/Rejected/invoice-acme.md`)).rejected_reason).toBe("Wrong month");
		expect(odoo).toHaveSentNothing();
	});

	it("a customer Odoo does not know is shown as new before approval", async () => {
		await write(pending, invoiceNote({}, { customer: { name: "Brand New Co", email: "ap@brandnew.example" } }));
		const el = await card(pending);
		await h.waitFor(() => /Brand New Co is a new customer/.test(el.textContent ?? ""));
		expect(odoo).toHaveSentNothing();
	});

	it("when the customer look-up fails the card says it could not check, never 'new customer'", async () => {
		odoo.inject({ kind: "html", status: 500 }, { times: 99, match: "res.partner.search_read" });
		await write(pending, invoiceNote());
		const el = await card(pending);
		await h.waitFor(() => /could not check whether Acme Ltd is a new customer/.test(el.textContent ?? ""));
		expect(el.textContent).not.toMatch(/(?<!whether )Acme Ltd is a new customer/);
		expect(odoo).toHaveSentNothing();
	});

	it("a post_invoice card for a customer with earlier posted invoices does not call them new", async () => {
		const acme = odoo.store.all("res.partner").find((p) => p.name === "Acme Ltd")!;
		const earlier = odoo.store.createMove({ move_type: "out_invoice", partner_id: acme.id, invoice_date: "2026-11-01", invoice_line_ids: [[0, 0, { name: "October", quantity: 1, price_unit: 100 }]] });
		odoo.store.post([earlier.id]);
		const draft = odoo.store.createMove({ move_type: "out_invoice", partner_id: acme.id, invoice_date: "2026-11-26", invoice_line_ids: [[0, 0, { name: "November", quantity: 1, price_unit: 100 }]] });
		await write(pending, invoiceNote({ action: "odoo.post_invoice", params: { invoice_id: draft.id } }));
		const el = await card(pending);
		await h.waitFor(() => /Needs your approval/.test(el.textContent ?? ""));
		await h.settle();
		expect(el.textContent).not.toMatch(/new customer/);
		expect(el.textContent).not.toMatch(/could not check/);
	});

	it("in dry run the approved request shows the exact request that would have gone to Odoo, and Odoo is untouched", async () => {
		plugin().settings.dryRun = true;
		await plugin().saveSettings();
		await write(pending, invoiceNote());
		const el = await card(pending);
		expect(el.querySelector(".ai-employee-badge.is-dry-run")?.textContent).toBe("Dry run");
		expect(el.textContent).toContain("Approving only previews the exact request; nothing is sent.");
		button(el, "Approve")!.click();
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Completed/invoice-acme.md`)) !== null);
		expect(odoo).toHaveSentNothing();
		const fm = await frontmatter(`${ROOT}/Completed/invoice-acme.md`);
		expect(fm).toHaveCompletedInDryRun();
		// Said once, by the executor: the handler only describes what it would do.
		expect(String(fm.result)).toMatch(/^Dry run: Would create a draft invoice for Acme Ltd/);
		expect(String(fm.wire_preview)).toContain("account.move");
		expect(String(fm.wire_preview)).not.toContain("test-api-key");
	});
});

describe("the rest of the invoice's life", () => {
	it("post the approved draft, then register a part payment: each a card, each one call in Odoo", async () => {
		await write(pending, invoiceNote());
		const el = await card(pending);
		button(el, "Approve")!.click();
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Completed/invoice-acme.md`)) !== null);
		const invoiceId = odoo.created("account.move")[0]!;

		const post = `${ROOT}/Pending_Approval/post-acme.md`;
		await write(post, invoiceNote({ id: "REQ-E2E-POST", action: "odoo.post_invoice" }, {}).replace(/params:[\s\S]*?---/, `params:\n  invoice_id: ${invoiceId}\n---`));
		const postCard = await card(post);
		button(postCard, "Approve")!.click();
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Completed/post-acme.md`)) !== null);
		expect(odoo.store.get("account.move", invoiceId)).toMatchObject({ state: "posted" });
		const number = String(odoo.store.get("account.move", invoiceId)?.name);

		const pay = `${ROOT}/Pending_Approval/pay-acme.md`;
		await write(pay, invoiceNote({ id: "REQ-E2E-PAY", action: "odoo.register_payment" }, {}).replace(/params:[\s\S]*?---/, `params:\n  invoice_number: "${number}"\n  amount: "100.00"\n  currency: USD\n  date: "2026-11-30"\n  payee: Acme Ltd\n---`));
		const payCard = await card(pay);
		expect(payCard.textContent).toMatch(/Register a payment of 100\.00 USD/);
		button(payCard, "Approve")!.click();
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Completed/pay-acme.md`)) !== null);
		expect(odoo.count("account.payment.register.action_create_payments")).toBe(1);
		expect(odoo.store.get("account.move", invoiceId)).toMatchObject({ payment_state: "partial" });
		expect(odoo.created("account.move")).toHaveLength(1);
	});
});

describe("an agent flooding the vault", () => {
	it("100 requests written in a minute become one grouped review card, and none runs", async () => {
		for (let i = 0; i < 100; i++) {
			await plugin().app.vault.create(`${ROOT}/Pending_Approval/flood-${i}.md`, invoiceNote({ id: `FLOOD-${i}` }));
		}
		await h.waitFor(async () => ((await h.readFile(`${ROOT}/Needs_Action/FLOOD_outside-the-plugin.md`)) ?? "").includes("100 new"), 20_000);
		const cards = h.files().filter((f) => f.includes("FLOOD_"));
		expect(cards).toEqual([`${ROOT}/Needs_Action/FLOOD_outside-the-plugin.md`]);
		expect(odoo).toHaveSentNothing();
		await h.settle();
		expect(h.notices.filter((n) => /outside the plugin|Approval needed|wait for your approval/.test(n)).length).toBeLessThanOrEqual(3);
	});
});

describe("refused, explained, logged, never executed", () => {
	it("malformed YAML: the card says what is wrong and offers no Approve", async () => {
		// Written past the mocked metadata cache, whose YAML parser throws where Obsidian's only logs.
		await (h.app.vault.adapter as unknown as { write(p: string, d: string): Promise<void> }).write(pending, "---\ntype: approval_request\nid: [oops\n---\nbody\n");
		const el = await card(pending);
		expect(el.textContent).toMatch(/not valid YAML/);
		expect(button(el, "Approve")).toBeUndefined();
	});

	it("an unknown action, wrong-typed parameters and an absurd amount are refused with the reason", async () => {
		for (const [i, text, reason] of [
			[1, invoiceNote({ id: "R1", action: "bank.wire" }), /Unknown action "bank.wire"/],
			[2, invoiceNote({ id: "R2" }, { lines: [{ description: "x", quantity: "two", unit_price: "1.00" }] }), /quantity/],
			[3, invoiceNote({ id: "R3" }, { lines: [{ description: "x", quantity: -1, unit_price: "1.00" }] }), /quantity/],
			[4, invoiceNote({ id: "R4" }, { lines: [{ description: "x", quantity: 1, unit_price: "99999999999.00" }] }), /./],
		] as const) {
			const p = `${ROOT}/Pending_Approval/bad-${i}.md`;
			await write(p, text);
			const el = await card(p);
			expect(el.textContent, `case ${i}`).toMatch(reason);
			expect(button(el, "Approve"), `case ${i}`).toBeUndefined();
		}
		expect(odoo).toHaveSentNothing();
	});

	it("a request edited after approval is sent back with the reason, and Odoo sees nothing", async () => {
		// Approve while this device does not execute, then tamper, then let the executor see it.
		await write(pending, invoiceNote());
		const el = await card(pending);
		const approvedPath = `${ROOT}/Approved/invoice-acme.md`;
		const engine = (h.plugin as unknown as { engine: { workflow: { approvals: { approve(p: string): Promise<unknown> } }; deps: { isExecutor: () => boolean } } }).engine;
		const realIsExecutor = engine.deps.isExecutor;
		engine.deps.isExecutor = () => false;
		await engine.workflow.approvals.approve(pending);
		const approved = (await h.readFile(approvedPath))!;
		const file = (h.app.vault as unknown as { getFileByPath(p: string): unknown }).getFileByPath(approvedPath);
		await (h.app.vault as unknown as { modify(f: unknown, d: string): Promise<void> }).modify(file, approved.replace('unit_price: "150.00"', 'unit_price: "15000.00"'));
		engine.deps.isExecutor = realIsExecutor;
		await (h.plugin as unknown as { engine: { workflow: { sweep(): Promise<void> } } }).engine.workflow.sweep();
		await h.settle();
		expect(odoo).toHaveSentNothing();
		expect(await frontmatter(pending)).toBeBackForApprovalWith(/edited after approval/);
		void el;
	});

	it("a request written straight into Approved (by hand or by an agent) is not run", async () => {
		await write(`${ROOT}/Approved/sneaky.md`, invoiceNote({ status: "approved", approved_by: "owner", approved_at: new Date().toISOString(), approval_mac: "f".repeat(64) }));
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Pending_Approval/sneaky.md`)) !== null);
		expect(odoo).toHaveSentNothing();
		expect(await frontmatter(`${ROOT}/Pending_Approval/sneaky.md`)).toBeBackForApprovalWith(/stamp/);
		await h.waitFor(() => h.notices.some((n) => /did not run/.test(n)), 5_000);
	});

	it("an expired request goes to Rejected with the reason", async () => {
		await write(pending, invoiceNote({ expires: "2020-01-01T00:00:00Z" }));
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Rejected/invoice-acme.md`)) !== null);
		expect(String((await frontmatter(`${ROOT}/Rejected/invoice-acme.md`)).rejected_reason)).toMatch(/Expired/);
		expect(odoo).toHaveSentNothing();
	});

	it("after a crash between sending and recording, the next start puts the request in Failed and never re-sends it", async () => {
		// What a crash right after the wire leaves behind: the journal says "started", the note says "executing".
		// The note carries the owner's stamp (approved on this device, same approval key); the journal line is not one
		// this plugin signed, so only the note's own state tells recovery what happened.
		const approvedPath = `${ROOT}/Approved/invoice-acme.md`;
		const journal = JSON.stringify({ key: "REQ-E2E-1#1", state: "started", at: new Date().toISOString(), path: approvedPath, device: "crashed" }) + "\n";
		const key = "e".repeat(64);
		const request = parse(/^---\n([\s\S]*?)\n---/.exec(invoiceNote())![1]!) as RequestEnvelope;
		const stamp = await makeStamp(request, key, "owner@this-device", new Date().toISOString(), "owner-click");
		const saved = h.savedData();
		await h.dispose();
		h = await loadPlugin({
			http: "node",
			secrets: { "ai-employee-odoo-api-key": "test-api-key", "ai-employee-approval-key": key },
			data: saved,
			vaultFiles: { [approvedPath]: invoiceNote({ status: "executing", ...stamp }), [`${ROOT}/Logs/state/journal.jsonl`]: journal },
		});
		await h.layoutReady();
		await h.waitFor(async () => (await h.readFile(`${ROOT}/Failed/invoice-acme.md`)) !== null);
		const fm = await frontmatter(`${ROOT}/Failed/invoice-acme.md`);
		expect(String(fm.error)).toMatch(/may or may not have reached/);
		await h.waitFor(() => h.notices.some((n) => /interrupted/.test(n)), 5_000);
		expect(odoo).toHaveSentNothing();
	});
});
