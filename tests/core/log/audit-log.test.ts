// The audit log: what lands in Logs/<day>.jsonl, what is hidden, and what happens when the disk says no.
import { describe, expect, it } from "vitest";
import { AuditLog, parseLogText } from "../../../src/core/log/audit-log";
import type { AuditEntry } from "../../../src/core/log/entry";
import { FakeClock, ListNotifier, MemoryVault, ioError } from "../../helpers";

const REQUIRED_FIELDS = ["timestamp", "action_type", "actor", "target", "parameters", "approval_status", "approved_by", "result", "dry_run", "correlation_id", "error"];

function setup(options: { start?: string; timeZone?: string; dryRun?: boolean; secretValues?: { label: string; value: string }[] } = {}) {
	const clock = new FakeClock(options.start ?? "2026-03-10T12:00:00Z");
	const vault = new MemoryVault({}, () => clock.now());
	const notifier = new ListNotifier();
	let timeZone = options.timeZone ?? "UTC";
	const log = new AuditLog({
		vault,
		clock,
		notifier,
		folder: () => "AI_Employee/Logs",
		timeZone: () => timeZone,
		dryRun: () => options.dryRun ?? true,
		secretValues: () => options.secretValues ?? [],
	});
	return { clock, vault, notifier, log, setZone: (z: string) => (timeZone = z) };
}

function linesOf(vault: MemoryVault, path: string): AuditEntry[] {
	return parseLogText(vault.text(path) ?? "").entries;
}

describe("an appended entry", () => {
	it("is one JSON line with every required field", async () => {
		const { vault, log } = setup();
		await log.append({ action_type: "odoo.create_invoice", actor: "obsidian:laptop", target: "Approved/INV_1.md", result: "success" });

		const text = vault.text("AI_Employee/Logs/2026-03-10.jsonl")!;
		expect(text.endsWith("\n")).toBe(true);
		expect(text.split("\n").filter(Boolean)).toHaveLength(1);
		const entry = JSON.parse(text) as Record<string, unknown>;
		for (const field of REQUIRED_FIELDS) expect(entry, field).toHaveProperty(field);
		expect(entry.timestamp).toBe("2026-03-10T12:00:00.000Z");
		expect(entry.approval_status).toBe("not_required");
		expect(entry.approved_by).toBeNull();
	});

	it("records the dry-run state in force unless the caller states it", async () => {
		const { vault, log } = setup({ dryRun: true });
		await log.append({ action_type: "a", actor: "x", target: "t", result: "dry_run" });
		await log.append({ action_type: "b", actor: "x", target: "t", result: "success", dry_run: false });
		expect(linesOf(vault, "AI_Employee/Logs/2026-03-10.jsonl").map((e) => e.dry_run)).toEqual([true, false]);
	});

	it("never contains a secret, however deep it sits in the parameters or details", async () => {
		const { vault, log } = setup();
		await log.append({
			action_type: "x.post",
			actor: "headless:vps",
			target: "Approved/POST_1.md",
			result: "success",
			parameters: {
				text: "Hello",
				api_key: "sk-live-1",
				auth: { user: "me", password: "hunter2" },
				attempts: [{ headers: { Authorization: "Bearer abc" } }, { refresh_token: "r-1" }],
			},
			details: { client: { client_secret: "cs-9", id: "app-1" } },
		});

		const text = vault.text("AI_Employee/Logs/2026-03-10.jsonl")!;
		for (const secret of ["sk-live-1", "hunter2", "Bearer abc", "r-1", "cs-9"]) expect(text).not.toContain(secret);
		const [entry] = linesOf(vault, "AI_Employee/Logs/2026-03-10.jsonl");
		expect(entry!.parameters.text).toBe("Hello");
		expect(entry!.parameters.api_key).toBe("[redacted]");
		expect(entry!.details).toEqual({ client: { client_secret: "[redacted]", id: "app-1" } });
	});

	it("hides the values of the plugin's own secrets wherever they appear, under any key and at any depth", async () => {
		const token = "EAAGm0PX4ZCpsBAKZBZCqx7ZAd3ZBpWZCsoZD";
		const { vault, log } = setup({ secretValues: [{ label: "your Facebook Page token", value: token }] });
		await log.append({
			action_type: "social.post",
			actor: "obsidian:dev",
			target: `Pending_Approval/post ${token}.md`,
			result: "refused",
			error: `The service said: bad token ${token}`,
			parameters: { network: "facebook", text: `see ${token}`, thread: [{ note: `again ${token}` }] },
			details: { wire: { url: `https://graph.example/me?access_token=${token}` } },
		});
		const text = vault.text("AI_Employee/Logs/2026-03-10.jsonl")!;
		expect(text).not.toContain(token);
		expect(text).not.toContain(token.slice(0, 12));
		const [entry] = linesOf(vault, "AI_Employee/Logs/2026-03-10.jsonl");
		expect(entry!.parameters).toEqual({ network: "facebook", text: "see [hidden: your Facebook Page token]", thread: [{ note: "again [hidden: your Facebook Page token]" }] });
		expect(entry!.error).toBe("The service said: bad token [hidden: your Facebook Page token]");
	});

	it("hides keys the guard recognises even when they were never configured (an AWS key in a post text)", async () => {
		const { vault, log } = setup();
		await log.append({ action_type: "social.post", actor: "x", target: "t", result: "refused", parameters: { text: "key AKIAIOSFODNN7EXAMPLE" } });
		const [entry] = linesOf(vault, "AI_Employee/Logs/2026-03-10.jsonl");
		expect(entry!.parameters.text).toBe("key [hidden: an AWS access key]");
	});

	it("is passed to subscribers as it is recorded", async () => {
		const { log } = setup();
		const seen: string[] = [];
		const stop = log.subscribe((e) => seen.push(e.action_type));
		await log.append({ action_type: "one", actor: "x", target: "t", result: "info" });
		stop();
		await log.append({ action_type: "two", actor: "x", target: "t", result: "info" });
		expect(seen).toEqual(["one"]);
	});
});

