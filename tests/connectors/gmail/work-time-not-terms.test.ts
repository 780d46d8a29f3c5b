// A count of days that times the work, not the payment ("the shoot in 3 days is fine", "we need the files within 7
// days", "livraison sous 10 jours"): the loose "within N days" / "à N jours" forms are payment terms only in a clause
// that speaks of paying, so the draft carries no terms the email never set.
import { describe, expect, it } from "vitest";
import { extractInvoice } from "../../../src/connectors/gmail/invoice/extract";

const terms = (t: string) => extractInvoice(t, { name: "Dana", email: "dana@acme.example" }, "2026-11-26", () => 2).paymentTerms;

describe("days that time the work are no payment terms", () => {
	for (const t of [
		"Please invoice us for the product photography, $1,200. The shoot in 3 days is fine for us.",
		"Please invoice the logo design at $600. We need the files within 7 days.",
		"Merci de facturer le logo, 600 €. Livraison des fichiers sous 10 jours, merci.",
		"Por favor factura el logotipo, 600 €. La entrega dentro de 10 días nos va bien.",
		"Graag een factuur voor het logo, € 600. De bestanden graag binnen 5 dagen.",
		"Fatturaci il logo, 600 €. Ci servono i file entro 7 giorni.",
		"Pode faturar o logótipo, 600 €? Precisamos dos ficheiros no prazo de 7 dias.",
		"Please invoice the product video, $2,000. Deliverables were due in 10 days, and you made it.",
		"Bitte stell uns das Video in Rechnung, 2.000 €. Die Lieferung in 10 Tagen hat super geklappt.",
		"Olá Sam, pode faturar o vídeo, 2.000 €? A entrega em 10 dias foi ótima.",
	]) it(`no terms: ${t}`, () => expect(terms(t)).toBeNull());

	// Near misses: the same loose forms where the clause speaks of paying still give the terms.
	for (const [t, want] of [
		["Please invoice the logo design at $600. We pay within 14 days.", "14 Days"],
		["Please invoice the logo design at $600, payable within 14 days.", "14 Days"],
		["Merci de facturer le logo, 600 €. Règlement à 30 jours.", "30 Days"],
		["Graag een factuur voor het logo, € 600. Ik betaal binnen 14 dagen.", "14 Days"],
		["Please invoice the logo, $600. We will clear it within 15 days of receipt.", "15 Days"],
		["Fatturaci il logo, 600 €. Pagamento entro 30 giorni.", "30 Days"],
	] as const) it(`terms ${want}: ${t}`, () => expect(terms(t)).toBe(want));
});
