// The labels' conventions for three fields (tests/fixtures/emails/LABELS.md), as a user sees them on the draft: the
// company a signature's role line or a billing phrase names without a legal form, the customer's name with the title
// the From header writes, and "PO" kept before the number it stands right before. Several languages; the negatives
// keep asking or leave the company out.
import { describe, expect, it } from "vitest";
import { decideInvoice } from "../../../src/connectors/gmail/invoice/classify";
import { readCustomer } from "../../../src/connectors/gmail/invoice/customer";
import { SIGNATURE_ROLES } from "../../../src/connectors/gmail/invoice/signature-company";
import { toMailMessage } from "../../../src/connectors/gmail/message";
import { TODAY } from "./invoice-mail";

function decideFrom(from: string, text: string) {
	const raw = `From: ${from}\r\nTo: owner@lumenpine.example\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text.replace(/\n/g, "\r\n")}`;
	return decideInvoice(toMailMessage(new TextEncoder().encode(raw), { id: "m1", threadId: "t1", labelIds: ["INBOX"] }), { ownerEmails: ["owner@lumenpine.example"], today: TODAY, extraPhrases: [] });
}
const field = (d: ReturnType<typeof decideFrom>, name: string) => (d.kind === "draft" ? d.params[name] : d);

describe("the roles and billing phrases of a signature's business", () => {
	for (const row of SIGNATURE_ROLES)
		for (const [text, name, company] of row.examples)
			it(`${row.lang}: ${JSON.stringify(text.split("\n").slice(-1)[0])} gives ${company ?? "no company"}`, () => {
				expect(readCustomer(text, { name, email: "x@y.example" }).company).toBe(company ?? undefined);
			});
});

