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
		order: ["PO", "P.O.", "purchase order", "order number", "order no.", "order no", "order #", "our order", "job number", "job no."],
		reference: ["our ref", "our reference", "reference", "ref.", "ref"],
		examples: [
			["Please quote PO 4471 on the invoice.", "4471"],
			["Our purchase order number is PO-2026-118.", "PO-2026-118"],
			["Order no. A-5531, thanks.", "A-5531"],
			["Reference: REF-2026-118", "REF-2026-118"],
		],
		ignores: ["Please invoice the 3 banners on our order of 120 mugs.", "Reference photos attached."],
	},
	{
		lang: "de",
		order: ["Bestellnummer", "Bestell-Nr.", "Bestellnr.", "Bestellung", "Auftragsnummer", "Auftrags-Nr.", "Auftragsnr.", "unsere Bestellung", "Bestellzeichen"],
		reference: ["unsere Referenz", "Referenz", "unser Zeichen", "Aktenzeichen"],
		examples: [
			["Bitte geben Sie unsere Bestellnummer 4500-1187 an.", "4500-1187"],
			["Auftrags-Nr.: AU-7731", "AU-7731"],
		],
		ignores: ["Die Bestellung 12 Banner kam gut an."],
	},
	{
		lang: "es",
		order: ["número de pedido", "nº de pedido", "n.º de pedido", "pedido", "orden de compra", "OC"],
		reference: ["nuestra referencia de compra", "referencia de compra", "nuestra referencia", "referencia", "ref."],
		examples: [
			["Indique por favor el número de pedido MX-20931.", "MX-20931"],
			["Orden de compra: 4500123", "4500123"],
			["Incluya en la factura nuestra referencia de compra OC-4471, por favor.", "OC-4471"],
		],
		ignores: ["El pedido de 120 tazas llegó bien."],
	},
	{
		lang: "fr",
		order: ["bon de commande", "numéro de commande", "n° de commande", "commande", "BC"],
		reference: ["notre référence", "référence", "réf."],
		examples: [
			["Merci d'indiquer notre bon de commande BC-2026-044.", "BC-2026-044"],
			["Notre référence : DUP-118", "DUP-118"],
		],
		ignores: ["Ta commande de 25 affiches est prête."],
	},
	{
		lang: "pt",
		order: ["número do pedido", "nº do pedido", "pedido de compra", "ordem de compra", "pedido", "OC"],
		reference: ["nossa referência", "referência", "ref."],
		examples: [
			["Por favor coloque o número do pedido 7781-B na fatura.", "7781-B"],
			["Ordem de compra: OC-3391", "OC-3391"],
		],
		ignores: ["O pedido de 24 fotos ficou ótimo."],
	},
	{
		lang: "it",
		order: ["numero d'ordine", "numero d’ordine", "n. ordine", "ordine d'acquisto", "ordine n.", "ordine", "OdA"],
		reference: ["nostro riferimento", "riferimento", "rif."],
		examples: [
			["Indicate il numero d'ordine ORD-5512 in fattura.", "ORD-5512"],
			["Rif.: 2026/118", "2026/118"],
		],
		ignores: ["L'ordine di 12 bottiglie è arrivato."],
	},
	{
		lang: "nl",
		order: ["ordernummer", "bestelnummer", "inkoopordernummer", "inkooporder", "PO-nummer", "bestelling", "bestelbon"],
		reference: ["ons kenmerk", "kenmerk", "referentie", "onze referentie"],
		examples: [
			["Graag ons ordernummer 2026-0812 vermelden.", "2026-0812"],
			["Inkoopordernummer: 4500098812", "4500098812"],
			["Ons kenmerk: VD/2026/31", "VD/2026/31"],
		],
		ignores: ["De bestelling van 12 portretten is klaar."],
	},
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");

/** An id: letters, digits, "-" and "/", holding a digit; all digits only with four or more ("4471", not "120"). */
const TOKEN = String.raw`([A-Z0-9][A-Z0-9\-/]{2,30})(?![\p{L}\p{N}\-/])`;
const LINK = String.raw`\s*(?:number|no\.?|#|nr\.?|n[º°o]\.?|nummer)?\s*(?:is|lautet|es|est|é|è|:)?\s*[:#]?\s*`;
const labelled = (labels: string[]) => new RegExp(String.raw`(?<![\p{L}])(?:${alt(labels)})(?![\p{L}])${LINK}${TOKEN}`, "giu");
const ORDER = labelled(REFERENCE_LABELS.flatMap((r) => r.order));
const REFERENCE = labelled(REFERENCE_LABELS.flatMap((r) => r.reference));

function isId(token: string): boolean {
	return /\d/.test(token) && (/[^\d]/.test(token) || token.length >= 4) && !/^box$/i.test(token);
}

/** The order number or reference the email asks to quote, or null. */
export function readReference(text: string): string | null {
	for (const re of [ORDER, REFERENCE]) {
		for (const m of text.matchAll(re)) if (isId(m[1]!)) return m[1]!;
	}
	// A purchase order written as one token: "PO-7713".
	return /\b((?:PO|P\.O\.)-\d[A-Z0-9\-/]*)\b/i.exec(text)?.[1] ?? null;
}
