// How people write an invoice line, as a table: each phrasing is a template with its examples, and the examples are
// its tests (tests/connectors/gmail/phrasings.test.ts). A new way of writing a line is a new row here.
//
// Template placeholders: {Q} quantity (digits or a number word) · {U} unit ("hours", "Tage", "uur") · {N} a count noun
// phrase · {D} a description · {M} an amount with its currency · {P} a price whose currency may be missing · {E} a
// per-unit marker ("each", "/h", "la hora") · {AT} "at/@/à/zu je" · {ART} an optional article · {OF} "of/de/di/van" ·
// {BUL} the start of a line with an optional bullet · {FOR} "for/für/pour/por/per/voor" · {FEE} a fee noun ·
// {BE} "was/is/came to/war/était/fue/foi/era/was" · {INTRO} words that only introduce an amount ("the agreed price was") · {WORDDIGIT}
// a digit inside a word of a name ("Plano 2D").
import { ARTICLE, AT, BALANCE_WORDS, OWN_RECKONING_WORDS, NOT_A_THING_AFTER_FOR, TOOK_AFTER_WORDS, TOOK_WORDS, DEPOSIT_WORDS, DISCOUNT_WORDS, FLAT_WORDS, GENERIC_AMOUNT_WORDS, MONTHLY_FEE, NUMBER_WORDS, PAID_WORDS, PER_UNIT, QTY, SERIES_WORDS, TOPIC_WORDS, TOTAL_AFTER_WORDS, TOTAL_WORDS, UNIT, alt } from "./lexicon";
import { CURRENCY_AFTER, CURRENCY_BEFORE } from "./currency";
import { FEE_NOUN, FEE_WORDS } from "./fee-words";
import { moneyPattern, pricePattern } from "./money-text";
import { BARE_PRICES } from "./clarify-words";

export interface Phrasing {
	id: string;
	/** What it covers, in words. */
	says: string;
	template: string;
	/** The description is the request's topic ("for the bookkeeping: 7.5 hours at €48/h"), not a group of the match. */
	topic?: boolean;
	/** The thing is the one the sentence before names after a joining word ("Then there were the drone shots. Those were
	 * KSh 12,000 flat."): the match is read on the whole text, as that sentence may sit on a line with no digit. */
	thingBefore?: boolean;
	/** With thingBefore: the pointer names one thing ("for that one"), so the thing may also be the one a join adds at
	 * the end of a priced sentence ("…another 150, plus the sticker artwork. You said 120 for that one."). */
	pointsAtOne?: boolean;
	/** A bare number without currency may be the price only when this phrasing marks it as one. */
	barePrice?: boolean;
	/** Two groups make the description: `lead` then `d` ("Redacción de" + "artículos"). */
	joinPre?: boolean;
	/** A price with no per-unit word is the whole line's: read only for a count of one ("1 day of filming ($1,200)"). */
	flatForOne?: boolean;
	/** The amount is the line's total for the count ("2 x Workshop = €900"): the unit price is the total divided by the
	 * count, read only when that division is exact to the currency's minor unit. */
	lineTotal?: boolean;
	/** A cheap test the text must pass before the phrasing is tried at all (keeps the scan fast). */
	needs?: RegExp;
	examples: { text: string; lines: [description: string, quantity: string, price: string][] }[];
}

const FEE = FEE_WORDS;
const BE = alt(["was", "were", "is", "are", "came to", "comes to", "come to", "costs", "cost", "war", "waren", "ist", "kostet", "kostete", "était", "étaient", "est", "coûte", "fue", "fueron", "era", "es", "costó", "foi", "custou", "é", "è", "costava", "kostte",
	// plural and past forms, and "stays at" ("el vídeo eran 1.500 €", "die Flyer waren", "le diseño se queda en 1.850 €")
	"eran", "son", "sont", "sind", "zijn", "são", "sono", "erano", "étaient", "foram", "costaron", "costaban", "kosteten", "coûtaient", "custaram", "costavano", "kostten",
	"se queda en", "queda en", "quedó en", "se quedó en", "quedaron en", "ficou em", "ficaram em", "fica em", "bleibt bei", "blieb bei", "blijft op", "comes out at", "came out at", "resta a", "reste à"]);
const INTRO = alt([
	"it's", "it’s", "it is", "it was", "that's", "that’s", "that is", "this is", "we agreed on", "we agreed", "the agreed price was", "the agreed price is", "the agreed amount was", "the agreed amount is", "the agreed fee was", "the agreed fee is", "the price was", "the price is", "the fee was", "the fee is", "the amount is", "the amount was", "total is",
	"wir hatten", "vereinbart waren", "vereinbart war", "es sind", "das sind", "der vereinbarte Betrag ist", "der Preis war", "der Preis ist",
	"son", "es", "eran", "fueron", "quedamos en", "el importe es de", "el precio era", "el precio es", "el importe acordado es de",
	"c'est", "ça fait", "on avait dit", "le montant convenu est de", "le montant est de", "le prix était de", "le prix est de",
	"ficou", "foi", "é", "são", "combinamos", "o valor é de", "o valor combinado é de",
	"abbiamo detto", "eravamo d'accordo su", "l'importo è di", "il prezzo era", "il prezzo è", "sono",
	"it came to", "it comes to", "that came to", "that comes to", "it was", "we said", "we'd said",
	"avevamo detto", "avevamo concordato", "abbiamo concordato", "habíamos dicho", "tínhamos combinado", "we hadden", "wij hadden", "hadden we", "wir hatten gesagt",
	"le montant était de", "le montant était", "c'était", "c’était", "ça faisait", "erano", "era", "waren", "war", "es waren", "das waren", "foram", "het was", "dat was", "het waren", "that was", "eso fue", "eso es", "isso foi", "das war", "die kosten", "das kostet", "es kostet", "het kost", "dat kost", "het is", "dat is", "der Betrag beläuft sich auf", "beläuft sich auf", "das macht", "macht", "le tout fait", "total came in at", "it came in at", "came in at", "came to", "final figure", "the final figure is", "price we agreed", "the price we agreed", "everything included it's", "everything included, it's", "l'importo concordato è di", "l'importo concordato è", "l’importo concordato è di", "el importe es", "il costo è di", "ça coûte", "cuesta", "costa", "custa",
	"was", "is", "het afgesproken bedrag is", "het bedrag is", "de prijs was", "de prijs is", "afgesproken was",
]);

/** A sentence's opening that only points back at the thing just named ("Those were", "Dat waren", "Erano"). */
export const POINTED_BACK = alt(["that one was", "this one was", "that one is", "that one came to", "that one cost", "der war", "die war", "celui-là était", "celle-là était", "celui-là, c'était", "ese fue", "esa fue", "ese era", "esa era", "esse foi", "essa foi", "esse era", "essa era", "quello era", "quella era", "die was", "those were", "that was", "these were", "they were", "it was", "those came to", "that came to", "they came to", "those cost", "they cost", "das waren", "das war", "die waren", "die kosteten", "es waren", "dat waren", "dat was", "het waren", "het was", "die waren", "die kostten", "erano", "era", "costavano", "eran", "era", "fueron", "fue", "eso fue", "eso eran", "costaron", "c'étaient", "c’étaient", "c'était", "c’était", "ce sont", "ça faisait", "foram", "foi", "eram", "isso foi", "custaram"]).replace(/ /g, String.raw`\s+`);

/** "This adaptation", "Essa adaptação", "Diese Anpassung": a demonstrative before the noun of a thing named just before. */
/** A pointer at one thing ("that one was", "der war", "ese fue"): never a sum of several. */
const POINTED_AT_ONE = alt(["that one was", "this one was", "that one is", "this one is", "that one came to", "that one cost", "this one cost", "der war", "die war", "der kostete", "die kostete", "celui-là était", "celle-là était", "celui-là coûtait", "celle-là coûtait", "ese fue", "esa fue", "ese era", "esa era", "ese costó", "esa costó", "esse foi", "essa foi", "esse era", "essa era", "esse custou", "essa custou", "quello era", "quella era", "quello costava", "quella costava", "die was", "die kostte"]).replace(/ /g, String.raw`\s+`);

const DEMONSTRATIVE = alt(["this", "that", "these", "those", "diese", "dieser", "dieses", "diesen", "ce", "cet", "cette", "ces", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "esse", "essa", "esses", "essas", "aquele", "aquela", "questo", "questa", "questi", "queste", "quel", "quella", "deze", "dit"]);
/** "at the agreed price of", "ao preço acordado de", "zum vereinbarten Preis von": the price named as such before it. */
const AT_PRICE_OF = alt(["at the agreed price of", "at the price of", "at the agreed rate of", "at a price of", "at the quoted price of", "ao preço acordado de", "ao preço combinado de", "ao preço de", "pelo preço de", "pelo preço acordado de", "al precio acordado de", "al precio pactado de", "al precio de", "a un precio de", "au prix convenu de", "au prix de", "zum vereinbarten Preis von", "zum Preis von", "zu einem Preis von", "al prezzo concordato di", "al prezzo di", "tegen de afgesproken prijs van", "tegen een prijs van", "voor de afgesproken prijs van"]).replace(/ /g, String.raw`\s+`);

/** The codes of the currencies that share a sign ("$", "¥", "£", "kr", "Rs"), as written right after such an amount. */
export const NAMED_AFTER = ["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN", "ARS", "CLP", "COP", "UYU", "DOP", "JPY", "CNY", "GBP", "EGP", "SEK", "NOK", "DKK", "ISK", "INR", "PKR", "LKR", "NPR"];

/** "as agreed", "wie vereinbart", "como quedamos": words after a price that only say it is the agreed one. */
const AGREED_AFTER = alt(BARE_PRICES.flatMap((r) => r.agreed ?? [])).replace(/ /g, String.raw`[ \t]+`);

/** A fee noun anywhere in the text: the fee phrasings are tried only then. */
const FEE_NOUN_RE = new RegExp(String.raw`(?<![\p{L}])(?:${FEE_NOUN})(?![\p{L}])`, "iu");
/** An amount's digits shortly before a fee noun ("$35 shipping", "12 € di spedizione"). */
const FEE_AFTER_AMOUNT_RE = new RegExp(String.raw`\d[^\n\d]{0,12}?(?<![\p{L}])(?:${FEE_NOUN})(?![\p{L}])`, "iu");

/** Words that join a fee to the line before it ("plus", "dazu kommen", "a questo si aggiunge"). */
const JOIN = alt(["plus", "and", "and also", "add", "with", "más", "y", "y también", "mais", "e", "più", "und", "zzgl.", "zzgl", "zuzüglich", "sowie", "dazu", "dazu kommen", "dazu kommt", "dazu noch", "en", "et", "além de", "além disso", "a questo si aggiunge", "a questo si aggiungono", "se suma", "se suman", "s'y ajoute", "s'y ajoutent", "daar komt bij", "daarbij"]);

/** A remark in brackets after a price each, naming which ones they were ("chacune (les deux images d'archives de la
 * page d'accueil)"): no digit, and no word of tax, of something left out or added, or of payment, which change the
 * amount and are asked about. */
const REMARK = String.raw`[ \t]*\((?![^\n()]*(?<![\p{L}])(?:incl|excl|plus|tax|taxes|vat|gst|hst|pst|qst|tva|tps|tvq|iva|igv|mwst|ust|btw|deposit|acompte|anzahlung|anticipo|sinal|paid|payé|payée|pagad[oa]|pago|bezahlt|betaald|pagat[oa]|not|pas|nicht|niet|non|sans|without|ohne|sin|sem|senza|zonder|less|minus|moins|menos|discount|remise|rabatt|descuento|desconto|sconto|korting|excluded|except|exclu|exclue|exclus|ausgenommen|außer|sauf|excepto|excluido|excluida|excluído|excluída|escluso|esclusa|tranne|uitgezonderd|behalve|included|inclus|incluse|incluso|inclusa|incluido|incluida|incluído|incluída|inbegriffen|inbegrepen|free|gratis|gratuit|gratuits|gratuite|gratuites|gratuito|gratuitos|gratuita|gratuitas|gratuiti|grátis|kostenlos)(?![\p{L}]))[^\n()\d+]{3,100}\)`;

/** A REMARK listing which ones a count of things were, two or more names joined by a comma or "and" ("(Chenin,
 * Pinotage, Cap Classique)", "(IPA, Witbier e Stout)"); one word in brackets may be the things' other name ("4 short
 * videos (Reels)"), read by quantity-noun-alias-rate. */
const WHICH_LIST = String.raw`(?=[ \t]*\([^\n()]*(?:,|[ \t](?:and|und|et|y|e|ed|en|&|\+)[ \t]))${REMARK}`;

/** Words that make the part of a label after a dash a remark on its price ("– paid in October", "– total", "– as
 * agreed", "– sinal"), not a part of the thing's name. */
const PRICE_REMARK_WORDS = String.raw`(?:incl|excl|plus|tax|taxes|vat|gst|hst|tva|iva|igv|mwst|ust|btw|deposit|acompte|anzahlung|anticipo|sinal|entrada|paid|payé|payée|pagad[oa]|pago|bezahlt|betaald|pagat[oa]|balance|rest|resto|restant|saldo|solde|restbetrag|less|minus|moins|menos|discount|remise|rabatt|descuento|desconto|sconto|korting|total|totale|totaal|gesamt|summe|subtotal|agreed|quoted|vereinbart|convenu|acordado|combinado|concordato|afgesproken|budget|estimate|approx|about|ca|circa|per|each|je|pro|cada|chacun|chacune|ciascuno|ognuno|stuk|hour|hours|day|days|month|monthly|year|yearly|annual|half|halbe?|moitié|mitad|metade|metà|helft|first|second|final|last|remaining|erste|zweite|letzte|première|seconde|dernière|primera|segunda|última|primeira|prima|seconda|ultima|eerste|tweede|laatste|instalment|installment|tranche|rata|parcela|cuota|Rate|Teilzahlung|invoice|Rechnung|facture|factura|fatura|fattura|factuur)`;
const DASH_PART_NOT = String.raw`[^\n:]*(?<![\p{L}])${PRICE_REMARK_WORDS}(?![\p{L}])`;
/** The same words in a bracket closing a label ("Website – Fase 2 (bereits bezahlt)", "(paid in October)"), and words
 * that leave something out ("(without the shop)"): a remark on the price or on what is billed, never what the part held. */
const BRACKET_PART_NOT = String.raw`[^\n:()]*(?<![\p{L}])(?:${PRICE_REMARK_WORDS}|not|nicht|kein|keine|pas|niet|geen|non|não|no|sans|without|ohne|sin|sem|senza|zonder|except|außer|sauf|salvo|excepto|tranne|behalve|por|par|hora|horas|heure|heures|Stunde|Stunden|Std|ora|ore|uur|aprox|aproximadamente|environ|ungefähr|ongeveer|cerca|mensual|mensuel|monatlich|mensal|mensile|maandelijks)(?![\p{L}])`;

/** A verb of adding with the added thing as its subject ("komt daar nog bij", "kommt noch dazu", "comes on top of that",
 * "vient en plus", "va aparte", "si aggiunge"). */
const ADDED_ON_TOP = alt(["komt daar nog bij", "komt daar ook bij", "komt er nog bij", "komt er ook bij", "komt nog bij", "komt erbij", "komt daarbij", "komen daar nog bij", "komen er nog bij",
	"kommt noch dazu", "kommt noch hinzu", "kommt dazu", "kommt hinzu", "kommt auch noch dazu", "kommen noch dazu", "kommen noch hinzu",
	"comes on top of that", "comes on top", "come on top of that", "goes on top of that", "goes on top", "is extra", "comes extra", "is on top of that",
	"vient en plus", "vient s'ajouter", "vient s’ajouter", "s'ajoute", "s’ajoute", "s'y ajoute", "s’y ajoute", "est en plus", "en plus",
	"va aparte", "va por separado", "se suma", "se añade", "se agrega", "viene aparte",
	"vem a mais", "entra à parte", "acresce", "soma-se", "é à parte", "fica à parte",
	"si aggiunge", "va in più", "è a parte", "va a parte", "è in più"]).replace(/ /g, String.raw`[ \t]+`);
/** What points back at the added thing with its price ("die was", "that one was", "il était", "ese fue"). */
const ADDED_POINTER = alt(["die was", "dat was", "die kostte", "die war", "der war", "das war", "die kostete", "der kostete", "das kostete", "that one was", "that was", "it was", "which was", "that one's", "that's",
	"il était", "elle était", "il coûtait", "elle coûtait", "c'était", "c’était", "ese fue", "esa fue", "ese era", "esa era", "fue", "era", "costó", "esse foi", "essa foi", "esse era", "essa era", "foi", "custou",
	"quello era", "quella era", "era", "che era", "costava", "che costava"]).replace(/ /g, String.raw`[ \t]+`);

/** A remark after a dash or comma saying which ones a count of things were ("one per wall", "une par vitrine", "for
 * each partner"): it opens with "one per"/"for each", has no digit and no word of tax, payment, discount or addition. */
const WHICH_ONES = String.raw`(?:(?:one|une?|una|uno|eine?[nrs]?|één|um|uma)[ \t]+(?:per|par|por|pro|für|voor|para|pour|for|a)|(?:one[ \t]+)?for[ \t]+each|pour[ \t]+chaque|para[ \t]+cada|por[ \t]+cada|für[ \t]+jede[nrs]?|per[ \t]+ogni|voor[ \t]+(?:elke|ieder))(?![\p{L}])(?![^\n]*(?<![\p{L}])(?:incl|excl|plus|tax|taxes|vat|gst|hst|pst|qst|tva|iva|mwst|ust|btw|deposit|acompte|anzahlung|anticipo|sinal|paid|payé|payée|pagad[oa]|pago|bezahlt|betaald|pagat[oa]|not|pas|nicht|niet|non|sans|without|ohne|sin|sem|senza|zonder|less|minus|moins|menos|discount|remise|rabatt|descuento|desconto|sconto|korting|and|und|et|y|e|en|sowie|also|too)(?![\p{L}]))[^\n()\d+]{2,100}`;

/** A word of a thing's name is never a pronoun or the word recalling the agreement ("As agreed it was 2 days …"). */
const NOT_PRONOUN = String.raw`(?!(?:it|we|you|they|he|she|I|es|er|wir|ihr|il|elle|on|nous|vous|ele|ela|eles|nós|lui|lei|noi|voi|het|wij|jij|zij|agreed|discussed|quoted|promised|mentioned|vereinbart|besprochen|convenu|acordado|combinado|concordato|afgesproken)(?![\p{L}]))`;

/** Words after "and the <price>" that name no thing ("the $40 extra", "the $300 we paid", "the $50 per hour"), or money
 * paid ahead ("the $750 retainer"), which may already be in the lines' sum. */
const JOINED_NOT_A_THING = ["per", "each", "a", "an", "extra", "more", "less", "off", "difference", "remaining", "rest", "left", "outstanding", "owing", "owed", "due", "credit", "refund", "tip", "we", "you", "I", "they", "it", "in", "on", "for", "to", "of", "up", "upfront", "already", "or", "so", "retainer", "advance", "prepayment", "pre-payment"];

/** A noun phrase of one to eight words (it may hold a digit: "affiches A2", "Phase 2 wireframes"). */
const NOUN = String.raw`[\p{L}][\p{L}\p{N}'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,7}?`;

/** The units a film's or a clip's length is written in after its name ("Promo video 60 sec", "Spot 30s"). */
export const FILM_LENGTH_UNITS = "sec|secs|seconds|s|min|mins|minutes|Sek|Sekunden|Minuten|seconden|minuten|segundos|minutos|secondes|secondi|minuti";

/** A thing named first on its row, whose first word may hold a digit ("3D mockups", "A2 posters"). */
const THING_DIGIT_FIRST = String.raw`(?:[\p{L}]|\d{1,3}[\p{L}-](?=[\p{L}\p{N}'’\-]*[ \t]))[\p{L}\p{N}'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,5}?`;
/** A unit of count or time after a count, with the piece words the unit list leaves out ("piezas", "peças", "Stücke"). */
const PIECE_UNIT = String.raw`(?<u>${UNIT}|piezas|pieza|peças|peça|Stücke|pezzo)(?![\p{L}])`;
/** A word for "each" written before a price ("je 95 €", "each $40", "chacune 30 €", "cada una 60 €", "elk € 110"). */
const EACH_BEFORE = String.raw`je|jeweils|each|chacun|chacune|cada uno|cada una|cada um|cada uma|cada|ciascuno|ciascuna|elk|per stuk`;
const TOOK = alt(TOOK_WORDS).replace(/ /g, String.raw`[ \t]+`);
const TOOK_AFTER = alt(TOOK_AFTER_WORDS).replace(/ /g, String.raw`[ \t]+`);

const PLACEHOLDERS: Record<string, string> = {
	// A digit inside a word of a name ("Plano 2D", "Poster A2"), never a number of its own: one reading per digit.
	"{WORDDIGIT}": String.raw`(?<=\p{L}\d*)\d|(?<!\p{L}\d*)\d(?=\d*\p{L})`,
	// The number of a part in a series ("Phase 2 landing page", "Sprint 14", "Fase 3"): part of the name, never a count.
	"{SERIESNUM}": String.raw`(?=\d)(?<=(?<![\p{L}])(?:${alt(SERIES_WORDS)})[ \t])\d{1,3}(?![\d.,'’])`,
	// A film's or a clip's length after a word of its name ("Promo video 60 sec", "Imagefilm 90 Sekunden", "Spot 30s"):
	// part of the name, never a count.
	"{LENGTHNUM}": String.raw`(?=\d)(?<=\p{L}[ \t])\d{1,3}(?=[ \t]?(?:${FILM_LENGTH_UNITS})(?![\p{L}]))`,
	// Not the last group of a number grouped with spaces ("4 500 mots" is 4500, not 500).
	// The look-ahead first: the look-behinds read back over a run of blanks, and tried at every blank of a long blanked
	// line they made the scan quadratic (seconds on one hostile line).
	"{Q}": String.raw`(?=[\p{L}\p{N}])(?<![\p{L}\p{N}.,$€£¥'’×])(?<!\d[ \u202f])(?<!\d[ \t]*[x×][ \t]*)(?<q>${QTY})(?![\p{L}\p{N}])`,
	"{U}": String.raw`(?<u>${UNIT})(?![\p{L}])`,
	"{N}": String.raw`(?<d>${NOUN})`,
	"{D}": String.raw`(?<d>[\p{L}\p{N}][^\n.?!;$€£¥]{1,90}?)`,
	// "$6,500.00 MXN", "kr 1 200 NOK": a code right after the amount names which currency a shared sign is (read in
	// extract.ts), and the phrasing goes on after it.
	// A code never names a euro amount's currency ("150,00 € cad." is Italian for "each").
	"{M}": String.raw`${moneyPattern("")}(?:[ \t]?(?<!€[ \t\u00a0]?|€[ \t\u00a0]?\d[\d.,'’ \u00a0\u202f]*)(?<named>${alt(NAMED_AFTER)})(?![\p{L}\p{N}]))?`,
	"{P}": pricePattern(""),
	/** A code right after a price whose currency may be missing ("| $350.00 MXN |"): it names the shared sign, as in {M}. */
	"{NAMED}": String.raw`(?:[ \t]?(?<named>${alt(NAMED_AFTER)})(?![\p{L}\p{N}]))`,
	"{E}": String.raw`(?:[ \t]*(?<e>${PER_UNIT}))`,
	"{AT}": String.raw`(?:${AT})`,
	"{ART}": String.raw`(?:(?:${ARTICLE})\s+)?`,
	"{OF}": String.raw`(?:of|de|d['’]|di|del|della|dei|van|aan|für|em|do|da)`,
	// "・" is how Japanese lists mark their rows; "◦", "‣", "●", "■", "➤", "►" are other list marks mail clients keep.
	// As {LINE}: the item's first written character follows at once, so blanks after the mark are read one way only.
	"{BUL}": String.raw`^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])[ \t]*(?=[^ \t\n])`,
	// The row's first written character follows at once: a line of blanks (the scan blanks lines without a digit) tried
	// as every split of its spaces took seconds.
	"{LINE}": String.raw`^[ \t]*(?:(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])[ \t]*)?(?=[^ \t\n])`,
	"{FOR}": String.raw`(?<![\p{L}])(?:${alt(TOPIC_WORDS.filter((w) => w.length > 3 || ["for", "für", "por", "per"].includes(w)))})`,
	"{FEE}": String.raw`(?:${FEE})`,
	"{SHIP}": String.raw`(?:${FEE_NOUN})`,
	/** The start of a next amount, with its currency before or after ("plus Tk 6,000", "and 6.000 Tk", "y $95.000"). */
	"{NEXTM}": String.raw`(?:(?:the|die|der|das|le|la|el|il|o|a|het|de)[ \t]+)?(?:(?:${CURRENCY_BEFORE}|[A-Z]{3})[ \t]?\d|\d[\d.,'’ ]*[ \t]?(?:${CURRENCY_AFTER})(?![\p{L}]))`,
	"{ASAGREED}": String.raw`(?:${AGREED_AFTER})(?![\p{L}])`,
	"{LEN}": String.raw`(?:seconds?|secs?|minutes?|mins?|segundos?|minutos?|Sekunden|Minuten|Min\.|Sek\.|secondes?|secondi|minuti|seconden|minuten|second|minute)`,
	"{JOIN}": String.raw`(?:(?<![\p{L}])(?:${JOIN})[ \t]+|\+[ \t]*)`,
	"{BE}": String.raw`(?:${BE})`,
	"{INTRO}": String.raw`(?:${INTRO})`,
	"{GENERIC}": String.raw`(?:${alt(GENERIC_AMOUNT_WORDS)})`,
	"{FLAT}": String.raw`(?<![\p{L}])(?:${alt(FLAT_WORDS)})(?![\p{L}])`,
	/** A flat word as a whole remark, in any case ("(flat)", "(Pauschale)"). */
	"{FLATWORD}": String.raw`(?:${alt(FLAT_WORDS)})`,
	// "at the agreed R12 500,00", "zum vereinbarten Preis von": the price named as the one agreed, between link and amount.
	"{AGREED}": String.raw`(?:[ \t]*(?:(?:the|der|den|dem|die|das|le|la|el|lo|il|o|a|het|de|zum|al|ao)[ \t]+)?(?:agreed|quoted|discussed|vereinbarten?|abgemachten?|besprochenen?|convenus?|prévus?|acordad[oa]s?|combinad[oa]s?|concordat[oa]|pattuit[oa]|afgesproken)(?![\p{L}]))?`,
	"{LINK}": String.raw`\b(?:of|at|is|van|von|di)\b|[—–-][ \t]*that['’]s(?:[ \t]+the)?(?:[ \t]+[\p{L}]+)?[ \t]+(?:fee|price|amount|cost)[ \t]+of|,?[ \t]*(?:which|that)[ \t]+(?:is|was|comes to|came to)|,?[ \t]*(?:no valor de|no montante de|pelo valor de|im Wert von|in Höhe von|im Betrag von|über einen Betrag von|d['’]un montant de|pour un montant de|por un importe de|por un monto de|por el monto de|por la suma de|por importe de|por el importe de|por valor de|por un valor de|por la cantidad de|per l['’]importo di|per un importo di|per un totale di|voor een bedrag van|for the amount of|for an amount of|per un importo di|ter waarde van|soit|i\.e\.|namely|d\.h\.|es decir|ou seja|ossia|oftewel|pari a|pari ad|de un total de|für insgesamt|amounting to|totalling|totaling|in the amount of|for a total of|worth|no valor acordado de|no valor combinado de|pelo valor acordado de|pelo valor combinado de|por el importe acordado de|por el importe convenido de|por el monto acordado de|pour le montant convenu de|pour le montant prévu de|zum vereinbarten Betrag von|in der vereinbarten Höhe von|for the agreed amount of|in the agreed amount of|per l['’]importo concordato di|per l['’]importo pattuito di|voor het afgesproken bedrag van|,[ \t]*(?:son|sono|sont|são|sind|zijn|das sind|c['’]est|it['’]s|that['’]s))`,
};

/** A first column numbering a table's rows ("Pos. 1", "Position 2", "Item 3", "Nr. 4", "No. 5", "#6"): no count, no name. */
const ROW_NUMBER = String.raw`(?:(?:Pos|Position|Posten|Item|Nr|No|N[º°]|#)\.?[ \t]*\d{1,3}[.:)]?[ \t]+)?`;
/** A thing named first on its line (one to six words), and its count after it: "×4", "x 4", "(250)", "(x4)", "qty 4". */
const THING_FIRST = String.raw`[\p{L}][\p{L}\p{N}'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,5}?`;
/** A row's own label before its colon may be longer ("Adaptación de la etiqueta para Rosado y Torrontés: 2 x USD 350"):
 * the colon closes it, so up to eight words are the thing's name. */
const THING_FIRST_ROW = String.raw`[\p{L}][\p{L}\p{N}'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,7}?`;
// A count in plain brackets ("(250)") is read only with a price per item after it: "Workshop (2) at €500" may be a name.
const countAfter = (plainBracket: boolean) => String.raw`[ \t]*,?[ \t]*(?:[x×][ \t]*|\([ \t]*[x×]${plainBracket ? "?" : ""}[ \t]*|(?:qty|Menge|Anzahl|cant\.?|quantité|qtd\.?|qtà|aantal)[:.]?[ \t]*)(?!(?:19|20)\d\d(?!\d))(?<q>\d{1,4})(?![\d]|[.,]\d)[ \t]*\)?[ \t]*,?[ \t]*`;

