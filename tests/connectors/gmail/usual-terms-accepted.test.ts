// Terms the customer accepts in passing with "as usual" or in a note's shorthand ("30 days as usual is fine", "14 days
// payment ok", "30 Tage wie immer sind ok"): the draft carries them; a delivery time said the same way does not.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { TODAY } from "./invoice-mail";

function decide(body: string) {
	const raw = `From: Tom Hale <tom@hale.example>\r\nTo: owner@lumenpine.example\r\nSubject: invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, "\r\n")}`;
	const message = toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] });
	return decideInvoice(message, { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
}

describe("usual terms accepted in passing reach the draft", () => {
	const cases: [string, string][] = [
		["Please send me the invoice for the signage: 3 signs at £120 each. 30 days as usual is fine.\n\nTom", "30 Days"],
		["Hi Sam, pls invoice the social media package, SGD 1,800. Pls address to Kopi Pte Ltd. 14 days payment ok.\n\nTom", "14 Days"],
		["Hallo Sam,\n\nbitte schick uns die Rechnung für die Broschüre, 1.200 €. 30 Tage wie immer sind ok.\n\nTom", "30 Days"],
		["Hola Sam,\n\nmándame la factura del folleto, 700 €. 30 días como siempre está bien.\n\nTom", "30 Days"],
		["Bonjour Sam, merci de m'envoyer la facture : logo 850 €. 45 jours comme d'habitude ça nous va.\nTom", "45 Days"],
		["Oi Sam, pode mandar a fatura dos rótulos: 3 rótulos a 200 € cada. 28 dias de pagamento ok.\nTom", "28 Days"],
		["Ciao Sam,\n\nmandami la fattura per le foto, 350 €. 30 giorni come sempre vanno bene.\n\nTom", "30 Days"],
		["Hoi Sam, graag de factuur voor de menukaart: 400 €. 14 dagen betaling is ok.\nTom", "14 Days"],
	];
	for (const [body, terms] of cases) {
		it(`${terms}: ${body.split("\n")[0]!.slice(0, 60)}`, () => {
			const d = decide(body);
			expect(d.kind).toBe("draft");
			expect(d.kind === "draft" && d.params["payment_terms"]).toBe(terms);
		});
	}

	it("a delivery time \"as usual\" is no terms", () => {
		const d = decide("Please send me the invoice for the signage: 3 signs at £120 each. Delivery in 10 days as usual is fine.\n\nTom");
		expect(d.kind).toBe("draft");
		expect(d.kind === "draft" && d.params["payment_terms"]).toBeUndefined();
	});

	it("terms with no amount still ask for the amount", () => {
		expect(decide("Hi Sam, pls invoice the social media package. 14 days payment ok.\n\nTom").kind).toBe("clarify");
	});
});
