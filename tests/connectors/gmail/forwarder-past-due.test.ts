// A due date already past in the forwarder's own note above a colleague's forwarded email ("AP asked that the due date
// be 20 Nov 2026 to match the PO"): shown on the draft as past, never dropped unseen; a date to come there is set.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";

function forward(own: string, forwarded: string) {
	const raw = [`From: Bea Soto <bea@olmo.example>`, `To: owner@lumenpine.example`, `Subject: Fwd: Brochure - invoice`, `MIME-Version: 1.0`, `Content-Type: text/plain; charset="utf-8"`, `Content-Transfer-Encoding: 8bit`, ``, `${own}\n\n---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@olmo.example>\nDate: Wed, 25 Nov 2026 at 09:00\nSubject: Brochure - invoice\nTo: Bea Soto <bea@olmo.example>\n\n${forwarded}\n`].join("\r\n");
	return decideInvoice(toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });
}

const facts = "Bea, approved. Please ask Sam to invoice us as below:\n\nBrochure layout   €1,200.00\nIcons (6 × €40)   €240.00\n\nAna";
const pastShown = (d: ReturnType<typeof forward>) => (d.kind === "draft" ? [d.params["due_date"] ?? null, d.evidence.some((e) => e.includes("2026-11-20") && e.includes("already past"))] : d);

describe("a past due date in the forwarder's note", () => {
	it("is shown on the draft, in several phrasings", () => {
		for (const own of [
			"Hi Sam,\n\nCould you invoice us as below? AP asked that the due date be 20 Nov 2026 to match the PO (I know it has passed).\n\nBea",
			"Hi Sam,\n\nplease invoice us as below. Due date: 20 November 2026, as on our order - sorry, it is already gone.\n\nBea",
			"Hola Sam,\n\n¿puedes facturarnos lo de abajo? La fecha de vencimiento: 20 de noviembre de 2026, como en el pedido.\n\nBea",
		]) expect(pastShown(forward(own, facts)), own).toEqual([null, true]);
	});

	it("a date to come there is set as the due date, and a note without one shows none", () => {
		const d = forward("Hi Sam,\n\nCould you invoice us as below? Payment due by 18 December 2026.\n\nBea", facts);
		expect(d.kind === "draft" ? d.params["due_date"] : d).toBe("2026-12-18");
		expect(pastShown(forward("Hi Sam,\n\nCould you invoice us as below? Thanks.\n\nBea", facts))).toEqual([null, false]);
	});
});
