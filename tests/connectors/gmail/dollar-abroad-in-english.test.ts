// A bare "$" from a country whose own money is a dollar or a peso but which writes no English: an email from there
// written in English is written for a reader abroad, and its "$" may as well be US dollars ("$4,500 each" from Taipei:
// NT$ or US$?) — which is asked, never guessed. Written in the country's own language, or with the currency named
// elsewhere, the "$" is the home's money as before; from a country that writes English (Sydney, Singapore) too.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a bare $ in English from a country that writes no English", () => {
	it("asks which dollar: Taipei, by its address or its dialling code", () => {
		expectClarify("Hi Sam,\n\nThe cover art is approved. Please send the invoice for the 4 spreads at $3,200 each.\n\nThanks,\nMei\nLantern Books Co., Ltd.\nNo. 12, Sec. 1, Heping E. Rd., Da'an Dist., Taipei, Taiwan", 'the currency "$" could be TWD or USD');
		expectClarify("Hello Sam,\n\nCould you invoice us for the packaging design? It was $48,000 as quoted.\n\nBest regards,\nKevin Lin\nTel +886 2 2700 1234", "TWD");
	});
	it("asks which peso: an English email from Mexico City or Bogotá", () => {
		expectClarify("Hi Sam,\n\nPlease invoice us for the logo, $8,500. Thanks for the quick turnaround!\n\nAna Ruiz\nEstudio Nopal S.A. de C.V.\nCol. Roma Norte, CDMX", "MXN");
		expectClarify("Hi Sam,\n\nCould you send the invoice for the product photos? We agreed on $1,200,000 for the whole shoot.\n\nThanks,\nCamilo\nChapinero, Bogotá, Colombia", "COP");
	});
	it("near miss: the same senders in their own language, or naming the currency, draft as before", () => {
		expectDraft("Hola Sam:\n\n¿Me mandas la factura del logo? Fueron $8,500.\n\nGracias,\nAna Ruiz\nEstudio Nopal S.A. de C.V.\nCol. Roma Norte, CDMX", "MXN", [["Logo", 1, "8500.00"]]);
		expectDraft("Hi Sam,\n\nThe cover art is approved. Please send the invoice for the 4 spreads at NT$3,200 each.\n\nThanks,\nMei\nNo. 12, Sec. 1, Heping E. Rd., Da'an Dist., Taipei, Taiwan", "TWD", [["Spreads", 4, "3200.00"]]);
	});
	it("near miss: a country that writes English keeps its own dollar (Sydney, Singapore)", () => {
		expectDraft("Hi Sam,\n\nPlease invoice us for the brochure, $1,800. Thanks heaps!\n\nJess\n12 Campbell Parade, Bondi Beach NSW 2026", "AUD", [["Brochure", 1, "1800.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us for the menu design, $850.\n\nWei Ling\nKopi & Co Pte. Ltd.", "SGD", [["Menu design", 1, "850.00"]]);
	});
});
