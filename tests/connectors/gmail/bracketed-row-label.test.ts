// A row's label with a bracket saying which one ("Fotografias do escritório (interiores): 12 fotos a R$ 180,00 cada"):
// the whole label, bracket and all, names the counted work — never the words after its "do" alone, nor the unit.
import { describe, it } from "vitest";
import { expectDraft } from "./invoice-mail";

describe("a bracketed row label before a count", () => {
	it("keeps the whole label", () => {
		expectDraft("Olá Sam, pode emitir a fatura?\n\n• Fotografias do escritório (interiores): 12 fotos a R$ 180,00 cada\n• Deslocamento: R$ 120,00\n\nRafael", "BRL", [["Fotografias do escritório (interiores)", 12, "180.00"], ["Deslocamento", 1, "120.00"]]);
		expectDraft("Hi Sam, can you send the invoice?\n\n• Photography of the office (interiors): 12 photos at $180 each\n• Travel: $120\n\nRafael", "USD", [["Photography of the office (interiors)", 12, "180.00"], ["Travel", 1, "120.00"]]);
		expectDraft("Hola Sam, ¿me mandas la factura?\n\n* Fotografía de vehículos (exteriores): 15 fotos a 80 €\n\nRafael", "EUR", [["Fotografía de vehículos (exteriores)", 15, "80.00"]]);
		expectDraft("Hallo Sam, bitte schick mir die Rechnung.\n\n- Druck (Recyclingpapier): 500 Flyer à 0,12 €\n\nLukas", "EUR", [["Druck (Recyclingpapier) (Flyer)", 500, "0.12"]]);
	});
});
