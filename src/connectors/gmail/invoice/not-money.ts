// Numbers in an email that are never money, whatever letters stand beside them: postcodes ("Bristol BS1 4QR" is no
// 4 Qatari riyals), phone numbers, tax and company registration numbers, and street numbers — the lines of a signature
// or an address. A table: each row is a kind of number with examples that run as tests
// (tests/connectors/gmail/not-money.test.ts); a new country's format is a new example or row here.

export interface NotMoneyRow {
	id: string;
	says: string;
	pattern: RegExp;
	/** Text, and the part of it the row must cover. */
	examples: [text: string, covered: string][];
	/** Text the row must leave alone (it holds an amount). */
	ignores: string[];
}

const PHONE_LABELS = ["Tel", "Tél", "Tele", "Telefon", "Telefono", "Teléfono", "Telefone", "Téléphone", "Telephone", "Phone", "Ph", "Mob", "Mobile", "Mobil", "Móvil", "Cell", "Cel", "Celular", "Cellulare", "Handy", "Fax", "Tlf", "Tfn", "Mob.", "WhatsApp", "WA", "T", "M", "P", "F", "Direct", "Office", "Zentrale", "Portable"];
const TAX_LABELS = [
	"VAT", "VAT Reg", "VAT Reg.", "VAT No", "VAT No.", "VAT Number", "VAT Registration", "VAT Registration No", "VAT ID", "Tax ID", "TIN", "EIN", "GST", "GSTIN", "GST No", "HST", "ABN", "ACN", "NZBN", "UEN", "TRN", "PAN", "CIN",
	"Company No", "Company No.", "Company number", "Company Reg. No.", "Reg. No.", "Registered in England", "Registered in England and Wales", "Registered in England & Wales", "Registered number", "Registration No", "CRN",
	"USt-IdNr.", "USt-IdNr", "USt-ID", "USt.-ID", "UID", "Steuernummer", "St.-Nr.", "StNr", "HRB", "HRA", "Handelsregister", "Amtsgericht", "Firmenbuch", "FN", "CHE",
	"SIRET", "SIREN", "TVA", "TVA intracommunautaire", "N° TVA", "RCS", "NEQ", "BCE", "NIF", "NIPC", "NIE", "CIF", "RFC", "CUIT", "RUT", "RUC", "CNPJ", "CPF", "IE",
	"P.IVA", "P. IVA", "P.Iva", "Partita IVA", "C.F.", "Codice fiscale", "REA", "BTW", "BTW-nummer", "BTW nr", "KvK", "KvK-nummer", "KVK", "NIP", "REGON", "KRS", "Org.nr", "Org. nr", "Org.nr.", "Orgnr", "Organisasjonsnummer", "CVR", "Y-tunnus", "IČO", "DIČ", "Adószám", "OIB", "EORI", "CUI", "Nr. Reg. Com.",
];

