// Dry run is decided and said in one place: through the assembled engine (the plugin's and the runner's wiring), every
// action type approved in dry run completes with a result that says "Dry run" exactly once, and nothing goes out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { assemble } from "../../src/app/assemble";
import type { Engine } from "../../src/core/engine";
import { defaultSettings } from "../../src/core/settings/parse";
import type { HttpClient } from "../../src/core/ports";
import { readFrontmatter } from "../../src/core/requests/frontmatter";
import { testHost, type TestHost } from "../helpers";
import { decideInvoice } from "../../src/connectors/gmail/invoice/classify";

const KEY = "0123456789abcdef0123456789abcdef";
const ROOT = "AI_Employee";

/** One request per action type the assembly registers, as an agent would write it. */
const REQUESTS: Record<string, Record<string, unknown>> = {
	"odoo.create_invoice": { customer: { name: "Acme Ltd" }, invoice_date: "2026-11-26", currency: "USD", lines: [{ description: "Consulting", quantity: 2, unit_price: "150.00" }] },
	"odoo.post_invoice": { invoice_id: 42 },
	"odoo.register_payment": { invoice_id: 42, amount: "15.00", currency: "USD", date: "2026-11-26" },
	"social.post": { network: "facebook", text: "Open studio on Saturday" },
	"social.reply": { network: "facebook", in_reply_to: "123_456", text: "Thank you, see you there" },
	"email.send": { to: ["ann@example.com"], subject: "Your order", body: "It ships on Monday." },
	"whatsapp.send": { to: "15551234567", text: "Your table is ready" },
	"subscription.cancel": { vendor: "Streamly" },
};

let host: TestHost;
let engine: Engine;
const sent: string[] = [];
// Every call that would leave the machine is refused and noted: a dry run needs none.
const noNetwork: HttpClient = {
	request: (req) => {
		sent.push(`${req.method ?? "GET"} ${req.url}`);
		return Promise.reject(new Error(`connect ECONNREFUSED (no network in a dry run: ${req.url})`));
	},
};

beforeAll(async () => {
	host = testHost({ start: "2026-11-26T09:00:00Z", http: noNetwork });
	const settings = defaultSettings();
	settings.dryRun = true;
	settings.gmail.sendingEnabled = true;
	settings.social = { ...settings.social, facebook: { pageId: "1234567890", pageName: "Acme Coffee" } };
	settings.whatsapp = { ...settings.whatsapp, account: { phoneNumberId: "109876543210" } };
	engine = assemble({ host, settings, hostKind: "headless", approvalKey: () => KEY, isExecutor: () => true, invoiceReader: { decide: decideInvoice } }).engine;
	await engine.setUpVault();
});
afterAll(() => engine.stop());

function note(id: string, action: string, params: Record<string, unknown>): string {
	const fm = { type: "approval_request", id, action, status: "pending", created: "2026-11-26T08:00:00Z", requested_by: "claude-code", params };
	return `---\n${stringify(fm)}---\n# ${action}\n`;
}

describe("a dry-run result says Dry run exactly once", () => {
	it("covers every action type the engine knows", () => {
		expect(engine.registry.actions()).toEqual(Object.keys(REQUESTS).sort());
	});

	it.each(Object.entries(REQUESTS))("%s", async (action, params) => {
		const name = `${action.replace(".", "-")}.md`;
		await host.vault.write(`${ROOT}/Pending_Approval/${name}`, note(`REQ-${action}`, action, params));
		const out = await engine.workflow.approvals.approve(`${ROOT}/Pending_Approval/${name}`);
		expect(out).toMatchObject({ ok: true });
		const text = await host.vault.read(`${ROOT}/Completed/${name}`);
		expect(text, `${action} did not complete`).not.toBeNull();
		const fm = readFrontmatter(text!, host.yaml);
		if (!fm.ok) throw new Error(fm.error);
		expect(fm.data.dry_run).toBe(true);
		expect(String(fm.data.result)).toMatch(/^Dry run: /);
		expect(String(fm.data.result).match(/dry run/gi)).toHaveLength(1);
		expect(sent).toEqual([]);
	});
});
