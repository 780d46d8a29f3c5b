// A thing and its price told as taken back in the past or the passive ("the brand guide, which was $450 but then
// dropped", "wurde storniert", "a été annulé", "fue cancelado"): its price is written beside it, so a draft would bill
// it — which items the invoice holds is asked.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a price taken back is asked about, not drafted", () => {
	for (const t of [
		"Please invoice the logo design at $600 and the brand guide, which was $450 but then dropped.",
		"Please invoice the logo design at $600 and the brand guide — it was $450 but you waived it.",
		"Please invoice the poster ($300) and the flyers ($90); the flyers were cancelled last week.",
		"Bitte das Logo (600 €) und die Broschüre (300 €) abrechnen, die Broschüre wurde allerdings storniert.",
		"Merci de facturer le logo (600 €) et le flyer (120 €), même si le flyer a été annulé.",
		"Factúranos el logotipo (600 €) y el cartel (200 €), aunque el cartel fue cancelado.",
		"Fatturaci il logo (600 €) e il volantino (120 €), anche se il volantino è stato annullato.",
		"Kun je het logo (€ 600) en de flyer (€ 120) factureren? De flyer is wel geschrapt.",
	]) it(t, () => expectClarify(t, "takes back or changes an item"));

	// Near misses: a cancellation billed, a drop-off, the word in the line's own name.
	it("a cancellation fee, a drop-off and a 'cancelled shoot' line still draft", () => {
		expectDraft("Please invoice the cancellation fee for the shoot we cancelled, $200.", "USD", [["Cancellation fee for the shoot", 1, "200.00"]]);
		expectDraft("Please invoice the logo at $600. I dropped off the printed proofs yesterday.", "USD", [["Logo", 1, "600.00"]]);
	});
});
