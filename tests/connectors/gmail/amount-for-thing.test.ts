// "The agreed amount for X was …", "der Betrag für X", "el importe acordado por X": the amount's name, then the thing it
// is for. The line is X; the amount's own name is never part of the thing.
import { describe, expect, it } from "vitest";
import { decide, expectDraft } from "./invoice-mail";

function descriptions(text: string): string[] {
	const d = decide(text);
	if (d.kind !== "draft") return [];
	return (d.params["lines"] as { description: string }[]).map((l) => l.description.toLowerCase());
}

describe("the amount for a thing names the thing", () => {
	it("le montant convenu pour … était de (fr)", () =>
		expectDraft("Bonjour Sam,\n\nLe site est en ligne, merci de nous envoyer la facture.\nPour rappel, le montant convenu pour l'audit complet était de 2 400 €.\n\nCordialement\nMarc", "EUR", [["Audit complet", 1, "2400.00"]]));
	it("the agreed amount for … was (en)", () =>
		expectDraft("Hi Sam,\n\nPlease send us the invoice. The agreed amount for the brand workshop was $1,800.\n\nThanks,\nDana", "USD", [["Brand workshop", 1, "1800.00"]]));
	it("der vereinbarte Betrag für … war (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte schick uns die Rechnung. Der vereinbarte Betrag für die Beratung war 900 €.\n\nGruß\nKatrin", "EUR", [["Beratung", 1, "900.00"]]));
	it("el importe acordado por … era de (es)", () =>
		expectDraft("Hola Sam,\n\n¿Nos envías la factura? El importe acordado por el vídeo corporativo fue de 1.200 €.\n\nSaludos\nLucía", "EUR", [["Vídeo corporativo", 1, "1200.00"]]));
	it("never a line named by the amount's word alone", () => {
		for (const d of descriptions("Hi Sam,\n\nPlease send us the invoice for the logo. The agreed amount for it was $500.\n\nDana")) {
			expect(d).not.toMatch(/^(?:the )?(?:agreed )?amount/);
		}
	});
});