describe("a business the signature names as the customer's, without a legal form", () => {
	it("is read from the role line under the signed name", () => {
		const en = decideFrom("Ciara Byrne <ciara@liffeyboxing.example>", "Hi Sam, go ahead and invoice us. Breakdown as agreed:\n- Team photos: €600\n- Retouching: 5 hours at €50\n\nThanks,\nCiara Byrne\nDirector | Liffey Boxing Club\n+353 1 555 0101");
		expect(field(en, "customer")).toEqual({ name: "Ciara Byrne", email: "ciara@liffeyboxing.example", company: "Liffey Boxing Club" });
		const de = decideFrom("Mia Roth <mia@kaffeerot.example>", "Hallo Sam, bitte schick mir die Rechnung für das Logo, 800 €.\n\nViele Grüße\nMia Roth\nInhaberin | Kaffeerösterei Rot");
		expect(field(de, "customer")).toEqual({ name: "Mia Roth", email: "mia@kaffeerot.example", company: "Kaffeerösterei Rot" });
		const es = decideFrom("Lucía Pérez <lucia@almendro.example>", "Hola Sam, ¿me mandas la factura del logo? Son 500 €.\n\nGracias,\nLucía Pérez\nGerente – Librería El Almendro");
		expect(field(es, "customer")).toEqual({ name: "Lucía Pérez", email: "lucia@almendro.example", company: "Librería El Almendro" });
		const fr = decideFrom("Claire Morel <claire@fleursdulac.example>", "Bonjour Sam, merci de m'envoyer la facture pour les affiches : 3 affiches à 120 € chacune.\n\nClaire Morel\nGérante, Fleurs du Lac");
		expect(field(fr, "customer")).toEqual({ name: "Claire Morel", email: "claire@fleursdulac.example", company: "Fleurs du Lac" });
		const nl = decideFrom("Sanne Bakker <sanne@bloemenbar.example>", "Hoi Sam, stuur je de factuur voor de huisstijl? € 900.\n\nGroet,\nSanne Bakker\nEigenaar | Bloemenbar Tulp");
		expect(field(nl, "customer")).toEqual({ name: "Sanne Bakker", email: "sanne@bloemenbar.example", company: "Bloemenbar Tulp" });
	});

	it("is read from a line of its own when the mail asks for the invoice in its name", () => {
		const en = decideFrom("Aroha Pene <aroha@lightsfest.example>", "Kia ora Sam, could you please invoice us for the poster design, NZ$900.00. Bill to Harbour Kite Festival Trust.\n\nNgā mihi,\nAroha Pene\nFestival Producer\nHarbour Kite Festival Trust");
		expect(field(en, "customer")).toEqual({ name: "Aroha Pene", email: "aroha@lightsfest.example", company: "Harbour Kite Festival Trust" });
		const fr = decideFrom("Aminata Sow <a.sow@avenir.example>", "Bonjour Sam,\nPourriez-vous nous faire parvenir la facture pour la mise en page du rapport : 850 000 FCFA.\nMerci d'adresser la facture à l'Association Espoir Avenir, Sicap Liberté 6, Dakar.\n\nBien cordialement,\nAminata Sow\nChargée administrative\nAssociation Espoir Avenir");
		expect(field(fr, "customer")).toEqual({ name: "Aminata Sow", email: "a.sow@avenir.example", company: "Association Espoir Avenir" });
	});

	it("is read whole when the role and the business stand joined on one line", () => {
		// Short signature lines may be joined by the reader's unwrapping: "Asociación" leads its name, it ends no firm.
		const joined = "Le agradeceré emitir la factura a nombre de Asociación Wayra: 20 horas a S/ 100.00 la hora.\n\nAtentamente,\nRosa Mamani\nCoordinadora de Comunicaciones Asociación Wayra";
		expect(readCustomer(joined, { name: "Rosa Mamani", email: "rosa@ongwayra.example" })).toEqual({ name: "Rosa Mamani", email: "rosa@ongwayra.example", company: "Asociación Wayra" });
	});

	it("is not read from a department, nor when the invoice is asked in the person's own name", () => {
		const dept = decideFrom("Priya Rao <priya@chai.example>", "Hi Sam, please send the invoice for the packaging design, ₹45,000.\n\nRegards,\nPriya Rao\nHead - Marketing");
		expect(field(dept, "customer")).toEqual({ name: "Priya Rao", email: "priya@chai.example" });
		const own = decideFrom("Lena Moser <lena@moser.example>", "Hallo Sam, bitte die Rechnung für die Hochzeitsfotos, 1.500 €. Rechnung bitte an mich privat.\n\nLena Moser\nProjektleiterin, Stadtwerke Linz");
		expect(field(own, "customer")).toEqual({ name: "Lena Moser", email: "lena@moser.example" });
		const me = decideFrom("Tom Hart <tom@hart.example>", "Hi Sam, invoice me for the wedding photos please, £1,200. Make it out to me personally.\n\nTom Hart\nDirector, Hart Joinery");
		expect(field(me, "customer")).toEqual({ name: "Tom Hart", email: "tom@hart.example" });
	});

	it("never turns a quote or an unclear amount into a draft", () => {
		expect(decideFrom("Ciara Byrne <ciara@liffeyboxing.example>", "Hi Sam, could you send a quote for the team photos? Probably around €600.\n\nCiara Byrne\nDirector | Liffey Boxing Club").kind).toBe("none");
		expect(decideFrom("Dana Hill <dana@fernleaf.example>", "Hi Sam, send the invoice please: menu design $650, printed menus $350, total $1,200. Address it to Fernleaf Bakery.\n\nDana Hill\nOwner, Fernleaf Bakery").kind).toBe("clarify");
		expect(decideFrom("João Lima <joao@padariaflor.example>", "Olá Sam, pode enviar a fatura? Logótipo 700 €, cartões 200 €, total 1.000 €.\n\nJoão Lima\nProprietário | Padaria Flor de Sal").kind).toBe("clarify");
	});
});

