// Through the built plugin with the fake Google and fake Odoo: mail → one note each across restarts and a history reset;
// an invoice email → one draft request → approve → one draft invoice; a quote or a receipt → no request.
// Wiring: src/app/assemble.ts builds Gmail and its watcher; src/obsidian/register-ui.ts registers "check-gmail-now".
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { renderBlock } from "./ui";
import { routedRequestUrl } from "./node-request-url";
import { googleRoutes } from "../helpers/routes";
import { startFakeGoogle, type FakeGoogle } from "../fakes/google/server";
import { startFakeOdoo, type FakeOdoo } from "../fakes/odoo/server";

const ROOT = "AI_Employee";
const eml = (name: string) => readFileSync(path.resolve(__dirname, "../fixtures/emails", name));

type Plugin = {
	settings: Record<string, unknown> & { dryRun: boolean; odoo: Record<string, unknown>; gmail: Record<string, unknown> };
	saveSettings(): Promise<void>;
	engine: { workflow: { approvals: { approve(path: string): Promise<unknown> } }; log: { settle(): Promise<void> } } | null;
	app: { vault: { getFiles(): { path: string }[] } };
};

let h: PluginHarness;
let google: FakeGoogle;
let odoo: FakeOdoo;
let refresh: string;

async function boot(): Promise<void> {
	h = await loadPlugin({ http: routedRequestUrl(googleRoutes(google.url)), secrets: { "ai-employee-odoo-api-key": "test-api-key", "ai-employee-google-refresh-token": refresh, "ai-employee-google-client-secret": google.clientSecret } });
	await h.layoutReady();
	const p = h.plugin as unknown as Plugin;
	p.settings.odoo = { ...p.settings.odoo, url: odoo.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc" };
	p.settings.gmail = { ...p.settings.gmail, enabled: true, clientId: google.clientId };
	p.settings.dryRun = false;
	await p.saveSettings();
}

function files(folder: string): string[] {
	return (h.plugin as unknown as Plugin).app.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith(`${ROOT}/${folder}/`)).sort();
}

/** "Check Gmail now", then waits until `notes` email notes and `drafts` requests exist (the command starts the poll). */
async function check(notes: number, drafts = 0): Promise<void> {
	await h.runCommand("check-gmail-now");
	// The first email read starts the invoice reader's worker, which compiles its patterns (seconds on a busy machine).
	await h.waitFor(() => files("Needs_Action").filter((p) => p.includes("/EMAIL_")).length >= notes && files("Pending_Approval").length >= drafts, 20_000);
	await h.settle();
}

beforeEach(async () => {
	google = await startFakeGoogle();
	odoo = await startFakeOdoo({ version: 17 });
	refresh = google.issueRefreshToken();
	await boot();
});

afterEach(async () => {
	await h.dispose();
	await google.close();
	await odoo.stop();
});

describe("Gmail through the built plugin", () => {
	it("writes one note per new email, across a restart and a history-id reset", async () => {
		const a = google.deliver(eml("33-meeting.eml"));
		await check(1);
		await check(1);
		expect(files("Needs_Action")).toEqual([`${ROOT}/Needs_Action/EMAIL_${a}.md`]);
		await h.dispose();
		google.expireHistory();
		const b = google.deliver(eml("37-thanks-reply.eml"));
		await boot();
		await check(2);
		expect(files("Needs_Action")).toEqual([`${ROOT}/Needs_Action/EMAIL_${a}.md`, `${ROOT}/Needs_Action/EMAIL_${b}.md`].sort());
	});

	it("turns an invoice email into one draft request, and approved into one draft invoice in Odoo; a quote and a receipt into none", async () => {
		google.deliver(eml("12-days-due-iso.eml"));
		google.deliver(eml("23-quote-request.eml"));
		google.deliver(eml("25-receipt-saas.eml"));
		await check(3, 1);
		const pending = files("Pending_Approval");
		expect(pending).toHaveLength(1);
		expect(await h.readFile(pending[0]!)).toContain("action: odoo.create_invoice");
		await (h.plugin as unknown as Plugin).engine!.workflow.approvals.approve(pending[0]!);
		await h.settle();
		await (h.plugin as unknown as Plugin).engine!.log.settle();
		const invoices = odoo.store.all("account.move").filter((m) => m.move_type === "out_invoice");
		expect(invoices).toHaveLength(1);
		expect(invoices[0]).toMatchObject({ state: "draft" });
	});

	it("reads the first invoice email beside Obsidian's window, not in it: the window never stalls for the reader's start-up", async () => {
		google.deliver(eml("12-days-due-iso.eml"));
		// The window's event loop, sampled every 20 ms while the poll runs: a read in the window would stall it for the
		// reader's whole first-use compilation (about two seconds, invoice_first_read_ms).
		let last = performance.now();
		let longest = 0;
		const sampler = setInterval(() => {
			const now = performance.now();
			longest = Math.max(longest, now - last);
			last = now;
		}, 20);
		const started = performance.now();
		try {
			await check(1, 1);
		} finally {
			clearInterval(sampler);
		}
		const took = performance.now() - started;
		expect(await h.readFile(files("Pending_Approval")[0]!)).toContain("action: odoo.create_invoice");
		expect(took).toBeGreaterThan(longest * 2);
		expect(longest).toBeLessThan(750);
	});

	it("the draft's card quotes, under each line, the sentence of the email it was read from", async () => {
		google.deliver(eml("02-alt-bullets-total.eml"));
		await check(1, 1);
		const [pending] = files("Pending_Approval");
		const { el, children } = renderBlock(h, "ai-employee-approval", pending!);
		await h.waitFor(() => el.querySelector(".ai-employee-card-summary") !== null);
		const rows = Array.from(el.querySelectorAll(".ai-employee-card-lines dd")).filter((dd) => dd.querySelector(".ai-employee-card-source"));
		expect(rows.map((dd) => dd.querySelector("bdi")?.textContent)).toEqual([expect.stringContaining("Logo redesign"), expect.stringContaining("Business card layout")]);
		expect(rows.map((dd) => dd.querySelector(".ai-employee-card-source")?.textContent)).toEqual(["“Logo redesign: $1,800.00”", "“Business card layout: $350.00”"]);
		children.forEach((c) => c.unload());
	});

	it("a source sentence edited in the vault to one without the line's price is not quoted: the card warns instead", async () => {
		google.deliver(eml("12-days-due-iso.eml"));
		await check(1, 1);
		const [pending] = files("Pending_Approval");
		const note = (await h.readFile(pending!))!;
		expect(note).toContain("Go ahead and invoice us for 3 days of on-site training at $1,100 per day.");
		await h.app.vault.adapter.write(pending!, note.replace(/line_sources:\n(\s+)- .*\n/, "line_sources:\n$1- As agreed on the phone, the price is fine.\n"));
		await h.settle();
		const { el, children } = renderBlock(h, "ai-employee-approval", pending!);
		await h.waitFor(() => el.querySelector(".ai-employee-card-summary") !== null);
		expect(el.querySelector(".ai-employee-card-source")).toBeNull();
		expect(el.querySelector(".ai-employee-card-warnings")?.textContent).toContain("source sentence for line 1 does not show that line's price");
		children.forEach((c) => c.unload());
	});
});
