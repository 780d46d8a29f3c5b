// Pulls an invoice's facts out of a request email: customer, currency, lines, total, deposit, due date or terms,
// reference. Every amount, quantity and currency is read from the email's own words (and checked to be there), each
// line keeps the sentence it came from, and anything missing, vague or contradictory is reported instead of guessed.
import { unpricedThing } from "./unpriced-item";
import { signedOffLines } from "./signed-off";
import { askedToAdd } from "./asked-to-add";
import { customerAsThingLines } from "./customer-as-thing";
import { chargedElsewhere } from "./charged-elsewhere";
import { samePrice, usualThing } from "./usual-item";
import { listTail } from "./list-tail";
import { hedgeIn } from "./amount-hedge";
import { centsLeftOut } from "./cents-price";
import { ARTICLE_WORDS, BALANCE_AFTER_WORDS, OWN_RECKONING_WORDS, BALANCE_BEFORE_WORDS, BALANCE_WORDS, PARTY_WORDS, TOTAL_AFTER_WORDS, DEPOSIT_AFTER_WORDS, DEPOSIT_WORDS, BACK_REFERENCE_WORDS, DISCOUNT_SHOWN_WORDS, DISCOUNT_WORDS, DUE_WORDS, GENERIC_AMOUNT_WORDS, IMMEDIATE, MONTHS, JOB_WORDS, LINK_VERB_WORDS, MEASURE_ONLY, NOT_A_THING_WORDS, PAPERWORK_WORDS, THANKED_NOT_A_THING_WORDS, WHOLE_WORDS, NUMBER_WORDS, PAID_WORDS, PER_UNIT, MONTHLY_FEE, SERIES_WORDS, SET_OF, COUNTED_THING_WORDS, DONE_WORK_NOUNS, COPIES_WORDS, TERMS, PAYMENT_CLAUSE_WORDS, QUANTIFIER_WORDS, UNIT, UNIT_WORDS, TOPIC_WORDS, TOTAL_WORDS, UNIT_SHOWN, SUM_LEAD_WORDS, SUM_WORDS, alt } from "./lexicon";
import { CONFIRM_WORDS, doubtIn } from "./doubt";
import { FEE_NOUN, FEE_WORDS } from "./fee-words";
import { TAX_WORDS, findLooseMoney, isTaxAmount, roughProblem } from "./money-net";
import { bareNumbersInPricedSentences } from "./bare-number";
import { notBilledSpans, notMoneySpans, thresholdSpans } from "./not-money";
import { CURRENCY_BEFORE, CURRENCY_WORDS, DOLLAR_SIGN, readCurrency } from "./currency";
import { homeAbroadInEnglish, homeCurrency, homesFor } from "./home-currency";
import { findMoney, lowerCoded, moneyFromGroups, moneyPattern, readNumber, scaleAmount, strictlyWritten, type Money, type MoneyMention } from "./money-text";
import { askedCurrencyProblem } from "./currency-asked";
import { asWritten, carryCurrency, withoutCarried, type Carried } from "./carried-currency";
import { headerCurrency } from "./header-currency";
import { normalizeText } from "./normalize";
import { readCustomer } from "./customer";
import { barePrice, bareRate, vagueAmount, vagueMeans } from "./clarify-words";
import { immediatePayment, termsDays, termsHintSentence } from "./payment-terms";
import { sentences } from "./requests";
import { dayFirstDueWords, dueDateWritten, numericDate, pastDueNounDate, paymentWhenSentence, unplacedDueSentence, writesDayFirst } from "./due-date";
import { readReference } from "./reference";
import { namedBySubjectPointer } from "./subject-pointer";
import { FILM_LENGTH_UNITS, PHRASINGS, POINTED_BACK, compile, type Phrasing } from "./phrasings";
import { COUNT_MARK, INVERTED_VERB_TAIL, LINK_TAIL, TO_WHOM_TAIL, cutAtBracket, makesThing, pointedPlural, flatOnly, wordCountBesideDigits, introducesCount, labelNamesNothing, withoutCoveredList, withoutAside, withoutDetailsList, withoutFlatWord, withoutSizes } from "./line-label";
import { countsKinds } from "./kind-words";

export interface ExtractedLine {
	description: string;
	quantity: string;
	unitPrice: string;
	currency: string | null;
	/** The sentence of the email the line was read from (shown next to the line). */
	source: string;
	/** Which phrasing read it. */
	phrasing: string;
	/** Span of the amount in the normalised text, so it is not counted twice. */
	span: [number, number];
	/** The amount as written when a scale word makes its digits differ ("$2.5k"), for grounding. */
	written?: string;
	/** The line's total as written, when the unit price is that total over the quantity ("2 x Workshop = €900"). */
	lineTotal?: string;
	/** The currency is named by a code right after the amount ("$2,400 nzd"), not only by a shared sign. */
	codeAfter?: true;
}

export interface Extraction {
	customer: { name: string; email: string; company?: string };
	currency: string | null;
	lines: ExtractedLine[];
	total: { amount: string; currency: string | null; source: string } | null;
	/** A deposit the email says is already paid (shown on the card, not a line). */
	depositPaid: { amount: string; source: string } | null;
	dueDate: string | null;
	/** A due date the email gives that is already past: shown, not set (Odoo refuses due dates before the invoice). */
	pastDueDate: string | null;
	paymentTerms: string | null;
	reference: string | null;
	/** What is missing or contradictory, in the owner's words; empty when the draft can be made. */
	problems: string[];
}

// Compiled on the first email read, not when the plugin loads: the phrasings are hundreds of large patterns.
let compiled: { p: Phrasing; re: RegExp }[] | null = null;
const compiledPhrasings = () => (compiled ??= PHRASINGS.map((p) => ({ p, re: compile(p.template) })));

