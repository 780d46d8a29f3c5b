// A forward whose amounts are in the forwarder's own note above it ("see below from Linda … the layout was $1,200.00
// and the infographics were 5 at $80 each"), the forwarded email only approving the work: the note holds the facts.
// A note that only passes the mail on ("FYI", "see below") still asks for the amount; a forwarded email with its own
// amounts stays the facts, and a note that writes another figure is asked about (both named).
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";

function forward(own: string, forwarded: string, marker = "---------- Forwarded message ---------", from = "From", subject = "Fwd: Brochure") {
	const raw = [`From: Bea Soto <bea@olmo.example>`, `To: owner@lumenpine.example`, `Subject: ${subject}`, `MIME-Version: 1.0`, `Content-Type: text/plain; charset="utf-8"`, `Content-Transfer-Encoding: 8bit`, ``, `${own}\n\n${marker}\n${from}: Ana Ruiz <ana@olmo.example>\nDate: Wed, 25 Nov 2026 at 09:00\nSubject: Brochure\nTo: Bea Soto <bea@olmo.example>\n\n${forwarded}\n`].join("\r\n");
	return decideInvoice(toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });
}

const lines = (d: ReturnType<typeof forward>) => (d.kind === "draft" ? (d.params["lines"] as { description: string; quantity: number; unit_price: string }[]).map((l) => [l.description, l.quantity, l.unit_price]) : d);

describe("the facts in the forwarder's own note", () => {
	it("are read when the forwarded email writes no amount, in several languages", () => {
		const en = forward("Hi Sam, see below from Ana. Could you send us the invoice? The brochure layout was $1,200.00, and the icons were 6 at $40 each.\n\nBea\nOlmo Studio Ltd", "Bea, I've signed off on the brochure. Please get the invoice from Sam.\n\nAna");
		expect(lines(en)).toEqual([["Brochure layout", 1, "1200.00"], ["Icons", 6, "40.00"]]);
		if (en.kind === "draft") expect(en.params["customer"]).toMatchObject({ email: "bea@olmo.example", company: "Olmo Studio Ltd" });
		const de = forward("Hallo Sam, siehe unten von Ana. Bitte schick uns die Rechnung: Broschüre 1.200 €.\n\nBea\nOlmo Studio GmbH", "Bea, die Broschüre ist freigegeben.\n\nAna", "---------- Weitergeleitete Nachricht ---------", "Von");
		expect(lines(de)).toEqual([["Broschüre", 1, "1200.00"]]);
		const es = forward("Hola Sam, mira abajo lo de Ana. ¿Nos envías la factura?\n\n- Diseño del folleto: 900,00 €\n\nBea\nOlmo Studio S.L.", "Bea, el folleto está aprobado.\n\nAna", "---------- Mensaje reenviado ---------", "De");
		expect(lines(es)).toEqual([["Diseño del folleto", 1, "900.00"]]);
	});

	it("a note that only passes the mail on still asks for the amount", () => {
		for (const own of ["FYI", "Hi Sam, see below. Can you send the invoice?\n\nBea"]) {
			const d = forward(own, "Bea, I've signed off on the brochure. Please get the invoice from Sam.\n\nAna");
			expect(d.kind, JSON.stringify(d)).not.toBe("draft");
		}
	});

	it("a forwarded email with amounts of its own stays the facts; a different figure in the note is asked about", () => {
		const same = forward("Hi Sam, see below. Can you send the invoice?\n\nBea", "Bea, for the invoice from Sam: Brochure layout – $1,200.00\n\nAna");
		expect(same.kind === "draft" ? lines(same) : same.kind).toEqual([["Brochure layout", 1, "1200.00"]]);
		const other = forward("Hi Sam, see below. Can you send the invoice? I think it was $1,500.\n\nBea", "Bea, for the invoice from Sam: Brochure layout – $1,200.00\n\nAna");
		expect(other.kind).toBe("clarify");
		if (other.kind === "clarify") expect(other.missing.join(" ")).toMatch(/\$1,500.*\$1,200\.00/);
	});
});
