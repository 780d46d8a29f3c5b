// Who the invoice is for: the person who asks, and their company from a "Bill to" block or their signature. A
// company is read only where a legal form marks it ("Acme Outdoor Ltd", "Quinta do Vale Vinhos, Lda.", "Café La
// Colline inc."): a name without one stays unread, and the draft is made out to the person (their email address
// identifies them in Odoo, and the owner sees the customer on the card before approving) — a wrong company would be
// a wrong invoice, a missing one is a field the owner can add. The legal forms are a table by country and the words
// that join a firm's name a table by language; their examples run as tests (tests/connectors/gmail/customer.test.ts).

import { attentionCompany } from "./attention";
import { companyLabelValue, thirdPartyBefore } from "./company-label";
import { withoutTitles } from "./honorifics";
import { signatureCompany } from "./signature-company";

/** The customer as the draft names them. */
export interface Customer {
	name: string;
	email: string;
	company?: string;
}

export interface LegalFormRow {
	/** Where these forms are written. */
	country: string;
	/** The forms as written there. A dot may be left out ("Pty Ltd"); a form of three letters or more, or with a dot, may
	 * be written in lower case ("inc.", "ltd") or in capitals ("LTDA"). */
	forms: string[];
	/** A line and the company read from it; they run as tests. */
	examples: [line: string, company: string][];
	/** Lines that hold a form's letters but name no company (an address, a unit, a word). */
	ignores?: string[];
	/** Forms written before the name ("PT Kopi Nusantara Jaya"); the name after them has two words or more, so "PT
	 * sessions" or "CV attached" is no firm. */
	before?: string[];
	/** A foundation's kind written before its name, as French, Spanish, Italian, Portuguese, Dutch and German write it
	 * ("Fondation du Lac Léman", "Fundación Amigos del Museo", "Stichting De Brug"): joining words may follow the kind
	 * at once, and one name word after it is enough. A foundation is registered as one (a legal form in all those
	 * countries), an association may be a group of friends. Read only where the email names it as the payer ("au nom
	 * de la Fondation du Lac Léman"), never from a signature alone: there it may be the sender's employer, not whom
	 * the invoice is to. Only words that are no English word ("Foundation Logo Design" is a line of work). */
	kindFirst?: string[];
	/** Partnerships whose legal name goes on after the form with the partners and "& C." ("Osteria del Portico S.n.c.
	 * di Ferri Luca & C."): the form, the word before the partners, and the words for "and company" that end them. */
	partners?: { forms: string[]; link: string; company: string[] };
	/** Forms that are also a word or an abbreviation of one ("Est." for "established": "Harbour Bakery Est. 1998";
	 * "Site Establishment" as a line of work): read only as written here, and only where they end their line or its
	 * part of a signature line ("Najd Dates Trading Est.", "Faisal | Al Fajr Trading Est. | Kuwait City"). */
	endsLine?: true;
}

