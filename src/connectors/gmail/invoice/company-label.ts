// Where an email says whose company a name is. A labelled line in the sender's own details ("Company: Najd Dates
// Trading Est.", "Firma: Bäckerei Schulz", "Razón social: …", "Ragione sociale: …") names the firm they bill, even
// with a legal form the reader does not know or none at all; a name led by another party's role ("Venue: Grand Palace
// Hotel LLC", "the printer, Gulf Print Est.,", "Druckerei: …") is someone else's firm, never the customer's. Tables by
// language; their examples run as tests (tests/connectors/gmail/company-label.test.ts).

import { phraseAlt as alt, phraseEscape as escape } from "./phrase-pattern";

export interface CompanyLabelRow {
	lang: string;
	/** Labels that open a line and name the sender's firm after a colon. */
	labels: string[];
	/** Values under such a label that name no firm (the sender bills as a private person). */
	noFirm: string[];
	/** An email's text and the company its customer is given (null: none). */
	examples: [text: string, company: string | null][];
}

export const COMPANY_LABELS: CompanyLabelRow[] = [
	{
		lang: "en",
		labels: ["company", "company name", "business name", "legal name", "registered name", "organisation", "organization", "firm"],
		noFirm: ["n/a", "na", "none", "private", "private person", "personal", "individual", "self", "self-employed", "freelance", "freelancer", "-", "—", "tbc", "to be confirmed"],
		examples: [
			["Please issue the invoice for the labels, SAR 4,500.\n\nCompany: Najd Dates Trading Est.\nVAT No.: 300123456700003\n\nBest regards,\nFaisal", "Najd Dates Trading Est."],
			["Please invoice the box design: SAR 3,000.\n\nCompany: Jeddah Sweets Establishment\nVAT 300111222300003\n\nHuda", "Jeddah Sweets Establishment"],
			["Please invoice the logo, $400.\n\nCompany name: Harbour Lights Festival (registered charity 1234567)\n\nDana", "Harbour Lights Festival"],
			["Please send me the invoice for the slideshow, $400.\n\nCompany: n/a (private person)\n\nBen", null],
		],
	},
	{
		lang: "de",
		labels: ["firma", "firmenname", "unternehmen", "rechnungsempfänger firma"],
		noFirm: ["privat", "privatperson", "keine", "-", "—"],
		examples: [["Bitte die Rechnung für die Etiketten, 480 EUR.\n\nFirma: Bäckerei Schulz\nHauptstraße 12, 10115 Berlin\n\nThomas", "Bäckerei Schulz"], ["Bitte die Rechnung für die Fotos, 300 EUR.\n\nFirma: privat\n\nThomas", null]],
	},
	{
		lang: "es",
		labels: ["empresa", "razón social", "razon social", "nombre de la empresa", "denominación social"],
		noFirm: ["particular", "ninguna", "persona física", "-", "—"],
		examples: [["¿Me envías la factura del catálogo? Son 1.300 €.\n\nEmpresa: Distribuciones Levante\nCIF B12345678\n\nPablo", "Distribuciones Levante"]],
	},
	{
		lang: "fr",
		labels: ["société", "raison sociale", "entreprise", "nom de l'entreprise", "nom de la société", "dénomination sociale"],
		noFirm: ["particulier", "aucune", "néant", "-", "—"],
		examples: [["Merci de m'envoyer la facture des affiches, 600 €.\n\nSociété : Boulangerie Martin\nSIRET 123 456 789 00012\n\nClaire", "Boulangerie Martin"]],
	},
	{
		lang: "pt",
		labels: ["empresa", "razão social", "razao social", "nome da empresa", "denominação social"],
		noFirm: ["particular", "pessoa física", "nenhuma", "-", "—"],
		examples: [["Pode enviar a fatura do cardápio? R$ 1.800,00.\n\nRazão social: Padaria Estrela Ltda.\nCNPJ 12.345.678/0001-90\n\nJoão", "Padaria Estrela Ltda."]],
	},
	{
		lang: "it",
		labels: ["ragione sociale", "azienda", "società", "denominazione", "denominazione sociale"],
		noFirm: ["privato", "nessuna", "-", "—"],
		examples: [["Mi mandi la fattura per il volantino? 350 €.\n\nRagione sociale: Ottica Ferri\nP.IVA 01234567890\n\nLuca", "Ottica Ferri"]],
	},
	{
		lang: "nl",
		labels: ["bedrijf", "bedrijfsnaam", "firma", "handelsnaam", "statutaire naam"],
		noFirm: ["particulier", "geen", "privé", "-", "—"],
		examples: [["Kun je me de factuur sturen voor het logo? € 850.\n\nBedrijf: Bakkerij De Molen\nKvK 12345678\n\nHenk", "Bakkerij De Molen"]],
	},
];