/** A number's digits with its group marks ("15,000", "10 000", "5.000"), so no part of it is read as an amount. */
const WHOLE_NUMBER = String.raw`\d(?:[\d.,'’\u202f\u00a0]|[ \t](?=\d{3}(?!\d)))*`;
/** Who a payment rule is about ("invoices under …", "any invoice over …", "Rechnungen über …"). */
const THRESHOLD_SUBJECTS = [
	"invoices", "any invoice", "every invoice", "each invoice", "all invoices", "bills", "any bill", "payments", "any payment", "orders", "any order", "purchases", "any purchase", "expenses", "anything", "amounts", "any amount",
	"Rechnungen", "jede Rechnung", "Rechnungsbeträge", "Bestellungen", "Beträge", "Zahlungen",
	"factures", "toute facture", "les factures", "commandes", "achats", "paiements", "montants",
	"facturas", "toda factura", "cualquier factura", "pedidos", "compras", "pagos", "importes",
	"faturas", "qualquer fatura", "encomendas", "pagamentos", "valores",
	"fatture", "ogni fattura", "qualsiasi fattura", "ordini", "acquisti", "pagamenti", "importi",
	"facturen", "elke factuur", "bestellingen", "betalingen", "bedragen",
];
/** What a rule may demand above its limit: an order number or an approval. Such a limit is asked about, not dropped. */
const NEEDS_ORDER = ["PO", "P.O.", "PO number", "purchase order", "purchase orders", "order number", "approval", "approved", "sign-off", "sign off", "Bestellung", "Bestellnummer", "Freigabe", "genehmigt", "bon de commande", "validation", "orden de compra", "número de pedido", "aprobación", "ordem de compra", "aprovação", "ordine d'acquisto", "ordine di acquisto", "approvazione", "inkooporder", "ordernummer", "goedkeuring"];
/** Words that set a limit ("under", "über", "de plus de", "superiores a", "boven"). */
const THRESHOLD_WORDS = [
	"under", "below", "over", "above", "exceeding", "in excess of", "less than", "more than", "greater than", "up to", "of up to", "beyond", "not exceeding", "of less than", "of more than",
	"unter", "unterhalb von", "über", "oberhalb von", "bis", "bis zu", "ab", "von mehr als", "von weniger als", "mehr als", "weniger als",
	"de moins de", "de plus de", "moins de", "plus de", "inférieures à", "inférieure à", "supérieures à", "supérieure à", "au-delà de", "jusqu'à", "jusqu’à", "dépassant",
	"de menos de", "de más de", "menos de", "más de", "inferiores a", "inferior a", "superiores a", "superior a", "hasta", "por debajo de", "por encima de",
	"abaixo de", "acima de", "até", "inferiores a", "superiores a", "de mais de", "de menos de",
	"sotto", "oltre", "sopra", "inferiori a", "superiori a", "fino a", "al di sotto di", "al di sopra di",
	"onder", "boven", "tot", "vanaf", "van meer dan", "van minder dan", "meer dan", "minder dan",
];

/** A Canadian postcode ("H3B 4W8"). */
export const CA_POSTCODE = String.raw`[A-Z]\d[A-Z][ \t]?\d[A-Z]\d`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");

/** A limit: who the rule is about, the limit word, the number ("invoices under GH₵ 15,000"). */
const THRESHOLD_CORE = String.raw`(?<![\p{L}])(?:${alt(THRESHOLD_SUBJECTS)})[ \t]+(?:(?:of|with|totalling|totaling|von|mit|de|d['’]un montant|di|van|met)[ \t]+)?(?:(?:amounts?|values?|totals?|a value|an amount|a total|Beträgen|Betrag|Wert|montant|valeur|importe|valor|importo|valore|bedrag|waarde)[ \t]+)?(?:${alt(THRESHOLD_WORDS)})[ \t]+[^\d\n]{0,8}${WHOLE_NUMBER}`;
/** …unless the sentence goes on to demand an order number or an approval above it. */
const NO_ORDER_AFTER = String.raw`(?!(?:(?![.!?](?:\s|$))[^\n]){0,160}?(?<![\p{L}])(?:${alt(NEEDS_ORDER)})(?![\p{L}]))`;

