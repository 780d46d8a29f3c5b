// A line named only by its unit ("Uur", "Stück", "Dagen") when its own sentence names the thing before the count ("Kun
// je de consultancy factureren, 10 uur à € 100"): the draft would drop the thing, so what the line is for is asked. An
// email naming no thing ("please invoice us for 10 hours at $80") still drafts the unit.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a unit-only line beside a thing named before its count", () => {
	it("asks what the line is for, in several languages", () => {
		expectClarify("Hoi Sam,\n\nKun je de begeleiding factureren, 6 uur à € 85?\n\nDana", "names only what is counted");
		expectClarify("Hoi Sam,\n\nWil je de workshop factureren, 2 dagen à € 900?\n\nDana", "workshop");
		expectClarify("Hallo Sam,\n\nbitte stellen Sie die Zeichnungen in Rechnung: 6 Stück à 90 €.\n\nDana", "Zeichnungen");
	});
	it("near misses still draft: no thing named, or the thing read into the line", () => {
		expectDraft("Hi Sam,\n\nplease invoice us for 10 hours at $80/hour.\n\nDana", "USD", [["Hours", 10, "80.00"]]);
		expectDraft("Hallo Sam,\n\nbitte das Coaching abrechnen, 5 Stunden à 120 €.\n\nDana", "EUR", [["Coaching (Stunden)", 5, "120.00"]]);
		expectDraft("Hi Sam,\n\nSend the invoice over: 2 days at €650/day.\n\nDana", "EUR", [["Days", 2, "650.00"]]);
	});
});

describe("German 'das' before a capitalised noun is the article", () => {
	it("keeps the thing before 'für' in its name", () => {
		expectDraft("Hallo Sam,\n\nbitte das Plakat für das Café 1900 abrechnen: 250 €.\n\nDana", "EUR", [["Plakat für das Café 1900", 1, "250.00"]]);
		expectDraft("Hallo Sam,\n\nbitte das Logo für die Website abrechnen: 400 €.\n\nDana", "EUR", [["Logo für die Website", 1, "400.00"]]);
		expectDraft("Hallo Sam,\n\nbitte das Banner für den Messestand abrechnen, 300 €.\n\nDana", "EUR", [["Banner für den Messestand", 1, "300.00"]]);
	});
});
