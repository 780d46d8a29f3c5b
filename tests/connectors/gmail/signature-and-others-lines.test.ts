// Lines that are no thing to invoice: one read from below the sender's sign-off (a P.S. about their own business, a
// signature's offer), or one its sentence says someone else charges ("The printer charged us $180 for the cards").
// Both are asked about, never drafted; a P.S. that asks to add a thing still counts.
import { describe, expect, it } from "vitest";
import { CHARGED_PHRASINGS } from "../../../src/connectors/gmail/invoice/charged-elsewhere";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a line from below the sign-off", () => {
	it("asks whether it belongs, after a closing, a name or a separator", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the poster at $350.\n\nThanks,\nDana\n\nP.S. Our open day had 80 visitors at $5 a ticket.", "below the sign-off");
		expectClarify("Hi Sam,\n\nPlease invoice the brochure, $900.\n\nDana Whitfield | Acme Coffee\nTry our 250 g bags at $14 each", "below the sign-off");
		expectClarify("Bonjour Sam,\n\nMerci de facturer le logo, 700 €.\n\n--\nAcme SAS\nNos formations : 2 jours à 300 € par personne", "below the sign-off");
	});
	it("near misses still draft: a P.S. asking to add a thing, a signature with no price", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the poster at $350.\n\nThanks,\nDana\n\nP.S. The delivery was $40 too, please add it.", "USD", [["Poster", 1, "350.00"], ["Delivery", 1, "40.00"]]);
		expectDraft("Hi Sam,\n\nPlease invoice the poster at $350.\n\nThanks,\nDana\nAcme Ltd · 12 High Street", "USD", [["Poster", 1, "350.00"]]);
	});
});

describe("a line another party charges for", () => {
	for (const p of CHARGED_PHRASINGS) {
		for (const text of p.examples.asks)
			it(`${p.lang} asks: ${text}`, () => {
				expect(p.re.test(text)).toBe(true);
			});
		for (const text of p.examples.ignores)
			it(`${p.lang} ignores: ${text}`, () => {
				expect(p.re.test(text)).toBe(false);
			});
	}
	it("asks whether it belongs, in several languages", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the flyer design, $300. The print shop billed us $95 for the printing.\n\nDana", "charged by someone else");
		expectClarify("Hallo Sam,\n\nbitte schick mir die Rechnung für das Logo, 600 €. Die Druckerei hat uns für die Visitenkarten 140 € berechnet.\n\nDana", "charged by someone else");
		expectClarify("Hola Sam,\n\nFactúranos el logo, 600 €. La imprenta ya nos cobró 140 € por los folletos.\n\nDana", "charged by someone else");
	});
	it("near misses still draft: the request's own 'bill us'", () => {
		expectDraft("Hi Sam,\n\nPlease bill us for the flyer design, $300.\n\nDana", "USD", [["Flyer design", 1, "300.00"]]);
	});
});

describe("a quoted sentence pricing several things is read clause by clause", () => {
	it("asks which amount is right for the second thing", () => {
		expectClarify("Hi Sam,\n\nPlease invoice the website ($2,000) and the logo ($500).\n\nDana\n\nOn Tue, Nov 24, 2026, Sam wrote:\n> Website $2,000 and logo $650, as quoted.", "the earlier message quoted below $650");
	});
	it("near miss: a quoted price changed in its own sentence is no rival", () => {
		expectDraft("Hi Sam,\n\nPlease invoice the logo ($1,500).\n\nDana\n\nOn Tue, Nov 24, 2026, Sam wrote:\n> The logo was $1,200, now $1,500 with the extra concepts.", "USD", [["Logo", 1, "1500.00"]]);
	});
});

describe("Spanish 'me facturas' names the thing after it", () => {
	it("reads the portraits counted per person", () => {
		expectDraft("Hola Sam,\n\n¿me facturas los retratos? 5 personas a 80 €.\n\nDana", "EUR", [["Retratos (personas)", 5, "80.00"]]);
	});
});