describe("the customer's name as the From header writes it", () => {
	it("keeps the title", () => {
		expect(field(decideFrom("Dr. Katrin Adler <k.adler@praxis-adler.example>", "Sehr geehrter Herr Sam,\n\nbitte stellen Sie uns die Website mit 2.400,00 € in Rechnung.\n\nMit freundlichen Grüßen\nDr. Katrin Adler"), "customer")).toEqual({ name: "Dr. Katrin Adler", email: "k.adler@praxis-adler.example" });
		expect(field(decideFrom("Dott.ssa Elena Greco <elena@clinicagreco.example>", "Gentile Sam, La prego di inviarmi la fattura per la brochure: 1.200,00 €.\n\nCordiali saluti\nElena Greco"), "customer")).toEqual({ name: "Dott.ssa Elena Greco", email: "elena@clinicagreco.example" });
		expect(field(decideFrom("Sra. Marta Nunes <marta@nunes.example>", "Olá Sam, pode enviar-me a fatura das fotografias? 600 €.\n\nCumprimentos,\nMarta Nunes"), "customer")).toEqual({ name: "Sra. Marta Nunes", email: "marta@nunes.example" });
		expect(field(decideFrom("Dhr. Pieter de Wit <pieter@dewit.example>", "Beste Sam, graag de factuur voor de visualisaties: € 1.500.\n\nMet vriendelijke groet,\nPieter de Wit"), "customer")).toEqual({ name: "Dhr. Pieter de Wit", email: "pieter@dewit.example" });
	});
	it("asks when an amount is unsure, whatever the title", () => {
		expect(decideFrom("Sra. Marta Nunes <marta@nunes.example>", "Olá Sam, pode enviar-me a fatura das fotografias? Uns 600 ou 700 €, não me lembro.\n\nMarta Nunes").kind).toBe("clarify");
		expect(decideFrom("Dhr. Pieter de Wit <pieter@dewit.example>", "Beste Sam, wat zou een offerte voor de visualisaties kosten? Ongeveer € 1.500?\n\nPieter de Wit").kind).toBe("none");
	});
});

describe("\"PO\" right before a number", () => {
	it("is written with it", () => {
		expect(field(decideFrom("Aoife Walsh <aoife@walsh.example>", "Hi Sam, please invoice us for the signage, €750. Please put our PO 7782 on it or the accountant will send it back.\n\nAoife"), "reference")).toBe("PO 7782");
		expect(field(decideFrom("Ana Ruiz <ana@ruiz.example>", "Hola Sam, envíanos la factura del catálogo: 1.800 €. Nuestro PO 55120, por favor.\n\nAna"), "reference")).toBe("PO 55120");
		expect(field(decideFrom("Kees Smit <kees@smit.example>", "Hoi Sam, stuur de factuur voor de video, € 2.000. Zet er ons PO 7731 op.\n\nKees"), "reference")).toBe("PO 7731");
		expect(field(decideFrom("Sophie Blanc <sophie@blanc.example>", "Bonjour Sam, envoyez-nous la facture du logo, 900 €. Merci d'indiquer notre PO 6621.\n\nSophie"), "reference")).toBe("PO 6621");
	});
	it("is a label before a code with letters of its own, or with \"number\" after it", () => {
		expect(field(decideFrom("Marcus Lee <marcus@lee.example>", "Hi Sam, please invoice us for the headshots, $900. Our PO number is BP-2231.\n\nMarcus"), "reference")).toBe("BP-2231");
		expect(field(decideFrom("Marcus Lee <marcus@lee.example>", "Hi Sam, please invoice us for the headshots, $900. Please quote PO No. 4500098812.\n\nMarcus"), "reference")).toBe("4500098812");
	});
	it("asks when the amount is a range", () => {
		expect(decideFrom("Aoife Walsh <aoife@walsh.example>", "Hi Sam, please invoice us for the signage, somewhere between €700 and €800. Put our PO 7782 on it.\n\nAoife").kind).toBe("clarify");
	});
});
