// A number with no currency in a sentence that prices something else: "the logo was £800 and the business cards were
// 150", "logo £800, business cards 150". The number ends its clause beside a thing, as a price does, and a draft of
// the priced lines alone would leave that thing out — so it is asked about, never guessed and never dropped. What
// numbers a sentence holds that are no price is said by the exclusions below, each with examples that run as tests
// (tests/connectors/gmail/bare-number.test.ts).
import { ANOTHER_WORDS } from "./carried-currency";
import { MONTHS, SERIES_WORDS, alt } from "./lexicon";
import type { MoneyMention } from "./money-text";
import { notMoneySpans } from "./not-money";

export interface BareNumberExample {
	text: string;
	/** The numbers the guard names, as written. */
	finds: string[];
}

/** A whole number of two digits or more, or one with cents, with thousands marks; never a year, a share, a time, a
 * date ("15.12.", "3/11") or a number run into letters ("150x", "2nd", "4K"). */
const NUMBER = String.raw`(?<![\p{L}\p{N}.,'’$€£¥₹#/:×-])(?<!\d[ \t\u00a0])(?!(?:19|20)\d\d(?!\d|[.,]\d))(?:\d{1,3}(?:[.,' \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d{2,}(?:[.,]\d{1,2})?|\d[.,]\d{1,2})(?![\p{L}\p{N}%°/:'’×]|[.,]\d)`;
/** What ends a price's clause: a stop, a comma, a semicolon, the line's end, a closing bracket, a join to the next
 * thing, or a word that adds it on ("150 on top", "120 extra", "90 en plus"). */
const ON_TOP = ["on top", "extra", "more", "as well", "too", "zusätzlich", "dazu", "obendrauf", "en plus", "de plus", "en sus", "más", "además", "de más", "in più", "a mais", "extra", "erbij", "daarbovenop", "bovenop"];
/** Or a word that makes it a price for each ("at 15 each") or for a thing named after it ("150 for the cards"). */
const EACH = ["each", "apiece", "a piece", "per piece", "per item", "je", "pro Stück", "das Stück", "chacun", "chacune", "la pièce", "pièce", "cada", "cada uno", "cada una", "cada um", "l'uno", "l'una", "ciascuno", "ciascuna", "per stuk", "stuk"];
const EACH_AFTER = new RegExp(String.raw`^[ \t]*(?:${alt(EACH)})(?![\p{L}])`, "iu");
const FOR_THING = String.raw`(?:for|für|pour|por|para|per|voor)[ \t]+\p{L}`;
const CLAUSE_END = String.raw`(?=[ \t]*(?:[.;!?](?![\d])|[,)]|\n|$|(?:and|und|y|e|et|en|plus|sowie|pis|${alt([...ON_TOP, ...EACH])})(?![\p{L}])|${FOR_THING}))`;
/** Words that price the number wherever it stands, even in a sentence with no other amount ("The business cards came to
 * 150 as well."): a verb of costing, or "another" after an amount written earlier. */
const PRICE_VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:came to|comes to|come to|cost|costs|costed|kostet|kostete|kosten|kosteten|coûte|coûtait|coûtent|coûtaient|costó|cuesta|cuestan|costaron|custou|custa|custam|custaram|costa|costano|costava|costavano|kost|kostte|kostten|${alt([...ANOTHER_WORDS, "extra", "an extra", "additional", "an additional", "zusätzlich", "weitere", "zusätzliche", "de plus", "en plus", "adicional", "adicionales", "otros más", "in più", "aggiuntivi", "extra's", "adicionais"])})[ \t]*$`, "iu");
/** Words of an agreement before the number ("avevamo concordato 950", "we agreed 950", "wir hatten 950 ausgemacht"
 * reads the other way and is left alone): a figure the sender and Sam settled on is a price wherever it stands, even
 * followed by what it included ("concordato 950 con l'album incluso", "agreed 950 with the album"). */
const AGREED_WORDS = ["agreed", "agreed on", "we said", "settled on", "vereinbart", "ausgemacht", "abgemacht", "convenu", "convenu de", "on avait dit", "acordado", "acordamos", "quedamos en", "combinado", "combinamos", "concordato", "concordati", "pattuito", "avevamo detto", "afgesproken", "overeengekomen"];
const AGREED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(AGREED_WORDS)})(?:[ \t]+(?:was|were|war|waren|era|eran|erano|était|foi|waren|was))?[ \t]*$`, "iu");
/** Words that correct an amount ("I wrote 850 but it should be 950", "it's actually 950", "Korrektur: eigentlich 950",
 * "anzi 950", "en fait 950"): the figure after them is a price wherever it stands, asked beside the lines'. */
