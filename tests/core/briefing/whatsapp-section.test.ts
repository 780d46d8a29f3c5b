// The briefing's WhatsApp section as before/after examples.
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/core/briefing/model";
import { whatsappSection } from "../../../src/core/briefing/sections/whatsapp";
import type { RequestOutcome } from "../../../src/core/briefing/types";
import { emptyData } from "./data";

const end = emptyData().period.endMs;
const reply = (over: Partial<RequestOutcome>): RequestOutcome => ({ path: "AI/Completed/r.md", id: "R", action: "whatsapp.send", title: "Reply", status: "completed", at: new Date(end - 86_400_000).toISOString(), dryRun: false, detail: "Sent", ...over });

describe("WhatsApp", () => {
	it("is left out of a week without any WhatsApp", () => {
		expect(whatsappSection(analyse(emptyData()))).toBe("");
	});

	it("counts messages waiting with the oldest, replies sent, and the median response time", () => {
		const data = emptyData({
			vault: {
				outcomes: [
					reply({ at: new Date(end - 86_400_000).toISOString(), customerWroteAt: new Date(end - 86_400_000 - 45 * 60_000).toISOString() }),
					reply({ at: new Date(end - 3 * 86_400_000).toISOString(), customerWroteAt: new Date(end - 3 * 86_400_000 - 3 * 3600_000).toISOString() }),
					reply({ at: new Date(end - 2 * 86_400_000).toISOString(), customerWroteAt: new Date(end - 2 * 86_400_000 - 20 * 60_000).toISOString() }),
					reply({ dryRun: true }),
					{ ...reply({}), action: "social.reply" },
				],
				waiting: [
					{ path: "AI/Needs_Action/WHATSAPP_A.md", folder: "Needs_Action", title: "WhatsApp from Lena", sinceMs: end - 26 * 3600_000, sinceSource: "received" },
					{ path: "AI/Needs_Action/EMAIL_B.md", folder: "Needs_Action", title: "Email", sinceMs: end - 50 * 3600_000, sinceSource: "received" },
				],
				unreadable: [],
			},
		});
		expect(whatsappSection(analyse(data))).toBe(
			[
				"## WhatsApp",
				"",
				"- **Waiting for an answer**: 1 message, the oldest for 1 day 2 hours ([[AI/Needs_Action/WHATSAPP_A.md|oldest]]).",
				"- **Replies sent**: 3.",
				"- **Response time**: median 45 minutes over 3 replies.",
				"",
			].join("\n"),
		);
	});
});
