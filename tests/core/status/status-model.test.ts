// The status model: what waits, what failed, what happened and how each part is doing — kept current from events.
import { afterEach, describe, expect, it } from "vitest";
import { createStatusCenter, type StatusCenter } from "../../../src/core/status/status-center";
import { CategorizedError } from "../../../src/core/util/errors";
import { CONNECTOR_HEALTH_LABEL, connectorHealth } from "../../../src/core/status/words";
import { connectorsFromSettings } from "../../../src/core/status/connector-list";
import { defaultSettings } from "../../../src/core/settings/parse";
import { MapSecretStore } from "../../helpers";
import { flushMicrotasks } from "../../helpers";
import { agentNote, folder, makeWorld, pending, type World } from "../approval/fixtures";

let world: World | null = null;
afterEach(async () => {
	await world?.close();
	world = null;
});

async function started(opts: Parameters<typeof makeWorld>[0] = {}, nextBriefing: number | null = null): Promise<{ w: World; center: StatusCenter; changes: { n: number } }> {
	const w = await makeWorld({ dryRun: true, ...opts });
	world = w;
	const center = createStatusCenter(w.engine, { nextBriefing: () => nextBriefing, connectors: () => [{ id: "test", label: "Echo", configured: true, actionPrefixes: ["test."] }, { id: "gmail", label: "Gmail", configured: true }] });
	for (const s of center.services) w.engine.addService(s);
	await w.engine.start();
	const changes = { n: 0 };
	center.model.subscribe(() => changes.n++);
	return { w, center, changes };
}

/** Lets debounced note reads run (150 ms) and their async work finish. */
async function settle(w: World, ms = 500): Promise<void> {
	await w.host.clock.advanceAsync(ms);
	await w.engine.log.settle();
	await flushMicrotasks();
}

