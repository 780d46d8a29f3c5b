// "No invoice needed": an email saying no invoice is needed, wanted or to be sent makes no request, in seven languages,
// formal and informal — unless another of its sentences asks for one, and never with the declined thing drafted.
import { describe, expect, it } from "vitest";
import { REQUEST_LANGUAGES, declinedInvoice } from "../../../src/connectors/gmail/invoice/requests";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("the words saying no invoice is needed, per language", () => {
	for (const l of REQUEST_LANGUAGES) {
		for (const s of l.declines?.examples.matches ?? []) it(`${l.lang} finds: ${s}`, () => expect(declinedInvoice(s)).not.toBeNull());
		for (const s of l.declines?.examples.ignores ?? []) it(`${l.lang} leaves alone: ${s}`, () => expect(declinedInvoice(s)).toBeNull());
	}
	it("every language has its row", () => expect(REQUEST_LANGUAGES.filter((l) => l.declines).map((l) => l.lang).sort()).toEqual(["de", "en", "es", "fr", "it", "nl", "pt"]));
});

describe("an email saying no invoice is needed makes no request", () => {
	it("in seven languages, formal and informal, whatever its words of asking around it", () => {
		for (const text of [
			"Hallo Sam,\ndanke für das Logo (500 €). Eine Rechnung brauchen wir nicht, bitte keine schicken.\nDana",
			"Sehr geehrter Herr Sam,\nvielen Dank für die Plakate (3 × 80 €). Sie brauchen uns keine Rechnung zu schicken.\nDana",
			"Hi Sam, danke fürs Logo, 500 €. Keine Rechnung nötig, wir zahlen bar.",
			"Hola Sam,\ngracias por el logo (500 €). No necesitamos factura, no nos la mandes.\nDana",
			"Estimado Sam: muchas gracias por las fotos (900 €). No hace falta que nos envíe factura.",
			"Hola Sam, gracias por el cartel de 120 €. No me mandes factura, te pago en efectivo.",
			"Bonjour Sam,\nmerci pour le logo (500 €). Pas besoin de facture, ne nous l'envoie pas.\nDana",
			"Bonjour Monsieur, merci pour les affiches (3 × 80 €). Inutile de nous envoyer une facture.",
			"Hoi Sam,\nbedankt voor het logo (500 €). Een factuur hoeven we niet, stuur er geen.\nDana",
			"Geachte heer Sam, dank voor de flyers (€ 200). U hoeft ons geen factuur te sturen.",
			"Olá Sam,\nobrigado pelo logo (500 €). Não precisamos de fatura.\nDana",
			"Oi Sam, valeu pelo pôster de R$ 120! Não precisa mandar fatura.",
			"Ciao Sam, grazie per il logo (500 €). Non c'è bisogno di fattura.",
			"Gentile Sam, grazie per le foto (900 €). Non è necessario emettere fattura.",
			"Hi Sam,\nthanks for the logo ($500). You don't have to send an invoice, the grant covers it.\nDana",
			"Hi Sam, the poster ($120) looks great. No invoice needed, I'll pay cash on Friday.",
			"Dear Sam, thank you for the 3 posters at $80 each. Please don't send us an invoice; this one is on the house budget.",
			// Worded as the wait rule's "don't send it yet", with no "yet": none is needed at all.
			"Bonjour Sam, merci pour le logo (500 €). Merci de ne pas nous envoyer de facture.",
			"Estimado Sam, gracias por el logo (500 €). Le pido no emitir factura por este trabajo.",
			"Prezado Sam, obrigado pelo logo (R$ 500). Não há necessidade de fatura.",
			"Gentile Sam, grazie per il logo (500 €). Non deve emettere fattura, è un omaggio.",
			"Beste Sam, bedankt voor het logo (€ 500). We hebben geen factuur nodig.",
		]) expect(decide(text), text).toMatchObject({ kind: "none", rule: "no-request" });
	});

	it("'not yet' is still a wait, not a 'no invoice needed'", () => {
		for (const text of ["Hi Sam, thanks for the logo ($500). Please don't send the invoice yet, our budget opens in January.", "Hallo Sam, danke fürs Logo (500 €). Eine Rechnung brauchen wir noch nicht, erst im Januar.", "Hola Sam, gracias por el logo (500 €). No nos mandes todavía la factura."])
			expect(decide(text), text).toMatchObject({ kind: "none", rule: "wait" });
	});

	it("a sentence that does ask for another thing is asked, and the declined thing is never drafted", () => {
		for (const text of ["Hi Sam,\nNo invoice needed for the logo ($500), but please invoice the flyers, $200.\nDana", "Hi Sam,\nNo invoice needed for the logo, but please invoice the flyers, $200.\nDana", "Hola Sam, no hace falta factura del logo (500 €), pero por favor mándame la factura de los flyers, 200 €."]) {
			const d = decide(text);
			expect(d.kind, text).not.toBe("none");
			if (d.kind === "draft") expect(JSON.stringify(d.params["lines"]), text).not.toMatch(/logo|500/i);
		}
		expectNoDraft("Hallo Sam, für das Logo (500 €) brauchen wir keine Rechnung, aber bitte schick mir die Rechnung für die Flyer, 200 €.");
		// The declining words in a sentence of their own: a line's name may still be taken from them ("Needed for the
		// logo (Banners)"), so it asks too.
		expectClarify("Hi Sam,\nNo invoice needed for the logo, it was a gift.\nPlease invoice the 2 banners at $150 each.\nDana", "what to invoice");
	});

	it("near misses that ask for the invoice still draft", () => {
		expectDraft("Hallo Sam,\nbitte schick mir die Rechnung für das Logo, 500 €. Brauchen Sie noch etwas von uns für die Rechnung?\nDana", "EUR", [["Logo", 1, "500.00"]]);
		expectDraft("Hi Sam,\nplease send the invoice for the logo, $500. We need the invoice, nothing else.\nDana", "USD", [["Logo", 1, "500.00"]]);
		expectDraft("Hallo Sam,\nohne Rechnung geht es nicht – bitte schick mir die Rechnung für das Logo, 500 €.\nDana", "EUR", [["Logo", 1, "500.00"]]);
		expectDraft("Bonjour Sam,\ntu peux m'envoyer la facture du logo, 500 € ? On n'a besoin de rien d'autre.\nDana", "EUR", [["Logo", 1, "500.00"]]);
	});
});
