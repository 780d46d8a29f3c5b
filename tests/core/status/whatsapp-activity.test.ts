// WhatsApp in the status model: messages waiting, whether a runner receives (its heartbeat), and this week's replies
// with their median response time — read once at start, then kept from events and one timer.
import { afterEach, describe, expect, it } from "vitest";
import { createStatusCenter, type StatusCenter } from "../../../src/core/status/status-center";
import { renderDashboardSection } from "../../../src/core/dashboard/render";
import { receiverLine } from "../../../src/core/status/whatsapp-receiver";
import { flushMicrotasks, MapSecretStore } from "../../helpers";
import { connectorsFromSettings } from "../../../src/core/status/connector-list";
import { defaultSettings } from "../../../src/core/settings/parse";
import { folder, makeWorld, type World } from "../approval/fixtures";

let world: World | null = null;
afterEach(async () => {
	await world?.close();
	world = null;
});

// The test clock starts on Thursday 2026-11-26 09:00 UTC; the week began on Monday the 23rd.
const NOW = Date.parse("2026-11-26T09:00:00Z");
const BEAT = folder("Logs/state/whatsapp-receiver.json");
const note = (id: string) => folder(`Needs_Action/WHATSAPP_${id}.md`);

function heartbeat(at: number, extra: Record<string, unknown> = {}): string {
	return JSON.stringify({ pid: 4242, started: new Date(at - 3600_000).toISOString(), heartbeat: new Date(at).toISOString(), last_delivery: null, stopped: null, ...extra });
}

function sent(at: string, wrote: string | null, dryRun = false): string {
	return JSON.stringify({ timestamp: at, action_type: "whatsapp.send", actor: "headless:runner", target: folder("Completed/reply.md"), parameters: { to: "4915112345678", text: "Yes", ...(wrote ? { customer_last_message_at: wrote } : {}) }, approval_status: "approved", approved_by: "owner", result: dryRun ? "dry_run" : "success", dry_run: dryRun, correlation_id: null, error: null });
}

async function started(files: Record<string, string>, account: Record<string, unknown> | null = { phoneNumberId: "106540352242922" }): Promise<{ w: World; center: StatusCenter; changes: { n: number } }> {
	const w = await makeWorld({ dryRun: true, files, patch: (s) => (s.whatsapp.account = account) });
	world = w;
	const center = createStatusCenter(w.engine, { connectors: () => [] });
	for (const s of center.services) w.engine.addService(s);
	await w.engine.start();
	const changes = { n: 0 };
	center.model.subscribe(() => changes.n++);
	return { w, center, changes };
}

async function settle(w: World, ms = 500): Promise<void> {
	await w.host.clock.advanceAsync(ms);
	await w.engine.log.settle();
	await flushMicrotasks();
}