describe("status model", () => {
	it("lists the requests waiting for approval at start, with their headings as titles", async () => {
		const files = {
			[pending("a.md")]: agentNote({ id: "REQ-A", created: "2026-11-26T07:00:00Z" }),
			[pending("b.md")]: agentNote({ id: "REQ-B", created: "2026-11-26T08:00:00Z" }).replace("# Send hello", "# Tell Bob hello"),
		};
		const { center } = await started({ files });
		const s = center.model.snapshot();
		expect(s.pending.map((p) => [p.path, p.id, p.title])).toEqual([
			[pending("a.md"), "REQ-A", "Send hello"],
			[pending("b.md"), "REQ-B", "Tell Bob hello"],
		]);
		expect(s.dryRun).toBe(true);
	});

	it("adds a new request and drops an approved one as the vault reports them, without re-reading on a timer", async () => {
		const { w, center, changes } = await started();
		await w.host.vault.write(pending("new.md"), agentNote({ id: "REQ-N" }));
		await settle(w);
		expect(center.model.snapshot().pending.map((p) => p.id)).toEqual(["REQ-N"]);
		expect(changes.n).toBeGreaterThan(0);

		const outcome = await w.engine.workflow.approvals.approve(pending("new.md"));
		expect(outcome.ok).toBe(true);
		await settle(w);
		expect(center.model.snapshot().pending).toEqual([]);
		// Let the follow-ups of the approval (execution, the dashboard's debounced update) finish first.
		await settle(w, 60_000);

		// An hour with no vault events: the status model reads nothing.
		let reads = 0;
		const read = w.host.vault.read.bind(w.host.vault);
		w.host.vault.read = (p) => {
			if (!p.includes("/Logs/")) reads++;
			return read(p);
		};
		await settle(w, 60 * 60_000);
		expect(reads).toBe(0);
	});

	it("shows the failure queue with each error and its suggested fix", async () => {
		const failed = agentNote({ id: "REQ-F", status: "failed", error: "Odoo refused the partner", error_category: "data", suggestion: "Create the customer first." });
		const { w, center } = await started({ files: { [folder("Failed/f.md")]: failed } });
		expect(center.model.snapshot().failures).toMatchObject([{ id: "REQ-F", error: "Odoo refused the partner", category: "data", suggestion: "Create the customer first." }]);
		await w.host.vault.remove(folder("Failed/f.md"));
		await settle(w);
		expect(center.model.snapshot().failures).toEqual([]);
	});

	it("keeps recent activity, today's counts and each connector's last success and error from the audit log", async () => {
		const { w, center } = await started();
		const before = center.model.snapshot().today;
		await w.engine.log.append({ action_type: "test.send", actor: "t", target: "x", result: "success" });
		w.host.clock.advance(60_000);
		await w.engine.log.append({ action_type: "test.send", actor: "t", target: "y", result: "failure", error: "echo down" });
		await w.engine.log.append({ action_type: "request.refused", actor: "t", target: "z", result: "refused" });
		const s = center.model.snapshot();
		expect(s.activity.slice(0, 3).map((a) => [a.action, a.result])).toEqual([
			["request.refused", "refused"],
			["test.send", "failure"],
			["test.send", "success"],
		]);
		expect(s.today).toMatchObject({ day: "2026-11-26", success: before.success + 1, failure: before.failure + 1, refused: before.refused + 1, total: before.total + 3 });
		const echo = s.connectors.find((c) => c.id === "test")!;
		expect(echo).toMatchObject({ lastSuccess: Date.parse("2026-11-26T09:00:00Z"), lastError: "echo down", lastErrorAt: Date.parse("2026-11-26T09:01:00Z") });
	});

	it("counts what the log already holds for today when it starts", async () => {
		const log = [
			{ timestamp: "2026-11-26T08:00:00.000Z", action_type: "test.send", actor: "t", target: "a", parameters: {}, approval_status: "approved", approved_by: null, result: "dry_run", dry_run: true, correlation_id: null, error: null },
			{ timestamp: "2026-11-26T08:30:00.000Z", action_type: "test.send", actor: "t", target: "b", parameters: {}, approval_status: "approved", approved_by: null, result: "success", dry_run: false, correlation_id: null, error: null },
		];
		const { center } = await started({ files: { [folder("Logs/2026-11-26.jsonl")]: log.map((l) => JSON.stringify(l)).join("\n") + "\n" } });
		const s = center.model.snapshot();
		// The two lines above, plus the folder set-up the fixture logged after them.
		expect(s.today).toMatchObject({ dryRun: 1, success: 2, total: 3 });
		expect(s.activity.map((a) => a.target)).toEqual(["AI_Employee", "b", "a"]);
	});

	it("shows a watcher's pause on its connector and the next briefing time", async () => {
		const briefing = Date.parse("2026-11-30T07:00:00Z");
		const { w, center } = await started({}, briefing);
		center.watchdog.add({
			name: "Gmail",
			intervalMs: 60_000,
			connector: "gmail",
			poll: () => Promise.reject(new CategorizedError("auth", "invalid_grant", "Sign in to Gmail again.")),
		});
		await settle(w, 10);
		const s = center.model.snapshot();
		expect(s.watchers.map((x) => x.state)).toEqual(["paused"]);
		expect(s.connectors.find((c) => c.id === "gmail")!.paused).toBe("Sign-in refused: invalid_grant. Sign in to Gmail again.");
		expect(s.nextBriefing).toBe(briefing);
	});

	it("redraws when dry run is turned off and remembers the newest briefing note", async () => {
		const { w, center, changes } = await started();
		const before = changes.n;
		w.engine.updateSettings({ ...w.engine.settings, dryRun: false });
		expect(changes.n).toBe(before + 1);
		expect(center.model.snapshot().dryRun).toBe(false);
		await w.host.vault.write(folder("CEO_Briefings/2026-11-30_Monday_Briefing.md"), "# Briefing\n");
		expect(center.model.snapshot().lastBriefing).toBe(folder("CEO_Briefings/2026-11-30_Monday_Briefing.md"));
	});

	it("stops listening when stopped", async () => {
		const { w } = await started();
		const watchersBefore = w.host.vault.watcherCount;
		await w.engine.stop();
		expect(w.host.vault.watcherCount).toBe(0);
		expect(watchersBefore).toBeGreaterThan(0);
		expect(w.host.clock.pending).toBe(0);
	});

	it("a dry-run preview never makes a connector 'Working': only a real call does", async () => {
		const { w, center } = await started();
		await w.engine.log.append({ action_type: "test.send", actor: "t", target: "a", result: "dry_run", dry_run: true });
		const previewed = center.model.snapshot().connectors.find((c) => c.id === "test")!;
		expect(CONNECTOR_HEALTH_LABEL[connectorHealth(previewed)]).toBe("Set up, not used yet");
		await w.engine.log.append({ action_type: "test.send", actor: "t", target: "b", result: "success", dry_run: false });
		const used = center.model.snapshot().connectors.find((c) => c.id === "test")!;
		expect(CONNECTOR_HEALTH_LABEL[connectorHealth(used)]).toBe("Working");
	});

	it("a watcher turned off in the settings shows as off, not running", async () => {
		const { w, center } = await started();
		let on = false;
		center.watchdog.add({ name: "Gmail watcher", intervalMs: 60_000, connector: "gmail", enabled: () => on, poll: () => Promise.resolve() });
		await settle(w, 10);
		expect(center.model.snapshot().watchers.map((x) => [x.state, x.reason])).toEqual([["off", "Turned off in the settings."]]);
		on = true;
		expect(center.model.snapshot().watchers.map((x) => x.state)).toEqual(["running"]);
	});
});

describe("connectors from the settings", () => {
	it("a connector set up without its credentials on this device needs setup; it never reads as working or failed", () => {
		const settings = defaultSettings();
		settings.odoo = { ...settings.odoo, url: "https://odoo.example", database: "db", login: "me@example.com" };
		settings.social.facebook = { pageId: "1122334455", pageName: "Studio" };
		settings.social.x = { username: "@studio" };
		const none = new MapSecretStore();
		const list = connectorsFromSettings(settings, none);
		const status = (id: string) => ({ ...list.find((c) => c.id === id)!, problem: list.find((c) => c.id === id)!.problem ?? null, lastSuccess: Date.parse("2026-12-01T09:00:00Z"), lastError: null, lastErrorAt: null, paused: null });
		for (const id of ["odoo", "facebook", "x"]) expect(CONNECTOR_HEALTH_LABEL[connectorHealth(status(id))]).toBe("Needs setup");
		expect(list.find((c) => c.id === "facebook")!.problem).toBe('No credentials on this device: the secret "ai-employee-facebook-page-token" is not set.');
		expect(list.find((c) => c.id === "x")!.problem).toMatch(/the secrets "ai-employee-x-api-key", .* are not set/);
		expect(list.find((c) => c.id === "instagram")!.configured).toBe(false);
		const withKeys = new MapSecretStore({ "ai-employee-odoo-api-key": "k", "ai-employee-facebook-page-token": "t" });
		const ok = connectorsFromSettings(settings, withKeys);
		expect(ok.find((c) => c.id === "odoo")!.problem).toBeNull();
		expect(ok.find((c) => c.id === "facebook")!.problem).toBeNull();
	});
});