describe("one file per local day", () => {
	it("names the file after the day in the configured time zone, not UTC", async () => {
		// 12:30 UTC on 26 Nov is already 27 Nov in Auckland (UTC+13) and still 26 Nov in New York (UTC-5).
		const { vault, log, setZone } = setup({ start: "2026-11-26T12:30:00Z", timeZone: "Pacific/Auckland" });
		await log.append({ action_type: "a", actor: "x", target: "t", result: "info" });
		setZone("America/New_York");
		await log.append({ action_type: "b", actor: "x", target: "t", result: "info" });

		expect(vault.paths()).toEqual(["AI_Employee/Logs/2026-11-26.jsonl", "AI_Employee/Logs/2026-11-27.jsonl"]);
		expect(linesOf(vault, "AI_Employee/Logs/2026-11-27.jsonl").map((e) => e.action_type)).toEqual(["a"]);
		expect(linesOf(vault, "AI_Employee/Logs/2026-11-26.jsonl").map((e) => e.action_type)).toEqual(["b"]);
	});

	it("starts a new file at local midnight and keeps appending to the day's file before it", async () => {
		// 22:59 UTC in winter is 23:59 in Berlin (UTC+1).
		const { clock, vault, log } = setup({ start: "2026-01-15T22:59:00Z", timeZone: "Europe/Berlin" });
		await log.append({ action_type: "late", actor: "x", target: "t", result: "info" });
		await log.append({ action_type: "later", actor: "x", target: "t", result: "info" });
		clock.advance(60_000);
		await log.append({ action_type: "next-day", actor: "x", target: "t", result: "info" });

		expect(linesOf(vault, "AI_Employee/Logs/2026-01-15.jsonl").map((e) => e.action_type)).toEqual(["late", "later"]);
		expect(linesOf(vault, "AI_Employee/Logs/2026-01-16.jsonl").map((e) => e.action_type)).toEqual(["next-day"]);
	});

	it("reads a day back in order", async () => {
		const { log } = setup();
		for (const a of ["first", "second", "third"]) await log.append({ action_type: a, actor: "x", target: "t", result: "info" });
		const { entries, skipped } = await log.readDay("2026-03-10");
		expect(entries.map((e) => e.action_type)).toEqual(["first", "second", "third"]);
		expect(skipped).toBe(0);
	});
});

describe("reading a log that was cut off", () => {
	it("keeps the whole lines and counts a torn last line as skipped", () => {
		const whole = JSON.stringify({ timestamp: "2026-03-10T12:00:00.000Z", action_type: "ok", actor: "x", target: "t" });
		const { entries, skipped } = parseLogText(`${whole}\n${whole}\n{"timestamp":"2026-03-10T12:0`);
		expect(entries).toHaveLength(2);
		expect(skipped).toBe(1);
	});

	it("skips a corrupt line in the middle and lines that are not entries", () => {
		const whole = JSON.stringify({ timestamp: "2026-03-10T12:00:00.000Z", action_type: "ok", actor: "x", target: "t" });
		const { entries, skipped } = parseLogText(`${whole}\nnot json\n[1,2]\n{"hello":"world"}\n\n${whole}\n`);
		expect(entries).toHaveLength(2);
		expect(skipped).toBe(3);
	});

	it("reads a day with no file as empty", async () => {
		const { log } = setup();
		expect(await log.readDay("2020-01-01")).toEqual({ entries: [], skipped: 0 });
	});
});

describe("when the disk is full", () => {
	it("keeps the entries in memory, tells the user once, and writes them all once the disk is back", async () => {
		const { vault, notifier, log } = setup();
		vault.failWith("append", ioError("ENOSPC", "ENOSPC: no space left on device, write"));

		await log.append({ action_type: "first", actor: "x", target: "t", result: "info" });
		await log.append({ action_type: "second", actor: "x", target: "t", result: "info" });

		expect(vault.paths()).toEqual([]);
		expect(log.heldCount).toBe(2);
		expect(notifier.notices).toHaveLength(1);
		expect(notifier.notices[0]!.kind).toBe("failure");
		expect(notifier.notices[0]!.message).toMatch(/disk is full/);

		vault.heal("append");
		await log.append({ action_type: "third", actor: "x", target: "t", result: "info" });

		expect(log.heldCount).toBe(0);
		expect(linesOf(vault, "AI_Employee/Logs/2026-03-10.jsonl").map((e) => e.action_type)).toEqual(["first", "second", "third"]);
		expect(notifier.notices).toHaveLength(1);
	});

	it("never rejects the caller's append, so a full disk cannot break the action being logged", async () => {
		const { vault, log } = setup();
		vault.failWith("append", ioError("ENOSPC"));
		await expect(log.append({ action_type: "a", actor: "x", target: "t", result: "info" })).resolves.toMatchObject({ action_type: "a" });
	});

	it("tells the user again if the disk fills up a second time", async () => {
		const { vault, notifier, log } = setup();
		vault.failWith("append", ioError("ENOSPC"));
		await log.append({ action_type: "a", actor: "x", target: "t", result: "info" });
		vault.heal();
		await log.append({ action_type: "b", actor: "x", target: "t", result: "info" });
		vault.failWith("append", ioError("ENOSPC"));
		await log.append({ action_type: "c", actor: "x", target: "t", result: "info" });

		expect(notifier.notices).toHaveLength(2);
	});
});
