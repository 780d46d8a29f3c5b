// The customer's own reference for the invoice: a purchase order or order number ("PO-4471", "ons ordernummer
// 2026-0812", "número de pedido: 5531"), else "our reference". The labels are a table by language; each row's
// examples run as tests (tests/connectors/gmail/reference.test.ts). A new way of writing it is a new label here.

export interface ReferenceRow {
	lang: string;
	/** Labels of an order number (tried first). */
	order: string[];
	/** Labels of a reference (tried when no order number is written). */
	reference: string[];
	examples: [text: string, reference: string][];
	/** Texts with no reference (a count after the label, a word). */
	ignores: string[];
}

export const REFERENCE_LABELS: ReferenceRow[] = [
	{
		lang: "en",
		order: ["PO", "P.O.", "purchase order", "order number", "order no.", "order no", "order #", "our order", "job number", "job no.", "job #", "PO no.", "PO no", "PO #", "purchase order no.", "requisition number", "requisition no.", "LPO", "L.P.O.", "local purchase order", "LSO", "L.S.O.", "local service order", "work order", "work order no.", "purchase requisition", "requisition", "purchase order number", "PO number"],
		reference: ["our ref", "our reference", "reference", "ref.", "ref", "project number", "project no.", "project ref", "job ref", "client ref", "customer ref", "project code", "contract number", "contract no.", "contract ref", "tender no.", "tender number"],
		examples: [
			// "PO" right before a number is written with it, as the customer writes it ("PO 7781").
			["Please quote PO 4471 on the invoice.", "PO 4471"],
			["Please quote our PO, BX-77/2, thanks.", "BX-77/2"],
			["Our order number, ORD-5531, must be on it.", "ORD-5531"],
			["Can you pop our PO 40021 on it?", "PO 40021"],
			["Please put our PO 7782 on it or the accountant will send it back.", "PO 7782"],
			["Please reference job #2231 on the invoice.", "2231"],
			["Our purchase order number is PO-2026-118.", "PO-2026-118"],
			["Order no. A-5531, thanks.", "A-5531"],
			["Reference: REF-2026-118", "REF-2026-118"],
			["Please quote our project number P-2291.", "P-2291"],
			// A local purchase (or service) order, as East Africa and the Gulf write it.
			["Please quote our LPO number LPO/2026/118 so that finance can process it.", "LPO/2026/118"],
			["LPO No. 4471-22 is attached.", "4471-22"],
			// The local order's kind right before its number is written with it.
			["LPO 00482 has been raised for Lumen & Pine as follows.", "LPO 00482"],
			["Please quote LSO 7713 on the invoice.", "LSO 7713"],
			// The label written again as the number's own prefix, with a space: the number is written as a whole.
			["Please quote our LPO number LPO 2231 on the invoice.", "LPO 2231"],
			["Kindly reference the Local Service Order LSO-0931.", "LSO-0931"],
			// The number's own short prefix after the label is part of it.
			["Our order number is PO 5521, please put it on the invoice.", "PO 5521"],
			["Our purchase order no. is PO 88213.", "PO 88213"],
			["Work order WO-5531, thanks.", "WO-5531"],
			["Please mention project code PRJ-118.", "PRJ-118"],
			["Contract number C-2026-118 must be on the invoice.", "C-2026-118"],
			["Please put our purchase order number on the invoice, finance needs it: LPO-2231.", "LPO-2231"],
			// After a word of reference, the number with its own prefix is written whole, wherever "PO 20931" stands alone.
			["Make sure PO 20931 is on it. Finance says it needs to reference PO 20931.", "PO 20931"],
			["Our reference is PO 7781, please quote it.", "PO 7781"],
			// A number that opens with a year keeps its "PO": alone it reads as a date or a range.
			["Please make sure the invoice quotes our PO 2026-118.", "PO 2026-118"],
			["Please put PO 2025/077 on the invoice.", "PO 2025/077"],
			// What the reference is for may stand between the label and its number.
			["Our ref for this one is HE-GALA-26, make sure it's on there.", "HE-GALA-26"],
			["Our reference for this project is TW-2026-04.", "TW-2026-04"],
			// "for this" with no noun before the verb, and a code with the purchase order inside it, written whole.
			["Our PO for this is BCB-PO-2231.", "BCB-PO-2231"],
			["Our purchase order number for that one is 7781-KL.", "7781-KL"],
			["Please reference ACME-PO-7781 on the invoice.", "ACME-PO-7781"],
			["Our reference for this is ACME-118.", "ACME-118"],
			// A purchase order written as one token, its parts parted by "/" and a short code of letters among them.
			["Raise it against PO/OL/2026/114.", "PO/OL/2026/114"],
			["Kindly bill against PO/2026/0457 as approved.", "PO/2026/0457"],
			["The approval is under PO-NG-7713, thanks.", "PO-NG-7713"],
			["Please raise it against LPO/2026/118.", "LPO/2026/118"],
			// The number alone in brackets, or after a dash that ends its clause.
			["Please quote our PO (4500123456) on the invoice.", "4500123456"],
			["PO number — 4500123456", "4500123456"],
			// Where the number goes between the label and its colon, or a code of letters-year-number later in the sentence.
			["Please put our purchase order on the invoice: 4471.", "4471"],
			["Our purchase order for this job, to be quoted on the invoice, is MC-2026-044.", "MC-2026-044"],
		],
		ignores: [
			"Please invoice the 3 banners on our order of 120 mugs.",
			"Reference photos attached.",
			"1870 Marine Dr, North Vancouver, BC V7P 1V7",
			"Unit 4, Po Lane, London SW1A 1AA",
			// A province ending its line is no label of what follows, and a phone number is never a reference.
			"Tideline Events\nVancouver, BC\n604-555-0123",
			"Our PO box is 4471; call 604-555-0123 if anything is missing.",
			// "for this" before no verb is no label of what follows.
			"Our PO for this will follow next week, the 2026 calendar is done.",
			// A P.O. box, however its parts are parted, is an address.
			"Send it to PO/Box 4471, Lagos.",
			"Please invoice our order (1200 flyers, 300 posters).",
			"Our order — 1200 flyers — arrived today.",
			// A code after the words that does not lead to it is another code.
			"Reference photos attached, see ISO-9001 notes.",
			"Our purchase order covers the 2026 calendar; see SKU-2291 in the shop.",
		],
	},
	{
		lang: "de",
		order: ["Bestellschein", "Bestellnummer", "Bestell-Nr.", "Bestellnr.", "Bestellnr", "Best.-Nr.", "Bestellung", "Auftragsnummer", "Auftrags-Nr.", "Auftragsnr.", "Auftragsnr", "unsere Bestellung", "Bestellzeichen", "Bestellreferenz", "PO-Nummer", "Einkaufsnummer"],
		reference: ["unsere Referenz", "Referenz", "unser Zeichen", "Aktenzeichen", "Projektnummer", "Projekt-Nr.", "Projektnr.", "Vertragsnummer", "Vertrags-Nr.", "Projektcode"],
		examples: [
			["Bitte geben Sie unsere Bestellnummer 4500-1187 an.", "4500-1187"],
			["Auftrags-Nr.: AU-7731", "AU-7731"],
			["Unsere Referenz für diesen Auftrag lautet KB-2026-17.", "KB-2026-17"],
			["Projektnummer: PR-2026-17", "PR-2026-17"],
			["Bitte unsere Bestellnr 4500-2231 angeben.", "4500-2231"],
			["Bitte geben Sie unsere Referenznummer RF-7781 an.", "RF-7781"],
			["Bitte Bestellscheinnummer 2026-118 angeben.", "2026-118"],
			["Unsere Bestellnummer dafür ist HB-BST-2231.", "HB-BST-2231"],
			["Bitte unsere Bestellnummer auf der Rechnung angeben: AB-2291", "AB-2291"],
			["Und gib bitte unsere Bestellnummer, BN-4471, an.", "BN-4471"],
		],
		ignores: ["Die Bestellung 12 Banner kam gut an.", "Unsere Bestellung, zwei Logos, kam gut an."],
	},
	{
		lang: "es",
		order: ["número de pedido", "nº de pedido", "n.º de pedido", "núm. de pedido", "nº pedido", "n.º pedido", "número de orden de compra", "número de orden", "pedido", "orden de compra", "OC", "requisición", "número de requisición"],
		reference: ["nuestra referencia de compra", "referencia de compra", "nuestra referencia", "referencia", "ref.", "número de proyecto", "nº de proyecto", "número de contrato", "código de proyecto", "número de expediente"],
		examples: [
			["Indique por favor el número de pedido MX-20931.", "MX-20931"],
			["Orden de compra: 4500123", "4500123"],
			["Incluya en la factura nuestra referencia de compra OC-4471, por favor.", "OC-4471"],
			["Nuestra referencia para esto es ES-REF-2231.", "ES-REF-2231"],
			["Nuestra referencia de compra, que debe figurar en la factura, es HT-2026-77.", "HT-2026-77"],
			["Y pon el número de nuestra orden de compra, OC-3391, si no, no pagan.", "OC-3391"],
		],
		ignores: ["El pedido de 120 tazas llegó bien.", "Nuestro pedido, el de siempre, llegó bien."],
	},
	{
		lang: "fr",
		order: ["numéro de bon de commande", "n° de bon de commande", "bon de commande", "numéro de commande", "n° de commande", "n° commande", "réf. commande", "commande", "BC"],
		reference: ["notre référence", "référence client", "référence", "réf. client", "réf.", "numéro de projet", "n° de projet", "numéro de contrat", "n° de contrat", "code projet", "numéro de dossier"],
		examples: [
			["Merci d'indiquer notre bon de commande BC-2026-044.", "BC-2026-044"],
			["Notre référence : DUP-118", "DUP-118"],
			["Réf. client : DUP-118", "DUP-118"],
			// One label inside another: "notre référence" then "client", and "référence client" then the number.
			["Merci de facturer le logo en indiquant notre référence client C-0457.", "C-0457"],
			["N° commande : 2026-0457", "2026-0457"],
			// The words first, the number with its own label later in the sentence.
			["Pense à mettre notre numéro de bon de commande sur la facture, sinon la compta la refuse : BC-7710.", "BC-7710"],
			["Notre n° de commande pour celle-ci : FR-CMD-118.", "FR-CMD-118"],
			["Merci de reporter notre numéro de commande sur la facture : CMD-2026-310.", "CMD-2026-310"],
			["Indique le numéro de notre bon de commande, BC-7710, sinon la compta refuse.", "BC-7710"],
		],
		ignores: ["Ta commande de 25 affiches est prête.", "Nous sommes à Vancouver BC-1200 Granville.", "Notre commande, 3 logos, est arrivée."],
	},
	{
		lang: "pt",
		order: ["número do pedido", "nº do pedido", "n.º do pedido", "nº pedido", "número da encomenda", "n.º da encomenda", "nota de encomenda", "encomenda", "pedido de compra", "ordem de compra", "pedido", "OC", "requisição", "número da requisição", "nº da requisição"],
		reference: ["nossa referência", "referência", "ref.", "número do projeto", "nº do projeto", "número do contrato", "código do projeto"],
		examples: [
			["Por favor coloque o número do pedido 7781-B na fatura.", "7781-B"],
			["Ordem de compra: OC-3391", "OC-3391"],
			["Indique a nossa encomenda n.º EN-2291, por favor.", "EN-2291"],
			// The number of "our" order, where it goes, then its code of letters-year-number.
			["Por favor coloque o número do nosso pedido de compra na fatura: PX-2026-41.", "PX-2026-41"],
			["Favor incluir nosso pedido de compra, sem ele o financeiro não paga: PCX-2026-5.", "PCX-2026-5"],
			// A purchase requisition, as Angola's and Portugal's accounts write it, with "nº" between label and number.
			["Indique na fatura a nossa requisição nº RQ-2031/7, por favor.", "RQ-2031/7"],
			["Número da requisição: 2026-0415", "2026-0415"],
			// The number with its own prefix set beside its label by a comma is written whole.
			["Agradecia que indicasse na fatura o número da nossa nota de encomenda, PO 7781, e as condições de pagamento.", "PO 7781"],
			// A code set off by commas after its label.
			["E coloca o número do nosso pedido de compra, PC-00873, senão o financeiro não libera.", "PC-00873"],
		],
		ignores: ["O pedido de 24 fotos ficou ótimo.", "O nosso pedido, 2026, ficou ótimo.", "A nossa encomenda, 3 rótulos, chegou."],
	},
	{
		lang: "it",
		order: ["numero d'ordine", "numero d’ordine", "numero ordine", "riferimento ordine", "riferimento d'ordine", "riferimento d’ordine", "riferimento dell'ordine", "riferimento dell’ordine", "rif. ordine", "n. ordine", "nr. ordine", "n. d'ordine", "ordine d'acquisto", "ordine di acquisto", "ordine n.", "ordine", "OdA"],
		reference: ["nostro riferimento", "riferimento", "rif.", "numero progetto", "numero di progetto", "n. progetto", "numero di commessa", "n. commessa", "codice commessa", "CIG", "numero di contratto"],
		examples: [
			["Indicate il numero d'ordine ORD-5512 in fattura.", "ORD-5512"],
			["Rif.: 2026/118", "2026/118"],
			["Indicate il numero di commessa C-2231 in fattura.", "C-2231"],
			// The order's reference asked for in words, its number after what to do with it ("da indicare in fattura: …").
			["Riferimento ordine da indicare in fattura: ODA-2290.", "ODA-2290"],
			["Il riferimento dell'ordine, da citare in fattura, è OdA-118/26.", "OdA-118/26"],
			["Il nostro numero d'ordine, da riportare in fattura, è FT/2026/118.", "FT/2026/118"],
			// Quoted after its label, the reference is written whole, its own words too.
			["Metti come riferimento \"ordine 2026/118\" in fattura.", "ordine 2026/118"],
			["E metti il numero del nostro ordine d'acquisto, OA-7731, altrimenti l'amministrazione non paga.", "OA-7731"],
		],
		ignores: ["L'ordine di 12 bottiglie è arrivato.", "Il nostro ordine, 2026, è stato perfetto."],
	},
	{
		lang: "nl",
		order: ["ordernummer", "ordernr.", "ordernr", "bestelnummer", "bestelnr.", "bestelnr", "inkoopordernummer", "inkoopordernr.", "inkoopordernr", "inkoopnummer", "inkoopnr.", "inkoopnr", "inkooporder", "PO-nummer", "bestelling", "bestelbon"],
		reference: ["ons kenmerk", "kenmerk", "referentie", "onze referentie", "projectnummer", "projectnr.", "contractnummer", "werkorder", "dossiernummer"],
		examples: [
			["Graag ons ordernummer 2026-0812 vermelden.", "2026-0812"],
			["Inkoopordernummer: 4500098812", "4500098812"],
			["Ons kenmerk: VD/2026/31", "VD/2026/31"],
			["Graag ons inkoopnummer IO-7781 vermelden.", "IO-7781"],
			["Inkoopnr. 2026-118 graag op de factuur.", "2026-118"],
			// The label and its "nummer" written as one word.
			["Gelieve daarop ons bestelbonnummer 26-041 te vermelden.", "26-041"],
			["Vermeld ook het werkordernummer WO-2291.", "WO-2291"],
			// The compound label, then a number with its own short prefix ("PO 2026-311"): written whole.
			["Gelieve ons bestelbonnummer PO 2026-311 te vermelden.", "PO 2026-311"],
			["Graag het bestellingnummer PO 4471 op de factuur.", "PO 4471"],
			["Ons ordernummer hiervoor is NL-ORD-5521.", "NL-ORD-5521"],
			["Vermeld ons inkoopnummer op de factuur: INK-2026-044.", "INK-2026-044"],
			["Ons ordernummer, ON-5531, moet erop.", "ON-5531"],
		],
		ignores: ["De bestelling van 12 portretten is klaar.", "Onze bestelling, 2026, was top."],
	},
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");

/** An id: letters, digits, "-" and "/", holding a digit; all digits only with four or more ("4471", not "120"). */
const TOKEN = String.raw`([A-Z0-9][A-Z0-9\-/]{2,30})(?![\p{L}\p{N}\-/])`;
// "Our ref for this one is HE-GALA-26", "unsere Referenz für diesen Auftrag lautet …": what the reference is for may stand
// between the label and its number.
// "Our PO for this is BCB-PO-2231", "unsere Bestellnummer dafür ist …": "for this" with no noun, then the verb, says the same.
// The number may stand in quotes ('our order number "HT-2026-1124"', "numéro de commande « CM-5531 »"), or alone in brackets or after a dash ending its clause ("our PO (4500123456)", "PO number —
// 4500123456"; never "our order (1200 flyers)"), or set off by commas when it is a code with a digit and a hyphen or slash
// ("o número do nosso pedido de compra, PC-00873, senão …"; never "our order, 2 logos, was …" nor a bare year); a
// hyphen run into the label is part of the number ("PO-4471").
// "our purchase order on the invoice: 4471", "do nosso pedido de compra na fatura: PC-2026-118": where the number goes may
// stand between the label and the colon before it.
const ON_INVOICE = String.raw`(?:\s+(?:on\s+(?:the|your|this)\s+invoice|auf\s+(?:der|die)\s+Rechnung|sur\s+(?:la|ta|votre)\s+facture|en\s+la\s+factura|na\s+fatura|in\s+fattura|sulla\s+fattura|op\s+de\s+factuur)(?=\s*:))?`;
const LINK = String.raw`${ON_INVOICE}(?:\s+(?:for|für|pour|para|per|voor)\s+(?:this|that|the|diese[nms]?|ce|cette|este|esta|questo|questa|deze|dit)\s+(?:one|job|project|invoice|event|order|gig|shoot|Projekt|Auftrag|Rechnung|projet|facture|commande|proyecto|factura|pedido|projeto|fatura|progetto|fattura|ordine|factuur|opdracht)|\s+(?:(?:for|pour|para|per|voor)\s+(?:this|that|it|this one|celle-ci|celui-ci|cela|ceci|ça|esto|eso|este|esta|isso|isto|questo|questa|dit|deze)|dafür|hierfür|daarvoor|hiervoor)(?=\s*(?:number|no\.?|#|nr\.?|nummer)?\s*(?:is|ist|lautet|es|est|é|è|sera|will be|:)(?![\p{L}])))?\s*(?:number|no\.?|#|nr\.?|n\.?[º°o]\.?|núm\.?|número|numéro|numero|nummer)?\s*(?:is|ist|lautet|es|est|é|è|:)?\s*[:#]?\s*(?:(?:\((?=[ \t]*[A-Z0-9][A-Z0-9\-/]{2,30}[ \t]*\))|["“”„«‘’'](?=[ \t]*[A-Z0-9][A-Z0-9\-/]{2,30}[ \t]*["“”»’'])|[–—](?=[ \t]+[A-Z0-9][A-Z0-9\-/]{2,30}[ \t]*(?:[.,;)]|\n|$))|,(?=[ \t\n]+(?=[A-Z0-9\-/]*\d)(?=[A-Z0-9]+[\-/])[A-Z0-9][A-Z0-9\-/]{2,30}[ \t]*(?:[.,;)]|\n|$)))\s*)?`;
// A label may run into its "nummer" as one word, as Dutch and German write compounds ("bestelbonnummer",
// "Referenznummer", "werkordernr."): the compound's head is the label's number word.
const labelled = (labels: string[]) => new RegExp(String.raw`(?<![\p{L}])(?:${alt(labels)})(?:(?![\p{L}])|(?=(?:nummer|nr)(?![\p{L}])))${LINK}${TOKEN}`, "giu");
const ORDER_LABELS = REFERENCE_LABELS.flatMap((r) => r.order);
const REFERENCE_WORDS = REFERENCE_LABELS.flatMap((r) => r.reference);
const ORDER = labelled(ORDER_LABELS);
const REFERENCE = labelled(REFERENCE_WORDS);

function isId(token: string): boolean {
	return /\d/.test(token) && (/[^\d]/.test(token) || token.length >= 4) && !/^box$/i.test(token);
}

/** The first half of a postcode ("BC V7P 1V7", "London SW1A 1AA"): a Canadian or British postcode is written in two
 * parts, and its first part after a province "BC" or a street "Po Lane" is no order number. */
function postcodeHalf(token: string, after: string): boolean {
	return (/^[A-Z]\d[A-Z]$/i.test(token) && /^[ \t]\d[A-Z]\d(?![\p{L}\p{N}])/iu.test(after)) || (/^[A-Z]{1,2}\d[A-Z\d]?$/i.test(token) && /^[ \t]\d[A-Z]{2}(?![\p{L}\p{N}])/iu.test(after));
}

/** A phone number as people write it ("604-555-0123", "0171-234-5678"): three groups of digits, the last of four. */
const PHONE = /^\d{2,4}-\d{3,4}-\d{4}$/;

/** A label ending its line with nothing after it ("Vancouver, BC" then a phone number on the next line) is a word
 * of an address, not the label of the next line; a form's label on its own line has its ":" or "#". */
function acrossLine(match: string, token: string): boolean {
	const link = match.slice(0, match.length - token.length);
	return link.includes("\n") && !/[:#]/.test(link);
}

/** "our LPO number LPO 2231": the label written again before the number, as part of it, after "number". */
function prefixedNumber(labels: string[], token: string, after: string): string | null {
	if (!labels.some((l) => l.toLowerCase() === token.toLowerCase())) return null;
	const n = /^[ \t](\d[A-Z0-9\-/]{2,30})(?![\p{L}\p{N}\-/])/iu.exec(after);
	return n && isId(n[1]!) && !PHONE.test(n[1]!) ? `${token} ${n[1]!}` : null;
}

/** "Our order number is PO 5521", "Needs to reference PO 20931": a number written with its own short prefix ("PO", "OC", "BC") after the label is
 * written whole, as "our LPO number LPO 2231" is (a prefix of two letters is too short for a token of its own), also when
 * a comma sets it beside its label ("o número da nossa nota de encomenda, PO 7781"). */
const PREFIXED = new RegExp(String.raw`(?<![\p{L}])(?:${alt([...ORDER_LABELS, ...REFERENCE_WORDS.filter((w) => w.length > 4)])})(?:(?![\p{L}])|(?:nummer|nr)(?![\p{L}]))${LINK}(?:,[ \t]*)?((?:${alt(ORDER_LABELS.filter((l) => /^[A-Z.]{2,5}$/.test(l)))})[ \t]\d[A-Z0-9\-/]{2,30})(?![\p{L}\p{N}\-/])`, "iu");

/** "our PO 2026-118", "PO 4471": a number right after "PO" is written with it, as the customer writes it. */
// "LPO 00482 has been raised": a local purchase (or service) order right before its number names the order's kind, as
// East African and Gulf finance teams file it, so it is written whole ("LPO No. 4471-22" is a label and its number).
function withOrderPrefix(match: string, id: string): string {
	const label = /(?<![\p{L}])(PO|P\.O\.|LPO|L\.P\.O\.|LSO|L\.S\.O\.)[ \t]+$/u.exec(match.slice(0, match.length - id.length));
	if (label && /^L/.test(label[1]!)) return `${label[1]!} ${id}`;
	// "LPO No. 0457": a local order's number of digits alone keeps its label and its "No.", as "LPO 00482" does.
	const numbered = /(?<![\p{L}])((?:LPO|L\.P\.O\.|LSO|L\.S\.O\.)[ \t]+No\.)[ \t]+$/u.exec(match.slice(0, match.length - id.length));
	if (numbered && /^\d+$/.test(id)) return `${numbered[1]!} ${id}`;
	// "our PO 40021", "PO 7781-B": a number that opens with a digit is written with the "PO" right before it, as the
	// labels write it (tests/fixtures/emails/LABELS.md); a code with letters of its own ("PO BP-20466") is the code alone.
	return label && /^\d/.test(id) ? `${label[1]!} ${id}` : id;
}

/** 'Metti come riferimento "ordine 2026/77"', 'Please use as reference "Order 2026/77"', 'Referenz: „Bestellung
 * 4471"': a reference written in quotes right after its label is the customer's own wording, quoted whole — the word
 * inside the quotes ("ordine") is part of it, not a label of the number after it. Two to six words, with a digit. */
const QUOTED = new RegExp(String.raw`(?<![\p{L}])(?:${alt([...ORDER_LABELS, ...REFERENCE_WORDS])})(?:(?![\p{L}])|(?=(?:nummer|nr)(?![\p{L}])))\s*(?:number|no\.?|nummer|nr\.?|numero|número|numéro)?\s*(?:is|ist|lautet|es|est|é|è|:)?\s*["“«„]\s*([^"“”«»„\n]{2,40}?)\s*["”»“]`, "iu");
function quotedReference(text: string): string | null {
	const q = QUOTED.exec(text)?.[1];
	// A single quoted token is read by the labels below as any number is; here only a quote of words around a number.
	const words = q?.split(/\s+/).length ?? 0;
	return q && /\d/.test(q) && words >= 2 && words <= 6 ? q : null;
}

/** The order number or reference the email asks to quote, or null. */
export function readReference(text: string): string | null {
	const quoted = quotedReference(text);
	if (quoted) return quoted;
	const prefixed = PREFIXED.exec(text);
	if (prefixed && /^\p{Lu}/u.test(prefixed[1]!) && !PHONE.test(prefixed[1]!.split(/[ \t]/)[1]!)) return prefixed[1]!;
	for (const [re, labels] of [[ORDER, ORDER_LABELS], [REFERENCE, REFERENCE_WORDS]] as const) {
		// A label whose "number" is a word may hold a longer label ("notre référence client C-0457": "notre référence"
		// then "client", and "référence client" then C-0457), so the search goes on from the next character, not past it.
		re.lastIndex = 0;
		for (let m = re.exec(text); m; re.lastIndex = m.index + 1, m = re.exec(text)) {
			const after = text.slice(m.index + m[0].length);
			if (isId(m[1]!) && !PHONE.test(m[1]!) && !acrossLine(m[0], m[1]!) && !postcodeHalf(m[1]!, after)) return withOrderPrefix(m[0], m[1]!);
			const whole = acrossLine(m[0], m[1]!) ? null : prefixedNumber(labels, m[1]!, after);
			if (whole) return whole;
		}
	}
	// A purchase order written as one token: "PO-7713".
	// A code with the purchase order inside it ("BCB-PO-2231") is written whole, never cut after its first part.
	// Its parts may be parted by "/" and hold a short code of letters before the digits ("PO/OL/2026/114", "PO-NG-7713"),
	// and a local purchase or service order is written the same way ("LPO/2026/118").
	const po = /(?<![\p{L}\p{N}\-/])((?:[A-Z0-9]{1,8}-)?(?:L?PO|LSO|P\.O\.)[-/](?:[A-Z]{1,6}[-/]){0,2}\d[A-Z0-9\-/]*)(?![\p{L}\p{N}])/iu.exec(text)?.[1]?.replace(/[-/]+$/, "");
	if (po) return po;
	// An order number asked for in words, written apart from them as one token with its own short label ("notre numéro
	// de bon de commande sur la facture … : BC-5521"): the words name what the token is.
	ORDER_WORDS_RE ??= new RegExp(String.raw`(?<![\p{L}])(?:${alt(ORDER_LABELS.filter((l) => l.length > 6))})(?![\p{L}])`, "iu");
	const coded = codeAfterWords(text);
	if (coded) return coded;
	if (!ORDER_WORDS_RE.test(text)) return null;
	return SHORT_TOKEN.exec(text)?.[1] ?? null;
}

/** "Our purchase order for this job, to be quoted on the invoice, is MC-2026-044", "coloque o número do nosso pedido de
 * compra … PC-2026-118": an order number or reference asked for in words and written later in the same sentence as one
 * code of capitals, a dash and digits (letters-year-number) is that number, whatever its prefix. */
const CODE = /(?<![\p{L}\p{N}\-/.])(\p{Lu}{1,6}(?:-\p{Lu}{1,6}){0,2}[-/]\d[\dA-Z\-/]{2,30})(?![\p{L}\p{N}\-/])/u;
let CODE_WORDS_RE: RegExp | null = null;
const CODE_LEAD = /(?:[:–—]|(?<![\p{L}])(?:is|ist|lautet|est|es|é|è|será|sera|will be))\s*$/iu;
const INVOICE_WORD = /(?<![\p{L}])(?:invoice|Rechnung|facture|factura|fatura|fattura|factuur)(?![\p{L}])/iu;
const GENERIC_LABEL = /^(?:reference|referenz|référence|referencia|referência|riferimento|referentie|kenmerk|requisition|pedido|encomenda|commande|ordine|bestelling|bestellung|order|work order|werkorder)$/iu;
function codeAfterWords(text: string): string | null {
	// A bare "reference" or "order" names many things ("Reference photos", "la commande de 25 affiches"): not here.
	CODE_WORDS_RE ??= new RegExp(String.raw`(?<![\p{L}])(?:${alt([...ORDER_LABELS, ...REFERENCE_WORDS].filter((l) => l.length > 6 && !GENERIC_LABEL.test(l)))})(?![\p{L}])`, "iu");
	for (const s of text.split(/(?<=[.?!])\s+|\n\s*\n/)) {
		const w = CODE_WORDS_RE.exec(s);
		const after = w ? s.slice(w.index + w[0].length) : "";
		const c = w ? CODE.exec(after) : null;
		// The words lead to the code: the invoice it goes on is named between them, or a colon or "is" stands before it
		// ("our purchase order covers …; see SKU-2291" names another code).
		const gap = c ? after.slice(0, c.index) : "";
		if (c && (CODE_LEAD.test(gap) || INVOICE_WORD.test(gap)) && isId(c[1]!.replace(/[-/]+$/, ""))) return c[1]!.replace(/[-/]+$/, "");
	}
	return null;
}

// A short label may be written in capitals or as its own mix of cases ("OdA-7731", "ODA-7731").
const SHORT_TOKEN = new RegExp(String.raw`(?<![\p{L}\p{N}\-/])((?:${alt(ORDER_LABELS.filter((l) => /^[A-Z][A-Za-z]{1,3}$/.test(l)).flatMap((l) => [l, l.toUpperCase()]))})-\d[A-Z0-9\-/]{2,30})(?![\p{L}\p{N}\-/])`, "u");
let ORDER_WORDS_RE: RegExp | null = null;

/** Labels of a number the customer plainly wants on the invoice (the short "PO", "OC", "BC" too, but no bare "ref"). */
const ASKED_LABELS = alt([...ORDER_LABELS, ...REFERENCE_WORDS].filter((l) => !/^(?:ref\.?|réf\.|rif\.|pedido|encomenda|commande|ordine|bestelling|Bestellung|order)$/i.test(l)));
const OWN = String.raw`(?:our|my|the|unsere?|meine?|die|notre|mon|ma|le|la|nuestr[ao]|mi|el|noss[ao]|o|a|nostr[oa]|il|ons|onze|het|de)`;
const NUMBER_WORD = String.raw`(?:\s+(?:number|no\.?|nummer|nr\.?|numéro|n°|número|numero|nº))?`;
/** "Our PO is …", "Please quote our purchase order number", "Bitte geben Sie unsere Bestellnummer an", "merci d'indiquer
 * notre n° de commande": the customer states or asks for their number on the invoice. */
const ASKED = new RegExp(
	[
		String.raw`(?<![\p{L}])${OWN}\s+(?:${ASKED_LABELS})${NUMBER_WORD}\s*(?:is|ist|lautet|est|es|é|è|:)(?![\p{L}])`,
		String.raw`(?<![\p{L}])(?:quote|reference|include|add|put|mention|state|show|write|use|indicate|angeben|vermerken|nennen|anzugeben|indiquer|mentionner|rappeler|reporter|indicar|incluir|poner|indique|incluya|ponga|colocar|coloque|indicare|riportare|citare|indicate|riportate|vermeld|vermelden)\s+(?:(?:on the invoice|on it|in fattura|sur la facture|en la factura|na fatura|op de factuur)\s+)?${OWN}?\s*(?:${ASKED_LABELS})(?![\p{L}])`,
		String.raw`(?<![\p{L}])(?:${ASKED_LABELS})${NUMBER_WORD}\s+(?:bitte\s+)?(?:angeben|vermerken|anzugeben|vermelden|indicare|indicar|indiquer)(?![\p{L}])`,
		// "coloque o número do nosso pedido de compra", "le numéro de notre bon de commande", "the number of our purchase
		// order": the number of the customer's order, named by the label with a possessive between.
		String.raw`(?<![\p{L}])(?:number|número|numéro|numero|nummer|Nummer)\s+(?:(?:of|do|da|de|du|del|della|di|van|des|der)\s+(?:${OWN}\s+)?|(?:unserer|unseres|Ihrer|Ihres|eurer|eures)\s+)(?:${ASKED_LABELS}|order|pedido|encomenda|commande|ordine|bestelling|Bestellung|Auftrags|Auftrages)(?![\p{L}])`,
		// "Bitte geben Sie unsere Bestellnummer an": the German verb split around the number.
		String.raw`(?<![\p{L}])(?:geben|gebt|gib)\s+(?:Sie\s+|du\s+)?(?:bitte\s+)?(?:auch\s+)?(?:${OWN}\s+)?(?:${ASKED_LABELS})(?![\p{L}])`,
	].join("|"),
	"iu",
);
/** A number still to come, or none needed: nothing is missing yet ("PO to follow", "once I have it", "no PO needed"). */
const NOT_YET = /(?<![\p{L}])(?:once|when|as soon as|to follow|will send|will follow|follows|later|tomorrow|next week|don['’]t|do not|doesn['’]t|does not|no need|not needed|isn['’]t needed|not required|no PO|without|if|sobald|wenn|später|folgt|nachreichen|keine|nicht|dès que|quand|plus tard|suivra|pas besoin|pas de|si|cuando|más tarde|no hace falta|sin|quando|depois|mais tarde|dopo|più tardi|non serve|se|zodra|volgt|geen|niet|als)(?![\p{L}])/iu;

/** The sentence in which the customer plainly states or asks for their order number or reference, or null. */
export function referenceAsked(text: string): string | null {
	for (const s of text.split(/(?<=[.?!])\s+|\n\s*\n/)) {
		if (ASKED.test(s) && !NOT_YET.test(s)) return s.replace(/\s+/g, " ").trim();
	}
	return null;
}