export const LEGAL_FORMS: LegalFormRow[] = [
	{
		country: "United States, Canada",
		forms: ["Inc.", "Inc", "Incorporated", "Corp.", "Corporation", "LLC", "L.L.C.", "PLLC", "LLP", "L.P.", "Co.", "Co", "Company", "Ltd.", "Ltée", "ltée", "Credit Union"],
		ignores: ["Portland, ME 04101", "Denver, CO 80202", "Calgary, AB T2P 1J9", "Reno NV 89501", "Please quote PO 4521 Inc. on it.", "Suite 400 LLC", "Thanks again to everyone at the company.", "We pay from our credit union account.", "Credit union members get 10% off."],
		examples: [
			["Redwood Analytics Inc.", "Redwood Analytics Inc."],
			["Please bill Blake Audio LLC. Thanks!", "Blake Audio LLC"],
			["Please bill Redwood Analytics Inc. Thanks!", "Redwood Analytics Inc."],
			["Café La Colline inc.", "Café La Colline inc."],
			["Maple & Rye Inc.", "Maple & Rye Inc."],
			["Diner Route 66 LLC", "Diner Route 66 LLC"],
			["Blake Audio, LLC", "Blake Audio, LLC"],
			["Haddad Interiors L.L.C.", "Haddad Interiors L.L.C."],
			["Boulangerie St-Viateur ltée", "Boulangerie St-Viateur ltée"],
			["Bank of the Ozarks Corporation", "Bank of the Ozarks Corporation"],
			// A credit union is chartered as one (federal or state law): its name ends with the kind, as a firm's with its form.
			["Invoices should be addressed to Lakeshore Credit Union, Attn: Accounts Payable.", "Lakeshore Credit Union"],
			["Pine Valley Federal Credit Union", "Pine Valley Federal Credit Union"],
		],
	},
	{
		country: "United Kingdom, Ireland, Commonwealth",
		forms: ["Ltd.", "Ltd", "Limited", "PLC", "plc", "LLP", "CIC", "Co. Ltd"],
		ignores: ["Time limited offer", "Bristol BS1 4QR"],
		examples: [
			["Acme Outdoor Ltd", "Acme Outdoor Ltd"],
			["Kōwhai Tours Limited", "Kōwhai Tours Limited"],
			// A place in brackets inside the name.
			["Harbour Freight (HK) Limited", "Harbour Freight (HK) Limited"],
			["Please invoice Lumen Print (Asia) Ltd for the brochures.", "Lumen Print (Asia) Ltd"],
			["Harbour & Co. Ltd", "Harbour & Co. Ltd"],
			["Pembroke & Wild plc", "Pembroke & Wild plc"],
			["Okafor Law LLP", "Okafor Law LLP"],
			["GREENLEAF CAFE LTD", "GREENLEAF CAFE LTD"],
		],
	},
	{
		country: "South Africa, Australia, Singapore, India, Pakistan, Sri Lanka, Malaysia",
		forms: ["(Pty) Ltd", "Pty Ltd", "Pty. Ltd.", "Proprietary Limited", "Pte. Ltd.", "Pte Ltd", "Pvt. Ltd.", "Pvt Ltd", "(Pvt) Ltd", "(Pvt.) Ltd.", "(Pvt.) Ltd", "(Private) Limited", "Private Limited", "Sdn. Bhd.", "Sdn Bhd", "Bhd."],
		examples: [
			["Nkosi Brewing Co (Pty) Ltd", "Nkosi Brewing Co (Pty) Ltd"],
			["Bluegum Builders Pty Ltd", "Bluegum Builders Pty Ltd"],
			["Tan & Co. Pte. Ltd.", "Tan & Co. Pte. Ltd."],
			["Iyer Fintech Pvt. Ltd.", "Iyer Fintech Pvt. Ltd."],
			["Ceylon Spice Exports (Pvt) Ltd", "Ceylon Spice Exports (Pvt) Ltd"],
			["Karachi Looms (Pvt.) Ltd.", "Karachi Looms (Pvt.) Ltd."],
			["Rao Foods Private Limited", "Rao Foods Private Limited"],
			["Kopi Warisan Sdn. Bhd.", "Kopi Warisan Sdn. Bhd."],
		],
	},
	{
		country: "Gulf states",
		forms: ["W.L.L.", "WLL", "FZ-LLC", "FZE", "FZCO", "DMCC", "S.P.C.", "SPC", "L.L.C"],
		examples: [
			["Gulf Pearl Trading W.L.L.", "Gulf Pearl Trading W.L.L."],
			["Sabah Events Co. W.L.L.", "Sabah Events Co. W.L.L."],
			["Falcon Media FZ-LLC", "Falcon Media FZ-LLC"],
		],
	},
	{
		// A sole proprietor's registered business (مؤسسة, "establishment") in Saudi Arabia and the Gulf.
		country: "Saudi Arabia, Gulf states (a registered establishment)",
		forms: ["Est.", "Establishment"],
		endsLine: true,
		examples: [
			["Najd Dates Trading Est.", "Najd Dates Trading Est."],
			["Company: Al Waha Catering Est.", "Al Waha Catering Est."],
			["Jeddah Sweets Establishment", "Jeddah Sweets Establishment"],
			["Yousef Al-Mutairi | Al Fajr Trading Est. | Kuwait City", "Al Fajr Trading Est."],
			["Muscat Trading & Contracting Est., Muscat", "Muscat Trading & Contracting Est."],
		],
		ignores: ["Harbour Bakery Est. 1998", "Ellis Family Bakery, est. 1998", "Site Establishment     SAR 500", "Est. 2 hours of work", "The printer, Gulf Print Est., already has the files.", "Call me at 3pm EST", "Meeting at 10 AM EST."],
	},
	{
		country: "Austria, Switzerland (it), Belgian and Greek firms and associations, Ukraine",
		forms: ["OG", "KEG", "GesmbH", "Ges.m.b.H.", "Sagl", "ASBL", "AISBL", "VZW", "vzw", "IKE", "I.K.E.", "Ε.Π.Ε.", "Α.Ε.", "TOV", "ТОВ"],
		// Belgium writes an association's form before its name as often as after it ("vzw Den Hoek").
		before: ["vzw", "VZW", "asbl", "ASBL"],
		ignores: ["Wohnung im 2. OG links", "Thanks, Ike", "Wij zijn een kleine vzw met veel vrijwilligers."],
		examples: [
			["Bäckerei Huber OG", "Bäckerei Huber OG"],
			["Studio Lumen Sagl", "Studio Lumen Sagl"],
			["Atelier Bruxelles ASBL", "Atelier Bruxelles ASBL"],
			["Jeugdhuis De Kring vzw", "Jeugdhuis De Kring vzw"],
			["vzw Het Anker", "vzw Het Anker"],
			["asbl Les Amis du Parc", "asbl Les Amis du Parc"],
			["Athens Olive IKE", "Athens Olive IKE"],
			["Kyiv Soft TOV", "Kyiv Soft TOV"],
		],
	},
	{
		country: "Egypt, Lebanon, Jordan, Gulf joint-stock companies",
		forms: ["S.A.E.", "S.A.L.", "S.A.L", "PJSC", "P.J.S.C.", "PSC", "P.S.C.", "JSC", "Q.P.S.C.", "QPSC", "Q.S.C.", "B.S.C.", "K.S.C.C.", "K.S.C.P.", "K.S.C.", "SAOG", "S.A.O.G.", "SAOC", "S.A.O.C."],
		examples: [
			["Nile Linen Co. S.A.E.", "Nile Linen Co. S.A.E."],
			["Cedar Print S.A.L.", "Cedar Print S.A.L."],
			["Emirates Hospitality PJSC", "Emirates Hospitality PJSC"],
			["Muscat Foods SAOG", "Muscat Foods SAOG"],
			["Doha Events Q.P.S.C.", "Doha Events Q.P.S.C."],
			["Kuwait Print Co. K.S.C.C.", "Kuwait Print Co. K.S.C.C."],
		],
	},
	{
		country: "China, Japan, Korea, Taiwan, Hong Kong",
		forms: ["Co., Ltd.", "Co., Ltd", "Co. Ltd.", "Co.,Ltd.", "K.K.", "G.K.", "Y.K."],
		examples: [
			["Mori Sweets Co., Ltd.", "Mori Sweets Co., Ltd."],
			["Shenzhen Bright Lighting Co.,Ltd.", "Shenzhen Bright Lighting Co.,Ltd."],
			["Tanaka Shoten K.K.", "Tanaka Shoten K.K."],
		],
	},
	{
		country: "Germany, Austria, Switzerland, Liechtenstein",
		forms: ["GmbH & Co. KG", "GmbH & Co. KGaA", "gGmbH", "GmbH", "mbH", "UG (haftungsbeschränkt)", "UG", "AG", "KGaA", "KG", "OHG", "GbR", "PartG mbB", "PartG", "e.K.", "e.U.", "e.V.", "SE", "Sàrl"],
		ignores: ["Lieferung: 25 KG Kaffee", "Bis bald, Anna"],
		examples: [
			["Roth Immobilien GmbH & Co. KG", "Roth Immobilien GmbH & Co. KG"],
			["Zahnarztpraxis Dr. Wöllner MVZ GmbH", "Zahnarztpraxis Dr. Wöllner MVZ GmbH"],
			["Kaffeerösterei am Markt UG (haftungsbeschränkt)", "Kaffeerösterei am Markt UG (haftungsbeschränkt)"],
			["Haus der Musik e.V.", "Haus der Musik e.V."],
			["Alpina Treuhand AG", "Alpina Treuhand AG"],
		],
	},
	{
		country: "France, Belgium, Luxembourg, Switzerland (fr), Québec",
		forms: ["S.à r.l.", "S.à.r.l.", "S. à r.l.", "S.A.R.L.", "SARL", "Sàrl", "S.A.S.U.", "SASU", "S.A.S.", "SAS", "EURL", "SNC", "SCI", "SCOP", "S.A.", "SA", "SRL", "SPRL", "inc."],
		examples: [
			["Atelier Lumière SARL", "Atelier Lumière SARL"],
			["Merci de libeller la facture au nom de Cave Martin SARL. Règlement à 30 jours.", "Cave Martin SARL"],
			["Facture au nom de Dupont S.A.R.L. merci.", "Dupont S.A.R.L."],
			["Lefèvre & Fils SAS", "Lefèvre & Fils SAS"],
			["Boulangerie du Coin S.A.S.", "Boulangerie du Coin S.A.S."],
			["Château de la Roche EURL", "Château de la Roche EURL"],
			["Favre Conseil SA", "Favre Conseil SA"],
			["Weber Conseil S.à r.l.", "Weber Conseil S.à r.l."],
			// A number ending the name, as Québec's farms and shops are named for their road ("rang", "route").
			["Fromagerie du Coteau 12 inc.", "Fromagerie du Coteau 12 inc."],
			["Merci d'adresser la facture à Érablière Route 132 inc., merci.", "Érablière Route 132 inc."],
			["Facturez au nom de Muller Fiduciaire S.à.r.l., merci.", "Muller Fiduciaire S.à.r.l."],
		],
	},
	{
		country: "Spain, Mexico, Latin America",
		// Venezuela's "C.A." (compañía anónima) and Peru's "S.A.A." (sociedad anónima abierta) too.
		forms: ["S.A. de C.V.", "S.A.P.I. de C.V.", "S. de R.L. de C.V.", "S. de R.L.", "S.A.C.", "S.A.A.", "S.A.S.", "S.A.U.", "S.L.U.", "S.L.P.", "S.L.L.", "S.L.", "SL", "S.A.", "S.C.", "S.R.L.", "SRL", "Ltda.", "Ltda", "E.I.R.L.", "SpA", "A.C.", "C.A.", "S.C.P."],
		ignores: ["Son ca. 3 horas de trabajo.", "San Diego, CA 92101"],
		examples: [
			["Casa Olmo S.A. de C.V.", "Casa Olmo S.A. de C.V."],
			["Taller del Sur, S. de R.L. de C.V.", "Taller del Sur, S. de R.L. de C.V."],
			["Clínica Herrera S.L.", "Clínica Herrera S.L."],
			["Medina Abogados S.L.P.", "Medina Abogados S.L.P."],
			["Panadería La Espiga, S.L.U.", "Panadería La Espiga, S.L.U."],
			["Café de los Andes S.A.C.", "Café de los Andes S.A.C."],
			["Verde Vivo A.C.", "Verde Vivo A.C."],
			["Inversiones Caracas C.A.", "Inversiones Caracas C.A."],
			["Alicorp S.A.A.", "Alicorp S.A.A."],
		],
	},
	{
		country: "Portugal, Brazil, Angola, Mozambique",
		forms: ["Unipessoal, Lda.", "Unipessoal Lda.", "Unipessoal Lda", "Lda.", "Lda", "Ltda.", "Ltda", "S.A.", "SA", "S/A", "ME", "EIRELI"],
		examples: [
			["Quinta do Vale Vinhos, Lda.", "Quinta do Vale Vinhos, Lda."],
			["Sabor da Terra Restaurante Ltda.", "Sabor da Terra Restaurante Ltda."],
			["Costa & Filhos Lda", "Costa & Filhos Lda"],
			["Padaria Pão de Queijo ME", "Padaria Pão de Queijo ME"],
			["Oficina dos Sabores Unipessoal, Lda.", "Oficina dos Sabores Unipessoal, Lda."],
			["Construtora Rocha S/A", "Construtora Rocha S/A"],
		],
	},
	{
		country: "Italy",
		forms: ["S.r.l.s.", "S.r.l.", "Srl", "S.R.L.", "SRL", "S.p.A.", "SpA", "S.P.A.", "S.a.s.", "S.n.c.", "snc", "sas", "S.c.a.r.l.", "Soc. Coop."],
		examples: [
			["Conti & Associati S.r.l.", "Conti & Associati S.r.l."],
			["Bianchi Editore S.p.A.", "Bianchi Editore S.p.A."],
			["Trattoria da Gino S.n.c.", "Trattoria da Gino S.n.c."],
			["Forno della Nonna di Rossi & C. S.a.s.", "Forno della Nonna di Rossi & C. S.a.s."],
			["Osteria del Portico S.n.c. di Ferri Luca & C.", "Osteria del Portico S.n.c. di Ferri Luca & C."],
			["Intestala a Bar Centrale S.a.s. di Bruno Marco & C., via Roma 3, Torino.", "Bar Centrale S.a.s. di Bruno Marco & C."],
			["Ferramenta Galli snc di Galli Paolo e C.", "Ferramenta Galli snc di Galli Paolo e C."],
			// Without "& C." the words after the form are no partners: "di Bologna" is where the firm is.
			["Trattoria da Gino S.n.c. di Bologna", "Trattoria da Gino S.n.c."],
			["Studio Legale Conti & Marino", "Studio Legale Conti & Marino"],
			["Studio Associato Neri Gallo", "Studio Associato Neri Gallo"],
		],
		partners: { forms: ["S.n.c.", "snc", "S.a.s.", "sas"], link: "di", company: ["& C.", "e C.", "& C", "& Co."] },
		// Professional firms name their kind first ("Studio Legale Bassani & Ferri", "Studio Associato Neri Gallo").
		before: ["Studio Legale", "Studio Notarile", "Studio Associato", "Studio Tecnico", "Studio Commercialista"],
		ignores: ["Lo studio legale ci ha scritto ieri."],
	},
	{
		country: "Netherlands, Belgium (nl)",
		forms: ["B.V.", "BV", "N.V.", "NV", "V.O.F.", "VOF", "vof", "BVBA", "CommV"],
		ignores: ["Stuur me je CV", "Groeten, Sanne"],
		examples: [
			["Bakker Logistiek B.V.", "Bakker Logistiek B.V."],
			["Zet je er wel Bakker Bloemen BV op als klant.", "Bakker Bloemen BV"],
			["Van Dijk Installatietechniek B.V.", "Van Dijk Installatietechniek B.V."],
			["Bloemenhuis De Tulp vof", "Bloemenhuis De Tulp vof"],
			["Brouwerij 't Hoekje BV", "Brouwerij 't Hoekje BV"],
		],
	},
	{
		// Aruba's limited company (vennootschap met beperkte aansprakelijkheid) is a "V.B.A.".
		country: "Aruba",
		forms: ["V.B.A.", "VBA"],
		ignores: ["Stuur me de VBA-macro"],
		examples: [
			["Duikschool Palm Beach V.B.A.", "Duikschool Palm Beach V.B.A."],
			["Graag op naam van Snorkel Tours Aruba VBA (KvK 12345).", "Snorkel Tours Aruba VBA"],
		],
	},
	{
		country: "Nordics and Baltics",
		forms: ["AB", "AB (publ)", "AS", "ASA", "ANS", "A/S", "ApS", "I/S", "IVS", "Oy", "Oyj", "ehf.", "hf.", "OÜ", "SIA", "UAB"],
		ignores: ["Please see Paris as a backup", "Such a case, as always", "THANKS SAM AS ALWAYS", "WE AT FJORD AS A TEAM"],
		examples: [
			["Berg Design AB", "Berg Design AB"],
			["Fjord Kayaks AS", "Fjord Kayaks AS"],
			["Nordlys Digital ApS", "Nordlys Digital ApS"],
			["Kahvila Aurora Oy", "Kahvila Aurora Oy"],
			["Reykjavík Roasters ehf.", "Reykjavík Roasters ehf."],
			["Danske Møbler A/S", "Danske Møbler A/S"],
		],
	},
	{
		country: "Central and Eastern Europe, Türkiye",
		forms: ["Sp. z o.o.", "sp. z o.o.", "S.A.", "sp.j.", "s.r.o.", "spol. s r.o.", "a.s.", "Kft.", "Zrt.", "Nyrt.", "Bt.", "d.o.o.", "d.d.", "S.R.L.", "EOOD", "OOD", "A.Ş.", "Ltd. Şti."],
		ignores: ["Same as last time", "Pozdrawiam, Anna"],
		examples: [
			["Mleczarnia Nowak Sp. z o.o.", "Mleczarnia Nowak Sp. z o.o."],
			["Pivovar Horák s.r.o.", "Pivovar Horák s.r.o."],
			["Tisza Design Kft.", "Tisza Design Kft."],
			["Jadran Tours d.o.o.", "Jadran Tours d.o.o."],
			["Anadolu Tekstil A.Ş.", "Anadolu Tekstil A.Ş."],
		],
	},
	{
		country: "Indonesia",
		forms: ["Tbk", "Tbk."],
		before: ["PT", "PT.", "CV", "CV."],
		ignores: ["4 PT sessions at $60", "My CV Attached", "PT Sessions"],
		examples: [
			["PT Kopi Nusantara Jaya", "PT Kopi Nusantara Jaya"],
			["Please address it to PT Kopi Nusantara Jaya, Jl. Kemang Raya No. 8, Jakarta Selatan.", "PT Kopi Nusantara Jaya"],
			["PT. Sinar Batik Abadi Tbk", "PT. Sinar Batik Abadi Tbk"],
			["CV Mitra Kreatif Bandung", "CV Mitra Kreatif Bandung"],
		],
	},
	{
		// A charity's own name says what it is, with no legal form: it pays as a firm does.
		country: "non-profits named by their kind (a foundation, an association, a society)",
		// "Asociación", "Associazione", "Associação" lead their name ("Asociación Kallpa"): after other words they end a
		// signature's role joined to the next line ("Coordinadora de Comunicaciones Asociación …"), no name of a firm.
		forms: ["Foundation", "Stiftung", "Fundación", "Fondation", "Fondazione", "Fundação", "Stichting", "Association", "Vereniging", "Society"],
		kindFirst: ["Fondation", "Fundación", "Fondazione", "Fundação", "Stichting", "Stiftung", "Asociación", "Associazione", "Associação"],
		examples: [
			["Great Lakes Community Foundation", "Great Lakes Community Foundation"],
			["Riverside Community Foundation", "Riverside Community Foundation"],
			["Harbour Arts Society", "Harbour Arts Society"],
			["Kieler Kunst Stiftung", "Kieler Kunst Stiftung"],
			["Fondation du Lac Léman", "Fondation du Lac Léman"],
			["Merci de libeller la facture au nom de la Fondation des Amis du Musée. Je vous remercie.", "Fondation des Amis du Musée"],
			["Fundación Amigos del Museo", "Fundación Amigos del Museo"],
			["Fondazione Teatro Regio", "Fondazione Teatro Regio"],
			["Fundação dos Amigos do Parque", "Fundação dos Amigos do Parque"],
			["Stichting De Brug", "Stichting De Brug"],
			["Stiftung Warentest", "Stiftung Warentest"],
		],
		ignores: ["the foundation was poured last week", "a society of makers", "Foundation Logo Design", "Fondation du bâtiment : terminée.", "Fondation: 1987"],
	},
	{
		country: "firms named by their trade (no legal form)",
		forms: ["Studio", "Studios", "Agency", "Partners"],
		examples: [
			["Casa Verde Studio", "Casa Verde Studio"],
			["Oakridge Partners", "Oakridge Partners"],
		],
	},
];