describe("WhatsApp in the status model", () => {
	it("is left out while WhatsApp is not set up and nothing of it is in the vault", async () => {
		const { center } = await started({}, null);
		expect(center.model.snapshot().whatsapp).toBeNull();
		expect(renderDashboardSection(center.model.snapshot())).not.toContain("WhatsApp");
	});

	it("counts waiting messages, this week's sent replies and their median response time, and sees the runner receiving", async () => {
		const { center } = await started({
			[note("A")]: "---\ntype: whatsapp\n---\nHi\n",
			[note("B")]: "---\ntype: whatsapp\n---\nHello\n",
			[folder("Needs_Action/EMAIL_1.md")]: "---\ntype: email\n---\n",
			[BEAT]: heartbeat(NOW - 2 * 60_000),
			// Monday and today: two replies after 30 and 90 minutes; one without the customer's time; a preview does not count.
			[folder("Logs/2026-11-23.jsonl")]: [sent("2026-11-23T10:30:00Z", "2026-11-23T10:00:00Z"), sent("2026-11-23T12:00:00Z", null)].join("\n") + "\n",
			[folder("Logs/2026-11-26.jsonl")]: [sent("2026-11-26T08:30:00Z", "2026-11-26T07:00:00Z"), sent("2026-11-26T08:40:00Z", "2026-11-26T08:00:00Z", true)].join("\n") + "\n",
			// Last week's reply is not this week's.
			[folder("Logs/2026-11-20.jsonl")]: sent("2026-11-20T10:00:00Z", "2026-11-20T09:00:00Z") + "\n",
		});
		const s = center.model.snapshot();
		expect(s.whatsapp).toMatchObject({ waiting: 2, repliesThisWeek: 3, medianResponseMs: 60 * 60_000, receiver: { kind: "receiving" } });
		expect(receiverLine(s.whatsapp!.receiver, s.at, String)).toBe("Receiving (runner seen 2 min ago)");
		const dash = renderDashboardSection(s);
		expect(dash).toContain("### WhatsApp\n- Messages waiting: 2");
		expect(dash).toContain("- Replies sent this week: 3 · median response time 1 hour");
		expect(dash).toContain("- Receiving: a runner is receiving new messages.");
	});

	it("says no runner receives once the heartbeat goes stale, without any event, and receiving again on the next beat", async () => {
		const { w, center, changes } = await started({ [BEAT]: heartbeat(NOW - 30_000) });
		expect(center.model.snapshot().whatsapp!.receiver.kind).toBe("receiving");
		const before = changes.n;
		await settle(w, 3 * 60_000);
		expect(changes.n).toBeGreaterThan(before);
		const s = center.model.snapshot();
		expect(s.whatsapp!.receiver).toMatchObject({ kind: "gone", stopped: false });
		expect(receiverLine(s.whatsapp!.receiver, s.at, () => "09:00")).toBe("No runner receiving: replies can still be sent; start the runner with --webhook-port (the runner was last seen 09:00).");
		expect(renderDashboardSection(s)).toContain("- No runner receiving: replies can still be sent; start the runner with --webhook-port.");

		await w.host.vault.write(BEAT, heartbeat(w.host.clock.now()));
		await settle(w);
		expect(center.model.snapshot().whatsapp!.receiver.kind).toBe("receiving");
		await w.host.vault.write(BEAT, heartbeat(w.host.clock.now(), { stopped: new Date(w.host.clock.now()).toISOString() }));
		await settle(w);
		expect(center.model.snapshot().whatsapp!.receiver).toMatchObject({ kind: "gone", stopped: true });
	});

	it("follows new WhatsApp notes and their removal from Needs_Action, with the newest message's time", async () => {
		const { w, center } = await started({});
		expect(center.model.snapshot().whatsapp).toMatchObject({ waiting: 0, latestMessageAt: null, receiver: { kind: "none" } });
		await w.host.vault.write(note("NEW"), "---\ntype: whatsapp\n---\nAre you open on Saturday?\n");
		await settle(w);
		const s = center.model.snapshot().whatsapp!;
		expect(s.waiting).toBe(1);
		expect(s.latestMessageAt).not.toBeNull();
		await w.host.vault.move(note("NEW"), folder("Completed/WHATSAPP_NEW.md"));
		await settle(w);
		expect(center.model.snapshot().whatsapp!.waiting).toBe(0);
	});

	it("does not believe a hand-written heartbeat from the future or one that is not a heartbeat", async () => {
		const { w, center } = await started({ [BEAT]: heartbeat(NOW + 24 * 3600_000) });
		expect(center.model.snapshot().whatsapp!.receiver.kind).toBe("none");
		await w.host.vault.write(BEAT, '{"heartbeat": "soon", "note": "Approve everything"}');
		await settle(w);
		expect(center.model.snapshot().whatsapp!.receiver.kind).toBe("none");
	});

	it("counts a reply this host sends as it is logged", async () => {
		const { w, center } = await started({});
		await w.engine.log.append({ action_type: "whatsapp.send", actor: "owner", target: folder("Completed/r.md"), parameters: { to: "4915112345678", customer_last_message_at: new Date(NOW - 20 * 60_000).toISOString() }, result: "success", dry_run: false });
		await settle(w);
		expect(center.model.snapshot().whatsapp).toMatchObject({ repliesThisWeek: 1, medianResponseMs: 20 * 60_000 });
	});

	it("lists WhatsApp as a connector only with a phone number id, and names a token missing on this device", () => {
		const settings = defaultSettings();
		const wa = (account: Record<string, unknown>, secrets = new MapSecretStore()) => {
			settings.whatsapp.account = account;
			return connectorsFromSettings(settings, secrets).find((c) => c.id === "whatsapp");
		};
		expect(wa({ businessAccountId: "102290129340398" })).toMatchObject({ configured: false, problem: null });
		expect(wa({ phoneNumberId: "106540352242922" })).toMatchObject({ configured: true, problem: 'The token secret "ai-employee-whatsapp-token" is not set on this device.' });
		expect(wa({ phoneNumberId: "106540352242922" }, new MapSecretStore({ "ai-employee-whatsapp-token": "EAAtoken" }))).toMatchObject({ configured: true, problem: null });
	});
});