export const NOT_MONEY: NotMoneyRow[] = [
	{
		id: "postcode-uk",
		says: "a British postcode",
		pattern: /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}(?![\p{L}\p{N}])/gu,
		examples: [
			["14 Canal Street, Bristol BS1 4QR", "BS1 4QR"],
			["London EC1A 1BB", "EC1A 1BB"],
			["Manchester M1 2WD", "M1 2WD"],
		],
		ignores: ["6 hours at £85/h"],
	},
	{
		id: "postcode-ca",
		says: "a Canadian postcode",
		pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])${CA_POSTCODE}(?![\p{L}\p{N}])`, "gu"),
		examples: [["Montréal (Québec) H3B 4W8", "H3B 4W8"]],
		ignores: ["12 heures à 75 $ CA de l'heure"],
	},
	{
		id: "postcode-nl",
		says: "a Dutch postcode before its town",
		pattern: /(?<![\p{L}\p{N}])[1-9]\d{3}[ \t]?[A-Z]{2}(?=[ \t]+\p{Lu}\p{Ll})/gu,
		examples: [
			["Kerkstraat 8, 3511 RM Utrecht", "3511 RM"],
			["Dorpsweg 3, 1234 KD Amstelveen", "1234 KD"],
		],
		ignores: ["We agreed 1200 RM per month."],
	},
	{
		id: "postcode-dashed",
		says: "a postcode written with a dash before its town (Portugal 4050-509, Poland 00-950, Brazil's CEP 01310-100)",
		pattern: /(?<![\p{L}\p{N}.,])(?:\d{4}-\d{3}|\d{2}-\d{3}|\d{5}-\d{3})(?=[ \t]+\p{Lu}\p{Ll})(?![ \t]+(?:Euros?|Dollars?|Reais|Złoty|Zloty|Pfund|Franken|Kronen?)(?![\p{L}]))/gu,
		examples: [
			["Cais da Ribeira 22, 4050-509 Porto", "4050-509"],
			["ul. Marszałkowska 10, 00-950 Warszawa", "00-950"],
			["Av. Paulista 1000, 01310-100 São Paulo", "01310-100"],
		],
		ignores: ["Bitte 1500-200 Euro Rabatt", "Versand 4,90 €"],
	},
	{
		id: "opening-hours",
		says: "opening hours in a signature ('Mo–Fr 8–18 Uhr': 'Fr' is Friday, never Swiss francs)",
		pattern: /(?<![\p{L}])(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun|lun|mar|mer|jeu|ven|sam|dim|lu|ma|wo|do|vr|za|zo|seg|ter|qua|qui|sex|sáb|dom|lun|mié|jue|vie|gio|lu)\.?[ \t]*(?:[-–—]|bis|to|à|a|t\/m|al)[ \t]*(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun|lun|mar|mer|jeu|ven|sam|dim|ma|wo|do|vr|za|zo|seg|ter|qua|qui|sex|sáb|dom|mié|jue|vie|gio)\.?[ \t]*:?[ \t]*\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[-–—]|bis|to|à|a|tot)[ \t]*\d{1,2}(?:[:.]\d{2})?(?:[ \t]*(?:Uhr|h|am|pm|uur))?/giu,
		examples: [
			["Café Acme · Mo–Fr 8–18 Uhr", "Mo–Fr 8–18 Uhr"],
			["Open Mon-Fri 9-17", "Mon-Fri 9-17"],
			["Geopend ma-vr 9.00-17.30 uur", "ma-vr 9.00-17.30 uur"],
		],
		ignores: ["Bitte 2 Tage à Fr. 800.– in Rechnung stellen.", "Logo Fr. 500.–"],
	},
	{
		id: "phone",
		says: "a phone or fax number",
		pattern: new RegExp(String.raw`(?:(?<![\p{L}])(?:${alt(PHONE_LABELS)})\.?[ \t]*[:.]?[ \t]*\+?|\+(?=\d)|(?<![\p{L}\p{N}])\((?=\d{2,5}\)))[\d()][\d ()\-./]{6,}\d`, "gu"),
		examples: [
			["T: +44 117 496 0832 | M: +44 7700 900 218", "T: +44 117 496 0832"],
			["Tel. 254 318 770", "Tel. 254 318 770"],
			["(11) 98765-4321", "(11) 98765-4321"],
			["Handy: 0171 2345678", "Handy: 0171 2345678"],
		],
		ignores: ["Total: 1.250,00 €", "Please invoice 3 x 250 EUR"],
	},
	{
		id: "tax-id",
		says: "a VAT, tax or company registration number",
		pattern: new RegExp(String.raw`(?<![\p{L}])(?:${alt(TAX_LABELS)})\.?[ \t]*(?:[:#.]|No\.?|Nr\.?|n[º°]\.?)?[ \t]*[A-Z]{0,3}[ \t]?\d[\dA-Z \-./]{3,}[\dA-Z]`, "gu"),
		examples: [
			["VAT Reg. GB 294 1183 62", "VAT Reg. GB 294 1183 62"],
			["CNPJ 12.345.678/0001-90", "CNPJ 12.345.678/0001-90"],
			["NIF PT 509 876 543", "NIF PT 509 876 543"],
			["USt-IdNr.: DE 123 456 789", "USt-IdNr.: DE 123 456 789"],
			["P.IVA 01234567890", "P.IVA 01234567890"],
			["KvK 12345678", "KvK 12345678"],
			["CUI RO12345678", "CUI RO12345678"],
		],
		ignores: ["VAT included: 1,200 EUR in total"],
	},
	{
		id: "street-number-first",
		says: "a street number before its street",
		pattern: /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,?[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Terrace|Close|Crescent|Highway|Hwy\.?|Parade)(?![\p{L}])/gu,
		examples: [
			["44 Fox Street, Maboneng", "44 Fox Street"],
			["120 Commercial St, Portland", "120 Commercial St"],
		],
		ignores: ["25 affiches à 18 $ CA chaque"],
	},
	{
		id: "street-name-first",
		says: "a street, then its number",
		pattern: /(?<![\p{L}])(?:\p{Lu}\p{Ll}*(?:straße|strasse|str\.|weg|gasse|platz|allee|straat|laan|plein|gracht|kade|vej|gatan|gata|veien|gade)|Rua|Avenida|Av\.|Calle|C\/|Rue|Via|Viale|Piazza|Corso|ul\.)[^\n\d]{0,40}?[ \t]\d{1,5}[a-zA-Z]?(?![\d'’]|[.,]\d|[ \t]*(?:[€$£¥₹]|[A-Z]{3}(?![\p{L}])|euros?|dollars?))/gu,
		examples: [
			["Rua da Estação 45, 5050-237 Peso da Régua", "Rua da Estação 45"],
			["Kerkstraat 8, Utrecht", "Kerkstraat 8"],
			["Hauptstraße 12a, 10115 Berlin", "Hauptstraße 12a"],
		],
		ignores: ["Via email: 3 x 40 €", "pagamento via bonifico 500 €", "Via bonifico 500 €"],
	},
	{
		id: "tax-id-more-countries",
		says: "a tax or company number as Eastern Europe, Africa, Asia and Latin America label it",
		pattern: new RegExp(
			String.raw`(?<![\p{L}])(?:${alt(["CUI", "C.U.I.", "Nr. Reg. Com.", "Reg. Com.", "EIK", "ЕИК", "BULSTAT", "ΑΦΜ", "AFM", "VKN", "Vergi No", "KRA PIN", "PIN No", "GRA TIN", "ID za DDV", "DDV", "PIB", "ИНН", "INN", "KPP", "OGRN", "ОГРН", "ЄДРПОУ", "EDRPOU", "BIN", "NPWP", "MST", "NIT", "ICE", "Matricule fiscal", "Business Reg. No", "Business Registration No", "Business Registration Number", "BRN", "USCC", "UBN", "CR No", "C.R. No", "Commercial Registration", "Tax Card No", "Tax Reg. No", "KMKR", "PVN", "PVM", "IČ DPH"])})\.?[ \t]*(?:[:#.]|No\.?|Nr\.?|n[º°]\.?)?[ \t]*[A-Z]{0,3}[ \t]?\d[\dA-Z \-./]{3,}[\dA-Z]`,
			"gu",
		),
		examples: [
			["CUI RO12345678", "CUI RO12345678"],
			["EIK 204567891", "EIK 204567891"],
			["KRA PIN P051234567X", "KRA PIN P051234567X"],
			["NPWP 01.234.567.8-901.000", "NPWP 01.234.567.8-901.000"],
			["NIT 900.123.456-7", "NIT 900.123.456-7"],
			["Business Reg. No. 120-00-00000", "Business Reg. No. 120-00-00000"],
			["ICE 001234567000089", "ICE 001234567000089"],
		],
		ignores: ["Please invoice the label redesign, RON 2,400.", "The print run came to KES 18,000."],
	},
];

/** Amounts that are money but never billed: the limit of a payment rule, a firm's share capital, a legal notice's fee.
 * Read once on the whole email (`notBilledSpans`), not on every slice `findMoney` reads: a long email is read in many
 * slices, and these patterns on each one cost seconds. */
export const NOT_BILLED: NotMoneyRow[] = [
	{
		id: "policy-threshold",
		says: "a limit in a rule for invoices or orders ('invoices under GH₵ 15,000 are payable on receipt', 'orders over $500 need a PO'): a threshold, never a thing billed",
		pattern: new RegExp(
			THRESHOLD_CORE + NO_ORDER_AFTER,
			"giu",
		),
		examples: [
			["Per our procurement policy, invoices under GH₵ 15,000 are payable on receipt.", "invoices under GH₵ 15,000"],
			["Any invoice over $5,000 is paid in 45 days.", "Any invoice over $5,000"],
			["Orders above €1.000 are paid in 60 days.", "Orders above €1.000"],
			["Rechnungen über 5.000 € zahlen wir nach 60 Tagen.", "Rechnungen über 5.000"],
			["Les factures de plus de 10 000 € sont payées à 45 jours.", "Les factures de plus de 10 000"],
			["Las facturas superiores a 3.000 € se pagan a 60 días.", "facturas superiores a 3.000"],
			["Le fatture oltre 5.000 euro richiedono un ordine.", "fatture oltre 5.000"],
			["Facturen boven € 2.500 betalen we binnen 30 dagen.", "Facturen boven € 2.500"],
		],
		// A limit over which an order or approval is needed is left as money: whether this invoice needs one is asked.
		ignores: ["Please invoice the brochure, GH₵ 6,500.", "The invoice came to over $500 — can you check?", "Orders over $500 need a PO.", "Any invoice over $5,000 needs a purchase order number.", "Rechnungen über 5.000 € brauchen eine Bestellnummer.", "Les factures de plus de 1 000 € exigent un bon de commande.", "Please invoice us for the logo, $600, and the 2 banners at $150."],
	},
	{
		id: "share-capital",
		says: "a firm's share capital in its footer ('SARL au capital de 10 000 €', 'Stammkapital 25.000 EUR', 'capitale sociale € 10.000 i.v.')",
		pattern: /(?<![\p{L}])(?:au capital(?: social)? de|capital social(?: de)?|share capital(?: of)?|Stammkapital|Grundkapital|capitale sociale|capital social|maatschappelijk kapitaal|geplaatst kapitaal|paid-up capital|issued capital|Aktienkapital|capitale versato|kapitał zakładowy|kapitał zakładowy wpłacony|základní kapitál|aksjekapital|aktiekapital|selskabskapital|anpartskapital)(?:[ \t]+(?:wpłacony|w całości wpłacony|opłacony))?[ \t]*:?[ \t]*[^\d\n]{0,6}\d(?:[\d.,'’\u202f\u00a0]|[ \t](?=\d{3}(?!\d)))*/giu,
		examples: [
			["SARL au capital de 10 000 € – RCS Lyon 812 345 678", "au capital de 10 000"],
			["Muster GmbH · Stammkapital 25.000 EUR · HRB 12345", "Stammkapital 25.000"],
			["Rossi S.r.l. – Capitale sociale € 10.000 i.v.", "Capitale sociale € 10.000"],
			["Lda. Capital social: 5.000 €", "Capital social: 5.000"],
			// A Polish, Swiss, Czech or Nordic footer names its share capital the same way.
			["KRS 0000123456 | Kapitał zakładowy 50 000,00 zł", "Kapitał zakładowy 50 000,00"],
			["Meble Sp. z o.o., kapitał zakładowy wpłacony: 100 000 zł", "kapitał zakładowy wpłacony: 100 000"],
			["Muster AG · Aktienkapital CHF 100'000 · CHE-123.456.789", "Aktienkapital CHF 100'000"],
			["Firma s.r.o., základní kapitál 200 000 Kč", "základní kapitál 200 000"],
			["Fjord AS – aksjekapital NOK 30 000", "aksjekapital NOK 30 000"],
			["Acme Ltd, paid-up capital £10,000", "paid-up capital £10,000"],
		],
		ignores: ["Please invoice the logo, 500 €.", "Le capital de la marque, c'est le logo : 500 €."],
	},
	{
		id: "shop-offer",
		says: "a shop's own offer in its footer or signature ('Gift cards from $25', 'Gutscheine ab 25 €', 'Livraison offerte dès 50 €', 'Packages from $299'): the sender's prices, never a thing billed",
		// Only on a line that reads as a footer: set apart by "|", "·" or "•", or opening on the offer's name (looked
		// for behind the offer's word, a bounded way back: a long line stays fast). A price "from … to …" is a change or
		// a range, never an offer, and stays money.
		pattern: new RegExp(
			String.raw`(?<![\p{L}])(?:from|starting at|starting from|prices from|ab|schon ab|dès|à partir de|desde|a partir de|a partire da|vanaf|(?:free (?:shipping|delivery)|versandkostenfrei|kostenloser Versand|livraison (?:offerte|gratuite)|envío (?:gratis|gratuito)|frete grátis|spedizione gratuita|gratis (?:verzending|bezorging))[ \t]+(?:(?:on|for)[ \t]+orders[ \t]+)?(?:over|above|ab|dès|à partir de|desde|a partir de|sopra|oltre|da|vanaf|boven|acima de|über))(?<=[|·•][^\n]{0,80}|(?:^|\n)[ \t]*\p{Lu}[\p{L} &'’-]{0,60})[ \t]+(?:(?:just|only|nur|seulement|solo|apenas|slechts)[ \t]+)?(?:(?:[$€£¥₹]|R\$|[A-Z]{3})[ \t]?\d[\d.,]*(?![.,]?\d)|\d[\d.,]*(?![.,]?\d)[ \t]?(?:[$€£¥₹]|[A-Z]{3}(?![\p{L}])|euros?))(?![ \t]*(?:to|bis|à|a|al|hasta|até|tot|[-–])[ \t]*[^\d\n]{0,6}\d)`,
			"giu",
		),
		examples: [
			["Acme Home & Garden\nGift cards from $25 — ask in store", "from $25"],
			["Blumenhaus Acme · Gutscheine ab 25 € · Mo–Sa 9–18 Uhr", "ab 25 €"],
			["Fleurs Acme · Carte cadeau dès 20 € · Livraison offerte dès 50 €", "dès 20 €"],
			["Acme Events | Packages from $299 | Book now", "from $299"],
			["Tarjetas regalo desde 20 €", "desde 20 €"],
			["Gift cards from $20 · Free shipping over $50", "Free shipping over $50"],
			["Café Acme | Spedizione gratuita sopra 30 €", "Spedizione gratuita sopra 30 €"],
		],
		ignores: ["Please invoice the logo, $500.", "We moved the retainer from $500 to $450 a month.", "Hi Sam, the price changed from €800 to €750 after the call.", "Il workshop da 1.500 € è finito.", "Please invoice the 3 posters from the fair, $120 each."],
	},
	{
		id: "recovery-fee-notice",
		says: "the legal notice of a fixed recovery fee for late payment in a French or Belgian footer ('indemnité forfaitaire pour frais de recouvrement de 40 €')",
		pattern: /(?<![\p{L}])(?:indemnité forfaitaire(?: pour frais de recouvrement)?(?: de| d['’]un montant de)?|frais de recouvrement(?: de)?|forfaitaire Entschädigung(?: von)?)[ \t]*:?[ \t]*[^\d\n]{0,6}\d(?:[\d.,'’\u202f\u00a0]|[ \t](?=\d{3}(?!\d)))*/giu,
		examples: [["En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement de 40 €.", "indemnité forfaitaire pour frais de recouvrement de 40"]],
		ignores: ["Merci de facturer le recouvrement du fauteuil, 40 €."],
	},
];

const PATTERNS = NOT_MONEY.map((r) => new RegExp(r.pattern.source, r.pattern.flags.includes("g") ? r.pattern.flags : `${r.pattern.flags}g`));

/** Any limit of a rule for invoices or orders, with or without an order or approval above it ("any invoice above
 * $10,000 must be approved"): the latter stays money (asked about), but neither is ever a line's price. */
const THRESHOLD_ANY = new RegExp(THRESHOLD_CORE, "giu");

/** The spans of the text that hold a limit of a payment or order rule, whatever it demands. */
export function thresholdSpans(text: string): [number, number][] {
	THRESHOLD_ANY.lastIndex = 0;
	return [...text.matchAll(THRESHOLD_ANY)].map((m) => [m.index, m.index + m[0].length]);
}

const BILLED_PATTERNS = NOT_BILLED.map((r) => new RegExp(r.pattern.source, r.pattern.flags.includes("g") ? r.pattern.flags : `${r.pattern.flags}g`));

/** The spans of the text that hold an amount that is never billed (NOT_BILLED). */
export function notBilledSpans(text: string): [number, number][] {
	const out: [number, number][] = [];
	for (const re of BILLED_PATTERNS) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
	}
	return out;
}

/** The spans of the text that hold a number that is not money. */
export function notMoneySpans(text: string): [number, number][] {
	const out: [number, number][] = [];
	for (const re of PATTERNS) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
	}
	return out;
}