const CORRECTION_WORDS = ["should be", "should have been", "it should be", "actually", "it's actually", "it was actually", "I meant", "I mean", "make that", "correction", "rather", "eigentlich", "sollte", "sollten", "richtig wäre", "richtig sind", "Korrektur", "ich meinte", "en realidad", "quise decir", "corrijo", "mejor dicho", "en fait", "plutôt", "je voulais dire", "correction", "in realtà", "anzi", "intendevo", "correggo", "na verdade", "aliás", "quis dizer", "corrijo", "eigenlijk", "moet zijn", "ik bedoelde", "correctie"];
const CORRECTION_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(CORRECTION_WORDS)})[ \t]*[:,]?(?:[ \t]+(?:it's|it is|it was|it|was|were|is|are|war|waren|ist|sind|es|son|eran|era|erano|sono|è|foi|foram|é|c'était|c’était|était|étaient))?[ \t]*$`, "iu");
/** What a price agreed on may be followed by: what it included. */
const WITH_WORDS = ["with", "including", "incl", "inkl", "inklusive", "mit", "avec", "y", "con", "com", "met", "inclusief", "compreso", "incluso", "inclus", "incluido", "incluído"];
const CLAUSE_END_AT = new RegExp(`^${CLAUSE_END}`, "u");
const WITH_AFTER = new RegExp(String.raw`^[ \t]*(?:${alt(WITH_WORDS)})(?![\p{L}])`, "iu");
const BARE = new RegExp(NUMBER + String.raw`(?:${CLAUSE_END}|(?=[ \t]*(?:${alt(WITH_WORDS)})(?![\p{L}])))`, "gu");

/** Words that number a thing rather than price it ("PO 4471", "Room 12", "Phase 2", "invoice 1043", "No. 55"), or say
 * the number is a count, a length or a time ("x 150", "at 10", "till 15"). */
const LABEL_WORDS = [
	...SERIES_WORDS,
	"PO", "P.O.", "order", "purchase order", "ref", "ref.", "reference", "invoice", "invoice no", "quote", "no", "no.", "nr", "nr.", "nº", "n°", "number", "num", "#",
	"room", "suite", "unit", "apt", "flat", "floor", "box", "lot", "item", "code", "account", "acct", "id", "ticket", "job", "project", "case", "page", "pages", "p.", "pp.",
	"Bestellung", "Bestellnummer", "Auftrag", "Auftragsnummer", "Zimmer", "Raum", "Seite", "pedido", "orden", "referencia", "habitación", "página", "commande", "bon de commande", "chambre", "ordine", "camera", "pagina", "bestelling", "kamer", "ordem", "encomenda", "quarto",
	"x", "×", "qty", "quantity", "pcs", "Menge", "Anzahl", "cantidad", "quantité", "quantità", "aantal", "quantidade",
	"run", "print run", "print-run", "circulation", "edition of", "Auflage", "tirada", "tirage", "tiratura", "oplage", "tiragem",
	"team of", "group of", "party of", "family of", "class of", "crew of", "staff of", "Team von", "Gruppe von", "grupo de", "equipo de", "équipe de", "groupe de", "gruppo di", "squadra di", "team van", "groep van", "equipe de",
	"age", "aged", "size", "version", "v", "ver", "rev", "revision", "model", "table", "tables", "seat", "seats", "row", "gate", "exit", "route", "bus", "line", "track",
];
const LABEL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(LABEL_WORDS)})(?:[ \t]+(?:number|no\.?|nr\.?|is|was|ist|war|es|est|è|é|era|fue|was|wordt))*[ \t]*[:#.=]?[ \t]*$`, "iu");
/** A date or time beside it ("on 15", "December 15", "15 December", "at 10", "till 15", "by the 20"). */
const MONTH = alt(MONTHS.flat());
const DATE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${MONTH}|on|the|by|until|till|before|after|from|since|am|bis|vom|ab|le|du|au|el|del|al|il|dal|op|tot|em|até|at|um|à|às|alle|om|a las|a la)[ \t]*$`, "iu");
const DATE_AFTER = new RegExp(String.raw`^[ \t]*(?:st|nd|rd|th)?[ \t]*(?:of[ \t]+)?(?:${MONTH})(?![\p{L}])`, "iu");

/** A day and month with a dot after the words of a due date ("due 10.12", "fällig am 15.12", "vencimento 15.12",
 * "scadenza 15.12"): a date, not an amount — unless the words speak of a sum that is due ("amount due 10.12", "balance
 * due 10.12", "Restbetrag fällig 10.12"), where it may be money and stays asked. The number must be a day (1-31) and a
 * month (1-12), so "due 10.50" is still read as a number. */
const DUE_DAY_MONTH_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<!(?:amount|balance|total|sum|still|now|outstanding|remaining|Betrag|Rest|Restbetrag|Summe|montant|solde|importe|saldo|resto|importo|bedrag|valor)[ \t]+)(?:due|payable|fällig|Fälligkeit|Zahlungsziel|échéance|vencimiento|vence|vencimento|scadenza|vervaldatum|vervaldag|deadline)(?:[ \t]+(?:by|on|before|am|bis|zum|bis[ \t]+zum|le|au|el|em|até|a|il|al|op|vóór|voor))?[ \t]*:?[ \t]*$`, "iu");
const DAY_MONTH = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])$/;

