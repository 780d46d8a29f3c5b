// The runner's WhatsApp webhook as Meta (and an attacker) meet it: handshake, signed deliveries, forgeries, replays.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/core/log/audit-log";
import { Layout } from "../../src/core/layout/folders";
import { createNodeHost } from "../../src/node/host";
import { WhatsappWebhook } from "../../src/node/webhook-server";
import { deliver, deliveryBody } from "../fakes/whatsapp/server";
import { parseHeartbeat, receiverState } from "../../src/core/status/whatsapp-receiver";
import { tempDir } from "./helpers";

const APP_SECRET = "meta-app-secret-0123456789";
const VERIFY = "my-verify-token";
const running: WhatsappWebhook[] = [];
afterEach(async () => {
	for (const w of running.splice(0)) await w.stop();
});

async function endpoint(opts: { maxBodyBytes?: number; maxPostsPerMinute?: number; heartbeatMs?: number; env?: Record<string, string> } = {}) {
	const vault = tempDir();
	const env = { AI_EMPLOYEE_WHATSAPP_APP_SECRET: APP_SECRET, AI_EMPLOYEE_WHATSAPP_VERIFY_TOKEN: VERIFY, TZ: "UTC", ...opts.env };
	const host = createNodeHost({ vaultDir: vault, env, configDir: ".obsidian", write: () => undefined });
	const layout = new Layout("AI_Employee");
	const log = new AuditLog({ vault: host.vault, clock: host.clock, notifier: host.notifier, folder: () => layout.folder("Logs"), timeZone: () => "UTC", dryRun: () => true });
	const hook = new WhatsappWebhook({ port: 0, secrets: host.secrets, notes: { vault: host.vault, yaml: host.yaml, layout: () => layout, timeZone: () => "UTC", log, actor: "headless:test" }, ...opts });
	await hook.start();
	running.push(hook);
	const notes = () => {
		const dir = path.join(vault, "AI_Employee/Needs_Action");
		return existsSync(dir) ? readdirSync(dir).sort() : [];
	};
	const logLines = async () => {
		await log.settle();
		const dir = path.join(vault, "AI_Employee/Logs");
		return readdirSync(dir).filter((f) => f.endsWith(".jsonl")).flatMap((f) => readFileSync(path.join(dir, f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>));
	};
	return { hook, vault, notes, logLines };
}

const msg = { id: "wamid.HBgLNDkxNTExMjM0NTY3OBUCABIYFjNFQjA=", from: "4915112345678", name: "Lena Vogel", text: "Hallo! Habt ihr Samstag um 10 Uhr noch einen Platz frei?", at: Date.parse("2026-12-03T09:12:00Z") };

describe("the WhatsApp webhook", () => {
	it("answers Meta's handshake with the challenge when the verify token matches, 403 otherwise", async () => {
		const { hook } = await endpoint();
		const ok = await fetch(`${hook.url}?hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444`);
		expect(ok.status).toBe(200);
		expect(await ok.text()).toBe("1158201444");
		const wrong = await fetch(`${hook.url}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`);
		expect(wrong.status).toBe(403);
	});

	it("turns a signed delivery into one untrusted Needs_Action note with sender, time, text and media", async () => {
		const { hook, vault, notes } = await endpoint();
		const r = await deliver(hook.url, deliveryBody([msg, { id: "wamid.IMG00001", from: "4915112345678", name: "Lena Vogel", image: { id: "1479537139650973", caption: "Das Poster" }, at: msg.at }]), APP_SECRET);
		expect(r.status).toBe(200);
		expect(notes()).toEqual(["WHATSAPP_HBgLNDkxNTExMjM0NTY3OBUCABIYFjNFQjA_.md", "WHATSAPP_IMG00001.md"]);
		const text = readFileSync(path.join(vault, "AI_Employee/Needs_Action", notes()[0]!), "utf8");
		expect(text).toContain("type: whatsapp");
		expect(text).toContain("from: \"4915112345678\"");
		expect(text).toContain("from_name: Lena Vogel");
		expect(text).toContain("received: 2026-12-03T09:12:00Z");
		expect(text).toContain("untrusted: true");
		expect(text).toContain("conversation: whatsapp-4915112345678");
		expect(text).toContain("Habt ihr Samstag um 10 Uhr noch einen Platz frei?");
		const image = readFileSync(path.join(vault, "AI_Employee/Needs_Action", notes()[1]!), "utf8");
		expect(image).toContain("- image: Das Poster (media id 1479537139650973");
	});

	it("refuses a forged or missing signature with 401, writes nothing, and logs the refusal", async () => {
		const { hook, notes, logLines } = await endpoint();
		const forged = await deliver(hook.url, deliveryBody([msg]), "not-the-app-secret");
		expect(forged.status).toBe(401);
		const none = await deliver(hook.url, deliveryBody([msg]), APP_SECRET, { signature: "" });
		expect(none.status).toBe(401);
		// A valid signature of a different body: the body was changed on the way.
		const body = deliveryBody([msg]);
		const { createHmac } = await import("node:crypto");
		const tampered = await deliver(hook.url, body.replace("Platz", "Tisch"), APP_SECRET, { signature: `sha256=${createHmac("sha256", APP_SECRET).update(body).digest("hex")}` });
		expect(tampered.status).toBe(401);
		expect(notes()).toEqual([]);
		const refused = (await logLines()).filter((l) => l.action_type === "whatsapp.webhook_refused");
		expect(refused).toHaveLength(3);
		expect(refused[0]!.error).toContain("X-Hub-Signature-256 does not match");
	});

	it("a delivery Meta retries, or an attacker replays, makes no second note", async () => {
		const { hook, notes, logLines } = await endpoint();
		const body = deliveryBody([msg]);
		for (let i = 0; i < 3; i++) expect((await deliver(hook.url, body, APP_SECRET)).status).toBe(200);
		expect(notes()).toHaveLength(1);
		const received = (await logLines()).filter((l) => l.action_type === "whatsapp.received");
		expect(received.map((l) => l.result)).toEqual(["success", "info", "info"]);
	});

	it("refuses an oversized body with 413 and too many posts with 429, each logged", async () => {
		const { hook, notes, logLines } = await endpoint({ maxBodyBytes: 4096, maxPostsPerMinute: 3 });
		const big = await deliver(hook.url, deliveryBody([{ ...msg, text: "x".repeat(10_000) }]), APP_SECRET);
		expect(big.status).toBe(413);
		await deliver(hook.url, deliveryBody([msg]), APP_SECRET);
		await deliver(hook.url, deliveryBody([msg]), APP_SECRET);
		const limited = await deliver(hook.url, deliveryBody([{ ...msg, id: "wamid.OTHER0001" }]), APP_SECRET);
		expect(limited.status).toBe(429);
		expect(notes()).toHaveLength(1);
		const statuses = (await logLines()).filter((l) => l.action_type === "whatsapp.webhook_refused").map((l) => (l.details as { status: number }).status);
		expect(statuses).toEqual([413, 429]);
	});

	it("accepts nothing when no app secret is configured, and says which secret is missing", async () => {
		const { hook, notes } = await endpoint({ env: { AI_EMPLOYEE_WHATSAPP_APP_SECRET: "" } });
		const r = await deliver(hook.url, deliveryBody([msg]), APP_SECRET);
		expect(r.status).toBe(503);
		expect(r.text).toContain("ai-employee-whatsapp-app-secret");
		expect(notes()).toEqual([]);
	});

	it("is bound to 127.0.0.1 unless told otherwise", async () => {
		const { hook } = await endpoint();
		expect(new URL(hook.url).hostname).toBe("127.0.0.1");
	});

	it("keeps a heartbeat in Logs/state while open, with the last delivery, and marks it stopped when closed", async () => {
		const { hook, vault } = await endpoint({ heartbeatMs: 50 });
		const file = path.join(vault, "AI_Employee/Logs/state/whatsapp-receiver.json");
		const read = () => parseHeartbeat(readFileSync(file, "utf8"));
		const first = read()!;
		expect(receiverState(first, Date.now()).kind).toBe("receiving");
		expect(first.last_delivery).toBeNull();
		expect((await deliver(hook.url, deliveryBody([msg]), APP_SECRET)).status).toBe(200);
		await new Promise((r) => setTimeout(r, 150));
		const later = read()!;
		expect(Date.parse(later.heartbeat)).toBeGreaterThan(Date.parse(first.heartbeat));
		expect(later.last_delivery).not.toBeNull();
		await hook.stop();
		const stopped = read()!;
		expect(stopped.stopped).not.toBeNull();
		expect(receiverState(stopped, Date.now())).toMatchObject({ kind: "gone", stopped: true });
	});
});
