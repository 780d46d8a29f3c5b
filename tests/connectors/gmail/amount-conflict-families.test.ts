// Two amounts for one job that disagree ("el logo fueron $1.800.000 … Total a facturar: $1.500.000 COP"): which one the
// invoice carries is asked, both named — never a draft of either, and never no answer at all. Colombia's "cuenta de
// cobro" is asked for as an invoice is.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("two amounts for one job that disagree", () => {
	it("asks, naming both: a cuenta de cobro with the agreed price and another amount to invoice", () => {
		expectClarify("Hola Sam, te escribo para que me mandes la cuenta de cobro del video. Como quedamos, el video fueron $2.400.000 y con eso cerramos.\n\nTotal a facturar: $2.100.000 COP\n\nGracias", "$2.100.000 COP");
		expectClarify("Hola Sam, te escribo para que me mandes la cuenta de cobro del video. Como quedamos, el video fueron $2.400.000 y con eso cerramos.\n\nTotal a facturar: $2.100.000 COP\n\nGracias", "$2.400.000");
	});
	it("asks: the amount to be charged written as its own label", () => {
		expectClarify("Hola Sam, ¿me pasas la cuenta de cobro de las fotos? Quedamos en $900.000 por las fotos.\n\nValor a cobrar: $750.000 COP\n\nGracias", "does not match the lines");
		expectClarify("Hi Sam, can you send the invoice for the logo? As agreed, the logo was $1,800.\n\nTotal to invoice: $1,500\n\nThanks", "$1,500");
	});
	it("drafts when the amount to be charged is the agreed one", () => {
		expectDraft("Hola Sam, ¿me pasas la cuenta de cobro de las fotos? Quedamos en $900.000 por las fotos.\n\nValor a cobrar: $900.000 COP\n\nGracias", "COP", [["Fotos", 1, "900000.00"]]);
		expectDraft("Hola, ¿me mandas la factura del logo? Fueron 1.200 € el logo.\nMonto a facturar: 1.200 €", "EUR", [["Logo", 1, "1200.00"]]);
	});
});