/** Another party's role before a firm's name, as a label ("Venue: …", "Druckerei: …") or in apposition ("the printer,
 * Gulf Print Est., has the files", "unsere Druckerei Print GmbH"): that firm is not the customer's. By language; the
 * examples (an email's text, with a customer who has no company of their own) run as tests. */
export const THIRD_PARTY_ROLES: { lang: string; roles: string[]; examples: string[] }[] = [
	{ lang: "en", roles: ["venue", "printer", "print shop", "printing house", "supplier", "vendor", "caterer", "catering", "hotel", "courier", "carrier", "photographer", "videographer", "florist", "subcontractor", "contractor", "landlord", "manufacturer", "factory"], examples: ["Please invoice me for the party invitations, SAR 900.\n\nVenue: Grand Palace Hotel LLC\nPrinter: Al Noor Printing Est.\n\nThanks,\nLaila", "Please send me the invoice for the album design, SAR 2,000. The printer, Gulf Print Est., already has the files.\n\nLaila"] },
	{ lang: "de", roles: ["Veranstaltungsort", "Druckerei", "Lieferant", "Caterer", "Hotel", "Fotograf", "Spedition", "Hersteller", "Vermieter"], examples: ["Bitte die Rechnung für die Einladungen, 300 EUR.\n\nDruckerei: Druckhaus Meier GmbH\n\nGruß Anna"] },
	{ lang: "es", roles: ["imprenta", "proveedor", "catering", "hotel", "fotógrafo", "transportista", "fabricante"], examples: ["Mándame la factura de las invitaciones, 300 €.\n\nImprenta: Gráficas Levante S.L.\n\nAna"] },
	{ lang: "fr", roles: ["lieu", "salle", "imprimeur", "imprimerie", "fournisseur", "traiteur", "hôtel", "photographe", "transporteur", "fabricant"], examples: ["Merci pour la facture des faire-part, 300 €.\n\nImprimeur : Imprimerie du Lac SARL\n\nClaire"] },
	{ lang: "pt", roles: ["gráfica", "fornecedor", "buffet", "hotel", "fotógrafo", "transportadora", "fabricante"], examples: ["Pode mandar a fatura dos convites, R$ 300,00?\n\nGráfica: Gráfica Estrela Ltda.\n\nAna"] },
	{ lang: "it", roles: ["tipografia", "fornitore", "catering", "hotel", "fotografo", "corriere", "produttore"], examples: ["Mi mandi la fattura per gli inviti, 300 €?\n\nTipografia: Grafiche Rossi S.r.l.\n\nGiulia"] },
	{ lang: "nl", roles: ["locatie", "zaal", "drukker", "drukkerij", "leverancier", "cateraar", "hotel", "fotograaf", "vervoerder", "fabrikant"], examples: ["Kun je me de factuur sturen voor de uitnodigingen, € 300?\n\nDrukkerij: Drukkerij Jansen B.V.\n\nEva"] },
];


/** Fields that may follow the firm on its line, as a mail client or a reader joins the lines of a details block
 * ("Company: Jeddah Sweets Establishment VAT 300111222300003"): tax and company numbers, by country. */
