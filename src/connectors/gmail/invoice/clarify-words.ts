// How a clarification names what is missing when no line can be read: an amount written without a currency ("It was
// 800", "Factúranos 400 por la pancarta") is "no currency given", not "no amount"; a vague stand-in for the amount
// ("same as last time", "wie letztes Mal", "come al solito") is quoted as what is vague. Two tables by language; their
// examples run as tests (tests/connectors/gmail/clarify-words.test.ts).

export interface BarePriceRow {
	lang: string;
	/** Words right before a number that make it a price ("was", "kostet", "Factúranos"). */
	before: string[];
	/** Words right after a number that make it a price of something ("for the", "für die", "por la"). */
	after: string[];
	/** Words right after a number that name it the agreed price by themselves, with no asking verb before it ("2,400 as
	 * we agreed", "800 wie vereinbart"). */
	agreed?: string[];
	/** Words right after a number that price the whole work with it ("2500 for all", "für alles", "pour le tout"), the
	 * clause ending there or an agreement following ("2500 for all as we discussed"): "12 for all the guests" counts. */
	forAll?: string[];
	/** A text and the bare number it prices. */
	examples: [text: string, amount: string][];
	/** Texts whose numbers are counts, not prices. */
	ignores: string[];
}

export const BARE_PRICES: BarePriceRow[] = [
	{
		lang: "en",
		before: ["was", "is", "were", "are", "came to", "comes to", "cost", "costs", "price", "fee", "amount", "total", "invoice us", "invoice me", "bill us", "bill me", "charge us", "charge me", "we agreed on", "we agreed", "agreed on", "we said", "we'd said"],
		after: ["for the", "for our", "for my", "for this", "for that", "for those", "for these"],
		examples: [
			["It was 800.", "800"],
			["Invoice us 400 for the banner, please.", "400"],
			["Can you bill me 250 for the headshots?", "250"],
			["Please send the invoice for the logo, we agreed on 700.", "700"],
			// A thousands "k" and an article before it ("the 1.8k for it") price it as much.
			["Could you invoice us the 1.8k for it?", "1.8k"],
			["Can you bill me the 950 for the headshots?", "950"],
			["Please invoice us the 2,400.", "2,400"],
		],
		ignores: ["Invoice us for the 12 hours, please.", "It was 3 hours of work.", "Please invoice us for 2 for the team.", "Could you invoice us the 12 posters?", "Please bill us the 3 days of filming."],
	},
	{
		lang: "de",
		before: ["war", "ist", "kostet", "kostete", "Preis", "Betrag", "stell uns", "stellen Sie uns", "berechne uns", "berechnen Sie uns", "wir hatten", "hatten wir", "ausgemacht waren", "vereinbart waren", "abgemacht waren", "vereinbart war"],
		after: ["für die", "für das", "für den", "fürs"],
		examples: [
			["Stell uns bitte 300 für das Banner in Rechnung.", "300"],
			["Der Preis war 950.", "950"],
			["Bitte schick mir die Rechnung für das Logo, wir hatten 800 ausgemacht.", "800"],
			["Stell uns bitte die 300 für das Banner in Rechnung.", "300"],
		],
		ignores: ["Es waren 12 Stunden für das Projekt."],
	},
	{
		lang: "es",
		before: ["fue", "es", "era", "son", "cuesta", "precio", "importe", "factúranos", "factúrame", "facturanos", "facturame", "cóbranos", "cóbrame", "quedamos en", "acordamos", "dijimos", "habíamos dicho"],
		after: ["por la", "por el", "por los", "por las", "de la", "del"],
		examples: [
			["Factúranos 400 por la pancarta del estudio, porfa.", "400"],
			["¿Me cobras 120 por el logo?", "120"],
			["¿Me haces la factura del logo? Quedamos en 600.", "600"],
			["Hola Sam, ¿me facturas los 450 por el logo?", "450"],
		],
		ignores: ["Factúranos las 10 horas por el rediseño."],
	},
	{
		lang: "fr",
		before: ["était", "est", "coûte", "prix", "montant", "facture-nous", "facture-moi", "facturez-nous", "facturez-moi", "on avait dit", "on a dit", "nous avions dit", "nous avions convenu de", "c'était", "c’était"],
		after: ["pour la", "pour le", "pour les", "pour l'", "pour l’"],
		examples: [
			["Facture-moi 350 pour le logo stp.", "350"],
			["Le prix était 1200.", "1200"],
			["Peux-tu m'envoyer la facture pour le logo ? On avait dit 700.", "700"],
		],
		ignores: ["Tu peux me facturer les 6 heures pour le montage ?"],
	},
	{
		lang: "pt",
		before: ["foi", "é", "custa", "preço", "valor", "fatura-nos", "fatura-me", "cobra-nos", "me cobra", "combinamos", "tínhamos combinado", "ficou em", "ficou"],
		after: ["pela", "pelo", "pelas", "pelos"],
		examples: [
			["Pode faturar 600 pela sessão de fotos?", "600"],
			["O valor foi 450.", "450"],
			["Me manda a fatura do logo? Combinamos 900.", "900"],
		],
		ignores: ["Pode faturar as 8 horas pelo projeto?"],
	},
	{
		lang: "it",
		before: ["era", "è", "costa", "prezzo", "importo", "fatturaci", "fatturami", "avevamo detto", "abbiamo detto", "avevamo concordato", "eravamo d'accordo su", "eravamo d’accordo su"],
		after: ["per la", "per il", "per lo", "per i", "per le", "per gli", "per l'", "per l’"],
		examples: [
			["Fatturaci 500 per il servizio fotografico, grazie.", "500"],
			["Il prezzo era 780.", "780"],
			["Mi mandi la fattura per il logo? Avevamo detto 500.", "500"],
		],
		ignores: ["Fatturaci le 4 ore per il sito."],
	},
	{
		lang: "nl",
		before: ["was", "is", "kost", "kostte", "prijs", "bedrag", "factureer ons", "factureer me", "reken ons", "reken me", "we hadden", "wij hadden", "hadden we", "afgesproken was"],
		after: ["voor de", "voor het", "voor die", "voor dat"],
		examples: [
			["Factureer ons 275 voor de banner, graag.", "275"],
			["Het bedrag is 640.", "640"],
			["Stuur je me de factuur voor het logo? We hadden 650 afgesproken.", "650"],
		],
		ignores: ["Kun je de 6 uur voor de website factureren?"],
	},
	{
		// "…for the label redesign, 2,400 as we agreed on the phone": the agreement names the number a price.
		lang: "agreed after the number",
		before: [],
		after: [],
		agreed: ["as agreed", "as we agreed", "as discussed", "as we discussed", "as quoted", "as per our agreement", "as per the quote", "wie angeboten", "laut Angebot", "según presupuesto", "como presupuestado", "selon le devis", "comme indiqué dans le devis", "come da preventivo", "come preventivato", "conforme orçamento", "conforme orçado", "zoals geoffreerd", "volgens offerte", "wie vereinbart", "wie besprochen", "wie abgemacht", "wie ausgemacht", "como acordamos", "como quedamos", "según lo acordado", "como hablamos", "comme convenu", "comme prévu", "comme on a dit", "como combinado", "como combinamos", "conforme combinado", "come concordato", "come d'accordo", "come d’accordo", "come pattuito", "zoals afgesproken", "zoals besproken", "like we said", "like we agreed", "like we discussed", "like agreed", "as we said", "as said", "wie gesagt", "wie wir gesagt haben", "como dijimos", "como habíamos dicho", "comme on avait dit", "comme dit", "come detto", "come dicevamo", "como falamos", "como dissemos", "zoals gezegd"],
		examples: [
			["Please issue the invoice for the label redesign, 2,400 as we agreed on the phone.", "2,400"],
			["Schick mir die Rechnung fürs Logo, 800 wie vereinbart.", "800"],
			["¿Me haces la factura del cartel? 350, como quedamos.", "350"],
			["Tu peux m'envoyer la facture du logo, 700 comme convenu ?", "700"],
			["Mi mandi la fattura, 1.200 come concordato?", "1.200"],
			["Stuur je de factuur voor de banner? 275 zoals afgesproken.", "275"],
			["can you invoice me for the poster series? 1,500 like we said on the call.", "1,500"],
			["Schick mir bitte die Rechnung für die Fotos, 900 wie gesagt.", "900"],
			["¿Me mandas la factura del logo? 650, como dijimos.", "650"],
		],
		ignores: ["Please invoice phase 2 as agreed.", "Please invoice the 12 hours as agreed."],
	},
	{
		// "…for the trade show banner set, 3,500 total as agreed": a total names the number the price of the whole.
		lang: "a total after the number",
		before: [],
		after: [],
		agreed: ["total", "in total", "all in", "all-in", "altogether", "insgesamt", "gesamt", "en total", "au total", "no total", "in totale", "in totaal", "totaal"],
		examples: [
			["Please send over an invoice for the trade show banner set, 3,500 total as agreed.", "3,500"],
			["Schick mir die Rechnung für die Messewand, 2.400 insgesamt.", "2.400"],
			["¿Me haces la factura de los carteles? 1.200 en total.", "1.200"],
			["Tu m'envoies la facture des affiches ? 900 au total.", "900"],
			["Stuur je de factuur voor de banners? 750 in totaal.", "750"],
			["Could you send me the invoice for the moodboards and the style guide? 1.5k all in, like we said.", "1.5k"],
			["Schick mir die Rechnung für die Website, 2k insgesamt.", "2k"],
		],
		ignores: ["Please invoice the 3 total posters.", "Please invoice the shoot, 8 total."],
	},
	{
		// A rate after a count of hours or days ("10 hrs @ 95", "4 Stunden à 95") is a price, in every language.
		lang: "rate after a count",
		before: ["@", "hrs at", "hr at", "hours at", "hour at", "h at", "days at", "day at", "Stunden à", "Std. à", "Stunden zu", "Tage à", "Tage zu", "horas a", "días a", "dias a", "heures à", "jours à", "ore a", "giorni a", "uur à", "uur tegen", "uur voor", "dagen à", "hourly rate", "day rate", "rate of", "Stundensatz", "Tagessatz", "tarifa de", "taux horaire de", "tariffa oraria di", "uurtarief", "uurtarief van"],
		after: [],
		examples: [
			["Please invoice me for 10 hrs @ 95.", "95"],
			["Can you bill us for the 6 hours at 80 please?", "80"],
			["Bitte 4 Stunden à 95 in Rechnung stellen.", "95"],
			["¿Me facturas 3 días a 400?", "400"],
			["Kun je 8 uur à 65 factureren?", "65"],
		],
		ignores: ["We met @ 10 hours after the shoot.", "Please invoice the 3 days at the studio."],
	},
	{
		// "…the invoice for the 850 we agreed on": the number the sender and the reader agreed is a price by itself.
		lang: "agreed in a clause after the number",
		before: [],
		after: [],
		agreed: ["we agreed on", "we agreed upon", "we agreed", "we discussed", "we settled on", "we talked about", "die wir vereinbart", "die wir ausgemacht", "die wir besprochen", "que acordamos", "que quedamos", "que habíamos acordado", "que hablamos", "qu'on a convenus", "qu’on a convenus", "qu'on avait convenus", "qu’on avait convenus", "que nous avons convenus", "dont on a parlé", "que combinamos", "que tínhamos combinado", "que acertamos", "che avevamo concordato", "che abbiamo concordato", "che avevamo detto", "die we afgesproken hadden", "die we afgesproken hebben", "die we hadden afgesproken", "acordados", "pactados", "convenus", "combinados", "concordati", "pattuiti"],
		examples: [
			["Could you send over the invoice for the 850 we agreed on?", "850"],
			["Schick mir bitte die Rechnung über die 850, die wir vereinbart hatten.", "850"],
			["¿Me mandas la factura por los 850 que acordamos?", "850"],
			["Tu peux m'envoyer la facture pour les 850 qu'on avait convenus ?", "850"],
			["Pode mandar a fatura dos 850 que combinamos?", "850"],
			["Mi mandi la fattura per i 850 che avevamo concordato?", "850"],
			["Stuur je de factuur voor de 850 die we afgesproken hadden?", "850"],
			["¿Me pasas la factura por los 850 acordados?", "850"],
			["Mi mandi la fattura per i 1.200 concordati?", "1.200"],
		],
		ignores: ["Please invoice the 2 we agreed on.", "Invoice the 3 posters we discussed.", "¿Me pasas la factura por los 12 carteles acordados?"],
	},
	{
		// "Please send me the invoice, 2500 for all as we discussed": the number prices the whole work.
		lang: "for the whole after the number",
		before: [],
		after: [],
		forAll: ["for all", "for everything", "for the lot", "for all of it", "for all of them", "for both", "for the whole thing", "für alles", "für beides", "für alle", "fürs Ganze", "pour le tout", "pour tout", "pour les deux", "por todo", "por todos", "por ambos", "por tudo", "pelos dois", "para tudo", "per tutto", "per entrambi", "per tutti", "voor alles", "voor allebei", "voor beide", "voor het geheel", "for the whole", "for the whole job", "pour l'ensemble", "pour l’ensemble", "für das Ganze", "por el total", "por el conjunto", "pelo conjunto", "per il tutto", "per l'insieme", "per l’insieme"],
		examples: [
			["Please send me the invoice, 1800 for all as we discussed on the phone.", "1800"],
			["Invoice for the banners please, 950 for everything.", "950"],
			["Schick mir bitte die Rechnung, 1.200 für alles, wie besprochen.", "1.200"],
			["Tu m'envoies la facture ? 600 pour le tout.", "600"],
			["¿Me mandas la factura? 850 por todo, como quedamos.", "850"],
			["Pode mandar a fatura? 700 por tudo.", "700"],
			["Mi mandi la fattura? 900 per tutto.", "900"],
			["Stuur je de factuur? 450 voor alles.", "450"],
			["Merci de m'envoyer la facture, 2 500 pour l'ensemble comme convenu.", "2 500"],
		],
		ignores: ["We need 12 for all the guests.", "Please invoice the 40 for all our staff.", "Send the invoice, 3 for all."],
	},
	{
		// "please send me invoice for 15,000 for the menu board", "eine Rechnung über 2.500 für das Logo": an invoice asked
		// for a number of three digits or more priced for a thing ("12 for the team" counts).
		lang: "an invoice for a number",
		before: [],
		after: [],
		examples: [
			["please send me invoice for 15,000 for the menu board, same as we talk.", "15,000"],
			["Can you make an invoice of 2400 for the label design?", "2400"],
			["Bitte eine Rechnung über 2.500 für das Logo.", "2.500"],
			["Tu peux me faire une facture de 900 pour le logo ?", "900"],
			["¿Me haces una factura por 1.500 por el catálogo?", "1.500"],
			["Mi fai una fattura di 800 per il logo?", "800"],
			["Kun je een factuur van 650 voor de banner maken?", "650"],
			["please send me invoice for 15,000. company: Formosa Bubble Co., Ltd.", "15,000"],
		],
		ignores: ["Please send me invoice for 12 for the team.", "Can you invoice for the 120 for the posters?", "Please send the invoice for 120 posters.", "Please send the invoice for 2026."],
	},
];

