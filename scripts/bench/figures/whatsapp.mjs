// webhook_to_note_ms: from posting a signed WhatsApp delivery to the runner's webhook endpoint to its Needs_Action
// note on disk (the 200 comes after the write), over a real temp vault folder. Median of 50.
import { createHmac } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { AuditLog } from "../../../src/core/log/audit-log.ts";
import { Layout } from "../../../src/core/layout/folders.ts";
import { createNodeHost } from "../../../src/node/host.ts";
import { WhatsappWebhook } from "../../../src/node/webhook-server.ts";
import { deliveryBody } from "../../../tests/fakes/whatsapp/server.ts";
import { median } from "../stats.mjs";

export const webhookToNoteMs = {
	name: "webhook_to_note_ms",
	unit: "ms",
	decimals: 2,
	async measure() {
		const vault = mkdtempSync(path.join(os.tmpdir(), "ai-employee-bench-wa-"));
		const secret = "bench-app-secret";
		const host = createNodeHost({ vaultDir: vault, env: { AI_EMPLOYEE_WHATSAPP_APP_SECRET: secret, TZ: "UTC" }, configDir: ".obsidian", write: () => undefined });
		const layout = new Layout("AI_Employee");
		const log = new AuditLog({ vault: host.vault, clock: host.clock, notifier: host.notifier, folder: () => layout.folder("Logs"), timeZone: () => "UTC", dryRun: () => true });
		const hook = new WhatsappWebhook({ port: 0, secrets: host.secrets, notes: { vault: host.vault, yaml: host.yaml, layout: () => layout, timeZone: () => "UTC", log, actor: "bench" }, maxPostsPerMinute: 10_000 });
		await hook.start();
		const samples = [];
		try {
			for (let i = 0; i < 55; i++) {
				const id = `wamid.BENCH${String(i).padStart(6, "0")}`;
				const body = deliveryBody([{ id, from: "4915112345678", name: "Bench", text: `Message ${i}` }]);
				const sig = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
				const start = performance.now();
				const res = await fetch(hook.url, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sig }, body });
				await res.text();
				const ms = performance.now() - start;
				if (res.status !== 200 || !existsSync(path.join(vault, "AI_Employee/Needs_Action", `WHATSAPP_BENCH${String(i).padStart(6, "0")}.md`))) throw new Error(`delivery ${i} gave no note (HTTP ${res.status})`);
				if (i >= 5) samples.push(ms);
			}
		} finally {
			await hook.stop();
			await log.settle();
			rmSync(vault, { recursive: true, force: true });
		}
		return median(samples);
	},
};
