// The invoice reader's worker, seen from the window: emails are read one at a time in a second thread (a real one,
// tests/setup/web-worker.ts), and a stalled or broken reader costs one email its check, never the ones after it.
import { afterEach, describe, expect, it } from "vitest";
import { BackgroundInvoiceReader } from "../../../src/obsidian/invoice-reader/background-reader";
import type { MailMessage } from "../../../src/core/watchers/gmail-watcher";

// A stand-in reader: answers with the subject, stalls on "stall", throws on "throw".
const SCRIPT = `self.onmessage = ({ data }) => {
	if (data.message.subject === "stall") for (;;) {}
	if (data.message.subject === "throw") throw new Error("the reader broke");
	postMessage({ id: data.id, decision: { kind: "none", rule: "no-request", reason: data.message.subject + " read by worker " + (self.started ??= Math.random()) } });
};`;

const context = { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] };
function mail(subject: string): MailMessage {
	return { id: subject, threadId: subject, labelIds: [], internalDate: 0, from: "A <a@b.example>", fromName: "A", fromEmail: "a@b.example", replyToEmail: null, to: "owner@lumenpine.example", cc: "", subject, rfcMessageId: "", priority: "normal", bulk: false, text: "Hello", quoted: "", attachments: [] };
}
const reason = async (p: Promise<unknown>) => ((await p) as { reason: string }).reason;

let reader: BackgroundInvoiceReader;
afterEach(() => reader.dispose());

describe("the invoice reader beside the window", () => {
	it("reads emails asked for at once, each answered with its own decision, by one worker", async () => {
		reader = new BackgroundInvoiceReader(SCRIPT);
		const answers = await Promise.all(["one", "two", "three"].map((s) => reason(reader.decide(mail(s), context))));
		expect(answers.map((a) => a.split(" ")[0])).toEqual(["one", "two", "three"]);
		expect(new Set(answers.map((a) => a.split(" by ")[1])).size).toBe(1);
	});

	it("stops a read that stalls past the limit with a plain reason, and reads the next email in a fresh worker", async () => {
		reader = new BackgroundInvoiceReader(SCRIPT, 1_000);
		const before = await reason(reader.decide(mail("before"), context));
		const stalled = reader.decide(mail("stall"), context);
		const after = reader.decide(mail("after"), context);
		await expect(stalled).rejects.toThrow("reading this email took longer than 1 s, so it was stopped");
		const next = await reason(after);
		expect(next.startsWith("after")).toBe(true);
		expect(next.split(" by ")[1]).not.toBe(before.split(" by ")[1]);
	});

	it("answers a reader that breaks with what broke, and goes on with the next email", async () => {
		reader = new BackgroundInvoiceReader(SCRIPT, 5_000);
		await expect(reader.decide(mail("throw"), context)).rejects.toThrow("the invoice reader failed: the reader broke");
		expect(await reason(reader.decide(mail("later"), context))).toMatch(/^later/);
	});

	it("on unload, answers the emails still waiting and takes no more", async () => {
		reader = new BackgroundInvoiceReader(SCRIPT, 5_000);
		const stalled = reader.decide(mail("stall"), context);
		const waiting = reader.decide(mail("waiting"), context);
		reader.dispose();
		await expect(stalled).rejects.toThrow("AI Employee is stopping");
		await expect(waiting).rejects.toThrow("AI Employee is stopping");
		await expect(reader.decide(mail("late"), context)).rejects.toThrow("AI Employee is stopping");
	});
});
