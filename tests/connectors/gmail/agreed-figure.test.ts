// Two figures for one job: the one written with its currency and another the sender says was agreed ("avevamo
// concordato 950 con l'album incluso", "we agreed 950 with the album"). Which one the invoice carries is asked, both
// named — never a draft of the first alone.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("an agreed figure beside the amount written", () => {
	it("asks, naming both, in several languages", () => {
		expectClarify("Hi Sam, could you send me the invoice for the wedding shoot? It was €850 if I remember right.\n\nPS: my husband says we agreed 950 with the album included.\n\nLaura", "950");
		expectClarify("Hi Sam, could you send me the invoice for the wedding shoot? It was €850 if I remember right.\n\nPS: my husband says we agreed 950 with the album included.\n\nLaura", "€850");
		expectClarify("Ciao Sam, mi mandi la fattura per il servizio fotografico? Erano 600 euro.\nMarco dice che avevamo concordato 700 con le stampe.\n\nGiulia", "700");
		expectClarify("Hallo Sam, schickst du mir bitte die Rechnung für das Shooting? Das Shooting waren 850 €. Mein Mann meint, vereinbart waren 950 inklusive Album.\n\nAnna", "950");
		expectClarify("Hola Sam, ¿me mandas la factura de la sesión? Eran 400 €. Mi socio dice que acordamos 480 con los retoques.\n\nLucía", "480");
		expectClarify("Hoi Sam, kun je me de factuur sturen voor de fotoshoot? Het was € 850, maar volgens Tom hadden we afgesproken 950 met het album erbij.\n\nEva", "950");
	});
	it("drafts when the number beside 'with' counts things", () => {
		expectDraft("Hi Sam, could you send me the invoice for the wedding shoot? It was €850.\nWe printed 120 with the album, they look great.\n\nLaura", "EUR", [["Wedding shoot", 1, "850.00"]]);
	});
});
