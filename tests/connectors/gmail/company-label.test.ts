// The customer's company named in a labelled line of their own details ("Company: Najd Dates Trading Est.", "Firma:",
// "Razón social:", "Société :", "Ragione sociale:", "Bedrijf:", "Razão social:") or in their signature with a legal form
// the reader did not know ("Est.", "Establishment", "C.A."): the draft names it. Another party's firm ("Venue: Grand
// Palace Hotel LLC", "the printer, Gulf Print Est.,") is never the customer's. The tables' examples run here too.
import { describe, expect, it } from "vitest";
import { COMPANY_LABELS, THIRD_PARTY_ROLES } from "../../../src/connectors/gmail/invoice/company-label";
import { readCustomer } from "../../../src/connectors/gmail/invoice/customer";
import { decide, expectClarify, expectNoDraft } from "./invoice-mail";

const from = { name: "Dana Whitfield", email: "dana@acme.example" };
const customerOf = (text: string) => {
	const d = decide(text);
	return d.kind === "draft" ? d.params["customer"] : d;
};

describe("a line labelled with the customer's company", () => {
	for (const row of COMPANY_LABELS) {
		for (const [text, company] of row.examples) it(`${row.lang}: ${JSON.stringify(text.split("\n").find((l) => l.includes(":")))} → ${company}`, () => expect(readCustomer(text, from)).toEqual(company ? { ...from, company } : from));
	}

	it("names the company on the draft, with the lines, in seven languages", () => {
		const cases: [string, string][] = [
			["Dear Sam,\n\nPlease issue your invoice for the packaging project as per the table below.\n\nItem                          Qty   Unit price      Amount\nGift box packaging design       1   SAR 6,000.00    SAR 6,000.00\nTotal                                               SAR 6,000.00\n\nCompany: Najd Dates Trading Est.\nVAT No.: 300123456700003\nKing Fahd Road, Al Olaya, Riyadh\n\nBest regards,\nDana Whitfield\nProcurement\nNajd Dates Trading Est.\n+966 11 555 0133", "Najd Dates Trading Est."],
			["Hello Sam,\n\nPlease invoice the box design: SAR 3,000.\n\nCompany: Jeddah Sweets Establishment\nVAT 300111222300003\n\nThanks,\nDana", "Jeddah Sweets Establishment"],
			["Hallo Sam,\n\nbitte schick mir die Rechnung für die Etiketten, 480 EUR.\n\nFirma: Bäckerei Schulz GmbH\nHauptstraße 12, 10115 Berlin\n\nGruß\nDana", "Bäckerei Schulz GmbH"],
			["Hola Sam,\n\nPor favor, envíame la factura del logo, USD 700.\n\nEmpresa: Inversiones Caracas C.A.\nRIF J-12345678-9\n\nSaludos,\nDana", "Inversiones Caracas C.A."],
			["Bonjour Sam,\n\nPouvez-vous m'envoyer la facture pour la charte graphique, 2 000 € HT ?\n\nRaison sociale : Atelier Dupuis SAS\nSIRET 123 456 789 00012\n\nCordialement,\nDana", "Atelier Dupuis SAS"],
			["Olá Sam,\n\nPode enviar a fatura do cardápio? R$ 1.800,00.\n\nRazão social: Padaria Estrela Ltda.\nCNPJ 12.345.678/0001-90\n\nAbraço,\nDana", "Padaria Estrela Ltda."],
			["Ciao Sam,\n\nmi mandi la fattura per il volantino? 350 €.\n\nRagione sociale: Ottica Ferri S.r.l.\nP.IVA 01234567890\n\nGrazie,\nDana", "Ottica Ferri S.r.l."],
			["Hoi Sam,\n\nKun je me de factuur sturen voor het nieuwe logo? € 850.\n\nBedrijf: Bakkerij De Molen B.V.\nKvK 12345678\n\nGroet,\nDana", "Bakkerij De Molen B.V."],
		];
		for (const [text, company] of cases) expect(customerOf(text), text).toEqual({ name: "Dana Whitfield", email: "dana@acme.example", company });
	});

	it("reads a signature's firm by a form the Gulf writes (Est., Establishment) only where it ends its line", () => {
		expect(customerOf("Dear Sam,\n\nKindly issue the invoice for the event backdrop design, SAR 2,500.\n\nBest regards,\nDana Whitfield\nRiyadh Events Est.\n+966 11 555 0199")).toEqual({ ...from, company: "Riyadh Events Est." });
		expect(customerOf("Hi Sam,\n\nKindly invoice the brochure design, AED 3,500.\n\nThanks,\nDana Whitfield\nOperations Manager\nGulf Star Printing Establishment\nDubai, UAE")).toEqual({ ...from, company: "Gulf Star Printing Establishment" });
		// "Est." for "established", and a line of work named "… Establishment", are no firm.
		expect(customerOf("Hi Sam,\n\nPlease invoice me for the new menu boards, £300.\n\nThanks,\nDana Whitfield\nHarbour Bakery Est. 1998")).toEqual(from);
		expect(customerOf("Hi Sam,\n\nPlease invoice me for the new menu boards, £300.\n\nThanks,\nDana Whitfield\nEllis Family Bakery, Est. 1998")).toEqual(from);
		expect(customerOf("Dear Sam,\n\nPlease send me the invoice for these:\n\nItem                   Amount\nSite Establishment     SAR 500\nPhotography            SAR 1,500\n\nThanks,\nDana Whitfield")).toEqual(from);
	});

	it("takes no firm from a label that names none, and still asks when the amounts are unclear", () => {
		expect(customerOf("Hi Sam,\n\nPlease send me the invoice for the wedding slideshow, $400.\n\nCompany: n/a (private person)\n\nThanks,\nDana Whitfield")).toEqual(from);
		expectClarify("Dear Sam,\n\nPlease invoice the bottle labels and the gift box design.\n\nCompany: Al Noor Perfumes Trading Est.\n\nRegards,\nDana", "no amount");
		expectClarify("Hi Sam,\n\nKindly invoice:\n- Brochure design: AED 3,500\n- Flyer: AED 500\nTotal: AED 4,500\n\nDana Whitfield\nGulf Star Printing Establishment", "does not match");
		expectNoDraft("Dear Sam,\n\nCould you quote us for a set of bottle labels? Roughly SAR 3,000 to 4,000 would work.\n\nCompany: Al Noor Perfumes Trading Est.\n\nRegards,\nDana");
	});
});

describe("another party's firm", () => {
	for (const row of THIRD_PARTY_ROLES) for (const text of row.examples) it(`${row.lang}: ${JSON.stringify(text.slice(0, 70))}… names no company of the customer's`, () => expect(readCustomer(text, from)).toEqual(from));

	it("is passed over for the customer's own firm, labelled or signed", () => {
		expect(customerOf("Dear Sam,\n\nPlease issue the invoice for the label design, SAR 1,800, to our company below. Our printer is Riyadh Print Est.\n\nCompany: Najma Foods Trading Est.\n\nRegards,\nDana")).toEqual({ ...from, company: "Najma Foods Trading Est." });
		expect(customerOf("Hi Sam,\n\nPlease invoice the invitations, €900.\n\nVenue: Grand Palace Hotel LLC\n\nThanks,\nDana Whitfield\nHarbour Events Ltd")).toEqual({ ...from, company: "Harbour Events Ltd" });
		// A job title in the signature is the sender's own, not another party's role.
		expect(customerOf("Hi Sam,\n\nPlease invoice our new logo, €900.\n\nThanks,\nDana Whitfield\nHead florist – Bloom & Petal Ltd")).toEqual({ ...from, company: "Bloom & Petal Ltd" });
	});
});
