// The Gmail watcher against the fake Gmail: one note per new message across restarts, history resets and two devices;
// invoice emails become one pending draft that, approved, makes one draft invoice in the fake Odoo.
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CategorizedError } from "../../../src/core/util/errors";
import { splitNote } from "../../../src/core/requests/frontmatter";
import { eml, gmailWorld, ROOT, type GmailWorld } from "./gmail-world";
import { testHost } from "../../helpers";
import { NodeHttpClient } from "../../../src/node/http";
import { GmailWatcher } from "../../../src/core/watchers/gmail-watcher";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";

let w: GmailWorld;
afterEach(async () => {
	await w?.close();
});

async function notes(world: GmailWorld, folder: string): Promise<string[]> {
	return (await world.host.vault.listFiles(`${ROOT}/${folder}`)).sort();
}

async function fm(world: GmailWorld, p: string): Promise<Record<string, unknown>> {
	return parse(splitNote((await world.host.vault.read(p)) ?? "").yaml ?? "") as Record<string, unknown>;
}

describe("Gmail watcher", () => {
	it("turns each new matching message into exactly one EMAIL note, across polls and a restart", async () => {
		w = await gmailWorld();
		const a = w.google.deliver(eml("33-meeting.eml"));
		w.google.deliver(eml("37-thanks-reply.eml"), { labels: ["INBOX"] }); // not important: the query skips it
		await w.poll();
		expect(await notes(w, "Needs_Action")).toEqual([`${ROOT}/Needs_Action/EMAIL_${a}.md`]);
		const meta = await fm(w, `${ROOT}/Needs_Action/EMAIL_${a}.md`);
		expect(meta).toMatchObject({ type: "email", subject: "Thursday meeting", message_id: a, thread_id: a, priority: "high", labels: ["INBOX", "UNREAD", "IMPORTANT"] });
		expect(String(meta["from"])).toBe("Maya Lin <maya@harborview-yoga.example>");

		const b = w.google.deliver(eml("36-japanese-iso2022.eml"));
		await w.poll();
		await w.poll(w.watcher()); // a restart: a new watcher reads the stored history id
		expect(await notes(w, "Needs_Action")).toEqual([`${ROOT}/Needs_Action/EMAIL_${a}.md`, `${ROOT}/Needs_Action/EMAIL_${b}.md`].sort());
		expect(await w.host.vault.read(`${ROOT}/Needs_Action/EMAIL_${b}.md`)).toContain("来週の打ち合わせの件でご連絡しました");
	});

	it("does a full resync when Gmail forgets the history id, without duplicating notes", async () => {
		w = await gmailWorld();
		const a = w.google.deliver(eml("33-meeting.eml"));
		await w.poll();
		w.google.expireHistory();
		const b = w.google.deliver(eml("37-thanks-reply.eml"));
		await w.poll();
		expect(await notes(w, "Needs_Action")).toEqual([`${ROOT}/Needs_Action/EMAIL_${a}.md`, `${ROOT}/Needs_Action/EMAIL_${b}.md`].sort());
		await w.engine.log.settle();
		expect(await w.host.vault.read(`${ROOT}/Logs/2026-11-26.jsonl`)).toContain("gmail.resync");
	});

	it("does not bring back a note the owner moved away", async () => {
		w = await gmailWorld();
		const a = w.google.deliver(eml("33-meeting.eml"));
		await w.poll();
		await w.host.vault.remove(`${ROOT}/Needs_Action/EMAIL_${a}.md`);
		w.google.deliver(eml("37-thanks-reply.eml"));
		await w.poll();
		expect(await w.host.vault.exists(`${ROOT}/Needs_Action/EMAIL_${a}.md`)).toBe(false);
	});

	it("a poll with nothing new makes one history call and writes nothing", async () => {
		w = await gmailWorld();
		w.google.deliver(eml("33-meeting.eml"));
		await w.poll();
		const before = w.google.received.length;
		const state = await w.host.vault.read(`${ROOT}/Logs/state/gmail.json`);
		await w.poll();
		const calls = w.google.received.slice(before).map((r) => r.path.split("?")[0]);
		expect(calls).toEqual(["/gmail/v1/users/me/history"]);
		expect(await w.host.vault.read(`${ROOT}/Logs/state/gmail.json`)).toBe(state);
	});

	it("an invoice email becomes one pending draft invoice linked to the email; approved, one draft invoice in Odoo", async () => {
		w = await gmailWorld();
		const id = w.google.deliver(eml("01-plain-hours.eml"));
		await w.poll();
		await w.poll();
		const pending = await notes(w, "Pending_Approval");
		expect(pending).toHaveLength(1);
		const req = await fm(w, pending[0]!);
		expect(req).toMatchObject({
			action: "odoo.create_invoice",
			status: "pending",
			origin: "plugin:gmail",
			source: `${ROOT}/Needs_Action/EMAIL_${id}.md`,
			correlation_id: `gmail-${id}`,
			params: {
				customer: { name: "Dana Whitfield", email: "dana@acme-outdoor.example", company: "Acme Outdoor Ltd" },
				invoice_date: "2026-11-26",
				payment_terms: "30 Days",
				currency: "USD",
				lines: [{ description: "Website support (hours)", quantity: 12, unit_price: "95.00" }],
				reference: "PO-4471",
			},
		});
		const email = await fm(w, `${ROOT}/Needs_Action/EMAIL_${id}.md`);
		expect(email).toMatchObject({ invoice: "drafted", invoice_request: pending[0], correlation_id: `gmail-${id}` });

		// Drafted from an email: never auto-approved, so it waits for the owner's click.
		await w.engine.workflow.approvals.evaluate(pending[0]!);
		expect((await fm(w, pending[0]!))["status"]).toBe("pending");
		await w.engine.workflow.approvals.approve(pending[0]!);
		await w.engine.log.settle();
		const done = await notes(w, "Completed");
		expect(done, JSON.stringify(await notes(w, "Failed")) + (await w.host.vault.read(`${ROOT}/Logs/2026-11-26.jsonl`))).toHaveLength(1);
		const invoices = w.odoo.store.all("account.move").filter((m) => m.move_type === "out_invoice");
		expect(invoices).toHaveLength(1);
		expect(invoices[0]).toMatchObject({ state: "draft", ref: "PO-4471" });
		const log = (await w.host.vault.read(`${ROOT}/Logs/2026-11-26.jsonl`)) ?? "";
		const correlated = log.split("\n").filter((l) => l.includes(`"correlation_id":"gmail-${id}"`)).map((l) => (JSON.parse(l) as { action_type: string }).action_type);
		expect(correlated).toEqual(expect.arrayContaining(["gmail.email_noted", "gmail.invoice_drafted", "odoo.create_invoice"]));
	});

	it("a quote request, a receipt and a bill make notes but no request", async () => {
		w = await gmailWorld();
		for (const f of ["23-quote-request.eml", "25-receipt-saas.eml", "27-bill-to-owner.eml", "29-phishing-suspended.eml"]) w.google.deliver(eml(f));
		await w.poll();
		expect(await notes(w, "Needs_Action")).toHaveLength(4);
		expect(await notes(w, "Pending_Approval")).toEqual([]);
		const receipt = (await notes(w, "Needs_Action")).map((p) => p);
		for (const p of receipt) expect((await fm(w, p))["invoice"]).toBe("none");
	});

	it("a check stopped while an email is being read loses nothing: the next check notes that email and the rest, once each", async () => {
		w = await gmailWorld();
		const ids = ["33-meeting.eml", "12-days-due-iso.eml", "37-thanks-reply.eml"].map((f) => w.google.deliver(eml(f)));
		const stop = new AbortController();
		// The plugin unloads while the second email is being read (the reader still answers, as a worker would).
		const stopping = new GmailWatcher({ deps: w.engine.deps, source: w.gmail.source, concurrency: 1, decideInvoice: (m, ctx) => {
			if (m.id === ids[1]) stop.abort(new Error("The watcher was stopped."));
			return decideInvoice(m, ctx);
		} });
		await stopping.poll(stop.signal);
		expect(await notes(w, "Needs_Action")).toHaveLength(1);
		await w.poll();
		expect(await notes(w, "Needs_Action")).toEqual(ids.map((id) => `${ROOT}/Needs_Action/EMAIL_${id}.md`).sort());
		expect(await notes(w, "Pending_Approval")).toHaveLength(1);
	});

	it("an email the invoice reader could not read is still noted, with why no draft was made, in the note and the log", async () => {
		w = await gmailWorld();
		const id = w.google.deliver(eml("12-days-due-iso.eml"));
		// What the window hears when the reader's worker was stopped on this email (src/obsidian/invoice-reader).
		const failing = new GmailWatcher({ deps: w.engine.deps, source: w.gmail.source, decideInvoice: () => Promise.reject(new Error("reading this email took longer than 60 s, so it was stopped")) });
		await failing.poll(new AbortController().signal);
		const path = `${ROOT}/Needs_Action/EMAIL_${id}.md`;
		expect((await w.host.vault.read(path)) ?? "").toContain("## Invoice check failed\n\nThe invoice check could not read this email (reading this email took longer than 60 s, so it was stopped), so no draft was made.");
		expect(await notes(w, "Pending_Approval")).toEqual([]);
		await w.engine.log.settle();
		const lines = ((await w.host.vault.read(`${ROOT}/Logs/2026-11-26.jsonl`)) ?? "").split("\n").filter((l) => l.includes('"gmail.invoice_check"'));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('"error":"reading this email took longer than 60 s, so it was stopped"');
	});

	it("an invoice request missing its amount gets a 'needs clarification' section and no draft", async () => {
		w = await gmailWorld();
		const id = w.google.deliver(eml("16-clarify-the-usual.eml"));
		await w.poll();
		expect(await notes(w, "Pending_Approval")).toEqual([]);
		const text = (await w.host.vault.read(`${ROOT}/Needs_Action/EMAIL_${id}.md`)) ?? "";
		expect(text).toContain("## Needs clarification");
		expect(text).toContain("the usual");
		expect((await fm(w, `${ROOT}/Needs_Action/EMAIL_${id}.md`))["invoice"]).toBe("needs_clarification");
	});

	it("two devices watching the same mailbox and vault make one note and one request", async () => {
		w = await gmailWorld();
		const id = w.google.deliver(eml("02-alt-bullets-total.eml"));
		const second = await gmailWorld({ host: w.host, google: w.google });
		await Promise.all([w.poll(), second.poll()]);
		expect(await notes(w, "Needs_Action")).toEqual([`${ROOT}/Needs_Action/EMAIL_${id}.md`]);
		expect(await notes(w, "Pending_Approval")).toHaveLength(1);
		await second.engine.stop();
		await second.odoo.stop();
	});

	it("an expired sign-in (invalid_grant) pauses the watcher with the reason and the fix", async () => {
		w = await gmailWorld();
		w.google.deliver(eml("33-meeting.eml"));
		w.google.expireRefreshTokens();
		const err = await w.poll().catch((e: unknown) => e);
		expect(err).toBeInstanceOf(CategorizedError);
		expect((err as CategorizedError).category).toBe("auth");
		expect((err as CategorizedError).message).toContain("invalid_grant");
		expect((err as CategorizedError).suggestion).toContain("Testing");
		expect(await notes(w, "Needs_Action")).toEqual([]);
	});

	it("without a saved sign-in the watcher pauses and says how to connect", async () => {
		const host = testHost({ start: "2026-11-26T09:00:00Z", http: new NodeHttpClient() });
		host.secrets.set("ai-employee-google-refresh-token", "");
		w = await gmailWorld({ host });
		const err = await w.poll().catch((e: unknown) => e);
		expect((err as CategorizedError).category).toBe("auth");
		expect((err as CategorizedError).suggestion).toContain("Connect Gmail");
	});

	it("never makes a Needs_Action item of mail the owner sent (SENT label, or from the account itself)", async () => {
		w = await gmailWorld();
		const theirs = w.google.deliver(eml("33-meeting.eml"));
		await w.poll();
		// The owner's reply comes back through the history sync, once labelled SENT and once as mail from the account.
		const reply = "From: Sam <owner@lumenpine.example>\r\nTo: maya@harborview-yoga.example\r\nSubject: Re: Thursday meeting\r\nMessage-ID: <reply-1@lumenpine.example>\r\n\r\nSee you Thursday.\r\n";
		const sent = w.google.deliver(reply, { labels: ["SENT", "UNREAD", "IMPORTANT"] });
		const fromMe = w.google.deliver(reply.replace("reply-1", "reply-2"), { labels: ["INBOX", "UNREAD", "IMPORTANT"] });
		await w.poll();
		expect(await notes(w, "Needs_Action")).toEqual([`${ROOT}/Needs_Action/EMAIL_${theirs}.md`]);
		expect(await w.host.vault.exists(`${ROOT}/Needs_Action/EMAIL_${sent}.md`)).toBe(false);
		expect(await w.host.vault.exists(`${ROOT}/Needs_Action/EMAIL_${fromMe}.md`)).toBe(false);
		expect(await notes(w, "Plans")).toEqual([]);
		// Remembered as seen: the next poll does not fetch them again.
		const before = w.google.received.length;
		await w.poll(w.watcher());
		expect(w.google.received.slice(before).filter((r) => r.path.includes(`/messages/${sent}`) || r.path.includes(`/messages/${fromMe}`))).toEqual([]);
	});

	it("runs one check at a time: 'Check Gmail now' during the start-up check joins it (one token call, each message fetched once)", async () => {
		w = await gmailWorld();
		const ids = [w.google.deliver(eml("33-meeting.eml")), w.google.deliver(eml("36-japanese-iso2022.eml"))];
		const watcher = w.watcher();
		await Promise.all([w.poll(watcher), w.poll(watcher)]);
		const paths = w.google.received.map((r) => r.path.split("?")[0]!);
		expect(paths.filter((p) => p.endsWith("/token"))).toHaveLength(1);
		for (const id of ids) expect(paths.filter((p) => p.endsWith(`/messages/${id}`))).toHaveLength(1);
		expect(await notes(w, "Needs_Action")).toHaveLength(2);
	});
});
