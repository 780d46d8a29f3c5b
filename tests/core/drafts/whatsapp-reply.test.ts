import { describe, expect, it } from "vitest";
import { whatsappReplyDraft } from "../../../src/core/drafts/whatsapp-reply";
import { objectiveAndSteps } from "../../../src/core/plans/plan-note";
import { whatsappSendParams } from "../../../src/connectors/whatsapp/params";

const note = { type: "whatsapp", from: "4915112345678", from_name: "Lena Vogel", received: "2026-12-03T09:12:00Z", message_id: "wamid.HBgLNDkxNTExMjM0NTY3OA==", conversation: "whatsapp-4915112345678" };
const path = "AI_Employee/Needs_Action/WHATSAPP_HBgLNDkxNTExMjM0NTY3OA__.md";

describe("a WhatsApp reply drafted from the message's note", () => {
	it("answers the sender, quotes the message, carries the customer's time for the window, and links the note for the plan", () => {
		const d = whatsappReplyDraft(path, note, "Yes, Saturday 10:00 works.");
		expect(d.ok).toBe(true);
		if (!d.ok) return;
		expect(d.request).toMatchObject({ action: "whatsapp.send", source: path, origin: "plugin:command", title: "WhatsApp reply to Lena Vogel" });
		expect(d.request.params).toEqual({ to: "4915112345678", contact_name: "Lena Vogel", text: "Yes, Saturday 10:00 works.", reply_to: note.message_id, customer_last_message_at: "2026-12-03T09:12:00Z", conversation: path });
		// What it writes is a valid whatsapp.send request.
		expect(whatsappSendParams.safeParse(d.request.params).success).toBe(true);
	});

	it("says what is missing instead of drafting something that cannot be sent", () => {
		expect(whatsappReplyDraft(path, { ...note, type: "email" }, "Hi")).toEqual({ ok: false, reason: "This note is not a WhatsApp message (its type is not whatsapp)." });
		expect(whatsappReplyDraft(path, { ...note, from: "Lena" }, "Hi")).toMatchObject({ ok: false, reason: expect.stringContaining("no sender number") });
		expect(whatsappReplyDraft(path, note, "  ")).toEqual({ ok: false, reason: "Write the reply first." });
	});

	it("gives the conversation a plan whose objective is to answer the customer", () => {
		expect(objectiveAndSteps({ path, data: note }).objective).toBe("Answer Lena Vogel on WhatsApp.");
	});
});
