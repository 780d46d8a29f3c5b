// Builds the DOM the plugin draws — approval cards and the status view from a real engine over a temp vault, then the
// settings tab and the Connect Odoo dialog from the plugin itself (settings-scene.ts) — so the screenshots show exactly
// what users see (our render and display functions, our data, our styles), minus Obsidian around it.
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { installNodeDom } from "../../tests/setup/node-dom";
import { Engine } from "../../src/core/engine";
import { parseSettings } from "../../src/core/settings/parse";
import { createNodeHost } from "../../src/node/host";
import { buildConnectors } from "../../src/connectors";
import { createRequestNote } from "../../src/core/requests/create-request";
import { buildCard } from "../../src/core/approval/card-model";
import { createStatusCenter } from "../../src/core/status/status-center";
import { CategorizedError } from "../../src/core/util/errors";
import { renderCard } from "../../src/obsidian/card-view";
import { renderStatus, type StatusViewActions } from "../../src/obsidian/status-render";
import { buildSettingsScene } from "./settings-scene";

/** A scratch vault needs no real config folder; any dot folder is skipped by the Node vault store. */
const CONFIG_DIR = ".vault-config";

const KEY = "screenshot-approval-key-not-a-secret";
const SETTINGS = {
	version: 1,
	social: { linkedin: { author: "urn:li:organization:24681357", authorName: "Lumen & Pine Studio" }, x: { username: "@lumenandpine", userId: "2244994945" } },
	odoo: { url: "https://lumenandpine.example.com", database: "lumen", login: "owner@lumenandpine.example", protocol: "auto", timeoutSeconds: 30, apiKeySecret: "ai-employee-odoo-api-key" },
};

const noop: StatusViewActions = { toggleDryRun: () => undefined, approve: () => undefined, reject: () => undefined, retry: () => undefined, open: () => undefined, reconnect: () => undefined, restartWatchers: () => undefined };

export interface Scene {
	/** Outer HTML of each rendered piece, keyed by name. */
	pieces: Record<string, string>;
}