export const BARE_NUMBER_EXAMPLES: BareNumberExample[] = [
	{ text: "As agreed the logo was £800 and the business cards were 150.", finds: ["150"] },
	{ text: "Please invoice: logo £800, business cards 150.", finds: ["150"] },
	{ text: "Das Logo waren 600 € und die Visitenkarten 120, danke.", finds: ["120"] },
	{ text: "Le site 1 200 € et la bannière 90.", finds: ["90"] },
	{ text: "The poster is $300 and the flyer 85.50.", finds: ["85.50"] },
	{ text: "Please invoice the logo (£800) and the business cards (150).", finds: ["150"] },
	{ text: "The logo was £800 and the business cards were another 150 on top.", finds: ["150"] },
	{ text: "Please invoice: £800 for the logo, 150 for the business cards.", finds: ["150"] },
	{ text: "The shoot was €1,200 and the retouching 25 images at 15 each.", finds: ["15"] },
	// A verb of costing prices it in a sentence of its own.
	{ text: "Please invoice the logo (£800). The business cards came to 150 as well.", finds: ["150"] },
	{ text: "Please invoice the logo (£800). We printed 150 for the fair.", finds: [] },
	{ text: "Please invoice the logo at £800. The business cards were an extra 150.", finds: ["150"] },
	{ text: "Please invoice the logo (£800). For the business cards, 150.", finds: ["150"] },
	// A row of a list beside a priced row is priced alike: the list is its sentence.
	{ text: "Please invoice:\n- logo £800\n- business cards 150\n\nCheers, Harriet", finds: ["150"] },
	{ text: "Bitte in Rechnung stellen:\nLogo: 800 €\nVisitenkarten: 150\nDanke", finds: ["150"] },
	{ text: "Item | Price\nLogo | £800\nBusiness cards | 150", finds: ["150"] },
	{ text: "Logo design        £800.00\nBusiness cards        150.00\n\nThanks", finds: ["150.00"] },
	// A list's own count column, or a row in another block, is left alone.
	{ text: "Item | Qty | Price\nPhotos | 12 | £35\n\nOffice hours: Mon–Fri\nSuite 300", finds: [] },
	// A number that names, counts or dates a thing, a year, a share, a phone or a single digit is no price.
	{ text: "Please invoice the logo at £800 for PO 4471, Phase 2.", finds: [] },
	{ text: "The logo was £800, due 15 December, or December 15.", finds: [] },
	{ text: "Invoice please – opening night photos, kr 12 500,- to Nordlys Kaffebar AS, due 10.12", finds: [] },
	{ text: "Bitte die Rechnung fürs Logo, 500 €, fällig am 15.12.", finds: [] },
	{ text: "Manda-me a fatura das fotos, 300 €, vencimento 15.12.", finds: [] },
	{ text: "Mandami la fattura delle foto, 300 €, scadenza 15.12.", finds: [] },
	{ text: "The logo was £800, the balance due 10.12.", finds: ["10.12"] },
	{ text: "The logo was £800 and the prints 10.12, due 15 December.", finds: ["10.12"] },
	{ text: "The logo was £800 for our 2026 launch, 20% off next time.", finds: [] },
	{ text: "De opmaak van het Jaarverslag 2025, voor een bedrag van € 2.300,00.", finds: [] },
	{ text: "Business cards x 150 at £0.40, plus the logo at £800.", finds: [] },
	{ text: "The logo was £800 and the posters 3.", finds: [] },
	{ text: "The logo was £800, call me on 07700 900418.", finds: [] },
	{ text: "Iconos (juego de 12)         360,00 €", finds: [] },
	{ text: "Please invoice the logo at £800, our account ref is 10042, print run 200.", finds: [] },
	{ text: "Please invoice the shoot at $900 on Saturday, 8 to 12, we're a team of 12.", finds: [] },
	{ text: "The logo was £800 and the meeting is at 10:30.", finds: [] },
	// A number in a sentence that prices nothing is left to the rest of the reader.
	{ text: "The logo was £800. We printed 150.", finds: [] },
	// A figure agreed on is a price wherever it stands, even followed by what it included.
	{ text: "It was €850 if I remember right. My husband says we agreed 950 with the album included.", finds: ["950"] },
	{ text: "Erano 850 euro. Davide dice che avevamo concordato 950 con l'album incluso.", finds: ["950"] },
	{ text: "Es waren 850 €, aber mein Mann sagt, vereinbart waren 950 inklusive Album.", finds: ["950"] },
	{ text: "Eran 850 €, aunque mi socio dice que acordamos 950 con el álbum.", finds: ["950"] },
	{ text: "Het was € 850, maar we hadden afgesproken 950 met het album erbij.", finds: ["950"] },
	// A figure that corrects another is a price wherever it stands.
	{ text: "Please invoice the logo, $850. Sorry, I wrote 850 but it should be 950.", finds: ["950"] },
	{ text: "Please invoice the logo at $850. I wrote 850 earlier but it's actually 950.", finds: ["950"] },
	{ text: "Bitte die Rechnung fürs Logo, 850 €. Korrektur: es waren eigentlich 950.", finds: ["950"] },
	{ text: "Mi mandi la fattura del logo, 850 euro, anzi 950.", finds: ["950"] },
	{ text: "La facture du logo, 850 €, enfin plutôt 950.", finds: ["950"] },
	{ text: "The logo was $850. We actually printed 150 copies.", finds: [] },
	// A count before "with" is no price.
	{ text: "The shoot was €850. We printed 120 with the album.", finds: [] },
	{ text: "Il servizio era 850 euro, le foto sono 120 con l'album.", finds: [] },
];

