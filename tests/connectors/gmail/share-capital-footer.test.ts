// A firm's share capital in its footer, in the words of more countries ("Kapitał zakładowy 50 000,00 zł", "Aktienkapital
// CHF 100'000", "aksjekapital NOK 30 000", "paid-up capital £10,000", "Capitale versato € 10.000"): never an amount
// to invoice, so it neither becomes a line nor makes the reader ask about it. A thing named "capital …" is still billed.
import { describe, it } from "vitest";
import { expectDraft } from "./invoice-mail";

describe("share capital in a footer", () => {
	it("is no amount beside the lines", () => {
		expectDraft("Dear Sam, kindly issue the invoice:\n\n1) Photo session - 2 days x 3 200,00 zł\n2) Transport - 650,00 zł\n\nTotal: 7 050,00 zł\n\nRegards\nAnna\nMeble Sp. z o.o. | KRS 0000123456 | Kapitał zakładowy 50 000,00 zł", "PLN", [["Photo session (days)", 2, "3200.00"], ["Transport", 1, "650.00"]]);
		expectDraft("Hallo Sam, bitte stell mir die Rechnung:\n\n- Logo: CHF 800\n- Flyer: CHF 300\n\nGruss\nReto\nMuster AG · Aktienkapital CHF 100'000 · CHE-123.456.789", "CHF", [["Logo", 1, "800.00"], ["Flyer", 1, "300.00"]]);
		expectDraft("Hi Sam, please invoice the brochure, NOK 4 500.\n\nThanks\nKari\nFjord AS – aksjekapital NOK 30 000 – Org.nr 912 345 678", "NOK", [["Brochure", 1, "4500.00"]]);
		expectDraft("Ciao Sam, fatturami il sito, 2.400 €.\n\nGrazie\nRossi S.r.l. – Capitale versato € 10.000", "EUR", [["Sito", 1, "2400.00"]]);
		expectDraft("Hi Sam, please invoice the logo, £600.\n\nAcme Ltd, paid-up capital £10,000", "GBP", [["Logo", 1, "600.00"]]);
	});
	it("leaves a thing named for capital billed", () => {
		expectDraft("Hi Sam, please invoice the capital campaign video, $2,000.\n\nThanks", "USD", [["Capital campaign video", 1, "2000.00"]]);
	});
});