/** `root`: the repository (the plugin's manifest.json is read from there). */
export async function buildScene(root: string): Promise<Scene> {
	installNodeDom();
	// obsidian-test-mocks needs the DOM as it loads: import it only once jsdom is in place.
	const { installObsidianGlobals } = await import("../../tests/setup/obsidian-globals");
	installObsidianGlobals();
	const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ai-employee-shots-"));
	// Odoo has its key (the scene logs a real-looking Odoo success); the networks have none, and the status view says so.
	const host = createNodeHost({ vaultDir: dir, env: { AI_EMPLOYEE_ODOO_API_KEY: "screenshot-key-not-a-secret" }, configDir: CONFIG_DIR, write: () => undefined });
	const { settings } = parseSettings(SETTINGS);
	const engine: Engine = new Engine({ host, settings, hostKind: "obsidian", connectors: buildConnectors(() => engine.settings, host.clock), approvalKey: () => KEY, isExecutor: () => true });
	await engine.setUpVault();
	const now = host.clock.now();
	const invoice = ["---", "type: approval_request", "id: REQ-SHOT-INVOICE", "action: odoo.create_invoice", "status: pending", `created: ${new Date(now - 25 * 60_000).toISOString()}`, "requested_by: claude-code", "params:", "  customer:", "    name: Harbor & Co", "    email: accounts@harbor.example", `  invoice_date: "${new Date(now).toISOString().slice(0, 10)}"`, "  currency: USD", "  reference: PO-7781", "  lines:", "    - description: Brand identity workshop (2 days)", "      quantity: 2", "      unit_price: \"1200.00\"", "    - description: Logo files and guidelines", "      quantity: 1", "      unit_price: \"450.00\"", "---", "# Invoice Harbor & Co for the identity workshop", ""].join("\n");
	const invoicePath = "AI_Employee/Pending_Approval/invoice-harbor.md";
	await host.vault.write(invoicePath, invoice);
	const postPath = await createRequestNote(engine.deps, {
		action: "social.post",
		params: { network: "linkedin", text: "We just wrapped the Harbor & Co identity: a calm, nautical palette for a busy shop. Case study soon.", link: "https://lumenandpine.example/work/harbor" },
		requestedBy: "owner",
		origin: "plugin:command",
		title: "Harbor case study teaser",
	});
	await createRequestNote(engine.deps, { action: "social.reply", params: { network: "x", in_reply_to: "1790000000000000000", text: "Thank you, Maya! The prints ship on Monday." }, requestedBy: "owner", origin: "plugin:command", title: "Reply to Maya" });
	const failed = ["---", "type: approval_request", "id: REQ-SHOT-PAY", "action: odoo.register_payment", "status: failed", `created: ${new Date(now - 3 * 3600_000).toISOString()}`, "requested_by: owner", "error: Odoo refused the payment (invoice INV/2026/0042 is already paid)", "error_category: logic", "suggestion: Check the invoice in Odoo; reject this request if the payment is already recorded.", "params:", "  invoice_number: INV/2026/0042", "  amount: \"1200.00\"", "  currency: USD", "  date: \"2026-11-25\"", "  payee: Acme Ltd", "---", "# Record the Acme payment", ""].join("\n");
	await host.vault.write("AI_Employee/Failed/payment-acme.md", failed);

	const center = createStatusCenter(engine, { nextBriefing: () => now + 2 * 86_400_000 });
	for (const s of center.services) engine.addService(s);
	center.watchdog.add({ name: "Inbox", intervalMs: 30_000, connector: "inbox", poll: () => Promise.resolve() });
	center.watchdog.add({ name: "Gmail", intervalMs: 60_000, connector: "gmail", poll: () => Promise.reject(new CategorizedError("auth", "invalid_grant", "Sign in to Gmail again in the settings.")) });
	center.watchdog.add({ name: "Bank feed", intervalMs: 60_000, poll: () => Promise.reject(new Error("Bank CSV folder is missing")) }, { backoffBaseMs: 60_000 });
	await engine.start();
	await engine.log.append({ action_type: "social.post", actor: engine.actor, target: "AI_Employee/Completed/harbor-teaser-facebook.md", result: "dry_run", parameters: { network: "facebook" } });
	await engine.log.append({ action_type: "odoo.create_invoice", actor: engine.actor, target: "AI_Employee/Completed/invoice-acme.md", result: "success" });
	await engine.log.append({ action_type: "odoo.register_payment", actor: engine.actor, target: "AI_Employee/Failed/payment-acme.md", result: "failure", error: "Odoo refused the payment" });
	await sleep(400);

	const pieces: Record<string, string> = {};
	const draw = (fn: (el: HTMLElement) => void): string => {
		const el = document.body.createDiv({ cls: "shot" });
		fn(el);
		const html = el.outerHTML;
		el.remove();
		return html;
	};
	const invoiceModel = await buildCard(engine.deps, engine.workflow.approvals, invoicePath);
	pieces["card-invoice"] = draw((el) => renderCard(el, invoiceModel, { onButton: () => undefined }));
	const postModel = await buildCard(engine.deps, engine.workflow.approvals, postPath);
	pieces["card-post"] = draw((el) => renderCard(el, postModel, { onButton: () => undefined }));
	const failedModel = await buildCard(engine.deps, engine.workflow.approvals, "AI_Employee/Failed/payment-acme.md");
	pieces["card-failed"] = draw((el) => renderCard(el, failedModel, { onButton: () => undefined }));
	// A request approved in dry run: its result is the preview of the exact request, with no made-up id.
	const previewPath = await createRequestNote(engine.deps, {
		action: "social.post",
		params: { network: "x", text: "Studio hours over the holidays: open Dec 22–23, back Jan 5." },
		requestedBy: "owner",
		origin: "plugin:command",
		title: "Holiday hours",
	});
	await engine.workflow.approvals.approve(previewPath);
	await engine.workflow.sweep();
	await engine.log.settle();
	const done = (await host.vault.listFiles("AI_Employee/Completed")).find((p) => p.includes("holiday-hours"));
	if (!done) throw new Error("the dry-run preview did not complete");
	const previewModel = await buildCard(engine.deps, engine.workflow.approvals, done);
	pieces["card-preview"] = draw((el) => renderCard(el, previewModel, { onButton: () => undefined }));
	const rejectPath = await createRequestNote(engine.deps, { action: "social.post", params: { network: "linkedin", text: "Big news coming for our biggest client next week!" }, requestedBy: "claude-code", origin: "plugin:command", title: "Teaser about a client" });
	const rejected = await engine.workflow.approvals.reject(rejectPath, "Too vague, and the client has not agreed to be named.");
	const rejectedModel = await buildCard(engine.deps, engine.workflow.approvals, rejected.ok ? rejected.path : rejectPath);
	pieces["card-rejected"] = draw((el) => renderCard(el, rejectedModel, { onButton: () => undefined }));
	pieces["status"] = draw((el) => renderStatus(el, center.model.snapshot(), noop));
	engine.updateSettings({ ...engine.settings, dryRun: false });
	pieces["status-live"] = draw((el) => renderStatus(el, center.model.snapshot(), noop));
	const liveModel = await buildCard(engine.deps, engine.workflow.approvals, invoicePath);
	pieces["card-live"] = draw((el) => renderCard(el, liveModel, { onButton: () => undefined }));
	await engine.stop();
	await fs.rm(dir, { recursive: true, force: true });

	// The settings tab the owner opens, and the Connect Odoo dialog its Connect button opens, over the same settings.
	const tab = await buildSettingsScene(root, SETTINGS);
	pieces["settings"] = `<div class="vertical-tab-content">${tab.settings}</div>`;
	// The whole tab is several screens tall: the shots show its top (as it opens) and the first services, as scrolled to.
	const part = (headings: string[]): string => `<div class="vertical-tab-content">${headings.map((h) => tab.groups.get(h) ?? "").join("")}</div>`;
	pieces["settings-general"] = part(["General", "Approval policy", "Notifications"]);
	pieces["settings-services"] = part(["Odoo", "Facebook"]);
	pieces["connect-odoo"] = tab.connectOdoo;
	await tab.close();
	return { pieces };
}
