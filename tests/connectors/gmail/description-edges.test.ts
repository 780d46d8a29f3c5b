// Where a line's thing starts and ends (the tenth round's description family, from the q mail): a row label whose name
// holds "and", a thing joined on that another line prices, a count that only points back at a thing named before, sizes
// in brackets after the name. Each family in several languages and word orders: the right draft, or a question naming
// what is missing — never a wrong thing.
import { describe, it } from "vitest";
import { expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

describe("an \"and\" inside a row's label joins two words of one name", () => {
	it("- Post-produzione e consegna file: 420,00 € forfettari (it)", () =>
		expectDraft("Gentile Sam,\n\nLe chiedo di emettere fattura:\n\n- Servizio fotografico: 2 giornate a 500,00 € cadauna\n- Montaggio e consegna video: 380,00 € forfettari\n\nCordiali saluti\nGiulia", "EUR", [["Servizio fotografico (giornate)", 2, "500.00"], ["Montaggio e consegna video", 1, "380.00"]]));
	it("- Editing and delivery: $300 flat, after a counted row (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us for:\n\n- Shoot: 2 days at $900 each\n- Editing and delivery: $300 flat\n\nThanks\nDana", "USD", [["Shoot (days)", 2, "900.00"], ["Editing and delivery", 1, "300.00"]]));
	it("- Bildbearbeitung und Versand: 150 € pauschal (de)", () =>
		expectDraft("Hallo Sam,\n\nbitte stell uns in Rechnung:\n\n- Fotoshooting: 2 Tage à 700 €\n- Bildbearbeitung und Versand: 150 € pauschal\n\nDanke\nLena", "EUR", [["Fotoshooting (Tage)", 2, "700.00"], ["Bildbearbeitung und Versand", 1, "150.00"]]));
	it("an \"and\" after the first item's amount still starts a second item (en)", () =>
		expectDraft("Hi Sam,\n\nPlease invoice us: 3 portraits at $200 each, and the retouching, that was $150.\n\nThanks\nDana", "USD", [["Portraits", 3, "200.00"], ["Retouching", 1, "150.00"]]));
});