export const FIELDS_AFTER_FIRM = ["VAT", "VAT No.", "VAT Reg. No.", "TRN", "TIN", "CR", "CR No.", "Tax ID", "NTN", "ABN", "ACN", "GST", "GSTIN", "PAN", "CRN", "USt-IdNr.", "USt-ID", "USt.-IdNr.", "Steuernummer", "St.-Nr.", "HRB", "UID", "CIF", "NIF", "NIE", "NIT", "RUC", "RFC", "CUIT", "RUT", "RIF", "SIRET", "SIREN", "TVA", "N° TVA", "CNPJ", "CPF", "P.IVA", "P. IVA", "Partita IVA", "C.F.", "KvK", "BTW", "IČO", "DIČ", "NIP", "REGON", "KRS", "Tel", "Tel.", "Phone"];

let labelRe: RegExp | null = null;
let fieldRe: RegExp | null = null;
let noFirmSet: Set<string> | null = null;

/** The first line labelled with the sender's company: its whole value ("Najd Dates Trading Est." from "Company: Najd
 * Dates Trading Est.") and the part of it that may be a name — cut where a bracket, a comma, a tax number or another
 * field (`FIELDS_AFTER_FIRM`) starts ("Kopi Kampung Sdn. Bhd. (201801012345)", "Najd Dates Trading, King Fahd Road"); or null, also where it
 * names no firm ("Company: n/a (private person)"). A quoted line ("> Company: …") is someone else's. */
export function companyLabelValue(text: string): { whole: string; name: string } | null {
	labelRe ??= new RegExp(String.raw`^[ \t]*(?:${alt(COMPANY_LABELS.flatMap((r) => r.labels))})[ \t]*:[ \t]*([^\n]+)$`, "imu");
	noFirmSet ??= new Set(COMPANY_LABELS.flatMap((r) => r.noFirm));
	const m = labelRe.exec(text);
	if (!m) return null;
	const whole = m[1]!.trim();
	fieldRe ??= new RegExp(String.raw`[ \t]+(?:${alt(FIELDS_AFTER_FIRM)})(?![\p{L}]).*$`, "u");
	const name = whole.split(/[ \t]+\(|[ \t]*[|;,][ \t]*|[ \t]+[–—-][ \t]+/u)[0]!.replace(fieldRe, "").trim();
	return name === "" || noFirmSet.has(name.toLowerCase()) || noFirmSet.has(whole.toLowerCase()) ? null : { whole, name };
}

let roleRe: RegExp | null = null;

/** Words that lead a role in apposition ("the printer, …", "unsere Druckerei …", "l'imprimeur …"): a job title in a
 * signature ("Photographer – Lens & Light Ltd") has none, and is the sender's own. */
const ROLE_ARTICLES = ["the", "our", "their", "your", "die", "der", "das", "unsere", "unser", "unserer", "la", "el", "le", "les", "l'", "nuestra", "nuestro", "notre", "a", "o", "nossa", "nosso", "il", "lo", "nostra", "nostro", "de", "het", "onze"];

/** Whether the words before a firm's name on its line (from the line's start) end with another party's role: a label
 * opening the line ("Venue:", "Druckerei:") or a role in apposition ("the printer, ", "our supplier "). */
export function thirdPartyBefore(before: string): boolean {
	if (!roleRe) {
		const roles = alt(THIRD_PARTY_ROLES.flatMap((r) => r.roles));
		const articles = ROLE_ARTICLES.map((a) => (a.endsWith("'") ? String.raw`${escape(a)}[ \t]*` : String.raw`${escape(a)}[ \t]+`)).join("|");
		roleRe = new RegExp(String.raw`^[ \t]*(?:${roles})[ \t]*:[ \t]*$|(?<![\p{L}])(?:${articles})(?:${roles})[ \t]*(?:,|is|ist|es|est|é|è)?[ \t]*$`, "iu");
	}
	return roleRe.test(before);
}