/** A flat word anywhere in the text ("pauschal", "flat fee", "au forfait"): the flat phrasings are tried only then. */
const FLAT_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(FLAT_WORDS)})(?![\p{L}])`, "iu");

/** Words after a count of hours that say they were more than planned ("3 uur extra", "4 extra hours", "2 heures de
 * plus"), and the verbs of spending them ("besteed aan", "spent on", "gearbeitet an"). */
const SPENT_EXTRA = String.raw`(?:extra|more|additional|zusätzlich|zusätzliche|mehr|supplémentaires?|de plus|en plus|adicionales|extras?|in più|aggiuntive|a mais|adicionais|meer)(?![\p{L}])`;
const SPENT_VERB = String.raw`(?:spent|worked|put in|besteed|gewerkt|gestoken|gearbeitet|investiert|aufgewendet|passées?|consacrées?|travaillées?|dedicadas?|trabajadas|invertidas|dedicate|lavorate|impiegate|gastas|trabalhadas)(?![\p{L}])`;

const UNIT_RE = new RegExp(String.raw`\d[ \t]*(?:${UNIT})(?![\p{L}])`, "iu");

export function compile(template: string): RegExp {
	// One pass, so a placeholder's own text is never read again; "\p{N}" (a Unicode class) is not a placeholder.
	const src = template.replace(/(?<!\\p)\{[A-Z]+\}/g, (k) => PLACEHOLDERS[k] ?? k);
	// `d` gives each group's indices, so a line knows exactly where its amount is written.
	return new RegExp(src, "dgimu");
}

export const PHRASINGS: Phrasing[] = [
	{
		id: "label-bracket-count-at-rate",
		needs: /\([ \t]*\S{1,12}(?:[ \t]+\S+){0,2}[ \t]*(?:[x×@]|(?<![\p{L}])(?:at|à|a|zu|je|por|per|tegen)(?![\p{L}]))/iu,
		says: "a row's thing with its count and price per item in brackets (Infographics (4 @ KSh 6,500) | KSh 26,000): the row's amount is their total",
		template: String.raw`{LINE}\|?[ \t]*(?<d>\p{L}(?:[^\n()|:$€£¥₹\d]|{WORDDIGIT}){1,60}?)[ \t]*\([ \t]*{Q}(?:[ \t]+{U}|[ \t]+\p{L}[\p{L}'’.\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,2})?[ \t]*(?:[x×@]|(?:{AT})(?![\p{L}]))[ \t]*{M}{E}?[ \t]*\)`,
		examples: [
			{ text: "| Annual report design | KSh 85,000 |\n| Infographics (4 @ KSh 6,500) | KSh 26,000 |", lines: [["Annual report design", "1", "85000"], ["Infographics", "4", "6500"]] },
			{ text: "- Retouching (12 photos at $25 each): $300", lines: [["Retouching", "12", "25"]] },
			{ text: "Übersetzung (3 Seiten à 40 €): 120 €", lines: [["Übersetzung (Seiten)", "3", "40"]] },
			{ text: "- Ilustraciones (5 x 120 €) — 600 €", lines: [["Ilustraciones", "5", "120"]] },
			// A unit in the brackets stays with the thing ("(45 páginas a 12 €)": the translation, counted in pages).
			{ text: "a fatura relativa à tradução do manual (45 páginas a 12 € por página).", lines: [["Tradução do manual (páginas)", "45", "12"]] },
		],
	},
	{
		id: "label-bracket-count-price-each",
		needs: /\([ \t]*\S{1,12}[ \t]+\p{L}[^\n()]{0,30}\)/u,
		says: "a row's thing with its count in brackets, then a price per item (Design dos uniformes (3 modelos): R$ 1.200,00 cada; Setup (3 hours) at $50 per hour)",
		template: String.raw`{LINE}(?<d>\p{L}(?:[^\n()|:$€£¥₹\d]|{WORDDIGIT}){1,60}?)[ \t]*\([ \t]*{Q}[ \t]+(?:{U}|\p{L}[\p{L}'’.\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,2})[ \t]*\)[ \t]*(?:(?:[:–—-]|\.{3,}|…+|(?:{AT})(?![\p{L}]))[ \t]*)?{M}{E}`,
		examples: [
			{ text: "- Redesenho do escudo: R$ 4.500,00\n- Design dos uniformes (3 modelos): R$ 1.200,00 cada", lines: [["Redesenho do escudo", "1", "4500.00"], ["Design dos uniformes", "3", "1200.00"]] },
			{ text: "Logo variants (4 versions) – $150 each", lines: [["Logo variants", "4", "150"]] },
			{ text: "- Montagem (4 horas): R$ 90,00 por hora", lines: [["Montagem (horas)", "4", "90.00"]] },
			{ text: "Plano 2D (8 unidades) a 45,00 € cada una\nLogo: 100 €", lines: [["Plano 2D (unidades)", "8", "45.00"], ["Logo", "1", "100"]] },
			{ text: "Setup (3 hours) @ $50/hour", lines: [["Setup (hours)", "3", "50"]] },
			{ text: "- Plakate (3 Stück): 90 € pro Stück", lines: [["Plakate (Stück)", "3", "90"]] },
			{ text: "- Affiches (deux formats) : 120 € chacune", lines: [["Affiches", "2", "120"]] },
			// Dot leaders may set the price apart, as in a plain-text price list.
			{ text: "Ilustraciones (4 unid.) ...... S/ 350.00 c/u", lines: [["Ilustraciones (unidades)", "4", "350.00"]] },
			{ text: "Banners (3 pcs) ........ $120 each", lines: [["Banners (pieces)", "3", "120"]] },
		],
	},
	{
		id: "table-row",
		needs: /\|/,
		says: "a table row: description | quantity | price (HTML tables become rows like this)",
		template: String.raw`{LINE}\|?[ \t]*(?<d>[^|\n]*\p{L}[^|\n]*?)[ \t]*\|[ \t]*{Q}[ \t]*\|[ \t]*{P}{NAMED}?{E}?[ \t]*(?:\|[^\n]*)?$`,
		barePrice: true,
		examples: [
			// A code after a shared sign names it ("$350.00 MXN"), in a row as in a sentence.
			{ text: "Concepto | Cantidad | Precio unitario | Importe\n\nDiseño de menú | 1 | $4,500.00 MXN | $4,500.00 MXN\n\nFotos de platillos | 12 | $350.00 MXN | $4,200.00 MXN", lines: [["Diseño de menú", "1", "4500.00"], ["Fotos de platillos", "12", "350.00"]] },
			{ text: "| Poster design | 2 | $120.00 NZD |", lines: [["Poster design", "2", "120.00"]] },
			{ text: "| Hosting (annual) | 1 | $240.00 |", lines: [["Hosting (annual)", "1", "240.00"]] },
			{ text: "Traducción jurídica | 3 | 210,00 €", lines: [["Traducción jurídica", "3", "210.00"]] },
			// The rate column may say its unit ("/hr", "pro Stunde", "por hora").
			{ text: "Item | Hours | Rate\n\nRetouching | 12 | S$95.00/hr", lines: [["Retouching", "12", "95.00"]] },
			{ text: "| Beratung | 6 | 120,00 € pro Stunde |", lines: [["Beratung", "6", "120.00"]] },
			{ text: "Traducción | 2000 | 0,08 € por palabra", lines: [["Traducción", "2000", "0.08"]] },
		],
	},
	{
		id: "table-row-price",
		needs: /\|/,
		says: "a table row with no quantity column: description | price (one each; a count in the name is never a flat price, and a total or tax row is no line)",
		template: String.raw`{LINE}\|?[ \t]*(?<d>\p{L}(?:[^\n|\d$€£¥₹()]|\([^\n()]*\))*?(?<=[\p{L})]))[ \t]*\|[ \t]*{M}[ \t]*\|?[ \t]*$`,
		examples: [
			{ text: "Poster design | NZ$900.00\n\nSocial media pack | NZ$450.00", lines: [["Poster design", "1", "900.00"], ["Social media pack", "1", "450.00"]] },
			{ text: "Product photography, catalogue shoot | 12 500 SEK\nRetouching | 1 800 SEK\nTotal | 14 300 SEK", lines: [["Product photography, catalogue shoot", "1", "12500"], ["Retouching", "1", "1800"]] },
			{ text: "| Diseño del logotipo | 1.200,00 € |\n| IVA 21 % | 252,00 € |", lines: [["Diseño del logotipo", "1", "1200.00"]] },
			{ text: "| Flyers 200 | CHF 80.– |", lines: [] },
		],
	},
	{
		id: "columns-quantity-unit-price",
		needs: /\S[ \t]{2,}\d[^\n]*?[ \t]{2,}\p{L}/u,
		says: "a plain-text table with aligned columns: description, quantity, unit, price (Retouches photo   6   heures   95 €): the row's first column is its name, the unit only how it is counted",
		template: String.raw`^[ \t]*(?<d>\p{L}[^\n]*?[\p{L})])[ \t]{2,}{Q}[ \t]{2,}${PIECE_UNIT}[ \t]{2,}{M}[ \t]*$`,
		examples: [
			{ text: "Création du logo       1              800 €\nRetouches photo        6    heures     95 €", lines: [["Création du logo", "1", "800"], ["Retouches photo (heures)", "6", "95"]] },
			{ text: "Photo retouching      4    hours   $75", lines: [["Photo retouching (hours)", "4", "75"]] },
			{ text: "Bildbearbeitung       3     Stunden  60 €", lines: [["Bildbearbeitung (Stunden)", "3", "60"]] },
			{ text: "Retoque de fotos        5     horas     40,00 €", lines: [["Retoque de fotos (horas)", "5", "40.00"]] },
			{ text: "Fotobewerking         2      uur      € 55", lines: [["Fotobewerking (uur)", "2", "55"]] },
			// A row with no name in its first column ("   5   horas   40 €") is not read: what it is for is asked.
			{ text: "                        5     horas     40,00 €", lines: [] },
		],
	},
	{
		id: "columns",
		needs: /\S[ \t]{2,}\d/,
		says: "a plain-text table with aligned columns: description, quantity, price",
		template: String.raw`^[ \t]*(?<d>\p{L}[^\n]*?[\p{L})])[ \t]{2,}{Q}[ \t]{2,}{M}[ \t]*$`,
		examples: [{ text: "Design review      2    $150", lines: [["Design review", "2", "150"]] }],
	},
	{
		id: "columns-quantity-price-total",
		needs: /\S[ \t]{2,}\d[^\n]*\d(?:[ \t]?[^\s\d]{1,4})?(?:[ \t]{2,}|(?<=[^\s\d])[ \t])\S/,
		says: "a plain-text table with aligned columns: description, quantity (maybe with its unit, \"40 foto\"), unit price, and the row's amount, which must be quantity times price (else the row is no line)",
		template: String.raw`^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?(?<d>\p{L}[^\n]*?[\p{L})\d])[ \t]{2,}{Q}(?:[ \t]+\p{L}[\p{L}'’.]{0,14})?[ \t]{2,}{P}(?:[ \t]{2,}|(?<=[^\s\d])[ \t])(?<lt>(?:[^\s\d]{1,4}[ \t]?)?\d(?:[\d.,'’]|[ \u202f](?=\d{3}(?!\d)))*(?:[ \t]?[^\s\d]{1,4})?)[ \t]*$`,
		barePrice: true,
		examples: [
			{ text: "Servizio video aziendale     1        € 2.400,00      € 2.400,00\nMontaggio                    12 ore   € 45,00         € 540,00", lines: [["Servizio video aziendale", "1", "2400.00"], ["Montaggio", "12", "45.00"]] },
			{ text: "Logo design        1     $800.00     $800.00\nBusiness cards     250   $0.40       $100.00", lines: [["Logo design", "1", "800.00"], ["Business cards", "250", "0.40"]] },
			{ text: "Ontwerp affiche        2      150,00      300,00", lines: [["Ontwerp affiche", "2", "150.00"]] },
			// A row whose amount is not its quantity times its price is no line: which of them is right is asked.
			{ text: "Fotos bearbeiten       10     25,00 €      300,00 €", lines: [] },
			// The currency after each number, thousands set apart by a space ("1 250 Kč"): the amount column ends in its mark too.
			{ text: "Návrh obálky        1      6 500 Kč       6 500 Kč\nIlustrace           4      1 250 Kč       5 000 Kč", lines: [["Návrh obálky", "1", "6500"], ["Ilustrace", "4", "1250"]] },
			{ text: "Logo refresh      2     300 zł      600 zł", lines: [["Logo refresh", "2", "300"]] },
			{ text: "Ilustrace           4      1 250 Kč       5 500 Kč", lines: [] },
			// A sign after the price leaves one blank before the amount once its padding is closed ("45,00 €     135,00 €"),
			// and a size or a year may end the name ("Tirages 30x40", "Rapport annuel 2026").
			{ text: "Reportage photo          1      1 800,00 €   1 800,00 €\nTirages 30x40            3         45,00 €     135,00 €", lines: [["Reportage photo", "1", "1800.00"], ["Tirages 30x40", "3", "45.00"]] },
			{ text: "Rapport annuel 2026      2        900,00 €   1 800,00 €", lines: [["Rapport annuel 2026", "2", "900.00"]] },
			{ text: "Tirages 30x40            3         45,00 €     145,00 €", lines: [] },
			// A first column numbering the rows ("Pos.", "#", "1.") is no count: the quantity column is, checked by the amount.
			{ text: "1     Logo-Entwicklung         1      1.200,00 €     1.200,00 €\n2     Visitenkarten          250          0,60 €       150,00 €", lines: [["Logo-Entwicklung", "1", "1200.00"], ["Visitenkarten", "250", "0.60"]] },
			{ text: "1. Brochure design          2     £400.00      £800.00\n2. Cover shoot              1     £650.00      £650.00", lines: [["Brochure design", "2", "400.00"], ["Cover shoot", "1", "650.00"]] },
			{ text: "3   Brochure design          2     £400.00      £1,200.00", lines: [] },
		],
	},
	{
		id: "columns-count-x-price-total",
		needs: /\d[ \t]*[x×][ \t]*\S/,
		says: "a plain-text table with aligned columns: description, its count times a price, and the row's amount, which must be the count times the price (else the row is no line)",
		// "Étiquettes pour fromages (6 variétés)   6 x Fr. 180.-    Fr. 1'080.-": the amount column is checked, never read.
		// One blank may part the price from the amount: normalising closes a column's padding after a sign ("0,12 €      60,00 €").
		template: String.raw`^[ \t]*(?<d>\p{L}[^\n.…]*?[\p{L})])(?:[ \t]{2,}|\t|[ \t]*\.{3,}[ \t]*|[ \t]*…+[ \t]*){Q}[ \t]*[x×][ \t]*{M}[ \t]+(?<lt>(?:[^\s\d]{1,4}[ \t]?)?\d(?:[\d.,'’]|[ \u202f](?=\d{3}(?!\d)))*(?:[ \t]?[^\s\d]{1,4})?)[ \t]*$`,
		examples: [
			{ text: "Étiquettes vins (4 cuvées)     4 x Fr. 150.-    Fr. 600.-\nRetouche logo                  1 x Fr. 280.-    Fr. 280.-", lines: [["Étiquettes vins (4 cuvées)", "4", "150"], ["Retouche logo", "1", "280"]] },
			{ text: "Product photos        40 x $15.00      $600.00\nBanner                 2 x $120.00     $240.00", lines: [["Product photos", "40", "15.00"], ["Banner", "2", "120.00"]] },
			{ text: "Visitenkarten      500 × 0,12 €      60,00 €", lines: [["Visitenkarten", "500", "0.12"]] },
			{ text: "Diseño de menú     3 x 250,00 €     750,00 €", lines: [["Diseño de menú", "3", "250.00"]] },
			{ text: "Visitenkarten      500 × 0,12 € 60,00 €\nBriefpapier        200 × 0,40 € 80,00 €", lines: [["Visitenkarten", "500", "0.12"], ["Briefpapier", "200", "0.40"]] },
			// A row whose amount is not its count times its price is no line: which of them is right is asked.
			{ text: "Étiquettes vins (4 cuvées)     4 x Fr. 150.-    Fr. 650.-", lines: [] },
			{ text: "Product photos        40 x $15.00      $650.00", lines: [] },
		],
	},
	{
		id: "columns-count-x-price",
		needs: /\S(?:[ \t]{2,}|\t|[ \t]*(?:\.{3,}|…)[ \t]*)\d/,
		says: "a plain-text table with aligned columns: description, then its count times a price",
		// The columns may be set apart by dot leaders too ("Product photos ........ 40 x 150 Kč").
		template: String.raw`^[ \t]*${ROW_NUMBER}(?<d>\p{L}[^\n.…]*?[\p{L})])(?:[ \t]{2,}|\t|[ \t]*\.{3,}[ \t]*|[ \t]*…+[ \t]*){Q}[ \t]*[x×][ \t]*{M}[ \t]*$`,
		examples: [
			{ text: "Publicity portraits                      8 x £35.00", lines: [["Publicity portraits", "8", "35.00"]] },
			{ text: "Produktfotos ........ 40 x 150 Kč\nBanner ..... 2 500 Kč", lines: [["Produktfotos", "40", "150"], ["Banner", "1", "2500"]] },
			{ text: "Retouching … 12 × $15", lines: [["Retouching", "12", "15"]] },
			{ text: "Visitenkarten      500 × 0,12 €", lines: [["Visitenkarten", "500", "0.12"]] },
			// A first column numbering the rows ("Pos. 1", "Item 2", "Nr. 3") is no count and no part of the name.
			{ text: "Pos. 1  Website-Relaunch                1 x   2.400,00 €\nPos. 2  Fotoshooting Praxisräume        1 x     480,00 €\nPos. 3  Wartung und Pflege (monatlich)  3 x      45,00 €", lines: [["Website-Relaunch", "1", "2400.00"], ["Fotoshooting Praxisräume", "1", "480.00"], ["Wartung und Pflege (monatlich)", "3", "45.00"]] },
			{ text: "Item 1   Website redesign     1 x £1,200.00\nItem 2   Photography          2 x £300.00", lines: [["Website redesign", "1", "1200.00"], ["Photography", "2", "300.00"]] },
			{ text: "Nr. 1   Ontwerp brochure     1 x € 800,00\nNr. 2   Drukwerk             2 x € 150,00", lines: [["Ontwerp brochure", "1", "800.00"], ["Drukwerk", "2", "150.00"]] },
		],
	},
	{
		id: "columns-price",
		needs: /\S(?:[ \t]{2,}|\t|[ \t]*(?:\.{3,}|…))\S/,
		// The padding between a currency and its number ("CHF   480.–") is closed when the text is normalised.
		says: "a plain-text table with aligned columns (spaces, a tab or dot leaders) and no quantity column: description, price (one each); a count is never hidden in the name",
		template: String.raw`^[ \t]*(?<d>\p{L}(?:[^\n|\d$€£¥₹().]|\([^\n()]*\)|(?<=\p{L}[ \t]+\p{Lu}\p{L}*[ \t])\d{1,4}(?![\d.,'’])|{SERIESNUM}|{LENGTHNUM}|{WORDDIGIT})*?(?<=[\p{L})\d]))(?:[ \t]{2,}|\t|[ \t]*\.{3,}[ \t]*|[ \t]*…+[ \t]*){M}(?:[ \t]+\((?:{FLATWORD}|{ASAGREED})\))?[ \t]*$`,
		examples: [
			// A remark in brackets after the price that it is flat or as agreed ("(flat)", "(pauschal)", "(as quoted)") says
			// no more than the price: the row is still one line at it. Any other remark ("(50% paid)") leaves the row unread.
			{ text: "Annual report layout ........ $1,200.00 USD (flat)\nInfographics ...... $600.00", lines: [["Annual report layout", "1", "1200.00"], ["Infographics", "1", "600.00"]] },
			{ text: "Gestaltung Flyer        480,00 € (pauschal)\nSatz Broschüre          1.250,00 € (wie vereinbart)", lines: [["Gestaltung Flyer", "1", "480.00"], ["Satz Broschüre", "1", "1250.00"]] },
			{ text: "Site vitrine ...... 2 400 € (forfait)", lines: [["Site vitrine", "1", "2400"]] },
			{ text: "Logo design ........ $500 (50% paid)", lines: [] },
			{ text: "Hotel brochure design        THB 65,000.00\nRate card (TH/EN)            THB 9,500.00\nTotal                        THB 74,500.00", lines: [["Hotel brochure design", "1", "65000.00"], ["Rate card (TH/EN)", "1", "9500.00"]] },
			{ text: "Gestaltung Speisekarte     CHF 1'250.–\nGetränkekarte              CHF 480.–\nZwischensumme              CHF 1'730.–", lines: [["Gestaltung Speisekarte", "1", "1250"], ["Getränkekarte", "1", "480"]] },
			{ text: "Diseño de logo         6.500,00 €\nDiseño del menú        2.800,00 €", lines: [["Diseño de logo", "1", "6500.00"], ["Diseño del menú", "1", "2800.00"]] },
			{ text: "Retouche photos      450 €\nDéplacement          80 €", lines: [["Retouche photos", "1", "450"], ["Déplacement", "1", "80"]] },
			{ text: "Logo design ........ $500\nBusiness cards ..... $120", lines: [["Logo design", "1", "500"], ["Business cards", "1", "120"]] },
			{ text: "Fotoshooting\t1.200 €\nBildbearbeitung\t340 €", lines: [["Fotoshooting", "1", "1200"], ["Bildbearbeitung", "1", "340"]] },
			{ text: "Dress rehearsal photography (flat fee)   £520.00", lines: [["Dress rehearsal photography (flat fee)", "1", "520.00"]] },
			// A number right after a capitalised word that is not the first, or inside a word, is part of the name ("Relaunch Phase 2",
			// "Poster A2"); a count after a lower-case word or the first one is not ("Flyers 200", "photos 40").
			{ text: "Website relaunch Phase 2        Fr. 2'400.00\nHosting setup                  Fr. 350.00", lines: [["Website relaunch Phase 2", "1", "2400.00"], ["Hosting setup", "1", "350.00"]] },
			{ text: "Gestaltung Katalog 2027 ..... 3.200 €\nPoster A2 ........ 180 €", lines: [["Gestaltung Katalog 2027", "1", "3200"], ["Poster A2", "1", "180"]] },
			// A number after a word that numbers a part of a series is the part's, wherever it stands ("Phase 2 landing page").
			{ text: "Phase 2 landing page        £1,200.00\nSprint 14 QA ........ $900", lines: [["Phase 2 landing page", "1", "1200.00"], ["Sprint 14 QA", "1", "900"]] },
			{ text: "Rediseño web fase 3        2.400,00 €", lines: [["Rediseño web fase 3", "1", "2400.00"]] },
			// A film's length after its name is part of the name ("Promo video 60 sec"), not a count of seconds.
			{ text: "Promo video edit 60 sec ........ $520\nFlyer design ........ $450", lines: [["Promo video edit 60 sec", "1", "520"], ["Flyer design", "1", "450"]] },
			{ text: "Imagefilm 90 Sekunden        2.750,00 €", lines: [["Imagefilm 90 Sekunden", "1", "2750.00"]] },
			{ text: "Spot radio 30s ..... 300 €", lines: [["Spot radio 30s", "1", "300"]] },
			// A set of several is one set ("(set of 6 sizes)", "(Satz mit 4 Motiven)"); a count after a lower-case word is not.
			{ text: "Q4 campaign banners (set of 6 sizes)      £650.00", lines: [["Q4 campaign banners (set of 6 sizes)", "1", "650.00"]] },
			{ text: "Plakate (Satz mit 4 Motiven)      480,00 €", lines: [["Plakate (Satz mit 4 Motiven)", "1", "480.00"]] },
			{ text: "Web banners 6 sizes      £650.00", lines: [] },
			{ text: "Product photos 40        $600", lines: [] },
			{ text: "Diseño del logotipo        1.200,00 €\nTotal                      1.200,00 €", lines: [["Diseño del logotipo", "1", "1200.00"]] },
			// A count in the name is no flat price: the row is left to the phrasings that read counts.
			{ text: "Flyers 200       CHF 80.–", lines: [] },
		],
	},
	{
		id: "label-quantity-unit-price",
		needs: /[:–—-]/,
		says: "a labelled line with hours or days and a rate",
		template: String.raw`{LINE}(?<d>[^\n:|–—]{2,80}?)[ \t]*[:–—-][ \t]*{Q}[ \t]*{U}[ \t]*(?:{AT}|x|×)[ \t]*{P}{E}?`,
		examples: [
			// A question ends its sentence: the row's label starts after it ("for the following? Photo editing: …").
			{ text: "Could you bill us for the following? Retouching: 5 hours at $60/h as per the log.", lines: [["Retouching (hours)", "5", "60"]] },
			{ text: "Support: 12 h × $95", lines: [["Support (hours)", "12", "95"]] },
			{ text: "- Video editing – 10 hours at $65/hour", lines: [["Video editing (hours)", "10", "65"]] },
			{ text: "Please invoice us for the bookkeeping: 7.5 hours at €48/h.", lines: [["Bookkeeping (hours)", "7.5", "48"]] },
			{ text: "Bitte stellen Sie uns die Beratung in Rechnung: 4 Stunden à Fr. 180.–", lines: [["Beratung (Stunden)", "4", "180"]] },
		],
	},
	{
		id: "bullet-thing-comma-quantity-unit-price",
		needs: UNIT_RE,
		says: "a list item naming its thing, then after a comma its count of units and a price per unit",
		template: String.raw`{BUL}(?<d>[\p{L}][^\n:|–—,]{1,60}?),[ \t]*{Q}[ \t]*{U}[ \t]*(?:{AT}|x|×)[ \t]*{P}{E}?`,
		examples: [
			{ text: "- Instagram templates, 5 pcs at 600,00 kr.", lines: [["Instagram templates (pieces)", "5", "600.00"]] },
			{ text: "• Retouching, 12 hours at £40/h", lines: [["Retouching (hours)", "12", "40"]] },
			{ text: "- Plakate, 20 Stück à 15 €", lines: [["Plakate (Stück)", "20", "15"]] },
			{ text: "- Affiches, 6 pièces à 75 €", lines: [["Affiches (pièces)", "6", "75"]] },
		],
	},
	{
		id: "label-comma-quantity-unit-price",
		needs: UNIT_RE,
		says: "a sentence or row that names its thing, then after a comma its count of units and a rate (Druck, 300 Stück à 0,85 EUR; Video editing, 8 hours at NOK 1 175): the thing is the label, never the unit or a thing named elsewhere",
		// The label opens its row or sentence and is a few words without digits; a thing named after the rate ("… for the
		// logo") is read by the phrasings that read it.
		// A series number is a word of the label ("Episode 3 edit, 5 hours at £60").
		template: String.raw`(?:^|(?<=[.?!;:][ \t]))[ \t]*(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+(?:[\p{L}][\p{L}'’\-]*|{SERIESNUM}(?=[ \t]+\p{L}))){0,3})[ \t]*(?:,|\()[ \t]*{Q}[ \t]*{U}[ \t]*(?:{AT}|x|×)[ \t]*{P}{E}?(?![\p{L}\p{N}])(?![ \t]*(?:${PER_UNIT})?[ \t]*(?:for|für|pour|voor|para)[ \t])`,
		examples: [
			{ text: "  Druck, 300 Stück à 0,85 EUR          255,00 EUR", lines: [["Druck (Stück)", "300", "0.85"]] },
			{ text: "Could Sam send us the invoice? Video editing, 8 hours at NOK 1 175.", lines: [["Video editing (hours)", "8", "1175"]] },
			{ text: "  Ritocco, 6 ore a CHF 90.–", lines: [["Ritocco (ore)", "6", "90"]] },
			{ text: "Invoice please: Episode 3 edit, 5 hours at £60 an hour.", lines: [["Episode 3 edit (hours)", "5", "60"]] },
			{ text: "Traduction, 12 heures à 55 € de l'heure.", lines: [["Traduction (heures)", "12", "55"]] },
			{ text: "Montaje de vídeo, 5 horas a 40 € la hora.", lines: [["Montaje de vídeo (horas)", "5", "40"]] },
			{ text: "Fotobewerking, 10 uur à € 60 per uur.", lines: [["Fotobewerking (uur)", "10", "60"]] },
			{ text: "Please send the invoice: Video editing (8 hours at $65/hour).", lines: [["Video editing (hours)", "8", "65"]] },
			{ text: "Invoice please - Retouching, 25 photos at $6 each; Shoot, 2 hours at $150/hour.", lines: [["Retouching (photos)", "25", "6"], ["Shoot (hours)", "2", "150"]] },
		],
	},
	{
		id: "label-with-count-price",
		needs: /:/,
		says: "a labelled line whose label holds the count, with a price per item",
		template: String.raw`{LINE}(?<lead>[\p{L}][^\n:|0-9]{1,40}?)[ \t]+{Q}[ \t]+(?<d>[\p{L}][^\n:|]{1,40}?)[ \t]*:[ \t]*{M}{E}`,
		joinPre: true,
		examples: [{ text: "- Redacción de 8 artículos: 95,00 € por artículo", lines: [["Redacción de artículos", "8", "95.00"]] }],
	},
	{
		id: "quantity-noun-size-rate",
		needs: /\d[ \t]*[x×][ \t]*\d/,
		says: "N things of a size (20×30 cm, 50 x 70) at a price each: the size is part of the thing's name, never its count",
		template: String.raw`{Q}[ \t]+(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,3}?[ \t]+(?:\(?[ \t]*)?\d+(?:[.,]\d+)?[ \t]*[x×][ \t]*\d+(?:[.,]\d+)?(?:[ \t]*(?:mm|cm|m|in|inch|inches|ft|px|"|″))?(?:[ \t]*\))?)[ \t]+(?:{AT})[ \t]+{P}{E}?`,
		examples: [
			{ text: "– 30 Abzüge 20×30 cm à 4,50 €", lines: [["Abzüge 20×30 cm", "30", "4.50"]] },
			{ text: "Please invoice 12 canvas prints 50 x 70 cm at $38 each.", lines: [["Canvas prints 50 x 70 cm", "12", "38"]] },
			{ text: "6 affiches (40×60) à 25 € l'affiche", lines: [["Affiches (40×60)", "6", "25"]] },
		],
	},
	{
		id: "label-count-times-price",
		needs: /\d[ \t]*(?:[x×]|at|@|à|a|zu je|je)[ \t]/u,
		says: "a list row naming its thing, then after a colon, dash or comma its count times a price each, the row's total after it if written (Printed menus: 200 at $1.75 each ($350); Infographics - 4 x KES 7,500; Staff headshots, 3 x £85.00   £255.00)",
		template: String.raw`{LINE}(?<d>${THING_FIRST}(?:[ \t]*\([^\n()$€£¥₹]{1,30}\))?(?![ \t]*:)|${THING_FIRST_ROW}(?:[ \t]*\([^\n()$€£¥₹]{1,30}\))?(?=[ \t]*:))[ \t]*(?:[:–—-]|,)[ \t]*(?!(?:19|20)\d\d(?!\d)){Q}[ \t]*(?:[x×]|{AT})[ \t]*{M}{E}?(?:[ \t]*\([^\n()]*\d[^\n()]*\)|[ \t]{2,}[^\n]*\d[^\n]*|[ \t]*=[^\n]*|(?<=(?:${PER_UNIT}))${REMARK})?[ \t]*$`,
		examples: [
			{ text: "- Menu design: $650\n- Printed menus: 200 at $1.75 each ($350)", lines: [["Menu design", "1", "650"], ["Printed menus", "200", "1.75"]] },
			{ text: "* Annual report design - KES 95,000\n* Infographics - 4 x KES 7,500", lines: [["Annual report design", "1", "95000"], ["Infographics", "4", "7500"]] },
			{ text: "  Website refresh                    £1,200.00\n  Staff headshots, 3 x £85.00        £255.00", lines: [["Website refresh", "1", "1200.00"], ["Staff headshots", "3", "85.00"]] },
			{ text: "- Retratos: 6 a 80 € cada uno (480 €)", lines: [["Retratos", "6", "80"]] },
			{ text: "- Plakate – 20 à 15 € = 300 €", lines: [["Plakate", "20", "15"]] },
			// A remark in brackets after the thing ("(3 formats)") is part of its name; the count is the one before the price.
			{ text: "- Conception des affiches (3 formats) : 3 x 275,00 $\n- Étiquettes : 640,00 $", lines: [["Conception des affiches (3 formats)", "3", "275.00"], ["Étiquettes", "1", "640.00"]] },
			{ text: "- Poster design (3 sizes): 3 x $200", lines: [["Poster design (3 sizes)", "3", "200"]] },
			{ text: "- Plakatgestaltung (2 Formate): 2 x 150,00 €", lines: [["Plakatgestaltung (2 Formate)", "2", "150.00"]] },
			// A row's own label closed by its colon may be long, an "and" inside it too.
			{ text: "- Adaptación de la etiqueta para Rosado y Torrontés: 2 x USD 350", lines: [["Adaptación de la etiqueta para Rosado y Torrontés", "2", "350"]] },
			{ text: "- Aanpassing etiket voor rosé en witte wijn: 2 x € 300", lines: [["Aanpassing etiket voor rosé en witte wijn", "2", "300"]] },
			// A count of units ("3 hours") is read by the rows that know units; a size is no count.
			{ text: "- Support: 2026 x $40", lines: [] },
			// A remark in brackets after the price each says which ones they were; one about tax or payment is asked about.
			{ text: "Licences photo : 2 à 45 $ CA chacune (les deux images d'archives de la page d'accueil)", lines: [["Licences photo", "2", "45"]] },
			{ text: "- Stock photos: 3 at $20 each (the ones on the About page)", lines: [["Stock photos", "3", "20"]] },
			{ text: "- Stock photos: 3 at $20 each (plus GST)", lines: [] },
		],
	},
	{
		id: "thing-times-count-at-price",
		needs: /[x×]\s?\d|\(\s?[x×]?\s?\d{1,4}\s?\)|qty|Menge|Anzahl|cant\.|quantité|qtd|qtà|aantal/iu,
		says: "a line naming the thing first, then its count (Labels ×4, Rótulos x4, Flyer (250), qty 4) and a price per item",
		template: String.raw`{LINE}(?<d>${THING_FIRST})${countAfter(false)}(?:{AT})[ \t]+{M}{E}?`,
		examples: [
			{ text: "- Labels ×4 @ $120 each\n- Poster - $60", lines: [["Labels", "4", "120"], ["Poster", "1", "60"]] },
			{ text: "- Flyer A5 (x250) à 0,40 €", lines: [["Flyer A5", "250", "0.40"]] },
			{ text: "- Workshop (2026) at €500", lines: [] },
		],
	},
	{
		id: "thing-count-at-sign-price",
		needs: /\d[ \t]*@/u,
		says: "a row naming the thing first, then its bare count and \"@\" a price each (Retouched images 40 @ €12): the at sign marks a price per item, so the number before it is the count",
		template: String.raw`{LINE}(?<d>${THING_FIRST})[ \t]+(?!(?:19|20)\d\d(?!\d)){Q}[ \t]*@[ \t]*{M}{E}?[ \t]*$`,
		examples: [
			{ text: "Photo shoot (full day) €950\nRetouched images 40 @ €12", lines: [["Photo shoot (full day)", "1", "950"], ["Retouched images", "40", "12"]] },
			{ text: "Bewerkte foto's 30 @ €8", lines: [["Bewerkte foto's", "30", "8"]] },
			{ text: "- Fotos retocadas 25 @ 10 €", lines: [["Fotos retocadas", "25", "10"]] },
			{ text: "- Workshop 2026 @ €500", lines: [] },
		],
	},
	{
		id: "thing-times-count-dash-price-each",
		needs: /[x×]\s?\d|\(\s?[x×]?\s?\d{1,4}\s?\)|qty|Menge|Anzahl|cant\.|quantité|qtd|qtà|aantal/iu,
		says: "a line naming the thing first, then its count, a dash and a price for each (Rótulos x4 — R$ 1.200,00 cada); without a per-item word the price may be the line's total, so it is not read",
		template: String.raw`{LINE}(?<d>${THING_FIRST})${countAfter(true)}[:–—-][ \t]*{M}{E}`,
		examples: [
			{ text: "- Rótulos x4 — R$ 1.200,00 cada\n- Arte — R$ 600,00", lines: [["Rótulos", "4", "1200.00"], ["Arte", "1", "600.00"]] },
			{ text: "- Labels, qty 4, - $120 each", lines: [["Labels", "4", "120"]] },
			{ text: "- Flyer A5 (250): 0,40 € pro Stück", lines: [["Flyer A5", "250", "0.40"]] },
		],
	},
	{
		id: "quantity-x",
		needs: /\d[ \t]*[x×*][ \t]/i,
		says: "N x description at price",
		template: String.raw`{Q}[ \t]*(?:x|×|\*)[ \t]+(?<d>[^\n@]+?)[ \t]+(?:{AT})[ \t]+{P}{E}?`,
		examples: [
			{ text: "3 x Logo variants at $120 each", lines: [["Logo variants", "3", "120"]] },
			{ text: "2 x Phase 1 wireframes at $400.", lines: [["Phase 1 wireframes", "2", "400"]] },
			{ text: "pls invoice us 2 x SEO audit @ USD 650", lines: [["SEO audit", "2", "650"]] },
		],
	},
	{
		id: "quantity-glued-x",
		needs: /\d[x×][ \t]/i,
		says: "a count written with its 'x' joined to it, then the thing at a price (3x pull up banners @ $120 AUD ea; 2x Poster à 45 € je)",
		// The count stands alone before its "x" (no digit, dot or comma before it, so "20x30 cm" is a size, not a
		// count); a blank follows the "x" at once. {Q} itself ends where a letter follows, so "3x" needs its own row.
		template: String.raw`(?<![\p{L}\p{N}.,$€£¥'’×])(?<q>\d{1,4})[x×][ \t]+(?<d>\p{L}[^\n@]*?)[ \t]+(?:{AT})[ \t]+{P}{E}?`,
		examples: [
			{ text: "invoice pls - 3x pull up banners @ $120 AUD ea + expo setup $90", lines: [["Pull up banners", "3", "120"], ["Expo setup", "1", "90"]] },
			{ text: "Rechnung bitte: 2x Poster à 45 € je", lines: [["Poster", "2", "45"]] },
			{ text: "Factura por favor: 4x camisetas a 15 € cada una", lines: [["Camisetas", "4", "15"]] },
			{ text: "Print 20x30 cm at €12", lines: [] },
		],
	},
	{
		id: "quantity-unit-spent-on-thing-rate",
		needs: new RegExp(String.raw`\d[ \t]*(?:${SPENT_EXTRA}[ \t]*)?(?:${UNIT})(?![\p{L}])`, "iu"),
		says: "N units (extra) spent on the thing, at a rate per unit (3 uur extra besteed aan de opmaak van de gevelreclame, à € 65 per uur; 3 extra hours on the shop sign layout at $65 an hour)",
		// The word linking the hours to the thing ("on the", "aan de", "an der", "sur la") is no part of its name; a
		// place or a means the time was spent on ("on the phone", "on site") names no thing and is left to the phrasings
		// after this one, as is whom the hours were for ("for the client", "für den Kunden"). The rate must say it is
		// per unit: a bare amount may be the whole line's.
		template: String.raw`{Q}(?:[ \t]+${SPENT_EXTRA})?[ \t]*{U}(?:[ \t]+${SPENT_EXTRA})?(?:[ \t]+${SPENT_VERB})?[ \t]+(?:(?:on|onto|into|aan|an|sur|en|su|em)[ \t]+(?:(?:${ARTICLE})[ \t]+|l['’])|(?:am|au|aux|al|sul|sulla|nel|nella|no|na|nos|nas)[ \t]+)(?!(?:phone|telephone|road|site|location|set|premises|Telefon|téléphone|teléfono|telefono|telefoon|telefone|Baustelle|chantier|obra|cantiere|bouwplaats|route|Straße|Strasse|Achse|carretera|camino|estrada|strada|weg)(?![\p{L}]))(?<d>[\p{L}][\p{L}\p{N}'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,6}?)(?:[ \t]+${SPENT_VERB})?[ \t]*,?[ \t]+(?:{AT})[ \t]+{P}{E}`,
		examples: [
			{ text: "Daarnaast heb je 3 uur extra besteed aan de opmaak van de gevelreclame, à € 65 per uur.", lines: [["Opmaak van de gevelreclame (uur)", "3", "65"]] },
			{ text: "You also spent 4 extra hours on the menu layout, at $60 an hour.", lines: [["Menu layout (hours)", "4", "60"]] },
			{ text: "Außerdem hast du 5 Stunden zusätzlich an der Gestaltung der Speisekarte gearbeitet, à 70 € pro Stunde.", lines: [["Gestaltung der Speisekarte (Stunden)", "5", "70"]] },
			{ text: "Tu as passé 2 heures de plus sur la maquette du flyer, à 55 € de l'heure.", lines: [["Maquette du flyer (heures)", "2", "55"]] },
		],
	},
	{
		id: "quantity-unit-of-description",
		needs: UNIT_RE,
		says: "N hours/days of work at a rate, in any of the languages",
		template: String.raw`{Q}[ \t]*{U}[ \t]+{OF}[ \t]+{ART}(?<d>[^\n.?!;@]{2,80}?),?[ \t]+(?:{AT})[ \t]+{P}{E}?`,
		examples: [
			{ text: "12 hours of website support at $95/hour", lines: [["Website support (hours)", "12", "95"]] },
			{ text: "15 heures de développement à 65 € de l'heure", lines: [["Développement (heures)", "15", "65"]] },
			{ text: "las 6 horas de asesoría fiscal a 90 € la hora", lines: [["Asesoría fiscal (horas)", "6", "90"]] },
			{ text: "3 seats of the leadership course at SGD 890 per seat", lines: [["Leadership course (seats)", "3", "890"]] },
		],
	},
	{
		id: "quantity-unit-description",
		needs: UNIT_RE,
		says: "N unit description at a rate (the German and Dutch order)",
		template: String.raw`{Q}[ \t]*{U}[ \t]+(?!(?:{AT})[ \t])(?<d>[\p{L}][\p{L}\p{N}'’\- ]{1,40}?)[ \t]+(?:{AT})[ \t]+{P}{E}?`,
		examples: [
			{ text: "3 Tage Beratung à 950 €", lines: [["Beratung (Tage)", "3", "950"]] },
			{ text: "250 stuks flyers à € 0,35 per stuk", lines: [["Flyers (stuks)", "250", "0.35"]] },
		],
	},
	{
		id: "quantity-unit-thing-each-price",
		needs: /jeweils|\bje\b|each|chaque|chacun|cada|ciascun|\belk\b/iu,
		says: "a count of units of a thing, then its price for each (die zwei Tage Fotoshooting mit jeweils 950,00 € Tagessatz; 3 days of filming, each at $800)",
		template: String.raw`{Q}[ \t]+{U}[ \t]+(?:(?:of|de|di|van|do|da)[ \t]+)?(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,2}?)[ \t]*,?[ \t]+(?:mit[ \t]+(?:jeweils|je)|zu[ \t]+je|jeweils|each[ \t]+at|each|à[ \t]+chaque fois|chacune?[ \t]+à|cada[ \t]+(?:uno|una|um|uma)[ \t]+a|ciascun[oa][ \t]+a|elk[ \t]+(?:à|voor|tegen))[ \t]+{M}`,
		examples: [
			{ text: "bitte stellen Sie uns die zwei Tage Fotoshooting mit jeweils 950,00 € Tagessatz in Rechnung", lines: [["Fotoshooting (Tage)", "2", "950.00"]] },
			{ text: "Please invoice the two days shooting with each 950 € day rate.", lines: [] },
		],
	},
	{
		id: "thing-took-count-unit-rate",
		needs: new RegExp(String.raw`(?<![\p{L}])(?:${TOOK}|${TOOK_AFTER})(?![\p{L}])`, "iu"),
		says: "the work took N hours, at a rate per hour (Les retouches des photos ont pris 6 heures, à 95 € de l'heure; The retouching took 5 hours at $80 an hour; Die Bildbearbeitung hat 3 Stunden gedauert, à 70 € pro Stunde): the work is the line's name, never the unit",
		// The sentence opens with the work; only a rate per unit is read ("took 5 hours, $400" may be the whole price).
		template: String.raw`(?:^|(?<=[.?!;:][ \t]))[ \t]*{ART}(?<d>${NOT_PRONOUN}[\p{L}][\p{L}'’\-]*(?:[ \t]+${NOT_PRONOUN}[\p{L}][\p{L}'’\-]*){0,6}?)[ \t]+(?:(?:${TOOK})|(?:hat|haben|heeft|hebben)(?=[ \t]+\S+[ \t]+\S+[ \t]+(?:${TOOK_AFTER})(?![\p{L}])))[ \t]+{Q}[ \t]*{U}(?:[ \t]+(?:${TOOK_AFTER}))?[ \t]*,?[ \t]*(?:{AT}[ \t]*)?{M}{E}`,
		examples: [
			{ text: "Les retouches des photos des plats ont pris 6 heures, à Fr. 95.- de l'heure comme indiqué.", lines: [["Retouches des photos des plats (heures)", "6", "95"]] },
			{ text: "The photo retouching took 5 hours, at $80 an hour.", lines: [["Photo retouching (hours)", "5", "80"]] },
			{ text: "Die Bildbearbeitung hat 3 Stunden gedauert, à 70 € pro Stunde.", lines: [["Bildbearbeitung (Stunden)", "3", "70"]] },
			{ text: "La edición del vídeo llevó 6 horas, a 45 € la hora.", lines: [["Edición del vídeo (horas)", "6", "45"]] },
			{ text: "A edição do vídeo levou 5 horas, a 40 € por hora.", lines: [["Edição do vídeo (horas)", "5", "40"]] },
			{ text: "Il ritocco delle foto ha richiesto 4 ore, a 50 € l'ora.", lines: [["Ritocco delle foto (ore)", "4", "50"]] },
			{ text: "De fotobewerking duurde 3 uur, à € 65 per uur.", lines: [["Fotobewerking (uur)", "3", "65"]] },
			{ text: "Retouching took 5 hours at $80 an hour, and the session was $600.", lines: [["Retouching (hours)", "5", "80"], ["Session", "1", "600"]] },
			// No rate per hour: the price may be the whole job's.
			{ text: "The retouching took 5 hours, $400.", lines: [] },
		],
	},
	{
		id: "thing-was-count-unit-rate",
		needs: UNIT_RE,
		// Before "quantity-unit-rate", which would name the line by its unit alone ("Pages").
		says: "the thing, then 'was' and its count of units at a rate (the copywriting was 5 pages at NZ$180 a page; die Übersetzung waren 5 Seiten à 40 €)",
		template: String.raw`(?:^|[.;,:?!][ \t]*|\b(?:and|und|et|y|e|en)[ \t]+)(?:the|der|die|das|le|la|les|el|los|las|o|a|os|as|il|lo|i|het|de)[ \t]+(?<d>${NOT_PRONOUN}[\p{L}][\p{L}'’\-]*(?:[ \t]+(?:${NOT_PRONOUN}[\p{L}][\p{L}'’\-]*|(?<=(?<![\p{L}])(?:${alt(SERIES_WORDS)})[ \t]+)\d{1,4}(?![\d.,])(?=[ \t]+\p{L}))){0,3}?)[ \t]+{BE}[ \t]+{Q}[ \t]*{U}[ \t]*(?:{AT}|x|×)[ \t]*{P}{E}?(?![\p{L}\p{N}])`,
		examples: [
			{ text: "The website build was NZ$3,400 and the copywriting was 5 pages at NZ$180 a page.", lines: [["Website build", "1", "3400"], ["Copywriting (pages)", "5", "180"]] },
			{ text: "Die Übersetzung waren 5 Seiten à 40 € pro Seite.", lines: [["Übersetzung (Seiten)", "5", "40"]] },
			{ text: "The retouching was 6 hours at $75/h.", lines: [["Retouching (hours)", "6", "75"]] },
		],
	},
	{
		id: "quantity-unit-rate",
		needs: UNIT_RE,
		says: "an hourly line with nothing between the hours and the rate: the description is what the email asks to invoice",
		// The thing after the rate ends before another amount or a joining "plus/and" (which starts another line).
		// A series number is part of the name ("for the Phase 2 updates"), as is a digit joined to letters ("the Q4 campaign").
		template: String.raw`{Q}[ \t]*{U}[ \t]*(?:{AT}|x|×)[ \t]*{P}{E}?(?:[ \t]+{FOR}[ \t]+{ART}(?<d>[\p{L}](?:(?![ \t]+(?:plus|and|und|et|y|e|en|\+)[ \t])(?:[^\n.?!;,$€£¥₹\d]|{SERIESNUM}|(?<=\p{L})\d{1,2}(?![\d.,]))){1,60}))?`,
		topic: true,
		examples: [
			{ text: "Please invoice us for the bookkeeping, 7.5 hours at €48/h.", lines: [["Bookkeeping (hours)", "7.5", "48"]] },
			{ text: "Bitte stellen Sie uns die Beratung in Rechnung, 4 Stunden à Fr. 180.–", lines: [["Beratung (Stunden)", "4", "180"]] },
			{ text: "Could you invoice the on-site support? 6 hours at $110/hr.", lines: [["On-site support (hours)", "6", "110"]] },
			{ text: "Please invoice us 5 hours at $90/hour for the listing photos edit.", lines: [["Listing photos edit (hours)", "5", "90"]] },
			{ text: "Go ahead and invoice. 6 hours at $70/h for the Stage 3 fixes, as logged.", lines: [["Stage 3 fixes (hours)", "6", "70"]] },
			{ text: "Bitte in Rechnung stellen: 4 Stunden à 90 € für die Q4 Kampagne.", lines: [["Q4 Kampagne (Stunden)", "4", "90"]] },
			{ text: "Please invoice us - it's 6 hours at £45 an hour for the garden clearance plus £60 for the skip.", lines: [["Garden clearance (hours)", "6", "45"], ["Skip", "1", "60"]] },
			// Copies counted by their abbreviation, the thing named by the request (its "stp"/"bitte" no part of the name).
			{ text: "Tu peux m'envoyer la facture pour les flyers stp ? 2 000 ex. à 0,18 €.", lines: [["Flyers (exemplaires)", "2000", "0.18"]] },
			{ text: "Kannst du mir die Rechnung für die Flyer bitte schicken? 500 Expl. à 0,18 €.", lines: [["Flyer (Exemplare)", "500", "0.18"]] },
			{ text: "¿Me mandas la factura de las tarjetas, porfa? 300 uds. a 0,20 €.", lines: [["Tarjetas (unidades)", "300", "0.20"]] },
			{ text: "Mi mandi la fattura dei volantini per favore? 200 pz. a 0,15 €.", lines: [["Volantini (pezzi)", "200", "0.15"]] },
		],
	},
	{
		id: "thing-of-length-price",
		needs: /\d[ \t-]*(?:sec|min|seg|Sek|Min)/iu,
		says: "a thing measured in seconds or minutes, then its price (el video de 60 segundos a $780.000; a 90-second spot at $1,200): the length is part of its name, not a count",
		template: String.raw`(?:{ART})(?<d>(?:[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*)?[ \t]+(?:of|de|van|von|di|da|do|du)[ \t]+\d{1,3}[ \t]*(?:{LEN})|\d{1,3}[ \t-]*(?:{LEN})[ \t]+[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*)?))(?![\p{L}])[ \t]*,?[ \t]+(?:at|a|à|for|voor|por|per|für|zu|para|@)[ \t]+{M}`,
		examples: [
			{ text: "envíanos la factura por el video de 60 segundos a 780.000 CLP.", lines: [["Video de 60 segundos", "1", "780000"]] },
			{ text: "Please invoice the 90-second promo video at $1,200.", lines: [["90-second promo video", "1", "1200"]] },
			{ text: "Kun je de factuur sturen voor de bedrijfsfilm van 90 seconden voor € 2.750?", lines: [["Bedrijfsfilm van 90 seconden", "1", "2750"]] },
		],
	},
	{
		id: "quantity-noun-times-rate",
		needs: /\p{L}[ \t]*[x×][ \t]*\S/u,
		says: "N things × a price each, the line total may follow (12 Instagram posts x Rp 450.000 = Rp 5.400.000; 3 Banner × 60 €)",
		template: String.raw`{Q}[ \t]+{N}[ \t]*[x×][ \t]*{M}{E}?`,
		examples: [
			{ text: "12 Instagram posts x Rp 450.000 = Rp 5.400.000", lines: [["Instagram posts", "12", "450000"]] },
			{ text: "3 Banner × 60 € = 180 €", lines: [["Banner", "3", "60"]] },
			{ text: "- 40 tazas x $95 MXN", lines: [["Tazas", "40", "95"]] },
			{ text: "2 jours de tournage x 800 € par jour", lines: [["Tournage (jours)", "2", "800"]] },
			// A size is no price: "50 x 70 cm" has no currency.
			{ text: "12 canvas prints 50 x 70 cm", lines: [] },
		],
	},
	{
		id: "quantity-noun-for-title-rate",
		needs: /["“”„«»]/u,
		says: "N things for a work named in quotes, at a price each (die 5 Illustrationen für \"Der kleine Leuchtturm\" zu je 180,00 EUR): the title says what they are for, the noun what is counted",
		template: String.raw`{Q}[ \t]+{N}[ \t]+(?:{FOR}|zu|of|de|di|van|do|da)[ \t]+[„"“«‚'‘][^\n"“”„«»]{1,60}?[“"”»‘'’][ \t]+(?:{AT})[ \t]+{P}{E}?`,
		examples: [
			{ text: "bitte stellen Sie uns die 5 Illustrationen für \"Der kleine Leuchtturm\" zu je 180,00 EUR in Rechnung.", lines: [["Illustrationen", "5", "180.00"]] },
			{ text: "Please invoice the 12 spot illustrations for “The Night Garden” at $95 each.", lines: [["Spot illustrations", "12", "95"]] },
			{ text: "Merci de facturer les 3 affiches pour « Jazz à Vienne » à 250 € l'unité.", lines: [["Affiches", "3", "250"]] },
		],
	},
	{
		id: "thing-were-count-at-rate-each",
		says: "the things were N at a price each (the infographics were 5 at $80 each; las infografías fueron 5 a 80 € cada una)",
		// The article opens the thing, so the count after the verb is its count; only with a word for "each": "the
		// banners were 3 at $120" may be the lot's price, and is asked.
		template: String.raw`(?:^|[.;,:?!][ \t]*|(?<![\p{L}])(?:and|und|et|y|e|en)[ \t]+)(?:the|die|les|los|las|os|as|i|le|gli|de)[ \t]+(?<d>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,3}?)[ \t]+(?:were|waren|étaient|fueron|eran|foram|eram|erano|sono stati|sono state|zijn|warent)[ \t]+{Q}[ \t]+(?:at|à|a|zu je|zu|je|por|per|tegen)[ \t]+{M}{E}`,
		examples: [
			{ text: "For our records: the layout was $1,200.00, and the infographics were 5 at $80 each.", lines: [["Layout", "1", "1200.00"], ["Infographics", "5", "80"]] },
			{ text: "Die Infografiken waren 5 zu je 80 € pro Stück.", lines: [["Infografiken", "5", "80"]] },
			{ text: "Las infografías fueron 5 a 80 € cada una.", lines: [["Infografías", "5", "80"]] },
			{ text: "Os cartazes foram 20 a R$ 15,00 cada.", lines: [["Cartazes", "20", "15.00"]] },
			{ text: "The extra hours were 6 at £50 an hour.", lines: [["Extra hours", "6", "50"]] },
			{ text: "Die Plakate waren 12 à 15 € pro Stück.", lines: [["Plakate", "12", "15"]] },
			{ text: "Les affiches étaient 6 à 40 € l'unité.", lines: [["Affiches", "6", "40"]] },
			// Without a per-unit word the price may be the lot's: never multiplied.
			{ text: "The banners were 3 at $120.", lines: [] },
			{ text: "The infographics were 5 at $400.", lines: [] },
		],
	},
	{
		id: "quantity-noun-were-rate-each",
		says: "N things were/cost a price each (the 150 printed cards were LKR 120 each; die 40 Tassen waren 9 € pro Stück)",
		// Only with a word for "each": "the 150 cards were LKR 18,000" is their total, read by other phrasings or asked.
		template: String.raw`{Q}[ \t]+{N}[ \t]+(?:{BE})(?:[ \t]+(?:at|à|a|zu|je))?[ \t]+{M}{E}`,
		examples: [
			{ text: "For the invitation design it was LKR 45,000, and the 150 printed cards were LKR 120 each.", lines: [["Invitation design", "1", "45000"], ["Printed cards", "150", "120"]] },
			{ text: "Die 40 Tassen waren 9 € pro Stück.", lines: [["Tassen", "40", "9"]] },
			{ text: "Las 300 tarjetas fueron 0,50 € cada una.", lines: [["Tarjetas", "300", "0.50"]] },
			{ text: "Les 12 affiches étaient à 25 € pièce.", lines: [["Affiches", "12", "25"]] },
			{ text: "Os 20 cartazes custaram R$ 15,00 cada.", lines: [["Cartazes", "20", "15.00"]] },
			{ text: "De 50 flyers kostten € 0,80 per stuk.", lines: [["Flyers", "50", "0.80"]] },
			// Without a per-unit word the price may be the whole lot's: never multiplied.
			{ text: "The 150 printed cards were LKR 18,000.", lines: [] },
		],
	},
	{
		id: "thing-rate-then-count-done",
		needs: /(?<![\p{L}])(?:you|u|du|hiciste|fizeste|hai|tu|je)(?![\p{L}])/iu,
		says: "the things at a price each, then in the next clause how many were done (the window vinyls were £85 each and you did two of them; die Schilder waren 120 € pro Stück und du hast drei davon gemacht)",
		// The count stands in a clause of its own right after the price each, naming no other thing ("of them", "davon",
		// "ne", "en", "er"): it counts the things just priced. A price with no word of each is never counted so, and a
		// count with another after it ("two or three", "zwei bis drei") is no count: the reader asks. After the count only
		// a bracket and the sum follow ("so £820 all in", "also 1.260 €", "quindi 870 €"): a clause that takes some back
		// or adds another ("but 5 were free", "last year … and this time three", "plus the logo") is asked about.
		template: String.raw`(?<![\p{L}])(?:the|die|der|los|las|les|os|as|gli|le|i|de)[ \t]+(?<d>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,3}?)[ \t]+(?:{BE}|eram)[ \t]+(?:(?:à|a)[ \t]+)?{M}{E}[ \t]*,?[ \t]*(?:(?:and|und|y|e|et|en)[ \t]+)?(?:(?:you|u)[ \t]+(?:did|made|printed|designed|delivered)|du[ \t]+hast|hiciste|entregaste|diseñaste|fizeste|ne[ \t]+hai[ \t]+(?:fatti|fatte|consegnati|consegnate|stampati|stampate)|tu[ \t]+en[ \t]+as[ \t]+(?:fait|faits|faites|livré|livrés|livrées)|je[ \t]+hebt[ \t]+er)[ \t]+{Q}(?![ \t]*(?:or|oder|o|ou|of|od|to|bis|tot|à|a|-|–|\/)[ \t]*(?:${QTY})(?![\p{L}\p{N}]))(?:[ \t]+of[ \t]+them|[ \t]+(?:davon[ \t]+)?(?:gemacht|gedruckt|geliefert|gestaltet)|[ \t]+(?:gemaakt|geleverd|ontworpen|gedrukt))?(?![\p{L}\p{N}])(?=(?:[ \t]*\([^\n()]{1,80}\))?[ \t]*(?:[.!;]|\n|$|,?[ \t]*(?:so|which makes|that makes|makes|also|das macht|así que|por lo que|donc|soit|ça fait|quindi|portanto|então|ou seja|dus|samen)(?![\p{L}])))`,
		examples: [
			{ text: "As agreed it was £650 for the logo redesign, and then the window vinyls were £85 each and you did two of them (front door and the side window), so £820 all in by my maths.", lines: [["Logo redesign", "1", "650"], ["Window vinyls", "2", "85"]] },
			{ text: "900 € für das Logo, und die Schilder waren 120 € pro Stück und du hast drei davon gemacht.", lines: [["Logo", "1", "900"], ["Schilder", "3", "120"]] },
			{ text: "el logo 700 € y los carteles eran 60 € cada uno, hiciste cinco.", lines: [["Logo", "1", "700"], ["Carteles", "5", "60"]] },
			{ text: "Het logo was € 700 en de banners waren € 100 per stuk, je hebt er twee gemaakt.", lines: [["Logo", "1", "700"], ["Banners", "2", "100"]] },
			{ text: "the vinyls were £85 each and you did two or three of them, not sure", lines: [] },
			{ text: "The prints were €5 each and you did 20 of them, but 5 were free.", lines: [] },
		],
	},
	{
		id: "quantity-noun-rate",
		says: "N <any noun> at/@ a price each",
		// Which ones the things were may stand in brackets after them ("3 labels (Chenin, Pinotage, Cap Classique) @ R4 500.00
		// each"): a REMARK, with no digit and no word of tax, payment or something left out.
		template: String.raw`{Q}[ \t]+{N}(?:${WHICH_LIST})?[ \t]+(?:{AT})[ \t]+{P}{E}?`,
		examples: [
			{ text: "6 custom illustrations at $140 each and 2 cover mockups @ $60", lines: [["Custom illustrations", "6", "140"], ["Cover mockups", "2", "60"]] },
			{ text: "¿Me puedes facturar 3 sesiones de fotos a MX$2,500 cada una?", lines: [["Sesiones de fotos", "3", "2500"]] },
			{ text: "40 tote bags @ $7.50", lines: [["Tote bags", "40", "7.50"]] },
			{ text: "• Wine label design – 3 labels (Chenin, Pinotage, Cap Classique) @ R4 500.00 each = R13 500.00", lines: [["Wine label design", "3", "4500.00"]] },
			{ text: "- Etiketontwerp – 3 etiketten (blond, dubbel, tripel) à € 300,00 per stuk", lines: [["Etiketontwerp", "3", "300.00"]] },
			{ text: "- Labels – 3 labels (paid in October) @ $50 each", lines: [] },
			// A row's whole label names the work, the words after its "de/of" only what it was done on.
			{ text: "* Fotografía de vehículos: 15 fotos a $80.000 c/u", lines: [["Fotografía de vehículos", "15", "80000"]] },
			{ text: "- Retouche des portraits : 12 photos à 15 € pièce", lines: [["Retouche des portraits (photos)", "12", "15"]] },
			{ text: "- Editing of the videos: 4 clips at $90 each", lines: [["Editing of the videos (clips)", "4", "90"]] },
		],
	},
	{
		id: "quantity-noun-for-rate-each",
		needs: /(?<![\p{L}])(?:for|für|pour|por|para|voor|per)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}\S{0,4}[ \t]?\d/iu,
		says: "N things for a price per thing (2 posters A2 voor €18,- per stuk; 300 flyers for $0.35 each; 40 Tassen für 9 € pro Stück)",
		// The count is no price ("€ 0,35 en 2 posters"), and the thing's words are words, not numbers.
		template: String.raw`(?<![€$£¥₹][ \t]?){Q}[ \t]+(?<d>[\p{L}][\p{L}\p{N}'’\-]*(?:[ \t]+[\p{L}][\p{L}\p{N}'’\-]*){0,4}?)[ \t]+(?:for|für|pour|por|para|voor|per)[ \t]+{M}[ \t]*(?<e>${PER_UNIT})`,
		examples: [
			{ text: "kun je de factuur sturen voor de flyers? 300 flyers à € 0,35 en 2 posters A2 voor €18,- per stuk.", lines: [["Flyers", "300", "0.35"], ["Posters A2", "2", "18"]] },
			{ text: "Please invoice 300 flyers for $0.35 each.", lines: [["Flyers", "300", "0.35"]] },
			{ text: "Bitte stell mir 40 Tassen für 9,50 € pro Stück in Rechnung.", lines: [["Tassen", "40", "9.50"]] },
			{ text: "Tu peux me facturer 12 affiches pour 15 € l'affiche ?", lines: [["Affiches", "12", "15"]] },
			// Without a per-unit word the price may be for all of them: not read.
			{ text: "Please invoice 2 posters for $36.", lines: [] },
		],
	},
	{
		id: "quantity-unit-of-thing-bracketed",
		needs: /\(/,
		says: "N <unit> of <thing> (price per unit) — or (price) for a count of one",
		template: String.raw`{Q}[ \t]+{U}[ \t]+{OF}[ \t]+{ART}(?<d>[\p{L}][^\n()$€£¥₹]{0,60}?)[ \t]*\([ \t]*{M}{E}?[ \t]*\)`,
		flatForOne: true,
		examples: [
			{ text: "Please invoice: 1 day of filming ($1,200) and 2 days of editing ($600/day).", lines: [["Filming (day)", "1", "1200"], ["Editing (days)", "2", "600"]] },
			{ text: "Mi fai la fattura per 3 giorni di formazione (450 € al giorno)?", lines: [["Formazione (giorni)", "3", "450"]] },
		],
	},
	{
		id: "quantity-noun-bracketed-rate",
		needs: /\(/,
		says: "N things (price per thing)",
		template: String.raw`{Q}[ \t]+{N}[ \t]*\([ \t]*{M}{E}[ \t]*\)`,
		examples: [{ text: "the two workshop days (CHF 1'200 per day)", lines: [["Workshop days", "2", "1200"]] }],
	},
	{
		id: "thing-then-count-of-those-each",
		needs: /(?<![\p{L}])there[ \t]+(?:were|are)[ \t]+\S+[ \t]+of[ \t]+(?:those|them|these)(?![\p{L}])/iu,
		says: "the thing named at the end of one sentence, the next sentence giving its count 'of those' and a price each (and the episode thumbnails. There were 3 of those, 40 quid each)",
		// Before quantity-noun-comma-rate, which would name the line "Of those". "Of those" points back at the thing just named, so the thing is that name; the price needs a word for "each",
		// or it may be for all of them together (left to the question).
		template: String.raw`(?<![\p{L}])(?:the|those|these)[ \t]+(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,3}?)[ \t]*[.!?;][ \t]+[Tt]here[ \t]+(?:were|are)[ \t]+{Q}[ \t]+of[ \t]+(?:those|them|these)[ \t]*,?[ \t]*(?:(?:at|for)[ \t]+)?{M}[ \t]*(?<e>each|apiece|a piece|per piece|per item)(?![\p{L}])`,
		examples: [
			{ text: "Please invoice the cover art ($350) and the episode thumbnails. There were 3 of those, $40 each.", lines: [["Cover art", "1", "350"], ["Episode thumbnails", "3", "40"]] },
			{ text: "Can you bill me for the banner mockups? There were 4 of them, at £25 apiece.", lines: [["Banner mockups", "4", "25"]] },
			// Without a word for "each", the price may be all of them together.
			{ text: "Can you bill me for the banner mockups? There were 4 of them, £100.", lines: [] },
		],
	},
	{
		id: "thing-dash-count-unit-price-each",
		needs: /[–—:-][ \t]*\d/u,
		says: "a row naming its thing, a dash, its count of pieces or hours, then a price for each (3D mockups - 4 pieces, 200 zł each one; Fotobücher – 3 Stück, je 50 €): the row's thing is the name, never the unit",
		// The per-item word is required, before the price ("je 50 €") or after it ("200 zł each"): without it the price
		// may be the row's total, and is asked about. A name may open with a word holding a digit ("3D mockups").
		template: String.raw`(?:{LINE}|(?<=[:;][ \t]))(?<d>${THING_DIGIT_FIRST})[ \t]*[–—:-][ \t]*{Q}[ \t]*${PIECE_UNIT}[ \t]*[,;]?[ \t]*(?:(?:at|à|a|zu|@)[ \t]+)?{M}{E}`,
		examples: [
			{ text: "packaging design for the 250g bag - 2 500 zł\n3D mockups - 4 pieces, 200 zł each one", lines: [["Packaging design for the 250g bag", "1", "2500"], ["3D mockups (pieces)", "4", "200"]] },
			{ text: "maquetas 3D - 5 piezas, 60 € cada una", lines: [["Maquetas 3D (piezas)", "5", "60"]] },
			{ text: "maquetes 3D - 4 peças, 90 € cada", lines: [["Maquetes 3D (peças)", "4", "90"]] },
			{ text: "3D-mockups - 6 stuks, € 45 per stuk", lines: [["3D-mockups (stuks)", "6", "45"]] },
			// No word for "each": the price may be the row's total.
			{ text: "3D mockups - 4 pieces, 800 zł", lines: [] },
		],
	},
	{
		id: "thing-dash-count-unit-each-price",
		needs: /(?<![\p{L}])(?:je|jeweils|each|chacun|chacune|cada|ciascuno|ciascuna|elk)[ \t]/iu,
		says: "a row naming its thing, a dash, its count of pieces, then a word for 'each' before the price (Fotobücher – 3 Stück, je 50 €; posters - 3 pieces, each $40)",
		template: String.raw`(?:{LINE}|(?<=[:;][ \t]))(?<d>${THING_DIGIT_FIRST})[ \t]*[–—:-][ \t]*{Q}[ \t]*${PIECE_UNIT}[ \t]*[,;]?[ \t]*(?<e>${EACH_BEFORE})[ \t]+{M}`,
		examples: [
			{ text: "Fotobücher - 3 Stück, je 50 €", lines: [["Fotobücher (Stück)", "3", "50"]] },
			{ text: "- posters - 3 pieces, each $40", lines: [["Posters (pieces)", "3", "40"]] },
			{ text: "Hallo, bitte die Rechnung: Fotobücher - 3 Stück, je 50 €.", lines: [["Fotobücher (Stück)", "3", "50"]] },
		],
	},
	{
		id: "count-thing-then-pointed-back-each-price",
		needs: /(?<![\p{L}])(?:je|jeweils|each|chacun|chacune|cada|ciascuno|ciascuna|elk)[ \t]/iu,
		says: "a count of things at the end of one sentence, the next one pointing back at them with a word for 'each' before the price (dazu kommen noch die zwei Fotobücher. Die waren je 95 €; and the two albums. Those were each $200)",
		// "je" here is "each", never a pronoun; the count is the one the sentence before gives, and a remark in brackets
		// after the things ("(eins für uns, eins für die Schwiegereltern)") says which ones they are.
		template: String.raw`{Q}[ \t]+{N}(?:[ \t]*\([^()\n\d]{0,80}\))?[ \t]*[.!?][ \t]+(?:${POINTED_BACK})[ \t]+(?:(?:auch|also|ook|aussi|también|também|anche)[ \t]+)?(?<e>${EACH_BEFORE})[ \t]+(?:(?:at|à|a|zu)[ \t]+)?{M}`,
		examples: [
			{ text: "Ausgemacht waren EUR 1.200,- für die Hochzeitsreportage, und dazu kommen noch die zwei Fotobücher (eins für uns, eins für die Schwiegereltern). Die waren je EUR 95,-.", lines: [["Hochzeitsreportage", "1", "1200"], ["Fotobücher", "2", "95"]] },
			{ text: "We said $1,500 for the coverage, and then there are the two albums. Those were each $200.", lines: [["Coverage", "1", "1500"], ["Albums", "2", "200"]] },
			{ text: "Dan nog de twee albums. Die waren elk € 110.", lines: [["Albums", "2", "110"]] },
		],
	},
	{
		id: "quantity-noun-comma-rate",
		says: "N things, price per thing",
		// What the things come with ("w/ the new logo", "mit Logo", "con el logo") is a remark before the price.
		// As in quantity-noun-rate, which ones they were may stand in brackets ("3 rótulos (IPA, Witbier e Stout), R$ 1.600,00 cada").
		template: String.raw`{Q}[ \t]+(?:{U}[ \t]+(?:{OF}[ \t]+)?)?{N}(?:[ \t]+(?:w\/|with|mit|avec|con|com|met)[ \t]+[^\n,;:.?!$€£¥₹\d]{1,40}?|${WHICH_LIST})?[ \t]*[,;:][ \t]*{M}{E}`,
		examples: [
			{ text: "die Rechnung für die 6 Banner, 80 Euro pro Stück", lines: [["Banner", "6", "80"]] },
			{ text: "- Design de rótulos – 3 rótulos (IPA, Witbier e Stout), R$ 1.600,00 cada", lines: [["Design de rótulos", "3", "1600.00"]] },
			{ text: "- Diseño de etiquetas – 3 etiquetas (tinto, blanco y rosado), 450,00 € cada una", lines: [["Diseño de etiquetas", "3", "450.00"]] },
			{ text: "- Design etichette – 3 etichette (rosso, bianco, rosato), 400,00 € ciascuna", lines: [["Design etichette", "3", "400.00"]] },
			{ text: "- Création d'étiquettes – 2 étiquettes (rouge et blanc, gratuites), 500,00 € chacune", lines: [] },
			{ text: "pls invoice us for the 60 enamel mugs w/ the new logo, $7.80 a mug like we said.", lines: [["Enamel mugs", "60", "7.80"]] },
			{ text: "Bitte die 200 Tragetaschen mit Logo in Rechnung stellen, 3,20 € pro Stück.", lines: [["Tragetaschen", "200", "3.20"]] },
			{ text: "schreib mir bitte 'ne Rechnung über 5 Stunden Videoschnitt, 60 € die Stunde.", lines: [["Videoschnitt (Stunden)", "5", "60"]] },
		],
	},
	{
		id: "kept-count-then-unit-price",
		needs: /kept|chose|picked|keeping|tenut|scelt|teniamo|behalten|garde|gardé|quedamos|ficamos|houden|gehouden/iu,
		says: "the request names the thing, a later sentence how many were kept, then the price for each (ne abbiamo tenute 14 … 35 euro a foto)",
		template: String.raw`(?:we(?:['’]ve|[ \t]+have)?[ \t]+(?:kept|chose|picked|are keeping|went with)|ne[ \t]+(?:abbiamo[ \t]+(?:tenut[eio]|scelt[eio])|teniamo)|wir[ \t]+(?:behalten|nehmen)|on[ \t]+en[ \t]+(?:garde|a[ \t]+gardé)|nos[ \t]+quedamos(?:[ \t]+con)?|ficamos[ \t]+com|we[ \t]+houden[ \t]+er)[ \t]+{Q}[^\n$€£¥₹\d]{0,140}?[.?!:][ \t]*(?:[^\n$€£¥₹\d.?!]{0,80}?[ \t:])?{M}{E}`,
		topic: true,
		examples: [
			{ text: "Mi fai la fattura per le foto dei pacchi di pasta? Alla fine ne abbiamo tenute 14, le altre le scartiamo. Il prezzo è quello che avevamo fissato al telefono: 35 euro a foto.", lines: [["Foto dei pacchi di pasta", "14", "35"]] },
			{ text: "Could you invoice us for the headshots? In the end we kept 9, the rest can go. As agreed, $60 per photo.", lines: [["Headshots", "9", "60"]] },
			{ text: "¿Me haces la factura de las ilustraciones? Al final nos quedamos con 6. Eran 80 € por ilustración.", lines: [["Ilustraciones", "6", "80"]] },
		],
	},
	{
		id: "quantity-then-rate-next-sentence",
		says: "N things in the request, the price per thing in the next sentence",
		template: String.raw`{Q}[ \t]+(?:{U}[ \t]+(?:{OF}[ \t]+)?)?(?<d>[\p{L}][^.?!\n$€£¥]{0,60}?)[ \t]*[.?!][ \t]+[^.?!\n\d]{0,40}?{M}{E}`,
		examples: [
			{ text: "Mi fai fattura per le 12 ore di consulenza? 60 € l'ora.", lines: [["Consulenza (ore)", "12", "60"]] },
			{ text: "Kannst du mir die 4 Plakate schicken? Wir hatten 70 € pro Stück gesagt.", lines: [["Plakate", "4", "70"]] },
			{ text: "Tu peux me faire une facture pour les 4 affiches A2 ? On avait dit 60 € l'affiche.", lines: [["Affiches A2", "4", "60"]] },
			{ text: "¿Me haces la factura de las 20 horas de edición de vídeo? Quedamos en 35 € la hora.", lines: [["Edición de vídeo (horas)", "20", "35"]] },
			{ text: "Kan je 3 uur coaching factureren? 90 euro per uur zoals altijd.", lines: [["Coaching (uur)", "3", "90"]] },
		],
	},
	{
		id: "quantity-then-each-next-sentence",
		says: "N things in the request, the next sentence gives the price per thing with 'each/per/pro' before it",
		template: String.raw`{Q}[ \t]+(?:{U}[ \t]+(?:{OF}[ \t]+)?)?(?<d>[\p{L}][^.?!\n$€£¥]{0,60}?)[ \t]*[.?!][ \t]+(?<e>each|every|per|pro|je|cada|chaque|ogni|elke?)[ \t]+[^.?!\n\d$€£¥]{0,40}?{M}`,
		examples: [
			{ text: "Please invoice us for the 10 coaching sessions. Each session was €90.", lines: [["Coaching sessions", "10", "90"]] },
			{ text: "Kannst du mir die Rechnung für die 3 Workshops schicken? Pro Workshop hatten wir 450 € ausgemacht.", lines: [["Workshops", "3", "450"]] },
			{ text: "¿Me haces la factura de las 6 clases? Cada clase son 25 €.", lines: [["Clases", "6", "25"]] },
			{ text: "Tu peux me facturer les 4 séances ? Chaque séance fait 60 €.", lines: [["Séances", "4", "60"]] },
		],
	},
	{
		id: "count-x-equals-line-total",
		needs: /=/,
		says: "N x thing = line total (the unit price is the total over the count, when that is exact to the cent)",
		template: String.raw`(?<![\p{L}\p{N}.,])(?<q>\d{1,4})[ \t]*(?:x|×)[ \t]*(?<d>[\p{L}][^\n=@:]*?)[ \t]*=[ \t]*{M}`,
		lineTotal: true,
		examples: [
			{ text: "2 x Workshop = €900\n1 x Follow-up call = €150", lines: [["Workshop", "2", "450.00"], ["Follow-up call", "1", "150.00"]] },
			// 1,000 over 3 is not a whole cent: no unit price is invented (the email is asked about instead).
			{ text: "3 × Übersetzung Produktblatt = 1.000 €", lines: [] },
			{ text: "4 x Portrait retouch = ¥10,000", lines: [["Portrait retouch", "4", "2500"]] },
			{ text: "3 x Tarjetas de visita = 100 ¥", lines: [] },
		],
	},
	{
		id: "thing-x-count-equals-line-total",
		needs: /=/,
		says: "thing x N = line total (the count after the thing)",
		template: String.raw`{LINE}(?<d>[\p{L}][^\n=@:×]*?)[ \t]+(?:x|×)[ \t]*(?<q>\d{1,4})[ \t]*=[ \t]*{M}`,
		lineTotal: true,
		examples: [
			{ text: "Tarjetas de visita x 4 = 120 €", lines: [["Tarjetas de visita", "4", "30.00"]] },
			{ text: "- Banner x 3 = $225.00", lines: [["Banner", "3", "75.00"]] },
		],
	},
	{
		id: "count-x-dash-price",
		needs: /\d[ \t]*[x×][ \t]*\p{L}/iu,
		says: "Nx thing – price (each), a remark may follow",
		// "3x" writes the count against the x, so the count is digits here, not {Q} (which must end at a word edge).
		template: String.raw`(?<![\p{L}\p{N}.,])(?<q>\d{1,4})[ \t]*(?:x|×)[ \t]*(?<d>[\p{L}][^\n@:–—]*?)[ \t]+[:–—-][ \t]*{M}{E}?`,
		examples: [
			{ text: "* 3x product photos - $45 each\n* 1x hero banner - $200 (the big one)", lines: [["Product photos", "3", "45"], ["Hero banner", "1", "200"]] },
			{ text: "- 2× Lizenz Pro – 120 € pro Stück", lines: [["Lizenz Pro", "2", "120"]] },
		],
	},
	{
		id: "bullet-count-noun-price-each",
		needs: /^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])/m,
		says: "a bullet with a count, the things, and a price per thing after a dash or colon",
		// A remark in brackets after the things is part of their name ("4 rótulos (criação) — R$ 1.200,00 cada").
		template: String.raw`{BUL}{Q}[ \t]+(?<d>${NOUN}(?:[ \t]*\([^\n()]{1,40}\))?)[ \t]*[:–—-][ \t]*{M}{E}`,
		examples: [
			{ text: "1. Copywriting for the landing page – $500\n2. Two blog posts – $150 each", lines: [["Copywriting for the landing page", "1", "500"], ["Blog posts", "2", "150"]] },
			{ text: "- 4 rótulos (criação) — R$ 1.200,00 cada\n- adaptação para lata — R$ 850,00", lines: [["Rótulos (criação)", "4", "1200.00"], ["Adaptação para lata", "1", "850.00"]] },
			{ text: "- 3 Plakate (A1): 90 € pro Stück", lines: [["Plakate (A1)", "3", "90"]] },
			{ text: "- 12 Flyer-Entwürfe – 30 € pro Stück", lines: [["Flyer-Entwürfe", "12", "30"]] },
		],
	},
	{
		id: "bullet-thing-price-remark",
		needs: /^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])/m,
		says: "a bullet with the thing, then its price, then a remark after a comma or in brackets",
		// A hyphen between two letters joins one word ("mock-ups", "Icon-Set"); a dash standing apart opens a remark.
		template: String.raw`{BUL}(?<d>[\p{L}](?:[^\n:|$€£¥₹\d–—-]|(?<=\p{L})-(?=\p{L})){1,60}?)[ \t]+{M}(?:[ \t]*(?:\([^\n)]*\)|,[^\n]*|[-–—][^\n]*|\.))?[ \t]*$`,
		examples: [
			{ text: "- Website audit: $1,200 (as quoted)\n- SEO report $450, delivered last week", lines: [["Website audit", "1", "1200"], ["SEO report", "1", "450"]] },
			{ text: "• Logo animation €300 (two versions)", lines: [["Logo animation", "1", "300"]] },
			{ text: "- Label design, 3 x £450\n- Bottle mock-ups, £180", lines: [["Label design", "3", "450"], ["Bottle mock-ups", "1", "180"]] },
			{ text: "- Pitch Deck Design: 12 Stunden à 95 €\n- Icon-Set pauschal 350 €", lines: [["Pitch Deck Design (Stunden)", "12", "95"], ["Icon-Set", "1", "350"]] },
			{ text: "• Cartes-cadeaux, 240 € (deux versions)", lines: [["Cartes-cadeaux", "1", "240"]] },
			{ text: "- Social-Media-Paket 600 €, wie besprochen", lines: [["Social-Media-Paket", "1", "600"]] },
			{ text: "- Pré-impressão, R$ 300", lines: [["Pré-impressão", "1", "300"]] },
		],
	},
	{
		id: "bare-price-next-sentence",
		says: "the request names the thing, the next sentence is only its price",
		template: String.raw`(?:^|[.?!][ \t]+){M}[ \t]*(?:[.!]|$)`,
		topic: true,
		examples: [
			{ text: "Can you raise a tax invoice for the workshop? $1,500.", lines: [["Workshop", "1", "1500"]] },
			{ text: "Kannst du mir bitte die Rechnung für die Logoanimation schicken? 300 €.", lines: [["Logoanimation", "1", "300"]] },
		],
	},
	{
		id: "quantity-noun-dash-rate",
		says: "N things — price per thing (a dash before the price, the per-unit word after it)",
		template: String.raw`{Q}[ \t]+(?:{U}[ \t]+(?:{OF}[ \t]+)?)?{N}[ \t]*[–—-][ \t]*{M}{E}`,
		examples: [
			{ text: "We're ready for the invoice for the 15 portraits — $80 per portrait as we agreed.", lines: [["Portraits", "15", "80"]] },
			{ text: "Bitte die Rechnung für 8 Übersetzungen – 95 € pro Text.", lines: [["Übersetzungen", "8", "95"]] },
		],
	},
	{
		id: "label-flat-price",
		needs: FLAT_RE,
		says: "a labelled line whose price is called flat (Bildbearbeitung: pauschal 150 €; Editing: flat fee $150; Retouche : forfait 150 €): the flat word says how it is charged, the label is the thing",
		// On a line of its own, or as a sentence of its own in prose ("… per day. Travel, flat €120.").
		template: String.raw`(?:{LINE}|(?<=[.?!;][ \t]))(?<d>\p{L}(?:[^\n:|–—$€£¥₹\d.?!;()]|{WORDDIGIT}|\([^\n()$€£¥₹]{1,40}\)){1,60}?)[ \t]*(?:[:,]|[ \t][–—-])[ \t]*{FLAT}[ \t]*:?[ \t]*{M}(?=[ \t]*(?:[.;]|$))`,
		examples: [
			{ text: "Fotoshooting: 3 Stunden à 110 €\nBildbearbeitung: pauschal 150 €", lines: [["Fotoshooting (Stunden)", "3", "110"], ["Bildbearbeitung", "1", "150"]] },
			{ text: "- Editing: flat fee $150", lines: [["Editing", "1", "150"]] },
			// What the flat fee covers, in brackets after the name ("(12 pages)"), is read with the name (the bracket is
			// shown as the bracket rules of cleanDescription say): never a count of its own.
			{ text: "- Brochure design (12 pages) - fixed fee SAR 5,500", lines: [["Brochure design (12 pages)", "1", "5500"]] },
			{ text: "- Übersetzung (8 Seiten): pauschal 480 €", lines: [["Übersetzung (8 Seiten)", "1", "480"]] },
			{ text: "Retouche des photos : forfait 150 €", lines: [["Retouche des photos", "1", "150"]] },
			{ text: "Edición de fotos: tarifa plana 150 €", lines: [["Edición de fotos", "1", "150"]] },
			{ text: "Fotobewerking – vast bedrag € 150", lines: [["Fotobewerking", "1", "150"]] },
			{ text: "Post-produzione: forfettario 150 €", lines: [["Post-produzione", "1", "150"]] },
			{ text: "Workshop, 2 days at €900 per day. Travel, flat €120.", lines: [["Workshop (days)", "2", "900"], ["Travel", "1", "120"]] },
			// A digit inside a word of the name ("A1", "MP4", "3D") is part of it, never a count.
			{ text: "3 x Visualisierung à CHF 1'250.–\nDruck A1 auf Forex, pauschal CHF 180.–", lines: [["Visualisierung", "3", "1250"], ["Druck A1 auf Forex", "1", "180"]] },
			{ text: "Poster A2: flat fee $90\nLogo: $400", lines: [["Poster A2", "1", "90"], ["Logo", "1", "400"]] },
			{ text: "Export MP4, forfait 120 €", lines: [["Export MP4", "1", "120"]] },
			{ text: "Modelado 3D: tarifa plana 250 €", lines: [["Modelado 3D", "1", "250"]] },
		],
	},
	{
		id: "label-price-flat",
		needs: FLAT_RE,
		says: "a labelled line whose price is followed by a flat word (Bildbearbeitung: 150 € pauschal; Setup – $200 flat)",
		// What the flat price covers, in brackets after the name ("(30 images)"), is no count of its own (as in label-flat-price).
		template: String.raw`{LINE}(?<d>\p{L}(?:[^\n:|–—$€£¥₹\d()]|{WORDDIGIT}|\([^\n()$€£¥₹]{1,40}\)){1,60}?)[ \t]*(?:[:,]|[ \t][–—-])[ \t]*{M}[ \t]*,?[ \t]*{FLAT}[ \t]*[.;]?[ \t]*$`,
		examples: [
			{ text: "Bildbearbeitung: 150 € pauschal", lines: [["Bildbearbeitung", "1", "150"]] },
			{ text: "- Same-day highlight edit (30 images) – AED 1,250.00 flat", lines: [["Same-day highlight edit (30 images)", "1", "1250.00"]] },
			{ text: "- Übersetzung (8 Seiten): 480 € pauschal", lines: [["Übersetzung (8 Seiten)", "1", "480"]] },
			{ text: "- Setup – $200 flat", lines: [["Setup", "1", "200"]] },
			{ text: "Montage vidéo : 400 € au forfait", lines: [["Montage vidéo", "1", "400"]] },
		],
	},
	{
		id: "bullet-thing-price-flat",
		needs: FLAT_RE,
		says: "a bullet row with no separator: a short name, its price and a flat word after it (- beach shoot $900 flat; - Drohnenflug 300 € pauschal)",
		// Words only in the name (a count there is never a flat price), at most six of them, and the flat word ends the row.
		template: String.raw`{BUL}(?<d>\p{L}[\p{L}'’&/\-]*(?:[ \t]+\p{L}[\p{L}'’&/\-]*){0,5}?)[ \t]+{M}[ \t]*,?[ \t]*{FLAT}[ \t]*[.;]?[ \t]*$`,
		examples: [
			{ text: "- pull up banners x3 @ $120 ea\n- beach shoot $900 flat", lines: [["Pull up banners", "3", "120"], ["Beach shoot", "1", "900"]] },
			{ text: "- Drohnenflug 300 € pauschal", lines: [["Drohnenflug", "1", "300"]] },
			{ text: "* montaje de vídeo 450 € tarifa plana", lines: [["Montaje de vídeo", "1", "450"]] },
			{ text: "- reportage photo 600 € au forfait", lines: [["Reportage photo", "1", "600"]] },
			{ text: "- 3 banners $900 flat", lines: [] },
		],
	},
	{
		id: "label-price",
		needs: /^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])/m,
		says: "a bullet or labelled line with one price (quantity 1), whatever remark follows the amount",
		// A dash between two words with no space ("Casablanca–Marrakech") joins them inside the name; the one before the
		// amount stands apart.
		template: String.raw`{BUL}(?<d>(?:[^\n:|–—]|(?<=\p{L})[–—](?=\p{L})){2,80}?)[ \t]*[:–—-][ \t]*{M}(?:[ \t]*(?:\([^\n)]*\)|,[^\n]*|[-–—][^\n]*|\.))?[ \t]*$`,
		examples: [
			{ text: "- Brand guidelines: €1,100 (final version sent on Monday)", lines: [["Brand guidelines", "1", "1100"]] },
			{ text: "– Frais de déplacement Casablanca–Marrakech : 1 800,00 MAD", lines: [["Frais de déplacement Casablanca–Marrakech", "1", "1800.00"]] },
			{ text: "- Fahrtkosten Zürich–Basel – CHF 180.–", lines: [["Fahrtkosten Zürich–Basel", "1", "180"]] },
			{ text: "• Email sequence – $650, incl. two rounds of edits", lines: [["Email sequence", "1", "650"]] },
			{ text: "- Traduzione catalogo: 1.300 €", lines: [["Traduzione catalogo", "1", "1300"]] },
			// "・" marks the rows of a Japanese list.
			{ text: "・Package illustration: ¥180,000\n・Rush fee (short deadline): ¥25,000\nTotal ¥205,000", lines: [["Package illustration", "1", "180000"], ["Rush fee (short deadline)", "1", "25000"]] },
			// A code right after a shared sign names its currency and how its digits are read ("$8.500 MXN" is 8500).
			{ text: "- Diseño de logo: $6,500.00 MXN\n- Diseño del menú: $8.500 MXN", lines: [["Diseño de logo", "1", "6500.00"], ["Diseño del menú", "1", "8500"]] },
			{ text: "- Plakat: kr 1 200 NOK", lines: [["Plakat", "1", "1200"]] },
		],
	},
	{
		id: "request-label-thing-price",
		says: "a request written as a label, often a whole subject line: Factura por favor: diseño del catálogo 1.200 €",
		template: String.raw`^[ \t]*(?:invoice|bill|rechnung|factura|facture|fattura|factuur|fatura)(?:[ \t]+(?:please|pls|bitte|por favor|porfa|svp|s['’]il vous plaît|s['’]il te plaît|per favore|graag|aub|alsjeblieft))?[ \t]*[:–—-][ \t]*(?<d>[\p{L}][^\n$€£¥₹:|]{1,60}?)[ \t]*[,:–—-]?[ \t]*{M}[ \t]*[.!]?[ \t]*$`,
		examples: [
			{ text: "Factura por favor: diseño del catálogo 1.200 €", lines: [["Diseño del catálogo", "1", "1200"]] },
			{ text: "Rechnung bitte – Website-Pflege Oktober 450 €", lines: [["Website-Pflege Oktober", "1", "450"]] },
			{ text: "Invoice please: logo refresh, $600", lines: [["Logo refresh", "1", "600"]] },
			{ text: "Facture SVP : séance photo 650 €", lines: [["Séance photo", "1", "650"]] },
			{ text: "Fattura per favore: traduzione sito 900 €", lines: [["Traduzione sito", "1", "900"]] },
			{ text: "Factuur graag: onderhoud tuin € 300", lines: [["Onderhoud tuin", "1", "300"]] },
			{ text: "Fatura por favor: edição de vídeo R$ 800", lines: [["Edição de vídeo", "1", "800"]] },
		],
	},
	{
		id: "count-total-in-prose",
		needs: /total|insgesamt|gesamt|totale|totaal/iu,
		says: "N things with the total for all of them: 3 days of consulting, $2,400 in total (exact division only)",
		// The total word is required, before the amount ("for a total of") or right after it ("$2,400 in total").
		// What is counted is a noun, never "for the flyers": "30,000 for the flyers" is an amount with no currency.
		template: String.raw`{Q}[ \t]+(?:{U}[ \t]+{OF}[ \t]+{ART})?(?!(?:for|für|pour|por|para|per|voor|à|at|to|zu)[ \t]){N}[ \t]*(?:,|[—–-])?[ \t]*(?:(?:i\.e\.|that['’]s|that is|so)[ \t]+)?(?:(?:for|für|pour|por|para|per|voor)[ \t]+)?(?:(?:a total of|insgesamt|en total|au total|in totale|in totaal|no total|um total de|un total de)[ \t]+|(?=\S+(?:[ \t]\S+)?[ \t]+(?:in total|insgesamt|en total|au total|in totale|in totaal|no total)(?![\p{L}])))(?:de[ \t]+)?{M}`,
		lineTotal: true,
		examples: [
			{ text: "Please invoice 3 days of consulting, i.e. $2,400 in total.", lines: [["Consulting (days)", "3", "800.00"]] },
			{ text: "Bitte stell mir die 5 Banner für insgesamt 400 € in Rechnung.", lines: [["Banner", "5", "80.00"]] },
			{ text: "Merci de facturer 4 séances photo pour un total de 1 000 €.", lines: [["Séances photo", "4", "250.00"]] },
			// $100 over 3 is not a whole cent, and a count with an amount but no total word is not read as a line total.
			{ text: "Please invoice 3 posters, $100 in total.", lines: [] },
			{ text: "Please invoice 2 workshops, $900.", lines: [] },
			{ text: "and 30,000 for the flyers, so 480,000 CFA in total.", lines: [] },
		],
	},
	{
		id: "inline-fee-of",
		needs: /\b(?:plus|and|add|with|más|mais|più|zzgl\.?)\b|\+/iu,
		says: "an extra flat fee named before its amount, inline in the sentence: … plus a travel fee of $60",
		template: String.raw`(?:\b(?:plus|and|add|with|más|mais|più|zzgl\.?)|\+)[ \t]+{ART}(?<d>(?:[\p{L}\-]+[ \t]+){0,3}?[\p{L}\-]*{FEE}(?:[ \t]+(?:de|di|do|da|du)[ \t]+[\p{L}\-]+)?)[ \t]+(?:of|de|von|di|van|do|da)[ \t]+{M}`,
		examples: [
			{ text: "Can you invoice us $1,200 for the shoot, plus a travel fee of $60?", lines: [["Shoot", "1", "1200"], ["Travel fee", "1", "60"]] },
			{ text: "Bitte stellen Sie uns den Workshop mit 900 € in Rechnung, zzgl. Reisekosten von 80 €.", lines: [["Workshop", "1", "900"], ["Reisekosten", "1", "80"]] },
		],
	},
	{
		id: "for-that-one-agreed-price",
		needs: /(?<![\p{L}])(?:(?:for|por|pour|per|für)[ \t]+(?:that|this|ese|esa|esse|essa|celui-là|celle-là|quello|quella|den|die|das)(?:[ \t]+one)?)[ \t,]/iu,
		thingBefore: true,
		pointsAtOne: true,
		says: "a sentence that opens on 'for that one' and recalls the price agreed for the one thing added just before (6 labels at $350 each, plus the tap handle logo. For that one we agreed $280.)",
		// Before "for-description-price", which would name the line by the words after "for" ("Ese acordamos").
		template: String.raw`(?<=(?:^|[.!?])[ \t]{0,3}\n?[ \t]{0,3})(?:for[ \t]+(?:that|this)[ \t]+one[ \t]*,?[ \t]+(?:we|you|I)[ \t]+(?:agreed|agreed on|settled on|said|quoted|had agreed|had said)|por[ \t]+(?:ese|esa)[ \t]*,?[ \t]+(?:acordamos|quedamos en|dijimos)|por[ \t]+(?:esse|essa)[ \t]*,?[ \t]+(?:combinamos|acordamos|fechamos)|pour[ \t]+(?:celui-là|celle-là)[ \t]*,?[ \t]+(?:on avait dit|on a dit|nous avions convenu de|on avait convenu de)|per[ \t]+(?:quello|quella)[ \t]*,?[ \t]+(?:avevamo concordato|abbiamo concordato|avevamo detto|abbiamo detto))[ \t]+{M}(?![.,'’ ]?\d)(?![ \t]*(?:${PER_UNIT})(?![\p{L}]))`,
		examples: [
			{ text: "We agreed 6 labels at $350 each, plus the tap handle logo. For that one we agreed $280.", lines: [["Labels", "6", "350"], ["Tap handle logo", "1", "280"]] },
			{ text: "El logo fue 500 €, y también el cartel de la feria. Por ese acordamos 90 €.", lines: [["Logo", "1", "500"], ["Cartel de la feria", "1", "90"]] },
		],
	},
	{
		id: "for-this-add-price",
		needs: /(?<![\p{L}])for[ \t]+(?:this|that|it)(?:[ \t]+one)?[ \t]*,?[ \t]+(?:(?:please|pls|kindly|just|also)[ \t]+){0,2}(?:add|charge|put|bill)(?![\p{L}])/iu,
		thingBefore: true,
		pointsAtOne: true,
		says: "a sentence that opens on 'for this, add' and prices the work the sentence before says was done (You also retouched the author portrait. For this please add ¥25,000.)",
		// Before "for-description-price", which would name the line by the verb ("Add"). The thing is the work the sentence
		// before says Sam did; with none, the line is asked about.
		template: String.raw`(?<=(?:^|[.!?])[ \t]{0,3}\n?[ \t]{0,3})for[ \t]+(?:this|that|it)(?:[ \t]+one)?[ \t]*,?[ \t]+(?:(?:please|pls|kindly|just|also)[ \t]+){0,2}(?:add|charge|put|bill)(?:[ \t]+(?:on|down))?[ \t]+(?:(?:another|an extra|a further)[ \t]+)?{M}(?![.,'’ ]?\d)(?![ \t]*(?:${PER_UNIT})(?![\p{L}]))`,
		examples: [
			{ text: "Please invoice the brochure design, $1,200 as agreed. You also retouched the team photos. For this please add $300.", lines: [["Brochure design", "1", "1200"], ["Team photos retouching", "1", "300"]] },
			{ text: "Invoice the cover, £900. Also you edited the launch video for our site. For that, add £250.", lines: [["Cover", "1", "900"], ["Launch video editing", "1", "250"]] },
		],
	},
	{
		id: "for-description-price",
		says: "for the <thing>, <price> (a flat fee)",
		// A comma and a joining word start another clause ("as per your quote, and the signage mockups another S$450"):
		// the thing never runs over it. "For this, …" points back and names no thing.
		// "Pelas minhas contas dá 400 €", "per i miei conti": the writer's own adding up (OWN_RECKONING_WORDS) names no thing.
		template: String.raw`(?=\p{L})(?<!(?:\d|[€$£¥₹])(?:[.,][-–—]{1,2})?[ \t]*)(?!(?:${alt(OWN_RECKONING_WORDS)})(?![\p{L}])){FOR}[ \t]+{ART}(?!(?:this|that|it|esto|eso|esta|cela|ceci|ça|dies|das|questo|questa|dit|dat|isso|isto)(?![\p{L}]))(?!(?:${alt(NOT_A_THING_AFTER_FOR)})[ \t]*(?:[,;:.!?()]|$))(?<d>[\p{L}\p{N}](?:(?!,[ \t]+(?:and|und|et|y|e|en|plus|sowie)[ \t])[^\n.?!;$€£¥₹]){1,80}?)[ \t]*(?:[,:(]|[—–-]|{LINK})?{AGREED}[ \t]*\(?[ \t]*{M}`,
		examples: [
			{ text: "Regarding the photos from the launch, please invoice us for the video instead, $600.", lines: [["Video", "1", "600"]] },
			{ text: "Please invoice us for the logo at the agreed $650.", lines: [["Logo", "1", "650"]] },
			{ text: "Pelas minhas contas dá 400 €.", lines: [] },
			{ text: "Could you please send us the invoice for the brochure design and print run at the agreed R12 500,00 so that I can load it?", lines: [["Brochure design and print run", "1", "12500.00"]] },
			{ text: "Kannst du mir die Rechnung für die Website zum vereinbarten 1.900 € schicken?", lines: [["Website", "1", "1900"]] },
			// The object of "invoice" is the thing; "for the conference" says what it was for (a company is the customer).
			{ text: "Please invoice the catering for the conference, $1,500.", lines: [["Catering for the conference", "1", "1500"]] },
			{ text: "Please invoice us: design work for the gala programme, $1,500.", lines: [["Design work for the gala programme", "1", "1500"]] },
			{ text: "Please invoice Acme Corp for the audit, $900.", lines: [["Audit", "1", "900"]] },
			{ text: "Kindly raise an invoice for the app security audit, INR 1.5 lakh.", lines: [["App security audit", "1", "150000"]] },
			{ text: "Please invoice us for the data migration, ₹2 crore.", lines: [["Data migration", "1", "20000000"]] },
			{ text: "invoice us for the logo design, $650", lines: [["Logo design", "1", "650"]] },
			{ text: "Please invoice us for the wedding photos ($1,800)", lines: [["Wedding photos", "1", "1800"]] },
			{ text: "Please invoice us for Milestone 3 (backend API): $5,000.", lines: [["Milestone 3 (backend API)", "1", "5000"]] },
			{ text: "Could you issue an invoice for the SEO retainer (Q4), which is US$2,400 as per the agreement?", lines: [["SEO retainer (Q4)", "1", "2400"]] },
			{ text: "Merci de nous faire parvenir la facture correspondant à la maintenance annuelle, soit 1 200 € HT.", lines: [["Maintenance annuelle", "1", "1200"]] },
			{ text: "Wilt u de factuur sturen voor de jaarlijkse onderhoudsbeurt van € 375,00?", lines: [["Jaarlijkse onderhoudsbeurt", "1", "375.00"]] },
			{ text: "Vi chiediamo di emettere fattura per la consulenza del 12 novembre, pari a 600,00 euro + IVA.", lines: [["Consulenza del 12 novembre", "1", "600.00"]] },
			// "in Höhe von", "per un importo di", "for the amount of" link the price; the thing is the one after "for".
			{ text: "Wir bitten um die Rechnung für die Messegrafik in Höhe von 1.750,00 €.", lines: [["Messegrafik", "1", "1750.00"]] },
			{ text: "Vi preghiamo di inviarci la fattura per la revisione dei testi per un importo di 820 €.", lines: [["Revisione dei testi", "1", "820"]] },
			{ text: "Could you send us the invoice for the spring lookbook for the amount of $2,300?", lines: [["Spring lookbook", "1", "2300"]] },
			// "no valor acordado de", "zum vereinbarten Betrag von": the agreed amount's name links the price too.
			{ text: "Peço que nos envie a fatura referente ao catálogo, no valor acordado de 980,00 €.", lines: [["Catálogo", "1", "980.00"]] },
			{ text: "Schicken Sie uns bitte die Rechnung für das Messelogo zum vereinbarten Betrag von 1.400 €.", lines: [["Messelogo", "1", "1400"]] },
			// "Pour rappel,", "por favor (…)", "for the record,": a remark or a request formula after "for", never the thing
			// (the thing is read after the price by price-for-description).
			{ text: "Descuéntalo en la factura, por favor (quedarían 890,00 €).", lines: [] },
		],
	},
	{
		id: "invoice-thing-price",
		says: "invoice the <thing>, <price> (the thing right after the verb)",
		// Italian joins the pronoun to the verb ("puoi fatturarci il workshop", "fatturami pure il logo"), and a softening
		// word may follow it ("pure", "just").
		template: String.raw`\b(?:invoice|bill|facturer|facturar|faturar|fatturare|factureren|factureer|facturez|facturad(?:nos|me)?|faturem|fatturate|fatturateci|fatturatemi|fatturaci|fatturami|fatturar(?:ci|mi)|fact[uú]ra(?:nos|me)|fatur[ae]-(?:nos|me)|factur(?:ez|e)-(?:nous|moi))[ \t]+(?:(?:us|me|nous|nos|ci)[ \t]+)?(?:(?:pure|just|simply|anche)[ \t]+)?{ART}(?<d>[\p{L}][^\n.?!;$€£¥₹(),]{1,60}?)[ \t]*(?:[,:(]|[—–-]|(?<![\p{L}])(?:at|for|of|à|a|por|per)(?![\p{L}]))[ \t]*{M}`,
		examples: [
			{ text: "Please invoice the full project, €6,000, and nothing else.", lines: [["Full project", "1", "6000"]] },
			{ text: "Please invoice the logo: $500.", lines: [["Logo", "1", "500"]] },
			{ text: "Please invoice the logo at $500.", lines: [["Logo", "1", "500"]] },
			// The imperatives of the other languages, and their "a" / "por" before the price.
			{ text: "Facturadnos el cartel a 120 €.", lines: [["Cartel", "1", "120"]] },
			{ text: "Factúranos el cartel a 120 €.", lines: [["Cartel", "1", "120"]] },
			{ text: "Fatura-nos o folheto a 120 €.", lines: [["Folheto", "1", "120"]] },
			{ text: "Ciao Sam, puoi fatturarci il workshop, 1.500 €?", lines: [["Workshop", "1", "1500"]] },
			{ text: "Fatturami pure il logo, 450 €.", lines: [["Logo", "1", "450"]] },
			{ text: "Potresti fatturarmi la locandina: 180 €.", lines: [["Locandina", "1", "180"]] },
		],
	},
	{
		id: "invoice-of-thing-price",
		says: "the invoice of/for the <thing>, <price> (the thing named right after the word invoice, in any language)",
		// Brazil's "nota fiscal" is the invoice ("emitir a nota fiscal do ensaio, R$ 1.200,00"), and "referente ao" joins
		// it to its thing as "referente à" does.
		template: String.raw`(?<![\p{L}])(?:invoice|bill|Rechnung|factura|facture|fatura|fattura|factuur|nota fiscal)[ \t]+(?:of|for|de|del|do|da|dos|das|di|della|delle|dei|degli|du|des|van|von|über|für|per|voor|pour|por|para|relativa à|relativa a|referente à|referente ao|referente aos|referente às|relativa ao|relativo ao|relativa aos|relativo aos)[ \t]+{ART}(?<d>[\p{L}][^\n.?!;$€£¥₹]{1,80}?)[ \t]*(?:[,:(]|[—–-]|{LINK}){AGREED}[ \t]*\(?[ \t]*{M}`,
		examples: [
			{ text: "Agradeço que me envie a fatura do rótulo novo, no valor de 650 €.", lines: [["Rótulo novo", "1", "650"]] },
			{ text: "Me manda a fatura da identidade visual, o combinado R$ 2.400,00?", lines: [["Identidade visual", "1", "2400.00"]] },
			{ text: "Pode emitir a nota fiscal do ensaio, R$ 1.200,00?", lines: [["Ensaio", "1", "1200.00"]] },
			{ text: "Me manda a fatura da sessão de fotos, R$ 900.", lines: [["Sessão de fotos", "1", "900"]] },
			{ text: "Hola Sam, mándame la factura de la sesión de fotos del sábado, son 250 euros.", lines: [["Sesión de fotos del sábado", "1", "250"]] },
			// "por importe de", "in Höhe von", "pour un montant de": the amount's own name links the price, it is no thing.
			{ text: "Le agradeceríamos que nos enviara la factura de la campaña de diciembre por importe de 2.100 €.", lines: [["Campaña de diciembre", "1", "2100"]] },
			{ text: "Pourriez-vous nous adresser la facture de la refonte du catalogue pour un montant de 3 400 € ?", lines: [["Refonte du catalogue", "1", "3400"]] },
			// "no valor acordado de", "pour le montant convenu de": the agreed amount's name links the price too.
			{ text: "Merci de nous envoyer la facture de la brochure pour le montant convenu de 1 150 €.", lines: [["Brochure", "1", "1150"]] },
			{ text: "Nos envía la factura del vídeo corporativo por el importe acordado de 2.300 €.", lines: [["Vídeo corporativo", "1", "2300"]] },
		],
	},
	{
		id: "thing-with-price-in-rechnung",
		needs: /rechnung/i,
		says: "German: uns den <thing> mit <price> in Rechnung stellen",
		// "für" and "mit insgesamt" link the price as "mit" does ("die Schaufenstergestaltung für 650 € in Rechnung stellen").
		template: String.raw`\b(?:uns|mir)[ \t]+{ART}(?<d>[\p{L}][^\n.?!;,]{1,60}?)[ \t]+(?:mit|für)[ \t]+(?:(?:insgesamt|pauschal)[ \t]+)?{M}[ \t]+in[ \t]+Rechnung`,
		examples: [
			{ text: "Bitte stellen Sie uns den Flyerentwurf mit 350 € in Rechnung.", lines: [["Flyerentwurf", "1", "350"]] },
			{ text: "Kannst du uns bitte die Schaufenstergestaltung für 650 € in Rechnung stellen?", lines: [["Schaufenstergestaltung", "1", "650"]] },
			{ text: "Wie besprochen bitten wir dich, uns die Umsetzung mit insgesamt 4.800 € in Rechnung zu stellen.", lines: [["Umsetzung", "1", "4800"]] },
		],
	},
	{
		id: "thing-in-rechnung-then-price",
		needs: /rechnung/i,
		says: "German: uns die <thing> in Rechnung (stellen): <price>",
		template: String.raw`(?<![\p{L}])(?:uns|mir)[ \t]+{ART}(?<d>[\p{L}][^\n.?!;:]{1,60}?)[ \t]+in[ \t]+Rechnung(?:[ \t]+(?:zu[ \t]+)?stellen)?[ \t]*[:,?—–-][ \t]*{M}`,
		examples: [
			{ text: "Bitte stellen Sie uns die Website-Wartung für 2026 in Rechnung: CHF 1'800.–", lines: [["Website-Wartung für 2026", "1", "1800"]] },
			// The price in the next sentence after the question ("… in Rechnung stellen? 600 € wie abgesprochen").
			{ text: "Magst du uns die Moderation in Rechnung stellen? 600 € wie abgesprochen.", lines: [["Moderation", "1", "600"]] },
		],
	},
	{
		id: "thing-factureren-then-price",
		needs: /factureren|rekening/i,
		says: "Dutch: (kun je) de <thing> factureren, <price> (the verb after the thing)",
		template: String.raw`(?<![\p{L}])(?:je|u|jij|jullie)[ \t]+(?:(?:mag|mogen|kan|kun|kunt|wil|wilt|zou|zoudt)[ \t]+)?(?:(?:ons|mij|me)[ \t]+)?(?:(?:maar|even|gewoon)[ \t]+)?(?:de|het)[ \t]+(?<d>[\p{L}][^\n.?!;:,€$£]{1,60}?)[ \t]+(?:factureren|in[ \t]+rekening[ \t]+brengen|aanrekenen)[ \t]*[:,?—–-]?[ \t]*{M}`,
		examples: [
			{ text: "Hoi Sam, kun je de workshop factureren, € 1.500?", lines: [["Workshop", "1", "1500"]] },
			{ text: "Wil je het logo factureren? € 450.", lines: [["Logo", "1", "450"]] },
			{ text: "Kunt u ons de vertaling factureren: € 900?", lines: [["Vertaling", "1", "900"]] },
			{ text: "Je mag ons de workshop van vrijdag factureren, € 600 zoals afgesproken.", lines: [["Workshop van vrijdag", "1", "600"]] },
			{ text: "Kun je ons de 3 workshops factureren?", lines: [] },
		],
	},
	{
		id: "rate-each-for-count",
		needs: /(?<![\p{L}])(?:for|für|pour|por|para|voor|per)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}\S{0,4}[ \t]?\d/iu,
		says: "a price per thing, then the count it is for (OMR 0.450 per copy for printing 1,000 copies; $2 each for 300 flyers; 0,45 € pro Stück für 1.000 Flyer)",
		template: String.raw`{M}[ \t]*(?<e>${PER_UNIT})[ \t]+(?:for|für|pour|por|para|voor|per)[ \t]+(?:(?<lead>[\p{L}][\p{L}'’\-]*)[ \t]+)?{ART}{Q}[ \t]+{N}(?=[ \t]*(?:[.,;:!?()]|$)|[ \t]+(?:and|und|y|e|et|en|plus|please|bitte|por favor|s['’]il|graag)(?![\p{L}]))`,
		joinPre: true,
		examples: [
			{ text: "The agreed price is OMR 385.500 for the brochure design and OMR 0.450 per copy for printing 1,000 copies.", lines: [["Brochure design", "1", "385.500"], ["Printing copies", "1000", "0.450"]] },
			{ text: "Please invoice us: $2 each for 300 flyers.", lines: [["Flyers", "300", "2"]] },
			{ text: "Bitte in Rechnung stellen: 0,45 € pro Stück für 1.000 Flyer.", lines: [["Flyer", "1000", "0.45"]] },
			{ text: "Me haces la factura? 3 € la unidad por 200 tazas, por favor.", lines: [["Tazas", "200", "3"]] },
		],
	},
	{
		id: "price-for-description",
		says: "<price> for the <thing> (a flat fee, amount first)",
		template: String.raw`{M}(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:flat|fixed)(?:[ \t]+|[ \t]*\n[ \t]*))?(?:fee|charge|Gebühr|Pauschale|frais|tarifa|taxa|tariffa))?(?:[ \t]+|[ \t]*\n[ \t]*)(?!per[ \t](?!(?:il|lo|la|i|gli|le|un|uno|una)[ \t]|l['’]|un['’]))(?!pro[ \t]){FOR}[ \t]+(?!(?:each|every|chaque|chacun|chacune|cada|jede[nrs]?|ogni|ciascun[oa]|elke?|iedere)(?![\p{L}])){ART}(?<d>[\p{L}\p{N}][^\n.?!;,()]{1,80}?)(?=[ \t]*(?:[.?!,;()\n]|$|[—–][ \t]|\+[ \t]*{NEXTM}|[ \t](?:please|thanks|bitte|merci|por favor|grazie|graag|due|payable|zahlbar|por|pour)\b|[ \t](?:and|und|et|y|e|en|plus|sowie)[ \t]+{NEXTM}|[ \t](?:and|und|et|y|e|en|plus|sowie)(?:[ \t]+(?:also|auch|aussi|también|anche|ook|também))?[ \t]+\d{1,4}[ \t]+[\p{L}][^\n.?!;]{0,60}?(?:{AT}|(?:which|that|die|der|das|que|qui|che|dat)[ \t]+(?:{BE}))[ \t]+(?:{NEXTM}|\d[\d.,'’ \u00a0]*[ \t]?\$)))`,
		examples: [
			// "Pour rappel,", "For the record,": a remark after "for", never the thing; the thing is the one after the price.
			{ text: "For the record, we had agreed $900 for the brochure layout.", lines: [["Brochure layout", "1", "900"]] },
			{ text: "Pour rappel, nous avions convenu d'un forfait de 420 € pour la conception de la carte.", lines: [["Conception de la carte", "1", "420"]] },
			// The thing ends where a next item with its own count and price begins ("and 12 extra photos at $35 each",
			// "and also 2 revisions extra which was 200 zł for each one").
			{ text: "As agreed: $1,450 for the photo session and 12 extra photos at $35 each.", lines: [["Photo session", "1", "1450"], ["Extra photos", "12", "35"]] },
			{ text: "Like we agree it is 1 800 zł for logo animation and also 2 revisions extra which was 200 zł for each one.", lines: [["Logo animation", "1", "1800"], ["Revisions extra", "2", "200"]] },
			{ text: "Comme convenu : 1 450,00 $ CA pour la séance photo et 12 photos supplémentaires à 35,00 $ CA chacune.", lines: [["Séance photo", "1", "1450.00"], ["Photos supplémentaires", "12", "35.00"]] },
			{ text: "Wie besprochen: 1.450 € für das Fotoshooting und 12 zusätzliche Fotos à 35 € pro Stück.", lines: [["Fotoshooting", "1", "1450"], ["Zusätzliche Fotos", "12", "35"]] },
			// The thing ends where the next amount begins: two items, two lines.
			// "the design itself" is the packaging design named before it.
			{ text: "Can you invoice us for the packaging design? We agreed NOK 14.500,- for the design itself and NOK 2.200,- for the print-ready files.", lines: [["Packaging design", "1", "14500"], ["Print-ready files", "1", "2200"]] },
			// A scale word is part of the amount: "$2.5k" is 2,500, never 2.50.
			{ text: "Hey Sam, can you invoice us $2.5k for the podcast editing?", lines: [["Podcast editing", "1", "2500"]] },
			// "flat fee" between the amount and "for" says how it is charged, also where the mail wraps the line ("flat" alone
			// is left to the phrasings that read "the map itself" as the thing asked about). A wrapped line is read only when it holds a
			// digit (the scan blanks the others).
			{ text: "8 portraits at C$95 each, plus the C$150 flat\nfee for retouching. Due by the 15th please.", lines: [["Portraits", "8", "95"], ["Retouching", "1", "150"]] },
			{ text: "Two days of filming at £600 a day and a £90 fee for the drone permit.", lines: [["Filming (days)", "2", "600"], ["Drone permit", "1", "90"]] },
			{ text: "Die Fotos: 300 € Pauschale für die Bildbearbeitung.", lines: [["Bildbearbeitung", "1", "300"]] },
			{ text: "Please invoice us $900 for the October audit, due soon.", lines: [["October audit", "1", "900"]] },
			{ text: "bitte senden Sie uns eine Rechnung über 2.400,00 € für die Fotoproduktion.", lines: [["Fotoproduktion", "1", "2400.00"]] },
			{ text: "Please invoice us QAR 7,500 for the exhibition stand design.", lines: [["Exhibition stand design", "1", "7500"]] },
			// Any currency's amount starts the next item: a local sign ("Tk"), a code, an amount with its sign after.
			{ text: "kindly send invoice, the amount we agreed was Tk 38,500 for the packaging design plus Tk 6,000 for the hang tags.", lines: [["Packaging design", "1", "38500"], ["Hang tags", "1", "6000"]] },
			{ text: "Pode emitir a fatura de R$ 1.200,00 para a identidade visual e R$ 300,00 para o cartão de visita?", lines: [["Identidade visual", "1", "1200.00"], ["Cartão de visita", "1", "300.00"]] },
			{ text: "Die Rechnung bitte: 1.200 € für das Logo und 350 € für die Visitenkarten.", lines: [["Logo", "1", "1200"], ["Visitenkarten", "1", "350"]] },
			{ text: "Please invoice R 4 500 for the brand workshop and the R 1 200 for the slides.", lines: [["Brand workshop", "1", "4500"], ["Slides", "1", "1200"]] },
			// Italian "per il/la/l'" is "for the", never a price per unit.
			{ text: "Mandami pure la fattura: CHF 2'400.– per il video del matrimonio.", lines: [["Video del matrimonio", "1", "2400"]] },
			{ text: "Fammi la fattura: 800 € per l'allestimento e 300 € per la grafica.", lines: [["Allestimento", "1", "800"], ["Grafica", "1", "300"]] },
			// "+" joins a next item with its own amount, as "and" does.
			{ text: "Tu peux me faire la facture ?\n\n1 250,00 € pour le site + 80,00 € pour l'hébergement de la première année.", lines: [["Site", "1", "1250.00"], ["Hébergement de la première année", "1", "80.00"]] },
			{ text: "Invoice please: $900 for the logo + $250 for the business cards.", lines: [["Logo", "1", "900"], ["Business cards", "1", "250"]] },
		],
	},
	{
		id: "and-thing-colon-price",
		needs: /:/,
		says: "a second labelled item in the same sentence: … and Sprint 15 (mobile app): $6,000",
		template: String.raw`\b(?:and|und|et|y|e|en)[ \t]+(?<d>[\p{L}][^\n.?!;:$€£¥₹]{1,60}?)[ \t]*:[ \t]*{M}`,
		examples: [{ text: "Please invoice us for Sprint 14 (mobile app): $6,000 and Sprint 15 (mobile app): $6,000.", lines: [["Sprint 14 (mobile app)", "1", "6000"], ["Sprint 15 (mobile app)", "1", "6000"]] }],
	},
	{
		id: "and-thing-bracket-price",
		needs: /\(/,
		says: "a second item in the same sentence with its price in brackets: the logo (€300) and the business cards (€120)",
		template: String.raw`(?:\b(?:and|und|et|y|e|en|plus)|,)[ \t]+{ART}(?<d>[\p{L}][^\n.?!;:$€£¥₹()]{1,60}?)[ \t]*\([ \t]*{M}[ \t]*\)`,
		examples: [
			{ text: "Could you send us an invoice for the logo (€300) and the business cards (€120)?", lines: [["Logo", "1", "300"], ["Business cards", "1", "120"]] },
			{ text: "Kannst du mir die Rechnung für das Logo (300 €), die Visitenkarten (120 €) und den Flyer (90 €) schicken?", lines: [["Logo", "1", "300"], ["Visitenkarten", "1", "120"], ["Flyer", "1", "90"]] },
			{ text: "¿Me mandas la factura del logo (300 €) y las tarjetas (120 €)?", lines: [["Logo", "1", "300"], ["Tarjetas", "1", "120"]] },
		],
	},
	{
		id: "to-whom-thing-bracket-price",
		needs: /\(/,
		says: "the first of several items right after whom it is billed to, its price in brackets: könnt ihr uns das Fotoshooting (1.200 €) und die Bildbearbeitung (300 €) in Rechnung stellen",
		// Only before a second item ("und", "and", a comma): "uns das Logo (300 €)" alone is read by the request's rows.
		template: String.raw`(?<![\p{L}])(?:uns|mir|ons|mij|nous|nos|ci|mi|us|me)[ \t]+{ART}(?<d>[\p{L}][^\n.?!;:$€£¥₹()]{1,60}?)[ \t]*\([ \t]*{M}[ \t]*\)(?=[ \t]*(?:,|(?:und|and|et|y|e|en|sowie)[ \t]))`,
		examples: [
			{ text: "Könnt ihr uns das Fotoshooting (1.200 €) und die Bildbearbeitung (300 €) in Rechnung stellen?", lines: [["Fotoshooting", "1", "1200"], ["Bildbearbeitung", "1", "300"]] },
			{ text: "Kun je ons de fotoshoot (€ 650) en de nabewerking (€ 150) factureren?", lines: [["Fotoshoot", "1", "650"], ["Nabewerking", "1", "150"]] },
			{ text: "Bitte stellt uns das Logo (800 €), die Karten (120 €) und den Flyer (90 €) in Rechnung.", lines: [["Logo", "1", "800"], ["Karten", "1", "120"], ["Flyer", "1", "90"]] },
		],
	},
	{
		id: "and-thing-at-price",
		says: "a second item in the same sentence, its price after at/à/a: … Phase 2 at $4,000 and Phase 3 at $6,000",
		template: String.raw`\b(?:and|und|et|y|e|en|plus)[ \t]+{ART}(?<d>[\p{L}][^\n.?!;:$€£¥₹()]{1,60}?)[ \t]+(?:at|à|a|zu|@)[ \t]+{M}`,
		examples: [
			{ text: "Please invoice us for Phase 2 at $4,000 and Phase 3 at $6,000.", lines: [["Phase 2", "1", "4000"], ["Phase 3", "1", "6000"]] },
			{ text: "Merci de facturer la phase 1 à 2 000 € et la phase 2 à 3 500 €.", lines: [["Phase 1", "1", "2000"], ["Phase 2", "1", "3500"]] },
		],
	},
	{
		id: "and-thing-dash-price",
		says: "a second item in the same sentence, its price set off by dashes: … and milestone 3 (build) - USD 6,000",
		template: String.raw`\b(?:and|und|et|y|e|en)[ \t]+{ART}(?<d>[\p{L}][^\n.?!;:$€£¥₹–—]{1,60}?)[ \t]+[–—-][ \t]+{M}`,
		examples: [{ text: "Would you please issue the invoice for milestone 2 (design sign-off) - USD 4,000 - and milestone 3 (build) - USD 6,000?", lines: [["Milestone 2 (design sign-off)", "1", "4000"], ["Milestone 3 (build)", "1", "6000"]] }],
	},
	{
		id: "thing-price-plus",
		says: "a short thing and its price right after it, joined to the next thing by '+' (Invoice pls - menu cards kr 4 500,- + 3 roll-ups à kr 1 200,-)",
		// After a dash or a "+" only, at most four words, and after the price a "+" and a counted thing ("+ 3 roll-ups"):
		// the run is a list of things, each priced where it stands. "+ tax", "+ GST", "+ 10 %" or "+ shipping" add no
		// counted thing, so they leave the price to the other rows (asked about).
		template: String.raw`(?:(?<=[–—-][ \t])|(?<=\+[ \t]{1,3}))(?<d>\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3}?)[ \t]+{M}(?=[ \t]*\+[ \t]*\d{1,5}(?![\d.,]*[ \t]*%)[ \t]*(?:[x×][ \t]*)?\p{L})`,
		examples: [
			{ text: "Invoice pls - menu cards kr 4 500,- + 3 roll-ups à kr 1 200,-", lines: [["Menu cards", "1", "4500"], ["Roll-ups", "3", "1200"]] },
			{ text: "Invoice pls - logo $450 + 3 banners at $120 each", lines: [["Logo", "1", "450"], ["Banners", "3", "120"]] },
			{ text: "Rechnung bitte - Logo 450 € + 3 Banner à 120 €", lines: [["Logo", "1", "450"], ["Banner", "3", "120"]] },
			{ text: "Factura porfa - logo 450 € + 3 banners a 120 € cada uno", lines: [["Logo", "1", "450"], ["Banners", "3", "120"]] },
			{ text: "Invoice pls - logo $450 + tax", lines: [] },
			{ text: "Invoice pls - logo $450 + 10% GST", lines: [] },
		],
	},
	{
		id: "one-noun-row-price",
		says: "a row that opens with a count of one, then the thing (a note in brackets may follow) and its price: 1 Innenraumvisualisierung (Penthouse) 380,00 €",
		// With no "at/à/each" the price may be the row's total: read only for a count of one, where both are the same.
		flatForOne: true,
		template: String.raw`{LINE}{Q}[ \t]+(?<d>${NOUN}(?:[ \t]*\([^()\n$€£¥₹]{1,40}\))?)(?:[ \t]*:|[ \t]+[–—-])?[ \t]+{M}[ \t]*$`,
		examples: [
			{ text: "3 Außenvisualisierungen à 420,00 €\n1 Innenraumvisualisierung (Penthouse) 380,00 €", lines: [["Außenvisualisierungen", "3", "420.00"], ["Innenraumvisualisierung (Penthouse)", "1", "380.00"]] },
			{ text: "12 portraits at $45 each\n1 group photo $150", lines: [["Portraits", "12", "45"], ["Group photo", "1", "150"]] },
			{ text: "1 vídeo institucional (2 min) R$ 3.500,00", lines: [["Vídeo institucional (2 min)", "1", "3500.00"]] },
		],
	},
	{
		id: "plain-label-price",
		says: "a line of its own: a label, a dash or colon, and one price (quantity 1)",
		template: String.raw`^[ \t]*(?<d>\p{L}[^\n:|–—$€£¥₹]{1,60}?)(?:[ \t]*:|[ \t]+[–—-])[ \t]+{M}(?:[ \t]*\([ \t]*{FLAT}[ \t]*\))?[ \t]*$`,
		examples: [
			// "(valor fechado)", "(flat)", "(pauschal)" after the price only says how it is charged.
			{ text: "Diagramação — 48 páginas a R$ 95,00 por página\nTratamento de imagens — R$ 1.850,00 (valor fechado)", lines: [["Diagramação (páginas)", "48", "95.00"], ["Tratamento de imagens", "1", "1850.00"]] },
			{ text: "Editing: $900 (flat fee)\nColour grading: $300 (flat)", lines: [["Editing", "1", "900"], ["Colour grading", "1", "300"]] },
			{ text: "Bildbearbeitung – 450 € (pauschal)", lines: [["Bildbearbeitung", "1", "450"]] },
			{ text: "Editing: $90 (per hour)", lines: [] },
			{ text: "Design consultation (3 hours) - £240\nMood board - £150", lines: [["Design consultation (3 hours)", "1", "240"], ["Mood board", "1", "150"]] },
			{ text: "Phase 1 - Discovery: $2,500\nPhase 2 - Design: $4,000", lines: [["Phase 1 - Discovery", "1", "2500"], ["Phase 2 - Design", "1", "4000"]] },
		],
	},
	{
		id: "list-row-thing-price",
		says: "a row of a list with neither bullet nor separator: a short name, then its price, beside another row with an amount (Reels editing Rp 2.100.000)",
		// Only words in the name (a count there is never a flat price), and a neighbouring row holds a number too.
		template: String.raw`^(?:(?<=\d[^\n]*\n)|(?=[^\n]*\n[^\n]*\d))[ \t]*(?<d>\p{L}[\p{L}'’&/\-]*(?:[ \t]+\p{L}[\p{L}'’&/\-]*){0,4}(?:[ \t]+\([\p{L} '’&/\-]{2,30}\))?)[ \t]+{M}[ \t]*$`,
		examples: [
			{ text: "12 Instagram posts x Rp 450.000 = Rp 5.400.000\nReels editing Rp 2.100.000", lines: [["Instagram posts", "12", "450000"], ["Reels editing", "1", "2100000"]] },
			{ text: "Logo 500 €\nVisitenkarten 120 €", lines: [["Logo", "1", "500"], ["Visitenkarten", "1", "120"]] },
			{ text: "Shooting photo 650 €\nRetouches 120 €\nTotal 770 €", lines: [["Shooting photo", "1", "650"], ["Retouches", "1", "120"]] },
			// A remark in brackets after the name belongs to it ("visitekaartjes (ontwerp)"); a count there does not.
			{ text: "logo-opfrisbeurt € 650,00\nvisitekaartjes (ontwerp) € 95,00", lines: [["Logo-opfrisbeurt", "1", "650.00"], ["Visitekaartjes (ontwerp)", "1", "95.00"]] },
			{ text: "Poster design (print version) $400\nFlyer design (front and back) $150", lines: [["Poster design (print version)", "1", "400"], ["Flyer design (front and back)", "1", "150"]] },
			{ text: "Logo 500 €\nFlyers (200) 80 €", lines: [["Logo", "1", "500"]] },
			// A row alone, with no list around it, is left to the phrasings that read sentences.
			{ text: "Reels editing Rp 2.100.000", lines: [] },
		],
	},
	{
		id: "price-first-row",
		says: "a row that writes its price first, then the thing after a dash or colon ($500 – logo design; 1.200 € : Fotoshooting)",
		template: String.raw`{LINE}{M}[ \t]*[:–—-][ \t]*(?<d>\p{L}[^\n$€£¥₹\d:|]{1,60}?)[ \t]*$`,
		examples: [
			{ text: "- $500 – logo design\n- $120 – business cards", lines: [["Logo design", "1", "500"], ["Business cards", "1", "120"]] },
			{ text: "1.200 € : Fotoshooting im Studio\n340 € : Bildbearbeitung", lines: [["Fotoshooting im Studio", "1", "1200"], ["Bildbearbeitung", "1", "340"]] },
			// A total or what is owed is never a row's thing.
			{ text: "- $500 – logo design\n- $500 – total due", lines: [["Logo design", "1", "500"]] },
		],
	},
	{
		id: "thing-is-price",
		says: "a sentence of its own naming a thing and its price, without an article: Shipping is €15 flat",
		template: String.raw`(?:^|[.?!][ \t]+)(?!(?:it|this|that|which|what|there|here|our|your|my|the|total|price|amount|rate|balance)\b)(?<d>\p{Lu}[\p{L}\-]*(?:[ \t]+[\p{L}\-]+){0,2}?)[ \t]+(?:is|was|comes to|came to|costs|ist|kostet|est|coûte|es|cuesta|é|custa|è|costa|kost)[ \t]+{M}`,
		examples: [
			{ text: "20 x Notebook A5 @ €6.50\n\nShipping is €15 flat.", lines: [["Notebook A5", "20", "6.50"], ["Shipping", "1", "15"]] },
		],
	},
	{
		id: "invoice-us-bare-amount-for",
		needs: /\b(?:invoice|bill)\s+(?:us|me)\b/i,
		says: "invoice us <number> for <thing> (the currency may be missing, then it is asked for)",
		template: String.raw`\b(?:invoice|bill)[ \t]+(?:us|me)[ \t]+{P}[ \t]+for[ \t]+{ART}(?<d>[\p{L}\p{N}][^\n.?!;,()]{1,80}?)(?=[ \t]*(?:[.?!,;()\n]|$))`,
		barePrice: true,
		examples: [{ text: "Please invoice us 1,500 for the website audit.", lines: [["Website audit", "1", "1500"]] }],
	},
	{
		id: "inline-fee",
		says: "an extra flat fee mentioned inline (plus/add the $150 travel fee)",
		template: String.raw`\b(?:plus|and|add|with|\+|inkl\.?|zzgl\.?|más|mais|più)[ \t]+{ART}{M}[ \t]+(?<d>(?:[\p{L}\-]+[ \t]+){0,3}?{FEE}(?:[ \t]+(?:de|di|do|da|du)[ \t]+(?!(?:la|le|les|el|los|las|il|lo|o|a)[ \t])[\p{L}\-]+|[ \t]+d['’][\p{L}\-]+)?)(?![\p{L}])`,
		examples: [
			{ text: "and add the $150 travel fee.", lines: [["Travel fee", "1", "150"]] },
			{ text: "plus the €350 hosting setup fee", lines: [["Hosting setup fee", "1", "350"]] },
			// The fee's own "of what" is part of its name ("gastos de envío", "frais de déplacement").
			{ text: "Factúrame 20 cuadros a 45 € cada uno más 30 € de gastos de envío.", lines: [["Cuadros", "20", "45"], ["Gastos de envío", "1", "30"]] },
			{ text: "Merci de facturer la séance, 650 €, plus 80 € de frais de déplacement.", lines: [["Séance", "1", "650"], ["Frais de déplacement", "1", "80"]] },
		],
	},
	{
		id: "fee-amount-then-noun",
		needs: FEE_AFTER_AMOUNT_RE,
		says: "an amount, then a fee noun that names it (plus the $35 shipping; + 12 € di spedizione; y 10 € de envío; en €6,95 verzendkosten)",
		template: String.raw`(?:^|(?=[^ \t]))(?<!(?:inkl|incl|einschl|inklusive|including|includes|included|inclusief|inclusive|incluido|incluyendo|inclus|y compris|compris|incluso|incluse|incluindo|inbegrepen)\.?[ \t]*)(?:{JOIN}|^[ \t]*|[.?!][ \t]+|[,;:(][ \t]*){ART}{M}[ \t]+(?:(?:of|in|de|di|da|d['’]|an|aan|em|für|voor|pour|para|for)[ \t]+|d['’])?{ART}(?<d>{SHIP}(?:[ \t]+{FEE})?)(?![\p{L}])(?![ \t]+(?:${PER_UNIT})(?![\p{L}]))(?![ \t]*\(?(?:included|incl\.?|inclusive|inbegriffen|inklusive|inkl\.?|incluido|incluidos|incluida|incluso|inclus|compris|incluído|incluída|inbegrepen)(?![\p{L}]))(?![ \t]+(?:of|de|di|van|von|do|da|du|des|del|della|dei)[ \t])`,
		examples: [
			{ text: "Please invoice me for the 200 stickers at $0.40 each plus the $35 shipping.", lines: [["Stickers", "200", "0.40"], ["Shipping", "1", "35"]] },
			{ text: "mi fai la fattura per gli inviti? 40 inviti stampati a 3,50 € l'uno + 12 € di spedizione.", lines: [["Inviti stampati", "40", "3.50"], ["Spedizione", "1", "12"]] },
			{ text: "¿Me haces la factura de las 50 tazas a 8 € cada una y 10 € de envío?", lines: [["Tazas", "50", "8"], ["Envío", "1", "10"]] },
			{ text: "Kun je de factuur sturen voor 20 posters à € 4,50 en € 6,95 verzendkosten?", lines: [["Posters", "20", "4.50"], ["Verzendkosten", "1", "6.95"]] },
			{ text: "Bitte stell mir 30 Tassen à 9 € in Rechnung, plus 15 € Versand.", lines: [["Tassen", "30", "9"], ["Versand", "1", "15"]] },
			{ text: "Pode faturar 100 camisetas a R$ 25 cada, mais R$ 40 de frete?", lines: [["Camisetas", "100", "25"], ["Frete", "1", "40"]] },
			{ text: "Fais-moi la facture pour 5 portraits à 120 € pièce, plus 50 € de supplément urgence.", lines: [["Portraits", "5", "120"], ["Supplément urgence", "1", "50"]] },
			{ text: "Mi fai la fattura per 5 ritratti a 120 € l'uno, più 50 € di supplemento urgenza?", lines: [["Ritratti", "5", "120"], ["Supplemento urgenza", "1", "50"]] },
			{ text: "Tu peux me facturer les 12 affiches à 15 € pièce et 9 € de frais de port ?", lines: [["Affiches", "12", "15"], ["Frais de port", "1", "9"]] },
		],
	},
	{
		id: "fee-noun-then-amount",
		needs: FEE_NOUN_RE,
		says: "a fee noun, then its amount (plus shipping $35; dazu kommen die Spesen (Hotel und Bahn) pauschal CHF 480.–; Versand: 4,90 €; spese di spedizione 12 €)",
		template: String.raw`(?:^|(?=[^ \t]))(?<!(?:inkl|incl|einschl|inklusive|including|includes|included|inclusief|inclusive|incluido|incluyendo|inclus|y compris|compris|incluso|incluse|incluindo|inbegrepen)\.?[ \t]*)(?:{JOIN}|^[ \t]*(?:[-*•·▪–・◦‣●■➤►][ \t]*)?|[.?!][ \t]+|[,;(][ \t]*){ART}(?<d>{SHIP})(?![\p{L}])(?:[ \t]*\([^()\n$€£¥₹\d]{1,40}\))?[ \t]*(?:[:=–—-][ \t]*|(?:{BE}|pauschal|flat|forfait|a forfait|fijo|fixo|forfettari[oa]|vast|of|von|van|de|di|da|do|du|à|a|for|für|voor|pour|por|zu)[ \t]+)?{M}`,
		examples: [
			{ text: "Kannst du mir die Rechnung schicken? Abgemacht waren 3 Shooting-Tage à CHF 1'150.–, dazu kommen die Spesen (Hotel und Bahn) pauschal CHF 480.–.", lines: [["Shooting-Tage", "3", "1150"], ["Spesen", "1", "480"]] },
			{ text: "Please invoice 12 prints at $40 each, plus shipping $18.", lines: [["Prints", "12", "40"], ["Shipping", "1", "18"]] },
			{ text: "Bitte 40 Tassen à 9,50 € in Rechnung stellen. Versand: 4,90 €.", lines: [["Tassen", "40", "9.50"], ["Versand", "1", "4.90"]] },
			{ text: "Fattura per 200 biglietti a 0,80 € l'uno e spese di spedizione 12 €.", lines: [["Biglietti", "200", "0.80"], ["Spese di spedizione", "1", "12"]] },
			{ text: "Me haces la factura de 3 días de rodaje a 600 € por día, y el desplazamiento fueron 90 €?", lines: [["Rodaje (días)", "3", "600"], ["Desplazamiento", "1", "90"]] },
			// Rush and express charges are fees by their noun too.
			{ text: "Please invoice the 5 portraits at $120 each. Rush fee: $50.", lines: [["Portraits", "5", "120"], ["Rush fee", "1", "50"]] },
			{ text: "Please invoice the 5 portraits at $120 each. The rush fee was $50.", lines: [["Portraits", "5", "120"], ["Rush fee", "1", "50"]] },
			{ text: "Factúrame 5 retratos a 120 € cada uno, más el recargo por urgencia de 50 €.", lines: [["Retratos", "5", "120"], ["Recargo por urgencia", "1", "50"]] },
		],
	},
	{
		id: "and-price-of-thing",
		// After the fee phrasings: "y 30 € de gastos de envío" is a fee, read as one there.
		says: "a second item in the same sentence, its price first and its thing after \"de/del/do/da/du/di\": … por el video y $2,000 MXN del dron",
		template: String.raw`\b(?:y|e|et|en|plus|más)[ \t]+{M}[ \t]+(?:del|de la|de los|de las|de|do|da|dos|das|du|de l['’]|des|d['’]|della|dello|dei|degli|delle|di)[ \t]*(?<d>[\p{L}][^\n.?!;:,$€£¥₹()]{1,60}?)(?=[ \t]*(?:[.?!,;()\n]|$))`,
		examples: [
			{ text: "Fueron $18,500 MXN por el video y $2,000 MXN del dron.", lines: [["Video", "1", "18500"], ["Dron", "1", "2000"]] },
			{ text: "São R$ 1.200,00 para a identidade visual e R$ 300,00 do cartão de visita.", lines: [["Identidade visual", "1", "1200.00"], ["Cartão de visita", "1", "300.00"]] },
			{ text: "C'est 1 250 € pour le site et 80 € d'hébergement.", lines: [["Site", "1", "1250"], ["Hébergement", "1", "80"]] },
		],
	},
	{
		id: "thing-was-price",
		says: "a price given in a clause of its own: the logo was $700; the letterhead $250",
		// "As agreed it's the half-day shoot at £650", "wie ausgemacht die Hochzeitsfotografie um 1.890 €": words that only
		// recall the agreement open the clause too, and "at/um/zu/à" links the thing to its price.
		template: String.raw`(?:^|[.;,:?!][ \t]*|\b(?:and|und|et|y|e|en|pis)[ \t]+|(?<![\p{L}])(?:as agreed|as discussed|as quoted|as we agreed|as we discussed|like we said|wie ausgemacht|wie besprochen|wie vereinbart|comme convenu|comme prévu|como acordamos|como quedamos|como combinado|como combinamos|come d['’]accordo|come concordato|zoals afgesproken)[ \t]*,?[ \t]+(?:(?:it['’]s|it is|it was|that['’]s|that was|das ist|das war|es ist|es war|c['’]est|c['’]était|es|era|é|foi|è|het is|het was|was|is|war|ist|kost|kostte|kostet|kostete)[ \t]+)?)(?:(?:the|der|die|das|le|la|les|el|los|las|o|a|os|as|il|lo|i|het|de)[ \t]+|[Ll]['’](?=\p{L}))(?<d>[\p{L}][\p{L}\p{N}'’\-]*(?:[ \t]+(?:[\p{L}][\p{L}\p{N}'’\-]*|(?<=(?<![\p{L}])(?:${alt(SERIES_WORDS)})[ \t]+)\d{1,4}(?![\d.,])(?=[ \t]+\p{L}))){0,3}?)(?:,?[ \t]+(?:which|that|die|der|das|qui|que|che|dat|wat))?[ \t]+(?:{BE}[ \t]+)?(?:(?:de|voor|for|für|pour|por|per|at|um|zu|à|@)[ \t]+)?{M}`,
		examples: [
			{ text: "The logo was $700; the letterhead $250.", lines: [["Logo", "1", "700"], ["Letterhead", "1", "250"]] },
			// "as per your quote, and the …" is no thing ("for-description-price" never runs over ", and").
			{ text: "The logo refresh was S$1,800 as per your quote, and the signage mockups another S$450.", lines: [["Logo refresh", "1", "1800"], ["Signage mockups", "1", "450"]] },
			{ text: "The prints were $600, and the frame came to $450.", lines: [["Prints", "1", "600"], ["Frame", "1", "450"]] },
			{ text: "The session was €200 and the prints, which came to €80.", lines: [["Session", "1", "200"], ["Prints", "1", "80"]] },
			{ text: "12 portretten à € 45,00 en de groepsfoto voor € 175,00?", lines: [["Portretten", "12", "45.00"], ["Groepsfoto", "1", "175.00"]] },
			{ text: "As agreed it's the half-day shoot at £650 and the 24 edited images at £15 each.", lines: [["Half-day shoot", "1", "650"], ["Edited images", "24", "15"]] },
			{ text: "As discussed, the studio session at $900 and the 10 prints at $25 each.", lines: [["Studio session", "1", "900"], ["Prints", "10", "25"]] },
			{ text: "As we discussed the mural was $2,000 and the sealant coat another $300.", lines: [["Mural", "1", "2000"], ["Sealant coat", "1", "300"]] },
			{ text: "Like we said the banner was €450.", lines: [["Banner", "1", "450"]] },
			{ text: "Wie besprochen die Moderation um 600 € und die 3 Workshops à 200 € pro Stück.", lines: [["Moderation", "1", "600"], ["Workshops", "3", "200"]] },
			{ text: "Comme convenu, le montage à 1 200 € et les 2 affiches à 90 € chacune.", lines: [["Montage", "1", "1200"], ["Affiches", "2", "90"]] },
			// "pis" (Québec French "puis") joins a second item as "et" does.
			{ text: "Le site c'était 1 500 $ pis l'hébergement 200 $.", lines: [["Site", "1", "1500"], ["Hébergement", "1", "200"]] },
			// A number after a word of a series is part of the name ("the Phase 2 website build", "die Staffel 3 Grafiken").
			{ text: "The Phase 2 website build was NZ$3,400 and the Issue 7 cover $450.", lines: [["Phase 2 website build", "1", "3400"], ["Issue 7 cover", "1", "450"]] },
			{ text: "Die Staffel 3 Grafiken waren 900 €.", lines: [["Staffel 3 Grafiken", "1", "900"]] },
		],
	},
	{
		id: "thing-aside-was-price",
		needs: /\)[ \t]+\p{L}/u,
		says: "a thing with a remark in brackets, then a verb of price and the amount (the wedding coverage (full day) was ₦450,000; le montage (version longue) était de 900 €)",
		// The remark only says which one it was; one with a digit, a word of tax, payment or discount changes the amount
		// and is left to the question (REMARK). The verb is required, so a bracket never runs into another row.
		template: String.raw`(?:^|[.;,:?!][ \t]*|\b(?:and|und|et|y|e|en)[ \t]+)(?:(?:the|der|die|das|le|la|les|el|los|las|o|a|os|as|il|lo|i|het|de)[ \t]+|[Ll]['’](?=\p{L}))(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,3}?)${REMARK}[ \t]+{BE}[ \t]+(?:(?:de|di|of|van|von)[ \t]+)?{M}`,
		examples: [
			{ text: "As agreed: the wedding coverage (full day) was $4,500 and the printed album was $1,200 on top.", lines: [["Wedding coverage", "1", "4500"], ["Printed album", "1", "1200"]] },
			{ text: "The brand workshop (half day) was £800.", lines: [["Brand workshop", "1", "800"]] },
			{ text: "Le montage (version longue) était de 900 €.", lines: [["Montage", "1", "900"]] },
			// A remark with a number or a word of tax changes the amount: not this phrasing's to read.
			{ text: "The brand workshop (2 days) was £800.", lines: [] },
			{ text: "The brand workshop (plus VAT) was £800.", lines: [] },
		],
	},
	{
		id: "long-thing-verb-price",
		says: "a longer name (up to six words, 'of the' inside it), then a verb of price and the amount: el diseño de la etiqueta principal se queda en 1.850,00 €; the layout of the annual report came to $2,400",
		template: String.raw`(?:^|[.;,:?!][ \t]*|\b(?:and|und|et|y|e|en)[ \t]+)(?:the|der|die|das|le|la|les|el|los|las|o|a|os|as|il|lo|i|het|de)[ \t]+(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){3,5}?)[ \t]+{BE}[ \t]+(?:(?:de|di|of|van|von)[ \t]+)?{M}`,
		examples: [
			{ text: "Tal como acordamos en septiembre, el diseño de la etiqueta principal se queda en 1.850,00 €.", lines: [["Diseño de la etiqueta principal", "1", "1850.00"]] },
			{ text: "As discussed, the layout of the annual report came to $2,400.", lines: [["Layout of the annual report", "1", "2400"]] },
			{ text: "Et la mise en page du catalogue était de 1 200 €.", lines: [["Mise en page du catalogue", "1", "1200"]] },
			{ text: "Die Gestaltung der neuen Speisekarte im Sommer war 900 €.", lines: [["Gestaltung der neuen Speisekarte im Sommer", "1", "900"]] },
		],
	},
	{
		id: "thing-comma-price-as-agreed",
		needs: /quedamos|acordamos|acordado|hablamos|agreed|discussed|quoted|besprochen|vereinbart|abgemacht|convenu|prévu|concordato|d['’]accordo|afgesproken|combinad|combinamos/iu,
		says: "a thing opening its clause, a comma, its price and 'as agreed' (El logo nuevo, 900 € como quedamos; The logo, $900 as agreed; Das Logo, 900 € wie besprochen)",
		template: String.raw`(?:^|[.?!:;][ \t]+)[ \t]*{ART}(?!(?:last|this|next|every|each|total|subtotal|sub-total|letzte[nrs]?|dieses?|diesen|nächste[nrs]?|jede[nrs]?|insgesamt|gesamt|este|esta|cada|pasado|pasada|ce|cette|chaque|dernier|dernière|prochain|prochaine|dit|deze|vorige|volgende|elke|totaal|questo|questa|ogni|scorso|scorsa|prossimo|prossima|último|última|próximo|próxima)(?![\p{L}]))(?<d>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,4}?)[ \t]*,[ \t]*{M}[ \t]+(?:como (?:quedamos|acordamos|acordado|hablamos|combinado|combinamos)|as (?:we )?(?:agreed|discussed|quoted)|wie (?:besprochen|vereinbart|abgemacht)|comme (?:convenu|prévu)|come (?:concordato|d['’]accordo)|zoals (?:afgesproken|besproken)|conforme (?:combinado|acordado))(?![\p{L}])`,
		examples: [
			{ text: "Te escribo por la factura. El logo nuevo, 900 € como quedamos, y las tarjetas regalo: 12 diseños a 25 € cada una.", lines: [["Logo nuevo", "1", "900"], ["Tarjetas regalo (diseños)", "12", "25"]] },
			{ text: "Invoice time! The brand refresh, $900 as agreed, and the 3 banners at $60 each.", lines: [["Brand refresh", "1", "900"], ["Banners", "3", "60"]] },
			{ text: "Bitte die Rechnung. Das Logo, 900 € wie besprochen.", lines: [["Logo", "1", "900"]] },
			{ text: "Tu peux faire la facture ? La retouche, 300 € comme convenu.", lines: [["Retouche", "1", "300"]] },
			{ text: "Invoice please. Last month, $900 as agreed.", lines: [] },
		],
	},
	{
		id: "joined-item-mit-price",
		needs: /(?<![\p{L}])(?:mit|met)[ \t]/u,
		says: "a second item joined on, its price after 'mit'/'met' (sowie die Reinzeichnung mit 180,00 €; en de opmaak met € 180)",
		template: String.raw`(?<![\p{L}])(?:sowie|und|plus|zzgl\.?|zuzüglich|en|plus)[ \t]+{ART}(?<d>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,3}?)[ \t]+(?:mit|met)[ \t]+{M}(?![.,'’ ]?\d)`,
		examples: [
			{ text: "Bitte stellen Sie uns die Etiketten in Rechnung: 3 Sorten à 420,00 € sowie die Reinzeichnung mit 180,00 €.", lines: [["Etiketten (Sorten)", "3", "420.00"], ["Reinzeichnung", "1", "180.00"]] },
			{ text: "Bitte die Rechnung: 20 Plakate à 15 € und die Gestaltung mit 250 €.", lines: [["Plakate", "20", "15"], ["Gestaltung", "1", "250"]] },
			{ text: "Factuur graag: 200 flyers à € 0,40 en de opmaak met € 180.", lines: [["Flyers", "200", "0.40"], ["Opmaak", "1", "180"]] },
			// A price per unit after "mit" needs its count: never read as a flat item.
			{ text: "und die Poster mit 15 € pro Stück", lines: [] },
		],
	},
	{
		id: "pointed-back-price",
		thingBefore: true,
		says: "a sentence that only points back at the thing the sentence before adds, with its price (Then there were the drone shots. Those were KSh 12,000 flat.)",
		template: String.raw`(?<=(?:^|[.!?])[ \t]{0,3}\n?[ \t]{0,3})(?:${POINTED_BACK})\s+(?:{FLAT}\s+)?{M}(?![.,'’ ]?\d)`,
		examples: [
			{ text: "Photo editing: 6 hours at KSh 4,500/h. Then there were the drone shots. Those were KSh 12,000 flat.", lines: [["Photo editing (hours)", "6", "4500"], ["Drone shots", "1", "12000"]] },
			{ text: "Das Shooting war 900 €. Dazu noch die Retusche der Gruppenbilder.\nDas waren 240 €.", lines: [["Shooting", "1", "900"], ["Retusche der Gruppenbilder", "1", "240"]] },
			{ text: "The logo was $800. Also the business cards we talked about. That was $150.", lines: [["Logo", "1", "800"], ["Business cards", "1", "150"]] },
			// A sentence that says the thing goes on the invoice too names it; "that one" points back at it.
			{ text: "The menu design was $400. The Easter poster also needs to go on it. That one was $120.", lines: [["Menu design", "1", "400"], ["Easter poster", "1", "120"]] },
			{ text: "Das Logo waren 600 €. Der Flyer muss auch noch mit auf die Rechnung. Der war 90 €.", lines: [["Logo", "1", "600"], ["Flyer", "1", "90"]] },
			{ text: "El logo fue 500 €. El cartel también tiene que ir en la factura. Ese fue 80 €.", lines: [["Logo", "1", "500"], ["Cartel", "1", "80"]] },
			// No joining word before: what "that" points at is not known, and the amount is asked about.
			{ text: "Great work, thanks. Those were KSh 12,000 flat.", lines: [] },
		],
	},
	{
		id: "pointed-back-noun-price",
		thingBefore: true,
		says: "a sentence that points back with a demonstrative and the noun of the thing the sentence before adds, with its price (Acresce a adaptação do design para a caixa. Essa adaptação fica em 180,00 euros.)",
		template: String.raw`(?<=(?:^|[.!?])[ \t]{0,3}\n?[ \t]{0,3})(?:${DEMONSTRATIVE})\s+(?<back>\p{L}[\p{L}'’\-]*)\s+(?:{BE})\s+{M}(?![.,'’ ]?\d)`,
		examples: [
			{ text: "O logótipo ficou em 600,00 euros. Acresce a adaptação do design para a caixa de seis garrafas. Essa adaptação fica em 180,00 euros.", lines: [["Logótipo", "1", "600.00"], ["Adaptação do design para a caixa de seis garrafas", "1", "180.00"]] },
			{ text: "The website was $2,000. Then there was the migration of the old blog. That migration came to $350.", lines: [["Website", "1", "2000"], ["Migration of the old blog", "1", "350"]] },
			// The noun pointed back with is not the thing added: which thing the price is for is asked.
			{ text: "Thanks again. Then there was the migration of the old blog. That banner came to $350.", lines: [] },
		],
	},
	{
		id: "quantity-noun-at-price-of-each",
		says: "N things, at the agreed price of a price each (Foram desenhados 3 rótulos, ao preço acordado de 220,00 euros cada)",
		template: String.raw`{Q}[ \t]+{N}[ \t]*,?[ \t]*(?:${AT_PRICE_OF})[ \t]+{M}{E}`,
		examples: [
			{ text: "Foram desenhados 3 rótulos, ao preço acordado de 220,00 euros cada.", lines: [["Rótulos", "3", "220.00"]] },
			{ text: "We ordered 12 portraits at the agreed price of $45 each.", lines: [["Portraits", "12", "45"]] },
			{ text: "Es waren 4 Banner zum vereinbarten Preis von 90 € pro Stück.", lines: [["Banner", "4", "90"]] },
			{ text: "Nous avons reçu 6 affiches, au prix convenu de 50 € l'unité.", lines: [["Affiches", "6", "50"]] },
			// No word of "each": the price may be for all of them, and is asked about.
			{ text: "We ordered 12 portraits at the agreed price of $450.", lines: [] },
		],
	},
	{
		id: "pointed-back-count-rate",
		thingBefore: true,
		says: "a sentence that only points back at the thing the sentence before adds, with its count and price each (Dan nog de extra bewerkte foto's. Dat waren er 10, à € 15 per stuk.)",
		template: String.raw`(?<=(?:^|[.!?])[ \t]{0,3}\n?[ \t]{0,3})(?:${POINTED_BACK})(?:\s+(?:er|es|ihrer))?\s+{Q}(?:\s+[\p{L}][\p{L}'’\-]*)?\s*,?\s*(?:{AT})\s*{M}{E}?`,
		examples: [
			{ text: "Fotoshoot: € 1.450,-\nDan nog de extra bewerkte foto's die ik achteraf heb aangevraagd. Dat\nwaren er 10, à € 15 per stuk.", lines: [["Fotoshoot", "1", "1450"], ["Extra bewerkte foto's", "10", "15"]] },
			{ text: "Il servizio fotografico è 650,00 €. Ci aggiunga anche il ritocco delle foto extra che Le ho chiesto. Erano 20 foto, a 12 € l'una.", lines: [["Servizio fotografico", "1", "650.00"], ["Ritocco delle foto extra", "20", "12"]] },
			{ text: "The website was $2,000. Plus the product shots. Those were 30 at $20 each.", lines: [["Website", "1", "2000"], ["Product shots", "30", "20"]] },
			// No joining word before: what "those" points at is not known.
			{ text: "Great work, thanks. Those were 30 at $20 each.", lines: [] },
		],
	},
	{
		id: "joined-second-item",
		says: "a second item or fee joined to the first, its price after it (plus die Gestaltung CHF 380.–; y luego el diseño, que quedamos en 150 €; add the car hire as well, that was SEK 1 840)",
		template: String.raw`(?:(?:\b(?:plus|also|add|adding|sowie|dazu|zusätzlich|zuzüglich|zzgl\.|además|más|ainsi que|inoltre|più|daarnaast|além disso)|\+)[ \t]+(?:{ART})?|\b(?:and|und|y|e|et|en|i|og|och)(?:[ \t]+(?:then|also|luego|después|dann|noch|ensuite|aussi|poi|anche|daarna|ook|depois|também))?[ \t]+(?:{ART})|\b(?:then|dann|luego|después|ensuite|puis|poi|daarna|depois)(?:[ \t]+(?:noch|nog))?[ \t]+(?:the|der|die|das|den|le|la|les|el|los|las|o|a|os|as|il|lo|gli|i|het|de)[ \t]+|(?:(?:[Ee][ \t]+)?[Jj]unte também|(?:[Ee][ \t]+)?[Jj]unta também|[Aa]ggiunga anche|[Aa]ggiungi anche|[Aa] questo si aggiunge|[Dd]azu kommt|[Dd]azu kommen|[Ss]e suma|[Ss]['’]y ajoute|[Dd]aar komt bij|[Aa] isso soma-se|[Aa]cresce(?:m)?(?:[ \t]+ainda)?|[Ss]oma-se|[Ss]omam-se|[Ss]e (?:añade|añaden|agrega|agregan)|[Ss]['’]ajoute(?:nt)?|[Ss]i aggiunge|[Ss]i aggiungono|[Hh]inzu kommt|[Hh]inzu kommen|[Dd]aarbij komt|[Dd]aarbij komen)[ \t]+(?:{ART})?)(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+(?:[\p{L}][\p{L}'’\-]*|(?<=\p{Lu}\p{L}*[ \t]+)\d{1,4}(?![\d.,])(?=[ \t]+\p{L}))){0,4}?)(?:[ \t]+(?:as well|too|also|auch|noch|también|aussi|anche|ook|também|on top of that|on top|in addition|obendrein|dazu|en plus|además|in più|daarbovenop|além disso))?[ \t]*(?:[,:]|[—–-])?[ \t]*(?:(?:(?:that|which|it|this|die|der)(?:[ \t]+one)?[ \t]+)?{BE}|que[ \t]+(?:quedamos en|acordamos en|acordamos|era|fue|son|fueron|é|foi|custou|était|fait|coûte|ficou em)|das[ \t]+(?:war|waren|sind|macht|kostet)|qui[ \t]+(?:était|fait|coûte)|che[ \t]+(?:era|è|costa|fa)|dat[ \t]+(?:was|is|kost|kostte)|for|für|à|por|per|voor|pour|zu|a|pauschal|flat|forfait|a forfait|a tanto alzado|forfettari[ao]|fixo|vast)?[ \t]*{M}`,
		examples: [
			{ text: "2'000 Stück à CHF 0.45, plus die Gestaltung CHF 380.–", lines: [["Stück", "2000", "0.45"], ["Gestaltung", "1", "380"]] },
			{ text: "Eran 300 flyers a 0,35 € cada uno y luego el diseño del cartel, que quedamos en 150 €.", lines: [["Flyers", "300", "0.35"], ["Diseño del cartel", "1", "150"]] },
			// A second thing added by "e junte também", "aggiunga anche", priced in a clause ("there's also", "poi c'è" only
			// mention a thing, and are asked about).
			{ text: "Pode enviar-nos a fatura do logo, 400 €? E junte também a gestão de anúncios, que ficou em 150 €.", lines: [["Logo", "1", "400"], ["Gestão de anúncios", "1", "150"]] },
			{ text: "Le chiedo di fatturare la consulenza, 480 €. Aggiunga anche il rimborso spese di viaggio, 45 €.", lines: [["Consulenza", "1", "480"], ["Rimborso spese di viaggio", "1", "45"]] },
			{ text: "Please invoice us for the 2 shoot days at SEK 9 500 per day. Add the car hire as well, that was SEK 1 840.", lines: [["Shoot days", "2", "9500"], ["Car hire", "1", "1840"]] },
			// "that one was" points back at the thing just named.
			{ text: "3 designs at GH₵ 1,500.00 each. Also add the photoshoot of the whole range, that one was GH₵ 2,200.00.", lines: [["Designs", "3", "1500.00"], ["Photoshoot of the whole range", "1", "2200.00"]] },
			// "Then the letterhead on top of that, that one was …": a sentence opening on "then" and a thing joins a second item.
			{ text: "The logo was R6 500. Then the letterhead on top of that, that one was R1 200 as agreed.", lines: [["Logo", "1", "6500"], ["Letterhead", "1", "1200"]] },
			{ text: "Das Logo waren 900 €. Dann noch die Visitenkarten, die waren 150 €.", lines: [["Logo", "1", "900"], ["Visitenkarten", "1", "150"]] },
			{ text: "The shoot was $1,200. Then the prints on top, that was $300.", lines: [["Shoot", "1", "1200"], ["Prints", "1", "300"]] },
			{ text: "Then we agreed $500.", lines: [] },
			{ text: "500 pezzi a 0,18 € l'uno. A questo si aggiunge l'adattamento grafico del retro, 60 €.", lines: [["Pezzi", "500", "0.18"], ["Adattamento grafico del retro", "1", "60"]] },
			// A verb of adding opens the sentence ("Acresce …", "Se añade …", "S'ajoute …", "Hinzu kommt …").
			{ text: "O site foram 2.300,00 €. Acresce a sessão fotográfica no laboratório, 420,00 €, que fizemos no início do mês.", lines: [["Site", "1", "2300.00"], ["Sessão fotográfica no laboratório", "1", "420.00"]] },
			{ text: "El logo fueron 800 €. Se añade la adaptación del cartel, 150 €.", lines: [["Logo", "1", "800"], ["Adaptación del cartel", "1", "150"]] },
			{ text: "Le logo était à 800 €. S'ajoute la carte de visite, 150 €.", lines: [["Logo", "1", "800"], ["Carte de visite", "1", "150"]] },
			{ text: "Trois jours à 400 € par jour, et aussi la location du matériel, qui coûte 250 €.", lines: [["Jours", "3", "400"], ["Location du matériel", "1", "250"]] },
			// A number right after a capitalised word is part of the thing's name ("Issue 7 poster", "Phase 2 report").
			{ text: "Invoice us for the cover art, $900, and the Issue 7 poster, $350.", lines: [["Cover art", "1", "900"], ["Issue 7 poster", "1", "350"]] },
			{ text: "Oh and the 3 banners, $60.", lines: [] },
			{ text: "Zwei Tage Fotoshooting mit jeweils 950,00 € Tagessatz, zuzüglich der Bildbearbeitung pauschal 340,00 €.", lines: [["Fotoshooting (Tage)", "2", "950.00"], ["Bildbearbeitung", "1", "340.00"]] },
			// "per stuk" after a price is its unit, not a "for the <thing>" opening the next item.
			{ text: "3 workshops à € 400 per stuk, en ook de zaalhuur, dat was € 275.", lines: [["Workshops", "3", "400"], ["Zaalhuur", "1", "275"]] },
			// A price per unit joined after the first item needs its count: never read as a flat fee.
			{ text: "Also, plus the coasters $2 each.", lines: [] },
		],
	},
	{
		id: "item-price-before-plus",
		needs: /\d[^\n\d+]{0,8}\+/u,
		says: "the first of items joined by '+', each a name then its price, opening its row or clause (banner design S$1,800 + printing & install S$500)",
		template: String.raw`(?:^|[:;.?!][ \t]+|[:;][ \t]*)[ \t]*(?:[-*•·▪–・◦‣●■➤►][ \t]*)?(?<d>[\p{L}][\p{L}'’&/\-]*(?:[ \t]+(?:&|[\p{L}][\p{L}'’&/\-]*)){0,4}?)[ \t]+{M}(?=[ \t]*\+[ \t]*[\p{L}][^\n+]*?\d)`,
		examples: [
			{ text: "banner design S$1,800 + printing & install S$500, so S$2,300 altogether.", lines: [["Banner design", "1", "1800"], ["Printing & install", "1", "500"]] },
			{ text: "Rechnung bitte: Logo 500 € + Visitenkarten 120 € + Briefpapier 80 €", lines: [["Logo", "1", "500"], ["Visitenkarten", "1", "120"], ["Briefpapier", "1", "80"]] },
		],
	},
	{
		id: "item-price-before-join",
		needs: /\d[^\n\d]{0,12}(?<![\p{L}])(?:and|en|y|und|et|e|sowie|plus|más|mais|più|ainda|og|och)[ \t]/u,
		says: "the first of items joined by and/en/y/und/et, a name then its price, opening its sentence, with another amount after the join (Menubord ontwerp €275 en de 200 stickers à €0,90; Logo $500 and the 3 banners at $60 each)",
		template: String.raw`(?:^|[:;.?!][ \t]+)[ \t]*(?:[-*•·▪–・◦‣●■➤►][ \t]*)?(?!(?:last|this|next|every|each|total|subtotal|sub-total|letzte[nrs]?|dieses?|diesen|nächste[nrs]?|jede[nrs]?|insgesamt|gesamt|este|esta|cada|pasado|pasada|ce|cette|chaque|dernier|dernière|prochain|prochaine|dit|deze|vorige|volgende|elke|totaal|questo|questa|ogni|scorso|scorsa|prossimo|prossima|último|última|próximo|próxima)(?![\p{L}]))(?<d>\p{L}[\p{L}'’&/\-]*(?:[ \t]+(?:&|\p{L}[\p{L}'’&/\-]*)){0,4}?)(?<!(?<![\p{L}])(?:{BE}))[ \t]+{M}(?![.,'’ ]?\d)(?=[ \t]*,?[ \t]*(?<![\p{L}])(?:and|en|y|und|et|e|sowie|plus|más|mais|più|og|och)[ \t]+[^\n.?!]*?\d)`,
		examples: [
			{ text: "Kun je me een factuurtje sturen? Menubord ontwerp €275 en de 200 stickers à €0,90.", lines: [["Menubord ontwerp", "1", "275"], ["Stickers", "200", "0.90"]] },
			{ text: "Invoice please. Logo $500 and the 3 banners at $60 each.", lines: [["Logo", "1", "500"], ["Banners", "3", "60"]] },
			{ text: "¿Me haces la factura? Diseño del menú 300 € y 50 carteles a 2 € cada uno.", lines: [["Diseño del menú", "1", "300"], ["Carteles", "50", "2"]] },
			{ text: "Rechnung bitte: Logo 500 € und 100 Visitenkarten à 0,80 €.", lines: [["Logo", "1", "500"], ["Visitenkarten", "100", "0.80"]] },
			// A greeting or a total opening the sentence is no item.
			{ text: "Thanks so much $500 and 2 more next week.", lines: [] },
			{ text: "Total €275 en 3 dagen later de rest.", lines: [] },
			// A period opening the words ("Last year $900 and …") is when, never what.
			{ text: "Please send the invoice. Last year $900 and this year 2 more.", lines: [] },
			{ text: "Rechnung bitte. Letztes Jahr 900 € und dieses Jahr 2 mehr.", lines: [] },
			// "The fee was $1,200 plus $85": a verb before the amount makes the words an amount's name, not a thing.
			{ text: "The fee was $1,200 plus 2 more later.", lines: [] },
		],
	},
	{
		id: "plus-item-price",
		needs: /\d[^\n\d+]{0,8}\+/u,
		says: "a next item after '+' and an amount, a name then its price (… + printing & install S$500; … + diseño del menú 300 €)",
		template: String.raw`(?<=\d[^\n\d+]{0,8})\+[ \t]*{ART}(?<d>[\p{L}][\p{L}'’&/\-]*(?:[ \t]+(?:&|[\p{L}][\p{L}'’&/\-]*)){0,4}?)[ \t]+{M}(?![.,'’ ]?\d)(?=[ \t]*(?:[,;.?!=+)]|$|(?:and|so|that|also|dus|donc|soit|entonces|o sea|quindi|então|also|das|dat)(?![\p{L}])))`,
		examples: [
			{ text: "Factura porfa: logo 1.200 € + diseño & maquetación 300 €.", lines: [["Logo", "1", "1200"], ["Diseño & maquetación", "1", "300"]] },
			// A fee without its amount, or an amount after "+" with no name, is no line.
			{ text: "Logo 500 € + Versand", lines: [] },
			{ text: "Logo 500 € + 80 €", lines: [] },
		],
	},
	{
		id: "series-item-price",
		says: "items in a series, each with its price (Logo 500 €, Visitenkarten 120 € und Briefpapier 80 €; the logo at $500, the cards at $120)",
		template: String.raw`(?:[:,;][ \t]*|\b(?:and|und|y|e|et|en)[ \t]+)(?:{ART})?(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,3}?)[ \t]*(?:\([ \t]*|(?:at|for|für|pour|por|per|voor|zu|à)[ \t]+)?{M}(?![.,'’ ]?\d)\)?(?=[ \t]*(?:[,;.?!]|$|(?:and|und|y|e|et|en)[ \t]))`,
		examples: [
			{ text: "Bitte stell mir Folgendes in Rechnung: Logo 500 €, Visitenkarten 120 € und Briefpapier 80 €.", lines: [["Logo", "1", "500"], ["Visitenkarten", "1", "120"], ["Briefpapier", "1", "80"]] },
			{ text: "Please invoice: logo $500, business cards $120, letterhead $80.", lines: [["Logo", "1", "500"], ["Business cards", "1", "120"], ["Letterhead", "1", "80"]] },
			// Money taken off is never a line.
			{ text: "Invoice the shoot, minus 50 €, thanks.", lines: [] },
			// A number is read whole ("$1,200", never "$1"), and "it's" names nothing.
			{ text: "Please send the invoice, it's $1,200 for everything.", lines: [] },
		],
	},
	{
		id: "price-in-next-sentence",
		says: "the request names the thing, the next sentence only its price (it's $850 / we agreed on $1,900)",
		template: String.raw`(?:^|[.?!][ \t]+)(?:(?:this|last|that) (?:month|week|time),?[ \t]+|diesmal[ \t]+|este mes,?[ \t]+|ce mois-ci,?[ \t]+|questo mese[ \t]+|deze maand[ \t]+|este mês[ \t]+)?(?:{INTRO}|(?:(?:the|der|die|das|le|la|el|o|a|il|lo|het|de)[ \t]+|[Ll]['’])(?:[\p{L}]+[ \t]+){0,2}?(?:{GENERIC})(?:[ \t]+[\p{L}'’]+){0,3}?[ \t]+(?:{BE}|beträgt|betrug|bedraagt|bedroeg|asciende a|s['’]élève à|ammonta a|é de|era de))(?:[ \t]+[\p{L}]+){0,2}?[ \t]*:?[ \t]*{M}{E}?`,
		topic: true,
		examples: [
			{ text: "Could you send me the invoice for the consulting? Le tout fait 900 €.", lines: [["Consulting", "1", "900"]] },
			{ text: "Please invoice us for the shoot. Total came in at $1,300.", lines: [["Shoot", "1", "1300"]] },
			{ text: "Pls invoice the brochure. Price we agreed: $900.", lines: [["Brochure", "1", "900"]] },
			{ text: "Bitte senden Sie uns die Rechnung über die Wartung der Heizungsanlage. Das macht 640,00 €.", lines: [["Wartung der Heizungsanlage", "1", "640.00"]] },
			{ text: "Vielen Dank für das tolle Logo! Schickst du mir bitte die Rechnung für die Visitenkarten? Die kosten 180 €.", lines: [["Visitenkarten", "1", "180"]] },
			{ text: "Bedankt voor het logo! Stuur je me de factuur voor de visitekaartjes? Het is €180.", lines: [["Visitekaartjes", "1", "180"]] },
			{ text: "Bitte senden Sie uns die Rechnung über die Wartung der Heizungsanlage. Der Betrag beläuft sich auf 640,00 €.", lines: [["Wartung der Heizungsanlage", "1", "640.00"]] },
			// The thing is the one named in the sentence right before the price, not a thing thanked for before that.
			{ text: "Thanks for the logo! Can you send the invoice for the website? It's $2,400.", lines: [["Website", "1", "2400"]] },
			{ text: "Please invoice us for the copywriting.\nThe agreed fee was $750.", lines: [["Copywriting", "1", "750"]] },
			// "Dat"/"Das"/"Eso" stand for the thing already named, never for a thing called "Dat" or "Waren".
			{ text: "Kun je me een factuur sturen voor de fotoshoot van vorige week? Dat was €650.", lines: [["Fotoshoot van vorige week", "1", "650"]] },
			{ text: "Kannst du mir die Rechnung für das Shooting schicken? Das waren 650 €.", lines: [["Shooting", "1", "650"]] },
			{ text: "¿Me haces la factura del reportaje de la boda? Eso fue 900 €.", lines: [["Reportaje de la boda", "1", "900"]] },
			{ text: "Could you invoice us for the audit? That was $650.", lines: [["Audit", "1", "650"]] },
			{ text: "Please send us an invoice for the December social media calendar. The agreed price was $850.", lines: [["December social media calendar", "1", "850"]] },
			{ text: "¿Podría enviarnos la factura por el mantenimiento anual? Son 1.450 € más IVA.", lines: [["Mantenimiento anual", "1", "1450"]] },
			{ text: "Please send the invoice for the brand audit. The fee we agreed was £1,200.", lines: [["Brand audit", "1", "1200"]] },
			{ text: "Can you issue us the monthly invoice for the site plans? This month it's $1,250.", lines: [["Site plans", "1", "1250"]] },
			{ text: "Tu peux m'envoyer la facture pour le logo ? C'était 400 €.", lines: [["Logo", "1", "400"]] },
			{ text: "Could you please send the invoice for the wedding flowers? It came to £1,150.", lines: [["Wedding flowers", "1", "1150"]] },
			{ text: "Wil je ons een factuur sturen voor de fotoshoot? We hadden €650 afgesproken.", lines: [["Fotoshoot", "1", "650"]] },
			{ text: "Könnten Sie uns die Rechnung für die Wartung schicken? Vereinbart waren pauschal 480,00 €.", lines: [["Wartung", "1", "480.00"]] },
			// An elided article ("L'importo", "L'montant") opens the amount's name as well.
			{ text: "Le chiedo di emettere la fattura per il catalogo primavera. L'importo complessivo concordato è di 3.200,00 euro.", lines: [["Catalogo primavera", "1", "3200.00"]] },
			{ text: "Pouvez-vous m'envoyer la facture pour la refonte du site ? L'ensemble du montant convenu est de 2 400 €.", lines: [["Refonte du site", "1", "2400"]] },
		],
	},
	{
		id: "finished-thing-then-invoice-amount",
		needs: /signed off|approved|done|finished|complete|delivered|abgenommen|abgeschlossen|fertig|termin|livr|valid|entregad|aprobad|conclus|consegnat|approvat|klaar|opgeleverd|goedgekeurd|concluíd|entregue|aprovad/iu,
		says: "the thing is said to be finished, then the invoice is asked for with only its amount (Phase 2 … is signed off … Please raise the invoice for ₹1,25,000)",
		template: String.raw`(?:^|[.?!][ \t]+)(?<d>\p{Lu}[\p{L}\p{N}'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,3}?)(?:[ \t]+(?:of|for|der|des|de|del|van|da|do|di)[ \t]+[^\n.?!$€£¥₹]{1,50}?)?[ \t]+(?:is|was|has been|ist|wurde|est|a été|está|fue|è|è stato|werd|foi)[ \t]+(?:now[ \t]+|jetzt[ \t]+|finally[ \t]+)?(?:signed off|approved|done|finished|complete|completed|delivered|abgenommen|abgeschlossen|fertig|terminée?|livrée?|validée?|terminad[oa]|entregad[oa]|aprobad[oa]|concluso|consegnat[oa]|approvat[oa]|klaar|opgeleverd|goedgekeurd|concluíd[oa]|entregue|aprovad[oa])(?![\p{L}])[^\n$€£¥₹]{0,160}?(?<![\p{L}])(?:invoice|bill|Rechnung|factura|facture|fattura|factuur|fatura)(?:[ \t]+(?:for|über|de|pour|per|voor|por|of))?[ \t]+{M}(?=[ \t]*(?:[.?!,;\n]|$|as agreed|wie vereinbart|comme convenu|como acordado|come concordato|zoals afgesproken|como combinado))`,
		examples: [
			{ text: "Phase 2 of the brand identity is signed off from our side, thank you for the quick turnaround. Please raise the invoice for ₹1,25,000 as agreed.", lines: [["Phase 2", "1", "125000"]] },
			{ text: "Das Kapitel 3 ist abgenommen. Bitte schick mir die Rechnung über 1.800 €.", lines: [["Kapitel 3", "1", "1800"]] },
			// Only a thing that is named: "It is done" names nothing.
			{ text: "It is done, thanks. Please send the invoice for $900.", lines: [] },
		],
	},
	{
		id: "agreed-a-price-of",
		needs: /agreed|settled|cerrad|acordad|pactad|fijad|vereinbart|abgemacht|convenu|fixé|concordat|pattuit|fissat|afgesproken|combinad|fechad/iu,
		says: "the request names the thing, the next sentence says a price was agreed for it (Para esta adaptación habíamos cerrado un precio de 420 €; For this we had agreed a fee of $300)",
		template: String.raw`(?:^|[.?!][ \t]+)(?=(?:[^.?!\n]|\.(?=\d))*?(?:agreed|settled|cerrado|acordado|pactado|fijado|vereinbart|abgemacht|convenu|fixé|concordato|pattuito|fissato|afgesproken|combinado|fechado))(?:[\p{L}'’]+,?[ \t]+){1,6}?(?:a|an|un|una|einen|um|uma|een)[ \t]+(?:(?:agreed|fixed|festen|fijo|fixe|fisso|vaste|fixo)[ \t]+)?(?:price|fee|precio|importe|Preis|Betrag|prix|montant|prezzo|importo|prijs|bedrag|preço|valor)[ \t]+(?:of|de|von|di|van|do)[ \t]+{M}`,
		topic: true,
		examples: [
			// The thing named with its head before "de" is the whole name ("la adaptación de la contraetiqueta").
			{ text: "Le ruego que incluya en la factura la adaptación de la contraetiqueta. Para esta adaptación habíamos cerrado un precio de 420 €.", lines: [["Adaptación de la contraetiqueta", "1", "420"]] },
			{ text: "Please also invoice the resizing of the banners. We had settled on a fee of $300.", lines: [["Resizing of the banners", "1", "300"]] },
			{ text: "Bitte stellen Sie uns die Anpassung des Rückenetiketts in Rechnung. Dafür hatten wir einen Preis von 420 € vereinbart.", lines: [["Anpassung des Rückenetiketts", "1", "420"]] },
		],
	},
	{
		id: "price-as-agreed",
		says: "the request names the thing, the next sentence gives the price 'as agreed'",
		template: String.raw`(?:^|[.?!][ \t]+){M}[ \t]+(?:as (?:we |you )?(?:agreed|discussed|said)|like we said|as per [\p{L} ]{2,30}|comme (?:on l['’]a |nous l['’]avons )?(?:prévu|convenu|dit)|wie (?:besprochen|vereinbart|gesagt|abgemacht)|como (?:acordado|acordamos|quedamos|dijimos|combinado|combinamos)|come (?:d['’]accordo|concordato|detto)|zoals (?:afgesproken|besproken))`,
		topic: true,
		examples: [
			{ text: "Can you send the final invoice for the audit? $4,200 as agreed.", lines: [["Audit", "1", "4200"]] },
			{ text: "Could you send through your invoice for the website updates? $600 as we discussed.", lines: [["Website updates", "1", "600"]] },
		],
	},
	{
		id: "agreed-then-price",
		needs: /agreed|discussed|vereinbart|besprochen|abgemacht|convenu|prévu|acordado|acordamos|quedamos|combinad|accordo|concordato|afgesproken|besproken/iu,
		says: "the request names the thing, the next sentence opens with 'as agreed' and gives only its price (Wie vereinbart 2.350,00 €)",
		template: String.raw`(?:^|[.?!][ \t]+)(?:as (?:we |you )?(?:agreed|discussed)|wie (?:besprochen|vereinbart|abgemacht)|comme (?:convenu|prévu)|como (?:acordado|acordamos|quedamos|combinado|combinamos)|come (?:d['’]accordo|concordato)|zoals (?:afgesproken|besproken)|conforme (?:combinado|acordado))[ \t]*[,:]?[ \t]+(?:(?:pauschal|flat|forfait)[ \t]+)?{M}(?=[ \t]*(?:[.?!,;\n]|$))`,
		topic: true,
		examples: [
			{ text: "wir bitten Sie, uns die Gestaltung des Jahresberichts 2026 in Rechnung zu stellen. Wie vereinbart 2.350,00 €, zahlbar innerhalb von 14 Tagen.", lines: [["Gestaltung des Jahresberichts 2026", "1", "2350.00"]] },
			{ text: "Please invoice us for the menu redesign. As agreed, $850.", lines: [["Menu redesign", "1", "850"]] },
			{ text: "Pouvez-vous m'envoyer la facture pour la refonte du logo ? Comme convenu : 1 200 €.", lines: [["Refonte du logo", "1", "1200"]] },
		],
	},
	{
		id: "invoice-for-amount-only",
		needs: /invoice|bill|rechnung|factura|facture|fattura|factuur|fatura/iu,
		says: "an invoice asked for by its amount alone (send us an invoice for ¥180,000): the thing is the one named before — in the request or thanked for",
		template: String.raw`(?<![\p{L}])(?:invoice|bill|Rechnung|factura|facture|fattura|factuur|fatura)[ \t]+(?:for|über|de|pour|per|voor|por|of|von|van|di|do|da|no valor de|in Höhe von|d['’]un montant de|pour un montant de|por (?:un )?(?:importe|valor|monto) de|per (?:un )?importo di|voor een bedrag van|for the amount of|in the amount of)[ \t]+{M}(?=[ \t]*(?:[.?!,;\n]|$|(?:sturen|opsturen|toesturen|schicken|senden|zukommen|ausstellen|mandar|enviar|emitir|envoyer|inviare|mandare|emettere|please|bitte|por favor|s['’]il)(?![\p{L}])))`,
		topic: true,
		examples: [
			{ text: "Thank you very much for the beautiful product photos for our new website. Please send us an invoice for ¥180,000.", lines: [["Beautiful product photos", "1", "180000"]] },
			{ text: "Vielen Dank für die neuen Visitenkarten! Schicken Sie uns bitte eine Rechnung über 240 €.", lines: [["Neuen Visitenkarten", "1", "240"]] },
			{ text: "Merci pour la refonte du site. Pouvez-vous m'envoyer une facture de 1 800 € ?", lines: [["Refonte du site", "1", "1800"]] },
			{ text: "Bedankt voor de nieuwe huisstijl! Kun je me een factuur van € 850 sturen?", lines: [["Nieuwe huisstijl", "1", "850"]] },
			{ text: "Obrigada pelas fotos do cardápio! Pode me mandar a fatura de R$ 900?", lines: [["Fotos do cardápio", "1", "900"]] },
			// A reply, a call or the help thanked for is no thing: the amount is asked about.
			{ text: "Thank you so much for the quick reply. Please send us an invoice for $500.", lines: [] },
			{ text: "Please send us an invoice for $500.", lines: [] },
		],
	},
	{
		id: "quantity-noun-comma-at-rate",
		says: "N things, then a comma and at/à a price per thing (die zwei Fotoalben, à 145 € pro Stück; the 3 framed prints, at $80 each)",
		// Tried last: a sentence that points back ("Erano 20 foto, a 12 € l'una") is read by its own phrasing first.
		template: String.raw`{Q}[ \t]+{N}[ \t]*,[ \t]+(?:{AT})[ \t]+{M}{E}`,
		examples: [
			{ text: "Dazu noch die zwei Fotoalben, à 145 € pro Stück.", lines: [["Fotoalben", "2", "145"]] },
			{ text: "Plus the 3 framed prints, at $80 each.", lines: [["Framed prints", "3", "80"]] },
			{ text: "Et les 4 affiches, à 30 € pièce.", lines: [["Affiches", "4", "30"]] },
		],
	},
	{
		id: "columns-count-noun-price-each",
		needs: /\S[ \t]{2,}\d/,
		says: "a plain-text table row whose count column names what is counted, or whose price says it is per unit (Product photography   40 products   RM 35.00 each)",
		// The price must say "each": a count with a noun beside a bare amount may be the row's total.
		template: String.raw`^[ \t]*(?<d>\p{L}[^\n]*?[\p{L})])[ \t]{2,}{Q}(?:[ \t]+\p{L}[\p{L}.]*)?[ \t]{2,}{M}{E}[ \t]*$`,
		examples: [
			{ text: "Product photography   40 products   RM 35.00 each", lines: [["Product photography", "40", "35.00"]] },
			{ text: "Retouching      12 images      $15 each", lines: [["Retouching", "12", "15"]] },
			{ text: "Flyer design      3 versions      €40 each", lines: [["Flyer design", "3", "40"]] },
			{ text: "Retouching      12 images      $180", lines: [] },
		],
	},
	{
		id: "tab-columns-quantity-price-total",
		needs: /\t\d[^\t\n]*\t/,
		says: "a table copied as tab-separated text: description, quantity, unit price and the row's amount, one tab between cells; the amount must be quantity times price (else the row is no line)",
		// A year may end the name ("Catálogo 2027"); any other number there is a count and the row is left alone.
		template: String.raw`^[ \t]*(?<d>\p{L}[^\t\n]*?(?:[\p{L})]|(?<=\p{L}[ ])(?:19|20)\d\d))\t+{Q}(?:[ ]+\p{L}[\p{L}'’.]{0,14})?\t+{P}\t+(?<lt>(?:[^\s\d]{1,4}[ ]?)?\d(?:[\d.,'’]|[ \u202f](?=\d{3}(?!\d)))*(?:[ ]?[^\s\d]{1,4})?)[ \t]*$`,
		barePrice: true,
		examples: [
			{ text: "Concepto\tCantidad\tPrecio\tImporte\nSesión de fotos 2026\t1\t850,00 €\t850,00 €\nRetoque\t12\t15,00 €\t180,00 €", lines: [["Sesión de fotos 2026", "1", "850.00"], ["Retoque", "12", "15.00"]] },
			{ text: "Logo design\t2\t$400.00\t$800.00", lines: [["Logo design", "2", "400.00"]] },
			{ text: "Logo design\t2\t$400.00\t$900.00", lines: [] },
			{ text: "Banners 3\t2\t$40.00\t$80.00", lines: [] },
		],
	},
	{
		id: "label-price-as-agreed",
		needs: /^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])/m,
		says: "a bullet or numbered row with one price (quantity 1) that says it is the agreed one, with no comma before (1. Website redesign – ₹2 lakh as agreed)",
		template: String.raw`{BUL}(?<d>(?:[^\n:|–—]|(?<=\p{L})[–—](?=\p{L})){2,80}?)[ \t]*[:–—-][ \t]*{M}[ \t]+{ASAGREED}[^\n\d]*$`,
		examples: [
			{ text: "1. Brand refresh (logo + colours) – ₹1.5 lakh as agreed\n2. Social templates – ₹18,000 as discussed on the call", lines: [["Brand refresh (logo + colours)", "1", "150000"], ["Social templates", "1", "18000"]] },
			{ text: "- Webdesign: 2.400 € wie vereinbart", lines: [["Webdesign", "1", "2400"]] },
			{ text: "- Diseño del cartel – 350 € como quedamos", lines: [["Diseño del cartel", "1", "350"]] },
			// Another number after the agreement is another fact ("as agreed for 3 months"): the row is left alone.
			{ text: "- Hosting – $40 as agreed for 3 months", lines: [] },
		],
	},
	{
		id: "plain-label-price-as-agreed",
		needs: new RegExp(String.raw`(?<![\p{L}])(?:${AGREED_AFTER})(?![\p{L}])`, "iu"),
		says: "a line of its own with no bullet: a short label, a dash or colon, one price (quantity 1) and words saying it is the agreed or quoted one (Lookbook layout – $1,100 as quoted)",
		// The label holds no comma or sentence end, so a sentence of prose before a colon ("Hi Sam, please invoice the
		// logo: €800 as agreed") is no label; another number after the agreement is another fact, as in the bullet row.
		template: String.raw`^[ \t]*(?<d>\p{L}[^\n:|–—$€£¥₹,.?!;]{1,60}?)(?:[ \t]*:|[ \t]+[–—-])[ \t]+{M}[ \t]+{ASAGREED}[^\n\d]*$`,
		examples: [
			{ text: "Lookbook layout – $1,100 as quoted", lines: [["Lookbook layout", "1", "1100"]] },
			{ text: "Broschüre – 1.500 € wie angeboten\nKorrektorat – 200 €", lines: [["Broschüre", "1", "1500"], ["Korrektorat", "1", "200"]] },
			{ text: "Site web : 2 500 € comme convenu", lines: [["Site web", "1", "2500"]] },
			{ text: "Huisstijl – € 1.800 zoals geoffreerd", lines: [["Huisstijl", "1", "1800"]] },
			{ text: "Hosting – $40 as agreed for 3 months", lines: [] },
		],
	},
	{
		id: "joined-the-price-then-thing",
		needs: /\b(?:and|plus)(?:\s+(?:then|also))?\s+the\s+\D{0,5}\d/i,
		says: "a second item joined by 'and (then) the', its price before its name (and then the £40 stock licence for the texture; plus the $120 font licence)",
		// The thing ends before what it was for or who bought it; a word that is no thing ("the $40 extra", "the $1,000
		// deposit", "the $200 we owe") or a clause saying it was paid, refunded or included reads no line.
		template: String.raw`\b(?:and|plus)(?:[ \t]+(?:then|also))?[ \t]+the[ \t]+{M}[ \t]+(?!(?:${alt([...JOINED_NOT_A_THING, ...DEPOSIT_WORDS, ...BALANCE_WORDS, ...TOTAL_WORDS, ...DISCOUNT_WORDS, ...GENERIC_AMOUNT_WORDS])})(?![\p{L}]))(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,3}?)(?=[ \t]*(?:[.?!,;:)\n]|$)|[ \t]+(?:for|from|that|which|we|you|I|they|as|to|on|in|at|by)(?![\p{L}]))(?![^.\n]{0,60}(?<![\p{L}])(?:${alt(PAID_WORDS)}|refunded|reimbursed|waived|covered|included|free|per|each)(?![\p{L}]))`,
		examples: [
			{ text: "It was 6 hours at £75/h, and then the £40 stock licence for the background texture you bought for us.", lines: [["Hours", "6", "75"], ["Stock licence", "1", "40"]] },
			{ text: "Please invoice the logo at $650 plus the $120 font licence.", lines: [["Logo", "1", "650"], ["Font licence", "1", "120"]] },
			{ text: "The shoot was $900, and also the $60 studio hire that you booked.", lines: [["Shoot", "1", "900"], ["Studio hire", "1", "60"]] },
			// No thing after the price, or one already paid: nothing is read.
			{ text: "Thanks, and the $300 we paid up front.", lines: [] },
			{ text: "Thanks, and the $300 deposit came off already.", lines: [] },
			{ text: "Thanks, and the $60 studio hire was already paid by us.", lines: [] },
			{ text: "Thanks, and the $750 retainer from October.", lines: [] },
		],
	},
	{
		id: "thing-finished-whole-job-amount",
		needs: /\b(?:whole|entire|full|complete)\s+(?:job|project|lot|work)\b/i,
		says: "the thing is said to be finished, then the invoice for 'the whole job' and its amount in a clause after it (Signage is up … send through the final invoice for the whole job - it was A$4,200 all up)",
		// "The whole job" names nothing of its own: the thing is the one just said to be up, live or done, opening its
		// sentence. Only one amount is read, in a clause of its own after the request.
		template: String.raw`(?:^|[.?!][ \t]+)(?<d>${NOT_PRONOUN}\p{L}[\p{L}\p{N}'’\-]*(?:[ \t]+${NOT_PRONOUN}[\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,3}?)[ \t]+(?:is|are|was|were|has been|have been)[ \t]+(?:now[ \t]+|finally[ \t]+|all[ \t]+)?(?:up|live|installed|in place|done|finished|complete|completed|delivered|signed off|approved)(?![\p{L}])[^\n$€£¥₹]{0,160}?(?<![\p{L}])(?:invoice|bill)[ \t]+for[ \t]+the[ \t]+(?:whole|entire|full|complete)[ \t]+(?:job|project|lot|work)(?![\p{L}])[^\n$€£¥₹.?!]{0,60}?[-–—,;:][ \t]*(?:it was|it's|that's|it came to|that came to|which was|the total was)[ \t]+{M}(?:[ \t]+(?:all up|all in|in total|total|altogether))?(?=[ \t]*(?:[.?!,;\n]|$))`,
		examples: [
			{ text: "Signage is up and looks ace. Send through the final invoice for the whole job when you get a chance - it was A$4,200 all up.", lines: [["Signage", "1", "4200"]] },
			{ text: "The new website is live, thanks heaps! Can you send the invoice for the whole project when you can - it came to $3,100 in total.", lines: [["New website", "1", "3100"]] },
			{ text: "The brochures are delivered. Please send the invoice for the whole job when you get a chance: that's $1,250 all in.", lines: [["Brochures", "1", "1250"]] },
		],
	},
	{
		id: "months-monthly-fee",
		needs: /\d[ \t]*(?:months?|Monate?n?|mois|mes(?:es)?|mesi|maanden|maand|meses)/iu,
		says: "a count of months, maybe the months named in brackets, then the fee for each month (for 3 months (September, October, November), monthly fee 14,000 TRY): the count times the monthly fee",
		// The unit is a month and the fee is named monthly: a fee for another period, or a plain fee, is some other phrasing.
		template: String.raw`{Q}[ \t]+(?<u>months?|Monate?n?|mois|mes(?:es)?|mesi|maanden|meses)(?![\p{L}])(?:[ \t]*\([^()\d\n]{1,80}\))?[ \t]*[,;:–—-]?[ \t]*(?:(?:at|with|for|zu|mit|à|avec|pour|a|con|por|por una|por un|per|voor|met|com|de)[ \t]+)?(?:(?:a|the|eine[rn]?|der|die|une|la|le|un|una|el|il|de|een|het|uma|o|a)[ \t]+)?(?:${MONTHLY_FEE})(?:[ \t]+(?:of|von|de|di|van|is|ist|es|est|è|é|:))?[ \t]*:?[ \t]*{M}`,
		topic: true,
		examples: [
			{ text: "Please prepare the invoice for the social media package for 3 months (September, October, November), monthly fee 14,000 TRY.", lines: [["Social media package (months)", "3", "14000"]] },
			{ text: "Please invoice us for the SEO retainer for 6 months at a monthly fee of $450.", lines: [["SEO retainer (months)", "6", "450"]] },
			{ text: "Bitte stellen Sie uns die Betreuung in Rechnung: 3 Monate (Oktober bis Dezember), Monatspauschale 900 €.", lines: [["Betreuung (Monate)", "3", "900"]] },
			{ text: "¿Me mandas la factura del mantenimiento web? Son 4 meses, cuota mensual de 120 €.", lines: [["Mantenimiento web (meses)", "4", "120"]] },
			{ text: "Peux-tu me facturer la gestion des réseaux pour 2 mois, forfait mensuel de 800 € ?", lines: [["Gestion des réseaux (mois)", "2", "800"]] },
		],
	},
	{
		id: "quantity-noun-which-was-rate-each",
		says: "N things, then a clause saying each was a price (2 revisions extra which was 200 zł for each one; 3 Entwürfe, die je 150 € waren — with a word for each)",
		// Only with a word for "each": "2 revisions which was 400 zł" may be both together, read by other phrasings or asked.
		template: String.raw`{Q}[ \t]+{N}[ \t]*,?[ \t]+(?:which|that|die|der|das|que|qui|che|dat)[ \t]+(?:{BE})(?:[ \t]+(?:at|à|a|zu|je))?[ \t]+{M}(?:[ \t]+(?:for|für|pour|por|per|voor))?{E}`,
		examples: [
			{ text: "Like we agree it is 1 800 zł for logo animation and also 2 revisions extra which was 200 zł for each one.", lines: [["Logo animation", "1", "1800"], ["Revisions extra", "2", "200"]] },
			{ text: "Plus 3 extra drafts, which were $150 each.", lines: [["Extra drafts", "3", "150"]] },
			{ text: "Y 4 carteles extra, que fueron 60 € cada uno.", lines: [["Carteles extra", "4", "60"]] },
			{ text: "Et 5 affiches, qui étaient à 30 € pièce.", lines: [["Affiches", "5", "30"]] },
			{ text: "Plus 2 revisions which was 400 zł.", lines: [] },
		],
	},
	{
		id: "thing-agreed-with-price",
		needs: /(?<![\p{L}])(?:mit|met)[ \t]/u,
		says: "a thing said to be agreed at its price with 'mit'/'met' (war die Website-Konzeption und Design pauschal mit SGD 2.400,00 vereinbart; het logo is met € 600 afgesproken)",
		// The thing is the sentence's subject, after its verb ("war die …", "is het …"); the agreeing verb closes the clause.
		template: String.raw`(?<![\p{L}])(?:war|ist|wurde|wird|waren|sind|was|is|werd|zijn|waren)[ \t]+{ART}(?<d>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,4}?)[ \t]+(?:(?:pauschal|vast|forfaitair)[ \t]+)?(?:mit|met)[ \t]+{M}(?![.,'’ ]?\d)[ \t]+(?:vereinbart|abgemacht|besprochen|veranschlagt|angesetzt|afgesproken|overeengekomen)(?![\p{L}])`,
		examples: [
			{ text: "Wie besprochen war die Website-Konzeption und Design pauschal mit SGD 2.400,00 vereinbart.", lines: [["Website-Konzeption und Design", "1", "2400.00"]] },
			{ text: "Wie besprochen ist das Logo mit 600 € vereinbart.", lines: [["Logo", "1", "600"]] },
			{ text: "Zoals besproken is het logo met € 600 afgesproken.", lines: [["Logo", "1", "600"]] },
			// A price per unit after "mit" needs its count: never a flat line.
			{ text: "Die Poster sind mit 15 € pro Stück vereinbart.", lines: [] },
		],
	},
	{
		id: "thing-another-price",
		needs: /(?<![\p{L}])(?:another|a further|an additional|an extra|otros|otras|otro|otra|nochmal|noch mal|nochmals|noch einmal|weitere|zusätzlich|zusätzliche|encore|outros|outras|outro|outra|mais|altri|altre|altro|altra|nog eens|nog een keer)[ \t]/iu,
		says: "a second thing after a join, then a word for 'another' before its price, after an amount in the same sentence (el logo fueron $8,500 y el diseño de las tarjetas otros $1,200; Albumcover 600 € und die Bandfotos nochmal 400 €)",
		// "Another" only says the amount comes on top of the one before, so that one must be written earlier in the
		// sentence; the thing is a noun phrase with its article after the join.
		template: String.raw`(?<![\p{L}])(?:and|und|y|e|et|en|plus|sowie)(?<=\d[^\n.!?]{0,160})[ \t]+(?:the|der|die|das|den|le|la|les|el|los|las|o|a|os|as|il|lo|gli|i|het|de)[ \t]+(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,5}?)[ \t]*,?[ \t]+(?:(?:{BE})[ \t]+)?(?:another|a further|an additional|an extra|otros|otras|otro|otra|nochmal|noch mal|nochmals|noch einmal|weitere|zusätzlich|zusätzliche|encore|outros|outras|outro|outra|mais|altri|altre|altro|altra|nog eens|nog een keer)[ \t]+{M}(?![.,'’ ]?\d)`,
		examples: [
			{ text: "Según lo que quedamos, el cartel fueron 900 € y el diseño de los folletos de otoño otros 300 €.", lines: [["Cartel", "1", "900"], ["Diseño de los folletos de otoño", "1", "300"]] },
			{ text: "The logo was $700 and the design of the new business cards another $150.", lines: [["Logo", "1", "700"], ["Design of the new business cards", "1", "150"]] },
			{ text: "Das Logo 500 € und die Fotos vom Shooting im Studio nochmal 300 €.", lines: [["Logo", "1", "500"], ["Fotos vom Shooting im Studio", "1", "300"]] },
			{ text: "Le logo 800 € et les affiches du salon du livre encore 200 €.", lines: [["Logo", "1", "800"], ["Affiches du salon du livre", "1", "200"]] },
			{ text: "O logo foi R$ 900 e o cardápio da nova loja do centro outros R$ 300.", lines: [["Logo", "1", "900"], ["Cardápio da nova loja do centro", "1", "300"]] },
			// "Another" with no thing before it names nothing: no line.
			{ text: "Please invoice me for the logo. Another $150 next month.", lines: [] },
		],
	},
	{
		id: "joined-thing-flat-price",
		needs: FLAT_RE,
		says: "a second thing after a join, then a word saying its price is flat, with or without 'which was' (plus the same-day highlights edit which was a flat A$250; und die Bildbearbeitung zum Festpreis von 300 €; y la edición, que fue un precio fijo de 200 €)",
		// The flat word only says the amount is the whole thing's price, so the line is one of it; an article alone before
		// the flat word ("and a flat $250") names nothing.
		template: String.raw`(?<![\p{L}])(?:plus|and|also|sowie|dazu|und|y|más|et|e|en|più)[ \t]+{ART}(?!(?:a|an|ein|eine|einen|un|une|una|um|uma|een)[ \t]+{FLAT})(?!{FLAT})(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,4}?)[ \t]*,?[ \t]+(?:(?:which|that|die|der|das|que|qui|che|dat)[ \t]+(?:{BE})[ \t]+)?(?:(?:at|for|für|pour|por|per|voor|zu|à)[ \t]+)?(?:(?:a|an|ein|eine|einen|un|une|una|um|uma|een)[ \t]+)?{FLAT}[ \t]+(?:(?:of|von|de|di|van|da)[ \t]+)?{M}(?![.,'’ ]?\d)`,
		examples: [
			{ text: "We agreed 5 hours of coverage at $180/hr, plus the highlights reel which was a flat $250.", lines: [["Coverage (hours)", "5", "180"], ["Highlights reel", "1", "250"]] },
			{ text: "2 Tage Fotografie à 900 €, und die Bildbearbeitung zum Festpreis von 300 €.", lines: [["Fotografie (Tage)", "2", "900"], ["Bildbearbeitung", "1", "300"]] },
			{ text: "3 jours de tournage à 600 € par jour, et le montage à un prix forfaitaire de 400 €.", lines: [["Tournage (jours)", "3", "600"], ["Montage", "1", "400"]] },
			{ text: "4 horas de fotografía a 80 € la hora y la edición del vídeo, que fue un precio fijo de 200 €.", lines: [["Fotografía (horas)", "4", "80"], ["Edición del vídeo", "1", "200"]] },
			{ text: "The logo at $500 and the brand guide at a flat fee of $300.", lines: [["Logo", "1", "500"], ["Brand guide", "1", "300"]] },
			// A flat amount with no thing of its own is no line.
			{ text: "Please invoice us. And a flat $250 on top.", lines: [] },
		],
	},
	{
		id: "label-count-times-price-remark",
		needs: /\d[ \t]*[x×][ \t]*[^\n]*\)[ \t]*$/mu,
		says: "a list row naming its thing, then after a colon its count times a price and a remark in brackets saying which ones (Diseño de tarjetas de visita: 5 x 40,00 € (una por socio))",
		// "5 x" already makes the price each one's, so a remark after it needs no word for "each"; a remark of tax, of
		// payment or of something left out changes the amount (REMARK leaves it to the question).
		template: String.raw`{LINE}(?<d>${THING_FIRST})[ \t]*(?:[:–—-]|,)[ \t]*(?!(?:19|20)\d\d(?!\d)){Q}[ \t]*[x×][ \t]*{M}${REMARK}[ \t]*$`,
		examples: [
			{ text: "- Retratos del equipo: 450,00 €\n- Tarjetas de visita: 4 x 35,00 € (una por socia)", lines: [["Retratos del equipo", "1", "450.00"], ["Tarjetas de visita", "4", "35.00"]] },
			{ text: "- Headshots: 6 x $90 (one per partner)", lines: [["Headshots", "6", "90"]] },
			{ text: "- Visitenkarten: 3 × 45 € (für jede Filiale eine)", lines: [["Visitenkarten", "3", "45"]] },
			{ text: "- Affiches : 2 x 120 € (une par vitrine)", lines: [["Affiches", "2", "120"]] },
			// A remark of tax or of something already paid changes the amount: no line.
			{ text: "- Headshots: 6 x $90 (plus tax)", lines: [] },
			{ text: "- Headshots: 6 x $90 (deposit paid)", lines: [] },
		],
	},
	{
		id: "label-count-times-price-which-ones",
		needs: /\d[ \t]*[x×][ \t]*[^\n]*(?:one|une?|una|uno|eine?[nrs]?|één|um|uma|each|chaque|cada|jede|ogni|elke|ieder)[ \t]/iu,
		says: "a list row naming its thing, then its count times a price and, after a dash or comma, a remark saying which ones (Menu board designs: 3 x C$85 - one per wall, as agreed; Affiches : 2 x 120 €, une par vitrine)",
		// Like the remark in brackets above, but set off by a dash or comma: only a remark that opens with "one per" /
		// "for each" says which ones; anything else after the comma may be a second thing ("3 x $85, and the logo")
		// or a change of amount, and is left to the question. No digit, no word of tax, payment or discount.
		template: String.raw`{LINE}(?<d>${THING_FIRST})[ \t]*(?:[:–—-]|,)[ \t]*(?!(?:19|20)\d\d(?!\d)){Q}[ \t]*[x×][ \t]*{M}[ \t]*(?:[–—-]|,)[ \t]*${WHICH_ONES}[ \t]*$`,
		examples: [
			{ text: "- Logo refresh: $1,200.00\n- Menu board designs: 3 x $85 - one per wall, as agreed", lines: [["Logo refresh", "1", "1200.00"], ["Menu board designs", "3", "85"]] },
			{ text: "- Headshots: 6 x $90, one for each partner", lines: [["Headshots", "6", "90"]] },
			{ text: "- Visitenkarten: 3 × 45 € – eine pro Filiale", lines: [["Visitenkarten", "3", "45"]] },
			{ text: "- Affiches : 2 x 120 €, une par vitrine", lines: [["Affiches", "2", "120"]] },
			{ text: "- Tarjetas: 4 x 35 € - una por socia, como acordamos", lines: [["Tarjetas", "4", "35"]] },
			// Anything else after the comma may be another thing or a change of amount: no line.
			{ text: "- Headshots: 6 x $90, and the logo", lines: [] },
			{ text: "- Headshots: 6 x $90 - one per partner, plus tax", lines: [] },
			{ text: "- Headshots: 6 x $90 - one per partner, 2 already paid", lines: [] },
		],
	},
	{
		id: "quantity-noun-alias-rate",
		needs: /\d[ \t]+\p{L}[^\n()]{0,80}\([ \t]*\p{L}[^\n()\d]{0,40}\)[ \t]+\S+[ \t]+\S{0,4}[ \t]?\d/u,
		says: "N things with their short name in brackets, then a price for each (3 edições de vídeo curto (Reels) por R$ 150,00 cada uma; 4 short videos (Reels) at $150 each)",
		// The bracket holds one or two words and no digit: another name for the things, kept with them. A price with no
		// word for "each" may be all of them together, left to the question.
		template: String.raw`{Q}[ \t]+(?<d>${NOUN}[ \t]*\([ \t]*\p{L}[\p{L}'’\-]{1,20}(?:[ \t]+\p{L}[\p{L}'’\-]{1,20})?[ \t]*\))[ \t]+(?:(?:{AT})|for|für|pour|por|per|voor)[ \t]+{P}{E}`,
		examples: [
			{ text: "Foram 10 posts a R$ 90,00 cada e mais 4 vídeos curtos (Reels) por R$ 140,00 cada um.", lines: [["Posts", "10", "90.00"], ["Vídeos curtos (Reels)", "4", "140.00"]] },
			{ text: "Please invoice 4 short videos (Reels) at $150 each.", lines: [["Short videos (Reels)", "4", "150"]] },
			{ text: "Bitte 5 Kurzvideos (Stories) à 80 € pro Stück abrechnen.", lines: [["Kurzvideos (Stories)", "5", "80"]] },
			{ text: "Factura 3 carruseles (Instagram) a 60 € cada uno.", lines: [["Carruseles (Instagram)", "3", "60"]] },
			// Without a word for "each", the price may be all of them together.
			{ text: "Please invoice 4 short videos (Reels) for $150.", lines: [] },
		],
	},
	{
		id: "list-item-thing-then-pointed-price",
		needs: /^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])/m,
		says: "a list item that names its thing in a sentence of its own, then prices it in the next sentence that points back at it (2. Retouch work for web shop. About this, please charge ¥30,000; - Anpassung der Etiketten. Dafür bitte 180 € berechnen)",
		// The item's first sentence is only the thing (no amount, no digit); the next opens with words pointing back at it
		// and holds one amount, with no word for "each" after it (a price per unit whose count is unwritten is asked).
		template: String.raw`{BUL}(?<d>\p{L}[^\n.?!;:$€£¥₹\d]{2,60}?)\.[ \t]+(?:about this|about that|regarding this|for this|for that|for it|on this|dafür|hierfür|dazu|pour cela|pour ceci|pour ça|para esto|para esta|para eso|por esto|per questo|per questa|hiervoor|daarvoor|para isso|para isto)[ \t]*,?[ \t]+(?:[\p{L}'’]+[ \t]+){0,5}?{M}(?![.,'’ ]?\d)(?![ \t]*(?:${PER_UNIT}))(?=[^\n\d$€£¥₹]*(?:$|\n))`,
		examples: [
			{ text: "1. Product photos of tea bowls, 24 pieces at ¥8,000 each.\n2. Retouch work for web shop. About this, please charge ¥30,000 as we discussed.", lines: [["Product photos of tea bowls (pieces)", "24", "8000"], ["Retouch work for web shop", "1", "30000"]] },
			{ text: "- Anpassung der Rückenetiketten. Dafür bitte 180 € berechnen, wie besprochen.", lines: [["Anpassung der Rückenetiketten", "1", "180"]] },
			{ text: "- Adaptación del menú para la web. Para esto, cóbranos 250 € como acordamos.", lines: [["Adaptación del menú para la web", "1", "250"]] },
			// A price per unit whose count is not written, or a second amount in the sentence: asked.
			{ text: "- Retouch work for web shop. About this, please charge ¥3,000 per photo.", lines: [] },
			{ text: "- Retouch work for web shop. About this, please charge ¥30,000 or ¥25,000 if simple.", lines: [] },
		],
	},
	{
		id: "count-noun-then-pointer-rate-each",
		says: "the N things (what was done with them), then a pronoun pointing back with a price each (and the 2 door decals you did last week, those were S$95 each; die 3 Poster, die waren 40 € pro Stück)",
		// The things open their clause after an article; a clause about them may follow ("you did last week", "que
		// hiciste"), then a comma and a word pointing back at them. Only with a word for "each": "those were $190" may be
		// all of them together, and is asked.
		template: String.raw`(?:^|[.;:?!][ \t]*|(?<![\p{L}])(?:and|und|et|y|e|en|also|plus|auch|aussi|también|anche|ook|também)[ \t]+)(?:the|die|les|los|las|os|as|i|le|gli|de)[ \t]+{Q}[ \t]+{N}(?:[ \t]*,?[ \t]+(?:you|we|I|they|Sie|du|ihr|wir|ich|die|que|qui|che|dat|die)[ \t]+[^\n,.;:!?\d$€£¥₹]{1,40}?)?[ \t]*,[ \t]*(?:those|they|these|die|sie|ils|elles|c['’]|esos|esas|estos|estas|quelli|quelle|deze|dat|esses|essas|eles|elas)[ \t]*(?:{BE})(?:[ \t]+(?:at|à|a|zu|je))?[ \t]+{M}{E}`,
		examples: [
			{ text: "The logo was S$1,800. Oh and the 2 door decals you did last week, those were S$95 each, please add them too.", lines: [["Logo", "1", "1800"], ["Door decals", "2", "95"]] },
			{ text: "Und die 3 Poster, die ihr gedruckt habt, sie waren 40 € pro Stück.", lines: [["Poster", "3", "40"]] },
			{ text: "Et les 4 affiches que tu as imprimées, elles étaient à 25 € pièce.", lines: [["Affiches", "4", "25"]] },
			{ text: "Y los 5 carteles, esos fueron 30 € cada uno.", lines: [["Carteles", "5", "30"]] },
			// Without a word for "each", the price may be all of them together.
			{ text: "And the 2 door decals, those were S$190.", lines: [] },
		],
	},
	{
		id: "joined-thing-agreed-flat-price",
		needs: FLAT_RE,
		says: "a second thing after a join, then a clause saying its price was agreed ahead, then the amount and a flat word (plus the retouching, which we said would be $1.5k flat for the whole lot; and the colour grade, which you'd said was A$400 flat)",
		// The agreement clause only says when the price was set; the flat word says it is the whole thing's price, so the
		// line is one of it. Without a flat word the amount may be each one's ("which we said would be $50"): left to the
		// other phrasings or asked.
		template: String.raw`(?<![\p{L}])(?:plus|and|also)(?:[ \t]+on[ \t]+top(?:[ \t]+of[ \t]+(?:that|this|it))?,?)?(?:[ \t]+there['’]s|[ \t]+there[ \t]+is)?[ \t]+{ART}(?!{FLAT})(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,4}?)[ \t]*,?[ \t]+(?:which|that)[ \t]+(?:we|you|I|they)(?:['’]d)?[ \t]+(?:had[ \t]+)?(?:said|agreed|quoted|settled|fixed|set|discussed|priced)(?:[ \t]+it)?(?:[ \t]+(?:would be|will be|was|is|at|on|as|to be))?[ \t]+{M}[ \t]*,?[ \t]*{FLAT}(?![ \t]*,?[ \t]*(?:${PER_UNIT}|each|per|je|pro|par|por|cada)(?![\p{L}]))`,
		examples: [
			{ text: "2 days at $950.00 per day, plus the retouching, which we said would be $1.5k flat for the whole lot.", lines: [["Days", "2", "950.00"], ["Retouching", "1", "1500"]] },
			{ text: "The logo at €900, plus the brand sheet, which we agreed would be €250 flat for both versions.", lines: [["Logo", "1", "900"], ["Brand sheet", "1", "250"]] },
			{ text: "Invoice 6 hours of editing at A$90/h and the colour grade, which you'd said was A$400 flat.", lines: [["Editing (hours)", "6", "90"], ["Colour grade", "1", "400"]] },
			// Without a flat word the amount may be each one's: not this phrasing's to read.
			{ text: "Please invoice us. And a flat $250 on top, which we said would be fine.", lines: [] },
			// A flat price per trip or per episode still needs its count: not read.
			{ text: "Please invoice us. And the travel, which we agreed would be $200 flat each way.", lines: [] },
		],
	},
	{
		id: "joined-thing-agreed-at-flat-price",
		needs: FLAT_RE,
		says: "a second thing after a join, then a clause saying its price was agreed ahead, with a flat word before the amount (and the highlights edit, which we agreed at a flat £400; and the group photo, which we'd said would be a flat fee of $300)",
		// As joined-thing-agreed-flat-price, the flat word written first.
		template: String.raw`(?<![\p{L}])(?:plus|and|also)(?:[ \t]+on[ \t]+top(?:[ \t]+of[ \t]+(?:that|this|it))?,?)?(?:[ \t]+there['’]s|[ \t]+there[ \t]+is)?[ \t]+{ART}(?!{FLAT})(?<d>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,4}?)[ \t]*,?[ \t]+(?:which|that)[ \t]+(?:we|you|I|they)(?:['’]d)?[ \t]+(?:had[ \t]+)?(?:said|agreed|quoted|settled|fixed|set|discussed|priced)(?:[ \t]+it)?(?:[ \t]+(?:would be|will be|was|is|at|on|as|to be))?[ \t]+(?:(?:a|an)[ \t]+)?{FLAT}[ \t]+(?:(?:of|at)[ \t]+)?{M}(?![.,'’ ]?\d)(?![ \t]*,?[ \t]*(?:${PER_UNIT}|each|per|je|pro|par|por|cada)(?![\p{L}]))`,
		examples: [
			{ text: "The shoot was 4 hours at $120/h, and on top of that there's the retouching, which we agreed at a flat $250.", lines: [["Shoot (hours)", "4", "120"], ["Retouching", "1", "250"]] },
			{ text: "The logo at £900 and on top of that the brand sheet, which we'd said would be a flat fee of £200.", lines: [["Logo", "1", "900"], ["Brand sheet", "1", "200"]] },
			{ text: "We agreed 5 hours of coverage at £120/hour and the highlights edit, which we agreed at a flat £400.", lines: [["Coverage (hours)", "5", "120"], ["Highlights edit", "1", "400"]] },
			{ text: "3 headshots at $150 each, and the group photo, which we'd said would be a flat fee of $300.", lines: [["Headshots", "3", "150"], ["Group photo", "1", "300"]] },
			// A flat amount with no thing of its own is no line; a flat price per unit needs its count.
			{ text: "Please invoice us. And a flat $250 on top, which we said would be fine.", lines: [] },
			{ text: "Please invoice us. And the edit, which we agreed at a flat $400 per episode.", lines: [] },
		],
	},
	{
		id: "columns-count-unit-times-price",
		needs: /\S(?:[ \t]{2,}|\t|[ \t]*(?:\.{3,}|…)[ \t]*)\d/,
		says: "a plain-text table with aligned columns: description, then its count with its unit times (or at) a price (Eventfotografie Gala-Abend      8 Std. × AED 450,00; Studio time ...... 6 hrs @ $80/hr)",
		// The row's own label names the thing, whatever the request calls the whole ("die Leistungen wie folgt"); the unit
		// says what was counted, and "×", "x", "@" or "à" make the price each one's, as in columns-count-x-price. Nothing
		// may follow but a per-unit word: an amount column after it is columns-quantity-price-total's to check.
		template: String.raw`^[ \t]*(?<d>\p{L}[^\n.…]*?[\p{L})])(?:[ \t]{2,}|\t|[ \t]*\.{3,}[ \t]*|[ \t]*…+[ \t]*){Q}[ \t]*{U}\.?[ \t]*(?:[x×@]|(?:à|a|at|zu je|je)(?![\p{L}]))[ \t]*{M}{E}?[ \t]*$`,
		examples: [
			{ text: "Wir bitten Sie, uns die Leistungen wie folgt in Rechnung zu stellen:\n\n  Eventfotografie Gala-Abend      8 Std. × AED 450,00\n  Express-Lieferung der Bilder    AED 300,00", lines: [["Eventfotografie Gala-Abend (Stunden)", "8", "450.00"], ["Express-Lieferung der Bilder", "1", "300.00"]] },
			{ text: "Bitte stellen Sie uns die Hochzeit wie folgt in Rechnung:\n\n  Zweitfotograf      5 Std. × 60 €\n  Albumgestaltung    300 €", lines: [["Zweitfotograf (Stunden)", "5", "60"], ["Albumgestaltung", "1", "300"]] },
			{ text: "Please invoice the job as follows:\n\n  Prints      40 pcs. x $12.00\n  Design      $300", lines: [["Prints (pcs.)", "40", "12.00"], ["Design", "1", "300"]] },
			// An amount column that is not the count times the price leaves the row unread (asked about).
			{ text: "Wir bitten Sie, uns die Leistungen wie folgt in Rechnung zu stellen:\n\n  Eventfotografie Gala-Abend      8 Std. x 450,00 €      3.800,00 €", lines: [] },
		],
	},
	{
		id: "pointed-back-noun-phrase-price",
		needs: new RegExp(String.raw`(?<![\p{L}])(?:${DEMONSTRATIVE})\s+\p{L}[\p{L}'’\-]*\s+\p{L}`, "iu"),
		thingBefore: true,
		says: "a sentence that points back with a demonstrative and two or three words of the thing added before (at the end of a priced sentence after a join, or in a sentence of its own), with its price (24 shots at NZ$35 each, plus half a day on location for the lifestyle shots. That half day was NZ$420.)",
		// Every word pointed back with must start a word of the added thing ("half day" in "half a day on location"): a
		// noun of another thing is asked about. A price per unit has no count here, so it is left unread.
		template: String.raw`(?<=(?:^|[.!?])[ \t]{0,3}\n?[ \t]{0,3})(?:${DEMONSTRATIVE})\s+(?<back>\p{L}[\p{L}'’\-]*(?:\s+\p{L}[\p{L}'’\-]*){1,2}?)\s+(?:{BE})\s+{M}(?![.,'’ ]?\d)(?![ \t]*(?:${PER_UNIT})(?![\p{L}]))`,
		examples: [
			{ text: "Agreed price was 24 edited product shots at NZ$35 each, plus half a day on location for the lifestyle shots. That half day was NZ$420.", lines: [["Edited product shots", "24", "35"], ["Half a day on location for the lifestyle shots", "1", "420"]] },
			{ text: "We agreed 10 portraits at £60 each, and a short behind-the-scenes video for the website. That short video came to £300.", lines: [["Portraits", "10", "60"], ["Short behind-the-scenes video for the website", "1", "300"]] },
			{ text: "Das Logo war 600 €. Dazu noch die Anpassung der Social-Media-Banner. Diese Banner Anpassung kostete 150 €.", lines: [["Logo", "1", "600"], ["Anpassung der Social-Media-Banner", "1", "150"]] },
			// Words of another thing do not point at the thing added: its price is asked about.
			{ text: "Then there was half a day on location for the lifestyle shots. That drone footage was NZ$420.", lines: [] },
		],
	},
	{
		id: "plain-label-price-which-remark",
		needs: /\)[ \t]*$/m,
		says: "a line of its own: a label, a dash or colon, one price, then a remark in brackets saying which one it was (Website banner – 1 500 Kč (the Christmas beer one); Poster: €180 (the blue version))",
		// The remark only points at the thing (REMARK: no digit, no word of tax, payment or something left out); one of
		// rate, hedge or period ("(per hour)", "(approx.)", "(monthly)") changes what the price is, and a count in words
		// ("(two of them)", "(both sizes)") may make it each one's: both are asked about. "One" only points ("the … one").
		template: String.raw`^[ \t]*(?<d>\p{L}[^\n:|–—$€£¥₹()]{1,60}?)(?:[ \t]*:|[ \t]+[–—-])[ \t]+{M}(?![ \t]*\([^\n()]*(?<![\p{L}])(?:${PER_UNIT}|each|per|pro|par|por|je|cada|ogni|approx|approximately|about|around|roughly|estimate|estimated|ca|circa|ungefähr|etwa|environ|aprox|aproximadamente|circa|ongeveer|maybe|perhaps|tbc|tbd|or so|month|monthly|year|yearly|annual|week|weekly|Monat|monatlich|Jahr|jährlich|mois|mensuel|mes|mensual|mese|mensile|maand|maandelijks|mês|mensal|both|pair|set|all|${alt(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 2))})(?![\p{L}]))${REMARK}[ \t]*$`,
		examples: [
			{ text: "Photo editing – 12 hours at 650 Kč/hour\nWebsite banner – 1 500 Kč (the Christmas beer one)", lines: [["Photo editing (hours)", "12", "650"], ["Website banner", "1", "1500"]] },
			{ text: "Poster: €180 (the blue version)\nFlyer: €90", lines: [["Poster", "1", "180"], ["Flyer", "1", "90"]] },
			{ text: "Banner web – 250 € (el del verano)", lines: [["Banner web", "1", "250"]] },
			{ text: "Etikett – 300 € (das für das Weihnachtsbier)", lines: [["Etikett", "1", "300"]] },
			// A rate, a hedge, a period, tax or payment in the remark changes the price: no line.
			{ text: "Website banner – 1 500 Kč (per hour)", lines: [] },
			{ text: "Website banner – 1 500 Kč (approx.)", lines: [] },
			{ text: "Website banner – 1 500 Kč (monthly retainer)", lines: [] },
			{ text: "Website banner – 1 500 Kč (plus VAT)", lines: [] },
			{ text: "Website banner – 1 500 Kč (already paid)", lines: [] },
			// A count in words may make the price each one's or all of theirs: asked.
			{ text: "Poster – €180 (two of them)", lines: [] },
			{ text: "Poster – €180 (both sizes)", lines: [] },
		],
	},
	{
		id: "you-said-price-for-that-one",
		needs: /(?<![\p{L}])(?:that|this)[ \t]+one(?![\p{L}])/iu,
		thingBefore: true,
		pointsAtOne: true,
		says: "a sentence that recalls the price someone gave for the one thing added just before (plus the sticker artwork we tacked on at the end. You said A$120 for that one.)",
		// "That one" singles out the last thing added; "for it" or "for that" may be the whole job, and a price per unit has
		// no count here: neither is read.
		template: String.raw`(?<=(?:^|[.!?])[ \t]{0,3}\n?[ \t]{0,3})(?:you|we)[ \t]+(?:said|quoted|agreed|agreed on|settled on)[ \t]+{M}(?![.,'’ ]?\d)[ \t]+for[ \t]+(?:that|this)[ \t]+one(?![\p{L}])`,
		examples: [
			{ text: "The logo was A$800 and the business cards another A$150, plus the sticker artwork we tacked on at the end. You said A$120 for that one.", lines: [["Logo", "1", "800"], ["Business cards", "1", "150"], ["Sticker artwork", "1", "120"]] },
			{ text: "Then there was the banner redesign. You quoted $300 for that one.", lines: [["Banner redesign", "1", "300"]] },
			// "For it" may be the whole job: not read.
			{ text: "Then there was the banner redesign. You quoted $300 for it.", lines: [] },
		],
	},
	{
		id: "table-row-count-unit-price-amount",
		needs: /\|[ \t]*\d[^|\n\p{L}]*(?:\|[ \t]*)?\p{L}[^|\n]*\|/u,
		says: "a table row whose quantity cell names its unit (Annual report layout | 48 pages | 650.00 | 31,200.00): read only when the row's amount is the count times the price, as a count with a word beside it may be what a flat price includes",
		// The description ends at the first bar on a written character, and a blank run is tried one way only: a long row
		// of blanks with no bar fails at once.
		// The unit may stand in a column of its own ("Retouching | 6 | hrs | £75.00 | £450.00").
		template: String.raw`{LINE}\|?[ \t]*(?<d>\p{L}(?:[^|\n]*[^|\s])?)[ \t]*\|[ \t]*{Q}(?:[ \t]+|[ \t]*\|[ \t]*)\p{L}[\p{L}'’.]{0,14}[ \t]*\|[ \t]*{P}{NAMED}?[ \t]*\|[ \t]*(?<lt>(?:[^\s\d|]{1,4}[ \t]?)?\d(?:[\d.,'’]|[ \u202f](?=\d{3}(?!\d)))*(?:[ \t]?[^\s\d|]{1,4})?)[ \t]*(?:\|[ \t]*)?$`,
		barePrice: true,
		examples: [
			{ text: "Annual report layout | 48 pages | 650.00 | 31,200.00\nInfographics | 6 | 1,100.00 | 6,600.00", lines: [["Annual report layout", "48", "650.00"], ["Infographics", "6", "1100.00"]] },
			{ text: "| Traducción del catálogo | 12 páginas | 35,00 € | 420,00 € |", lines: [["Traducción del catálogo", "12", "35.00"]] },
			{ text: "Fotoshooting | 2 Tage | 900,00 € | 1.800,00 €", lines: [["Fotoshooting", "2", "900.00"]] },
			{ text: "Retouching | 6 | hrs | £75.00 | £450.00\nHalf-day shoot | 1 | day | £450.00 | £450.00", lines: [["Retouching", "6", "75.00"], ["Half-day shoot", "1", "450.00"]] },
			// The amount must be the count times the price, and a row with no amount column is not read this way.
			{ text: "Annual report layout | 48 pages | 650.00 | 32,100.00", lines: [] },
			{ text: "Logo design | 3 concepts | $500", lines: [] },
		],
	},
	{
		id: "table-row-position-quantity-price-amount",
		needs: /^[ \t]*(?:\|[ \t]*)?\d{1,3}\.?[ \t]*\|/mu,
		says: "a table row that opens with the row's number (No. | Description | Qty | Rate | Amount): the number is no count, and the row is read only when its amount is the quantity times the price",
		// One run of blanks before the number (a blanked line of blanks is tried one way only).
		template: String.raw`^[ \t]*(?:\|[ \t]*)?\d{1,3}\.?[ \t]*\|[ \t]*(?<d>\p{L}(?:[^|\n]*[^|\s])?)[ \t]*\|[ \t]*{Q}(?:[ \t]+\p{L}[\p{L}'’.]{0,14})?[ \t]*\|[ \t]*{P}{NAMED}?[ \t]*\|[ \t]*(?<lt>(?:[^\s\d|]{1,4}[ \t]?)?\d(?:[\d.,'’]|[ \u202f](?=\d{3}(?!\d)))*(?:[ \t]?[^\s\d|]{1,4})?)[ \t]*(?:\|[ \t]*)?$`,
		barePrice: true,
		examples: [
			{ text: "1 | Brochure design | 2 | £400.00 | £800.00\n2 | Cover shoot | 1 | £650.00 | £650.00", lines: [["Brochure design", "2", "400.00"], ["Cover shoot", "1", "650.00"]] },
			{ text: "| 1 | Übersetzung | 12 Seiten | 35,00 € | 420,00 € |", lines: [["Übersetzung", "12", "35.00"]] },
			{ text: "1 | Brochure design | 2 | £400.00 | £850.00", lines: [] },
		],
	},
	{
		id: "added-item-separable-verb-price",
		needs: /(?<![\p{L}])(?:komt|komen)(?![\p{L}])[^\n.?!]{1,80}?(?<![\p{L}])bij(?![\p{L}])/iu,
		says: "a thing added with a Dutch separable verb, its price in the clause after (en daar komt de hosting voor een jaar nog bij, dat was Afl. 360,-; daarnaast komen de visitekaartjes erbij, die kostten € 90)",
		// The verb's particle ("bij", "erbij") closes the thing's name; the price must follow in a clause pointing back
		// ("dat was", "die kostte"), else the added thing is unpriced and asked about elsewhere.
		template: String.raw`(?<![\p{L}])(?:[Dd]aar|[Dd]an|[Dd]aarnaast|[Oo]ok|[Ee]r)[ \t]+(?:komt|komen)(?:[ \t]+(?:er|nog|ook|er[ \t]+nog|er[ \t]+ook))?[ \t]+(?:de|het|een|die|dat)[ \t]+(?<d>\p{L}[\p{L}'’\-]*(?:[ \t]+(?!(?:nog|er|ook)[ \t]+bij(?![\p{L}])|bij(?![\p{L}])|erbij(?![\p{L}]))[\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,5}?)(?:[ \t]+(?:nog|ook|er|er[ \t]+nog))?[ \t]+(?:bij|erbij)[ \t]*,?[ \t]*(?:dat|die|wat|en[ \t]+dat)[ \t]+(?:was|is|waren|zijn|kost|kostte|kostten|kosten|komt[ \t]+op|kwam[ \t]+op)[ \t]+{M}`,
		examples: [
			{ text: "De website was Afl. 2.400,- en daar komt de hosting nog bij, dat was Afl. 360,-.", lines: [["Website", "1", "2400"], ["Hosting", "1", "360"]] },
			{ text: "Het logo kost € 650,00. Daar komen de visitekaartjes nog bij, die kostten € 90,00.", lines: [["Logo", "1", "650.00"], ["Visitekaartjes", "1", "90.00"]] },
		],
	},
	{
		id: "added-item-quoted-clause",
		needs: /(?:que|which|that|che)[ \t]+(?:we|you|cotizamos|presupuestamos|pactamos|cerramos|fijamos|orçamos|combinamos|fechamos|abbiamo)(?![\p{L}])/iu,
		says: "a thing added after a join, its name up to eight words, then a clause recalling the price quoted for it (más la adaptación de la etiqueta al formato lata, que cotizamos en $180.000; plus the colour grading of the whole film, which we quoted at €450)",
		// The clause names the quote ("que cotizamos en", "which we quoted at"), so a longer name is safe to read whole:
		// it runs from the join to the comma before the clause and holds no digit or sentence end.
		template: String.raw`(?<![\p{L}])(?:plus|and|also|más|y|además de|ainda|mais|além de|e|più|ed)[ \t]+(?:the|la|el|los|las|lo|o|a|os|as|il|l['’]|gli|le)[ \t]*(?<d>\p{L}[\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,7}?)[ \t]*,[ \t]*(?:que[ \t]+(?:cotizamos|presupuestamos|pactamos|cerramos|fijamos|orçamos|combinamos|fechamos)(?:[ \t]+(?:en|em|por|a))?|(?:which|that)[ \t]+(?:we|you)[ \t]+(?:quoted|priced|agreed|costed)(?:[ \t]+(?:at|for|on))?|che[ \t]+abbiamo[ \t]+(?:quotato|preventivato|concordato|fissato)(?:[ \t]+(?:a|in|per))?)[ \t]+{M}(?![.,'’ ]?\d)(?![ \t]*(?:${PER_UNIT}|each|cada|por|per|pro|par|la|el|al|l['’]|a[ \t]+(?:la|el|un|una)|the|a|an)(?![\p{L}]))`,
		examples: [
			{ text: "Son 12 horas de diseño de etiquetas a $45.000 la hora, más la adaptación de la etiqueta al formato lata, que cotizamos en $180.000.", lines: [["Diseño de etiquetas (horas)", "12", "45000"], ["Adaptación de la etiqueta al formato lata", "1", "180000"]] },
			{ text: "El logo fue $350.000 y el diseño del afiche de la feria de marzo, que presupuestamos en $250.000.", lines: [["Logo", "1", "350000"], ["Diseño del afiche de la feria de marzo", "1", "250000"]] },
		],
	},
	{
		id: "and-thing-bracket-price-remark",
		needs: /\([^()]*,/,
		says: "a second item in the same sentence with its price in brackets and a remark after a comma: the logo ($800) and the domain renewal ($45, “acme.nz” for two years)",
		// The remark only says which one or for how long it was: one of tax, payment, a rate, a hedge or a period ("per
		// year", "each", "approx.") changes what the price is, and is asked about.
		template: String.raw`(?:(?:,[ \t]*)?\b(?:and|und|et|y|e|en|plus)|,)[ \t]+{ART}(?<d>[\p{L}][^\n.?!;:$€£¥₹()]{1,60}?)[ \t]*\([ \t]*{M}[ \t]*,(?![^()]*(?<![\p{L}])(?:incl|excl|plus|tax|taxes|vat|gst|hst|tva|iva|mwst|ust|btw|deposit|paid|payé|pagado|bezahlt|betaald|pagato|not|nicht|pas|no|without|ohne|sin|sans|less|minus|discount|each|per|pro|je|cada|par|por|a|an|approx|approximately|about|around|roughly|ca|circa|etwa|environ|ongeveer|maybe|tbc|tbd|monthly|yearly|annual|weekly|daily|hourly|monatlich|jährlich|mensuel|annuel|mensual|anual|mensile|annuale|maandelijks|jaarlijks|mensal)(?![\p{L}]))[^()\d+$€£¥₹]{2,80}\)`,
		examples: [
			{ text: "Please invoice the logo ($800) and the domain renewal you paid for us ($45, “acme.nz” for two years).", lines: [["Logo", "1", "800"], ["Domain renewal", "1", "45"]] },
			{ text: "Please invoice the website ($2,000), plus the theme licence you bought for us ($60, the “business” edition for two sites).", lines: [["Website", "1", "2000"], ["Theme licence", "1", "60"]] },
		],
	},
	{
		id: "that-one-was-price",
		needs: /(?<![\p{L}])(?:(?:that|this)\s+one|der|die|ese|esa|esse|essa|quello|quella|celui-là|celle-là)\s+(?:was|is|came|cost|war|was|fue|era|foi|était)(?![\p{L}])/iu,
		thingBefore: true,
		pointsAtOne: true,
		says: "a sentence that points back at the one thing the sentence before adds, even after a price, with its price (6 beer labels at 3 500 Kč each, plus the tap handle logo. That one was 2 800 Kč.)",
		// "That one" singles out one thing, so the thing a join adds at the end of a priced sentence is the one meant;
		// "that was" or "those were" may be the whole sentence's sum and stay with "pointed-back-price". An amount that
		// compares ("$40 less than we said") is no price of its own.
		template: String.raw`(?<=(?:^|[.!?])[ \t]{0,3}\n?[ \t]{0,3})(?:${POINTED_AT_ONE})\s+(?:{FLAT}\s+)?{M}(?![.,'’ ]?\d)(?![ \t]*(?:${PER_UNIT})(?![\p{L}]))(?![ \t]+(?:less|more|cheaper|dearer|off|over|under|weniger|mehr|günstiger|teurer|moins|plus|de moins|de plus|menos|más|meno|più|minder|meer|goedkoper|duurder|a menos|a mais)(?![\p{L}]))`,
		examples: [
			{ text: "We agreed 4 posters at $90 each, plus the window decal. That one was $140.", lines: [["Posters", "4", "90"], ["Window decal", "1", "140"]] },
			{ text: "Die Website war 2.000 €, dazu noch das Impressum-Update. Der war 80 €.", lines: [["Website", "1", "2000"], ["Impressum-Update", "1", "80"]] },
			{ text: "El logo fue 500 €, y también el cartel de la feria. Ese fue 90 €.", lines: [["Logo", "1", "500"], ["Cartel de la feria", "1", "90"]] },
			{ text: "O logo foi R$ 700,00, mais a arte do adesivo. Essa foi R$ 90,00.", lines: [["Logo", "1", "700.00"], ["Arte do adesivo", "1", "90.00"]] },
			// Nothing added before: what "that one" is, is asked.
			{ text: "Great work on everything. That one was $140.", lines: [] },
		],
	},
	{
		id: "label-bracket-inner-mark-price",
		needs: /\([^\n()]*[–—:-][^\n()]*\)[ \t]*[:–—-]/u,
		says: "a bullet row whose name ends in a bracket holding a dash or a colon of its own, then one price (Desenvolvimento do site (Fase 2 – loja online): 2.400,00 €)",
		// The bracket is read whole, so the dash or colon inside it is part of the name; the one after it sets the price
		// apart, as in "label-price".
		template: String.raw`{BUL}(?<d>[^\n:|–—()]{2,60}?[ \t]*\([^\n()]{1,60}\))[ \t]*[:–—-][ \t]*{M}(?:[ \t]*(?:\([^\n)]*\)|,[^\n]*|[-–—][^\n]*|\.))?[ \t]*$`,
		examples: [
			{ text: "- Website build (phase 2 – online shop): €2,400\n- Photo session: €750", lines: [["Website build (phase 2 – online shop)", "1", "2400"], ["Photo session", "1", "750"]] },
			{ text: "• Logo (Version B: mit Claim) – 650 €", lines: [["Logo (Version B: mit Claim)", "1", "650"]] },
			{ text: "- Traducción (parte 1 – catálogo): 900 €", lines: [["Traducción (parte 1 – catálogo)", "1", "900"]] },
		],
	},
	{
		id: "label-colon-details-dash-price",
		needs: /^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])[^\n:]{2,40}:[ \t]+\p{L}[^\n]*[ \t][–—-][ \t]*\S/mu,
		says: "a bullet row whose label runs on after its colon with what it holds, then a dash and one price (• Papelaria: cartão de visita e papel timbrado — R$ 850,00): the label names the line",
		// The words after the colon say what the labelled work holds; with no digit among them they are no count or
		// second price, and the label before the colon is the line's name. A note or a catch-all label ("Note:",
		// "Extras:") names nothing, and words after it that speak of the price are no contents (extract.ts).
		template: String.raw`{BUL}(?<d>\p{L}[^\n:|–—()\d]{1,40}?)[ \t]*:[ \t]+(?<held>\p{L}[^\n:|–—$€£¥₹\d]{2,80}?)[ \t]+[–—-][ \t]*{M}[ \t]*\.?[ \t]*$`,
		examples: [
			{ text: "• Identidade visual — R$ 3.200,00\n• Papelaria: cartão de visita e papel timbrado — R$ 850,00", lines: [["Identidade visual", "1", "3200.00"], ["Papelaria", "1", "850.00"]] },
			{ text: "- Stationery: business cards and letterhead – $400\n- Logo – $900", lines: [["Stationery", "1", "400"], ["Logo", "1", "900"]] },
			{ text: "- Drucksachen: Visitenkarten und Briefpapier – 350 €", lines: [["Drucksachen", "1", "350"]] },
			// A count among the words after the colon may make the price each one's: asked.
			{ text: "- Stationery: 200 business cards – $400", lines: [] },

		],
	},
	{
		id: "label-dash-part-colon-price",
		needs: /[\p{L}\d][ \t]+[–—][ \t]+\p{L}[^\n:]{0,110}:[ \t]/u,
		says: "a row's label in two parts parted by a spaced dash, then a colon and one price (Desenvolvimento do site – Fase 2: R$ 4.800,00): the whole label names the line",
		// The part after the dash names which part of the work it was ("Fase 2", "design"); a part that speaks of payment,
		// tax, a discount, the total or the agreement, or holds a count, is a remark on the price and the row is not read.
		template: String.raw`{LINE}(?<d>\p{L}[^\n:|–—$€£¥₹\d()]{1,50}?(?:[ \t]+(?:19|20)\d\d)?[ \t]+[–—][ \t]+(?!${DASH_PART_NOT})\p{L}(?:[^\n:|–—$€£¥₹\d%()]|{WORDDIGIT}){0,40}?(?:[ \t]+{SERIESNUM})?(?:[ \t]*\((?!${BRACKET_PART_NOT})\p{L}[^\n()$€£¥₹\d:\s]{0,30}(?:[ \t]+[^\n()$€£¥₹\d:\s]{1,30}){0,3}\)|[ \t]*\(\d{1,4}[ \t]+(?:pages?|Seiten|páginas|pagine|pagina's|pp)\))?)(?:[ \t]*\((?!${BRACKET_PART_NOT})\p{L}[^\n()$€£¥₹\d:]{1,60}\))?[ \t]*:[ \t]+{M}[ \t]*\.?[ \t]*$`,
		examples: [
			{ text: "Desenvolvimento da loja – Fase 3: R$ 3.600,00\nIntegração com transportadora: R$ 900,00", lines: [["Desenvolvimento da loja – Fase 3", "1", "3600.00"], ["Integração com transportadora", "1", "900.00"]] },
			{ text: "Website build – Phase 2: £2,800.00", lines: [["Website build – Phase 2", "1", "2800.00"]] },
			// A year after the thing and a count of pages closing the part stay in the name.
			{ text: "Items as per your quotation:\n1. Annual Report 2026 – layout & design (48 pages): S$4,800.00\n2. Printing coordination fee: S$350.00", lines: [["Annual Report 2026 – layout & design (48 pages)", "1", "4800.00"], ["Printing coordination fee", "1", "350.00"]] },
			{ text: "- Jahresbericht 2026 – Satz und Gestaltung: 3.200 €", lines: [["Jahresbericht 2026 – Satz und Gestaltung", "1", "3200"]] },
			{ text: "- Catálogo de vinos – diseño y maquetación (24 páginas): 1.500 €", lines: [["Catálogo de vinos – diseño y maquetación (24 páginas)", "1", "1500"]] },
			{ text: "- Webshop – Stufe 2: 2.100,00 €", lines: [["Webshop – Stufe 2", "1", "2100.00"]] },
			{ text: "Rediseño web — diseño de plantillas: 1.400,00 €", lines: [["Rediseño web — diseño de plantillas", "1", "1400.00"]] },
			// A remark on the price or a count after the dash is no part of the name: not read here.
			{ text: "Website build – 50% deposit: £1,400.00", lines: [] },
			{ text: "Website build – paid in October: £1,400.00", lines: [] },
			{ text: "- Affiche – format A2 : 450 €", lines: [["Affiche – format A2", "1", "450"]] },
			{ text: "Logo – 3 versions: $300", lines: [] },
			{ text: "Website build – second half: £1,400.00", lines: [] },
			// A bracket after the label says which part it was, by what it held: in up to four words ("loja online e
			// reservas") it names the part and stays in the name, as the bracket of any row saying which one does; a longer one
			// describes its contents and the label before it names the line. A bracket that speaks of payment, time or
			// leaves something out is a remark on the price: not read here.
			{ text: "• Website – Fase 2 (loja online e área de clientes): 2.400,00 €\n• Alojamento anual do site: 120,00 €", lines: [["Website – Fase 2", "1", "2400.00"], ["Alojamento anual do site", "1", "120.00"]] },
			{ text: "1. Website – Fase 2 (loja online e reservas): 2.300,00 €\n2. Alojamento anual: 120,00 €", lines: [["Website – Fase 2 (loja online e reservas)", "1", "2300.00"], ["Alojamento anual", "1", "120.00"]] },
			{ text: "- Site vitrine – Lot 2 (boutique en ligne) : 2 000,00 €", lines: [["Site vitrine – Lot 2 (boutique en ligne)", "1", "2000.00"]] },
			{ text: "- Website – Phase 2 (online shop and bookings): €2,300.00", lines: [["Website – Phase 2 (online shop and bookings)", "1", "2300.00"]] },
			{ text: "- Webshop – Stufe 2 (bereits bezahlt): 1.800,00 €", lines: [] },
			{ text: "- Website – phase 2 (without the shop): €1,800.00", lines: [] },
			{ text: "- Website – Fase 2 (por hora): 2.300,00 €", lines: [] },
			{ text: "- Webshop – Stufe 2 (ungefähr): 1.800,00 €", lines: [] },
		],
	},
	{
		id: "label-dash-rate-times-count",
		needs: /\/[ \t]?\p{L}+[ \t]*[x×][ \t]*\d/u,
		says: "a row's thing, a dash or colon, a price per unit, then \"x\" and the count (Product cut-outs – S$45/image x 20 images)",
		// The row ends on the count (and its noun): a remark or a second amount after it ("(we had budgeted €25)", "= $900")
		// leaves the row to be asked about.
		template: String.raw`{LINE}(?<d>${THING_FIRST})[ \t]*(?:[:–—-]|\.{3,})[ \t]*{M}[ \t]*\/[ \t]?\p{L}[\p{L}.]*[ \t]*[x×][ \t]*{Q}(?:[ \t]+\p{L}[\p{L}'’\-]*)?[ \t]*\.?[ \t]*$`,
		examples: [
			{ text: "* Hero banner – €900\n* Product cut-outs – €30/image x 15 images", lines: [["Hero banner", "1", "900"], ["Product cut-outs", "15", "30"]] },
			{ text: "- Freisteller – 25 €/Bild x 40 Bilder", lines: [["Freisteller", "40", "25"]] },
			{ text: "- Ilustraciones interiores: 60 €/ilustración × 10", lines: [["Ilustraciones interiores", "10", "60"]] },
			{ text: "- Infographics – $75/chart x 12 charts (we had budgeted $60/chart)", lines: [] },
		],
	},
	{
		id: "thing-comes-on-top-pointer-price",
		needs: /(?<![\p{L}])(?:bij|dazu|hinzu|on top|extra|en plus|s['’]ajoute|se suma|se añade|aparte|a mais|acresce|in più|si aggiunge)(?![\p{L}])[^\n,.]{0,14},/iu,
		says: "a thing named as the subject of a verb of adding, then a clause pointing back at it with its price (De menukaart komt daar nog bij, die was € 150,-; Die Speisekarte kommt noch dazu, die war 150 €; The menu card comes on top, that one was $150)",
		// The thing opens its sentence and the pointer follows the comma at once, so the price is that thing's; a price
		// said to be the total ("that was $950 in total") is the sum, not the added thing's, and is not read here.
		template: String.raw`(?<=^|[.!?:;][ \t]{1,3}|\n[ \t]{0,8})(?:(?:${ARTICLE})[ \t]+)?(?<d>\p{L}[\p{L}'’\-]*(?:[ \t]+(?!${ADDED_ON_TOP})[\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,5}?)[ \t]+(?:${ADDED_ON_TOP})[ \t]*,[ \t]*(?:${ADDED_POINTER})[ \t]+(?:(?:à|a|de|op|auf|bei|at)[ \t]+)?{M}(?![.,'’ ]?\d)(?![ \t]*(?:${alt(TOTAL_AFTER_WORDS)}|${PER_UNIT})(?![\p{L}]))`,
		examples: [
			{ text: "Het logo-ontwerp was € 800,- zoals afgesproken. De menukaart komt daar nog bij, die was € 150,-.", lines: [["Logo-ontwerp", "1", "800"], ["Menukaart", "1", "150"]] },
			{ text: "Il sito era 2.000 €. La newsletter si aggiunge, quella era 300 €.", lines: [["Sito", "1", "2000"], ["Newsletter", "1", "300"]] },
			{ text: "The logo was $800. The menu card comes on top of that, that one was $150.", lines: [["Logo", "1", "800"], ["Menu card", "1", "150"]] },
			{ text: "L'affiche était de 500 €. Le dépliant vient en plus, il était à 180 €.", lines: [["Affiche", "1", "500"], ["Dépliant", "1", "180"]] },
			{ text: "El logo fue 600 €. El manual de marca va aparte, ese fue de 300 €.", lines: [["Logo", "1", "600"], ["Manual de marca", "1", "300"]] },
			// The sum of both is no price of the added thing.
			{ text: "The menu card comes on top of that, that was $950 in total.", lines: [] },
		],
	},
];
