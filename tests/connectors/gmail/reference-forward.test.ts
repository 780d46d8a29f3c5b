// The customer's order number in all the ways it is written, wherever it stands: in the forwarder's own note above a
// forwarded email ("See below from Declan … Our PO for this is BCB-PO-2231"), with "for this" and no noun before the
// verb, and as a code with the purchase order inside it — always written whole, never cut to "PO-2231".
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { decide } from "./invoice-mail";

function forward(own: string, forwarded: string, marker = "---------- Forwarded message ---------", from = "From") {
	const raw = [`From: Bea Soto <bea@olmo.example>`, `To: owner@lumenpine.example`, `Subject: Fwd: Brochure - invoice`, `MIME-Version: 1.0`, `Content-Type: text/plain; charset="utf-8"`, `Content-Transfer-Encoding: 8bit`, ``, `${own}\n\n${marker}\n${from}: Ana Ruiz <ana@olmo.example>\nDate: Wed, 25 Nov 2026 at 09:00\nSubject: Brochure - invoice\nTo: Bea Soto <bea@olmo.example>\n\n${forwarded}\n`].join("\r\n");
	return decideInvoice(toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: "2026-11-26", extraPhrases: [] });
}

const reference = (d: ReturnType<typeof decide>) => (d.kind === "draft" ? d.params["reference"] : d);

describe("the order number in the forwarder's note", () => {
	it("is read from the note when the forwarded email gives the lines, in several languages", () => {
		const facts = "Bea, the brochure is signed off, you can tell Sam to invoice us. The brochure layout was €1,200.00, and the icons were 6 at €40 each.\n\nAna";
		expect(reference(forward("Hi Sam,\n\nSee below from Ana. Can you send the invoice to me please, I look after the accounts. Our PO for this is OLM-PO-4471.\n\nBea", facts))).toBe("OLM-PO-4471");
		expect(reference(forward("Hi Sam,\n\nplease invoice as below. Our purchase order number is PO-2026-118.\n\nBea", facts))).toBe("PO-2026-118");
		const de = "Bea, die Broschüre ist freigegeben, Sam kann uns die Rechnung schicken: Layout 1.200 €.\n\nAna";
		expect(reference(forward("Hallo Sam,\n\nsiehe unten von Ana. Bitte die Rechnung an mich. Unsere Bestellnummer dafür ist OLM-BST-2231.\n\nBea", de, "---------- Weitergeleitete Nachricht ---------", "Von"))).toBe("OLM-BST-2231");
		const fr = "Bea, la brochure est validée, Sam peut nous facturer : mise en page 1 200 €.\n\nAna";
		expect(reference(forward("Bonjour Sam,\n\nvoir ci-dessous. Merci de m'envoyer la facture. Notre n° de commande pour celle-ci : OLM-CMD-118.\n\nBea", fr, "---------- Message transféré ---------", "De"))).toBe("OLM-CMD-118");
	});

	it("the forwarded email's own number still comes first", () => {
		const facts = "Bea, please have Sam invoice the layout at €1,200. Please put PO 5521 on it.\n\nAna";
		const d = forward("Hi Sam, see below, can you send us the invoice? Our PO for this is OLM-PO-4471.\n\nBea", facts);
		expect(reference(d), JSON.stringify(d)).toBe("PO 5521");
	});
});

describe("a code with the purchase order inside it", () => {
	it("is written whole", () => {
		expect(reference(decide("Hi Sam,\n\nPlease invoice the logo, $600. Our PO for this is KLM-PO-7781.\n\nThanks,\nDana"))).toBe("KLM-PO-7781");
		expect(reference(decide("Hi Sam,\n\nPlease invoice the logo, $600, and put ACME-PO-2231 on it.\n\nThanks,\nDana"))).toBe("ACME-PO-2231");
	});
});
