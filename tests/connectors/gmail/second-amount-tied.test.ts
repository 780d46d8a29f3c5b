// A second amount tied to its thing by a follow-up clause or sentence: "and then the £40 stock licence for …", a
// sentence opening on a verb of adding ("Acresce a sessão …, 420,00 €", "Se añade …"), "the Phase 2 website build was
// NZ$3,400 and the copywriting was 5 pages at NZ$180 a page", a count at a price each with a remark in brackets after
// it — and the near misses that must still ask: money already paid, a remark about tax.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft } from "./invoice-mail";

describe("a second amount tied to its thing", () => {
	it("'and then the <price> <thing>' is a line of its own", () => {
		expectDraft("Hi Sam,\n\nCan you invoice me for the headshots? It was 4 hours at £60/h, and then the £25 font licence for the poster you made.\n\nCheers\nOllie", "GBP", [["Headshots (hours)", 4, "60.00"], ["Font licence", 1, "25.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice us for the brochure, $1,200, plus the $80 image licence.\n\nThanks\nDana", "USD", [["Brochure", 1, "1200.00"], ["Image licence", 1, "80.00"]]);
	});

	it("near miss: money already paid after 'and the' is no line, so it is asked about", () => {
		expectClarify("Hi Sam,\n\nPlease invoice us for the brochure, $1,200, and the $80 we paid for the image licence.\n\nThanks\nDana", "also mentions $80");
	});

	it("a sentence opening on a verb of adding names a second item", () => {
		expectDraft("Olá Sam,\n\nVenho pedir a fatura referente ao novo logótipo. O valor acordado foi de 900,00 €.\n\nAcresce a sessão fotográfica da equipa, 300,00 €.\n\nCumprimentos,\nRui", "EUR", [["Novo logótipo", 1, "900.00"], ["Sessão fotográfica da equipa", 1, "300.00"]]);
		expectDraft("Hola Sam,\n\n¿Me mandas la factura del logo? Fueron 900 €.\n\nSe añade la adaptación del cartel, 150 €.\n\nGracias,\nAna", "EUR", [["Logo", 1, "900.00"], ["Adaptación del cartel", 1, "150.00"]]);
	});

	it("a thing with a series number, and a thing that 'was' a count of units at a rate", () => {
		expectDraft("Hi Sam,\n\nAll good, go ahead and send the invoice. To confirm: the Phase 3 app build was $2,000 and the testing was 10 hours at $50 an hour.\n\nThanks\nDana", "USD", [["Phase 3 app build", 1, "2000.00"], ["Testing (hours)", 10, "50.00"]]);
	});

	it("a remark in brackets after a price each; one about tax is asked about", () => {
		expectDraft("Bonjour Sam,\n\nPouvez-vous nous envoyer la facture ?\n\nAffiches : 3 à 40 € chacune (les trois formats du salon)\nLogo : 500 €\n\nMerci", "EUR", [["Affiches", 3, "40.00"], ["Logo", 1, "500.00"]]);
		expectClarify("Hi Sam,\n\nCould you send the invoice?\n\nPrints: 3 at $40 each (plus GST)\nLogo: $500\n\nThanks", "also mentions $40");
	});

	it("'the whole job' and its total after a thing said to be up or finished: the thing is the line, the deposit is shown", () => {
		const text = "Hi Sam,\n\nThe shopfront mural is finished and looks ace. Send through the final invoice for the whole job when you get a chance - it was $5,000 all up, and we paid the $2,000 deposit in October so there's $3,000 to go.\n\nCheers,\nMick";
		expectDraft(text, "USD", [["Shopfront mural", 1, "5000.00"]]);
		const d = decide(text);
		expect(d.kind === "draft" ? d.evidence.join(" ") : "").toContain("Deposit already paid: 2000");
	});

	it("near miss: 'it' said to be done names no thing, so the amounts are asked about", () => {
		expectClarify("Hi Sam,\n\nIt is all done and looks ace. Send through the final invoice for the whole job when you get a chance - it was $5,000 all up, and we paid the $2,000 deposit in October so there's $3,000 to go.\n\nCheers,\nMick", "not tied to a clear description");
	});
});
