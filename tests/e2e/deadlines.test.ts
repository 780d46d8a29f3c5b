// Through the built plugin: a social network that accepts the connection and never answers. The approved post ends in
// Failed for review after the network timeout ("may or may not have reached the service"), sent once and never again,
// instead of staying `executing` until Obsidian restarts.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";
import { routedRequestUrl } from "./node-request-url";
import { socialRoutes } from "../helpers/routes";
import { startSilentServer, type SilentServer } from "../fakes/silent/server";
import { startFakeOdoo } from "../fakes/odoo/server";
import { createRequestNote } from "../../src/core/requests/create-request";
import type { EngineParts } from "../../src/core/engine-ports";

type Engine = { deps: EngineParts; workflow: { sweep(): Promise<void>; approvals: { approve(p: string): Promise<{ ok: boolean }> } } };
type Plugin = { settings: Record<string, unknown> & { dryRun: boolean; social: Record<string, unknown>; network: { timeoutSeconds: number } }; saveSettings(): Promise<void>; engine: Engine };

const ROOT = "AI_Employee";
let h: PluginHarness;
let silent: SilentServer;
const plugin = () => h.plugin as unknown as Plugin;

beforeEach(async () => {
	silent = await startSilentServer();
	// The test host sends LinkedIn's built-in address to the silent server (no setting can).
	h = await loadPlugin({ http: routedRequestUrl(socialRoutes({ linkedin: silent.url })), secrets: { "ai-employee-linkedin-token": "token-for-a-silent-server" } });
	await h.layoutReady();
	plugin().settings.social = { facebook: null, instagram: null, x: null, linkedin: { author: "urn:li:person:abc123", authorName: "Ada Owner" } };
	plugin().settings.network = { timeoutSeconds: 1 };
	plugin().settings.dryRun = false;
	await plugin().saveSettings();
});

afterEach(async () => {
	await h.dispose();
	await silent.close();
});

describe("a service that never answers", () => {
	it("ends the approved post in Failed as 'may or may not have reached the service', sent exactly once", async () => {
		const path = await createRequestNote(plugin().engine.deps, {
			action: "social.post",
			params: { network: "linkedin", text: "Our winter blend is back." },
			requestedBy: "owner",
			origin: "plugin:command",
			title: "linkedin post",
		});
		await h.settle();
		const started = Date.now();
		expect((await plugin().engine.workflow.approvals.approve(path)).ok).toBe(true);
		await h.waitFor(async () => (await h.app.vault.adapter.list(`${ROOT}/Failed`)).files.length === 1, 10_000);
		expect(Date.now() - started).toBeLessThan(8_000);
		const [failed] = (await h.app.vault.adapter.list(`${ROOT}/Failed`)).files;
		const text = (await h.readFile(failed ?? "")) ?? "";
		expect(text).toMatch(/status: failed/);
		expect(text).toMatch(/may or may not have reached the service/);
		expect((await h.app.vault.adapter.list(`${ROOT}/Approved`)).files).toEqual([]);
		// Sweeps after the failure send nothing more.
		await plugin().engine.workflow.sweep();
		expect(silent.received.filter((r) => r.method === "POST")).toHaveLength(1);
	});
});

describe("an Odoo that never answers the invoice it was sent", () => {
	it("ends the approved invoice in Failed naming Odoo once, sent exactly once", async () => {
		const odoo = await startFakeOdoo({ version: 17 });
		try {
			odoo.store.insert("res.partner", { name: "Acme Ltd", email: "billing@acme.example", customer_rank: 1 });
			// Odoo takes far longer than the deadline: the write may or may not have happened, so it is never re-sent.
			odoo.inject({ kind: "delay", ms: 3_000 }, { match: "account.move.create" });
			h.app.secretStorage.setSecret("ai-employee-odoo-api-key", "test-api-key");
			plugin().settings.odoo = { ...(plugin().settings.odoo as Record<string, unknown>), url: odoo.url, database: "odoo", login: "admin@example.com", protocol: "xmlrpc", timeoutSeconds: 1 };
			await plugin().saveSettings();
			const path = await createRequestNote(plugin().engine.deps, {
				action: "odoo.create_invoice",
				params: { customer: { name: "Acme Ltd", email: "billing@acme.example" }, invoice_date: "2026-11-26", currency: "USD", lines: [{ description: "Website redesign", quantity: 1, unit_price: "150.00" }] },
				requestedBy: "owner",
				origin: "plugin:command",
				title: "invoice Acme",
			});
			await h.settle();
			expect((await plugin().engine.workflow.approvals.approve(path)).ok).toBe(true);
			await h.waitFor(async () => (await h.app.vault.adapter.list(`${ROOT}/Failed`)).files.length === 1, 10_000);
			const [failed] = (await h.app.vault.adapter.list(`${ROOT}/Failed`)).files;
			const text = (await h.readFile(failed ?? "")) ?? "";
			expect(text).toMatch(/No answer from Odoo at .* to account\.move\.create/);
			expect(text).toMatch(/may or may not have reached/);
			// One sentence about Odoo: the network's own words inside it, not a second "Could not reach…" wrapped in it.
			expect(text).not.toMatch(/Could not reach/);
			expect(odoo.requests.filter((r) => r.call === "account.move.create")).toHaveLength(1);
		} finally {
			await odoo.stop();
		}
	});
});