export interface VagueRow {
	lang: string;
	/** Words that stand in for an amount without giving one. */
	phrases: string[];
	examples: [text: string, quoted: string][];
}

export const VAGUE_AMOUNTS: VagueRow[] = [
	{
		lang: "en",
		phrases: ["the usual amount", "the usual rate", "the usual", "our usual rate", "same as last time", "same as last month", "same as last week", "same as last year", "same as before", "same as usual", "same as always", "same price as last time", "as agreed", "as discussed", "as usual", "as before", "as per usual", "like last time", "like last month", "like before", "same amount as last time", "same amount as last month", "same as the last one", "same as the previous one", "same as the last invoice", "same rate as last time", "same price as before", "just like last time"],
		examples: [
			["could you bill us for this months social posts, same as last time? ta", "same as last time"],
			["Invoice us the usual for October.", "the usual"],
			// At the start of a sentence it is quoted as the table writes it, so the card reads the same whatever the case.
			["Can you send over the invoice for this month's posts? Same as last time please", "same as last time"],
			["Please invoice the November classes, same amount as last month.", "same amount as last month"],
		],
	},
	{
		lang: "de",
		phrases: ["wie besprochen", "wie üblich", "wie immer", "wie letztes Mal", "wie beim letzten Mal", "wie letzten Monat", "wie vereinbart", "das Übliche", "den üblichen Betrag", "den gleichen Betrag wie", "so wie letztes Mal", "gleicher Betrag wie letztes Mal", "wie die letzte Rechnung"],
		examples: [["Schick mir bitte die Rechnung für den Oktober, wie letztes Mal.", "wie letztes Mal"], ["Die Rechnung für November bitte. Gleicher Betrag wie letztes Mal.", "gleicher Betrag wie letztes Mal"]],
	},
	{
		lang: "es",
		phrases: ["como acordado", "como lo acordado", "lo acordado", "como siempre", "como de costumbre", "como la última vez", "como la otra vez", "como el mes pasado", "lo de siempre", "lo mismo que la última vez", "lo mismo que el mes pasado", "igual que la última vez", "igual que el mes pasado", "el mismo importe que la última vez"],
		examples: [["¿Me haces la factura de las clases, como el mes pasado?", "como el mes pasado"]],
	},
	{
		lang: "fr",
		phrases: ["comme convenu", "comme d'habitude", "comme d’habitude", "comme toujours", "comme la dernière fois", "comme le mois dernier", "le montant habituel", "la même chose que la dernière fois", "comme la fois dernière", "comme la fois précédente", "même montant que la dernière fois", "pareil que la dernière fois"],
		examples: [["Tu peux me faire la facture des ateliers, comme la dernière fois ?", "comme la dernière fois"]],
	},
	{
		lang: "pt",
		phrases: ["como acordado", "como combinado", "o combinado", "como sempre", "como da última vez", "como da outra vez", "como no mês passado", "o de sempre", "o valor de sempre", "o mesmo que da última vez", "igual à última vez", "igual ao mês passado", "o mesmo valor da última vez"],
		examples: [["Me manda a fatura dos posts, o valor de sempre.", "o valor de sempre"]],
	},
	{
		lang: "it",
		phrases: ["come al solito", "come sempre", "come d'accordo", "come d’accordo", "come concordato", "come l'ultima volta", "come l’ultima volta", "come il mese scorso", "il solito importo", "lo stesso importo", "il solito", "come la volta scorsa", "come l'altra volta", "come l’altra volta", "stesso importo dell'ultima volta", "uguale all'ultima volta"],
		examples: [["Mi mandi la fattura per i post di novembre, come l'ultima volta?", "come l'ultima volta"]],
	},
	{
		lang: "nl",
		phrases: ["zoals afgesproken", "zoals gewoonlijk", "zoals altijd", "zoals vorige keer", "zoals de vorige keer", "zoals vorige maand", "het gebruikelijke bedrag", "hetzelfde als vorige keer", "hetzelfde als vorige maand", "net als vorige keer", "hetzelfde bedrag als vorige keer", "zelfde als vorige keer"],
		examples: [["Kun je de factuur voor de posts sturen, zoals vorige keer?", "zoals vorige keer"]],
	},
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+");
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");

const NUMBER = String.raw`\d{1,3}(?:[,.' ]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
/** A number with its price word before it, or with "for the thing" after it; never a count of hours, days or pages. */
const COUNT_AFTER = String.raw`(?![ \t]*(?:%|percent|hours?|days?|pages?|words?|Stunden|Tage|heures|jours|horas|días|dias|ore|giorni|uur|dagen))`;
export const BARE_PRICE = new RegExp(
	String.raw`(?<![\p{L}])(?:${alt(BARE_PRICES.flatMap((r) => r.before))})(?:[ \t]*:[ \t]+|[ \t]+)(?:(?:bitte|please|porfa|por favor|stp|svp|graag|per favore)[ \t]+)?(?<n>(?:${NUMBER})(?:k(?![\p{L}]))?)(?![\d\p{L}%])${COUNT_AFTER}|(?<![\p{L}\p{N}.,$€£¥])(?<m>${NUMBER})(?=[ \t]+(?:${alt(BARE_PRICES.flatMap((r) => r.after))})(?![\p{L}]))`,
	"iu",
);

// A number with a thousands "k" ("1.5k all in") is as much a price as one written out.
const AGREED_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥])(?<a>\d+(?:[.,]\d{1,2})?k|\d{2}(?:\d*|[,.' ]?\d{3}(?:[,.' ]\d{3})*)(?:[.,]\d{1,2})?|\d(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?)(?=,?[ \t]+(?:${alt(BARE_PRICES.flatMap((r) => r.agreed ?? []))})(?![\p{L}]))`, "iu");