/** "For the business cards, 150.": a thing named with "for" and the number after a comma prices it anywhere. */
const FOR_THING_BEFORE = /(?<![\p{L}])(?:for|für|pour|por|para|per|voor)[ \t]+(?:the|die|der|das|den|le|la|les|el|los|las|il|lo|gli|i|het|de|o|a|os|as)[ \t]+\p{L}[\p{L} '’-]{1,40},[ \t]*$/iu;

/** A row of a list or table: a bullet, or a label set off by a colon, a dash, a pipe, aligned blanks or dot leaders; a
 * short name, the number ending the row ("- business cards 150", "Visitenkarten: 150", "Business cards | 150",
 * "Business cards        150.00"). */
const ROW = new RegExp(String.raw`^[ \t]*(?:(?:[-*•·▪–]|\d{1,2}[.)])[ \t]*\p{L}[^\n\d]{0,60}?[ \t:–—-]|\|?[ \t]*\p{L}[^\n\d:|]{0,60}?(?:[ \t]*[:|]|[ \t][–—-]|[ \t]{2,}|\t|[ \t]*\.{3,}|[ \t]*…+))[ \t]*${NUMBER}[ \t]*\|?[ \t]*$`, "u");

/** Where the block of lines holding `at` starts: after the blank line before it (a list of at most a dozen rows). */
function blockStart(text: string, at: number): number {
	const floor = Math.max(0, at - 1200);
	// Back line by line to the first blank one (no look-ahead over the rest: long mail stays fast).
	let i = at - 1;
	while (i > floor) {
		const prev = text.lastIndexOf("\n", i - 1);
		if (prev < floor) break;
		if (text.slice(prev + 1, i).trim() === "") return i;
		i = prev;
	}
	return floor - 1;
}

/** The numbers without a currency that end a clause in a sentence pricing something else, outside every span the
 * reader has explained (`taken`: the lines, the strict and the loose money). */
export function bareNumbersInPricedSentences(text: string, strict: readonly MoneyMention[], taken: readonly [number, number][]): { start: number; end: number; raw: string }[] {
	const priced = strict.filter((m) => m.currency !== null || m.ambiguous !== null);
	if (priced.length === 0) return [];
	const notMoney = notMoneySpans(text);
	const out: { start: number; end: number; raw: string }[] = [];
	BARE.lastIndex = 0;
	for (const m of text.matchAll(BARE)) {
		const start = m.index;
		const end = start + m[0].length;
		const inside = (s: readonly [number, number]) => s[0] < end && start < s[1];
		if (taken.some(inside) || strict.some((s) => inside([s.start, s.end])) || notMoney.some(inside)) continue;
		const before = text.slice(Math.max(0, start - 24), start);
		// A bracket closes a price only when it holds the number alone ("(150)"); "(juego de 12)" names a set.
		if (/^[ \t]*\)/.test(text.slice(end, end + 8)) && !/\([ \t]*$/.test(before)) continue;
		// "at 15 each" is a price, "at 10" a time.
		const each = EACH_AFTER.test(text.slice(end, end + 16));
		const agreed = AGREED_BEFORE.test(before) || CORRECTION_BEFORE.test(before);
		// "12 fotos con marco": a number before "with" is a count, unless a word of agreement prices it.
		if (!agreed && WITH_AFTER.test(text.slice(end, end + 16)) && !CLAUSE_END_AT.test(text.slice(end, end + 16))) continue;
		// "8 to 12", "10–15": the end of a range of times or counts.
		if (/\d[ \t]*(?:to|till|until|bis|à|a|al|tot|até|[-–—])[ \t]*$/iu.test(before)) continue;
		if (LABEL_BEFORE.test(before) || (!each && DATE_BEFORE.test(before)) || DATE_AFTER.test(text.slice(end, end + 16))) continue;
		if (DAY_MONTH.test(m[0]) && DUE_DAY_MONTH_BEFORE.test(before)) continue;
		// The sentence it stands in: back to a stop, a question mark or a line break, on to the next one; a row of a list
		// ("- business cards 150", "Visitenkarten: 150") stands in its list, the lines around it up to a blank one.
		const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
		const lineTo = text.indexOf("\n", end) < 0 ? text.length : text.indexOf("\n", end);
		const row = ROW.test(text.slice(lineFrom, lineTo));
		const from = row ? blockStart(text, lineFrom) : Math.max(lineFrom - 1, ...[". ", "? ", "! "].map((e) => text.lastIndexOf(e, start - 1) + 1)) + 1;
		const next = row ? /\n[ \t]*\n/.exec(text.slice(end)) : /[.?!](?:\s|$)|\n/.exec(text.slice(end));
		const to = next ? end + next.index : text.length;
		if (!agreed && !PRICE_VERB_BEFORE.test(before) && !FOR_THING_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && !priced.some((p) => p.start >= from && p.end <= to)) continue;
		out.push({ start, end, raw: m[0] });
	}
	return out;
}