export interface JoinerRow {
	lang: string;
	/** Small words that join the words of a firm's name ("Sabor da Terra", "Bank of America", "Haus der Musik"). */
	words: string[];
	examples: [line: string, company: string][];
}

export const NAME_JOINERS: JoinerRow[] = [
	{ lang: "en", words: ["of", "and", "the", "on", "&", "+", "by"], examples: [["Friends of the Earth Ltd", "Friends of the Earth Ltd"], ["Bread and Roses LLC", "Bread and Roses LLC"], ["Events by Ada Ltd", "Events by Ada Ltd"], ["Kindly make it out to Events by Ada Ltd, thank you.", "Events by Ada Ltd"], ["Photography by Lerato (Pty) Ltd", "Photography by Lerato (Pty) Ltd"]] },
	{ lang: "de", words: ["der", "die", "das", "des", "dem", "den", "am", "im", "an", "zum", "zur", "und", "von", "vom", "zu", "auf", "für"], examples: [["Zentrum für Gestaltung GmbH", "Zentrum für Gestaltung GmbH"], ["Kaffeerösterei am Markt GmbH", "Kaffeerösterei am Markt GmbH"], ["Haus zur Linde GmbH", "Haus zur Linde GmbH"]] },
	{ lang: "es", words: ["de", "del", "la", "las", "los", "el", "y", "e", "por"], examples: [["Eventos por Lucía S.L.", "Eventos por Lucía S.L."], ["Café de los Andes S.A.C.", "Café de los Andes S.A.C."], ["Hijos de Rivera y Cía S.L.", "Hijos de Rivera y Cía S.L."]] },
	{ lang: "fr", words: ["de", "du", "des", "la", "le", "les", "et", "en", "aux", "au", "sur", "par", "à"], examples: [["Fleurs par Camille SARL", "Fleurs par Camille SARL"], ["Restaurant à la Ferme SAS", "Restaurant à la Ferme SAS"], ["Boulangerie du Coin SARL", "Boulangerie du Coin SARL"], ["Maison d'Art SAS", "Maison d'Art SAS"]] },
	{ lang: "pt", words: ["da", "do", "das", "dos", "de", "e"], examples: [["Sabor da Terra Restaurante Ltda.", "Sabor da Terra Restaurante Ltda."], ["Oficina dos Sabores Lda", "Oficina dos Sabores Lda"]] },
	{ lang: "it", words: ["di", "da", "del", "della", "delle", "dei", "degli", "dello", "e", "al", "alla"], examples: [["Trattoria da Gino S.n.c.", "Trattoria da Gino S.n.c."], ["Forno della Nonna S.r.l.", "Forno della Nonna S.r.l."]] },
	{ lang: "nl", words: ["van", "de", "der", "den", "het", "'t", "en", "op", "aan", "te"], examples: [["Bakkerij van der Berg B.V.", "Bakkerij van der Berg B.V."], ["Brouwerij 't Hoekje BV", "Brouwerij 't Hoekje BV"]] },
	{ lang: "nordic", words: ["og", "och", "i", "af", "på"], examples: [["Smør og Brød AS", "Smør og Brød AS"], ["Kaffe och Kaka AB", "Kaffe och Kaka AB"]] },
	{ lang: "fil", words: ["ni", "ng", "sa"], examples: [["Kusina ni Lola Food Corp.", "Kusina ni Lola Food Corp."], ["Bahay ng Kape Inc.", "Bahay ng Kape Inc."], ["Kape sa Kanto Trading Corp.", "Kape sa Kanto Trading Corp."]] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One form as a pattern: each dot may be left out, spaces may vary ("Pty Ltd", "Pty. Ltd.", "Co.,Ltd."). */
function formPattern(form: string): string {
	// A short form keeps its dots: "a.s." without them is the word "as".
	const dot = form.replace(/[^\p{L}]/gu, "").length >= 3 ? String.raw`\.?` : String.raw`\.`;
	let out = "";
	for (let i = 0; i < form.length; i++) {
		const c = form[i]!;
		if (c === ".") out += dot;
		else if (c === " ") out += form[i - 1] === "." || form[i - 1] === "," ? "[ \\t]*" : "[ \\t]+";
		else if (c === ",") out += ",?";
		else out += escape(c);
	}
	return out;
}

/** Lower case is no form where it is a word of its own ("spa", "as", "se", "og", "me"). */
const LOWERCASE_WORDS = new Set(["spa", "sas", "ehf", "company", "limited", "incorporated", "corporation", "studio", "studios", "agency", "partners", "trust", "me", "epp", "mei", "sci", "scop"]);

/** The spellings each form is read in: as listed, in capitals, and in lower case where that is no common word. */
function spellings(form: string): string[] {
	const letters = form.replace(/[^\p{L}]/gu, "");
	const out = new Set([form]);
	if (letters.length >= 2) out.add(form.toUpperCase());
	const lower = form.toLowerCase();
	if ((letters.length >= 3 || form.includes(".")) && letters.length >= 2 && !LOWERCASE_WORDS.has(lower.replace(/[^\p{L}]/gu, ""))) out.add(lower);
	return [...out];
}

const ALL_FORMS = [...new Set(LEGAL_FORMS.filter((r) => !r.endsLine).flatMap((r) => r.forms.flatMap(spellings)))].sort((a, b) => b.length - a.length);
/** Two capitals with no dot ("AB", "AS", "NV", "ME") are also a US state or Canadian province in an address
 * ("Calgary, AB T2P 1J9", "Portland ME 04101") or a word in capitals ("THANKS AS ALWAYS"): such a form follows a
 * space, not a comma, and ends its line or its part of a signature line ("Fjord Kayaks AS | Bergen"), or goes on in
 * lower case ("Zet je er Bakker Bloemen BV op als klant"). */
const isShort = (f: string) => /^\p{Lu}{2}$/u.test(f);
const LONG_FORM = `(?:${ALL_FORMS.filter((f) => !isShort(f)).map(formPattern).join("|")})`;
const SHORT_FORM = String.raw`(?:${ALL_FORMS.filter(isShort).join("|")})(?=[ \t]*(?:$|[,;|·•–—)])|[ \t]+\p{Ll})`;
/** The forms read only where they end their line or its part ("… Trading Est." then a line break, "|", or a comma and a
 * capitalised place), exactly as the table writes them. */
const LINE_END_FORM = String.raw`(?:${LEGAL_FORMS.flatMap((r) => (r.endsLine ? r.forms : [])).sort((a, b) => b.length - a.length).map(escape).join("|")})(?=[ \t]*(?:$|[;|·•–—)]|,[ \t]*\p{Lu}))`;
const FORM = String.raw`(?:,?[ \t]+${LONG_FORM}|[ \t]+${SHORT_FORM}|[ \t]+${LINE_END_FORM})`;
const JOINER = `(?:${[...new Set(NAME_JOINERS.flatMap((r) => r.words))]
	.sort((a, b) => b.length - a.length)
	.map(escape)
	.join("|")})`;
/** A word of a firm's name: capitalised ("Terra", "O'Neill", "St-Viateur"), in capitals, led by a digit ("3D",
 * "7-Eleven"; a bare number is no name), or a brand written "eBay". Elision ("d'Art", "l'Atelier") is one word. A
 * place in brackets is a word of the name ("Harbourline Logistics (HK) Limited", "Acme (Singapore) Pte Ltd"). */
const NAME_WORD = String.raw`(?:(?:[dlDL]['’])?(?:\p{Lu}[\p{L}\p{N}&'’.\-]*|\p{N}[\p{N}\-]*\p{L}[\p{L}\p{N}&'’.\-]*|\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]*)|\(\p{Lu}[\p{L}]{1,15}\))`;
/** A firm: up to six name words (joined by small words), then its legal form — after a space or a comma — and maybe
 * a second one ("Co. W.L.L.", "Co (Pty) Ltd"). It may end at a closing quote ('"Dalbit Cosmetics Co., Ltd." on the
 * invoice'): else the form would be cut at its comma. */
const BEFORE_FORM = `(?:${LEGAL_FORMS.flatMap((r) => r.before ?? []).sort((a, b) => b.length - a.length).map(escape).join("|")})`;
/** A firm whose form comes first: the form, then two to six name words, maybe a form after them ("PT … Tbk"). */
const FORM_FIRST = String.raw`${BEFORE_FORM}[ \t]+${NAME_WORD}(?:[ \t]+(?:${JOINER}[ \t]+){0,2}${NAME_WORD}){1,5}${FORM}?`;
/** A non-profit named by its kind first: the kind, maybe joining words, then one to five name words; a word ending in a
 * dot ends the name ("…au nom de la Fondation du Lac Léman. Je vous saurais gré…"). */
const KIND_FIRST = String.raw`(?:${LEGAL_FORMS.flatMap((r) => r.kindFirst ?? []).sort((a, b) => b.length - a.length).map(escape).join("|")})[ \t]+(?:${JOINER}[ \t]+){0,2}${NAME_WORD}(?:(?<!\.)[ \t]+(?:${JOINER}[ \t]+){0,2}${NAME_WORD}){0,4}`;
/** A partnership's form with its partners after it: "S.n.c. di Ferri Luca & C." (one to four names, then "& C."). */
const PARTNERS = LEGAL_FORMS.flatMap((r) => (r.partners ? [r.partners] : []))
	.map((p) => String.raw`,?[ \t]+(?:${p.forms.map(formPattern).join("|")})[ \t]+${escape(p.link)}[ \t]+${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3}[ \t]+(?:${p.company.map((c) => escape(c).replace(/ /g, "[ \\t]+")).join("|")})`)
	.join("|");
/** A number ending the name right before its form, as a road or a lot names a firm ("Fromagerie du Rang 9 inc.", "Diner
 * Route 66 LLC"): one to four digits after a name word, never after a word that numbers a document or a place in a
 * building ("PO 4521 Ltd", "Suite 400 LLC"). */
const NUMBER_LAST = String.raw`(?:(?<!(?:^|[^\p{L}])(?:PO|P\.O\.|Order|Invoice|Inv\.?|No\.?|Nr\.?|Nº|Unit|Suite|Room|Box|Ref\.?|Total|Apt\.?|Floor))[ \t]+\p{N}{1,4}(?![\p{N}.,]\p{N}))?`;
export const COMPANY = new RegExp(
	String.raw`(?<![\p{L}\p{N}])(${NAME_WORD}(?:[ \t]+(?:${JOINER}[ \t]+){0,2}${NAME_WORD}){0,5}${NUMBER_LAST}(?:${PARTNERS}|${FORM}${FORM}?)|${FORM_FIRST}|${KIND_FIRST})(?=[\s,;)!?"”»]|\.(?:[\s"”»]|$)|$)`,
	"mu",
);
/** Words a company name does not start with, though they are capitalised at the start of a sentence ("An Acme Studio
 * GmbH." on its own line is German for "to" it, as "Aan" is Dutch and "Para" Spanish and Portuguese). */
const NOT_COMPANY_START = /^(?:(?:Invoice|Bill|Please|Kindly|Thanks|Thank|Regards|Cheers|Best|Hi|Hello|Dear|From|For|To|At|Via|Attn|An|Aan|Para|Bitte|Rechnung|Factura|Facture|Fattura|Factuur|Fatura|Merci|Gracias|Obrigad[oa]|Grazie|Danke|Bedankt)[ \t,]+)+/u;

/** The words between "invoice" and the company the email names as the payer ("an invoice to Globex Ltd", "Rechnung an
 * die Müller GmbH", "factura a nombre de Casa Olmo S.A. de C.V."); the examples run as tests. */
export const PAYER_WORDS = {
	nouns: ["invoice", "bill", "Rechnung", "factura", "facture", "fattura", "factuur", "fatura"],
	// "Bill it to …", "Make the bill out to …": the verb's object between the noun and the link names no one.
	links: ["made out to", "addressed to", "to", "an die", "an", "auf", "à", "au nom de", "a nombre de", "a", "para", "intestata a", "a nome di", "aan", "op naam van", "em nome de", "it to", "it out to"],
	examples: [
		["Please issue an invoice to Globex Ltd for the audit.", "Globex Ltd"],
		["Invoice Maple & Rye Inc. for the menus, please.", "Maple & Rye Inc."],
		["Bitte die Rechnung an die Roth Immobilien GmbH & Co. KG stellen.", "Roth Immobilien GmbH & Co. KG"],
		["La factura a nombre de Casa Olmo S.A. de C.V., por favor.", "Casa Olmo S.A. de C.V."],
		["La fattura intestata a Ferri Ottica S.r.l., grazie.", "Ferri Ottica S.r.l."],
		["Bill it to Saltbush Surf Co. Pty Ltd (ABN 51 824 753 556), not me personally.", "Saltbush Surf Co. Pty Ltd"],
		["Please bill it out to Harbour Lights Pty Ltd, thanks.", "Harbour Lights Pty Ltd"],
	] as [text: string, company: string][],
};

// The nouns spell both cases themselves: the company's capitals must stay case-sensitive.
const PAYER_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:${PAYER_WORDS.nouns.map((n) => `[${n[0]!.toUpperCase()}${n[0]!.toLowerCase()}]${n.slice(1)}`).join("|")})`, "gu");
/** What may stand between the noun and the company: a link word ("to", "an die", "a nombre de") in order, longest
 * first, or blanks alone. */
const PAYER_LINKS = [
	...[...PAYER_WORDS.links].sort((a, b) => b.length - a.length).map((l) => new RegExp(String.raw`[ \t]+(?:${l.replace(/ /g, "[ \\t]+")})[ \t]+`, "uy")),
	/[ \t]+/y,
];

/** Other ways of naming the payer, with no word for invoice before the company: the invoice as a pronoun ("make it
 * out to", "stell sie auf", "hazla a nombre de"), a name it bears ("in the name of", "au nom de", "op naam van"), the
 * company put on it ("put Globex GmbH on the invoice"), or the payer's role ("bill our parent company Globex Ltd").
 * `{C}` stands for the company; the examples run as tests. */
export const PAYER_PHRASES: { lang: string; phrases: string[]; examples: [text: string, company: string][] }[] = [
	{
		lang: "en",
		phrases: ["(?:make|made|write|written|issue|issued|address|addressed|raise|raised|send|put) (?:it|them|the invoice|the bill) (?:out )?to {C}", "(?:in|under) the name of {C}", "(?:put|write|use|have) {C} on the invoice", "(?:bill|invoice|charge) (?:our|the) (?:parent company|holding company|head office|headquarters|HQ|sister company|mother company|group company|subsidiary|company),? {C}"],
		examples: [
			["Please make it out to Globex Ltd. Thanks!", "Globex Ltd."],
			["Please address it to Globex Ltd, 12 High St, London.", "Globex Ltd"],
			["Can you put Globex GmbH on the invoice?", "Globex GmbH"],
			["Please bill our parent company Globex Ltd instead.", "Globex Ltd"],
			["The invoice should be in the name of Globex S.A.S.", "Globex S.A.S."],
		],
	},
	{
		lang: "de",
		phrases: ["(?:stell|stellen Sie|schreib|schreiben Sie) sie (?:bitte )?(?:auf|an) (?:die |den )?{C}", "auf (?:den Namen|die Firma) (?:der |des )?{C}", "(?:Rechnung|Rechnungsempfänger)(?: bitte)? (?:auf|an) (?:die|den|das) {C}", "auf {C} ausstellen"],
		examples: [
			["Bitte die Rechnung auf die Müller GmbH ausstellen.", "Müller GmbH"],
			["Stell sie bitte auf die Roth Immobilien GmbH & Co. KG aus.", "Roth Immobilien GmbH & Co. KG"],
			["Bitte auf die Tischlerei Roth GmbH ausstellen, danke.", "Tischlerei Roth GmbH"],
		],
	},
	{
		lang: "es",
		phrases: ["(?:hazla|hágala|emítela|emitila|hacela|ponla|póngala) (?:a nombre de|para) {C}", "a nombre de (?:la empresa |la sociedad )?{C}"],
		examples: [["Hazla a nombre de Casa Olmo S.A. de C.V., porfa.", "Casa Olmo S.A. de C.V."]],
	},
	{
		lang: "fr",
		phrases: ["(?:libellez|libelle|adressez|adresse|établissez|établis)-la (?:au nom de|à) (?:la société )?{C}", "au nom de (?:la société |l['’]entreprise )?{C}", "à l['’]ordre de (?:la société )?{C}"],
		examples: [["Libellez-la au nom de la société Dupont SARL, merci.", "Dupont SARL"]],
	},
	{
		lang: "pt",
		phrases: ["(?:emita-a|emite-a|faça-a|faz-a) (?:em nome d[ae]|para) {C}", "em nome d[ae] (?:empresa )?{C}"],
		examples: [["A fatura deve ser emitida em nome da Quinta do Vale, Lda.", "Quinta do Vale, Lda."]],
	},
	{
		lang: "it",
		phrases: ["(?:intestala|intestatela|intestata|intestarla|intestare|intestarla) (?:a |ad |all['’]){C}", "a nome (?:di |della |del |dell['’])(?:società )?{C}"],
		examples: [["Intestatela a Ferri Ottica S.r.l., grazie.", "Ferri Ottica S.r.l."], ["Intestala ad Arte Ferri S.r.l., grazie.", "Arte Ferri S.r.l."]],
	},
	{
		lang: "nl",
		phrases: ["(?:zet|stel|maak) (?:hem|'m|die|de factuur) (?:op naam van|aan|op) {C}", "op (?:de )?naam van {C}", "ten name van {C}"],
		examples: [["Zet hem op naam van Bakker Bloemen B.V., graag.", "Bakker Bloemen B.V."]],
	},
];

/** The article a payer phrase may put before the company ("au nom de l'Atelier Léman Sàrl", "a nome dell'Osteria del
 * Ponte S.r.l.", "au nom de la Fromagerie Rochat SA", "op naam van het Atelier Noord B.V."): written in lower case it
 * is the sentence's word, not the firm's (a firm's own article is capitalised: "La Bottega S.r.l.", "L'Oréal S.A.").
 * Only articles no name starts with in lower case: Dutch "de" and "van" lead surnames ("de Vries B.V."), so they stay.
 * By language; the examples run as tests. */
export const PAYER_ARTICLES: { lang: string; elided: string[]; full: string[]; examples: [text: string, company: string | null][] }[] = [
	{ lang: "fr", elided: ["l"], full: ["la", "le", "les"], examples: [["Merci de l'établir au nom de l'Atelier Rive Sàrl, s'il vous plaît.", "Atelier Rive Sàrl"], ["Facture au nom de la Fromagerie Morel SA, merci.", "Fromagerie Morel SA"], ["À établir au nom de l’Imprimerie Jura Sàrl.", "Imprimerie Jura Sàrl"]] },
	{ lang: "it", elided: ["l"], full: ["il", "lo"], examples: [["La fattura a nome dell'Osteria del Ponte S.r.l., grazie.", "Osteria del Ponte S.r.l."], ["Intestatela all'Ottica Ferri S.r.l., grazie.", "Ottica Ferri S.r.l."], ["Intestatela a La Bottega S.r.l., grazie.", "La Bottega S.r.l."]] },
	{ lang: "es", elided: [], full: ["la", "el"], examples: [["Hazla a nombre de la Clínica Dental Sol S.L., porfa.", "Clínica Dental Sol S.L."]] },
	{ lang: "de", elided: [], full: ["der", "die", "dem", "den", "das"], examples: [["Bitte auf den Namen der Tischlerei Berger GmbH ausstellen.", "Tischlerei Berger GmbH"]] },
	{ lang: "nl", elided: [], full: ["het"], examples: [["Graag op naam van het Atelier Noord B.V. zetten.", "Atelier Noord B.V."], ["Graag op naam van de Vries B.V. zetten.", null]] },
];
/** Where a payer phrase's words end, the article before the company, in lower case only (see above). */
const PAYER_ARTICLE = String.raw`(?:(?:${[...new Set(PAYER_ARTICLES.flatMap((r) => r.elided))].join("|")})['’](?=\p{Lu})|(?:${[...new Set(PAYER_ARTICLES.flatMap((r) => r.full))].join("|")})[ \t]+(?=\p{Lu}))?`;

/** Each payer phrase's words before the company, and after it where it has some ("put {C} on the invoice"). The
 * company is read where the words end, by the one company pattern: it is large (the legal forms of many countries),
 * and compiling it into every phrase's pattern cost about a second on the first email read after start. */
const PAYER_LEADS = PAYER_PHRASES.flatMap((r) => r.phrases).map((p) => {
	// The phrase's own words in any case; the company's capitals stay case-sensitive (its pattern has no "i").
	const ci = (x: string) => x.replace(/\\.|\[[^\]]*\]|\p{L}/gu, (c) => (c.length === 1 && c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c));
	const words = (x: string) => ci(x).replace(/ /g, "[ \\t]+");
	const [lead, tail = ""] = p.split("{C}");
	// The company may be quoted: 'a nombre de "Casa Olmo S.A. de C.V."'.
	return { lead: new RegExp(String.raw`(?<![\p{L}])${words(lead!)}["“«„]?${PAYER_ARTICLE}`, "gu"), tail: tail ? new RegExp(words(tail), "uy") : null };
});

/** The company pattern anchored where it is tried (sticky): searching on from there would read the rest of the text
 * at every payer phrase, and a long hostile text repeats them. */
const COMPANY_AT = new RegExp(COMPANY.source, "muy");

/** The company written exactly at `at` (where a payer phrase's blanks end), followed by `tail` if given, or null. */
function companyAt(text: string, at: number, tail: RegExp | null = null): string | null {
	COMPANY_AT.lastIndex = at;
	const m = COMPANY_AT.exec(text);
	if (!m) return null;
	if (tail) {
		tail.lastIndex = at + m[0].length;
		if (!tail.test(text)) return null;
	}
	return m[1]!;
}

/** The first place a payer phrase is followed by a company, with that company. */
function firstPayer(text: string, lead: RegExp, after: (end: number) => string | null): { index: number; company: string } | null {
	lead.lastIndex = 0;
	for (let m = lead.exec(text); m; lead.lastIndex = m.index + 1, m = lead.exec(text)) {
		const company = after(m.index + m[0].length);
		if (company) return { index: m.index, company };
	}
	return null;
}

/** "…in the name of Ambika Sarees Ltd. Payment will be…" and "Director, Ambika Sarees Ltd": where the email also
 * writes the company without the dot, the dot ended the sentence. */
function dotElsewhere(company: string, text: string): string {
	if (!company.endsWith(".")) return company;
	const bare = company.slice(0, -1);
	return new RegExp(String.raw`${escape(bare).replace(/ /g, "[ \t]+")}(?![.\p{L}\p{N}])`, "u").test(text) ? bare : company;
}

/** "au nom de L'Atelier Léman Sàrl" signed "Atelier Léman Sàrl": a capitalised elided article may be the firm's own
 * ("L'Oréal S.A."), so it goes only where the email also writes the name without it. */
function articleElsewhere(company: string, text: string): string {
	const m = /^[Ll]['’](?=\p{Lu})/u.exec(company);
	if (!m) return company;
	const bare = company.slice(m[0].length);
	return new RegExp(String.raw`(?<![\p{L}\p{N}'’])${escape(bare).replace(/ /g, "[ \t]+")}(?![\p{L}\p{N}])`, "u").test(text) ? bare : company;
}

/** A payer written all in lower case, as people type on a phone ("bill to wattle & stem pty ltd", "a nombre de casa olmo
 * s.l."): read only right after words that name the payer, and only with a legal form that ends the name — lower-case
 * words are otherwise any words. The company is kept as written. The examples run as tests. */
export const LOWER_CASE_PAYER = {
	links: ["bill to", "bill it to", "billed to", "invoice to", "invoice it to", "make it out to", "made out to", "addressed to", "in the name of", "an die", "auf die", "a nombre de", "au nom de", "em nome de", "em nome da", "a nome di", "intestata a", "intestala a", "op naam van", "ten name van"],
	examples: [
		["bill to wattle & stem pty ltd. thanks heaps!!", "wattle & stem pty ltd"],
		["pls make it out to harbour lights events ltd, cheers", "harbour lights events ltd"],
		["la factura a nombre de casa olmo s.l. porfa", "casa olmo s.l."],
		["rechnung bitte an die roth immobilien gmbh, danke", "roth immobilien gmbh"],
		["factuur op naam van bakker bloemen b.v. graag", "bakker bloemen b.v."],
	] as [text: string, company: string][],
	ignores: ["bill to my account please, i'll pay the ltd later", "invoice to the team, thanks", "bill to Acme Ltd please"],
};

let lowerPayerRe: RegExp | null = null;

/** The payer's company written in lower case after a payer phrase, or null. */
export function lowerCasePayer(text: string): string | null {
	const forms = ALL_FORMS.filter((f) => f === f.toLowerCase() && /\p{Ll}/u.test(f) && !LOWERCASE_WORDS.has(f.replace(/[^\p{L}]/gu, "")));
	lowerPayerRe ??= new RegExp(String.raw`(?<![\p{L}])(?:${LOWER_CASE_PAYER.links.map((l) => escape(l).replace(/ /g, "[ \t]+")).join("|")})[ \t]+((?:[\p{Ll}\p{N}][\p{Ll}\p{N}'’\-]*[ \t]+(?:&[ \t]+)?){1,5}?(?:${forms.map(formPattern).join("|")}))(?=[\s,;!?)]|\.(?:\s|$)|$)`, "iu");
	const m = lowerPayerRe.exec(text);
	if (!m || /\p{Lu}/u.test(m[1]!)) return null;
	// "pty ltd." ends its sentence with the dot; a form with dots of its own ("s.l.") keeps its last one.
	const last = /\S+$/.exec(m[1]!)?.[0] ?? "";
	return last.endsWith(".") && !last.slice(0, -1).includes(".") ? m[1]!.slice(0, -1) : m[1]!;
}

/** The company the email names as the payer, or null. */
export function namedPayer(text: string): string | null {
	const named = firstPayer(text, PAYER_NOUN, (end) => {
		for (const link of PAYER_LINKS) {
			link.lastIndex = end;
			const company = link.test(text) ? companyAt(text, link.lastIndex) : null;
			if (company) return company;
		}
		return null;
	});
	if (named) return articleElsewhere(dotElsewhere(clean(named.company), text), text);
	// The phrase found first in the text; at one place, the first in the table.
	let best: { index: number; company: string } | null = null;
	for (const { lead, tail } of PAYER_LEADS) {
		const p = firstPayer(text, lead, (end) => companyAt(text, end, tail));
		if (p && (best === null || p.index < best.index)) best = p;
	}
	return best ? articleElsewhere(dotElsewhere(clean(best.company), text), text) : null;
}

/** A name with no legal form after a payer phrase ("Kindly address it to Bahay Kubo Events & Catering and …",
 * "Intestala ad Atelier Brambilla, P.IVA …"): two to six capitalised words, joined by small words; a line may break
 * after a joining word ("Events &" / "Catering"). */
const PLAIN_NAME = new RegExp(String.raw`(${NAME_WORD}(?:[ \t]+(?:${JOINER}\s+){0,2}${NAME_WORD}){1,5})(?![\p{L}\p{N}&'’\-])`, "uy");

/** A firm's tax or registration number right after the name ("Atelier Brambilla, P.IVA 10293847561"): the name is
 * registered. Only numbers a firm has: a person's own (CPF, codice fiscale, NIF, PAN) would make a person a firm. */
export const FIRM_NUMBERS = ["VAT", "VAT No.", "VAT Reg. No.", "TRN", "ABN", "ACN", "GSTIN", "CRN", "USt-IdNr.", "USt-ID", "USt.-IdNr.", "HRB", "CIF", "SIRET", "SIREN", "TVA", "N° TVA", "CNPJ", "P.IVA", "P. IVA", "Partita IVA", "KvK", "BTW", "REGON", "KRS", "UEN"];
let taxAfterRe: RegExp | null = null;
/** A letterhead line: an address after the firm's own line in the signature ("Unit 5, Gorordo Ave., Lahug, Cebu City"),
 * a digit and a comma, not a phone. */
const ADDRESS_LINE = /^(?![ \t]*(?:tel|phone|mob|mobile|cell|fax|whatsapp|\+)).*\d.*,.*$/iu;

/** The firm a payer phrase names without a legal form, or null. The phrase says whom the invoice is made out to, but a
 * name alone may be a person's, a school's bursar or a charity the labels leave as the person ("Please address it to
 * Fern Cup Coffee." signed "Owner, Fern Cup Coffee" stays with the person): it is the firm only where the email shows it
 * registered — its tax number right after it ("Intestala ad Atelier Brambilla, P.IVA …") — or its signature writes it as
 * a letterhead, alone on its line with an address on the next ("Bahay Kubo Events & Catering" / "Unit 5, Gorordo Ave.,
 * …"). */
export function plainPayer(text: string): string | null {
	taxAfterRe ??= new RegExp(String.raw`^,?[ \t]*(?:${FIRM_NUMBERS.sort((a, b) => b.length - a.length).map(escape).join("|")})[ \t]*(?:no\.?|nr\.?|n°)?[ \t]*:?[ \t]*[A-Z]{0,3}[ \t-]?\d`, "u");
	const lines = text.split("\n").map((l) => l.trim());
	const letterhead = (name: string) => lines.some((l, i) => i > lines.length - 12 && l === name && ADDRESS_LINE.test(lines[i + 1] ?? ""));
	for (const { lead, tail } of PAYER_LEADS) {
		lead.lastIndex = 0;
		for (let m = lead.exec(text); m; m = lead.exec(text)) {
			PLAIN_NAME.lastIndex = m.index + m[0].length;
			const n = PLAIN_NAME.exec(text);
			if (!n) continue;
			if (tail) {
				tail.lastIndex = PLAIN_NAME.lastIndex;
				if (!tail.test(text)) continue;
			}
			const name = clean(n[1]!.replace(/\s+/g, " ")).replace(/\.$/, "");
			if (name.split(" ").filter((w) => /\p{Lu}/u.test(w)).length < 2) continue;
			if (taxAfterRe.test(text.slice(PLAIN_NAME.lastIndex)) || letterhead(name)) return name;
		}
	}
	return null;
}

/** The company named in one line, or null. */
export function companyIn(line: string): string | null {
	const m = COMPANY.exec(line);
	return m ? clean(m[1]!) : null;
}

const FORM_SET = new Set(ALL_FORMS);
const KIND_FIRST_START = new RegExp(String.raw`^(?:${LEGAL_FORMS.flatMap((r) => r.kindFirst ?? []).map(escape).join("|")})[ \t]`, "u");

/** "…au nom de Cave Martin SARL. Règlement à 30 jours": a dot after a form written without its inner dots ("SARL" for
 * "S.A.R.L.") ends the sentence, not the form; a form written with its own dot ("Inc.", "Ltd.", "Lda.") keeps it. */
function sentenceDot(company: string): string {
	const last = /[^\s,]+$/.exec(company)?.[0] ?? "";
	if (!last.endsWith(".") || last.slice(0, -1).includes(".")) return company;
	// "…au nom de la Fondation des Amis du Musée.": a non-profit named by its kind first ends in a name word, and the
	// dot after it ends the sentence.
	if (KIND_FIRST_START.test(company) && !FORM_SET.has(last)) return company.slice(0, -1);
	return FORM_SET.has(last.slice(0, -1)) && !FORM_SET.has(last) ? company.slice(0, -1) : company;
}

/** "Bitte die Rechnung auf die Müller GmbH": the request's words, German nouns capitalised, run into the company's;
 * the words in lower case and the word for invoice that lead it go ("Haus der Musik e.V." keeps its "der", "eBay" its
 * "e"). */
const LEADING_WORDS = /^(?:(?:\p{Ll}[\p{Ll}'’]*|Rechnung|Factura|Facture|Fattura|Factuur|Fatura|Invoice|Bill)[ \t]+)+(?=\p{Lu})/u;

/** A form written before the name in lower case ("vzw Den Hoek") is part of it, not a word leading up to it. */
const LOWER_FORM_FIRST = new RegExp(String.raw`(?:^|[ \t])((?:${LEGAL_FORMS.flatMap((r) => r.before ?? []).filter((f) => /^\p{Ll}/u.test(f)).map(escape).join("|")})[ \t]+\p{Lu}.*)$`, "u");
function clean(company: string): string {
	const c = company.trim().replace(NOT_COMPANY_START, "");
	const lowerForm = LOWER_FORM_FIRST.exec(c);
	// "facture au nom de l'Atelier Léman Sàrl": an elided article in lower case is the sentence's, not the firm's.
	return sentenceDot(lowerForm ? lowerForm[1]! : c.replace(LEADING_WORDS, "").replace(/^l['’](?=\p{Lu})/u, ""));
}

/** The name as the sender signs it when the From header writes the same words in another order: a family name first
 * ("Park Ji-woo" signing "Ji-woo Park") or an address book's "Chen, Marcus" signing "Marcus Chen". The words must be
 * exactly the header's, so a signature never renames the customer. */
export function signedName(text: string, fromName: string): string | null {
	const key = (s: string) => s.toLowerCase().split(/[\s,]+/u).filter(Boolean);
	const want = key(fromName);
	if (want.length < 2) return null;
	const sorted = [...want].sort().join(" ");
	for (const raw of text.split("\n").slice(-12)) {
		// A signature line may go on after the name: "Ji-woo Park | Editor".
		const line = raw.split(/[|·•–—]/u)[0]!.trim().replace(/[,.]$/, "");
		const words = key(line);
		if (words.length === want.length && words.join(" ") !== want.join(" ") && [...words].sort().join(" ") === sorted && !line.includes(",")) return line;
	}
	return null;
}

/** Whether the From header writes the family name first in a way only a header does, so the signature's order is the
 * name to use: "Chen, Marcus" (an address book's comma), "NAGY Péter" (the family name in capitals), "Park Ji-woo" (a
 * hyphenated given name last). Otherwise the header's display name stands, as LABELS.md has it: "Kenji Watanabe"
 * signing "Watanabe Kenji" stays Kenji Watanabe, and "Kim Jiyoon" signing "Jiyoon Kim" from jiyoon.kim@ stays Kim
 * Jiyoon (the address's order is no reason to turn the name round). */
function familyFirst(fromName: string): boolean {
	const words = fromName.trim().split(/[\s,]+/u).filter(Boolean);
	return fromName.includes(",") || /^\p{Lu}{2,}$/u.test(words[0] ?? "") || /^\p{L}+-\p{L}+$/u.test(words[words.length - 1] ?? "");
}

/** "… au nom de Cave Martin SARL." or "Invoice to Bondi Physio & Pilates Pty Ltd.": the sentence's full stop may end
 * the name; when the email also writes the name without it (the signature), that is its spelling. */
export function asSigned(company: string | null, text: string): string | null {
	if (!company?.endsWith(".")) return company;
	const bare = company.slice(0, -1);
	const esc = bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	return new RegExp(String.raw`(?<![\p{L}\p{N}])${esc}(?![\p{L}\p{N}.])`, "u").test(text) ? bare : company;
}

/** The forms that are only a trade word ("Studio", "Agency"): no legal form, so such a name may be a place. */
const TRADE_FORMS = new Set(LEGAL_FORMS.filter((r) => r.country.startsWith("firms named by their trade")).flatMap((r) => r.forms.map((f) => f.toLowerCase())));

/** "Lantern Studio, 3 Ropewalk Lane, London": a name ending in a trade word with a street number after it on its line
 * is the premises of the address, not a firm (a legal form, "Acme Ltd, 12 High Street", is a firm wherever it is). */
function premises(text: string, m: RegExpMatchArray): boolean {
	const last = m[1]!.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
	return TRADE_FORMS.has(last) && /^,[ \t]*\d{1,5}[A-Za-z]?[ \t]+\p{L}/u.test(text.slice(m.index! + m[0].length));
}

/** Whom the sender asks the invoice for, by language: themself ("send me the invoice", "schick mir die Rechnung") or
 * their firm ("invoice us", "unsere Rechnung"). The examples run as tests: a signature's firm named only by its trade
 * ("Kente Craft Studio") is read for "us", not for "me" (`true` when the trade name is kept). */
export const ASKED_FOR: { lang: string; me: string[]; us: string[]; examples: [text: string, firm: boolean][] }[] = [
	{ lang: "en", me: ["me", "my"], us: ["us", "our"], examples: [["Could you send me the invoice for the shoot, $800?", false], ["Please invoice us for the shoot, $800.", true], ["We need an invoice for the shoot, $800.", true], ["Please send me our invoice for the shoot, $800.", true]] },
	{ lang: "de", me: ["mir", "mich", "meine"], us: ["uns", "unser", "unsere", "unseren", "unserer"], examples: [["Schick mir bitte die Rechnung für das Shooting, 800 €.", false], ["Schickt uns bitte die Rechnung für das Shooting, 800 €.", true]] },
	{ lang: "es", me: ["me", "mí"], us: ["nos", "nuestra", "nuestro"], examples: [["¿Me pasas la factura de la sesión? 800 €.", false], ["¿Nos pasas la factura de la sesión? 800 €.", true]] },
	{ lang: "fr", me: ["moi", "me", "ma"], us: ["nous", "notre", "nos"], examples: [["Tu peux m'envoyer la facture ? Envoie-moi la facture de la séance, 800 €.", false], ["Envoyez-nous la facture de la séance, 800 €.", true]] },
	{ lang: "pt", me: ["me", "mim", "minha"], us: ["nos", "nossa", "nosso"], examples: [["Pode me mandar a fatura da sessão? 800 €.", false], ["Pode nos mandar a fatura da sessão? 800 €.", true]] },
	{ lang: "it", me: ["mi", "me", "mia"], us: ["ci", "noi", "nostra", "nostro"], examples: [["Mi mandi la fattura del servizio? 800 €.", false], ["Ci mandi la fattura del servizio? 800 €.", true]] },
	{ lang: "nl", me: ["me", "mij", "mijn"], us: ["ons", "onze", "wij"], examples: [["Kun je me de factuur voor de shoot sturen? 800 €.", false], ["Kun je ons de factuur voor de shoot sturen? 800 €.", true]] },
];

const INVOICE_WORD = /(?<![\p{L}])(?:invoice|bill|rechnung|factur|fattur|factuur|fatur)/iu;
const pronouns = (key: "me" | "us") => new RegExp(String.raw`(?<![\p{L}'’])(?:${[...new Set(ASKED_FOR.flatMap((r) => r[key]))].join("|")})(?![\p{L}])`, "iu");
let meRe: RegExp | null = null;
let usRe: RegExp | null = null;

/** The sentences that speak of the invoice ask for "me" and never for "us": the sender asks for themself. */
export function asksForSelf(text: string): boolean {
	meRe ??= pronouns("me");
	usRe ??= pronouns("us");
	const said = text.split(/(?<=[.!?])\s+|\n[ \t]*\n/u).filter((s) => INVOICE_WORD.test(s));
	return said.some((s) => meRe!.test(s)) && !said.some((s) => usRe!.test(s));
}

/** Billing details given as a block under a heading ("Facturatiegegevens:", "Dati per la fatturazione:", "Billing
 * details:"): its first line is the firm billed when it holds a legal form ("vzw Den Hoek", "Studio Legale Bassani &
 * Ferri"), even where the signature names another. By language; the examples run as tests. */
export const BILLING_DETAILS: { lang: string; headings: string[]; examples: [text: string, company: string | null][] }[] = [
	{ lang: "en", headings: ["billing details", "invoice details", "billing information"], examples: [["Billing details:\nNorthwind Print Ltd\n4 Mill Lane, Leeds", "Northwind Print Ltd"], ["Invoice details:\nPivovar Zlatý jelen s.r.o.\nPekařská 62, Brno", "Pivovar Zlatý jelen s.r.o."], ["Billing details:\n4 Mill Lane, Leeds", null], ["Billing details:\nName: Ann Lee", null]] },
	{ lang: "de", headings: ["rechnungsdaten", "rechnungsangaben"], examples: [["Rechnungsdaten:\nTischlerei Berger GmbH\nHauptstraße 3", "Tischlerei Berger GmbH"]] },
	{ lang: "es", headings: ["datos de facturación", "datos para la factura", "datos fiscales"], examples: [["Datos de facturación:\nClínica Dental Sol S.L.\nCalle Mayor 5", "Clínica Dental Sol S.L."]] },
	{ lang: "fr", headings: ["coordonnées de facturation", "informations de facturation", "données de facturation"], examples: [["Coordonnées de facturation :\nAtelier Rive Gauche SARL\n12 rue Bonaparte", "Atelier Rive Gauche SARL"]] },
	{ lang: "pt", headings: ["dados de faturamento", "dados para faturamento", "dados de faturação", "dados para faturação", "dados para a fatura"], examples: [["Dados para faturamento:\nPadaria Sol Nascente Ltda.\nRua das Flores 10", "Padaria Sol Nascente Ltda."], ["Dados para faturamento:\nInstituto Sol\nRua das Flores 10", null], ["Dados de faturação:\nQuinta do Seixo – Vinhos, Lda.\nRua da Ribeira 45", "Quinta do Seixo – Vinhos, Lda."]] },
	{ lang: "it", headings: ["dati per la fatturazione", "dati di fatturazione", "dati fatturazione", "dati per la fattura"], examples: [["Dati per la fatturazione:\nStudio Legale Rossi & Bianchi\nVia Roma 1", "Studio Legale Rossi & Bianchi"]] },
	{ lang: "nl", headings: ["facturatiegegevens", "factuurgegevens", "factureringsgegevens"], examples: [["Facturatiegegevens:\nvzw De Brug\nKerkstraat 1, 9000 Gent", "vzw De Brug"], ["Factuurgegevens:\nzie vorige factuur", null]] },
];
let billingRe: RegExp | null = null;

/** A line from its capital to a legal form, words in lower case and a dash between parts of the name inside it too
 * ("Pivovar Zlatý jelen s.r.o.", "Quinta do Seixo – Vinhos, Lda."). */
const WHOLE_LINE_FIRM = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}&'’.\-]*(?:[ \t]+[\p{L}\p{N}&'’.\-–—]+){0,5}?${FORM}$`, "u");
/** The firm on the first line under a billing-details heading, or null. */
export function billingDetailsCompany(text: string): string | null {
	billingRe ??= new RegExp(String.raw`(?:^|\n)[ \t]*(?:${BILLING_DETAILS.flatMap((r) => r.headings).sort((a, b) => b.length - a.length).map((h) => escape(h).replace(/ /g, "[ \\t]+")).join("|")})[ \t]*:?[ \t]*\n[ \t]*([^\n]+)`, "iu");
	const line = billingRe.exec(text)?.[1]?.trim().replace(/[,;]$/, "") ?? "";
	// Only a firm by its form: a line with no form ("Instituto Maré") may be the person's own organisation as they sign.
	const found = companyIn(line);
	// "Pivovar Zlatý jelen s.r.o.": a Czech or Polish name keeps words in lower case, "Quinta do Seixo – Vinhos, Lda."
	// a dash between its parts; the whole line under the heading, from its capital to its form, is the firm.
	return WHOLE_LINE_FIRM.test(line) && (!found || line.endsWith(found)) ? clean(line) : found;
}

/** "Bill to Adom Café & Grill, Oxford Street, Osu, Accra" signed "Manager, Adom Café & Grill": a name after a billing
 * link, with no legal form, is the firm billed when its address follows it (billing details written inline) and the
 * email writes the same name again (as its signature does). A name alone ("Bill to Harbour Lights Festival Trust.")
 * or once only may be a person's own organisation or a place. */
const PAYER_LINK = new RegExp(
	String.raw`(?<![\p{L}])(?:[Bb]ill(?:ed)?(?:[ \t]+it)?[ \t]+to|[Ii]nvoice(?:[ \t]+it)?[ \t]+to|[Mm]ake[ \t]+it[ \t]+out[ \t]+to|[Ii]n[ \t]+the[ \t]+name[ \t]+of|au[ \t]+nom[ \t]+de|a[ \t]+nombre[ \t]+de|em[ \t]+nome[ \t]+d[eao]|a[ \t]+nome[ \t]+di|op[ \t]+naam[ \t]+van|ten[ \t]+name[ \t]+van|[Rr]echnung[ \t]+an)[ \t]*:?[ \t]*(?<c>\p{Lu}[\p{L}\p{N}'’.\-]*(?:[ \t]+(?:&|\p{Lu}[\p{L}\p{N}'’.\-]*|(?:and|de|du|des|of|la|le|et|y|e|da|do|der|van)(?=[ \t]+\p{Lu}))){1,5})(?=,[ \t]*[^\n,.;]+,[ \t]*[^\n,.;]+)`,
	"gu",
);
function repeatedPayer(text: string): string | null {
	for (const m of text.matchAll(PAYER_LINK)) {
		const name = m.groups!["c"]!.replace(/[.]$/, "");
		if (text.split(name).length > 2) return name;
	}
	return null;
}

/** "Rechnungsadresse: Lena und Jakob Moser, Schönbrunner Straße 45/7, 1050 Wien.": a billing line that writes its address
 * inline names the payer before it; a payer named by the sender's own surname is the sender's household, not a firm. */
function billedName(line: string, sender: string): string | undefined {
	const t = line.replace(/[,;.]\s*$/, "");
	const parts = t.split(/\s*,\s*/u);
	if (parts.length < 2 || !parts.slice(1).some((p) => /\d/.test(p))) return t;
	const surname = sender.trim().split(/\s+/).pop() ?? "";
	const payer = parts[0]!;
	return surname.length >= 2 && new RegExp(String.raw`(?<![\p{L}])${escape(surname)}(?![\p{L}])`, "iu").test(payer) ? undefined : payer;
}

/** The firm a line labelled with the sender's company names (see company-label.ts): the firm with its legal form where
 * the value starts with one ("Company: Kopi Kampung Sdn. Bhd. (201801012345)"), else the value itself where it is a
 * name — capitalised words, maybe joined by small ones ("Firma: Bäckerei Schulz", "Company: Najd Dates Trading") —
 * and not the sender's person ("Company: n/a"). */
export function labelledCompany(text: string): string | null {
	const value = companyLabelValue(text);
	if (!value) return null;
	// The whole value first ("Sabz Mandi Technologies (Pvt.) Ltd., NTN …" keeps its bracket), then its name part (a form
	// that ends its line, "… Establishment VAT 3001…" joined to the next field).
	const found = [companyIn(value.whole), companyIn(value.name)].find((c) => c !== null && value.whole.startsWith(c));
	if (found) return asSigned(found, text);
	// A sentence's dot after a name without a form goes ("Company: Najd Dates Trading."), an abbreviation's stays ("C.A.").
	return LABELLED_NAME.test(value.name) ? value.name.replace(/(?<![.\p{Lu}]\p{Lu})\.$/u, "") : null;
}
const LABELLED_NAME = new RegExp(String.raw`^${NAME_WORD}(?:[ \t]+(?:${JOINER}[ \t]+){0,2}${NAME_WORD}){0,5}$`, "u");

/** "佐藤美咲 (Misaki Sato)": a name written in another script with its Latin form in brackets is made out to the Latin
 * form, as the sender spells it for a foreign invoice; a name in one script alone ("박지훈") stays as written. */
function latinForm(name: string): string {
	const m = /^[^\p{Script=Latin}()]+\(\s*(\p{Script=Latin}[\p{Script=Latin}\s.'’-]*?)\s*\)$/u.exec(name.trim());
	return m ? m[1]! : name;
}

/** The customer: a "Bill to" block if there is one, else the sender; the company from the block or the signature. */
export function readCustomer(text: string, from: { name: string; email: string }): Customer {
	// A label, as on a form ("Bill to:" or on a line of its own), not "send an invoice to our accounts team".
	const billTo = /(?:^[ \t]*|\b)(?:bill(?:ed)? to|invoice to|billing (?:name|address)|(?:invoice|it)[ \t]+(?:should|must|needs[ \t]+to)[ \t]+be[ \t]+(?:addressed|made[ \t]+out)[ \t]+to|rechnungsempfänger|rechnungsadresse|rechnungsanschrift|rechnung (?:bitte )?an|facturer à|facturar a|fatturare a|factureren aan)(?:[ \t]*:[ \t]*\n?|[ \t]*\n)\s*([^\n]+)(?:\n\s*([^\n]+))?/im.exec(text);
	let company: string | undefined;
	// "Dr. Katrin Vogelsang", "Avv. Giulia Ferraro": the name as the From header writes it, its title too (the labels'
	// convention, tests/fixtures/emails/LABELS.md); the name without its title finds the signature's lines.
	const headerName = latinForm(from.name.trim());
	const fromName = latinForm(withoutTitles(from.name));
	const signed = signedName(text, fromName);
	let name = signed && familyFirst(fromName) ? signed : headerName;
	if (billTo) {
		const first = billTo[1]!.trim();
		const second = billTo[2]?.trim() ?? "";
		company = companyIn(first) ?? (second ? companyIn(second) : null) ?? undefined;
		if (!company && first && !/@/.test(first)) company = billedName(first, name);
	}
	// "issue an invoice to Globex Ltd", "Invoice Maple & Rye Inc. for …": the company the email names as the payer wins
	// over the one in the signature (a parent company, a client's firm).
	if (!company) company = asSigned(namedPayer(text), text) ?? lowerCasePayer(text) ?? undefined;
	// A billing-details block names the firm billed when no "Bill to" or payer does.
	if (!company) company = billingDetailsCompany(text) ?? undefined;
	// Then a line labelled with the sender's company ("Company: Najd Dates Trading Est.", "Razón social: …").
	if (!company) company = labelledCompany(text) ?? undefined;
	if (!company) company = repeatedPayer(text) ?? undefined;
	// "Intestala ad Atelier Brambilla": a payer phrase naming the sender's own firm with no legal form.
	if (!company) company = plainPayer(text) ?? undefined;
	// "Stiftung Limmatblick\nz.Hd. Reto Brändli": an address block to an organisation for the sender's attention.
	if (!company) company = attentionCompany(text, name) ?? undefined;
	if (!company) {
		const lines = text.split("\n");
		// The last company written near the end is the signature's (a greeting can name the recipient's firm).
		// (A foundation named by its kind first is read only as the payer named, see `kindFirst`.)
		// Another party's firm ("Venue: Grand Palace Hotel LLC", "the printer, Gulf Print Est.,") is never the customer's.
		const own = (t: string, m: RegExpMatchArray) => !premises(t, m) && !KIND_FIRST_START.test(m[1]!) && !thirdPartyBefore(t.slice(t.lastIndexOf("\n", m.index) + 1, m.index));
		const lastOf = (t: string) => [...t.matchAll(new RegExp(COMPANY.source, "gmu"))].filter((m) => own(t, m)).pop() ?? null;
		const sig = lastOf(lines.slice(-8).join("\n")) ?? [...text.matchAll(new RegExp(COMPANY.source, "gmu"))].find((m) => own(text, m)) ?? null;
		if (sig) company = clean(sig[1]!).replace(/^(at|from|of|for|and|y|e|et|de|van)\s+/, "");
		// "Send me the invoice … Akosua Mensah, Kente Craft Studio": a trade name, no legal form, under a request for the
		// sender themself is their business's name, not a payer named: the draft goes to the person.
		if (company && TRADE_FORMS.has(company.split(/\s+/).pop()!.toLowerCase()) && asksForSelf(text)) company = undefined;
	}
	// "Director | Liffey Strength & Conditioning" under the signed name, or "Please address it to Fern Cup Coffee." with
	// the business on a line of the signature: the writer's own business, without a legal form.
	if (!company) company = signatureCompany(text, [headerName, fromName, name], (s) => LABELLED_NAME.test(s)) ?? undefined;
	if (!name) name = company ?? from.email;
	return company && company !== name ? { name, email: from.email, company } : { name, email: from.email };
}