/** "Could you invoice us the 1.8k for it?", "Stell uns die 300 für das Banner in Rechnung": an article between the
 * asking word and the number. Then it must end its clause or be for a thing ("the 1.8k for it"), as "invoice us the 12
 * posters" counts them. */
const ARTICLE_PRICE = new RegExp(
	String.raw`(?<![\p{L}])(?:${alt(BARE_PRICES.flatMap((r) => r.before))})[ \t]+(?:(?:bitte|please|porfa|por favor|stp|svp|graag|per favore)[ \t]+)?(?:the|die|den|das|le|la|les|l['’]|el|los|las|il|lo|i|gli|o|os|as|de|het)[ \t]*(?<t>(?:${NUMBER})(?:k(?![\p{L}]))?)(?=[ \t]+(?:for|für|fürs|pour|por|para|per|voor|pelo|pela)(?![\p{L}])|[ \t]*(?:[.,;!?)]|$))`,
	"iu",
);

/** The whole work priced by a number ("2500 for all"), the clause ending there or an agreement following. */
let forAllCompiled: RegExp | null = null;
function forAllPrice(text: string): string | null {
	forAllCompiled ??= new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥])(?<a>\d{2}(?:\d*|[,.' ]?\d{3}(?:[,.' ]\d{3})*)(?:[.,]\d{1,2})?|\d(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?)(?=[ \t]+(?:${alt(BARE_PRICES.flatMap((r) => r.forAll ?? []))})(?![\p{L}])[ \t]*(?:[.,;!?)]|\n|$|(?:${alt(BARE_PRICES.flatMap((r) => r.agreed ?? []))})(?![\p{L}])))`, "iu");
	return forAllCompiled.exec(text)?.groups?.["a"] ?? null;
}

/** "invoice for 15,000 for the menu board", "Rechnung über 2.500 für das Logo": the invoice (the word or the verb) and
 * "for" or "of" before a number of three digits or more that a thing follows or that ends its clause ("send me invoice
 * for 15,000."), as "invoice us 400 for the banner" is; "invoice for 120 posters" counts them. */
const INVOICE_FOR = new RegExp(String.raw`(?<![\p{L}])(?:invoice|bill|rechnung|facture|factura|fattura|fatura|factuur)[ \t]+(?:for|of|über|von|de|pour|por|di|da|per|van|voor)[ \t]+(?!(?:19|20)\d\d(?!\d|[.,]\d))(?<n>\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d{3,}(?:[.,]\d{1,2})?)(?=[ \t]+(?:${alt(BARE_PRICES.flatMap((r) => r.after))})(?![\p{L}])|[ \t]*(?:[.,;!?)](?!\d)|\n|$))`, "iu");

/** The bare number written as a price, or null. A number after "for the" must follow an asking or pricing word in
 * its sentence ("invoice us 400 for the banner"), so a count ("2 for the team") is no price. */
export function barePrice(text: string): string | null {
	const re = new RegExp(BARE_PRICE.source, "giu");
	for (const m of text.matchAll(re)) {
		const n = m.groups?.["n"];
		if (n) return n;
		const before = text.slice(Math.max(0, m.index - 40), m.index);
		const sentence = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf("\n"), before.lastIndexOf("?"), before.lastIndexOf("!")) + 1);
		if (VERB_BEFORE.test(sentence)) return m.groups?.["m"] ?? null;
	}
	const article = ARTICLE_PRICE.exec(text)?.groups?.["t"];
	if (article) return article;
	const invoiceFor = INVOICE_FOR.exec(text)?.groups?.["n"];
	if (invoiceFor) return invoiceFor;
	const whole = forAllPrice(text);
	if (whole) return whole;
	// Two digits at least: "phase 2 as agreed" names a phase, not a price.
	return AGREED_RE.exec(text)?.groups?.["a"] ?? null;
}

/** An asking or pricing verb at the end of the words before a number ("Factúranos", "Pode faturar", "me cobras"). */
const VERB_BEFORE = /(?<![\p{L}])(?:invoice|bill|charge|berechne\p{L}*|stell\p{L}*|fact[uú]r\p{L}*|cobr\p{L}*|fatur\p{L}*|fattur\p{L}*|reken\p{L}*)(?:[ \t]+(?:us|me|uns|mir|Sie|nos|nous|moi|vous|ci|mi|ons|mij|u|bitte|please|porfa|graag|the|die|den|das|le|la|les|el|los|las|il|lo|gli|os|as|het))*[ \t]*$/iu;

const VAGUE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(VAGUE_AMOUNTS.flatMap((r) => r.phrases))})(?![\p{L}])`, "iu");

