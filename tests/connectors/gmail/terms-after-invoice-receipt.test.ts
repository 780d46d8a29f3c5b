// Payment terms counted from receiving the invoice ("O restante eu pago em até 15 dias depois de receber a fatura",
// "innerhalb von 15 Tagen nach Erhalt der Rechnung", "dentro de 15 días después de recibir la factura"), in seven
// languages: the draft's terms, its deposit beside them, and never terms from the receipt of a payment.
import { describe, expect, it } from "vitest";
import { decide, draftField } from "./invoice-mail";

const termsOf = (text: string): unknown => draftField(text, "payment_terms") ?? null;

describe("days counted from receiving the invoice are the payment terms", () => {
	it("pt: em até 15 dias depois de receber a fatura", () => expect(termsOf("Oi Sam! Pode emitir a fatura do logo, R$ 1.200,00? Eu pago em até 15 dias depois de receber a fatura, tá?\nDana")).toBe("15 Days"));
	it("de: innerhalb von 15 Tagen nach Erhalt der Rechnung", () => expect(termsOf("Hallo Sam, bitte schick mir die Rechnung für das Logo, 800 EUR. Ich zahle innerhalb von 15 Tagen nach Erhalt der Rechnung.\nDana")).toBe("15 Days"));
	it("de: binnen 30 Tagen nach Rechnungserhalt, under a list", () => expect(termsOf("Guten Tag,\nbitte stellen Sie uns in Rechnung:\n- Website: 2.400 EUR\n- Fotos: 300 EUR\nDie Zahlung erfolgt binnen 30 Tagen nach Rechnungserhalt.\nDana")).toBe("30 Days"));
	it("es: los 20 días siguientes a la recepción de la factura (not payable at once)", () => expect(termsOf("Estimado Sam: le ruego emita la factura por la maquetación, 1.200 €. El pago se hará dentro de los 20 días siguientes a la recepción de la factura.\nDana")).toBe("20 Days"));
	it("fr: dans les 30 jours suivant la réception de la facture", () => expect(termsOf("Bonjour,\nPouvez-vous m'envoyer la facture :\n- Refonte du site : 3 000 €\n- Photos : 400 €\nRèglement dans les 30 jours suivant la réception de la facture.\nDana")).toBe("30 Days"));
	it("it: entro 10 giorni da quando la ricevo", () => expect(termsOf("Ciao! Mi mandi la fattura del servizio fotografico (700 €)? La saldo entro 10 giorni da quando la ricevo.\nDana")).toBe("10 Days"));
	it("nl: 20 dagen na ontvangst factuur", () => expect(termsOf("Hoi, de factuur voor de flyer (300 EUR) graag. We betalen 20 dagen na ontvangst factuur.\nDana")).toBe("20 Days"));
	it("the deposit paid beside the terms", () => {
		const d = decide("Oi Sam, pode emitir a fatura?\n\n• Desenvolvimento do site: R$ 4.000,00\n\nJá paguei o sinal de R$ 1.000,00 via Pix, coloca como já pago. O restante eu pago em até 15 dias depois de receber a fatura.\nDana");
		expect(d.kind, JSON.stringify(d)).toBe("draft");
		if (d.kind !== "draft") return;
		expect(d.params["payment_terms"]).toBe("15 Days");
		expect(d.evidence.join(" ")).toContain("Deposit already paid: 1000.00 BRL");
	});
	it("days after receiving a payment are no terms", () => {
		const d = decide("Oi Sam! Pode emitir a fatura do logo, R$ 1.200,00? Entrego as fotos em até 15 dias depois de receber o pagamento.\nDana");
		if (d.kind === "draft") expect(d.params["payment_terms"]).toBeUndefined();
	});
	it("still asks without an amount", () => expect(decide("Hi Sam, please send the invoice for the logo. I'll pay within 15 days of receiving the invoice. How much was it again?\nDana").kind).toBe("clarify"));
});
