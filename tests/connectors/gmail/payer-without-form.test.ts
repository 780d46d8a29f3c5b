// The invoice made out to a firm named without a legal form ("Intestala ad Atelier Brambilla, P.IVA …", "Kindly address
// it to Bahay Kubo Events & Catering" over a letterhead signature), a company quoted with its form whole ('"Dalbit
// Cosmetics Co., Ltd."'), and a reference quoted whole ('come riferimento "ordine 2026/77"').
import { describe, expect, it } from "vitest";
import { readCustomer } from "../../../src/connectors/gmail/invoice/customer";
import { readReference } from "../../../src/connectors/gmail/invoice/reference";

const from = { name: "Dana Whitfield", email: "dana@acme.example" };

describe("a payer phrase naming a firm without a legal form", () => {
	it("is the firm when its tax number follows it", () => {
		expect(readCustomer("Ciao Sam, fattura per il logo: 500,00 €. Intestala ad Atelier Rossi, P.IVA 10293847561, via Tortona 31.\n\nDana", from)).toEqual({ ...from, company: "Atelier Rossi" });
		expect(readCustomer("Oi Sam, a fatura do cardápio: R$ 1.800,00. Em nome da Padaria Estrela, CNPJ 12.345.678/0001-90.\n\nDana", from)).toEqual({ ...from, company: "Padaria Estrela" });
		expect(readCustomer("Hoi Sam, de factuur voor de flyers: € 300. Ten name van Bakker Bloemen, KvK 12345678.\n\nDana", from)).toEqual({ ...from, company: "Bakker Bloemen" });
		expect(readCustomer("Hola Sam, la factura del catálogo: 1.300 €. Hazla a nombre de Distribuciones Levante, CIF B12345678.\n\nDana", from)).toEqual({ ...from, company: "Distribuciones Levante" });
	});
	it("is the firm when the signature writes it as a letterhead, its address on the next line", () => {
		expect(readCustomer("Hi Sam, the invoice please: 8 hrs @ $350/hr. Kindly address it to Harbour Events & \nCatering and put the due date as December 10.\n\nThanks!\nDana Whitfield\nAdmin & Accounts\nHarbour Events & Catering\nUnit 5, Gorordo Ave., Cebu City\n0917 555 0143", from)).toEqual({ ...from, company: "Harbour Events & Catering" });
		expect(readCustomer("Bonjour Sam, la facture des affiches : 600 €. Au nom de Boulangerie Martin, merci.\n\nDana\nBoulangerie Martin\n12, rue Bonaparte, Paris", from)).toEqual({ ...from, company: "Boulangerie Martin" });
	});
	// The labels' convention (tests/fixtures/emails/LABELS.md): the sender's own business, named in the signature and
	// asked for as the payer, is the company even without a legal form.
	it("is the sender's business the signature writes too, with a role before it or on a line of its own", () => {
		expect(readCustomer("Please invoice the menus, $650. Please address it to Fern Cup Coffee.\n\nThanks!\nDana Whitfield\nOwner, Fern Cup Coffee\n2210 SE Division St, Portland, OR 97202", from)).toEqual({ ...from, company: "Fern Cup Coffee" });
		expect(readCustomer("Please invoice the report, KSh 85,000. Please address it to Tumaini Children's Trust, P.O. Box 52110-00200, Nairobi.\n\nDana Whitfield\nTumaini Children's Trust\n+254 722 555 019", from)).toEqual({ ...from, company: "Tumaini Children's Trust" });
	});
	it("stays the person otherwise: a name alone, an office, a person", () => {
		expect(readCustomer("Please invoice the report, KSh 85,000. Please address it to Tumaini Children's Trust, P.O. Box 52110-00200, Nairobi.\n\nDana Whitfield\n+254 722 555 019", from)).toEqual(from);
		expect(readCustomer("Please invoice the logo, $500. Address it to Accounts Payable, thanks.\n\nDana", from)).toEqual(from);
		expect(readCustomer("Hola Sam, la factura del catálogo: 1.300 €. Hazla a nombre de mi socio Pedro Gómez.\n\nDana", from)).toEqual(from);
		expect(readCustomer("Oi Sam, a fatura: R$ 500,00. Em nome de João Silva, CPF 123.456.789-00.\n\nDana", from)).toEqual(from);
	});
});

describe("a quoted company or reference is read whole", () => {
	it("a legal form with a comma inside, in quotes", () => {
		expect(readCustomer('Please send us the invoice, 450,000 KRW.\n\nPlease write our company name as "Dalbit Cosmetics Co., Ltd." on the invoice.\n\nDana', from)).toEqual({ ...from, company: "Dalbit Cosmetics Co., Ltd." });
		expect(readCustomer('Hola Sam, la factura del logo: 12.000 MXN. A nombre de "Casa Olmo S.A. de C.V.", por favor.\n\nDana', from)).toEqual({ ...from, company: "Casa Olmo S.A. de C.V." });
		expect(readCustomer('Hi Sam, the menu design: RM 1,200. Please address it to "Kopi Kampung Sdn. Bhd." thanks.\n\nDana', from)).toEqual({ ...from, company: "Kopi Kampung Sdn. Bhd." });
	});
	it("a reference quoted with its own words", () => {
		expect(readReference('Metti come riferimento "ordine 2026/77" sennò il commercialista impazzisce.')).toBe("ordine 2026/77");
		expect(readReference('Please use as reference "Order 2026/77".')).toBe("Order 2026/77");
		expect(readReference('Referenz: „Bestellung 4471" bitte.')).toBe("Bestellung 4471");
		expect(readReference('Como referencia "pedido 2026/77", por favor.')).toBe("pedido 2026/77");
	});
});
