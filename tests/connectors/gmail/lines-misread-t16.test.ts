// Wrong drafts whose lines were wrong: an amount in lakh left out of the lines, a line named by a word of counting
// ("Each"), a line named by its unit ("Noches"). Each must read right or ask — never draft the wrong line.
import { describe, expect, it } from "vitest";
import { decide, expectClarify, expectDraft, expectNoDraft } from "./invoice-mail";

const COUNTING = /^(?:each|cada(?: un[oa])?|jeweils|chacune?|per piece|apiece|noches|nuits|nächte|notti|nachten|noites)$/iu;
function neverMisnamed(text: string) {
	const d = decide(text);
	if (d.kind !== "draft") return;
	for (const l of d.params["lines"] as { description: string }[]) expect(l.description, JSON.stringify(d)).not.toMatch(COUNTING);
}

describe("an amount in lakh or crore with no currency is never left out", () => {
	it.each([
		"Hi Sam, pls raise the invoice now - 1.5 lakh for the website as per the quote, and the logo was ₹30,000 on top of that.",
		"Kindly invoice: 3 lakhs for the app build plus ₹20,000 for the hosting setup.",
		"Please bill us 2 crore for the campaign and ₹50,000 for the launch shoot. Thanks!",
		"Invoice pls. 4 lac for the video series, ₹15,000 for the thumbnails.",
	])("asks: %s", (text) => {
		expectNoDraft(text);
		expect(JSON.stringify(decide(text))).toMatch(/lakh|lakhs|crore|lac/u);
	});
	it.each([
		"Please invoice the website build ₹1,50,000 and the logo ₹45,000. So a little over 1.9 lakh in total.",
		"Please invoice the website build ₹1,50,000 and the logo ₹45,000 - roughly 2 lakh altogether.",
	])("a rough figure for the whole is not asked about: %s", (text) => {
		expect(JSON.stringify(decide(text))).not.toMatch(/also mentions [\d.]+ lakh/u);
	});
	it("drafts when the amount in lakh is the line's own", () => {
		expectDraft("Kindly raise an invoice for the app security audit, INR 1.5 lakh.", "INR", [["App security audit", 1, "150000.00"]]);
	});
});

describe("a word of counting never names a line", () => {
	it.each([
		"Hello, please send invoice. Banner for web site 3 piece, each ¥18,000 .\nProduct photo retouch: ¥45,000",
		"Hi, please invoice us.\nPoster design 4 pieces, each $50.\nLogo: $300",
		"Hola, factura por favor.\nTarjetas de visita 200 unidades, cada una 0,50 €.\nLogo: 300 €",
		"Bonjour, merci de facturer.\nAffiches A3 10 pièces, chacune 12 €.\nLogo : 300 €",
		"Hallo, bitte Rechnung.\nFlyer-Design 3 Stück, jeweils 80 €.\nLogo: 300 €",
	])("reads the thing or asks: %s", (text) => neverMisnamed(text));
	it("a near miss: the count and its price after the thing still draft", () => {
		expectDraft("Hi, please invoice 4 posters at $50 each and the logo, $300.", "USD", [["Posters", 4, "50.00"], ["Logo", 1, "300.00"]]);
	});
});

describe("nights are a unit in every language, never the thing", () => {
	it.each([
		"Hola, facturame el video promocional, USD 900. Y sumale las fotos del evento: fueron 2 noches a USD 150 cada una.",
		"Bonjour, merci de facturer le montage vidéo, 900 €. Et les photos de la soirée : 2 nuits à 150 € chacune.",
		"Hallo, bitte das Promo-Video abrechnen, 900 €. Dazu die Eventfotos: 2 Nächte à 150 €.",
		"Ciao, fatturami il video, 900 €. E le foto dell'evento: 2 notti a 150 € ciascuna.",
	])("reads the thing or asks: %s", (text) => neverMisnamed(text));
	it("drafts the photos counted in nights", () => {
		const d = decide("Hola, facturame el video promocional, USD 900. Y sumale las fotos del evento: fueron 2 noches a USD 150 cada una.");
		if (d.kind === "draft") expect((d.params["lines"] as { description: string }[])[1]!.description).toMatch(/^Fotos del evento/u);
	});
	it("asks rather than drafts a count of nights with no thing", () => {
		expectClarify("Hola, facturame el video promocional, USD 900. Y sumale el alojamiento: 2 noches a USD 150 cada una.", "150");
	});
});