const VAGUE_PHRASES = VAGUE_AMOUNTS.flatMap((r) => r.phrases);

/** Words in a vague phrase that point back to an earlier invoice ("same as last time", "wie immer", "lo mismo que el
 * mes pasado", "come l'altra volta"): the card says so in the owner's words, "the same as last time". */
export const EARLIER_WORDS = ["last", "before", "usual", "always", "letzt", "immer", "üblich", "bisher", "pasad", "última", "otra vez", "siempre", "costumbre", "dernière", "habitude", "toujours", "précédente", "fois dernière", "passado", "sempre", "outra vez", "solito", "scors", "ultima", "altra volta", "vorige", "altijd", "gewoonlijk", "gebruikelijk"];
const EARLIER_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(EARLIER_WORDS)})`, "iu");

/** The vague phrase in the owner's words when it points back to an earlier invoice, or null ("as agreed" does not). */
export function vagueMeans(phrase: string): string | null {
	return EARLIER_RE.test(phrase) ? "the same as last time" : null;
}

/** The vague words standing in for an amount, as written, or null; a capital that only opens the sentence ("Same as
 * last time") is written as the table writes the phrase ("same as last time"). */
export function vagueAmount(text: string): string | null {
	const m = VAGUE_RE.exec(text)?.[0];
	if (!m) return null;
	const flat = m.replace(/\s+/g, " ");
	const phrase = VAGUE_PHRASES.find((p) => p.toLowerCase() === flat.toLowerCase());
	return phrase && flat.slice(1) === phrase.slice(1) ? phrase[0] + flat.slice(1) : m;
}

/** Words after a number that make it a price per unit ("50 each", "90 pro Stunde", "35 la hora"). */
export const RATE_AFTER = ["per hour", "an hour", "a day", "per day", "each", "apiece", "a piece", "pro Stunde", "die Stunde", "pro Tag", "pro Stück", "la hora", "por hora", "por día", "cada uno", "cada una", "de l'heure", "l'heure", "par jour", "par heure", "all'ora", "l'ora", "al giorno", "l'uno", "l'una", "per uur", "per dag", "per stuk", "por dia", "a hora"];
const RATE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥])(?<m>${NUMBER})(?=[ \t]*(?:${alt(RATE_AFTER)})(?![\p{L}]))`, "iu");

/** A bare number written as a price per unit ("the 12 portraits, 50 each"), or null: a rate is a price whatever
 * words stand before it. */
export function bareRate(text: string): string | null {
	return RATE_RE.exec(text)?.groups?.["m"] ?? null;
}
