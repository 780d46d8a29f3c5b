// Lines assembled from the wrong words: a count shared by two lines ("background removal for the same 40 photos"), a
// line named by what was counted while the work is named beside it ("the retouching: 30 photos … $40 per photo for the
// retouching"), a name that is only a count ("40 pieces") or a pointer ("each of them"), and a name holding a series
// number cut before its digit ("for the Phase 2 updates"). A wrong name or a count on the wrong line is never drafted.
import { describe, it } from "vitest";
import { expectClarify, expectDraft } from "./invoice-mail";

describe("a count shared with another line goes to the work named before \"the same\" count", () => {
	it("drafts the work at the shared count", () => {
		expectDraft("Can you make the invoice please? It was product photos for 40 pieces, 35 zł for each piece, and also the background removing for the same 40 photos, 10 zł each.", "PLN", [["Product photos", 40, "35.00"], ["Background removing", 40, "10.00"]]);
		expectDraft("Kun je de factuur sturen? Het waren 30 productfoto's à € 25 per stuk, en ook het vrijstaand maken van dezelfde 30 foto's, € 6 per stuk.", "EUR", [["Productfoto's", 30, "25.00"], ["Vrijstaand maken", 30, "6.00"]]);
		expectDraft("¿Nos mandas la factura? Fueron 30 fotos de producto a 20 € cada una, y además el recorte de fondo de las mismas 30 fotos, 5 € cada una.", "EUR", [["Fotos de producto", 30, "20.00"], ["Recorte de fondo", 30, "5.00"]]);
	});
	it("a line named only by items or pieces beside it is asked about", () => {
		expectClarify("Please make the invoice for the packshots: it was 50 items, $12 per item, and also the clipping paths for the same 50 items, $4 each.", 'what the line at 12 USD is for: "Items"');
		expectClarify("puoi mandarmi la fattura? Le foto dei prodotti erano 35 pezzi, 20 € al pezzo, e anche la scontornatura delle stesse 35 foto, 5 € ciascuna.", 'what the line at 20 EUR is for: "Pezzi"');
	});
	it("a count that is the whole name is asked about", () => {
		expectClarify("Please invoice the shoot: the product photos for 40 pieces, 35 zł.", "for each or for all of them");
		expectClarify("Can you make the invoice please? It was product photos for 40 pieces, 35 zł.", "only a count");
		expectClarify("Could you send the invoice? 25 photos at $30 each, plus background removal for each of them at $8.", "each of the things counted elsewhere");
	});
});

describe("the work named before the count and again after its price names the line", () => {
	it("drafts the work, not the counted photos", () => {
		expectDraft("Tu peux m'envoyer la facture ? Le reportage c'était 1 200 € comme convenu. Il y a aussi les retouches : 25 photos. On avait dit 15 € par photo pour les retouches.", "EUR", [["Reportage", 1, "1200.00"], ["Retouches", 25, "15.00"]]);
		expectDraft("Bitte schick die Rechnung. Für das Shooting waren 1.500 € vereinbart. Dazu kommen die Retuschen: 20 Bilder. Wir hatten 25 € pro Bild für die Retuschen gesagt.", "EUR", [["Shooting", 1, "1500.00"], ["Retuschen", 20, "25.00"]]);
	});
	it("named once beside the count, it is asked about", () => {
		expectClarify("Please send the invoice. The shoot was $2,000. There were also the edits: 20 photos at $25 per photo.", 'names "Edits" beside the count');
	});
	// Near misses: photos that are the thing itself stay drafted.
	it("a count of photos with nothing else named beside it still drafts", () => {
		expectDraft("Please invoice 25 photos at $30 each.", "USD", [["Photos", 25, "30.00"]]);
		expectDraft("Please invoice the headshots, $400, and 12 extra photos at $20 each.", "USD", [["Headshots", 1, "400.00"], ["Extra photos", 12, "20.00"]]);
	});
});

describe("a series number stays in the name after an hourly rate", () => {
	it("keeps the number", () => {
		expectDraft("Yes, go ahead and invoice. 8 hours at $90/h for the Phase 2 updates, thanks.", "USD", [["Phase 2 updates (hours)", 8, "90.00"]]);
		expectDraft("Please invoice 12 hours at €70/h for the Q4 campaign, plus €200 for the stock images.", "EUR", [["Q4 campaign (hours)", 12, "70.00"], ["Stock images", 1, "200.00"]]);
	});
});

describe("'for this, add' prices the work the sentence before says was done", () => {
	it("names the line by the thing and the work", () => {
		expectDraft("Please invoice the brochure design, $1,200 as agreed. You also retouched the team photos. For this please add $300.", "USD", [["Brochure design", 1, "1200.00"], ["Team photos retouching", 1, "300.00"]]);
		expectDraft("Please send the invoice for the poster, €600. Also you translated the flyer into French. For that, add €150.", "EUR", [["Poster", 1, "600.00"], ["Flyer translation", 1, "150.00"]]);
	});
	// Near misses: no work said done before, or work the table does not name, is asked about.
	it("with no work done named before, it asks", () => {
		expectClarify("Please invoice the logo, $500. The team photos looked great. For this please add $300.", "what the line at 300 USD is for");
		expectClarify("Please invoice the logo, $500. You also sent the files for the print shop. For that, add $300.", "what the line at 300 USD is for");
	});
});

describe("a party after 'for' is whom the hours were for, never the line's name", () => {
	it("never drafts the client as the thing", () => {
		expectDraft("You worked 5 hours for the client at $50 per hour. Please send the invoice.", "USD", [["Hours", 5, "50.00"]]);
		expectClarify("Please invoice the audit: you worked 5 hours for the client at $50 per hour.", "what the line");
		// Near miss: the party word inside the thing's name stays.
		expectDraft("Please invoice 5 hours at $50 per hour for the client workshop.", "USD", [["Client workshop (hours)", 5, "50.00"]]);
	});
});