const ARTICLES_RE = new RegExp(String.raw`^(?:(?:${alt(ARTICLE_WORDS)})\s+|l['’]|d['’])`, "iu");
// Words after the thing that only time, thank, recall the agreement, or (from "another" on) say the price comes on top of
// one before ("the business cards another $150", "die Bandfotos nochmal 400 €") are not part of its name.
const FILLER_END = /\s+(?:yet|todavía|aún|ainda|ancora|nog|today|tomorrow|asap|this week|now|for now|right away|too|as well|instead|stattdessen|en su lugar|à la place|invece|em vez disso|in plaats daarvan|jetzt|gleich|auch|ahora|también|maintenant|aussi|adesso|anche|agora|também|nu|ook|heute|hoy|aujourd'hui|oggi|hoje|vandaag|please|pls|thanks|thank you|bitte|merci|por favor|grazie|graag|alsjeblieft|as agreed|as discussed|schicken|senden|zusenden|ausstellen|stellen|machen|schreiben|zukommen lassen|sturen|toesturen|enviar|mandar|envoyer|inviare|mandare|factureren|facturer|facturar|faturar|fatturare|invoice|abrechnen|verrechnen|berechnen|agreed|vereinbart|convenu|acordado|combinado|concordato|afgesproken|itself|themselves|each|jeweils|chacun|chacune|ciascuno|selbst|mismo|misma|même|stesso|stessa|zelf|em si|mesmo|ontvangen|mogen ontvangen|krijgen|bekommen|erhalten|kriegen|recevoir|recibir|receber|ricevere|receive|nochmal|nochmals|noch einmal|once more|otra vez|de nuevo|di nuovo|nog eens|nog een keer|outra vez|de novo|another|a further|an additional|an extra|otros|otras|otro|otra|noch mal|weitere|zusätzlich|zusätzliche|encore|outros|outras|outro|outra|mais|altri|altre|altro|altra)$/iu;
const NOT_A_DESCRIPTION = new RegExp(String.raw`^(?:(?:${alt(SUM_LEAD_WORDS)})\s+)?(?:${alt(SUM_WORDS)}|invoice|bill|total|subtotal|sub-total|Zwischensumme|sous-total|subtotale|subtotaal|budget|sum|tax|vat|item|qty|price|amount|request|anfrage|solicitud|demande|richiesta|verzoek|pedido|${alt(TOTAL_WORDS)}|${alt(GENERIC_AMOUNT_WORDS)})(?:\s+(?:${alt(SUM_LEAD_WORDS)}))?$`, "iu");

/** A relative clause after the thing ("UX review we did together last week"), a clause joined on ("the photo package
 * and we paid a deposit…") or one saying it was agreed ("the site build like we said", "as we discussed"), is not part
 * of its name. */
const RELATIVE_CLAUSE = /\s+(?:(?:and|und|et|y|e|en)\s+)?(?:that\s+|which\s+|like\s+|as\s+)?(?:we|you|they|I|wir|ihr|Sie haben|nous|vous|tu as|hemos|hicimos|hiciste|abbiamo|hai|hebben|heb je|fizemos|you've|we've)\s.*$/u;
/** "Por el guion quedamos en S/ 450", "pour la charte on avait dit 400 €", "per il manuale eravamo rimasti a 300 €": the
 * agreement's verb with no pronoun before it (the languages that drop it), between the thing and its price, is no part of
 * the thing's name. Never a verb of budgeting or estimating: that price is asked about (`estimatedPrice`). */
const AGREED_VERB_TAIL = /\s+(?:(?:ya|já|al final|no final|alla fine|uiteindelijk|am Ende|finalement)\s+)?(?:quedamos|acordamos|combinamos|pactamos|habíamos quedado|habíamos acordado|tínhamos combinado|combinámos|acertamos|ficamos|on avait dit|on a dit|on avait convenu|on a convenu|nous avions convenu|nous avons convenu|eravamo rimasti|siamo rimasti|avevamo concordato|abbiamo concordato|avevamo detto|abbiamo detto|hatten wir(?:\s+(?:gesagt|vereinbart|ausgemacht))?|haben wir(?:\s+(?:gesagt|vereinbart|ausgemacht))?|hadden we(?:\s+(?:gezegd|afgesproken))?|hebben we(?:\s+(?:gezegd|afgesproken))?)(?:\s+(?:en|em|a|à|in|op|auf|bei|de|di|su|on))?$/iu;
/** "2 extra revisions which were $200 each": the relative word before the verb of a counted thing is no part of it. */
const RELATIVE_WORD_END = /,?[ \t]+(?:which|que|qui|che)$/iu;
/** "la sesión fotográfica realizada el pasado 12 de noviembre": when and how the work was done is not its name. */
const PARTICIPLE_CLAUSE = /\s+(?:realizad[oa]s?|efectuad[oa]s?|hech[oa]s?|réalisée?s?|effectuée?s?|realizzat[oa]|eseguit[oa]|durchgeführte?n?|uitgevoerd|gemaakt|feit[oa]s?|done|carried out|completed)\s+(?:el|la|on|am|le|il|op|em|no|na|en|in|last|pasado|passado|scorso|dernier|vorige|letzte[nm]?)\s.*$/iu;
/** "the 12 hours you spent on the migration": the clause between the count and the thing is not the thing. */
const LEADING_RELATIVE = /^(?:that\s+|which\s+)?(?:you|we|I|they|you've|we've|du|Sie|wir|ihr|vous|nous|tu|je|jij|u|wij)\s+(?:[\p{L}'’]+\s+){0,2}?(?:spent|worked|put in|did|logged|billed|gearbeitet|passé|travaillé|trabajaste|trabajamos|dedicaste|lavorato|gewerkt|besteed|trabalhou|trabalhamos)\s+(?:on|for|in|an|am|für|pour|sur|en|para|per|aan|op|no|na|em)\s+/iu;
/** "Confirmo las horas de edición", "I confirm the 22 hours", "Ich bestätige die Stunden": the sender confirming or
 * approving the thing is not part of its name (CONFIRM_WORDS in doubt.ts). */
const LEADING_CONFIRM = new RegExp(String.raw`^(?:${alt(CONFIRM_WORDS)})\s+(?=\S)`, "iu");
/** "(por) favor el diseño web", "bitte die Website": a politeness word before the thing is not part of it. */
const LEADING_POLITE = /^(?:(?:por\s+)?favor|please|pls|kindly|bitte|s['’]il vous plaît|svp|per favore|alsjeblieft|graag)\s+(?=\S)/iu;
const LEADING_TOPIC_WORD = /^(?:for|für|über|pour|por|para|voor|in)\s+(?=\S+\s*\S)/iu;
/** "het werk aan de webshopfoto's": the work on a thing is named by the thing. */
const LEADING_WORK = /^(?:(?:het|the|die|le|el|il|o)\s+)?(?:werk aan|work on|Arbeit an|travail sur|trabajo (?:en|de)|lavoro (?:su|per)|trabalho (?:em|de|n[oa]s?))\s+(?:(?:de|het|the|den|die|der|das|les?|la|los|las|il|i|gli|os|as|o|a)\s+)?(?=\S)/iu;

/** "le montant convenu pour l'identité visuelle", "the agreed amount for the rebrand", "der Betrag für die Beratung": the
 * amount's name, then the thing it is for — the thing is the line, the amount's name is not part of it. */
const LEADING_AMOUNT_FOR = /^(?:(?:the|le|la|l['’]|der|die|das|el|il|lo|o|a|het|de)\s*)?(?:(?:agreed|vereinbarte[nr]?|abgemachte[nr]?|acordad[oa]|pactad[oa]|concordat[oa]|afgesproken|combinad[oa])\s+)?(?:amount|price|sum|Betrag|Preis|Summe|montant|prix|importe|precio|monto|valor|montante|importo|prezzo|bedrag|prijs)(?:\s+(?:agreed|convenu|convenue|fixé|acordado|pactado|concordato|pattuito|combinado|afgesproken|vereinbart))?\s+(?:for|für|pour|por|para|per|voor)\s+(?=\p{L}\S*\s*\S)/iu;

/** "la edición del video y aparte los subtítulos", "the logo and separately the letterhead": "separately" opens a second
 * item with its own price, so the first thing ends before it. */
const SEPARATE_ITEM_TAIL = /\s+(?:y|and|und|et|e|en)\s+(?:aparte|por aparte|separately|separat|getrennt|à part|séparément|a parte|à parte|separadamente|apart)\s.*$/iu;
/** "aparte los subtítulos", "separately the business cards", "Se añade la adaptación", "Acresce a sessão": the second
 * item's own name follows the joining word (and "(Dazu) kommen die Abzüge", "daar komt de hosting": the verb of coming). */
const LEADING_SEPARATE = /^(?:aparte|por aparte|separately|separat|getrennt|à part|séparément|a parte|à parte|separadamente|se añaden?|se agregan?|s['’]ajoutent?|acrescem?(?:\s+ainda)?|soma-se|somam-se|si aggiung(?:e|ono)|hinzu kommt|hinzu kommen|daarbij komt|daarbij komen|(?:dazu\s+|daar\s+)?(?:kommt|kommen|komt|komen)(?:\s+(?:noch|auch|er|nog|ook))*)(?:\s+(?:anche|también|aussi|também|ainda|also|too|noch|auch|ook|nog|encore|ancora))*\s+(?=\S)/iu;

/** "Si aggiunge anche la newsletter", "y también el cartel": the word of addition before a second thing is no part of it. */
const LEADING_ALSO = /^(?:also|auch|aussi|también|además|anche|inoltre|também|ainda|ook)\s+(?=\S)/iu;

/** "Die Speisekarte kommt noch dazu, die war 150 €", "De menukaart komt daar nog bij": the verb of adding after the thing
 * (its subject) is no part of its name. */
const ADDED_VERB_TAIL = /\s+(?:komt|komen|kommt|kommen)(?:\s+(?:daar|er|noch|nog|ook|auch))*\s+(?:bij|erbij|daarbij|dazu|hinzu)$/iu;

/** "the logo per the attached timesheet", "Beratung laut Angebot": the paperwork the price is written in ends the thing. */
const PAPERWORK_TAIL = new RegExp(String.raw`\s+(?:as\s+)?(?:per|according\s+to|laut|gemäß|selon|d['’]après|según|conforme|come\s+da|secondo|volgens)\s+(?:(?:the|your|our|my|der|dem|den|ihrem|unserem|Ihrem|le|la|votre|notre|el|su|nuestro|o|a|seu|il|vostro|nostro|de|het|uw|onze)\s+)?(?:(?:attached|signed|approved|beigefügten|ci-joint)\s+)?(?:${alt(PAPERWORK_WORDS)})$`, "iu");

/** "As per your quote the logo", "laut Angebot das Logo": the paperwork the price comes from, before the thing with its
 * article, is no part of its name (the article and the thing must follow, so "quote design" stays whole). */
const PAPERWORK_LEAD = new RegExp(String.raw`^(?:(?:as\s+)?(?:per|according\s+to|laut|gemäß|selon|d['’]après|según|conforme|come\s+da|secondo|volgens)\s+)?(?:(?:the|your|our|my|der|dem|den|ihrem|unserem|Ihrem|le|la|votre|notre|el|su|nuestro|o|a|seu|il|vostro|nostro|de|het|uw|onze)\s+)?(?:${alt(PAPERWORK_WORDS)})\s*,?\s+(?=(?:the|der|die|das|le|la|les|el|los|las|il|lo|o|a|os|as|het|de)\s+\p{L})`, "iu");

/** "As we discussed the logo", "we agreed the banner", "like we said the mural": words recalling the agreement before
 * the thing with its article are no part of its name. */
const LEADING_AGREED = /^(?:(?:as|like|wie|comme|como|come|zoals)\s+)?(?:(?:we|you|I|wir|nous|hemos|abbiamo|we hebben)\s+)?(?:agreed|discussed|said|quoted|besprochen|vereinbart|convenu|acordado|discutido|concordato|afgesproken)\s+(?=(?:the|our|your|der|die|das|le|la|les|el|los|las|il|lo|het|de|o|a|os|as)\s+\S)/iu;

export function cleanDescription(s: string): string {
	let t = s.replace(/\s+/g, " ").replace(/^[\s\-*•|:,]+|[\s|:,.;–—([-]+$/g, "").trim();
	// An opening bracket without its closing one is where the thing ended ("tradução do manual (45 páginas…").
	// A clause cut off inside the brackets leaves them open too ("Rush fee (because we left it…" → "Rush fee (because").
	for (let i = 0; i < 3; i++) {
		const before = t;
		if ((t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length) t = t.slice(0, t.lastIndexOf("(")).trim();
		t = t.replace(LEADING_AGREED, "");
		t = t.replace(PAPERWORK_LEAD, "").replace(LEADING_CONFIRM, "").replace(LEADING_POLITE, "").replace(LEADING_WHO, "").replace(LEADING_RELATIVE, "").replace(LEADING_TOPIC_WORD, "").replace(LEADING_WORK, "").replace(LEADING_AMOUNT_FOR, "").replace(SEPARATE_ITEM_TAIL, "").replace(LEADING_SEPARATE, "").replace(LEADING_ALSO, "").replace(INVERTED_VERB_TAIL, "").replace(RELATIVE_CLAUSE, "").replace(AGREED_VERB_TAIL, "").replace(ADDED_VERB_TAIL, "").replace(PARTICIPLE_CLAUSE, "").replace(PAPERWORK_TAIL, "").replace(RELATIVE_WORD_END, "").replace(ARTICLES_RE, "").replace(FILLER_END, "").replace(TO_WHOM_TAIL, "").replace(LINK_TAIL, "").replace(/[\s|:,.;–—-]+$/g, "").trim();
		if (t === before) break;
	}
	return t.charAt(0).toUpperCase() + t.slice(1);
}

function quantityOf(q: string | undefined): string | null {
	if (q === undefined) return "1";
	const word = NUMBER_WORDS[q.toLowerCase()];
	if (word !== undefined) return String(word);
	return readNumber(q, null);
}

function overlaps(a: [number, number], b: [number, number]): boolean {
	return a[0] < b[1] && b[0] < a[1];
}

/** Sentence ends: ".", "?", "!" before a space or line end (not in "Inc." or "1.5"), and line breaks. */
function isSentenceEnd(text: string, i: number): boolean {
	const c = text[i];
	if (c === "\n") return true;
	if (c !== "." && c !== "?" && c !== "!") return false;
	const next = text[i + 1];
	if (next !== undefined && next !== " " && next !== "\n") return false;
	if (c === ".") {
		const word = /(\S+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? "";
		if (/^(?:Inc|Ltd|Co|Corp|Dr|Mr|Mrs|Ms|St|No|Nr|ca|approx|incl|excl|zzgl|inkl|bzw|e\.g|i\.e|vs|Fr|S\.L|S\.A|B\.V|Pty|Pte|Pvt|Std|Stk|[A-Z]|\d{1,2})$/.test(word)) return false;
	}
	return true;
}

/** Every sentence end of the last long text asked about: a walk from each amount to its sentence's ends was quadratic
 * on one long line with thousands of amounts. Short walks (most sentences) never build it. */
let endsOf: { text: string; ends: number[] } | null = null;
function sentenceEnds(text: string): number[] {
	if (endsOf?.text !== text) {
		const ends: number[] = [];
		for (let i = 0; i < text.length; i++) if (isSentenceEnd(text, i)) ends.push(i);
		endsOf = { text, ends };
	}
	return endsOf.ends;
}

/** The first index in the sorted `ends` whose end is at or after `at`. */
function firstEndFrom(ends: number[], at: number): number {
	let lo = 0;
	let hi = ends.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ends[mid]! < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const SHORT_WALK = 400;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
	let a = start;
	while (a > 0 && start - a < SHORT_WALK && !isSentenceEnd(text, a - 1)) a--;
	let b = end;
	while (b < text.length && b - end < SHORT_WALK && !isSentenceEnd(text, b)) b++;
	if ((a > 0 && !isSentenceEnd(text, a - 1)) || (b < text.length && !isSentenceEnd(text, b))) {
		const ends = sentenceEnds(text);
		const k = firstEndFrom(ends, start);
		a = k > 0 ? ends[k - 1]! + 1 : 0;
		const e = ends[firstEndFrom(ends, end)];
		b = e ?? text.length;
	}
	return [a, Math.min(text.length, b + 1)];
}

function sentenceAt(text: string, start: number, end: number): string {
	const [a, b] = sentenceBounds(text, start, end);
	return text.slice(a, b).trim();
}

/** What the email asks to invoice: "for the bookkeeping", "über die Beratung", "pour la traduction du site (lot 3)". */
// Letter edges, not \b: JavaScript's \b does not see "über" or "à" as words.
const TOPIC_RE = new RegExp(
	String.raw`(?:(?<![\p{L}\p{N}])(?:${alt(TOPIC_WORDS)}|facturer|facturar(?:nos|me)?|fact[uú]ra(?:nos|me)|(?<=(?:me|nos)\s)factur(?:as|ás|a)|fatur[ae](?:nos|me)|fattur(?:ami|aci)|faturar|fatturare|factureren|facturad(?:nos|me)?|faturem|fatturate(?:ci|mi)?|invoice(?:\s+(?:us|me))?|bill(?:\s+(?:us|me))?)\s+|\b(?:uns|mir)\s+)(?:(?:${alt(ARTICLE_WORDS)})\s+)?(?<t>[\p{L}][^\n.?!;:,$€£¥]{1,60}?)(?=\s*(?:[?.!:;,]|$|\n|\s[-–—]\s|\s(?:in\s+Rechnung|zu\s+stellen|schicken|senden|zukommen|please|bitte|s'il|por favor|per favore|alsjeblieft|toch)\b))`,
	"giu",
);

const REQUEST_WORDS = /(?<![\p{L}])(?:invoice|bill|rechnung|factura|facture|facturer|fatura|faturar|fattura|fatturare|factuur|factureren|facturad(?:nos|me)?|faturem|fatturate(?:ci|mi)?|facturar(?:nos|me)?|fact[uú]ra(?:nos|me)|fatur[ae](?:nos|me)|fattur(?:ami|aci))(?![\p{L}])/iu;
const GENERIC_RE = new RegExp(String.raw`^(?:${alt(GENERIC_AMOUNT_WORDS)}|agreed|convenu|afgesproken|vereinbarte|acordado|combinado|concordato)$`, "iu");

/** The topics named in a text, trying every start (a rejected "de factuur voor het logo" still finds "het logo"). */
/** "invoice us 5 hours…": the word after "invoice" is who pays, not what is invoiced; "send the invoice over" is a
 * particle of the verb. */
const PRONOUN_RE = /^(?:us|me|them|him|her|uns|mir|ihnen|nos|nous|moi|ci|mi|ons|mij|you|sie|vous|u|over|across|through|out|along|back|now|asap|today)$/iu;
const AMOUNT_OF = new RegExp(String.raw`^(?:${alt([...GENERIC_AMOUNT_WORDS, "suma", "cantidad", "somme", "quantia", "valeur", "Wert", "Höhe", "waarde"])})(?:\s+(?:total|totale|totaal|global|gesamt))?(?:\s+(?:of|de|di|van|von|du|do|da|für|for|d['’]))?$`, "iu");
const AMOUNT_ONLY_RE = /^(?:amount|price|sum|total|figure|betrag|preis|summe|montant|prix|importe|precio|monto|valor|montante|importo|prezzo|cifra|bedrag|prijs)$/iu;

const TOPIC_G = new RegExp(TOPIC_RE.source, "giu");
const UNIT_OF_THING = new RegExp(String.raw`^(${UNIT})\s+(?:of|de|di|van|d['’])\s*(?:(?:${alt(ARTICLE_WORDS)})\s+)?(\p{L}.*)$`, "iu");
/** "Horas de edición", "Stunden für die Beratung", "hours for the promo": a label naming the unit, then the thing. */
const UNIT_LABEL = new RegExp(String.raw`^(${UNIT})\s+(?:of|for|de|del|di|du|des|do|da|van|für|pour|para|per|voor|d['’])\s*(?:(?:${alt(ARTICLE_WORDS)})\s+)?(\p{L}.*)$`, "iu");
const MONTHLY_FEE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${MONTHLY_FEE})(?:[ \t]+(?:of|von|de|di|van|is|ist|es|est|è|é))?[ \t]*:?[ \t]*(?:${CURRENCY_BEFORE})?[ \t]*$`, "iu");
const PER_UNIT_AFTER = new RegExp(String.raw`^[ \t]*,?[ \t]*(?:${PER_UNIT})(?![\p{L}])`, "iu");
/** A description that stops on a joining word ("garden clearance plus") or on the "when" of a clause cut off after it
 * ("the whole job when [you get a chance]") is cut from a longer phrase. */
const DANGLING_END = /\s(?:plus|and|und|et|y|e|en|with|mit|avec|con|com|met|or|oder|ou|o|of|for|at|to|the|a|an|de|del|di|da|do|du|des|van|von|in|im|on|by|when|once|wenn|sobald|cuando|quand|quando|wanneer|zodra)$|\s(?:vom|am|bis|zum|du|del|al|van|on|of|le|el|il|dem)\s+\d{1,2}$/iu;
/** A deposit, a payment or a balance is not a thing to invoice (the deposit is shown apart). */
const MONEY_ROLE_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${alt([...DEPOSIT_WORDS, ...BALANCE_WORDS, ...BALANCE_BEFORE_WORDS, ...PAID_WORDS])})(?![\p{L}])`, "iu");
/** "Acme Corp for the audit": a name in capitals, then "for" — the object of "invoice <Company> for". */
const COMPANY_FOR = /^(?:[\p{Lu}&][\p{L}\p{N}&'’.-]*\s+){1,6}(?:\S+\s+)?for\s/u;
/** A "description" that is the greeting or the request's own opening words ("Hi! Could", "Please", "Kindly"). */
// "Can" and "will" are nouns too ("the can artwork", "will drafting"): they open a request only before who is asked.
const OPENING_WORDS = /^(?:(?:hi|hello|hey|dear|hallo|hola|bonjour|salut|ciao|olá|oi|hoi|could|would|please|kindly|pls|thanks|bitte|könnten|kannst|pourriez|peux|podrías|puedes|potresti|puoi|kunt|kun|wilt|pode|você)\b|(?:can|will)(?:\s+(?:you|u|ya|we|I|someone|somebody|they|he|she|it|please|pls)\b|\s*$))/iu;
const NOT_A_THING = new RegExp(String.raw`^(?:${alt(NOT_A_THING_WORDS)})$|\s(?:${alt(LINK_VERB_WORDS)})$`, "iu");
/** "invoice us: design work": who is invoiced, then the thing. */
const LEADING_WHO = /^(?:us|me|uns|mir|nous|moi|nos|ons|mij|ci|mi)\s*:\s*/iu;
const topicMemo = new Map<string, string[]>();
/** "la factura a nombre de Asociación Kallpa", "intestata a nome di", "au nom de", "im Namen von", "op naam van", "in the
 * name of": who the invoice is made out to, never what it is for. */
const IN_THE_NAME_OF = /(?<![\p{L}])(?:nombre|nome|nom|name|Namen|naam)\s*$/iu;

const THANKS = /(?<![\p{L}])(?:thank(?:s| you)?|danke|vielen dank|merci|gracias|grazie|bedankt|obrigad[oa])(?![\p{L}])/iu;
const THANKS_G = new RegExp(THANKS.source, "giu");
/** The first thanks in the clause s[from, to), its index counted from `from`: one search from the clause start stands for
 * all the clause's topics (`seen` keeps it; searching each clause afresh was quadratic on one long line). The clause is read on its own
 * only where a thanks may reach its end. */
function thanksIn(s: string, from: number, to: number, seen: { from: number; hit: RegExpExecArray | null }): { index: number } | null {
	if (seen.from !== from) {
		THANKS_G.lastIndex = from;
		seen.from = from;
		seen.hit = THANKS_G.exec(s);
	}
	const hit = seen.hit;
	if (hit && hit.index < to && hit.index + hit[0].length <= to) return { index: hit.index - from };
	if ((!hit || hit.index >= to) && !/\p{L}/u.test(s[to - 1] ?? "")) return null;
	return THANKS.exec(s.slice(from, to));
}

/** IN_THE_NAME_OF read on the few characters before `at` (its word and the letter before it), not the whole text before:
 * an end-anchored pattern is tried from every start of that text. */
function inTheNameOf(s: string, at: number): boolean {
	let e = at;
	while (e > 0 && /\s/u.test(s[e - 1]!)) e--;
	return IN_THE_NAME_OF.test(s.slice(Math.max(0, e - 8), e));
}

/** `runsOn`: the text goes on into the line's own words (its quantity), so a topic reaching its end is cut short. */
/** "la facture pour les flyers stp ?", "die Rechnung für die Flyer bitte": the politeness word after the thing is no part
 * of its name. */
const POLITE_TAIL = /(?:[ \t]*,)?[ \t]+(?:please|pls|plz|thanks|thx|stp|svp|s['’]il (?:te|vous) pla[iî]t|merci|bitte|danke|por favor|porfa|xfa|gracias|per favore|grazie|pfv|pf|obrigad[oa]|graag|aub|alsjeblieft|alstublieft|bedankt)$/iu;

function topics(s: string, runsOn = false): string[] {
	const key = runsOn ? `\u0000${s}` : s;
	const known = topicMemo.get(key);
	if (known) return known;
	const out: string[] = [];
	let clauseStart = 0;
	let scanned = 0;
	const seenThanks = { from: -1, hit: null as RegExpExecArray | null };
	TOPIC_G.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = TOPIC_G.exec(s)) !== null) {
		// "the brand audit to accounts@harbourco.example": where the invoice goes is not part of the thing; nor is the
		// preposition before the amount ("la factura del logo por COP 1.200.000").
		const t = m.groups?.["t"]?.replace(/\s+(?:to|an|à|a|para|per|aan)\s+[^\s@]*@.*$/u, "").replace(/\s+(?:por|para|pour|per|für|voor|for|at|à|zu|de|of)$/iu, "").replace(POLITE_TAIL, "");
		// "Thank you for the fast turnaround": what the sender thanks for was done and paid or not, it is not what they ask to invoice.
		// So is a later "for" in the same thanks ("thank you very much for the product photos for our new website"), unless
		// a request comes between ("thanks for the logo, and please invoice us for the website").
		// The clause start is carried forward rather than re-split from the text's start at each "for": on one long line
		// with thousands of them that re-reading was quadratic.
		for (; scanned < m.index; scanned++) if (".!?\n".includes(s[scanned]!)) clauseStart = scanned + 1;
		const clause = s.slice(clauseStart, m.index);
		const thanks = thanksIn(s, clauseStart, m.index, seenThanks);
		// "Merci de nous facturer la traduction": "merci de" before a verb asks, it thanks for nothing ("merci de votre aide" does).
		const asks = thanks !== null && /^merci[ \t]+d(?:e[ \t]+|['’])(?!(?:votre|vos|ton|ta|tes|cette|ce|cet)(?![\p{L}]))/iu.test(clause.slice(thanks.index));
		const thanked = thanks !== null && !asks && !REQUEST_WORDS.test(clause.slice(thanks.index));
		const end = m.index + m[0].length;
		// A topic that runs into the end of the text asked about ("invoice us for | 10 hours") is cut short, not a thing;
		// "Invoice Acme Corp for the audit" names the customer first: the thing is after its "for".
		const cut = runsOn && s.slice(end).trim() === "";
		// "invoice Northfield Logistics Inc. for the shoot": a capitalised name followed by its "for" is who pays.
		const payer = (/^\p{Lu}/u.test(t ?? "") && /^\.?\s+(?:for|für|pour|por|para|per|voor)\s/iu.test(s.slice(end))) || inTheNameOf(s, m.index);
		if (t && !cut && !thanked && !payer && !COMPANY_FOR.test(t) && !/\d/.test(t.slice(0, 2)) && !REQUEST_WORDS.test(t) && !NOT_A_DESCRIPTION.test(cleanDescription(t)) && !PRONOUN_RE.test(t.trim().split(/\s+/)[0] ?? "")) out.push(headBeforeFor(s, clauseStart, m, t) ?? t);
		// Try every start: a rejected "de factuur voor het logo" still holds "het logo".
		TOPIC_G.lastIndex = m.index + Math.max(1, m[0].search(/\s/) + 1);
	}
	if (topicMemo.size > 256) topicMemo.clear();
	topicMemo.set(key, out);
	return out;
}

/** "la bannière pour le site", "the banner for the website", "el banner para el sitio": a thing named with its article
 * right before "for" is the head of the name, and "for the website" only says what it is for — the name is the whole
 * phrase, never its tail ("Site"). Words that are no thing ("the invoice for", "the amount for", "the hours for") leave
 * the topic after "for" as it was. */
const FEE_NOUN_RE = new RegExp(String.raw`^(?:${FEE_WORDS})$`, "iu");
const PURPOSE_FOR = /^(?:for|für|pour|por|para|per|voor)\s/iu;
const HEAD_STOP = /^(?:and|or|but|und|oder|aber|et|ou|mais|y|o|pero|e|ma|en|of|maar|mas|plus|with|mit|avec|con|com|met|to|zu|à|a|in|im|on|at|by|from|von|vom|de|del|di|da|do|du|des|van|as|als|is|are|was|were|be|ist|sind|war|waren|est|sont|es|son|è|é|zijn|also|auch|aussi|también|anche|ook|também|then|dann|puis|luego|poi|dan|depois|still|noch|encore|nog|ancora|ainda|todavía)$/iu;
const NOT_ARTICLE = String.raw`(?!(?:${alt(ARTICLE_WORDS)})\s)`;
const HEAD_BEFORE_FOR = new RegExp(String.raw`(?:^|[\s,:;(])(?<art>(?:${alt(ARTICLE_WORDS)})\s+|[lL]['’])(?<head>${NOT_ARTICLE}\p{L}[\p{L}'’\-]*(?:\s+${NOT_ARTICLE}\p{L}[\p{L}'’\-]*){0,2})\s+$`, "iu");
const NOUN_OF = /^(?:de|del|di|do|da|du|des|dos|das|della|delle|dei|degli|dello|dell['’]|van)\s/iu;
function headBeforeFor(s: string, clauseStart: number, m: RegExpExecArray, t: string): string | null {
	// "la coordinación de impresión, 6 horas a 150 €", "la traduzione dei testi": a thing named with its article right
	// before "de/di/do/da/du/van" is the head of the name too — never only the words after "de" ("Impresión").
	if (!PURPOSE_FOR.test(m[0]) && !NOUN_OF.test(m[0])) return null;
	const start = thingHeadStart(s, clauseStart, m.index);
	if (start === null) return null;
	return `${s.slice(start, m.index)}${m[0].slice(0, m[0].length - (m.groups?.["t"]?.length ?? 0))}${t}`.replace(/\s+/g, " ").trim();
}

/** Where the thing named with its article right before `at` (a "for") starts, or null when those words are no thing. */
function thingHeadStart(s: string, from: number, at: number, depth = 0): number | null {
	const h = HEAD_BEFORE_FOR.exec(s.slice(Math.max(from, at - 80), at));
	const head = h?.groups?.["head"];
	if (!h || !head) return null;
	const last = head.split(/\s+/).pop()!;
	// "die Hochzeitsreportage und für das Fotobuch": a joining word or a verb among the words ends the name before it.
	if (head.split(/\s+/).some((w) => HEAD_STOP.test(w))) return null;
	const no = (re: RegExp) => re.test(head) || re.test(last);
	if (REQUEST_WORDS.test(head) || THANKS.test(head) || MONEY_ROLE_WORDS.test(head) || no(NOT_A_THING) || no(PRONOUN_RE) || no(AMOUNT_OF) || no(AMOUNT_ONLY_RE) || no(GENERIC_RE) || no(PAPERWORK_ONLY) || no(JOB_ONLY) || no(NOT_A_DESCRIPTION)) return null;
	if (UNIT_WORDS.some((u) => u.toLowerCase() === last.toLowerCase()) || FEE_NOUN_RE.test(last) || doubtIn(head) !== null) return null;
	const start = at - (h[0].length - h[0].trimEnd().length) - head.length;
	// "el diseño del cartel para la velada", "the design of the poster for the evening": the head is itself the object of
	// "of" — the name starts at the thing before it, or is not read this way at all.
	const artAt = start - h.groups!["art"]!.length;
	// "bitte das Plakat für das Café 1900": German "das" before a capitalised noun is the article, not Portuguese "of the"
	// ("a fatura das fotos").
	const germanDas = /^das\s/u.test(h.groups!["art"]!) && /^\p{Lu}/u.test(head);
	if ((OF_ARTICLE.test(h.groups!["art"]!) && !germanDas) || OF_BEFORE.test(s.slice(Math.max(from, artAt - 6), artAt))) {
		const of = OF_BEFORE.exec(s.slice(Math.max(from, artAt - 6), artAt));
		const ofAt = of ? artAt - of[0].length + (of[0].length - of[0].trimStart().length) : artAt;
		const outer = depth < 2 ? thingHeadStart(s, from, ofAt, depth + 1) : null;
		// "the price of the poster for the evening": an amount's own name before "of" leaves the poster as the thing.
		const word = /(\p{L}+)\s*$/u.exec(s.slice(Math.max(from, ofAt - 30), ofAt))?.[1] ?? "";
		return outer ?? (AMOUNT_ONLY_RE.test(word) || GENERIC_RE.test(word) ? start : null);
	}
	return start;
}
const OF_ARTICLE = /^(?:del|du|des|della|dello|delle|dei|degli|do|da|dos|das|dem|der|des)\s/iu;
const OF_BEFORE = /(?:^|\s)(?:of|de|di|van|von|d['’])\s*$/iu;

function topicIn(s: string): string | null {
	return topics(s)[0] ?? null;
}

function topicBefore(text: string, at: number): string | null {
	const [a] = sentenceBounds(text, at, at);
	// The sentence before: from its own end mark, over the line breaks after it ("…copywriting.\nThe fee was $750").
	let q = a - 1;
	while (q > 0 && /\s/.test(text[q]!)) q--;
	const [pa] = a > 0 ? sentenceBounds(text, q, q) : [a];
	const before = text.slice(pa, at);
	// An opening bracket or a colon closes the thing's name ("the manual (45 pages…", "the retainer: 20 hrs").
	const runsOn = !/^[.?!:;,]/.test(text.slice(at)) && !/[(:–—-]\s*$/.test(before);
	// The thing named in the amount's own sentence comes first: the sentence before may name it in other words
	// (a greeting in dialect, then the same request in standard German with the amounts).
	return topics(text.slice(a, at), runsOn)[0] ?? topics(before, runsOn)[0] ?? null;
}

/** A short description ("photos") read as its fuller mention earlier in the email ("the product photos"). */
function fullerMention(text: string, before: number, desc: string): string {
	if (desc.split(" ").length > 2) return desc;
	const re = new RegExp(String.raw`\b(?:the|our|die|der|das|le|la|les|el|los|las|o|a|os|as|il|lo|i|het|de)\s+((?:(?!(?:and|or|the|a|an|und|oder|et|ou|y|o|e|en|of|de|la|le|el|het|die|der|das)\s)[\p{L}\-]+\s+){1,3}${desc.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})\b`, "iu");
	const m = re.exec(text.slice(0, before));
	return m ? cleanDescription(m[1]!) : desc;
}

const THING_OF = /(?:^|[\s(])((?:[\p{L}'’-]+[ \t]+){0,1}[\p{L}'’-]+)[ \t]+(?:of|di|de|van|von|do|da|du)[ \t]*$/u;
/** "invoice the social media package for 3 months at 14,000 TRY per month": what was had for a count of months, weeks
 * or days is the thing named before "for" (after an article, "for", or "plus" joining it to the thing before: "plus
 * hosting for 3 months at $60 a month"), up to four words. */
const THING_FOR_PERIOD = /(?:^|[\s(])(?:the|our|my|a|an|for|für|pour|por|para|per|voor|der|die|das|le|la|les|el|los|las|il|het|de|plus|más|mais|più|zzgl\.|zuzüglich)[ \t]+((?:[\p{L}'’-]+[ \t]+){0,3}[\p{L}'’-]+)[ \t]+(?:for|für|pour|por|para|per|voor)[ \t]*$/iu;
const PERIOD_COUNT = /^\d+[ \t]+(?:months?|weeks?|days?|years?|Monate?n?|Wochen?|Tage?n?|Jahre?n?|mois|semaines?|jours?|ans|années?|mes(?:es)?|semanas?|días?|dias?|anos?|años?|mesi|settimane|giorni|anni|maanden|weken|dagen|jaar)(?![\p{L}])/iu;

/** "the copywriting for the 5 pages was A$120 a page", "die Übersetzung der 12 Seiten", "la traducción de las 8
 * páginas", "la rédaction des 10 pages", "la traduzione delle 12 pagine", "de vertaling van de 12 pagina's", "a revisão
 * das 8 páginas": the thing stands after its article, then "for/of the" (or a word that is both, "des", "delle",
 * "das", "der") right before the count of what it is made of — as people write it in every language. */
const THING_FOR_THE_COUNT = /(?:^|[\s(,;:])(?<pre>[^\n]*?)(?<![\p{L}])(?<art>the|our|my|your|der|die|das|den|le|la|les|el|los|las|il|lo|l['’]|het|de|o|a|os|as)[ \t]*(?<d>(?<=['’])\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3}|(?<=[ \t])\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3})[ \t]+(?:(?:of|for|für|pour|por|para|per|voor|van|von|de|di)[ \t]+(?:the|these|those|all|die|den|diese|alle|les|ces|los|las|estas|estos|esas|esos|le|i|gli|queste|questi|de|het|deze|die|as|os|estas|estes|essas|esses)|for|für|pour|para|voor|des|der|delle|degli|dei|das|dos|pelas|pelos|nas|nos)[ \t]*$/iu;
/** "the payment for the 5 pages", "el precio de las 8 páginas": what is paid or charged for the count names no thing. */
const PRICE_NOT_THING = /^(?:payments?|fees?|costs?|charges?|prices?|rates?|amounts?|totals?|sum|invoices?|bill|Zahlung|Kosten|Preis|Honorar|Gebühr|Betrag|pagos?|coste|costo|precio|tarifa|honorarios|importe|paiements?|coût|prix|tarif|honoraires|montant|pagamentos?|custo|preço|valor|prezzo|compenso|importo|betaling|prijs|tarief|honorarium|bedrag)$/iu;
/** Words a thing is never cut from: "the design and the copywriting for the 5 pages" joins two things to one count. */
const JOINED_BEFORE = /(?:^|[ \t])(?:and|or|und|oder|sowie|et|ou|y|o|e|ed|en|of|plus|as well as|&)[ \t]*$/iu;
function thingForTheCount(text: string, a: number, at: number): string | null {
	const m = THING_FOR_THE_COUNT.exec(text.slice(a, at));
	const g = m?.groups;
	if (!m || !g) return null;
	// The thing is the last words after an article ("and the website and the copywriting" names the copywriting only if
	// nothing joined comes before it): a thing joined to another one with no amount between them could own the count too.
	const words = g["d"]!.split(/[ \t]+/);
	if (words.some((w) => HEAD_STOP.test(w) || ARTICLES_RE.test(`${w} `))) return null;
	const pre = g["pre"]!;
	if (JOINED_BEFORE.test(pre) && !/[\d)][^\p{L}\d]*(?:and|or|und|oder|sowie|et|ou|y|o|e|ed|en|plus|as well as|&)[ \t]*$/iu.test(pre)) return null;
	const t = cleanDescription(g["d"]!);
	const bad = t.length < 3 || PRICE_NOT_THING.test(t) || REQUEST_WORDS.test(t) || NOT_A_DESCRIPTION.test(t) || OPENING_WORDS.test(t) || MONEY_ROLE_WORDS.test(t) || PAPERWORK_ONLY.test(t) || NOT_A_THING.test(t) || UMBRELLA.test(t) || PRONOUN_RE.test(t) || UNIT_WORDS.some((u) => u.toLowerCase() === t.toLowerCase()) || AMOUNT_ONLY_RE.test(t) || GENERIC_RE.test(t) || doubtIn(t) !== null;
	return bad ? null : t;
}

/** The thing in "<thing> of <count> <unit>", in the same sentence right before the count. */
function thingBeforeCount(text: string, at: number): string | null {
	const [a] = sentenceBounds(text, at, at);
	const m = THING_OF.exec(text.slice(a, at)) ?? (PERIOD_COUNT.test(text.slice(at)) ? THING_FOR_PERIOD.exec(text.slice(a, at)) : null);
	if (!m) return thingForTheCount(text, a, at) ?? rowLabelBeforeCount(text, at);
	const t = cleanDescription(m[1]!);
	// "Il s'agit de 6 heures", "a maximum of 6 hours": words that introduce the count name no thing.
	if (introducesCount(m[1]!)) return null;
	return t.length >= 3 && !REQUEST_WORDS.test(t) && !NOT_A_DESCRIPTION.test(t) && !OPENING_WORDS.test(t) && !/^(?:us|me|you|uns|nous|nos|ci|ons)$/i.test(t) ? t : null;
}

/** "Plano 2D, 8 unidades a 45,00 €", "- Montage: 6 Stunden à 80 €": a row that opens with a short label, then the
 * count in units, is the label's — the units alone name nothing (the digits in a label are part of its name). */
/** Dot leaders separate a price list's label too ("Drone footage ........ 3 hours at € 175 per hour"). */
const ROW_LABEL_BEFORE_COUNT = /^[ \t]*(?:(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])[ \t]*)?(\p{L}[\p{L}\p{N}'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,5})[ \t]*(?:,|:|[ \t][–—-]|[ \t]*(?:\.{3,}|…+))[ \t]*$/u;
/** "Bildbearbeitung 8 Std. à CHF 95.-", "Photo editing 6 hrs at $80": a row's label with no separator before the count,
 * as a list writes it: one to three words only, the first capitalised, never a word that goes on from the row before. */
const ROW_BARE_LABEL_BEFORE_COUNT = /^[ \t]*(?:[-*•·▪–・◦‣●■➤►][ \t]*)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2})[ \t]+$/u;
const GOES_ON = /^(?:plus|dazu|außerdem|zusätzlich|además|en plus|inoltre|daarnaast|além disso|another|other|more|extra|additional|further|weitere|noch|otr[oa]s?|autres?|altr[eio]|outr[oa]s?|nog)(?![\p{L}])/iu;
/** "Sam worked 8 hours", "Das waren 8 Std.": a clause's verb before the count, not a row's label. */
const CLAUSE_VERB = /(?<![\p{L}])(?:spent|worked|put in|did|logged|billed|took|needed|was|were|is|are|gearbeitet|gebraucht|brauchte|braucht|waren|war|sind|ist|passé|travaillé|fait|était|étaient|trabajé|trabajó|trabajaste|trabajamos|fueron|son|eran|lavorato|lavorò|erano|sono|gewerkt|besteed|trabalhou|trabalhamos|foram|são)$/iu;
/** "Pouvez-vous nous facturer 12 heures", "Könnten Sie 8 Stunden …": a sentence's subject or request before the count,
 * not a row's label (checked on the words as written, before cleaning drops the request word). */
const SENTENCE_OPENING = /(?<![\p{L}])(?:you|we|they|vous|nous|tu|Sie|wir|ich|du|ihr|usted|ustedes|nosotros|yo|tú|você|vocês|nós|eu|lei|noi|voi|io|jij|wij|ik|please|bitte|por favor|per favore|s['’]il)(?![\p{L}])/iu;
function rowLabelBeforeCount(text: string, at: number): string | null {
	const before = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
	const separated = ROW_LABEL_BEFORE_COUNT.exec(before);
	const bare = separated ? null : ROW_BARE_LABEL_BEFORE_COUNT.exec(before) ?? lowerRowLabel(text, at, before);
	if (bare && (REQUEST_WORDS.test(bare[1]!) || SENTENCE_OPENING.test(bare[1]!))) return null;
	const row = separated ?? bare;
	if (!row || CLAUSE_WORD.test(row[1]!) || GOES_ON.test(row[1]!) || CLAUSE_VERB.test(row[1]!)) return null;
	const t = cleanDescription(row[1]!);
	if (t.length < 3 || /\d{4,}/.test(t) || REQUEST_WORDS.test(t) || NOT_A_DESCRIPTION.test(t) || OPENING_WORDS.test(t) || NOT_A_THING.test(t) || MONEY_ROLE_WORDS.test(t) || PAPERWORK_ONLY.test(t) || LEADING_TOPIC_WORD.test(row[1]!) || EDGE_WORD.test(t) || UMBRELLA.test(t) || labelNamesNothing(t, text) || doubtIn(t)) return null;
	return t;
}

/** "pls invoice us now:\n\nretouching 14 hrs @ R650/hr": a casual writer's row may open in lower case — one word of
 * five letters or more, alone before the count, on a line that opens a list (after a blank line or one ending in ":"). */
const ROW_LOWER_LABEL = /^[ \t]*(?:[-*•][ \t]*)?(\p{Ll}[\p{L}'’-]{4,})[ \t]+$/u;
function lowerRowLabel(text: string, at: number, before: string): RegExpExecArray | null {
	const m = ROW_LOWER_LABEL.exec(before);
	if (!m) return null;
	const start = text.lastIndexOf("\n", at - 1);
	const prev = text.slice(0, Math.max(0, start)).replace(/[ \t]+$/gmu, "");
	return prev.endsWith("\n") || prev.endsWith(":") ? m : null;
}

/** Signs several currencies share, which a code right after the amount names ("$", "¥", "£", "kr", "Rs", "₨"). */
const SHARED_SIGN_AFTER = /^(?:\$|¥|£|kr\.?|Rs\.?|₨)$/iu;

function moneyOfMatch(m: RegExpExecArray, dollar?: string): { money: Money; span: [number, number] } | null {
	const g = m.groups ?? {};
	let money = moneyFromGroups(g, "", dollar);
	if (!money) return null;
	const named = g["named"]?.toUpperCase();
	if (named !== undefined) {
		// "$6,500.00 MXN", "$2,400 nzd": the code names the shared sign's currency, and its digits are read by that
		// currency's rules. A code that contradicts an unshared sign ("€500 USD") is asked about.
		const token = g["pre"] ?? g["post"] ?? "";
		if (!(SHARED_SIGN_AFTER.test(token) || token === named)) return null;
		money = { ...money, currency: { code: named }, amount: money.scaled ? money.amount : readNumber(g["num"] ?? g["numb"] ?? "", named) };
	}
	const at = m.indices?.groups ?? {};
	const parts = ["pre", "num", "mul", "numb", "mulb", "post", "bare", "named"].map((k) => at[k]).filter((x): x is [number, number] => x !== undefined);
	if (parts.length === 0) return null;
	return { money, span: [Math.min(...parts.map((x) => x[0])), Math.max(...parts.map((x) => x[1]))] };
}

interface Claimed {
	span: [number, number];
	/** The line's amount: its count times its price. */
	amount: number;
}

/** Every line item holds a number and lies within one line: lines without a digit are blanked (same length, so
 * offsets stay true) before the phrasings scan, which keeps the scan cheap on long mail. */
function digitLinesOnly(text: string): string {
	return text
		.split("\n")
		.map((l) => (/\d/.test(l) ? l : " ".repeat(l.length)))
		.join("\n");
}

/** Phrasings of a second item joined by "and" (or a comma) in the sentence of a first one. */
const SECOND_ITEMS = new Set(["and-price-of-thing", "and-thing-colon-price", "and-thing-bracket-price", "and-thing-at-price", "and-thing-dash-price", "joined-item-mit-price"]);

/** "- Post-produzione e consegna file: 420,00 €", "Editing and delivery: $300": a plain "and" inside a row's label, with
 * no amount before it in its sentence, joins two words of one name — it starts no second item (which would cut the
 * label to its last words). An "and" opening the sentence ("And the flyer, that was $200") still does. */
const PLAIN_JOIN = /^(?:and|und|y|e|et|en|i|og|och)[ \t]/iu;
function joinsWordsOfOneName(p: Phrasing, m: RegExpExecArray, text: string): boolean {
	if (p.id !== "joined-second-item" || !PLAIN_JOIN.test(m[0])) return false;
	const [from] = sentenceBounds(text, m.index, m.index);
	const before = text.slice(from, m.index);
	return /\p{L}/u.test(before) && findMoney(before).length === 0;
}

/** `dollar`: the currency a plain "$" stands for in this email (see `bareDollarCode`), when not US dollars. */
/** The spans no line's price may stand on (not money, and the limits of payment rules); the last text's are kept, as
 * the lines of one email are read more than once. */
let noLinePricesOf: { text: string; spans: [number, number][] } | null = null;
function noLinePrices(text: string): [number, number][] {
	if (noLinePricesOf?.text !== text) noLinePricesOf = { text, spans: [...notMoneySpans(text), ...notBilledSpans(text), ...thresholdSpans(text)] };
	return noLinePricesOf.spans;
}

export function readLines(text: string, dollar?: string): ExtractedLine[] {
	const lines: ExtractedLine[] = [];
	const claimed: Claimed[] = [];
	const scan = digitLinesOnly(text);
	// "at ₦450,000 and the flyers at ₦120,000": an amount's own digits are never a count, whatever sign stands before it.
	let amounts: MoneyMention[] | null = null;
	let notMoney: [number, number][] | null = null;
	const countIsAmount = (m: RegExpExecArray) => {
		const q = m.indices?.groups?.["q"];
		if (q === undefined) return false;
		amounts ??= findMoney(text);
		return amounts.some((a) => a.start < q[1] && q[0] < a.end);
	};
	// "… $6,000 and Sprint 15: $6,000": "and" starts a second item only after a first one with its amount, or at the
	// start of a line that goes on from the one before. In a label of its own ("Editing and retouching - ₦120,000",
	// "Yearbook layout and design: $3,600") it joins two words of one name.
	const secondItemAfterFirst = (m: RegExpExecArray) => {
		const lineStart = text.lastIndexOf("\n", m.index) + 1;
		if (/^[ \t]*(?:[-*•·▪–]\s*)?$/u.test(text.slice(lineStart, m.index))) return true;
		const [from] = sentenceBounds(text, m.index, m.index);
		amounts ??= findMoney(text);
		return amounts.some((a) => a.start >= from && a.end <= m.index);
	};
	for (const { p, re } of compiledPhrasings()) {
		if (p.needs && !p.needs.test(scan)) continue;
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(p.thingBefore ? text : scan)) !== null) {
			if (m[0].length === 0) {
				re.lastIndex++;
				continue;
			}
			const line = countIsAmount(m) || (SECOND_ITEMS.has(p.id) && !secondItemAfterFirst(m)) || joinsWordsOfOneName(p, m, text) ? null : lineFrom(p, m, text, claimed, dollar);
			// "invoices under GH₵ 15,000 are payable on receipt": a number that is no money billed is never a line's price.
			notMoney ??= noLinePrices(text);
			if (!line || notMoney.some(([a, b]) => a < line.span[1] && line.span[0] < b)) {
				re.lastIndex = m.index + 1;
				continue;
			}
			claimed.push({ span: line.span, amount: Number(line.quantity) * Number(line.unitPrice) });
			lines.push(line);
		}
	}
	return endedBeforeOtherThings(lines.sort((x, y) => x.span[0] - y.span[0]));
}

/** "1 200 zł for the menu design and then also 2 hours of corrections, 150 zł per hour", "C$600 for the cover art and
 * then the episode thumbnails, we did 12 of those at C$25 each": a thing joined on ("and then (also) the …") that
 * another line of the same sentence reads with its own price is that line's, so this line's thing ends before it (and
 * so do the words after it, up to that line's amount: "$1,200 for the coverage and for the album again $180"). */
const JOINED_THING = String.raw`[ \t]*,?[ \t]+(?:and|und|et|y|e|en|i|plus|sowie)(?:[ \t]+(?:then|also|dann|noch|auch|puis|ensuite|aussi|luego|después|también|poi|dopo|anche|daarna|dan|ook|nog|depois|também|então))*[ \t]+(?:(?:for|für|pour|por|para|per|voor)[ \t]+)?`;
function endedBeforeOtherThings(lines: ExtractedLine[]): ExtractedLine[] {
	// Only lines that share their sentence with another, a few at a time (a long mail's thousands of rows stay fast).
	const bySource = new Map<string, ExtractedLine[]>();
	for (const l of lines) {
		const same = bySource.get(l.source);
		if (same) same.push(l);
		else bySource.set(l.source, [l]);
	}
	return lines.map((l) => {
		const same = bySource.get(l.source)!;
		if (same.length < 2 || same.length > 6) return l;
		for (const o of same) {
			const core = o.description.replace(/[ \t]*\([^()]*\)$/u, "").trim();
			if (o === l || core.length < 3 || core.length >= l.description.length) continue;
			const art = String.raw`(?:(?:${alt(ARTICLE_WORDS)})[ \t]+|l['’])?`;
			const tail = new RegExp(String.raw`^(.*?\S)${JOINED_THING}${art}(?:\d{1,4}[ \t]+\p{L}+[ \t]+(?:(?:of|de|di|van|von|d['’])[ \t]*${art})?)?${core.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:[ \t][^\n]*\d[^\n]*)?$`, "iu").exec(l.description);
			if (tail && tail[1]!.length >= 2 && doubtIn(tail[1]!) === null) return { ...l, description: tail[1]! };
		}
		return l;
	});
}

/** "invoice the catering for the conference, $1,500": the thing is the object of "invoice" (a lower-case noun phrase,
 * not a company), and "for the conference" only says what it was for. */
const INVOICE_OBJECT = /(?:^|[\s:,])(?:invoice|bill)\s+(?:(?:us|me)\s*:\s*|(?:us|me)\s+)?(?:(?:the|our|my)\s+)?(?!(?:to|an|à|a|para|aan)\s)(?<obj>\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,3})\s+$/u;

/** The same in the other languages, whose verb is no noun ("facturer la traduction du contrat pour le client de Lyon",
 * "fatturare la traduzione per il cliente di Milano", "faturar o design do folheto para a feira"): an article opens the
 * object (so "facturer pour le logo" keeps the thing after "pour"). */
const INVOICE_OBJECT_OTHER = /(?:^|[\s:,])(?:factur(?:er|ez|ar|ad|en)\p{L}*|fact[uú]ra(?:nos|me)|fatur(?:ar|em|e)\p{L}*|fattur(?:are|ate|aci|ami|ateci|atemi|arci|armi)|factureren)\s+(?:(?:nous|nos|ci|me|mi|moi)\s+)?(?:(?:le|la|les|el|los|las|il|lo|gli|o|a|os|as|notre|nos|nuestro|nuestra|nostro|nostra|nosso|nossa)\s+|l['’])(?<obj>\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,3})\s+$/u;

const PARTY_RE = new RegExp(String.raw`^(?:${alt(PARTY_WORDS)})$`, "iu");
const PARTY_PHRASE = new RegExp(String.raw`^(?:(?:${alt(ARTICLE_WORDS)}|unseren|unserem|unsere|nuestro|nuestra|notre|nostro|nostra|nosso|nossa|onze|ons)\s+)?(?:${alt(PARTY_WORDS)})(?:\s+(?:in|aus|at|from|de|di|da|do|van|à|en|em|of)\s+\p{Lu}[\p{L}-]*)?(?:\s+(?:abrechnen|berechnen|verrechnen|factureren))?\s*$`, "iu");

/** "share the invoice copy for the event charges": a copy or PDF of the invoice is the document, not the thing. */
const INVOICE_DOCUMENT = /^(?:copy|pdf|document|version|number|copies)$/iu;

function objectBeforeFor(p: Phrasing, m: RegExpExecArray, text: string): string | null {
	const d = m.indices?.groups?.["d"];
	if (p.id !== "for-description-price" || !d) return null;
	const [a] = sentenceBounds(text, m.index, m.index);
	const o = INVOICE_OBJECT.exec(text.slice(a, m.index)) ?? INVOICE_OBJECT_OTHER.exec(text.slice(a, m.index));
	const obj = o?.groups?.["obj"];
	if (!o || !obj) {
		// "Also the banner for the website: $400": the thing is named with its article before "for" — its whole name.
		// ("stellen Sie uns die Wartung für November in Rechnung": words running into the request are another shape.)
		const head = REQUEST_WORDS.test(text.slice(d[0], d[1])) ? null : thingHeadStart(text, Math.max(a, text.lastIndexOf("\n", m.index - 1) + 1), m.index);
		return head !== null ? text.slice(head, d[1]) : rowThingBeforeFor(text, Math.max(a, text.lastIndexOf("\n", m.index - 1) + 1), m.index, d[1]);
	}
	if ( PARTY_RE.test(obj) || PRONOUN_RE.test(obj.split(/\s+/)[0]!) || NOT_A_THING.test(obj) || MONEY_ROLE_WORDS.test(obj) || INVOICE_DOCUMENT.test(obj)) return null;
	return text.slice(a + o.index + o[0].trimEnd().length - obj.length, d[1]);
}

/** "Poster design for the Christmas author evening, £240": a row or sentence that opens with the thing names what it
 * was for after "for" — the thing is the words before it, the occasion stays in its name. */
const ROW_THING_FOR = /^[ \t]*(?:(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])[ \t]*)?(?<obj>\p{L}[\p{L}\p{N}'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,4})[ \t]+$/u;
/** Words that join or open a clause, never a thing's first word ("and for the logo", "but for the flyers"). */
const CLAUSE_WORD = /^(?:and|or|but|so|also|then|und|oder|aber|auch|et|ou|mais|aussi|y|o|pero|también|e|ma|anche|en|of|maar|ook|mas|também)(?![\p{L}])/iu;
function rowThingBeforeFor(text: string, lineStart: number, at: number, end: number): string | null {
	// The thing opens its line, or the clause after a greeting or a colon ("Hi Sam, poster design for …", "We need an
	// invoice: poster design for …").
	const mark = /[.?!:;,][ \t]+(?=[^.?!:;,]*$)/u.exec(text.slice(lineStart, at));
	const from = mark ? lineStart + mark.index + mark[0].length : lineStart;
	const o = ROW_THING_FOR.exec(text.slice(from, at));
	const obj = o?.groups?.["obj"];
	if (!o || !obj || CLAUSE_WORD.test(obj)) return null;
	const t = cleanDescription(obj);
	// Only an article may be cleaned off ("el diseño del cartel"): words cleaned away otherwise were no thing.
	if (t.length < 3 || t.toLowerCase() !== obj.replace(ARTICLES_RE, "").toLowerCase() || REQUEST_WORDS.test(obj) || OPENING_WORDS.test(obj) || PRONOUN_RE.test(obj.split(/\s+/)[0]!) || PARTY_RE.test(obj) || NOT_A_THING.test(obj) || NOT_A_DESCRIPTION.test(obj) || MONEY_ROLE_WORDS.test(obj) || FOR_NOT_WORK.test(obj) || AMOUNT_OF.test(obj) || JOB_ONLY.test(obj) || labelNamesNothing(obj, text) || doubtIn(obj)) return null;
	return text.slice(from + o.index + o[0].trimEnd().length - obj.length, end);
}

const PAPERWORK_ONLY = new RegExp(String.raw`^(?:(?:attached|enclosed|signed|approved|latest|updated|beigefügten?|angehängten?|unterschriebenen?|ci-joint|jointe?|adjunt[oa]|allegat[oa]|bijgevoegde|anex[oa])\s+)?(?:${alt(PAPERWORK_WORDS)})$`, "iu");
/** "the full job", "das ganze Projekt": a whole job, which names no particular thing when the thing follows its price. */
const JOB_ONLY = new RegExp(String.raw`^(?:(?:${alt(WHOLE_WORDS)})\s+)?(?:${alt(JOB_WORDS)})$`, "iu");
const FOR_AFTER = new RegExp(String.raw`^[ \t]+(?:for|für|pour|por|para|per|voor)[ \t]+(?:(?:${alt(ARTICLE_WORDS)})[ \t]+)?\p{L}`, "iu");

/** Words that add a thing in a sentence of its own, its price said in the next ("Then there were the drone shots."). */
const ADDING = alt(["then there were", "then there was", "there were also", "there was also", "and then", "then", "also", "plus", "please also add", "please add", "also add", "add", "dann noch", "dazu noch", "dazu", "außerdem noch", "außerdem", "dan nog", "en dan nog", "daarnaast nog", "daarnaast", "ci aggiunga anche", "ci aggiunga", "aggiunga anche", "aggiungi anche", "poi", "y luego", "luego", "además", "et puis", "puis", "ensuite", "aussi", "e depois", "depois", "também", "além disso",
	// "Acresce a adaptação …", "Dazu kommt die Anpassung …": a thing added by a verb of adding, in the languages' own ways.
	// "Además, por favor incluya las horas extra de ajustes …": a thing put on the invoice by a verb of including.
	"please include", "please also include", "also include", "include", "por favor incluya", "por favor incluye", "incluya también", "incluye también", "incluya", "incluye", "por favor inclua", "inclua também", "inclua", "bitte auch", "veuillez inclure", "merci d'inclure", "per favore includa", "includa", "includi",
	"acresce", "acresce ainda", "acrescenta-se", "soma-se", "se suma", "se añade", "s'y ajoute", "s’y ajoute", "s'ajoute", "s’ajoute", "si aggiunge", "dazu kommt", "dazu kommen", "hinzu kommt", "hinzu kommen", "daar komt bij", "in addition there is", "in addition there was"]);
const ADDED_BEFORE = new RegExp(String.raw`(?:^|[.!?:]\s+|\n\s*)(?:(?:además|also|außerdem|en plus|inoltre|daarnaast|além disso),?\s+)?(?:${ADDING})\s+(?:(?:también|também|also|auch|aussi|anche|ook|noch|auch noch|nog|ook nog|ancora|encore|ainda)\s+)?(?:(?:${alt(ARTICLE_WORDS)})\s+|l['’])?(?<d>\p{L}[\p{L}'’\-]*(?:\s+\p{L}[\p{L}'’\-]*){0,8}?)(?:\s+(?:die|dat|that|which|who|che|que|qui|I|we|ik|wij|ich|wir|you|Sie|Le|vous)\s[^.?!]*)?\s*[.!]\s*$`, "iu");

/** Words that say a thing goes on the invoice too, after the thing ("The Boxing Day flyer also needs to go on it."). */
const ON_INVOICE_TOO = alt([
	"also needs to go on", "needs to go on too", "needs to go on", "also has to go on", "has to go on", "should also go on", "should go on", "also goes on", "goes on", "must also go on", "must go on", "can also go on", "can go on", "also needs to be on", "needs to be on", "should also be on",
	"muss auch noch mit auf", "muss auch mit auf", "muss auch noch auf", "muss auch auf", "muss noch mit auf", "muss mit auf", "kommt auch noch mit auf", "kommt auch mit auf", "kommt auch noch auf", "kommt auch auf", "soll auch noch mit auf", "soll auch mit auf", "soll auch auf",
	"doit aussi aller sur", "doit aussi figurer sur", "doit aussi être sur", "va aussi sur", "doit aller sur",
	"también tiene que ir en", "también debe ir en", "también va en", "tiene que ir en", "debe ir en",
	"também tem que entrar na", "também deve entrar na", "também entra na", "também vai na", "tem que entrar na",
	"deve andare anche in", "va anche in", "deve andare in",
	"moet er ook op", "moet ook op", "moet er nog op", "komt er ook op", "moet er ook nog op",
]);
const GOES_ON_BEFORE = new RegExp(
	String.raw`(?:^|[.!?:]\s+|\n\s*)(?:(?:${alt(ARTICLE_WORDS)})\s+|l['’])?(?<d>\p{L}[\p{L}'’\-]*(?:\s+\p{L}[\p{L}'’\-]*){0,5}?)\s+(?:${ON_INVOICE_TOO})(?:\s+(?:it|that|this|the invoice|the same invoice|there|die Rechnung|la facture|la factura|a fatura|la fattura|de factuur|fattura|factuur|fatura|factura|facture|Rechnung))?(?:\s+(?:too|as well|drauf|rauf|dazu))?\s*[.!]\s*$`,
	"iu",
);

/** "24 edited shots at NZ$35 each, plus half a day on location for the lifestyle shots.": a thing added by a join after a
 * priced clause of the same sentence, ending that sentence (a clause about it, "we tacked on at the end", is no part of
 * its name). Only a sentence that points back at it by its own noun ("That half day was NZ$420") or at one thing ("You
 * said 120 for that one") prices it: a bare "That was …" may point at the whole sentence. */
const ADDED_AFTER_PRICE = new RegExp(String.raw`(?<=\d[^.!?\n]{0,160}),[ \t]*(?:plus|and also|and then|and|as well as|dazu noch|dazu|sowie|und|et aussi|ainsi que|et|y también|y además|más|y|e também|e ainda|mais|além de|e anche|più|e|en ook|en)\s+(?:(?:${alt(ARTICLE_WORDS)})\s+|l['’])?(?<d>\p{L}[\p{L}'’\-]*(?:\s+\p{L}[\p{L}'’\-]*){0,8}?)(?:\s+(?:that|which|who|die|dat|che|que|qui|I|we|you|ik|wij|ich|wir|Sie|vous)\s[^.?!]*)?\s*[.!]\s*$`, "iu");

/** The thing the sentence before `at` adds, if it only adds one; with `byNoun`, also one a join adds at the end of a
 * priced sentence. */
function addedBefore(text: string, at: number, byNoun = false): string | undefined {
	const before = text.slice(Math.max(0, at - 400), at);
	const d = (ADDED_BEFORE.exec(before) ?? GOES_ON_BEFORE.exec(before) ?? (byNoun ? ADDED_AFTER_PRICE.exec(before) : null))?.groups?.["d"];
	if (d && !PRONOUN_RE.test(d.split(/\s+/)[0]!)) return d;
	// "Also you retouched the author portrait for the back cover. For this please add ¥25,000.": the work done, named by
	// its thing and the noun of its verb ("Author portrait retouching"); where it was for is no part of the name.
	const done = byNoun ? DONE_BEFORE.exec(before)?.groups : undefined;
	return done ? `${done["d"]} ${DONE_WORK_NOUNS[done["v"]!.toLowerCase()]}` : undefined;
}
const DONE_BEFORE = new RegExp(String.raw`(?:^|[.!?:]\s+|\n\s*)(?:(?:also|and|plus)\s*,?\s+)?(?:you|u)\s+(?:(?:also|kindly|then)\s+)?(?<v>${alt(Object.keys(DONE_WORK_NOUNS))})\s+(?:the|our|my|an?|this|these)\s+(?<d>\p{L}[\p{L}'’\-]*(?:\s+\p{L}[\p{L}'’\-]*){0,4}?)(?:\s+(?:for|on|in|into|at|from|with|to|of|so|as|because|before|after|last|this|yesterday)\s[^.!?]*)?\s*[.!]\s*$`, "iu");

/** Whether every word of the noun pointed back with ("that half day") starts a word of the added thing ("half a day on
 * location"); a single noun as before: its first five letters start a word of four letters or more. */
function pointsBackTo(back: string, added: string): boolean {
	const words = added.toLowerCase().split(/[^\p{L}]+/u);
	const backWords = back.toLowerCase().split(/\s+/).filter((w) => w.length >= 3);
	if (backWords.length === 0) return false;
	return backWords.every((b) => words.some((w) => w.length >= Math.min(4, b.length) && w.startsWith(b.slice(0, 5))));
}

const POINTED_BACK_START = new RegExp(String.raw`^\s*(?:${POINTED_BACK})\s*$`, "iu");

/** The words the phrasing names the thing with: its own group, or for a topic phrasing the request's topic. */
function describedAs(p: Phrasing, m: RegExpExecArray, text: string): string | undefined {
	const g = m.groups ?? {};
	if (p.joinPre && g["lead"]) return `${g["lead"]} ${g["d"] ?? ""}`;
	if (p.thingBefore) {
		const back = g["back"];
		const added = addedBefore(text, m.index + m[0].search(/\S/), back !== undefined || p.pointsAtOne === true);
		// "Essa adaptação fica em 180 €" points back by the added thing's own noun; another noun is some other thing.
		return added && (back === undefined || pointsBackTo(back, added)) ? added : undefined;
	}
	const withObject = objectBeforeFor(p, m, text);
	if (withObject) return withObject;
	// "die Übersetzung des Vertrags für unseren Kunden in Wien abrechnen": after "for", a client or a relative is whom the
	// work was for, not the thing; with no object read before it, the line is left unnamed (asked about).
	if (p.id === "for-description-price" && PARTY_PHRASE.test(g["d"] ?? "")) return undefined;
	// "You worked 5 hours for the client at $50 per hour": in any phrasing, a party is whom the work was for, not what.
	if (g["d"] !== undefined && PARTY_PHRASE.test(cleanDescription(g["d"]))) return undefined;
	// "6 hours at $75/hour per your timesheet": the paperwork the rate is written in is no thing; the request's is.
	if (!p.topic || (g["d"] !== undefined && !PAPERWORK_ONLY.test(cleanDescription(g["d"])))) return g["d"];
	// A match that opens on the previous sentence's end mark ("website? It's $2,400") starts at its first word: the
	// thing is named in the sentence before that word, not two sentences back.
	const lead = m[0].search(/[^\s.?!;,:]/);
	const topic = topicBefore(text, m.index + Math.max(0, lead));
	// "… incluya las horas extra de ajustes que acordamos. Fueron 3 horas a US$60.00 la hora.": a sentence that only points
	// back at the thing the sentence before adds is for that thing.
	const at = m.index + Math.max(0, lead);
	const [from] = sentenceBounds(text, at, at);
	const added = POINTED_BACK_START.test(text.slice(from, at)) ? addedBefore(text, from) : undefined;
	if (added) return added;
	// "Refonte du site vitrine   forfait Fr. 2'400.–" over "Rédaction de contenus   5 pages à Fr. 180.–": rows with no
	// sentence mark between them read as one sentence, and the topic found is the row above's own priced thing.
	if (topic && topicOfOtherRow(text, at, topic)) return undefined;
	// "Could you invoice us for it?": "it" is the thing thanked for before, if there is one.
	if (topic && NOT_A_THING.test(cleanDescription(topic))) return thankedThing(text, m.index) ?? topic;
	return topic ?? undefined;
}

/** A topic named last on an earlier line that holds its own amount: that line is another priced item, so its thing is
 * not the one this line's count or price is for. */
function topicOfOtherRow(text: string, at: number, topic: string): boolean {
	const lineStart = text.lastIndexOf("\n", at - 1) + 1;
	const i = text.slice(Math.max(0, lineStart - 2000), at).toLowerCase().lastIndexOf(topic.toLowerCase()) + Math.max(0, lineStart - 2000);
	if (i < Math.max(0, lineStart - 2000) || i >= lineStart) return false;
	const end = text.indexOf("\n", i);
	return findMoney(text.slice(text.lastIndexOf("\n", i - 1) + 1, end < 0 ? text.length : end)).length > 0;
}

const THANKS_FOR = new RegExp(
	String.raw`(?<![\p{L}])(?:thank(?:s|[ \t]+you)(?:[ \t]+(?:so|very|really)[ \t]+much|[ \t]+a[ \t]+lot|[ \t]+again)?|many[ \t]+thanks|cheers|danke(?:[ \t]+schön)?|vielen[ \t]+dank|merci(?:[ \t]+beaucoup)?|(?:muchas[ \t]+)?gracias|obrigad[oa]|grazie(?:[ \t]+mille)?|bedankt|dank[ \t]+(?:je|u)(?:[ \t]+wel)?|(?:hartelijk|hartelijke|veel|heel[ \t]+erg|herzlichen|besten|tausend)[ \t]+dank)[ \t]+(?:(?:for|für|pour|por|per|voor)[ \t]+(?:\p{Ll}+ing[ \t]+)?(?:${alt(ARTICLE_WORDS)})|pel[oa]s?)[ \t]+(?<t>[\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}][\p{L}'’-]*){0,3}?)(?=[ \t]*(?:[,.!?;:]|$|\n|[ \t](?:around|over|back|so|in|on|for|to|with|from|yesterday|today|last|this|that|which|who|they|it|we|and|und|et|y|e|en|für|mit|avec|con|com|met|quickly|voor|pour|per|para|van|aan|bij)(?![\p{L}])))`,
	"iu",
);
const THANKED_NOT_A_THING = new RegExp(String.raw`(?<![\p{L}])(?:${alt(THANKED_NOT_A_THING_WORDS)})(?![\p{L}])`, "iu");

/** "Thank you for the beautiful product photos. Please send us an invoice for ¥180,000." and "Thanks for turning the
 * catalogue retouching around so quickly … Could you invoice us for it? It came to 6 hours at £85/h": when the request
 * names no thing of its own (or only "it"), the thing thanked for before it is what it is for — never a reply, a call,
 * the help or the patience thanked for, a whole job or the paperwork. */
function thankedThing(text: string, before: number): string | null {
	const m = THANKS_FOR.exec(text.slice(0, before));
	if (!m) return null;
	const t = m.groups?.["t"];
	// "für die schnelle und unkomplizierte Umsetzung": words cut on a joining word are no thing.
	if (!t || /^[ \t]+(?:and|und|et|y|e|en|or|oder|ou|o|of)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length))) return null;
	const thing = cleanDescription(t);
	// "thanks for the great work on the website": praise for the work names no thing (the website is not read from it).
	if (thing.length < 3 || THANKED_NOT_A_THING.test(thing) || JOB_ONLY.test(thing) || JOB_AT_END.test(thing) || PAPERWORK_ONLY.test(thing) || NOT_A_DESCRIPTION.test(thing) || NOT_A_THING.test(thing) || OPENING_WORDS.test(thing) || VAGUE_THANKS.test(thing) || doubtIn(thing)) return null;
	return thing;
}
const JOB_AT_END = new RegExp(String.raw`(?:^|\s)(?:${alt(JOB_WORDS)})$`, "iu");
/** "thanks for everything", "thanks for all of it": no particular thing. */
const VAGUE_THANKS = /^(?:everything|all|it|this|that|alles|tout|todo|tudo|tutto|alles)$/iu;

/** "Print-ready files for the printer: R 2 200,00" is a labelled line whose whole label is the thing ("for the printer"
 * says who it is for), and "the invoice for the exhibition: 24 000 Kč for the design of the exhibition graphics" heads
 * a list whose price names its own thing after it: "for the <thing>" then yields to the phrasings that read those. */
const LIST_HEADS = new Set(["for-description-price", "invoice-thing-price", "invoice-of-thing-price"]);
function forYieldsToOwnLine(p: Phrasing, m: RegExpExecArray, text: string, span: [number, number]): boolean {
	const d = m.indices?.groups?.["d"];
	if (!d || !LIST_HEADS.has(p.id)) return false;
	const listHead = /^[ \t]*:/.test(text.slice(d[1], span[0])) && FOR_AFTER.test(text.slice(span[1], span[1] + 60));
	if (p.id !== "for-description-price") return listHead;
	const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
	const lead = text.slice(lineStart, m.index).replace(/^[ \t]*(?:[-*•·▪–・◦‣●■➤►][ \t]*)?/u, "").trim();
	const labelLine = /^\p{L}[\p{L}\p{N}'’\- ]{1,50}$/u.test(lead) && lead.split(/\s+/).length <= 6 && !REQUEST_WORDS.test(lead) && !OPENING_WORDS.test(lead) && !NOT_A_THING.test(lead) && doubtIn(lead) === null && /^[ \t]*(?:[:–—-]|$)/.test(text.slice(d[1], span[0])) && /^[ \t]*(?:\([^\n)]*\))?[ \t.]*(?:\n|$)/.test(text.slice(span[1]));
	return labelLine || listHead;
}

/** "lo que cotizaste abajo, sin cambios: diseño del catálogo": words before a colon that are a clause, not a thing,
 * introduce the thing after it. */
function afterLeadColon(desc: string): string {
	const at = desc.lastIndexOf(":");
	if (at < 0) return desc;
	const before = cleanDescription(desc.slice(0, at));
	const after = desc.slice(at + 1).trim();
	if (!/\p{L}/u.test(after) || after.length < 3) return desc;
	return doubtIn(before) !== null || NOT_A_THING.test(before) || REQUEST_WORDS.test(before) || UMBRELLA.test(before) || FOR_THE_RECORD.test(before) ? after : desc;
}
/** "For our records: the layout was $1,200": an aside that says why the sender writes, before the colon, names nothing. */
const FOR_THE_RECORD = /^(?:(?:for|zur|pour|para|per|ter)\s+)?(?:(?:our|your|the|my)\s+)?(?:records?|reference|info|information|fyi|mémoire|conoscenza)$/iu;

/** "the revised amount" or "the agreed price" names no thing (another phrasing, or the topic, must); nor do "por importe
 * de 2.100 €" or "for the sum of $900", where the amount's own name and its preposition link the price. */
function namesAmountOnly(description: string): boolean {
	return AMOUNT_ONLY_RE.test(description.split(" ").pop() ?? "") || AMOUNT_OF.test(description);
}

/** The unit price from a line total and a whole count, only when the division is exact to the currency's minor unit
 * ("€900" for 2 is 450; "€1,000" for 3 would be a rounded, invented price). */
function perUnit(total: string, quantity: string, currency: string | null): string | null {
	if (!/^\d+$/.test(quantity)) return null;
	let decimals = 2;
	try {
		if (currency) decimals = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
	} catch {
		return null;
	}
	const minor = Math.round(Number(total) * 10 ** decimals);
	const q = Number(quantity);
	if (q < 1 || minor % q !== 0) return null;
	return (minor / q / 10 ** decimals).toFixed(decimals);
}

/** The sentence: from the description (or the amount) to the amount's sentence end; a boundary the phrasing matched
 * before its words ("? The logo was") is not part of it. A count written in an earlier sentence ("we kept 14. … 35 euro
 * a foto") is part of the line's source. */
function lineSource(p: Phrasing, m: RegExpExecArray, text: string, span: [number, number]): string {
	const dAt = m.indices?.groups?.["d"];
	const qAt = m.indices?.groups?.["q"]?.[0] ?? span[0];
	return sentenceAt(text, Math.min(qAt, dAt && dAt[0] < span[0] && !p.topic ? dAt[0] : span[0]), span[1]);
}

/** "for logo animation and also 2 revisions extra which was 200 zł": a count joined on before the price starts a second
 * item, whose price that is — never the first thing's. */
const COUNT_JOINED_ON = /[ \t](?:and|und|et|y|e|en|plus)(?:[ \t]+(?:also|auch|aussi|también|anche|ook|também))?[ \t]+\d{1,4}[ \t]+\p{L}/iu;
/** "and the 3 banners, $60" may be the price of all three: a number in a joined item is only a name's ("Issue 7"). */
function countInJoinedItem(p: Phrasing, desc: string): boolean {
	if (p.id === "series-item-price" && TAKEN_OFF.test(desc)) return true;
	if (p.id === "for-description-price" && COUNT_JOINED_ON.test(desc)) return true;
	return p.id === "joined-second-item" && /\d/.test(desc) && !/\p{Lu}\p{L}*[ \t]+\d/u.test(desc);
}

/** Rows of a list: "Amount due", "Total payable", "Betrag offen", "Montant à payer" name what is owed, never an item. */
const ROW_PHRASINGS = new Set(["columns-price", "table-row-price", "list-row-thing-price", "plain-label-price", "label-price", "price-first-row"]);
const AMOUNT_ROW = /(?<![\p{L}])(?:amount|total|subtotal|payable|owing|outstanding|to pay|insgesamt|gesamt|Summe|totale|totaal|Betrag|fällig|zahlbar|offen|montant|à payer|à régler|importe|monto|a pagar|pendiente|importo|da pagare|bedrag|te betalen|openstaand|montante|em aberto)(?![\p{L}])|\sdue$/iu;
/** A row named by a tax ("MwSt", "VAT (20%)") is the tax, however far its amount is padded from its name. */
const TAX_ROW = new RegExp(String.raw`(?<![\p{L}])(?:${alt(TAX_WORDS)})(?![\p{L}])`, "iu");
/** "minus 50 €", "less $20 credit": money taken off is never an item of its own. */
const DISCOUNT_ROW = new RegExp(String.raw`(?<![\p{L}])(?:${alt(DISCOUNT_WORDS)})(?![\p{L}])`, "iu");
const TAKEN_OFF = /(?<![\p{L}])(?:it['’]s|that['’]s|this is|c['’]est|es|das ist|minus|less|off|abzüglich|abzgl|moins|menos|meno|min|refund|credit|Gutschrift|rabais|descuento|sconto|korting|desconto|tip|Trinkgeld|pourboire|propina|mancia|fooi|gorjeta)(?![\p{L}])/iu;

/** Phrasings whose short thing ("the logo", "the design itself") is read as its fuller mention before it ("the
 * packaging design"). */
const FULLER_MENTION = new Set(["thing-was-price", "price-for-description"]);

/** Words after a count of days or hours that say where or how they were spent, not on what. */
const WHERE_OR_HOW = /^(?:on[ -]?site|onsite|off[ -]?site|remote(?:ly)?|in (?:the )?(?:studio|office|field)|on location|at (?:the|your|our) \p{L}+|vor Ort|im (?:Studio|Büro)|remote|sur (?:place|site)|en (?:remoto|sitio|presencial|studio)|à distance|presencial(?:es)?|in (?:loco|sede|remoto|studio)|no local|em (?:remoto|est[úu]dio)|presencialmente|op (?:locatie|kantoor)|ter plaatse|op afstand)$/iu;

/** Phrasings that read "N <noun> at a price": the noun is often the short form of a thing named earlier. */
const COUNTED_NOUN = new Set(["quantity-noun-rate", "quantity-noun-comma-rate", "quantity-noun-bracketed-rate", "quantity-noun-dash-rate", "quantity-noun-times-rate"]);
/** Phrasings whose thing is a label opening the row or sentence ("Druck, 300 Stück à 0,85 EUR"). */
const LABEL_FIRST = new Set(["label-comma-quantity-unit-price", "label-flat-price", "label-price-flat"]);

/** "cheers for the business cards … it was 250 cards at £0.36 each": the counted noun is the thing named before it in
 * full (its modifiers are part of its name) — unless those words are a count ("the two cards") or read as no thing. */
function fullerCountedMention(text: string, before: number, desc: string): string {
	const fuller = fullerMention(text, before, desc);
	if (fuller === desc) return desc;
	const first = fuller.split(" ")[0]!.toLowerCase();
	if (NUMBER_WORDS[first] !== undefined || /^(?:other|others|same|first|last|next|few|many|more|several|all|both|andere[nm]?|autres?|otros?|otras?|outros?|outras?|altri|altre|andere)$/iu.test(first) || doubtIn(fuller) || NOT_A_DESCRIPTION.test(fuller)) return desc;
	return fuller;
}

const FOR_WORK = /^(?:for|für|pour|para|per|voor)$/iu;
/** Words before "for <count>" that thank, say how it is paid, link or order: never the work done ("thanks for", "ready
 * for", "it's for", "ordered for"). */
const FOR_NOT_WORK = /(?<![\p{L}])(?:thanks?|thank you|danke|merci|gracias|obrigad[oa]|grazie|bedankt|dank|ready|only|just|paid|pay|charge|charged|cost|costs|price|rate|total|quote|bezahlt|payé|pagado|pago|pagato|betaald|it['’]s|that['’]s|it|this|that|which|is|was|are|were|be|ist|war|es|c['’]est|c['’]était|ce|est|sont|était|son|era|é|è|foi|sono|zijn|ordered|booked|bestellt|gebucht|commandé|réservé|pedido|encargado|reservado|ordinato|prenotato|besteld|geboekt|encomendado)(?![\p{L}])/iu;
/** "a edição de 40 fotografias a 12,50 € cada uma": the work done on the counted things is the line's name ("Edição de
 * fotografias", "Bearbeitung von Bildern") — not a paperwork word, a whole job or an amount's name ("a total of 40"). */
function workOnCount(text: string, qAt: number, noun: string): string | null {
	const [a] = sentenceBounds(text, qAt, qAt);
	const m = /(?:^|[\s(])((?:[\p{L}'’-]+[ \t]+)?[\p{L}'’-]+)[ \t]+(of|di|de|van|von|do|da|du|des|dos|das|dei|delle|degli|for|für|pour|para|per|voor)[ \t]*$/iu.exec(text.slice(a, qAt));
	if (!m) return null;
	const thing = cleanDescription(m[1]!);
	if (thing.length < 3 || REQUEST_WORDS.test(thing) || NOT_A_DESCRIPTION.test(thing) || OPENING_WORDS.test(thing) || PAPERWORK_ONLY.test(thing) || JOB_ONLY.test(thing) || NOT_A_THING.test(thing) || MONEY_ROLE_WORDS.test(thing) || PRONOUN_RE.test(thing) || doubtIn(thing) || AMOUNT_OF.test(`${thing} ${m[2]!}`)) return null;
	const lower = noun.charAt(0).toLowerCase() + noun.slice(1);
	const shown = text.includes(lower) ? lower : noun;
	// "the retouching for 15 photos": the work done for the counted things, which stay in brackets ("Retouching (photos)").
	// Who was counted ("the workshop for 20 people") is no thing the price is per: asked, as before.
	// "the headshots for 4 people": a plural made one per person is counted by the people (perPersonThings).
	if (FOR_WORK.test(m[2]!)) return FOR_NOT_WORK.test(thing) ? null : doubtIn(noun) ? perPersonThings(thing, noun, text) : `${thing} (${shown})`;
	return `${thing} ${m[2]!} ${shown}`;
}

/** "the invoice for the chocolate bar wrappers: 3 designs at GH₵ 1,500 each.": the thing named right before the colon
 * is what the count is of; the counted noun stays in brackets ("Chocolate bar wrappers (designs)"). */
const ROW_LABEL_COLON = /^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])?[ \t]*(\p{L}[\p{L}'’\- ]{1,50}?)[ \t]*:[ \t]*$/u;
function labelOfCount(text: string, qAt: number, priceEnd: number, noun: string): string | null {
	const [a, b] = sentenceBounds(text, qAt, priceEnd);
	// A count of kinds names the thing right before its colon, after any earlier item ("El logo nuevo, 900 €, y las
	// tarjetas regalo: 12 diseños a 25 €").
	const lead = countsKinds(noun) ? text.slice(a, qAt).replace(/^[^]*(?:[,;]|[ \t](?:y|and|und|sowie|et|e|en|plus)[ \t])/u, "") : text.slice(a, qAt);
	// A colon opening a list of several items ("for the final numbers: 9 headshots at $150 each and the banner at $600")
	// heads them all; only the count of a single item is of the thing before it. Nor is who was counted ("12 Teilnehmer").
	// A count of kinds ("die Etiketten in Rechnung: 3 Sorten à 420 € sowie …") is of the thing before the colon even in a list.
	if (!/:[ \t]*$/.test(lead) || (/\d/.test(text.slice(priceEnd, b)) && !countsKinds(noun)) || doubtIn(noun)) return null;
	// "• Product photos for the online shop: 20 photos @ KSh 1,200 each": a row's whole label that names the counted
	// things itself is their name, its "for the …" too (what they were for is no rival thing).
	const named = ROW_LABEL_COLON.exec(lead);
	const whole = named ? cleanDescription(named[1]!) : "";
	if (named && shareWord(whole, noun) && whole.toLowerCase() !== noun.toLowerCase() && whole.split(" ").length <= 7 && !doubtIn(whole) && !NOT_A_DESCRIPTION.test(whole) && !OPENING_WORDS.test(whole) && !REQUEST_WORDS.test(whole) && !UMBRELLA.test(whole)) return whole;
	const topic = topics(lead.replace(/:[ \t]*$/, "."))[0] ?? (countsKinds(noun) ? lead.replace(/:[ \t]*$/, "").trim() : undefined);
	if (!topic) return null;
	const t = cleanDescription(topic);
	if (NOT_A_DESCRIPTION.test(t) || OPENING_WORDS.test(t) || EDGE_WORD.test(t) || UMBRELLA.test(t) || /\d/.test(t) || t.split(" ").length > 6 || doubtIn(t)) return null;
	// "* Fotografía de vehículos: 15 fotos a $80.000": a row's whole label names the work; the words after its "de" are
	// only what the work was on (the row label is read whole by labelBeforeComma).
	const row = /^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])?[ \t]*(\p{L}[\p{L}'’\- ]{1,40}?(?:[ \t]*\(\p{L}[\p{L}'’\- ]{1,30}\))?)[ \t]*:[ \t]*$/u.exec(lead);
	// An article before the same words ("las tarjetas regalo:") is the same label, not a longer one.
	const longer = row && row[1]!.toLowerCase().endsWith(` ${t.toLowerCase()}`) ? row[1]!.slice(0, -t.length).trim().toLowerCase() : null;
	if (longer && !ARTICLE_WORDS.includes(longer)) return null;
	if (shareWord(t, noun)) return t.toLowerCase().startsWith(noun.toLowerCase()) ? null : t;
	const lower = noun.charAt(0).toLowerCase() + noun.slice(1);
	return `${t} (${text.includes(lower) ? lower : noun})`;
}

/** "- Printing, 200 menus at $2.50 each": a row's label before a comma names the work on the counted things ("Printing
 * (menus)"); in a sentence, "… y las fotos de las botellas, 24 botellas a $5.000" names them in full only when it
 * shares the counted noun (a thing that does not may be another item whose price is missing). */
/** "Social media content pack for December - 12 posts": the month the work was for is when, not part of the row's name. */
const LABEL_MONTH_TAIL = new RegExp(String.raw`[ \t]+(?:for|für|pour|para|per|voor|of|im|in)[ \t]+(?:${alt(MONTHS.flat())})(?:[ \t]+\d{4})?$`, "iu");
const LABEL_DIGIT = String.raw`(?<=(?<![\p{L}])(?:${alt(SERIES_WORDS)})[ \t])\d{1,3}(?![\d.,])|(?<=\p{L})\d{1,2}(?![\d.,])`;
const ROW_LABEL_BEFORE_COMMA = new RegExp(String.raw`^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])?[ \t]*(\p{L}(?:[\p{L}'’\- ]|${LABEL_DIGIT}){1,40}?(?:[ \t]*\(\p{L}[\p{L}'’\- ]{1,30}\))?)[ \t]*$`, "iu");
/** A row's own label: a list mark or nothing, then words with no sentence mark among them. */
const ROW_OWN_LEAD = /^[ \t]*(?:(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])[ \t]*)?\p{L}[^\n.?!:;,]*$/u;
function labelBeforeComma(text: string, qAt: number, noun: string, timesEach = false): string | null {
	const lineStart = text.lastIndexOf("\n", qAt - 1) + 1;
	const lead = text.slice(lineStart, qAt);
	// "- Printing, 200 menus", "Druck: 500 Flyer à 0,12 €", "- Fotografia de produto: 3 garrafas x 180,00 €": a row's label
	// before a comma or a colon (a colon only after a thing, never after "for the…" or "the following").
	// The label may open a sentence within the line too ("… the following: printing, 200 menus", "¿me mandas la factura?
	// Impresión: 300 tarjetas") and stand before a dash ("Druck – 500 Flyer").
	// The label is what follows the last sentence mark, colon or spaced dash before its own separator.
	const sep = /[ \t]*([,:]|[ \t][–—-])[ \t]*$/u.exec(lead);
	const segment = sep ? (lead.slice(0, sep.index).split(/[.?!:;][ \t]+|[ \t][–—-][ \t]+/u).pop() ?? "") : "";
	// A row opening with one capitalised word right before its count ("Bildbearbeitung 40 Bilder à 15,00 €") is labelled
	// by it too: alone on its row, the word can be nothing but the work's name.
	const bare = sep ? null : /^[ \t]*(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])?[ \t]*(\p{Lu}\p{Ll}{4,30})[ \t]+$/u.exec(lead);
	// A bracket closing the label says which one ("Fotografias do escritório (interiores): 12 fotos"): part of its name.
	// A series number or a digit joined to letters is part of the label ("Episode 3 edit, 5 hours", "Q4 campaign, 5 hours").
	const row = sep ? ROW_LABEL_BEFORE_COMMA.exec(segment) : bare;
	const mark = sep?.[1]?.trim();
	if (row && mark === ":" && (LEADING_TOPIC_WORD.test(row[1]!) || /^(?:for|für|pour|por|para|per|voor|über)\s/iu.test(row[1]!) || UMBRELLA.test(row[1]!))) return null;
	const joined = row ? null : new RegExp(String.raw`(?:^|[\s,;:])(?:and|und|et|y|e|en|plus)[ \t]+(?:(?:${alt(ARTICLE_WORDS)})[ \t]+)?(\p{L}[\p{L}'’\- ]{1,40}?)[ \t]*,[ \t]*$`, "iu").exec(lead);
	const label = row?.[1] ?? joined?.[1];
	if (!label) return null;
	const t = cleanDescription(label.replace(LABEL_MONTH_TAIL, ""));
	// "- Servizio fotografico ritratti: 4 persone × 150,00 € cad.", "- Team portraits: 4 people × £150 each": who was
	// counted is no thing, but a row whose own label opens it and names the work is that work counted per person
	// ("Team portraits (people)"). In prose, or after another sentence on the line, the people stay a question.
	// Only a price each or a count times it ("× 150 €", "at $75 each") is one per person: "15 participants at €600" may be
	// the whole workshop's.
	const perPerson = timesEach && doubtIn(noun)?.sign.id === "people" && row !== null && sep !== null && segment === lead.slice(0, sep.index) && ROW_OWN_LEAD.test(lead.slice(0, sep.index));
	// A row's own label closed by its colon or a spaced dash may name the work at length ("- Impresión de menús en papel
	// algodón: 40 pzas a $95 c/u", "2) Design de rótulo para café especial – 3 rótulos x R$ 650,00"); a label after a
	// comma or inside a sentence stays short.
	const ownRow = row !== null && (mark === ":" || mark === "–" || mark === "—" || mark === "-") && sep !== null && segment === lead.slice(0, sep.index) && ROW_OWN_LEAD.test(segment);
	if (t.length < 3 || t.split(" ").length > (ownRow ? 7 : 5) || REQUEST_WORDS.test(t) || NOT_A_DESCRIPTION.test(t) || OPENING_WORDS.test(t) || NOT_A_THING.test(t) || MONEY_ROLE_WORDS.test(t) || PAPERWORK_ONLY.test(t) || EDGE_WORD.test(t) || doubtIn(t) || (doubtIn(noun) && !perPerson) || labelNamesNothing(t, text)) return null;
	if (shareWord(t, noun)) return t;
	if (!row) return null;
	const lower = noun.charAt(0).toLowerCase() + noun.slice(1);
	return `${t} (${text.includes(lower) ? lower : noun})`;
}

/** Singular units written before a thing as its size ("2 page flyer", "3 day workshop", "2 hour session"). */
const SIZE_WORD = /^(?:page|hour|hr|day|week|month|night|year|Seiten?|página|pagina|pagina's)$/iu;

/** The thing and its count once sizes, counted nouns and whole jobs are read for what they are: a duration or size is
 * never the count billed, the work on counted things or the label before them names them, and a whole job whose thing
 * follows its price names nothing. */
function refinedThing(p: Phrasing, m: RegExpExecArray, text: string, span: [number, number], read: string, count: string): { description: string; quantity: string } | null {
	const g = m.groups ?? {};
	const unit = g["u"];
	let description = read;
	let quantity = count;
	const qAt = (m.indices?.groups?.["q"] ?? [m.index])[0];
	// "de bedrijfsfilm van 90 seconden à € 2.750": the count is the thing's length, so the price is the thing's own.
	// "50 x 70 cm" read as 50 of "70 cm": a size is no thing.
	if (/^\d+(?:[.,]\d+)?\s*\S/.test(description) && MEASURE_ONLY.test(description.replace(/^\d+(?:[.,]\d+)?\s*/, ""))) return null;
	// A price per that measure ("90 minutes at $2 per minute", "30 m à 4 € le mètre") does count it.
	const perMeasure = g["e"] !== undefined && g["e"].toLowerCase().includes(description.toLowerCase().slice(0, 3));
	// "a 3 minute film at €4,100", "2 page flyer at $300", "3 Minuten Imagefilm à 4.100 €": the count is the thing's size,
	// and whether the price is per minute or for the film is exactly what would be guessed — asked instead.
	const [firstWord, ...rest] = description.split(" ");
	if (!unit && g["q"] !== undefined && !perMeasure && rest.length > 0 && (MEASURE_ONLY.test(firstWord!) || SIZE_WORD.test(firstWord!))) return null;
	// "the 2 hour workshop at $300": an English unit in the singular before a thing is its length (a 2-hour workshop),
	// so the price may be the workshop's — asked, never multiplied.
	if (p.id === "quantity-unit-description" && unit && SIZE_WORD.test(unit) && Number(quantity) > 1 && g["e"] === undefined) return null;
	if (!unit && g["q"] !== undefined && !perMeasure && MEASURE_ONLY.test(description)) {
		const thing = thingBeforeCount(text, qAt);
		if (!thing || p.lineTotal) return null;
		description = thing;
		quantity = "1";
	}
	// "The full job was KSh 145,000 for the photo package": the thing is the one after the price, read by its own phrasing.
	if (JOB_ONLY.test(description) && FOR_AFTER.test(text.slice(span[1], span[1] + 60))) return null;
	if (FULLER_MENTION.has(p.id)) description = fullerMention(text, m.index, description);
	else if (COUNTED_NOUN.has(p.id) && g["q"] !== undefined && !unit && quantity !== "1" && !UNIT_WORDS.some((u) => u.toLowerCase() === description.toLowerCase())) {
		// "pannelli espositivi: n. 6 pannelli": the label stands before the number mark, not before the count itself.
		const at = qAt - (COUNT_MARK.exec(text.slice(Math.max(0, qAt - 8), qAt))?.[0].length ?? 0);
		description = pointedThing(text, at, description) ?? workOnCount(text, at, description) ?? labelOfCount(text, at, span[1], description) ?? labelBeforeComma(text, at, description, g["e"] !== undefined || /^[^\n]*?[ \t][x×][ \t]/u.test(text.slice(qAt, span[0]))) ?? fullerCountedMention(text, m.index, description);
	}
	return { description, quantity };
}

/** "the cover art and then the episode thumbnails, we did 12 of those at C$25 each", "sticker designs, 3 of them, A$90
 * each": a count that only points back ("of those", "davon", "de esos") is of the thing named right before its comma
 * (and a short "we did" after it) — when that name follows a joining word ("and then the …") or opens a row of a priced
 * list. A name after "for the", a clause or a name that is no plural is not traced: the card asks. */
const POINTED_SEPARATOR = /[ \t]*[,:;–—][ \t]*(?:(?:we|I|you|they|wir|ich|du|Sie|nous|je|on|vous|hicimos|hice|ik|wij|we|abbiamo|ho|fizemos|fiz)(?:[ \t]+\p{Ll}+){0,2}[ \t]+|(?:there[ \t]+(?:were|are|was)|es[ \t]+(?:waren|sind|gab)|il[ \t]+y[ \t]+(?:en[ \t]+)?a(?:vait)?|hubo|hay|c['’]erano|ci[ \t]+sono|er[ \t]+waren|foram|eram)[ \t]+)?$/u;
const POINTED_JOIN = /^(?:and|then|plus|also|und|dann|noch|et|puis|ensuite|y|luego|e|poi|en|dan|daarna|depois|também|&)$/iu;
const POINTED_STOP = new RegExp(String.raw`^(?:${alt(ARTICLE_WORDS)}|and|then|plus|also|und|dann|noch|et|puis|ensuite|y|luego|e|poi|en|dan|daarna|depois|também|for|of|für|von|pour|de|por|para|per|di|voor|van|to|with|mit|avec|con|com|met|in|on|at|auf|im|was|were|is|are|came|went|got|look|looks|looked|war|waren|sind|ist|était|étaient|fue|fueron|eran|era|erano|foram|eram)$`, "iu");
function pointedThing(text: string, at: number, noun: string): string | null {
	const plural = pointedPlural(noun);
	if (!plural) return null;
	const [a] = sentenceBounds(text, at, at);
	const lead = text.slice(a, at).replace(/^[ \t]*(?:[-*•·▪–・◦‣●■➤►][ \t]*)?/u, "");
	const sep = POINTED_SEPARATOR.exec(lead);
	if (!sep) return REQUEST_FOR_POINTER.test(lead) && REQUEST_WORDS.test(lead) ? praisedBefore(text, a, plural) : null;
	const words = lead.slice(0, sep.index).trim().split(/[ \t]+/u).filter(Boolean);
	const run: string[] = [];
	// A word holding a digit after a letter ("Q4", "A2") is part of a name ("the Q4 campaign graphics").
	while (words.length > 0 && run.length < 4 && /^\p{L}[\p{L}\p{N}'’-]*$/u.test(words.at(-1)!) && !POINTED_STOP.test(words.at(-1)!)) run.unshift(words.pop()!);
	if (run.length === 0 || !plural.test(run.at(-1)!)) return null;
	const article = words.length > 0 && new RegExp(String.raw`^(?:${alt(ARTICLE_WORDS)})$`, "iu").test(words.at(-1)!);
	if (article) words.pop();
	const left = words.at(-1);
	// "Sam did the Q4 campaign social graphics, 24 of them": the thing made, after its article, is named too.
	if (left !== undefined ? !(POINTED_JOIN.test(left) || (article && makesThing(left))) : !pricedListRow(text, a)) return null;
	const t = cleanDescription(run.join(" "));
	return t.length >= 3 && !doubtIn(t) && !NOT_A_DESCRIPTION.test(t) && !NOT_A_THING.test(t) && !OPENING_WORDS.test(t) && !REQUEST_WORDS.test(t) && !MONEY_ROLE_WORDS.test(t) && !UMBRELLA.test(t) ? t : null;
}
/** "Invoice me for the 3 of them": a request whose count points back, with no thing named in its own sentence. */
const REQUEST_FOR_POINTER = new RegExp(String.raw`(?:^|[ \t])(?:for|für|pour|por|para|per|voor)[ \t]+(?:(?:${alt(ARTICLE_WORDS)})[ \t]+)?$`, "iu");
/** "Hey Sam - banners look sick. Invoice me for the 3 of them …": the sentence right before names the things as its
 * subject, said how they turned out (after at most a greeting). Nothing else is traced: the card asks. */
const PRAISED_SUBJECT = new RegExp(String.raw`^(?:(?:hey|hi|hello|hallo|hola|salut|ciao|hoi|olá|oi)[ \t]+\p{L}+[ \t]*[-–—,:!][ \t]*)?(?:(?:${alt(ARTICLE_WORDS)})[ \t]+)?(?<d>\p{L}[\p{L}\p{N}'’-]*(?:[ \t]+\p{L}[\p{L}\p{N}'’-]*){0,2})[ \t]+(?:look|looked|came out|turned out|are|were|sehen|sind|waren|sont|étaient|son|quedaron|ficaram|são|sono|zijn)(?![\p{L}])[^\n]*$`, "iu");
function praisedBefore(text: string, sentenceStart: number, plural: RegExp): string | null {
	let q = sentenceStart - 1;
	while (q > 0 && /\s/.test(text[q]!)) q--;
	if (q <= 0) return null;
	const [pa] = sentenceBounds(text, q, q);
	const d = PRAISED_SUBJECT.exec(text.slice(pa, q + 1).trim().replace(/[.!]+$/u, ""))?.groups?.["d"];
	if (!d || !plural.test(d)) return null;
	const t = cleanDescription(d);
	return t.length >= 3 && !doubtIn(t) && !NOT_A_DESCRIPTION.test(t) && !NOT_A_THING.test(t) && !OPENING_WORDS.test(t) && !REQUEST_WORDS.test(t) && !MONEY_ROLE_WORDS.test(t) && !PAPERWORK_ONLY.test(t) && !UMBRELLA.test(t) && !JOB_ONLY.test(t) ? t : null;
}

/** A line that opens its own row: the line before or after it holds an amount (a priced list, not prose). */
function pricedListRow(text: string, at: number): boolean {
	const start = text.lastIndexOf("\n", at - 1) + 1;
	if (/\S/u.test(text.slice(start, at).replace(/^[ \t]*(?:[-*•·▪–・◦‣●■➤►][ \t]*)?/u, ""))) return false;
	const end = text.indexOf("\n", at);
	const before = text.slice(text.lastIndexOf("\n", Math.max(0, start - 2)) + 1, Math.max(0, start - 1));
	const after = end < 0 ? "" : text.slice(end + 1, text.indexOf("\n", end + 1) < 0 ? text.length : text.indexOf("\n", end + 1));
	return findMoney(before).length > 0 || findMoney(after).length > 0;
}

/** "das Fotoshooting der Praxisräume, das am Ende 6 Stunden gedauert hat, zu SGD 140,00 pro Stunde": a count inside a
 * relative clause belongs to the thing the clause follows. The thing must stand after an article (after words that only
 * add it: "Dazu kommt", "There is also", "S'y ajoute"); the clause holds no other amount. */
const RELATIVE_LEAD = /(?:^|[.!?:;]\s+|\n|[\d€£$¥₹,][ \t]+)(?<lead>[^.!?:;,\n\d]{3,90}),[ \t]+(?:das|die|der|which|that|que|qui|che|dat|wat|welche[sr]?)[ \t]+[^,\d.!?;\n]{0,60}$/iu;
const ADDED_THING = new RegExp(String.raw`^(?:(?:${ADDING})[ \t]+)?(?:(?:there is|there's|there was|es gibt|il y a|hay|está|c['’]è|er is|há)[ \t]+)?(?:(?:also|auch|noch|aussi|también|anche|ook|também)[ \t]+)?(?:(?:${alt(ARTICLE_WORDS)})[ \t]+|l['’])(?<d>\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,5})$`, "iu");
function relativeCountThing(m: RegExpExecArray, text: string, description: string): string | null {
	const [first, ...rest] = description.split(" ");
	const unit = UNIT_WORDS.find((u) => u.toLowerCase() === first!.toLowerCase());
	// The unit read as the phrasing's own ("duró 6 horas, a 140 € la hora") is shown after the thing by the caller.
	const own = m.groups?.["u"] !== undefined;
	if (!unit || rest.length > (own ? 0 : 4)) return null;
	const qAt = (m.indices?.groups?.["q"] ?? [m.index])[0];
	const [a] = sentenceBounds(text, qAt, qAt);
	const lead = RELATIVE_LEAD.exec(text.slice(a, qAt))?.groups?.["lead"]?.trim();
	const thing = lead ? ADDED_THING.exec(lead)?.groups?.["d"] : undefined;
	if (!thing) return null;
	const t = cleanDescription(thing);
	return t.length >= 3 && !doubtIn(t) && !NOT_A_DESCRIPTION.test(t) && !REQUEST_WORDS.test(t) ? (own ? t : `${t} (${unit})`) : null;
}

/** "Voor de fotografie hadden we 2 dagen à RM 950,- per dag gezegd", "For the photography, we said 2 days at …": a
 * sentence that opens with "for the <thing>" names the thing its count is for (the thing ends at a comma or at the
 * clause's subject or verb). */
const OPENING_FOR = new RegExp(String.raw`^(?:for|für|pour|para|per|voor)[ \t]+(?:(?:${alt(ARTICLE_WORDS)})[ \t]+|l['’])(?<d>\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3}?)(?:[ \t]*,|[ \t]+(?:we|wir|nous|on|wij|hadden|hatten|had|have|hebben|haben|avions|avons|habíamos|hemos|tínhamos|temos|avevamo|abbiamo|zijn|waren|were|sind|waren|sont|étaient|fueron|foram|erano))(?![\p{L}])`, "iu");
function openingForThing(text: string, at: number): string | null {
	const [a] = sentenceBounds(text, at, at);
	const d = OPENING_FOR.exec(text.slice(a, at).trimStart())?.groups?.["d"];
	const t = d ? cleanDescription(d) : "";
	return t.length >= 3 && !doubtIn(t) && !NOT_A_DESCRIPTION.test(t) && !REQUEST_WORDS.test(t) && !NOT_A_THING.test(t) ? t : null;
}

/** "Het etiket was RM 1.800" after "het etiketontwerp en de flesfotografie voor de webshop": a one-word name that is
 * part of one compound named earlier (after an article, with what it was for) is that compound's short form. */
const COMPOUND_RES = new Map<string, RegExp>();
function compoundMention(text: string, before: number, description: string): string {
	const m = /^(\p{L}{4,})((?:[ \t]+\([^()]*\))?)$/u.exec(description);
	if (!m) return description;
	const w = m[1]!.toLowerCase();
	// One pattern per word, kept and run with exec: a pattern built (or cloned by matchAll) afresh for each of thousands
	// of lines runs in the slow first tier every time.
	let re = COMPOUND_RES.get(w);
	if (!re) {
		if (COMPOUND_RES.size > 64) COMPOUND_RES.clear();
		re = new RegExp(String.raw`(?<![\p{L}])(?:${alt(ARTICLE_WORDS)})[ \t]+(?<c>\p{L}{0,30}${w}\p{L}{0,30})(?<for>[ \t]+(?:for|für|pour|para|per|voor)[ \t]+(?:(?:${alt(ARTICLE_WORDS)})[ \t]+)?\p{L}[\p{L}'’-]*)?`, "giu");
		COMPOUND_RES.set(w, re);
	}
	const [a] = sentenceBounds(text, before, before);
	const found = new Map<string, string>();
	// Named in the paragraphs just before (a long mail is not read back to its start for each line).
	const window = text.slice(Math.max(0, a - 2000), a);
	re.lastIndex = 0;
	for (let x = re.exec(window); x !== null; x = re.exec(window)) {
		const c = x.groups!["c"]!;
		const named = `${c}${x.groups!["for"] ?? ""}`;
		if (c.length >= w.length + 3) found.set(named.toLowerCase(), named);
	}
	if (found.size !== 1) return description;
	const fuller = cleanDescription([...found.values()][0]!);
	return `${fuller}${m[2]}`;
}

const ADDS_ONLY = /^(?:too|also|as well|aussi|également|también|anche|pure|ook|auch|ebenfalls|também|igualmente)$/iu;

/** The description with its unit: a unit alone names the thing before its count ("traduzione di 20 pagine"), "Days of
 * training" is the training in days, and where the days were spent is no thing. */
function withUnit(m: RegExpExecArray, text: string, read: string): string {
	const g = m.groups ?? {};
	const unit = g["u"];
	let description = relativeCountThing(m, text, read) ?? read;
	// A "description" that is only the unit ("pagine") names the thing right before its count, if there is one.
	const unitOnly = UNIT_WORDS.find((u) => u.toLowerCase() === description.toLowerCase());
	const before = !unit && unitOnly && g["q"] !== undefined ? thingBeforeCount(text, (m.indices?.groups?.["q"] ?? [m.index])[0]) : null;
	if (before && unitOnly) description = `${before} (${unitOnly})`;
	// "Days of training" names the unit first: the thing is the training, counted in days.
	const unitOf = UNIT_OF_THING.exec(description);
	if (!unit && unitOf) description = `${cleanDescription(unitOf[2]!)} (${UNIT_SHOWN[unitOf[1]!.toLowerCase()] ?? UNIT_WORDS.find((u) => u.toLowerCase() === unitOf[1]!.toLowerCase()) ?? unitOf[1]!})`;
	// "the warehouse photo shoot: 3 days on site at USD 1,200 per day": where or how the days were spent ("on site", "vor
	// Ort", "sur place", "en remoto") is no thing; the request names it.
	if (unit && WHERE_OR_HOW.test(description)) {
		const topic = topicBefore(text, m.index + Math.max(0, m[0].search(/\S/)));
		if (topic) description = cleanDescription(topic);
	}
	// "las horas de edición: 22 horas a S/ 120": the label names the unit already counted; the thing is the edición.
	const sameUnit = unit ? UNIT_LABEL.exec(description) : null;
	if (unit && sameUnit && sameUnit[1]!.toLowerCase() === unit.toLowerCase()) description = cleanDescription(sameUnit[2]!);
	if (unit) {
		const shown = UNIT_SHOWN[unit.toLowerCase()] ?? unit;
		// "thanks for the 5 pages too, $120 a page": a word that only adds ("too", "as well") names no thing — the unit alone
		// is what is known, and asked about where another line names its thing.
		if (ADDS_ONLY.test(description.trim())) description = `${shown.charAt(0).toUpperCase()}${shown.slice(1)}`;
		// "Horas extra de ajustes" names its unit first already.
		if (description.toLowerCase() !== shown.toLowerCase() && description.split(" ")[0]!.toLowerCase() !== unit.toLowerCase()) description = `${description} (${shown})`;
	}
	return printRun(m, text) ?? description;
}

/** "- Druck, 150 Exemplare à CHF 14.50": a row's label, a comma, then a count of copies is the print run, which the
 * line keeps as written ("Druck, 150 Exemplare"): how many were printed is what the line is for. */
function printRun(m: RegExpExecArray, text: string): string | null {
	const unit = m.groups?.["u"];
	const q = m.groups?.["q"];
	const qAt = m.indices?.groups?.["q"]?.[0];
	if (!unit || !q || qAt === undefined || !COPIES_WORDS.some((w) => w.toLowerCase() === unit.toLowerCase())) return null;
	const row = PRINT_RUN_ROW.exec(text.slice(text.lastIndexOf("\n", qAt - 1) + 1, qAt));
	return row && !REQUEST_WORDS.test(row[1]!) ? `${row[1]!}, ${q} ${unit}` : null;
}
const PRINT_RUN_ROW = /^[ \t]*(?:[-*•·▪–][ \t]*)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3}),[ \t]*$/u;

/** "Post-produzione – 40 foto a € 12,00" read as "Splendide foto" (thanked for in the greeting), "Rédaction de contenus
 * 5 pages à Fr. 180.–" as the row above's "site vitrine": a row that opens with its own label before the count names its
 * thing there, so a name sharing no word with that label was taken from elsewhere — the line is not read (asked). */
const ROW_OWN_LABEL = /^[ \t]*(?:(?:[-*•·▪–・◦‣●■➤►]|\d{1,2}[.)])[ \t]*)?(\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*){0,5})[ \t]*(?:[:–—]|[ \t]-|[ \t]{2,})[ \t]*(?:(?:n|nr|no|nº|n°)\.?[ \t]*)?$/u;
export function namedOffRow(text: string, qAt: number, description: string): boolean {
	const lead = text.slice(text.lastIndexOf("\n", qAt - 1) + 1, qAt);
	const label = ROW_OWN_LABEL.exec(lead)?.[1];
	if (!label) return false;
	const t = cleanDescription(label);
	if (t.length < 3 || REQUEST_WORDS.test(label) || SENTENCE_OPENING.test(label) || OPENING_WORDS.test(t) || NOT_A_DESCRIPTION.test(t) || UMBRELLA.test(t) || GOES_ON.test(label) || labelNamesNothing(t, text) || MONEY_ROLE_WORDS.test(t)) return false;
	// "Fotografie" read as the compound named before it, "Produktfotografie für den Onlineshop", is the row's own word.
	const own = t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
	return !shareWord(t, description) && !own.some((w) => description.toLowerCase().includes(w));
}

/** "Edición de 30 fotos a S/ 25.00 c/u: S/ 750.00": a row whose label holds a line already read, at that line's amount,
 * is the row's total of it — not another item. */
function rowTotalOfLine(claimed: Claimed[], start: number, span: [number, number], amount: string): boolean {
	return claimed.some((c) => c.span[0] >= start && c.span[1] <= span[0] && Math.abs(c.amount - Number(amount)) < 0.005);
}

/** "… y 100 € de descuento / de IVA / de propina": the words after the amount name what it is, not a thing billed. */
function namesTheAmountsRole(p: Phrasing, description: string): boolean {
	return p.id === "and-price-of-thing" && (AMOUNT_ROW.test(description) || TAX_ROW.test(description) || TAKEN_OFF.test(description) || DISCOUNT_ROW.test(description));
}

/** "Relaunch Phase 2" names a phase; "Product photos 40" hides a count (the template's case-folding flag cannot tell). */
/** A part's number ("fase 3") or the count of a set priced as one ("(set of 6 sizes)") is no hidden count. */
// A film's length after its name ("Promo video 60 sec") is part of the name too.
const NAMED_NUMBER = new RegExp(String.raw`(?<![\p{L}])(?:(?:${alt(SERIES_WORDS)})[ \t]+\d{1,3}(?![\d.,])|${SET_OF})|(?<=\p{L}[ \t])\d{1,3}[ \t]?(?:${FILM_LENGTH_UNITS})(?![\p{L}])`, "giu");
const hidesCount = (p: Phrasing, desc: string) => p.id === "columns-price" && /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*[ \t]+\d/u.test(desc.replace(NAMED_NUMBER, ""));

/** "invoice us for the following? Photo editing: 6 hours": a question ends its sentence; the row's label starts after it. */
const rowLabel = (desc: string) => afterLeadColon(desc).replace(/^[^\n]*[?!]\s+(?=\p{Lu})/u, "");

/** The row's amount column, its digits read as money, equals the quantity times the unit price (to the cent): a table
 * row's amount beside its price ("40 foto   € 12,50   € 500,00") must be the count times the price, or it is no line. */
function rowAmountAgrees(written: string, quantity: string, unitPrice: string, currency: string | null): boolean {
	const digits = /\d(?:[\d.,'’\u202f ]*\d)?/.exec(written)?.[0];
	if (!digits) return false;
	return Math.abs(Number(readNumber(digits, currency)) - Number(quantity) * Number(unitPrice)) < 0.005;
}

/** "… $900 for the logo, plus ", "… 800 € por el diseño, más el ": after the last amount before `at` in its sentence, a
 * word that joins one more thing on. */
const JOINED_ON = /\d[^\d\n.?!;]*?(?:,[ \t]*|[ \t]+)(?:plus|más|mais|più|zuzüglich|zzgl\.?|dazu|además|además de|en plus|além de|inoltre)[ \t]+[^\d]*$/iu;
/** "$900 for the logo, plus hosting for 6 months at $25 a month": a count joined on after another amount is another
 * thing — the request's topic is the first amount's. Its own thing is the one named before the count, or none. */
function joinedAfterAmount(p: Phrasing, m: RegExpExecArray, text: string): boolean {
	if (!p.topic || m.groups?.["d"] !== undefined) return false;
	const at = (m.indices?.groups?.["q"] ?? [m.index])[0];
	const [a] = sentenceBounds(text, at, at);
	return JOINED_ON.test(text.slice(a, at));
}

/** "Note:", "Extras:", "Sonstiges:": a label that heads a remark or a catch-all, never the name of one line. */
const NOTE_OR_CATCH_ALL = /^(?:notes?|nb|n\.b\.|ps|p\.s\.|remarks?|comments?|extras?|others?|misc(?:ellaneous)?|additional|hinweis|anmerkung|bemerkung|sonstiges|diverses|weiteres|nota|notas|remarque|divers|autres?|otros?|varios|outros|diversos|observaç(?:ão|ões)|observaci(?:ón|ones)|altro|altri|varie|osservazion[ei]|opmerking|overig|overige|diversen)$/iu;
/** "• Papelaria: cartão de visita e papel timbrado — R$ 850,00": the label names the line when it is a thing and the
 * words after its colon only say what it holds (no pronoun, verb or other sign of a sentence about the price). */
function labelHeadsContents(label: string, held: string): boolean {
	const l = cleanDescription(label);
	return !NOTE_OR_CATCH_ALL.test(l) && !UMBRELLA.test(l) && !NOT_A_DESCRIPTION.test(l) && !MONEY_ROLE_WORDS.test(l) && doubtIn(l) === null && doubtIn(held) === null && !MONEY_ROLE_WORDS.test(held);
}

function lineFrom(p: Phrasing, m: RegExpExecArray, text: string, claimed: Claimed[], dollar?: string): ExtractedLine | null {
	const g = m.groups ?? {};
	const read = moneyOfMatch(m, dollar);
	if (!read) return null;
	const { money, span } = read;
	if (claimed.some((c) => overlaps(c.span, span))) return null;
	// "R$ 1.200,00" read as "R$ 1.200" with ",00 cada" left as a remark: a number cut short is never a price.
	if (/^[.,'’]\d/.test(text.slice(span[1], span[1] + 2))) return null;
	const bare = money.currency === null;
	if (bare && !p.barePrice && g["e"] === undefined) return null;
	// A price per unit with no count written is not a line: how many is exactly what would be guessed.
	if (g["e"] !== undefined && g["q"] === undefined && !/^(?:each|apiece|a piece|ea\.)$/i.test(g["e"])) return null;
	// A price followed by "per portrait" or "each" is per unit, one after "monthly fee" a month's: never a flat total.
	if (g["q"] === undefined && ((g["e"] === undefined && PER_UNIT_AFTER.test(text.slice(span[1], span[1] + 40))) || MONTHLY_FEE_BEFORE.test(text.slice(Math.max(0, span[0] - 40), span[0])))) return null;
	let quantity = quantityOf(g["q"]);
	if (!quantity || !(Number(quantity) > 0) || (g["held"] !== undefined && !labelHeadsContents(g["d"] ?? "", g["held"]))) return null;
	if (p.flatForOne && g["e"] === undefined && quantity !== "1") return null;
	let desc = joinedAfterAmount(p, m, text) ? undefined : describedAs(p, m, text);
	const unit = g["u"];
	// "the translation of 3,000 words": the thing named right before the count, else the unit itself.
	if (!desc && unit) desc = thingBeforeCount(text, m.index + Math.max(0, m[0].search(/\S/))) ?? openingForThing(text, m.index + Math.max(0, m[0].search(/\S/))) ?? (p.topic ? thankedThing(text, m.index) : null) ?? UNIT_SHOWN[unit.toLowerCase()] ?? unit;
	// An invoice asked for by its amount alone: the thing thanked for before, if any.
	if (!desc && p.topic) desc = thankedThing(text, m.index) ?? undefined;
	if (!desc || countInJoinedItem(p, desc) || forYieldsToOwnLine(p, m, text, span) || hidesCount(p, desc)) return null;
	desc = rowLabel(desc);
	// A "description" that is the request itself ("Please invoice us for the bookkeeping") names its thing after "for"
	// (tested before cleaning, which would cut "Could you invoice us…" down to "Could").
	if (REQUEST_WORDS.test(desc.trim().replace(FILLER_END, ""))) {
		const inner = topicIn(desc);
		// The request's words with no thing named in them ("2026 in Rechnung") describe nothing.
		if (!inner) return null;
		desc = inner;
	}
	let description = withoutFlatWord(cleanDescription(desc));
	// "Bildbearbeitung: pauschal 150 €": "pauschal" says how it is charged; "Also, 3 hours": an opening word names nothing.
	if (flatOnly(description) || (LABEL_FIRST.has(p.id) && labelNamesNothing(description, text))) return null;
	if (p.id === "thing-was-price" && description.split(" ").some((w) => GENERIC_RE.test(w))) return null;
	if (namesAmountOnly(description)) return null;
	// "per the attached timesheet, $450": the paperwork is no thing (a topic phrasing took the request's thing instead).
	if (PAPERWORK_ONLY.test(description)) return null;
	// "1 x plan" is the plan; "2 x plan" read as one flat price would invent a quantity.
	const counted = /^(\d+)\s*[x×]\s+/i.exec(description);
	if (counted) {
		if (counted[1] !== "1") return null;
		description = cleanDescription(description.slice(counted[0].length));
	}
	if (cutAtBracket(description) || wordCountBesideDigits(g["q"], description)) return null;
	if (description.length < 2 || ARTICLE_WORDS.includes(description.toLowerCase()) || NOT_A_DESCRIPTION.test(description) || NOT_A_THING.test(description) || OPENING_WORDS.test(description) || /[?!]/.test(description) || DANGLING_END.test(description) || MONEY_ROLE_WORDS.test(description) || /\d{5,}|\b(?!19\d\d|20\d\d)\d{4}\b/.test(description)) return null;
	if (namesTheAmountsRole(p, description) || (ROW_PHRASINGS.has(p.id) && (AMOUNT_ROW.test(description) || TAX_ROW.test(description) || rowTotalOfLine(claimed, m.index, span, money.amount)))) return null;
	const refined = refinedThing(p, m, text, span, description, quantity);
	if (!refined) return null;
	({ description, quantity } = refined);
	const named = compoundMention(text, span[0], withUnit(m, text, withoutDetailsList(withoutSizes(withoutAside(String(quantity) === "1" ? withoutCoveredList(description) : description)))));
	const currency = money.currency && "code" in money.currency ? money.currency.code : null;
	const unitPrice = p.lineTotal ? perUnit(money.amount, quantity, currency) : money.amount;
	if (unitPrice === null || (g["lt"] !== undefined && !rowAmountAgrees(g["lt"], quantity, unitPrice, currency)) || (g["q"] !== undefined && namedOffRow(text, (m.indices?.groups?.["q"] ?? [m.index])[0], named))) return null;
	const source = lineSource(p, m, text, span);
	const written = money.scaled ? text.slice(span[0], span[1]) : undefined;
	return { description: named.slice(0, 200), quantity, unitPrice, currency, source, phrasing: p.id, span, ...(written ? { written } : {}), ...(p.lineTotal ? { lineTotal: money.amount } : {}), ...(g["named"] !== undefined ? { codeAfter: true as const } : {}) };
}

// Letter edges, not \b ("cioè"); the total named before its amount ("Gesamtsumme 240 €", "soit 240 €") or after it
// ("$240 all up", "R$ 240 ao todo").
// An aligned table's total ("Total                £842.50") may stand a column away from its word.
const TOTAL_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(TOTAL_WORDS)})(?![\p{L}])[ \t]*[^\d\n$€£¥₹.?!]{0,24}?${moneyPattern("")}|${moneyPattern("t")}[ \t]+(?:${alt(TOTAL_AFTER_WORDS)})(?![\p{L}])`, "giu");
// A deposit named before its amount ("the deposit of $500"), right after it ("$500 as a deposit", "500 € d'acompte",
// "R$ 500 de sinal"), or by a word later in its clause ("$500 upfront", "500 € haben wir bereits angezahlt"). Letter
// edges, not \b ("seña", "à l'avance").
// A table's row of a deposit taken off, its date in the label and its amount at the row's end after a minus ("Less
// deposit paid 12 Oct        -1,500.00 AUD"). The row's start is checked behind the deposit word, once it has matched:
// a look-behind tried first would scan back over a long run of blanks from every position in it (minutes of work).
const DEPOSIT_RE = new RegExp(
	String.raw`(?:(?<![\p{L}])(?:${alt(DEPOSIT_WORDS)})(?![\p{L}])[^\d\n.$€£¥₹]{0,16}?${moneyPattern("")}|(?<![\p{L}])(?:${alt(DEPOSIT_WORDS)})(?<=(?:^|\n)[ \t]*(?:less|minus|abzüglich|abzgl\.|moins|menos|meno|min|minder)?[ \t]*(?:${alt(DEPOSIT_WORDS)}))(?![\p{L}])[^\n$€£¥₹]{0,30}?[ \t]{2,}[-−–][ \t]?${moneyPattern("d")}[ \t]*(?=\n|$)|${moneyPattern("t")}[ \t]+(?:(?:(?:as|als|como|comme|come)[ \t]+(?:(?:a|an|the|une|un|uma|um|una|een)[ \t]+)?|(?:de|di|da|do|of|in|en|em)[ \t]+|d['’]))?(?:${alt(DEPOSIT_WORDS)})(?![\p{L}]))`,
	"giu",
);
const DEPOSIT_LATER_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${alt(DEPOSIT_AFTER_WORDS)})(?![\p{L}])`, "iu");
const DEPOSIT_LATER_RE = new RegExp(String.raw`${moneyPattern("t")}(?:[ \t]+[^\d\n.?!;$€£¥₹]{0,30}?)?[ \t]+(?:${alt(DEPOSIT_AFTER_WORDS)})(?![\p{L}])`, "giu");
// Letter edges, not \b: "payé", "versé" and "reçu" end in a letter \b does not see.
const PAID_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(PAID_WORDS)})(?![\p{L}])`, "iu");
// The balance after a paid deposit, named before the amount ("the remaining $3,200", "il reste 800 €") or after it
// ("$3,200 to go", "800 € noch offen"): it is explained only when it is the lines' sum less that deposit (so it is
// looked for only beside a paid deposit).
const BALANCE_RE = new RegExp(
	String.raw`(?<![\p{L}])(?:${alt([...BALANCE_WORDS, ...BALANCE_BEFORE_WORDS])})(?![\p{L}])[^\d\n$€£¥₹]{0,24}?${moneyPattern("")}|${moneyPattern("t")}[ \t]+(?:(?:is|are|ist|sind|es|son|est|sont|é|são|è|sono|is|zijn)[ \t]+)?(?:(?:still|noch|aún|encore|ainda|ancora|nog)[ \t]+)?(?:${alt(BALANCE_AFTER_WORDS)})(?![\p{L}])`,
	"giu",
);

interface Found {
	money: Money;
	span: [number, number];
	source: string;
}

function findRole(text: string, re: RegExp, check?: (sentence: string) => boolean): Found | null {
	re.lastIndex = 0;
	for (const m of text.matchAll(re)) {
		const g = m.groups ?? {};
		const suffix = g["numt"] !== undefined || g["numbt"] !== undefined ? "t" : g["numd"] !== undefined || g["numbd"] !== undefined ? "d" : "";
		const money = moneyFromGroups(g, suffix);
		if (!money) continue;
		const num = g[`num${suffix}`] ?? g[`numb${suffix}`] ?? "";
		const at = m.index + m[0].indexOf(num);
		const span: [number, number] = [Math.max(m.index, at - 4), at + num.length + 4];
		// A table's row is read whole: the dots of a date in its label ("bezahlt am 2.10.") end no sentence there.
		const source = suffix === "d" ? text.slice(text.lastIndexOf("\n", at) + 1, m.index + m[0].length).trim() : sentenceAt(text, at, at + num.length);
		if (check && !check(source)) continue;
		return { money, span, source };
	}
	return null;
}

/** The total, a deposit said to be paid, and the balance after it, each read as the email's amounts were read. */
function findRoles(text: string, mentions: readonly MoneyMention[]): { totalFound: Found | null; depositFound: Found | null; balanceFound: Found | null } {
	const totalFound = asResolved(findRole(text, TOTAL_RE), mentions);
	const depositFound = asResolved(findRole(text, DEPOSIT_RE, (s) => PAID_RE.test(s)) ?? (DEPOSIT_LATER_WORD.test(text) ? findRole(text, DEPOSIT_LATER_RE, (s) => PAID_RE.test(s)) : null), mentions);
	const balanceFound = depositFound ? asResolved(findRole(text, BALANCE_RE), mentions) : null;
	return { totalFound, depositFound, balanceFound };
}

/** "O sea US$ 2.200 en total", "so $2,300 altogether": the total restated in a sentence a phrasing read as a line of
 * its own ("Sea") — dropped when it is the named total and the other lines add up to it exactly (a total the lines do
 * not make is still asked about). */
function notTheTotal(lines: ExtractedLine[], total: Found | null): ExtractedLine[] {
	if (!total || lines.length < 2) return lines;
	const cents = (a: string | number) => Math.round(Number(a) * 1000);
	const restated = lines.filter((l) => overlaps(l.span, total.span) && cents(total.money.amount) === cents(l.lineTotal ?? Number(l.unitPrice) * Number(l.quantity)));
	if (restated.length !== 1) return lines;
	const rest = lines.filter((l) => l !== restated[0]);
	const sum = rest.reduce((s, l) => s + cents(Number(l.quantity) * Number(l.unitPrice)), 0);
	return sum === cents(total.money.amount) ? rest : lines;
}

const OWN_RECKONING = new RegExp(String.raw`(?<![\p{L}])(?:${alt(OWN_RECKONING_WORDS)})(?![\p{L}])`, "giu");
const SUM_DOUBT = new RegExp(String.raw`(?<![\p{L}])(?:${alt([...PAID_WORDS, ...DEPOSIT_WORDS, ...BALANCE_WORDS, ...DISCOUNT_WORDS])})(?![\p{L}])`, "iu");

/** "= 8.400 kr (DKK)", "Dus € 745,00.", "(total ₱45,000)": an amount that is exactly the sum of two or more lines (or
 * of a counted line) restates the total, however it is introduced — unless its sentence says it was paid, deposited,
 * left over or taken off (then it is asked about). */
function restatedSum(text: string, mm: MoneyMention, lines: ExtractedLine[], sum: number, minor: (a: string) => number, currency: string | null): boolean {
	if (lines.length === 0 || (lines.length === 1 && lines[0]!.quantity === "1") || minor(mm.amount) !== sum || !currency) return false;
	// In the invoice's one currency ("8.400 kr" once the mail says DKK).
	if (mm.currency !== currency && !mm.ambiguous?.candidates.includes(currency)) return false;
	if (SUM_DOUBT.test(sentenceAt(text, mm.start, mm.end)) || isTaxAmount(text, mm.start, mm.end)) return false;
	// Only a bare restatement ("= 8.400 kr (DKK)", "Dus € 745,00.", "So $750 for everything."): an amount with a name of
	// its own ("add the $750 retainer from October") is another item that happens to match, and is asked about.
	const [a, b] = sentenceBounds(text, mm.start, mm.end);
	const before = text.slice(a, mm.start);
	const cut = Math.max(...findMoney(before).map((x) => x.end), 0);
	// "which by my maths comes to £825": the writer's own adding up names nothing (OWN_RECKONING_WORDS).
	const words = `${before.slice(cut)} ${text.slice(mm.end, b)}`.replace(OWN_RECKONING, " ").match(/\p{L}[\p{L}'’]*/gu) ?? [];
	return words.filter((w) => readCurrency(w) === null).length <= 3;
}

/** A total, deposit or balance read as the email's amounts were read: "Total: $535.000 pesos chilenos" is the same
 * 535000 CLP its lines' "$450.000" were resolved to, not 535 US dollars (its currency and digits come from the mail). */
function asResolved(found: Found | null, mentions: readonly MoneyMention[]): Found | null {
	if (!found) return null;
	// The span is the number with four characters either side: the mention holding its middle is the one.
	const mid = Math.floor((found.span[0] + found.span[1] + 1) / 2);
	const mm = mentions.find((x) => x.start <= mid && mid < x.end);
	if (!mm || found.money.scaled || !mm.currency) return found;
	return { ...found, money: { ...found.money, amount: mm.amount, currency: { code: mm.currency } } };
}

function monthIndex(word: string): number {
	const w = word.toLowerCase().replace(/\.$/, "");
	return MONTHS.findIndex((names) => names.some((n) => n === w || (w.length >= 3 && n.startsWith(w) && /^[a-z]+$/.test(w))));
}

function iso(y: number, m: number, d: number): string | null {
	const date = new Date(Date.UTC(y, m, d));
	if (date.getUTCMonth() !== m || date.getUTCDate() !== d) return null;
	return date.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** A written date (ISO, "December 15, 2026", "15. Dezember", "10 janvier 2027", "Dec 15") → YYYY-MM-DD; without a year, the
 * occurrence nearest to today (a date written in November about "15 November" means this one, even if past). */
export function readDate(text: string, today: string): string | null {
	const isoM = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
	if (isoM) return iso(Number(isoM[1]), Number(isoM[2]) - 1, Number(isoM[3]));
	const a = /(?<![\p{L}])([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?!\d)/u.exec(text);
	// "30-Nov-2026", as India writes it: the hyphens stand for the blanks, the year with them.
	const b = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?(?:\.?\s+(?:of\s+|de\s+)?([\p{L}]{3,10})\.?(?:,?\s+(?:de\s+)?(\d{4}))?|-(\p{L}{3,9})-(\d{4}))/u.exec(text);
	const candidates = [b ? [b[2] ?? b[4]!, b[1]!, b[3] ?? b[5], b.index] : null, a ? [a[1]!, a[2]!, a[3], a.index] : null].filter((x): x is [string, string, string | undefined, number] => x !== null).sort((x, y) => x[3] - y[3]);
	for (const [mon, day, year] of candidates) {
		const mi = monthIndex(mon);
		if (mi < 0) continue;
		if (year) return iso(Number(year), mi, Number(day));
		const y = Number(today.slice(0, 4));
		const t = Date.parse(`${today}T00:00:00Z`);
		const options = [y - 1, y, y + 1].map((yy) => iso(yy, mi, Number(day))).filter((d): d is string => d !== null);
		options.sort((p, q) => Math.abs(Date.parse(`${p}T00:00:00Z`) - t) - Math.abs(Date.parse(`${q}T00:00:00Z`) - t));
		const best = options[0];
		if (best && Math.abs(Date.parse(`${best}T00:00:00Z`) - t) <= 200 * DAY_MS) return best;
		return null;
	}
	return null;
}

// A dotted date right after the words ("Payment due 15.12.2026.") has no three letters before its first dot: read whole.
// A day and month with a dot and no year ("due 10.12", "due by 20.12.") is read too: a dot never writes a US month first.
const DUE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${DUE_WORDS}):?\s+([^\n.;?!]{3,40}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|\d{1,2}\.\s*[\p{L}]+[^\n;?!]{0,12}|\d{1,2}\.\d{1,2}(?![\d,]|\.\d))`, "iu");
// Letter edges, not \b: "à 30 jours" starts with a letter \b does not see.
const TERMS_ALL_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${TERMS})(?![\p{L}])`, "giu");
/** The groups of TERMS that name no payment themselves ("in 3 days", "à 30 jours", "binnen 14 dagen"): they are terms
 * only in a clause that speaks of paying ("we pay within 30 days", "invoice due in 14 days"), so "the shoot in 3 days
 * is fine" or "we need the files within 7 days" is a time for the work, not terms. */
const LOOSE_TERMS = ["b", "g", "h", "i", "j", "k"];
const PAYMENT_CLAUSE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${PAYMENT_CLAUSE_WORDS})`, "iu");
/** A clause that speaks of paying, not of a time already past ("deliverables were due in 10 days"). */
const paymentClause = (c: string) => PAYMENT_CLAUSE_RE.test(c) && !/(?<![\p{L}])(?:was|were|been)[ \t]+due(?![\p{L}])/iu.test(c);
/** The clause around a span: from the last sentence mark, line or semicolon before it to the next after it. */
function clauseAround(text: string, start: number, end: number): string {
	const from = Math.max(...[".", "!", "?", ";", "\n"].map((c) => text.lastIndexOf(c, start - 1))) + 1;
	const stop = /[.!?;\n]|$/.exec(text.slice(end))!.index + end;
	return text.slice(from, stop);
}
const IMMEDIATE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(IMMEDIATE)})(?![\p{L}])`, "iu");

/** Payment terms as Odoo names them ("30 Days"), or a due date. */
function readDue(text: string, today: string, currency: string | null): { dueDate: string | null; terms: string | null } {
	const due = DUE_RE.exec(text);
	const written = dueDateWritten(text);
	// Dots between day, month and year are never a US month-first date ("Payment due 03.12.2026", "Please set the due
	// date to 10.12.2026" are the 3rd and the 10th of December); nor is a date billed in a currency of countries that all
	// write the day first (see `writesDayFirst`).
	const dotted = (d: string) => /^[\s:–-]*\d{1,2}\.\d{1,2}(?:\.\d{2,4}|\.?(?![\d,]))/.test(d);
	const home = writesDayFirst(currency);
	const fromDue = () => (due ? readDate(due[1]!, today) ?? numericDate(due[1]!, today, dayFirstDueWords(due[0]) || dotted(due[1]!), home) : null);
	const fromWritten = () => (written ? numericDate(written.date, today, written.dayFirst || dotted(written.date), home) ?? readDate(written.date, today) : null);
	// The table's longer words starting where "due date" does ("Due date please set 18/12/2026") name the date exactly;
	// the short words' loose reading would take "set 18" for the 18th of settembre.
	const dueDate = written && (!due || written.at <= due.index) ? fromWritten() ?? fromDue() : fromDue() ?? fromWritten();
	if (dueDate) return { dueDate, terms: null };
	const terms = readTerms(text);
	if (terms) return { dueDate: null, terms };
	// A past date beside the due date's own name: shown on the draft (a past due date is never set), not left out.
	return { dueDate: pastDueNounDate(text, today, (d) => [numericDate(d, today, true), readDate(d, today)].filter((x): x is string => x !== null)), terms: null };
}

/** A date to come in a sentence about when payment is made (or days where its terms are spoken of), with no due date
 * or terms read: the draft would leave out a due date or terms the email gives, so they are asked about — only for what would otherwise be a draft (`drafting`): an email
 * already asked about needs no second question, nor the time to read it. */
function unreadDueProblem(text: string, today: string, due: { dueDate: string | null; terms: string | null }, drafting: boolean): string[] {
	if (!drafting || due.dueDate || due.terms) return [];
	const quote = (x: string) => (x.length > 160 ? `${x.slice(0, 157)}…` : x);
	const when = paymentWhenSentence(text, today, (d) => [numericDate(d, today, false), numericDate(d, today, true), readDate(d, today)].filter((x): x is string => x !== null));
	// "Payment is due on the 15th", "bis Ende Januar": a due date stated as a time no day can be read from is asked too.
	const unplaced = when ?? unplacedDueSentence(text);
	if (unplaced) return [`the due date: the email says "${quote(unplaced)}", and no due date could be read from it — which date is the invoice due?`];
	// Days or weeks where payment or its terms are spoken of, and no terms read: likewise asked.
	const terms = termsHintSentence(text, (t) => sentences(t).filter((x) => findMoney(x).length === 0));
	return terms ? [`the payment terms: the email says "${quote(terms)}", and no terms could be read from it — how many days?`] : [];
}

/** Payment terms written as words ("due on receipt", "net 30", "within 14 days of invoice"), or null. */
function readTerms(text: string): string | null {
	if (IMMEDIATE_RE.test(text) || immediatePayment(text)) return "Immediate Payment";
	const net = [...text.matchAll(TERMS_ALL_RE)].find((m) => !LOOSE_TERMS.some((g) => m.groups?.[g] !== undefined) || paymentClause(clauseAround(text, m.index, m.index + m[0].length)));
	const days = (net ? Object.values(net.groups ?? {}).find((g) => g !== undefined) : undefined) ?? termsDays(text);
	return days ? `${Number(days)} Days` : null;
}

function sumMinor(lines: ExtractedLine[], decimals: number): number {
	return lines.reduce((s, l) => s + Math.round(Number(l.quantity) * Math.round(Number(l.unitPrice) * 10 ** decimals)), 0);
}

/** Whether a number written in the line is in its source sentence (grounding: nothing read that is not written). */
function grounded(line: ExtractedLine, text: string): boolean {
	if (!text.includes(line.source)) return false;
	const digits = (s: string) => s.replace(/[^\d]/g, "").replace(/^0+/, "");
	const src = line.source.replace(/[^\d]/g, "");
	const price = digits(line.unitPrice.replace(/\.?0+$/, ""));
	// The number word is looked for last: it reads the whole text, and a mail of thousands of lines did so per line.
	const qtyWord = () => Object.entries(NUMBER_WORDS).some(([w, n]) => String(n) === line.quantity && new RegExp(`\\b${w}\\b`, "iu").test(text));
	const qtyOk = line.quantity === "1" || src.includes(digits(line.quantity.replace(/\.0+$/, ""))) || qtyWord();
	// "$2.5k" is grounded by its written form in the sentence ("2.5k"), not by the digits 2500.
	// A unit price worked out from a line total is grounded by that total, written in the sentence, and the exact product.
	const fromTotal = line.lineTotal !== undefined && src.includes(digits(line.lineTotal.replace(/\.?0+$/, ""))) && Math.abs(Number(line.quantity) * Number(line.unitPrice) - Number(line.lineTotal)) < 1e-9;
	const priceOk = price === "" || fromTotal || src.includes(price) || (line.written !== undefined && line.source.includes(line.written));
	return priceOk && qtyOk;
}

/** Currencies written with a plain "$" at home (the dollars and the pesos). */

/** Dollar and peso names written without an amount ("(pesos colombianos, COP)", "in Canadian dollars"): spellings
 * that mean exactly one of the currencies written with a plain "$", and their codes in capitals. */
const DOLLAR_NAMES = Object.entries(CURRENCY_WORDS)
	.filter(([k, v]) => typeof v === "string" && v !== "USD" && DOLLAR_SIGN.includes(v) && k.length > 3 && /^[\p{L} ]+$/u.test(k))
	.map(([k, v]) => [k.toLowerCase(), v as string] as const);
const DOLLAR_NAME_RE = new RegExp(String.raw`(?<![\p{L}])(?:${[...DOLLAR_NAMES.map(([k]) => k.replace(/ /g, "[ \\t]+")), ...DOLLAR_SIGN.filter((c) => c !== "USD")].sort((x, y) => y.length - x.length).join("|")})(?![\p{L}])`, "giu");

/** "US", "U.S." or "American" anywhere: the plain "$" may well be US dollars. */
const US_NAMED = /(?<![\p{L}])(?:US|U\.S\.|USA|American|americanos?|américains?|amerikanische)(?![\p{L}])/u;

/** Nouns a capital code may stand before as a word of its own ("CAD drawings", "CAD files", "CAD-Zeichnungen"), in the
 * seven languages: computer-aided design is the usual one ("COP meeting" another). */
const CODE_AS_WORD_NOUNS = new Set(["drawing", "drawings", "file", "files", "model", "models", "modelling", "modeling", "design", "designs", "designer", "software", "data", "plan", "plans", "draft", "drafts", "drafting", "drafter", "render", "renders", "rendering", "renderings", "work", "team", "tool", "tools", "program", "programs", "license", "licence", "licenses", "licences", "seat", "seats", "workstation", "operator", "technician", "export", "exports", "format", "formats", "package", "template", "templates", "layout", "layouts", "meeting", "conference", "summit", "Zeichnung", "zeichnungen", "zeichnung", "dateien", "datei", "modell", "modelle", "pläne", "fichiers", "fichier", "dessins", "dessin", "modèle", "modèles", "archivos", "archivo", "planos", "plano", "dibujos", "modelo", "modelos", "ficheiros", "ficheiro", "arquivos", "arquivo", "desenhos", "desenho", "disegni", "disegno", "modelli", "modello", "tekeningen", "tekening", "bestanden", "bestand"]);
/** A capital code used as a word, not as money ("CAD drawings are attached", "the CAD files", "CAD-Zeichnungen"): a
 * noun of its own follows it, a hyphen joins it to a word, or an article stands before it. Such a code names no
 * currency ("AUD obviously" still does). */
function codeAsWord(text: string, start: number, end: number): boolean {
	const next = /^(?:-\p{L}|[ \t]+(\p{L}[\p{L}'’]*))/u.exec(text.slice(end, end + 30));
	if (next && (next[1] === undefined || CODE_AS_WORD_NOUNS.has(next[1].toLowerCase()))) return true;
	return /(?<![\p{L}])(?:the|our|your|my|a|an|this|that|der|die|das|den|le|la|les|el|los|las|il|lo|het|os|as)[ \t]+$/iu.test(text.slice(Math.max(0, start - 12), start));
}

/** The dollar currencies the email names without an amount, each with where it is written. */
function dollarNames(text: string): { code: string; at: number }[] {
	const out: { code: string; at: number }[] = [];
	for (const m of text.matchAll(DOLLAR_NAME_RE)) {
		const w = m[0].replace(/\s+/g, " ");
		// A code counts in capitals only ("cop" or "Cad" is a word); a spelling in any case.
		const code = /^[A-Z]{3}$/.test(w) ? (codeAsWord(text, m.index, m.index + w.length) ? undefined : w) : DOLLAR_NAMES.find(([k]) => k === w.toLowerCase())?.[1];
		if (code && DOLLAR_SIGN.includes(code)) out.push({ code, at: m.index });
	}
	return out;
}

/** "NZ$0.62 each plus a $45 courier fee", "$18,500.00 MXN", "$55.000 cada una (pesos colombianos, COP)": the currency
 * a bare "$" stands for when the mail names exactly one dollar currency (by its own sign, its code beside an amount,
 * or its name in the same sentence) and never US dollars; null when the "$" stays US dollars (or is asked about). */
export function bareDollarCode(text: string, mentions: MoneyMention[]): string | null {
	if (!mentions.some((m) => m.bareDollar)) return null;
	// The mail sets its dollar first ("NZ$0.62 each"), then writes "$" for short; a "$" amount before any named dollar
	// ("$500, i.e. CA$680") may be another currency.
	const firstBare = mentions.find((m) => m.bareDollar)!.start;
	const named = new Set(mentions.filter((m) => !m.bareDollar && m.start < firstBare && m.currency && DOLLAR_SIGN.includes(m.currency)).map((m) => m.currency!));
	// A code right after a "$" amount labels that amount ("$18,500.00 MXN"); a code elsewhere may be a conversion.
	for (const m of mentions.filter((x) => x.bareDollar)) {
		const code = /^[ \t]*([A-Z]{3})(?![\p{L}])/u.exec(text.slice(m.end, m.end + 8))?.[1];
		if (code && DOLLAR_SIGN.includes(code)) named.add(code);
	}
	const sentence = (at: number) => sentenceBounds(text, at, at)[0];
	const bareSentences = new Set(mentions.filter((m) => m.bareDollar).map((m) => sentence(m.start)));
	// A dollar or peso named in words in the sentence of a "$" amount ("a $55.000 cada una (pesos colombianos)").
	const spelled = dollarNames(text).filter((n) => bareSentences.has(sentence(n.at)));
	for (const n of spelled) named.add(n.code);
	// "US", "U.S." or "American" anywhere: the plain "$" may well be US dollars.
	if (named.size !== 1 || named.has("USD") || US_NAMED.test(text)) return null;
	// Only in the sentence that names the dollar ("NZ$0.62 each plus a $45 courier fee"): a "$" in another sentence may
	// be about something else.
	const namedSentences = new Set([...mentions.filter((m) => !m.bareDollar && m.currency && named.has(m.currency)).map((m) => sentence(m.start)), ...spelled.map((n) => sentence(n.at))]);
	// A deposit paid on the same work is in the work's money ("… was NZ$2,400 … We paid the $600 deposit back in
	// March"), in a later sentence of its paragraph too; anything else in another sentence may be another currency.
	const paragraph = (at: number) => text.lastIndexOf("\n\n", at);
	const firstNamed = Math.min(...mentions.filter((m) => !m.bareDollar && m.currency && named.has(m.currency)).map((m) => m.start));
	const depositAfter = (m: MoneyMention) => m.start > firstNamed && paragraph(m.start) === paragraph(firstNamed) && depositDollar(text, m);
	if (namedSentences.size > 0 && mentions.some((m) => m.bareDollar && !namedSentences.has(sentence(m.start)) && !depositAfter(m))) return null;
	return [...named][0]!;
}

const DEPOSIT_BEFORE_DOLLAR = new RegExp(String.raw`(?<![\p{L}])(?:${alt(DEPOSIT_WORDS)})(?:[ \t]+(?:of|von|de|di|van|da|do|du))?[ \t]*:?[ \t]*$`, "iu");
const DEPOSIT_AFTER_DOLLAR = new RegExp(String.raw`^[ \t]+(?:(?:as|als|como|comme|come)[ \t]+(?:(?:a|an|the|une|un|uma|um|una|een)[ \t]+)?|(?:de|di|da|do|of|en|em)[ \t]+|d['’])?(?:${alt([...DEPOSIT_WORDS, ...DEPOSIT_AFTER_WORDS])})(?![\p{L}])`, "iu");

/** "the $600 deposit", "a deposit of $600", "$600 upfront": the amount names itself a deposit. */
function depositDollar(text: string, m: MoneyMention): boolean {
	return DEPOSIT_BEFORE_DOLLAR.test(text.slice(Math.max(0, m.start - 40), m.start)) || DEPOSIT_AFTER_DOLLAR.test(text.slice(m.end, m.end + 40));
}

/** "$800 (dollari giamaicani)", "in Fijian dollars": a dollar named with a country's adjective the currency table does
 * not know — the plain "$" may be that dollar, never read as US dollars. An adjective of the US names US dollars. */
const QUALIFIED_DOLLAR = /(?<![\p{L}])(?:(?:dollars?|dollari|dollaro|dólar(?:es)?|Dollars?)[ \t]+(\p{L}{4,})|(\p{Lu}\p{L}{3,}|\p{Ll}{4,}(?:ische|ischen|isch))[ \t]+(?:dollars?|Dollars?))(?![\p{L}])/gu;
const NATIONALITY_END = /(?:ian|ien|iens|ienne|iani|iane|ese|esi|eses|isch|ische|ischen|anos|anas|enses|ense|ais|aise|ains|ano|ani|ino|inos|ini|ish|an|se)$/iu;
const US_ADJECTIVE = /^(?:american|americani|americano|americanos|américains?|amerikanische[nm]?|amerikaanse|estadounidenses?|statunitensi|norte-?americanos?|US)$/iu;
/** "$1,200 … all in Jamaican dollars": a plain "$" read as US dollars beside a dollar the currency table does not know
 * (a nationality before or after "dollars") would guess the currency: asked. */
function otherDollarProblem(text: string, mentions: MoneyMention[], currency: string | null): string | null {
	const other = currency === "USD" && mentions.some((m) => m.bareDollar) ? unknownDollarName(text) : null;
	return other ? `the currency: the email writes "$" and names "${other}" — which currency is the invoice in?` : null;
}
function unknownDollarName(text: string): string | null {
	for (const m of text.matchAll(QUALIFIED_DOLLAR)) {
		const adj = m[1] ?? m[2]!;
		if (!NATIONALITY_END.test(adj) || US_ADJECTIVE.test(adj)) continue;
		if (readCurrency(m[0].replace(/\s+/g, " "))) continue;
		return m[0].replace(/\s+/g, " ");
	}
	return null;
}

/** "All amounts in USD": the email names US dollars by their code, so a plain "$" is never read as the home's dollar. */
const USD_NAMED = /(?<![\p{L}])USD(?![\p{L}])/u;

/** The dollar the sender's home writes "$" for ("Bondi Beach NSW 2026", "Montréal (Québec) H2T 1R8", "RUT
 * 76.000.123-4"), when the email places the sender in exactly one such country other than the US, never speaks of US
 * dollars, and names no other dollar elsewhere ("Son pesos argentinos" from Buenos Aires agrees); null otherwise. */
export function homeDollarCode(text: string, mentions: MoneyMention[]): string | null {
	if (!mentions.some((m) => m.bareDollar) || US_NAMED.test(text) || USD_NAMED.test(text)) return null;
	const elsewhere = [...new Set(dollarNames(text).map((n) => n.code))];
	const home = homeCurrency(text, "$");
	if (!home || home === "USD" || elsewhere.some((c) => c !== home)) return null;
	// "$4,500 each" in English from Taipei: written for a reader abroad, the "$" may be US dollars — asked.
	if (homeAbroadInEnglish(text) === home) return null;
	return home;
}

/** "60 $": a plain "$" after its amount, read as Canadian or US dollars. */
const quebecDollar = (m: MoneyMention) => m.currency === null && m.ambiguous?.candidates.length === 2 && m.ambiguous.candidates.includes("CAD") && m.ambiguous.candidates.includes("USD");

/** A bare "$" amount read as the given dollar, its digits by that currency's rules ("$95.000" in pesos is 95000). */
function asDollar(m: MoneyMention, code: string): MoneyMention {
	const num = /^\$?[ \t]?([\d.,\u00a0\u202f '’–-]+?)[ \t]?\$?$/u.exec(m.raw.trim())?.[1];
	return { ...m, currency: code, ambiguous: null, ...(num ? { amount: readNumber(num, code) } : {}) };
}

/** The bare "$" mentions read as the email's dollar currency (`bareDollarCode`, else the sender's home dollar,
 * `homeDollarCode`), their digits read by its rules; otherwise unchanged, and two currencies are asked about. */
export function resolveBareDollars(text: string, mentions: MoneyMention[]): MoneyMention[] {
	const code = bareDollarCode(text, mentions);
	if (code) return mentions.map((m) => (m.bareDollar ? asDollar(m, code) : m));
	const home = homeDollarCode(text, mentions);
	// Every "$" the home's dollar may be: a plain one, a peso-style "$55.000", a Quebec-style "60 $".
	if (home) return mentions.map((m) => (m.bareDollar && (m.currency === "USD" || (m.ambiguous?.candidates.includes(home) ?? false)) ? asDollar(m, home) : m));
	// A dollar or peso named only in another sentence ("Todo en pesos mexicanos." … "- Logo: $8,500"): the plain "$"
	// may be that one or US dollars — asked, never guessed. So is a "$" from a sender the email places in a country
	// whose own money is written "$" when it also names another dollar, or places the sender in two such countries.
	const elsewhere = [...new Set(dollarNames(text).map((n) => n.code))];
	// "1 450 $ … Tout en dollars canadiens": a "$" written after its amount is how Quebec writes Canadian dollars, and
	// the email names them (never US dollars) — the two agree, so that "$" is CAD wherever the name stands. A "$" before
	// its amount beside them is two currencies, asked about.
	if (elsewhere.length === 1 && elsewhere[0] === "CAD" && !US_NAMED.test(text) && !USD_NAMED.test(text) && mentions.some((m) => m.bareDollar && quebecDollar(m)))
		return mentions.map((m) => (m.bareDollar && quebecDollar(m) ? asDollar(m, "CAD") : m));
	const homes = [...new Set(homesFor(text, "$").map((h) => h.code))];
	// "Habíamos quedado en US$ 600, pero … en pesos, $ 24.000" from Montevideo: thousands marked with dots are never US
	// dollars, so a peso-style "$" is the home's peso even beside US dollars — and two currencies are asked about.
	const clear = homeCurrency(text, "$");
	const pesoHome = clear && clear !== "USD" && elsewhere.every((c) => c === clear) ? clear : null;
	if (US_NAMED.test(text) && pesoHome) return mentions.map((m) => (m.bareDollar && m.currency === null && (m.ambiguous?.candidates.length ?? 0) > 2 && m.ambiguous!.candidates.includes(pesoHome) ? asDollar(m, pesoHome) : m));
	if (elsewhere.length > 1 || US_NAMED.test(text)) return mentions;
	const others = [...new Set([...elsewhere, ...homes])].filter((c) => c !== "USD");
	// One place, the US, and no other dollar named: the "$" stays US dollars.
	if (others.length === 0) return mentions;
	return mentions.map((m) => (m.bareDollar && m.currency === "USD" ? { ...m, currency: null, ambiguous: { token: "$", candidates: [...others, "USD"] } } : m));
}

/** Signs read as one currency that other countries write for theirs: "£" (also Egypt's and Lebanon's pound), "¥" (also
 * China's yuan). Written bare (not "E£", "CN¥"), they are the money of the one country the email clearly places its
 * sender in ("¥8,000 per page" under a Shanghai address is yuan). */
const HOME_SIGNS: Record<string, string> = { "£": "GBP", "¥": "JPY" };
/** The sign's own currency named anywhere ("GBP", "sterling", "yen"): the sign is that, whatever the place. */
const HOME_SIGN_NAMED: Record<string, RegExp> = { "£": /(?<![\p{L}])(?:GBP|sterling|British pounds?)(?![\p{L}])/iu, "¥": /(?<![\p{L}])(?:JPY|yen|Japanese)(?![\p{L}])/iu };

export function resolveHomeSigns(text: string, mentions: MoneyMention[]): MoneyMention[] {
	return mentions.map((m) => {
		const sign = /^[£¥]|[£¥]$/u.exec(m.raw.trim())?.[0];
		if (!sign || m.currency !== HOME_SIGNS[sign] || HOME_SIGN_NAMED[sign]!.test(text)) return m;
		const home = homeCurrency(text, sign);
		if (home) return home === m.currency ? m : { ...m, currency: home };
		// Placed in two such countries ("Zamalek, Cairo · London office"): which pound is asked, never guessed.
		const places = [...new Set(homesFor(text, sign).map((h) => h.code))];
		return places.some((c) => c !== m.currency) && places.length > 1 ? { ...m, currency: null, ambiguous: { token: sign, candidates: places } } : m;
	});
}

/** The one currency the email's amounts are in; more than one, or an ambiguous sign ("$", "kr"), is a problem. */
function currencyOf(text: string, mentions: MoneyMention[], problems: string[]): { currency: string | null; named: boolean } {
	const currencies = new Set<string>();
	const ambiguous = new Map<string, string[]>();
	for (const mm of mentions) {
		if (mm.currency) currencies.add(mm.currency);
		if (mm.ambiguous) ambiguous.set(mm.ambiguous.token, mm.ambiguous.candidates);
	}
	// "Rs. 45,000" in an email that also writes "INR" (with an amount or on its own): the currency the email names.
	for (const [token, candidates] of ambiguous) {
		// A code used as a word ("CAD drawings are attached") names no currency.
		const written = currencies.size > 0 ? [...currencies] : candidates.filter((c) => [...text.matchAll(new RegExp(String.raw`(?<![\p{L}])${c}(?![\p{L}])`, "gu"))].some((m) => !codeAsWord(text, m.index, m.index + c.length)));
		if (written.length === 1 && candidates.includes(written[0]!)) {
			currencies.add(written[0]!);
			ambiguous.delete(token);
		}
	}
	// "950 kr" under a Stockholm address, "Rs. 45,000/-" from Bengaluru, "75 000 FCFA" from Dakar: the money of the one
	// country the email places its sender in ("$" is settled by `resolveBareDollars`, which also weighs named dollars).
	for (const [token, candidates] of ambiguous) {
		const home = token === "$" || currencies.size > 0 ? null : homeCurrency(text, token);
		if (home && candidates.includes(home)) {
			currencies.add(home);
			ambiguous.delete(token);
		}
	}
	const named = currencies.size > 0 || ambiguous.size > 0;
	if (currencies.size > 1) problems.push(`the email names more than one currency (${[...currencies].join(", ")})`);
	else if (ambiguous.size > 0) for (const [token, c] of ambiguous) problems.push(c.length === 1 ? `whether "${token}" is the currency ${c[0]}` : `the currency "${token}" could be ${c.slice(0, -1).join(", ")} or ${c[c.length - 1]}: which one?`);
	else if (currencies.size === 1) return { currency: [...currencies][0]!, named };
	return { currency: null, named };
}

/** The sentence (text between "\n", ".", "?", "!") around each hit of `core`, as `[^\n.?!]*core[^\n.?!]*` reads it
 * with `g`. That pattern, searched unanchored, retries its leading run at every position and took seconds on one long
 * line; here the cheap core finds the sentence and the whole pattern runs once, anchored at that sentence's start. */
function* sentencesAround(core: RegExp, text: string): Generator<RegExpExecArray, void> {
	const find = new RegExp(core.source, `${core.flags.replace(/[gy]/g, "")}g`);
	const whole = new RegExp(String.raw`[^\n.?!]*(?:${core.source})[^\n.?!]*`, `${core.flags.replace(/[gy]/g, "")}y`);
	let from = 0;
	while (from <= text.length) {
		find.lastIndex = from;
		const c = find.exec(text);
		if (!c) return;
		let a = c.index;
		while (a > from && !/[\n.?!]/.test(text[a - 1]!)) a--;
		whole.lastIndex = a;
		const m = whole.exec(text);
		if (!m) {
			from = c.index + 1;
			continue;
		}
		yield m;
		from = m.index + m[0].length;
	}
}

/** A discount with its size (a percentage or an amount) in the same sentence: the lines do not show it. */
const DISCOUNT_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(DISCOUNT_WORDS)})(?![\p{L}])`, "iu");

const DISCOUNT_SHOWN_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(DISCOUNT_SHOWN_WORDS)})(?![\p{L}])`, "iu");

/** A percentage taken off without the word discount: "10% off", "minus 5 %", "moins 10 %", "menos un 10 %". */
const PERCENT_OFF = /(?:\d\s?%\s?(?:off|less|weniger|de moins|menos|in meno|minder)(?![\p{L}])|(?<![\p{L}])(?:minus|less|abzüglich|moins|menos|meno|min)\s+(?:(?:un|el|le|il|de)\s+)?\d+(?:[.,]\d+)?\s?%)/iu;

/** A shop's own promotion in its footer ("10% off your first order with code WELCOME10", "Rabattcode SOMMER10",
 * "code promo BIENVENUE"): an offer to its customers, never a cut on this invoice. */
const PROMO_RE = /(?<![\p{L}])(?:(?:with|use|using|enter|promo|discount|coupon|voucher)[ \t]+code|code promo|Rabattcode|Gutscheincode|Code[ \t]+[A-Z0-9]{4,}|código(?:[ \t]+(?:promocional|de descuento|de desconto|promo))?[ \t]+[A-Z0-9]{4,}|codice(?:[ \t]+(?:sconto|promo))?[ \t]+[A-Z0-9]{4,}|kortingscode|cupom|cupón|(?:your|ihre|deine|votre|ta|tu|su|seu|sua|il tuo|la tua|je|uw)[ \t]+(?:first|erste|première|primer|primera|primeiro|primeira|primo|prima|eerste)[ \t]+(?:order|purchase|Bestellung|Einkauf|commande|achat|pedido|compra|encomenda|ordine|acquisto|bestelling|aankoop))(?![\p{L}])/iu;

function discountProblem(text: string): string | null {
	const quote = (sentence: string) => `the email mentions a discount the lines do not show ("${sentence.length > 100 ? `${sentence.slice(0, 97)}…` : sentence}"): how much is taken off?`;
	for (const m of sentencesAround(DISCOUNT_RE, text)) {
		const sentence = m[0].trim();
		if (PROMO_RE.test(sentence)) continue;
		if (/\d/.test(sentence)) return quote(sentence);
		// A discount asked for without its size ("please apply the discount we discussed") is a cut the lines do not show
		// either; only one the sentence says is none or already in the prices keeps the draft.
		if (!DISCOUNT_SHOWN_RE.test(sentence)) return quote(sentence);
	}
	for (const off of sentencesAround(PERCENT_OFF, text)) if (!PROMO_RE.test(off[0])) return quote(off[0].trim());
	return null;
}

/** "Erano 850 euro se ricordo bene": a line's amount whose own sentence doubts it is asked about, never drafted. */
function hedgeProblem(text: string, lines: ExtractedLine[]): string | null {
	for (const l of lines) {
		const own = sentences(l.source).find((s) => s.includes(text.slice(l.span[0], l.span[1]).trim())) ?? l.source;
		const hedge = hedgeIn(own);
		if (hedge) return `whether ${text.slice(l.span[0], l.span[1]).trim()} is right: the email says "${hedge}" — which amount was agreed?`;
	}
	return null;
}

/** "The logo ($800) and please also add the letterhead": a thing asked for with no amount would be left off the draft.
 * Asked also when no line was read at all: the question then names it beside the amount it could not tie. */
function unpricedProblem(text: string, lines: ExtractedLine[]): string | null {
	const thing = unpricedThing(text, lines.map((l) => l.description));
	return thing ? `what price for "${thing}": the email asks to invoice it too, but writes no amount for it` : null;
}

/** "…, and the usual": the earlier invoice's things beside the priced ones are written nowhere in this email; nor is
 * the amount of a thing priced "same price". */
function usualProblem(text: string, lines: ExtractedLine[]): string | null {
	const usual = lines.length > 0 ? usualThing(text) : null;
	if (usual) return `what "${usual}" adds to the priced lines: the email asks to invoice it too, but writes no thing or amount for it`;
	// "Also the letterhead — same price": a thing priced as another line is not read as a line of its own.
	const same = lines.length > 0 ? samePrice(text) : null;
	if (same) return `what is priced as "${same}": which line's amount it repeats, and is it a line of its own?`;
	// "logo $500, business cards $120, letterhead.": the run's last thing has no amount of its own.
	const tail = lines.length > 0 ? listTail(text) : null;
	return tail && !lines.some((l) => l.description.toLowerCase().includes(tail.toLowerCase())) ? `what price for "${tail}": the email asks to invoice it too, but writes no amount for it` : null;
}

const BACK_REFERENCE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(BACK_REFERENCE_WORDS)})\s+(?<noun>\p{L}{3,})(?![\p{L}])`, "giu");

/** "Invoice us for the video production, $8,500. … the budget sheet shows $7,500 for this video": two amounts for one
 * thing (the same description twice, or a line that points back at a thing another line names) are a conflict to ask
 * about, never two lines. */
/** A line's thing without the unit shown after it ("Shoot (hours)" is the shoot), in lower case. */
const withoutUnitShown = (d: string) => d.replace(/[ \t]*\([^()]*\)$/u, "").toLowerCase();
function sameThingProblem(lines: ExtractedLine[], text: string): string | null {
	const own = (l: ExtractedLine) => l.source.split(/(?<=[.?!])\s+/).pop() ?? l.source;
	const raw = (l: ExtractedLine) => text.slice(l.span[0], l.span[1]).trim() || l.unitPrice;
	const ask = (thing: string, a: ExtractedLine, b: ExtractedLine) => `the email gives two amounts for ${thing}: ${raw(a)} and ${raw(b)} — which is right?`;
	for (const [i, a] of lines.entries())
		for (const b of lines.slice(i + 1)) {
			if (a.unitPrice === b.unitPrice && a.quantity === b.quantity) continue;
			// "£450 for the shoot, which came to 6 hours at £75/h": one thing read once flat and once counted in its unit
			// ("Shoot", "Shoot (hours)") is one price told twice, or two that disagree — asked, never both drafted.
			if ((a.quantity === "1") !== (b.quantity === "1") && a.description !== b.description && withoutUnitShown(a.description) === withoutUnitShown(b.description)) return ask(`"${(a.quantity === "1" ? a : b).description}"`, a, b);
			// (Counted units at two rates, "3 days à 500 € and 2 days à 600 €", are two lines.)
			if (a.quantity !== "1" || b.quantity !== "1") continue;
			if (a.description.toLowerCase() === b.description.toLowerCase()) return ask(`"${a.description}"`, a, b);
			for (const [x, y] of [[a, b], [b, a]] as const)
				for (const m of own(y).matchAll(BACK_REFERENCE)) {
					const noun = m.groups!["noun"]!.toLowerCase();
					if (x.description.toLowerCase().split(/[^\p{L}]+/u).includes(noun) && !own(x).toLowerCase().includes(m[0].toLowerCase())) return ask(`"${x.description}" ("${m[0]}")`, x, y);
				}
		}
	return null;
}

/** "Please invoice our client for the report": the invoice is for someone other than the sender — asked, never guessed. */
const THIRD_PARTY = new RegExp(String.raw`(?<![\p{L}])(?:invoice|bill|facturer|facturar|fatturare|faturar|factureren)\s+(?:(?:a|à|al|aan)\s+)?(?:(?:our|my|their|his|her|notre|mon|ma|nuestro|nuestra|mi|il nostro|la nostra|onze|mijn|o nosso|a nossa|a minha|o meu)\s+(?:${alt(PARTY_WORDS)})|him|her|them)(?![\p{L}])`, "iu");

function thirdPartyProblem(text: string): string | null {
	const m = THIRD_PARTY.exec(text);
	return m ? `who the invoice is to: the email asks to "${m[0]}", not the sender — what are their name and address?` : null;
}

const ROLE_IN_LINE = new RegExp(String.raw`(?<![\p{L}])(?:${alt([...DEPOSIT_WORDS, ...BALANCE_WORDS])})(?![\p{L}])`, "iu");

/** "Invoice us for the deposit of $500 for the shoot", "the remaining balance for the shoot: $2,000": the line's amount
 * is a part of the work, and a draft named after the whole work would misdescribe it — asked about instead (a deposit
 * the email says is paid is shown apart and is no such question). */
function roleProblem(lines: ExtractedLine[], depositPaid: boolean): string | null {
	if (depositPaid) return null;
	// The amount's own sentence (a source that starts at an earlier count, "we kept 11, the rest can go", is not it).
	const own = (l: ExtractedLine) => l.source.split(/(?<=[.?!])\s+/).pop() ?? l.source;
	const line = lines.find((l) => ROLE_IN_LINE.test(own(l)));
	if (!line) return null;
	return `the amount ${line.unitPrice} is given as "${ROLE_IN_LINE.exec(own(line))![0]}" for ${line.description}: is the invoice for that part or for the whole work, and what has been paid?`;
}

/** "el logo 600 y las tarjetas 150", "photography 1,200 and editing 300": two things each with a bare number of three
 * digits or more, joined — prices with no currency anywhere, so the currency is what is asked (never a year, a count
 * of things or a percentage). */
const BARE_PAIR = /(?<![\p{L}\p{N}])\p{L}{2,}[ \t]+(?!(?:19|20)\d\d(?!\d))(?<a>\d{1,3}(?:[.,]\d{3})+|\d{3,6})(?![.,]?\d)(?![ \t]*(?:%|[x×](?![\p{L}])|(?!(?:and|und|y|et|e|en|plus)(?![\p{L}]))\p{L}))[ \t]*(?:,|and|und|y|et|e|en|plus|\+)[ \t]+(?:\p{L}+[ \t]+){1,4}?(?!(?:19|20)\d\d(?!\d))(?<b>\d{1,3}(?:[.,]\d{3})+|\d{3,6})(?![.,]?\d)(?![ \t]*(?:%|[x×]|\p{L}))/u;
function barePair(text: string): string | null {
	const m = BARE_PAIR.exec(text);
	return m ? `${m.groups!["a"]!}, ${m.groups!["b"]!}` : null;
}

/** Why no line was read: no amount at all (or only a vague "as agreed"), or amounts with no thing and count to them. */
function noLineProblem(text: string, mentions: MoneyMention[]): string {
	if (mentions.length === 0) {
		// An amount written without any currency ("It was 800.") is there: only its currency is missing.
		const bare = barePrice(text) ?? bareRate(text) ?? barePair(text);
		if (bare) return bare.includes(", ") ? `no currency given (the amounts ${bare} are written without one)` : `no currency given (the amount ${bare} is written without one)`;
		const vague = vagueAmount(text);
		const means = vague ? vagueMeans(vague) : null;
		return vague ? `no amount is written ("${vague}" is not an amount${means ? `: ${means} — which amount and what for?` : ""})` : "no amount is given";
	}
	return `${mentions.length === 1 ? "the amount" : "the amounts"} ${mentions.map((u) => u.raw.trim()).join(", ")} ${mentions.length === 1 ? "is" : "are"} not tied to a clear description and quantity`;
}

/** A list's row of a label and a number with no currency ("- Design do folheto: 25.000,00 MT"): a word of up to five
 * letters after the number may be a currency the reader does not know. */
const BARE_ROW = /^[ \t]*(?:[-*•·▪–][ \t]*)?(?<label>\p{L}[^\n:\d]{0,60}?)[ \t]*(?::|[ \t][–—-])[ \t]*(?<n>\d{1,3}(?:[.,'’ \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:[ \t]+\p{L}{1,5}\.?)?[ \t]*$/u;
const TOTAL_LABEL = new RegExp(String.raw`^(?:${alt(TOTAL_WORDS)})$`, "iu");

/** "Design do folheto: 25.000,00 MT / Cartões de visita: 8.000,00 MT / Total: 35.000,00 MT" with no currency the reader
 * knows: the rows of one list that do not add up to its stated total are asked about with the currency, so the answer
 * about the currency does not leave the sum wrong. Only a plain list: a row naming a tax, a discount, a deposit or a
 * subtotal says nothing is simply added up. */
function bareTotalProblem(text: string): string | null {
	let sum = 0;
	let rows = 0;
	let prev = -2;
	const lines = text.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const m = BARE_ROW.exec(lines[i]!);
		if (!m) continue;
		const label = m.groups!["label"]!.trim();
		const n = Math.round(Number(readNumber(m.groups!["n"]!, null)) * 100);
		if (!Number.isFinite(n)) return null;
		// A row apart from the one before starts a new list.
		if (i !== prev + 1) {
			sum = 0;
			rows = 0;
		}
		prev = i;
		if (TOTAL_LABEL.test(label)) {
			if (rows < 2) return null;
			return n !== sum ? `the stated total ${m.groups!["n"]!} does not match the lines (${(sum / 100).toFixed(2)})` : null;
		}
		if (AMOUNT_ROW.test(label) || TAX_ROW.test(label) || DISCOUNT_ROW.test(label) || MONEY_ROLE_WORDS.test(label)) return null;
		sum += n;
		rows++;
	}
	return null;
}

/** "Bill to: Northgate": a preposition alone, or at an edge of the words, is no thing. */
const EDGE_WORD = /^(?:to|for|of|from|with|an|à|a|de|para|por|per|voor|für|van|von|zu)(?:\s|$)|\s(?:to|for|of|from|with|an|à|a|de|para|por|per|voor|für|van|von|zu)$/iu;

/** "invoice me for the headshots. 4 people at GBP 120 each": a line counting only people, after a request for a plural
 * thing of one or two words (an s-plural: "headshots", "Porträts", "retratos", "portraits"), is that thing counted per
 * person ("Headshots (people)"). A singular thing ("the workshop for 15 participants") stays a question. */
function perPersonThings(topic: string, description: string, text: string): string | null {
	if (doubtIn(description)?.sign.id !== "people") return null;
	const t = cleanDescription(topic);
	const words = t.split(" ");
	if (words.length > 2 || !/\p{L}{3,}(?<![sS])[sS]$/u.test(words.at(-1)!) || NOT_A_DESCRIPTION.test(t) || OPENING_WORDS.test(t) || EDGE_WORD.test(t) || UMBRELLA.test(t) || JOB_ONLY.test(t) || PAPERWORK_ONLY.test(t) || /\d/.test(t) || doubtIn(t)) return null;
	const lower = description.charAt(0).toLowerCase() + description.slice(1);
	return `${t} (${text.includes(lower) ? lower : description})`;
}

/** "die Rechnung für die Bildbearbeitung … 25 Bilder à 12 €": one counted line whose noun is only what was counted
 * is named by the work the request asks about, with the count noun kept ("Bildbearbeitung (Bilder)"). */
function namedByTopic(lines: ExtractedLine[], text: string): ExtractedLine[] {
	const only = lines.length === 1 ? lines[0]! : null;
	if (!only || only.quantity === "1" || only.description.split(" ").length > 2 || /[()]/.test(only.description)) return lines;
	// The thing asked about before the line, in its own sentence too ("please invoice label illustrations for our beers, 4 labels x …").
	// Only a thing that shares the counted noun, there: "das Seminar in Rechnung: 12 Teilnehmer" counts who came, and "the
	// following: 20 posters" names no work.
	const before = topicBefore(text, text.indexOf(only.source));
	const own = before ? null : topicBefore(text, only.span[0]);
	const topic = before ?? own;
	// "the workshop … 15 participants at $40": who was counted is asked about (doubt.ts), never hidden in brackets —
	// unless the thing asked about is a plural made one per person ("the headshots. 4 people at £120 each", "die
	// Porträts, 3 Personen à 90 €"): then the people count the things.
	if (!topic) return lines;
	const perPerson = perPersonThings(topic, only.description, text);
	if (perPerson) return [{ ...only, description: perPerson }];
	if ((own && !shareWord(cleanDescription(own), only.description)) || doubtIn(only.description)) return lines;
	// "the site progress photos at Lot 12": where the work was is not part of its name.
	const t = cleanDescription(topic).replace(/\s+(?:at|in|bei|à|em|op)\s+\p{Lu}[\p{L}\p{N} ]*$/u, "");
	const words = (x: string) => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
	const shared = words(t).some((w) => words(only.description).some((d) => d.startsWith(w.slice(0, 4)) || w.startsWith(d.slice(0, 4))));
	if (NOT_A_DESCRIPTION.test(t) || OPENING_WORDS.test(t) || EDGE_WORD.test(t) || /\d/.test(t) || t.split(" ").length > 6 || doubtIn(t)) return lines;
	// "a fatura das fotos do cardápio … 24 fotos a R$ 100": the request names the counted thing more fully.
	// "invoice for label illustrations for our winter beers … 4 labels x 6 000 Kč": the counted noun is the first word of
	// the thing asked about (what it is for, after its own "for", is no part of its name).
	const named = t.replace(/\s+(?:for|für|pour|para|per|voor)\s+(?:our|my|the|your|unsere?n?|die|den|notre|nos|la|le|les|nuestr[oa]s?|los|las|el|il|i|la|nostr[oaie]|onze|de|het|nossa?s?|os|as)\s.*$/iu, "");
	const compound = named !== t || named.split(" ").length > 1 ? shareWord(named.split(" ")[0]!, only.description) : false;
	// The counted noun stays in brackets ("Label illustrations (labels)", "Headshot session (headshots)"): what is counted.
	if (shared && t.toLowerCase().startsWith(only.description.toLowerCase()) && t.split(" ").length <= 5) return [{ ...only, description: t }];
	if (shared && compound && named.split(" ").length <= 4) return [{ ...only, description: `${named} (${only.description.charAt(0).toLowerCase()}${only.description.slice(1)})` }];
	if (shared) return lines;
	return [{ ...only, description: `${t} (${only.description})` }];
}

/** "las tarjetas de mesa, 120 €. Perdón, las tarjetas eran 150 €": a later line named by the first words of an earlier
 * one, at another price, points back at it — two amounts for one thing, asked, never two lines. A later, longer name
 * ("the logo, $500, and the logo animation, $300") is another thing. And a line whose name opens with "and" ("And
 * printing (copies)") was cut from a longer name ("the menu redesign and printing of 200 copies"): asked. */
const COST_VERB_IN_NAME = /\s(?:costs?|costed|was|were|kostet|kosten|kostete|kosteten|war|waren|cuesta|cuestan|costó|costaron|eran|coûte|coûtent|coûtait|était|étaient|custa|custam|custou|eram|costa|costano|costava|erano|kost|kosten|kostte|kostten)(?![\p{L}])/iu;
const OPENS_WITH_AND = /^(?:and|und|et|y|e|en)\s/iu;
function pointedBackLines(lines: ExtractedLine[]): string[] {
	const out: string[] = [];
	// "Die Tischkarten kosten doch 150 €" read as the line "Tischkarten kosten doch": a verb of costing or being in the
	// name is a sentence about a thing, not its name.
	for (const l of lines) if (COST_VERB_IN_NAME.test(l.description)) out.push(`what the line at ${l.unitPrice} is for: "${l.description}" holds a verb, so it reads a sentence about a thing rather than its name — what is it called?`);
	for (const l of lines) if (OPENS_WITH_AND.test(l.description)) out.push(`what the line at ${l.unitPrice} is for: "${l.description}" opens with a joining word, so its name is cut from a longer one — what is it called?`);
	lines.forEach((later, j) => {
		const name = later.description.toLowerCase();
		const earlier = lines.slice(0, j).find((e) => e.description.toLowerCase().startsWith(`${name} `) && Number(e.unitPrice) !== Number(later.unitPrice));
		if (earlier) out.push(`which amount is right for the ${earlier.description.toLowerCase()}: the email writes ${earlier.unitPrice} and later ${later.unitPrice} for the ${name}`);
	});
	return out;
}

/** "For the editing we had budgeted $250", "Por la edición habíamos presupuestado S/ 250", "on avait estimé 400 €": a
 * price named by a verb of budgeting or estimating is what was planned, not what is billed — it is no line, and is asked
 * about as an amount the lines do not place. A price quoted ("que presupuestamos en", "che abbiamo preventivato") is
 * read as agreed (phrasings.ts), so those verbs are not here. */
const ESTIMATED_BEFORE = /(?<![\p{L}])(?:budgeted|budgetted|budgeted for|estimated|pencil(?:l)?ed in|presupuestad[oa]s?|estimad[oa]s?|estimamos|orçad[oa]s?|budgétée?s?|estimée?s?|estimé|veranschlagt|eingeplant|geschätzt|budgetiert|stimat[oa]|budgettat[oa]|begroot|geraamd|ingeschat|gebudgetteerd)(?![\p{L}])[^.!?\n\d]{0,24}$/iu;
function estimatedPrice(text: string, at: number): boolean {
	return ESTIMATED_BEFORE.test(text.slice(Math.max(0, at - 60), at));
}

/** "Our budget cap for this quarter is $5,000", "Unser Kostenrahmen liegt bei 5.000 €": an amount named as a budget or a
 * spending limit is what the customer may spend, never a thing billed — it is no line (and, written beside the lines,
 * is asked about as an amount that does not match them). */
const BUDGET_LINE = /^(?:(?:our|the|my|your|total|overall|annual|yearly|monthly|quarterly|project|marketing|unser[e]?|le|la|notre|el|nuestro|o|nosso|il|nostro|ons|onze|het)\s+)*(?:budget|spending\s+(?:limit|cap)|price\s+cap|cost\s+cap|Kostenrahmen|Obergrenze|Höchstbetrag|plafond|enveloppe\s+budgétaire|presupuesto\s+(?:máximo|disponible|total)|tope|orçamento\s+(?:máximo|disponível|total)|teto\s+de\s+gastos|tetto\s+di\s+spesa|massimale|budgetplafond)(?![\p{L}])/iu;

/** "Please invoice the photos from the 14 November event, 40 images at $25", "les photos du salon : 40 images à 25 €":
 * one counted line named only by what was counted ("Images"), while its own sentence asks to invoice a thing in other
 * words that `namedByTopic` could not join to it: the draft would drop what the work was, so it is asked. Not who was
 * counted (people are asked about in doubt.ts), and not a thing the line already names. */
function countedBesideThing(lines: ExtractedLine[], text: string): string | null {
	const only = lines.length === 1 ? lines[0]! : null;
	if (!only || only.quantity === "1" || only.description.split(" ").length > 2 || /[()]/.test(only.description) || doubtIn(only.description)) return null;
	if (topicBefore(text, text.indexOf(only.source))) return null;
	const own = topicBefore(text, only.span[0]);
	if (!own) return null;
	const t = cleanDescription(own);
	// "the 12,000 words": a number cut at its comma names no thing.
	if (!/^\p{L}/u.test(t) || shareWord(t, only.description) || NOT_A_DESCRIPTION.test(t) || OPENING_WORDS.test(t) || EDGE_WORD.test(t) || doubtIn(t)) return null;
	// The thing set off before the count ("the photos from the gala, 40 images"), not words the count runs on from
	// ("schick mir doch bitte die Rechnung für die 6 Banner").
	const counted = text.slice(0, only.span[1]).toLowerCase().lastIndexOf(only.description.toLowerCase());
	const to = counted < 0 ? only.span[0] : counted;
	const at = text.slice(0, to).toLowerCase().lastIndexOf(own.toLowerCase());
	if (at < 0 || !/[,:;–—(]/.test(text.slice(at + own.length, to))) return null;
	const unit = only.description.charAt(0).toLowerCase() + only.description.slice(1);
	return `what the line of ${only.quantity} ${unit} is for: the email asks to invoice "${t}" and counts "${unit}" — what should the line be called?`;
}

/** "also the background removing for the same 40 photos, 10 zł each", "il y a aussi les retouches : 30 photos. On avait
 * dit 40 DH par photo pour les retouches": a line named only by what was counted ("Photos") while the email names the
 * work beside its count — before "the same" count (shared with another line), before a colon, or after its price ("per
 * photo for the retouching"). Named both before and after, the line takes that name; named once, it is asked about,
 * since "Photos" would put the count on the wrong thing. */
const SAME_COUNT = /(?<![\p{L}])(?:the same|same|dieselben|denselben|die gleichen|den gleichen|selben|las mismas|los mismos|mismas|mismos|les mêmes|mêmes|le stesse|gli stessi|i stessi|stesse|stessi|dezelfde|as mesmas|os mesmos|mesmas|mesmos)[ \t]*$/iu;
/** The thing's words: never an article or a joining word, so the name starts after the nearest one ("aussi les retouches"). */
const BESIDE_ART = String.raw`(?:the|der|die|das|den|le|la|les|el|los|las|il|lo|i|gli|het|de|o|a|os|as)`;
const BESIDE_WORD = String.raw`(?!(?:${BESIDE_ART}|and|also|plus|und|auch|dazu|et|aussi|y|también|e|anche|en|ook|também)[ \t])\p{L}[\p{L}'’-]*`;
/** The thing's words, which may join two nouns by "of" ("el recorte de fondo"): it starts after an article. */
const BESIDE_NAME = String.raw`${BESIDE_WORD}(?:[ \t]+(?:(?:of|de|di|do|da|du|des|del|van|von)[ \t]+)?${BESIDE_WORD}){0,4}?`;
const THING_BEFORE_SAME = new RegExp(String.raw`(?:^|[\s,;:(])(?:${BESIDE_ART}[ \t]+|l['’])(${BESIDE_NAME})[ \t]+(?:for|of|on|to|für|von|an|bei|pour|de|sur|des|para|de|en|per|di|su|delle|degli|dei|voor|van|op|do|da|dos|das|em|nas|nos)[ \t]*$`, "iu");
const THING_BEFORE_COLON = new RegExp(String.raw`(?:^|[\s,;(])(?:${BESIDE_ART}[ \t]+|l['’])(${BESIDE_WORD}(?:[ \t]+${BESIDE_WORD}){0,2})[ \t]*[:–—][ \t]*$`, "iu");
const THING_AFTER_PRICE = /(?<![\p{L}])(?:per|par|pro|por|a|la|le|al|each|je|à)[ \t]+\p{L}[\p{L}'’]*[ \t]+(?:for|für|pour|para|per|voor)[ \t]+(?:(?:the|der|die|das|den|le|la|les|el|los|las|il|lo|i|gli|het|de|o|a|os|as)[ \t]+|l['’])(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2})/iu;
function thingBesideCount(l: ExtractedLine, text: string): { thing: string; sure: boolean } | null {
	const noun = l.description.replace(/[ \t]*\([^()]*\)$/u, "").trim().toLowerCase();
	if (Number(l.quantity) <= 1 || !COUNTED_THING_WORDS.some((w) => w.toLowerCase() === noun)) return null;
	const src = text.slice(Math.max(0, l.span[0] - 200), Math.min(text.length, l.span[1] + 120));
	const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	// The count nearest the line's own match: two lines may count the same "50 items".
	const from = l.span[0] - Math.max(0, l.span[0] - 200);
	const counts = [...src.slice(0, l.span[1] - Math.max(0, l.span[0] - 200)).matchAll(new RegExp(String.raw`(?<![\d.,])${esc(l.quantity)}[ \t]+${esc(noun)}(?![\p{L}])`, "giu"))];
	const at = counts.find((c) => c.index >= from) ?? counts.at(-1);
	if (!at) return null;
	const before = src.slice(0, at.index);
	const ok = (t: string | undefined): string | null => {
		if (!t) return null;
		const c = cleanDescription(t);
		return c && !shareWord(c, noun) && !REQUEST_WORDS.test(c) && !NOT_A_DESCRIPTION.test(c) && !OPENING_WORDS.test(c) && !doubtIn(c) && !UNIT_WORDS.some((u) => u.toLowerCase() === c.toLowerCase()) ? c : null;
	};
	const same = SAME_COUNT.exec(before);
	if (same) {
		// The work named before "the same" count is what this line's price is for ("the background removing").
		const t = ok(THING_BEFORE_SAME.exec(before.slice(0, same.index))?.[1]);
		return t ? { thing: t, sure: true } : { thing: "", sure: false };
	}
	const colon = ok(THING_BEFORE_COLON.exec(before)?.[1]);
	// The price's own words after the count, up to a blank line ("On avait dit 40 DH par photo pour les retouches").
	const after = ok(THING_AFTER_PRICE.exec(src.slice(at.index + at[0].length).split(/\n[ \t]*\n/u)[0]!)?.[1]);
	if (colon && after && shareWord(colon, after)) return { thing: colon, sure: true };
	const t = colon ?? after;
	return t ? { thing: t, sure: false } : null;
}
function namedBesideCount(lines: ExtractedLine[], text: string): ExtractedLine[] {
	return lines.map((l) => {
		const counted = countReadAsName(l, text);
		if (counted) return counted;
		const b = thingBesideCount(l, text);
		return b?.sure ? { ...l, description: b.thing } : l;
	});
}

/** "It was product photos for 40 pieces, 35 zł for each piece": a flat line named by a count ("40 pieces") right before
 * its price, the price said to be for each, is that many of the thing named before "for" at that price each. Anything
 * less certain keeps the name, which is asked about (a count is no name). */
const COUNT_BEFORE_PRICE = /(?<![\d.,])(\d{1,5})[ \t]+(\p{L}[\p{L}'’]*)[ \t]*[,:–—]?[ \t]*$/u;
const EACH_AFTER_PRICE = new RegExp(String.raw`^[ \t]*,?[ \t]*(?:(?:for|für|pour|para|per|voor)[ \t]+)?(?:each|every|jede[ns]?|cada|chaque|ogni|elke?)[ \t]+\p{L}+|^[ \t]*,?[ \t]*(?:${PER_UNIT})(?![\p{L}])`, "iu");
const THING_FOR_COUNT = new RegExp(String.raw`(?:(?:^|[\s,;:(])(?:${BESIDE_ART}[ \t]+|l['’])|(?<![\p{L}])(?:was|were|is|are|war|waren|était|étaient|era|eran|erano|fueron|foram|eram|waren)[ \t]+)(${BESIDE_NAME})[ \t]+(?:for|für|pour|para|per|voor)[ \t]+$`, "iu");
function countReadAsName(l: ExtractedLine, text: string): ExtractedLine | null {
	const named = /^(\d{1,5})[ \t]+(\p{L}[\p{L}'’]*)$/u.exec(l.description.trim());
	if (!named || l.quantity !== "1" || l.lineTotal !== undefined) return null;
	const noun = named[2]!.toLowerCase();
	if (!COUNTED_THING_WORDS.some((w) => w.toLowerCase() === noun) && !UNIT_WORDS.some((w) => w.toLowerCase() === noun)) return null;
	const before = text.slice(Math.max(0, l.span[0] - 200), l.span[0]);
	const count = COUNT_BEFORE_PRICE.exec(before);
	if (!count || count[1] !== named[1] || count[2]!.toLowerCase() !== noun || !EACH_AFTER_PRICE.test(text.slice(l.span[1], l.span[1] + 40))) return null;
	const thing = THING_FOR_COUNT.exec(before.slice(0, count.index))?.[1];
	const c = thing ? cleanDescription(thing) : "";
	if (!c || REQUEST_WORDS.test(c) || NOT_A_DESCRIPTION.test(c) || OPENING_WORDS.test(c) || doubtIn(c) || UNIT_WORDS.some((u) => u.toLowerCase() === c.toLowerCase())) return null;
	return { ...l, description: c, quantity: named[1]! };
}
function countBesideOtherThing(lines: ExtractedLine[], text: string, currency: string | null): string[] {
	return lines.flatMap((l) => {
		const b = thingBesideCount(l, text);
		if (!b || b.sure) return [];
		const noun = l.description.replace(/[ \t]*\([^()]*\)$/u, "").trim().toLowerCase();
		return [`what the line of ${l.quantity} ${noun} at ${l.unitPrice}${currency ? ` ${currency}` : ""} is for: the email counts "${noun}"${b.thing ? ` and names "${b.thing}" beside the count` : " shared with another line"} — what should the line be called?`];
	});
}

/** A description that holds a request verb, a pronoun, a date, an amount… may be the wrong words: asked, never guessed. */
/** "PS: the invoice for the flyer ($200) was paid already": a line its own sentence calls paid may not belong on this invoice. */
const PAID_LINE = /(?<![\p{L}])(?:paid|settled|reimbursed|refunded|bezahlt|beglichen|erstattet|pagad[oa]s?|reembolsad[oa]s?|payée?s?|réglée?s?|remboursée?s?|pagat[oa]|rimborsat[oa]|betaald|voldaan|vergoed|reembolsad[oa]s?)(?![\p{L}])/iu;
/** "(that's just your design, the printing I already paid to the print shop directly)": what was paid to another
 * supplier is a remark on what this invoice leaves out, not this line settled. Paid to "you" stays asked. */
const PAID_TO_ANOTHER = /(?<![\p{L}])(?:paid|bezahlt|payée?s?|pagad[oa]s?|pagat[oa]|betaald|pag[oa])(?:[ \t]+directly|[ \t]+direkt|[ \t]+directement|[ \t]+directamente|[ \t]+direttamente|[ \t]+direct|[ \t]+diretamente)?[ \t]+(?:to|an|à|a|al|aan|ao|à)[ \t]+(?:the|a|an|our|my|die|den|der|le|la|l['’]|el|il|lo|de|het|o|um|uma|un|une|una|onze|unsere[nm]?|notre|nuestr[oa]|nostr[oa]|noss[oa])[ \t]*\p{L}/iu;
/** "the domain renewal you paid on our behalf", "die Gebühr, die du für uns ausgelegt hast": what Sam paid for the
 * customer is a cost to pass on, billed like any line, not a bill already settled. */
const PAID_FOR_US = /(?<![\p{L}])(?:(?:you|u)[ \t]+(?:[\p{L}'’]+[ \t]+){0,2}?(?:paid|covered|fronted|advanced)|paid[ \t]+(?:on[ \t]+(?:our|my)[ \t]+behalf|for[ \t]+(?:us|me)|out[ \t]+of[ \t]+(?:your[ \t]+)?pocket)|(?:du|Sie)[ \t]+(?:\p{L}+[ \t]+){0,3}?(?:bezahlt|ausgelegt|vorgestreckt)|für[ \t]+uns[ \t]+(?:\p{L}+[ \t]+)?(?:bezahlt|ausgelegt)|pagaste|pag[óo][ \t]+por[ \t]+nosotros|(?:tu[ \t]+as|vous[ \t]+avez)[ \t]+(?:\p{L}+[ \t]+)?(?:payé|avancé)|payée?s?[ \t]+pour[ \t]+nous|(?:hai|avete)[ \t]+(?:\p{L}+[ \t]+)?(?:pagato|anticipato)|pagato[ \t]+per[ \t]+noi|voor[ \t]+ons[ \t]+(?:\p{L}+[ \t]+)?(?:betaald|voorgeschoten)|(?:je|u)[ \t]+(?:\p{L}+[ \t]+){0,3}?(?:betaald|voorgeschoten)|pagou[ \t]+por[ \t]+nós|pagaste)(?![\p{L}])/giu;

/** A line named only by a fee word ("Shipping", "Travel fee", "Gastos de envío"). */
const FEE_LINE = new RegExp(String.raw`^(?:${FEE_NOUN}|(?:[\p{L}\-]+[ \t]+){0,3}(?:${FEE_WORDS}))(?:[ \t]+(?:de|di|do|da|du)[ \t]+[\p{L}\-]+|[ \t]+d['’][\p{L}\-]+)?$`, "iu");

/** "Kun je de consultancy factureren, 10 uur à € 100", "stellen Sie die Illustrationen in Rechnung: 4 Stück à 180 €": a
 * line named only by its unit ("Uur", "Stück") whose own sentence names a thing before the count drops that thing from
 * the draft. The thing is the words after an article (never the invoice, a unit or a pronoun); "issue an invoice for the
 * 4 500 words" and "please invoice us for 10 hours" name none and stay drafted. */
const NAMED_BEFORE_COUNT = new RegExp(String.raw`(?<![\p{L}])(?:${alt(ARTICLE_WORDS.filter((w) => !/^(?:a|de|da|do|di|le|la|les|el|il|o|os|as)$/iu.test(w)))}|de|het|le|la|les|el|il|o|a)\s+(\p{L}[\p{L}-]{2,}(?:\s+\p{L}[\p{L}-]{2,}){0,3})`, "giu");
function thingBeforeUnitLine(l: ExtractedLine): string | null {
	// A unit only: a counted noun ("Images" in "the retouching, 12 images at $20") is often the thing itself in other
	// words ("die Hochzeitsfotografie … 3 Fotoalben"), and asking would lose right drafts.
	if (!UNIT_WORDS.some((u) => u.toLowerCase() === l.description.toLowerCase())) return null;
	const before = l.source.slice(0, Math.max(0, l.source.search(/\d/)));
	for (const m of before.matchAll(NAMED_BEFORE_COUNT)) {
		const first = m[1]!.split(/\s+/)[0]!;
		if (REQUEST_WORDS.test(first) || PAPERWORK_ONLY.test(first) || PRONOUN_RE.test(first) || UNIT_WORDS.some((u) => u.toLowerCase() === first.toLowerCase()) || NOT_A_THING.test(first) || UMBRELLA.test(first)) continue;
		// The thing's words up to a joining word or a preposition ("photos from the 14 November event" names the photos).
		const words = m[1]!.split(/\s+/);
		const cut = words.findIndex((w, i) => i > 0 && (HEAD_STOP.test(w) || /^(?:factureren|abrechnen|verrechnen|berechnen|bitte|please|the)$/iu.test(w)));
		return (cut > 0 ? words.slice(0, cut) : words).join(" ");
	}
	return null;
}

/** "Mia (your second shooter) stayed on for the extra 3 hours at $90 an hour for the reception": a count of extra units
 * ("the extra 3 hours") says its thing was named before it, so the words after the rate may name only the occasion —
 * asked, never drafted under them. */
const EXTRA_BEFORE_COUNT = /(?<![\p{L}])(?:the|those|die|den|les|los|las|le|la|il|gli|le|de|het|os|as)[ \t]+(?:extra|additional|further|zusätzlichen|weiteren|supplémentaires|adicionales|extras|aggiuntive|aggiuntivi|extra|adicionais)[ \t]+$/iu;
function extraCountLine(l: ExtractedLine): string | null {
	if (l.phrasing !== "quantity-unit-rate") return null;
	const q = l.quantity.replace(/\.0+$/, "");
	for (const m of l.source.matchAll(new RegExp(String.raw`(?<![\d.,])${q.replace(/\./g, "[.,]")}(?![\d.,]\d)`, "gu"))) {
		const before = l.source.slice(0, m.index);
		const extra = EXTRA_BEFORE_COUNT.exec(before);
		const name = l.description.replace(/[ \t]*\([^()]*\)$/u, "").toLowerCase();
		const unit = /^[ \t]*(\p{L}+)/u.exec(l.source.slice(m.index + m[0].length))?.[1];
		// The name stands after the rate ("… at $90 an hour for the reception"), not as the counted unit itself.
		const from = m.index + m[0].length;
		const rate = /[^\n]*?\d/u.exec(l.source.slice(from).replace(/^[ \t]*\p{L}+/u, (w) => " ".repeat(w.length)));
		if (extra && name && rate && l.source.toLowerCase().indexOf(name, from + rate[0].length) > 0) return `${extra[0].trim()} ${m[0]}${unit ? ` ${unit}` : ""}`;
	}
	return null;
}

/** "Banner for web site 3 piece, each ¥18,000": a name that is only a word of counting ("Each", "Per piece", "Cada una",
 * "Jeweils", "Chacun") names no thing; the line is asked about, never drafted under it. */
const QUANTIFIER_ONLY = new RegExp(String.raw`^(?:${alt(QUANTIFIER_WORDS)})[.:]?$`, "iu");
const ITEM_WORDS = /^(?:items?|articles?|Artikel|artículos?|articoli|artikelen|itens)$/iu;
function doubtfulDescriptions(lines: ExtractedLine[], currency: string | null, text: string): string[] {
	const rival = rivalTopic(lines, text);
	// A deposit said to be paid is shown apart (and a balance is asked about by its own rule): only the line itself here.
	const paid = lines.filter((l) => PAID_LINE.test(l.source.replace(PAID_FOR_US, "").replace(PAID_TO_ANOTHER, "")) && !ROLE_IN_LINE.test(l.source));
	// "3 hours at $90 and 2 hours at $120 for the audit": when one line names its thing, a line that is only its unit
	// ("Hours") is not known to be for the same thing.
	// A unit shown after it changes nothing ("Hours (hours)", a row labelled "Hours" read as counted in hours).
	// "Items" counts as a unit does ("it was 50 items, $12 per item"): it names no thing either.
	const isUnit = (w: string) => UNIT_WORDS.some((u) => u.toLowerCase() === w.toLowerCase()) || Object.values(UNIT_SHOWN).some((u) => u.toLowerCase() === w.toLowerCase()) || ITEM_WORDS.test(w);
	const unitOnly = (l: ExtractedLine) => {
		const shown = /^(.*?)[ \t]*\(([^()]*)\)$/u.exec(l.description);
		return shown ? isUnit(shown[1]!) && isUnit(shown[2]!) : isUnit(l.description);
	};
	// A fee ("Fahrtkosten 120 €") names no rival thing: "3 Tage à 800 €" beside it is still the work asked about.
	const bare = lines.some((l) => !unitOnly(l) && !FEE_LINE.test(l.description)) ? lines.filter(unitOnly) : [];
	return [
		...paid.map((l) => `whether "${l.description}" (${l.unitPrice}${currency ? ` ${currency}` : ""}) belongs on this invoice: its sentence says it is paid ("${PAID_LINE.exec(l.source)![0]}")`),
		...bare.map((l) => `what the line at ${l.unitPrice}${currency ? ` ${currency}` : ""} is for: "${l.description}" names only its unit while another line names its thing`),
		...lines.filter((l) => !bare.includes(l)).flatMap((l) => {
			const thing = thingBeforeUnitLine(l);
			return thing ? [`what the line at ${l.unitPrice}${currency ? ` ${currency}` : ""} is for: "${l.description}" names only what is counted, and the email names "${thing}" before its count`] : [];
		}),
		...lines.flatMap((l) => {
			const extra = extraCountLine(l);
			return extra ? [`what the line at ${l.unitPrice}${currency ? ` ${currency}` : ""} is for: the email counts "${extra}" of something named before, and "${l.description}" is read from after the rate — what should the line be called?`] : [];
		}),
		...lines.filter((l) => QUANTIFIER_ONLY.test(l.description.trim())).map((l) => `what the line at ${l.unitPrice}${currency ? ` ${currency}` : ""} is for: "${l.description}" says how it is counted, not which thing it is — what is it called?`),
		...lines.flatMap((l) => {
			const doubt = doubtIn(l.description);
			return doubt ? [`what the line at ${l.unitPrice}${currency ? ` ${currency}` : ""} is for: "${l.description}" holds ${doubt.sign.says} ("${doubt.words}"), not only the name of the thing`] : [];
		}),
		...(rival ? [rival] : []),
	];
}

const shareWord = (a: string, b: string) => {
	const words = (x: string) => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
	return words(a).some((w) => words(b).some((d) => d.startsWith(w.slice(0, 4)) || w.startsWith(d.slice(0, 4))));
};

/** Words that gather the lines rather than name a rival thing ("the following", "the items below", "November work"),
 * or say why the facts are written ("For our records: the layout was $1,200"). */
const UMBRELLA = new RegExp(String.raw`(?<![\p{L}])(?:following|below|follows|items?|work|services|order|records?|Unterlagen|registros?|dossiers?|archives?|registos?|archivio|archief|folgende[nsr]?|unten|siguientes?|conceptos|servicios|suivantes?|ci-dessous|prestations|seguintes?|seguenti|volgende|hieronder|this|esto|ceci|questo|dit|isto|${MONTHS.flat().join("|")})(?![\p{L}])`, "iu");

/** "Invoice address:", "Billing address", "Rechnungsadresse": where the invoice goes names no thing it is for. */
const ADDRESS_ONLY = /^(?:(?:postal|billing|mailing|invoice|invoicing)\s+)?(?:address|addresses|adresse|Anschrift|dirección|direccion|indirizzo|adres|endereço|endereco)$/iu;

/** "sobald die Rechnung da ist": a verb read after a word that also means "of" ("da", "de") is no thing. */
const COPULA_FIRST = /^(?:ist|sind|war|waren|is|are|was|were|est|sont|es|son|está|están|é|são|está|estão|è|sono|zijn)(?![\p{L}])/iu;

/** Two candidates compete: the request names one thing ("invoice us for the website") and the lines, read from their
 * own words, name others that share nothing with it ("The logo was $500") — which one the invoice is for is asked. */
function rivalTopic(lines: ExtractedLine[], text: string): string | null {
	if (lines.length !== 1 || lines.some((l) => PHRASINGS.find((p) => p.id === l.phrasing)?.topic)) return null;
	// A sentence of payment terms ("within 30 days of invoice as per our policy") names no rival thing.
	const asked = text.split(/(?<=[.?!])\s+|\n/).filter((s) => REQUEST_WORDS.test(s) && readTerms(s) === null && !lines.some((l) => l.source.includes(s.trim()) || s.includes(l.source)));
	for (const s of asked) {
		// "das fotos do cardápio" also holds "cardápio": a sentence whose topic names the lines' thing has no rival.
		if (topics(s).some((t) => lines.some((l) => shareWord(cleanDescription(t), l.description)))) continue;
		for (const t of topics(s)) {
			const thing = cleanDescription(t);
			// "de factuur op naam van Notariskantoor De Graaf B.V.": words after "in the name of" name who pays.
			if (afterNameOf(s, t)) continue;
			if (thing.length < 3 || NOT_A_DESCRIPTION.test(thing) || OPENING_WORDS.test(thing) || EDGE_WORD.test(thing) || /\d/.test(thing) || UMBRELLA.test(thing) || COPULA_FIRST.test(thing) || ADDRESS_ONLY.test(thing) || doubtIn(thing)) continue;
			if (!lines.some((l) => shareWord(thing, l.description))) return `what the invoice is for: the request names "${thing}" but the lines read ${lines.map((l) => `"${l.description}"`).join(", ")}`;
		}
	}
	return null;
}

/** A topic read inside the name the invoice is made out to ("op naam van Notariskantoor De Graaf B.V.", "au nom de la
 * SARL Le Moulin", "a nombre de Estudio Del Mar"): a name's article read as "of" is no thing asked for. */
const NAME_OF = /(?<![\p{L}])(?:nombre|nome|nom|name|Namen|naam)[ \t]+(?:(?:de|di|of|van|von|do|da|du|des|der)[ \t]+)?/iu;
function afterNameOf(sentence: string, topic: string): boolean {
	const n = NAME_OF.exec(sentence);
	return n !== null && sentence.indexOf(topic, n.index) >= 0;
}

/** "2 lakh rupees (₹2,00,000)", "1.5k (1,500 USD)", "EUR 1.200,- / 1200 €": one amount written twice in two notations,
 * side by side (in brackets, after "=", "/", "i.e.", "or"), is the line's amount restated — never a second figure. Only
 * the same value, and never another currency. */
const RESTATED_BETWEEN = /^(?:[.,:][-–—]{1,2})?[ \t]*(?:[([=/–—-]|,)?[ \t]*(?:(?:i\.e\.|ie|or|that is|d\.h\.|bzw\.|oder|soit|ou|o sea|o|ou seja|ossia|ovvero|cioè|oftewel|dus)[,:]?)?[ \t]*$/iu;
function restatedBeside(text: string, mm: { start: number; end: number; raw: string; amount?: string; currency?: string | null }, lines: ExtractedLine[]): boolean {
	const amount = mm.amount ?? looseValue(mm.raw);
	if (amount === null) return false;
	return lines.some((l) => {
		const value = Number(amount);
		if (value !== Number(l.unitPrice) && value !== Number(l.lineTotal ?? NaN) && value !== Number(l.quantity) * Number(l.unitPrice)) return false;
		if (mm.currency && l.currency !== null && mm.currency !== l.currency) return false;
		const between = mm.start >= l.span[1] ? text.slice(l.span[1], mm.start) : mm.end <= l.span[0] ? text.slice(mm.end, l.span[0]) : null;
		return between !== null && RESTATED_BETWEEN.test(between);
	});
}

/** The value of money written loosely beside a line ("(1.2k)", "(1200)"), when its digits read one way only. */
function looseValue(raw: string): string | null {
	const m = /^[^\d]*?(\d[\d.,'’ ]*?)[ \t]*(k|K|lakhs?|lacs?)?[^\d\p{L}]*(?:\p{L}{0,4})?[^\d]*$/u.exec(raw.trim());
	if (!m) return null;
	const n = readNumber(m[1]!, null);
	if (!/^\d+(?:\.\d+)?$/.test(n)) return null;
	return m[2] ? scaleAmount(n, m[2]) : n;
}

/** Amounts that are neither a line's price, the total, a paid deposit nor the balance after it — a second, conflicting
 * figure or a fee the lines leave out — named, never guessed. The net adds money written loosely ("60,-", "45 usd"):
 * never read as a price, but never left out of a draft either. */
function unexplainedProblem(text: string, mentions: MoneyMention[], explained: (s: [number, number], mm?: MoneyMention) => unknown, lines: ExtractedLine[], allLoose: { start: number; end: number; raw: string }[]): string | null {
	const loose = allLoose.filter((l) => !explained([l.start, l.end]) && !restatedBeside(text, l, lines));
	const unexplained = [...mentions.filter((mm) => !explained([mm.start, mm.end], mm)), ...loose].sort((a, b) => a.start - b.start);
	if (unexplained.length === 0) return null;
	// "pauschal 1.800 € … ich überweise dir die 1.600 €": the question names both figures, the lines' as written too, so
	// the owner sees which two disagree without opening the email.
	const own = [...new Set(lines.map((l) => text.slice(l.span[0], l.span[1]).trim()).filter((r) => r !== "" && /\d/.test(r)))];
	const shown = own.length > 0 && own.length <= 3 ? ` (${own.join(", ")})` : "";
	return `the email also mentions ${unexplained.map((u) => u.raw.trim()).join(", ")}, which does not match the lines${shown}`;
}

/** A figure the lines leave out, with its currency or loosely written, else a bare number beside a priced thing. The
 * loose money is found once: on long text it is the costliest of the amount scans. */
function figureLeftOut(text: string, mentions: MoneyMention[], explained: (s: [number, number], mm?: MoneyMention) => unknown, lines: ExtractedLine[], sum: number, minor: (a: string) => number): string | null {
	const loose = findLooseMoney(text, mentions);
	return unexplainedProblem(text, mentions, explained, lines, loose) ?? bareNumberProblem(text, mentions, lines, sum, minor, loose) ?? scaledLeftOut(text, mentions, lines, sum, minor, loose) ?? centsLeftOut(text, lines.map((l) => l.span));
}

/** "2 lakh for the brand identity, and the pitch deck was ₹45,000": a number with a scale word that cannot be misread
 * ("lakh", "crore") is an amount even with no currency; one the lines leave out is asked about, never dropped. */
const SCALED_BARE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d{1,2})?)[ \t]?(lakhs?|lacs?|crores?)(?![\p{L}\p{N}])/giu;
const ROUGHLY_BEFORE = /(?:about|around|roughly|approx\.?|approximately|nearly|almost|over|under|close to|some|~|ca\.|circa|etwa|ungefähr|environ|alrededor de|unos|cerca de|quasi|circa)[ \t]*$/iu;
const TOTAL_NEAR = new RegExp(String.raw`^[ \t]*(?:in[ \t]+)?(?:${alt(TOTAL_WORDS)}|all in|altogether|overall|in all)(?![\p{L}])`, "iu");
const TOTAL_NEAR_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(TOTAL_WORDS)}|altogether|overall|in all)(?:[ \t]+(?:is|was|comes to|came to|of))?[ \t:]*$`, "iu");
function scaledLeftOut(text: string, found: MoneyMention[], lines: ExtractedLine[], sum: number, minor: (a: string) => number, loose: { start: number; end: number }[]): string | null {
	const taken: [number, number][] = [...lines.map((l) => l.span), ...loose.map((l): [number, number] => [l.start, l.end]), ...found.map((m): [number, number] => [m.start, m.end])];
	const known = new Set([sum, ...lines.flatMap((l) => [minor(l.unitPrice), minor(l.lineTotal ?? l.unitPrice), Math.round(Number(l.quantity) * minor(l.unitPrice))])]);
	const left: string[] = [];
	for (const m of text.matchAll(SCALED_BARE)) {
		const start = m.index;
		const end = start + m[0].length;
		if (taken.some((s) => s[0] < end && start < s[1])) continue;
		if (known.has(minor(scaleAmount(m[1]!.replace(",", "."), m[2]!)))) continue;
		// "So a little over 2 lakh in total": a rough figure for the whole restates the sum, it adds nothing.
		if (ROUGHLY_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || TOTAL_NEAR.test(text.slice(end, end + 24)) || TOTAL_NEAR_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
		left.push(m[0]);
	}
	if (left.length === 0) return null;
	return `the email also mentions ${left.join(", ")}, which does not match the lines: is it an amount to invoice, and for what?`;
}

/** "the logo was £800 and the business cards were 150": a number with no currency that ends a clause in a sentence
 * pricing something else is a price the lines leave out, asked about — unless it restates a line's price, its amount or
 * the lines' sum. */
function bareNumberProblem(text: string, found: MoneyMention[], lines: ExtractedLine[], sum: number, minor: (a: string) => number, loose: { start: number; end: number }[]): string | null {
	const taken: [number, number][] = [...lines.map((l) => l.span), ...loose.map((l): [number, number] => [l.start, l.end])];
	const known = new Set([sum, ...lines.flatMap((l) => [minor(l.unitPrice), minor(l.lineTotal ?? l.unitPrice), Math.round(Number(l.quantity) * minor(l.unitPrice))])]);
	// "Dat waren er 10, à € 15 per stuk": a line's count, written in a clause of its own, is that count.
	const counts = new Set(lines.map((l) => Number(l.quantity)));
	// "Rediseño web fase 3", "Iconos (juego de 12)": a number the line's own name holds is part of that name.
	const named = (raw: string) => lines.some((l) => new RegExp(String.raw`(?<![\d.,])${raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\d]|[.,]\d)`).test(l.description));
	const bare = bareNumbersInPricedSentences(text, found, taken).filter((b) => !known.has(minor(readNumber(b.raw, null))) && !counts.has(Number(readNumber(b.raw, null))) && !named(b.raw));
	if (bare.length === 0) return null;
	const own = [...new Set(lines.map((l) => text.slice(l.span[0], l.span[1]).trim()).filter((r) => r !== "" && /\d/.test(r)))];
	const shown = own.length > 0 && own.length <= 3 ? ` (${own.join(", ")})` : "";
	return `the email also mentions ${bare.map((b) => b.raw.trim()).join(", ")} without a currency, which does not match the lines${shown}: is it an amount to invoice, and for what?`;
}

/** The one currency every plain "$" amount was resolved to, when it is not US dollars: the lines read their "$" so too
 * (their digits by its rules), whatever told the mail's dollar. */
function homeDollar(mentions: MoneyMention[]): string | undefined {
	const codes = new Set(mentions.filter((m) => m.bareDollar).map((m) => m.currency));
	const code = codes.size === 1 ? [...codes][0] : null;
	return code && code !== "USD" ? code : undefined;
}

/** "$2,400 nzd" read as New Zealand dollars by its line while the email's amounts read as another currency: asked. */
function currencyClash(lines: ExtractedLine[], currency: string | null): string[] {
	const other = currency ? lines.find((l) => l.codeAfter && l.currency !== currency) : undefined;
	return other ? [`which currency the line at ${other.unitPrice} is in: its own words say ${other.currency}, the email's amounts ${currency}`] : [];
}

export function extractInvoice(rawText: string, from: { name: string; email: string }, today: string, decimalsOf: (c: string) => number): Extraction {
	const text = normalizeText(rawText);
	// "Unit price (AED)" over a column of bare numbers: the header's currency is carried into its cells; a header
	// that disagrees with its cells is asked about.
	const header = headerCurrency(text);
	if (header && "clash" in header) {
		const x = extractFrom(text, from, today, decimalsOf);
		return { ...x, problems: [header.clash, ...x.problems.filter((p) => !p.startsWith("no currency given"))] };
	}
	if (header) return carriedFrom(header.carried, from, today, decimalsOf);
	// "3,800 bucks for the mural plus 400 for the sealant": the mark written once is carried to the amount written
	// without it, and what the draft quotes is the email's own words again.
	const carried = carryCurrency(text, findMoney(text));
	if (!carried) return extractFrom(text, from, today, decimalsOf);
	return carriedFrom(carried, from, today, decimalsOf);
}

/** What a mail reads as with a currency carried to its bare amounts, quoting the email's own words. */
function carriedFrom(carried: Carried, from: { name: string; email: string }, today: string, decimalsOf: (c: string) => number): Extraction {
	const x = extractFrom(carried.text, from, today, decimalsOf);
	const own = (s: string) => asWritten(carried, s);
	return {
		...x,
		lines: x.lines.map((l) => ({ ...l, source: own(l.source) })),
		total: x.total ? { ...x.total, source: own(x.total.source) } : null,
		depositPaid: x.depositPaid ? { ...x.depositPaid, source: own(x.depositPaid.source) } : null,
		problems: x.problems.map((p) => withoutCarried(carried, p)),
	};
}

/** A stated total the lines do not add up to: the question names both. With no one currency (the lines in "dollari",
 * the total in AUD) the currency is asked anyway, and a total the lines' figures do not make is asked beside it. */
function totalMismatch(written: string, stated: number, sum: number, decimals: number, currency: string): string | null {
	const c = currency ? ` ${currency}` : "";
	return sum === stated ? null : `the stated total ${written}${c} does not match the lines (${(sum / 10 ** decimals).toFixed(decimals)}${c})`;
}

/** The email's amounts, less those never billed ("invoices under GH₵ 15,000 are payable on receipt"). */
function billedMoney(text: string): MoneyMention[] {
	const notBilled = notBilledSpans(text);
	return findMoney(text).filter((mm) => !notBilled.some(([a, b]) => a < mm.end && mm.start < b));
}

function extractFrom(text: string, from: { name: string; email: string }, today: string, decimalsOf: (c: string) => number): Extraction {
	const problems: string[] = [];
	const found = billedMoney(text);
	const mentions: MoneyMention[] = resolveHomeSigns(text, resolveBareDollars(text, found));
	const { totalFound, depositFound, balanceFound } = findRoles(text, mentions);
	const lines = namedBesideCount(namedByTopic(notTheTotal(readLines(text, bareDollarCode(text, found) ?? homeDollarCode(text, found) ?? homeDollar(mentions)).filter((l) => grounded(l, text) && !namedBySubjectPointer(l.description, l.source) && !BUDGET_LINE.test(l.description) && !estimatedPrice(text, l.span[0]) && !isTaxAmount(text, l.span[0], l.span[1]) && !(lowerCoded(text.slice(l.span[0], l.span[1])) && strictlyWritten(found))), totalFound), text), text);
	const total = totalFound ? { amount: totalFound.money.amount, currency: totalFound.money.currency && "code" in totalFound.money.currency ? totalFound.money.currency.code : null, source: totalFound.source } : null;
	const { currency, named } = currencyOf(text, mentions, problems);
	// A line explains an amount it was read from whole: "$1,200" read as "$1" (a number cut short) is not explained.
	const inLine = (s: [number, number], amount?: string) => lines.some((l) => overlaps(l.span, s) && ((l.span[0] <= s[0] && l.span[1] >= s[1]) || amount === undefined || Number(amount) === Number(l.lineTotal ?? l.unitPrice)));
	problems.push(...doubtfulDescriptions(lines, currency, text), ...countBesideOtherThing(lines, text, currency), ...[countedBesideThing(lines, text)].filter((x): x is string => x !== null), ...pointedBackLines(lines), ...signedOffLines(text, lines, from.name, currency), ...askedToAdd(text, lines, currency), ...customerAsThingLines(lines, currency), ...chargedElsewhere(lines, currency), ...currencyClash(lines, currency), ...[askedCurrencyProblem(text, mentions, currency), otherDollarProblem(text, mentions, currency)].filter((x): x is string => x !== null));
	if (lines.length === 0) problems.push(noLineProblem(text, mentions), ...(mentions.length === 0 ? [bareTotalProblem(text)] : [unpricedProblem(text, lines)]).filter((x): x is string => x !== null));
	else if (!currency && !named) problems.push(`no currency given (the amounts ${lines.map((l) => l.unitPrice).join(", ")} are written without one)`);
	const d = currency ? decimalsOf(currency) : 2;
	const sum = sumMinor(lines, d);
	const minor = (a: string) => Math.round(Number(a) * 10 ** d);
	// A table's amount column: quantity × unit price written on the line's own row.
	const lineAmount = (mm: MoneyMention) =>
		lines.some(
			(l) =>
				l.source.includes(mm.raw.trim()) &&
				Math.abs(Number(l.quantity) * Number(l.unitPrice) - Number(mm.amount)) < 1e-9 &&
				// (A count of one shows its price twice only in a table: pipes, or the aligned columns whose amount was checked.)
				(Number(l.quantity) !== 1 || l.source.includes("|") || l.phrasing === "columns-quantity-price-total" || l.phrasing === "tab-columns-quantity-price-total" || l.phrasing === "columns-count-x-price-total") &&
				// The amount column follows the unit price on the same row; an amount before it is another line's price.
				mm.start >= l.span[1] &&
				!text.slice(l.span[1], mm.start).includes("\n"),
		);
	const explained = (s: [number, number], mm?: MoneyMention) =>
		inLine(s, mm?.amount) ||
		(mm !== undefined && (lineAmount(mm) || restatedBeside(text, mm, lines))) ||
		// A total explains its amount only when the lines add up to it ("$76 all up" for the parking alone is named).
		(totalFound && overlaps(totalFound.span, s) && minor(totalFound.money.amount) === sum) ||
		(mm !== undefined && restatedSum(text, mm, lines, sum, minor, currency)) ||
		(depositFound && overlaps(depositFound.span, s)) ||
		(balanceFound && overlaps(balanceFound.span, s) && depositFound && minor(balanceFound.money.amount) === sum - minor(depositFound.money.amount));
	// A figure the lines leave out: with its currency, or (when none is) a bare number beside a priced thing.
	const unexplained = lines.length > 0 ? figureLeftOut(text, mentions, explained, lines, sum, minor) : null;
	if (unexplained) problems.push(unexplained);

	problems.push(...[...(lines.length > 0 ? [discountProblem(text), roleProblem(lines, depositFound !== null), thirdPartyProblem(text), unpricedProblem(text, lines), hedgeProblem(text, lines), sameThingProblem(lines, text)] : []), roughProblem(text, mentions)].filter((x): x is string => x !== null));
	const mismatch = total && lines.length > 0 ? (currency ? totalMismatch(total.amount, minor(total.amount), sum, d, currency) : totalMismatch(total.amount, minor(total.amount), sum, d, total.currency ?? "")) : null;
	if (mismatch) problems.push(mismatch);
	problems.push(...[usualProblem(text, lines)].filter((x): x is string => x !== null));
	const due = readDue(text, today, currency);
	const past = due.dueDate !== null && due.dueDate < today;
	problems.push(...unreadDueProblem(text, today, due, lines.length > 0 && problems.length === 0));
	return {
		customer: readCustomer(text, from),
		currency,
		lines,
		total,
		depositPaid: depositFound ? { amount: depositFound.money.amount, source: depositFound.source } : null,
		dueDate: past ? null : due.dueDate,
		pastDueDate: past ? due.dueDate : null,
		paymentTerms: due.terms,
		reference: readReference(text),
		problems,
	};
}
