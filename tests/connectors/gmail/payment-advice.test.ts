// A payer's payment advice ("the following payment has been released to your bank account", "Zahlungsavis", "aviso de
// pago", "betaaladvies") is a receipt: no invoice; a request that mentions the advice to come still drafts.
import { describe, expect, it } from "vitest";
import { decide } from "./invoice-mail";

describe("a payment advice is a receipt", () => {
	for (const text of [
		"Dear Supplier,\n\nPlease be informed that the following payment has been released to your bank account.\n\nPAYMENT ADVICE\nInvoice INV-0231 - QAR 3,600.00\n\nAccounts Payable",
		"Hello,\n\nPayment advice: invoice 2041, €1,200.00, paid by SEPA transfer on 3 Nov.\n\nAP team",
		"Estimado proveedor:\n\nle enviamos el aviso de pago de la factura 77 por 450,00 €.\n\nCuentas por pagar",
		"Gentile fornitore,\n\nin allegato l'avviso di pagamento della fattura 12, 350,00 €.\n\nAmministrazione",
		"Geachte leverancier,\n\nhierbij het betaaladvies voor factuur 2026-31, € 480,00.\n\nCrediteurenadministratie",
	]) {
		it(text.split("\n").find((l) => /\d/.test(l))!.slice(0, 60), () => {
			const d = decide(text, "Payment");
			expect(d.kind).toBe("none");
			expect(d.kind === "none" && d.rule).toBe("receipt");
		});
	}

	it("near miss: a request that says a payment advice will follow still drafts", () => {
		expect(decide("Hi Sam,\n\nPlease send the invoice for the shoot, €900. Our AP team will send a payment advice once it is paid.\n\nAnn").kind).toBe("draft");
		expect(decide("Hola Sam, envíame la factura del folleto, 700 €. Después te mando el aviso de pago.\n\nAna").kind).toBe("draft");
	});
});
