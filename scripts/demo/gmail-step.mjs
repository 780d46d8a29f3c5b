// Demo step: a sample invoice email (.eml) → Needs_Action/EMAIL_<id>.md and a pending odoo.create_invoice request, through
// the same Gmail watcher, MIME reader, invoice classifier and createRequestNote the plugin uses. No network: the mailbox
// is a local MailSource serving the file. Call from scripts/demo.mjs: `await gmailDemoStep({ repo, vault })`.
import * as path from "node:path";
import { bundleAndLoad } from "../lib/bundle.mjs";

const ENTRY = `
import { readFileSync } from "node:fs";
import { Engine } from "./src/core/engine";
import { defaultSettings } from "./src/core/settings/parse";
import { createNodeHost } from "./src/node/host";
import { GmailWatcher } from "./src/core/watchers/gmail-watcher";
import { toMailMessage } from "./src/connectors/gmail";
import { decideInvoice } from "./src/connectors/gmail/invoice/classify";

export async function run({ vault, eml, approvalKey, now }) {
	const host = createNodeHost({ vaultDir: vault, env: {}, configDir: ".obsidian", write: () => undefined });
	const settings = defaultSettings();
	settings.gmail.enabled = true;
	const engine = new Engine({ host, settings, hostKind: "headless", approvalKey: () => approvalKey, isExecutor: () => false });
	const id = "18c0demo0000001";
	const message = toMailMessage(new Uint8Array(readFileSync(eml)), { id, threadId: id, labelIds: ["INBOX", "UNREAD", "IMPORTANT"], internalDate: now });
	const source = {
		profile: async () => ({ email: "owner@lumenpine.example", historyId: "1" }),
		search: async () => [id],
		changesSince: async () => ({ kind: "changes", historyId: "1", changed: false }),
		fetch: async () => message,
	};
	const watcher = new GmailWatcher({ deps: engine.deps, source: () => source, decideInvoice });
	await watcher.poll(new AbortController().signal);
	await engine.log.settle();
	const pending = await host.vault.listFiles(engine.layout.folder("Pending_Approval"));
	return { email: engine.layout.folder("Needs_Action") + "/EMAIL_" + id + ".md", requests: pending.filter((p) => p.includes("GMAIL-" + id)) };
}
`;

export async function gmailDemoStep({ repo, vault, eml = path.join(repo, "scripts", "demo", "gmail", "invoice-request.eml"), out = (l) => process.stdout.write(l + "\n") }) {
	const { run } = await bundleAndLoad({ repo, outfile: path.join(repo, ".bench", "gmail-demo.cjs"), source: { contents: ENTRY, sourcefile: "gmail-demo.ts" } });
	const result = await run({ vault, eml, approvalKey: process.env.AI_EMPLOYEE_APPROVAL_KEY ?? null, now: Date.now() });
	out(`gmail: ${path.basename(eml)} → ${result.email}`);
	for (const r of result.requests) out(`gmail: pending draft invoice → ${r}`);
	if (result.requests.length === 0) out("gmail: no draft invoice was made (see the email note's Needs clarification section)");
	return result;
}
