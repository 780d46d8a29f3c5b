// A currency written once for several amounts: "3,800 bucks for the mural design plus 400 for the sealant", "600 € für
// das Logo und 80 für die Anfahrt", "the 1,500 deposit" in a mail whose every amount is in dollars. The second amount is
// in its neighbour's currency as surely as if it were written there, so the mark is carried to it and the mail is read
// as if it stood there (the sentences the draft quotes keep the email's own words). Only where that is plain: one
// currency mark in the whole mail, and a second price in the same sentence whose shape mirrors the first ("<amount>
// for <thing> and <amount> for <thing>") or a deposit. A number that may be a count ("10 flyers at $1 each and 50 for
// the event") or a mail with two marks stays loose money, asked about (money-net.ts).
import { DEPOSIT_AFTER_WORDS, DEPOSIT_WORDS, FLAT_WORDS, alt } from "./lexicon";
import { escapeRegex } from "../../../core/guard/regex";
import { CURRENCY_WORDS, DOLLAR_SIGN, isIsoCurrency, readCurrency } from "./currency";
import { readNumber, type MoneyMention } from "./money-text";

export interface CarryRow {
	id: string;
	says: string;
	/** The mail, and what it reads as once the mark is carried. */
	examples: [text: string, reads: string][];
	/** Mail the row leaves as it is. */
	ignores: string[];
}

const JOIN = String.raw`(?:plus|and|und|sowie|y|et|e|en|más|mais|più)`;
const FOR = String.raw`(?:for|für|pour|por|para|per|voor)`;
/** A plain amount: not a year, a share, a date or a decimal cut short. */
const PLAIN = String.raw`(?!(?:19|20)\d\d(?![\d.,]))(?:\d{1,3}(?:[.,' \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d%]|[.,]\d)`;

/** "<amount> for the mural design plus 400 for the sealant": the thing of the first price (no digits, a few words), a
 * joining word, then the bare amount and the "for" of its own thing. */
/** The second price's own thing: no share of each ("for each extra photo" is a price per unit, its count unwritten),
 * and no other number up to the sentence's end ("for the 3 prints", "or was it 150?"). A single digit may be a count
 * ("and 2 for the travel days"), so it is never carried. */
const EACH = String.raw`(?:each|every|per|jede[nmrs]?|chaque|cada|ogni|elke|iedere?)(?![\p{L}])`;
const JOINED = new RegExp(String.raw`^[ \t]+${FOR}[ \t]+[^\d\n.!?;:$€£¥]{2,60}?[ \t,]+${JOIN}[ \t]+(?:(?:the|another|die|den|das|le|la|el|los|las|il|de|het)[ \t]+)?(?!\d(?![\d.,]))(${PLAIN})(?=[ \t]+${FOR}[ \t]+(?!${EACH})\p{L}[^\d\n.!?]*(?:[.!?\n]|$))`, "iu");
/** "£800 and the business cards another 150", "900 € y las tarjetas otros 300": after a priced amount, a join, a thing
 * and a word for "another", a bare amount that ends its clause (no count or unit after it; a single digit may be a count,
 * "and the posters another 2", so it is never carried). "Another" says it is more of the same money. */
export const ANOTHER_WORDS = ["another", "a further", "an additional", "otros", "otras", "otro", "otra", "nochmal", "noch mal", "nochmals", "noch einmal", "weitere", "zusätzlich", "zusätzliche", "encore", "outros", "outras", "outro", "outra", "mais", "altri", "altre", "altro", "altra", "nog eens", "nog een keer"];
const ANOTHER = new RegExp(String.raw`^(?:[^\d\n.!?;:$€£¥]{0,60}?[ \t,])?(?:and|und|y|e|et|en|plus|sowie)[ \t]+[^\d\n.!?;:$€£¥]{2,60}?[ \t]+(?:${alt(ANOTHER_WORDS)})[ \t]+(?!\d(?!\d|[.,]\d))(${PLAIN})(?=[ \t]*(?:[.,;!?)\n]|$))`, "iu");
/** "the 1,500 deposit", "a deposit of 500", "Anzahlung von 1.500", "1,200 upfront". */
const DEPOSIT = new RegExp(String.raw`(?<![\p{L}])(?:${alt([...DEPOSIT_WORDS])})(?:[ \t]+(?:of|von|de|di|van|da|do|du))?(?:[ \t]*:[ \t]+|[ \t]+)(${PLAIN})(?![ \t]*(?:%|\p{L}+[ \t]+(?:before|after|vor|nach|avant|après|antes|después|prima|dopo|voor|na)))(?=[ \t]*(?:[.,;!?)\n]|$|\p{L}))|(?<![\p{L}\p{N}.,$€£¥₹%])(${PLAIN})(?=[ \t]+(?:(?:as|als|como|comme|come)[ \t]+(?:(?:a|an|the|une|un|uma|um|una|een)[ \t]+)?|(?:de|di|da|do|of|en|em)[ \t]+|d['’])?(?:${alt([...DEPOSIT_WORDS])}|${alt(DEPOSIT_AFTER_WORDS)})(?![\p{L}]))`, "giu");

/** "(all AUD)", "all in EUR", "alles in CHF": the sender states one currency for every amount of the sentence. */
const STATED_FOR_ALL = /\((?:[ \t]*)(?:all|alles|todo|tout|tutto|tudo)[ \t]+(?:(?:in|en|em)[ \t]+)?[A-Z]{3}[ \t]*\)|(?<![\p{L}])(?:all (?:amounts |prices |figures )?in|alle (?:Beträge |Preise )?in|todo en|todos los importes en|tout en|tous les montants en|tutto in|tudo em|alles in|alle bedragen in)[ \t]+[A-Z]{3}(?![\p{L}])/gu;
/** A plain amount right after a word that prices it ("was 1.5k", "at 950"), and nothing after it that makes it a count
 * ("3 hours"): at most "as quoted" or a comma, bracket or the sentence's end. "k" is its thousands. */
const PRICED_PLAIN = new RegExp(String.raw`(?<![\p{L}])(?:was|were|is|are|came to|comes to|costs?|at|for|of|war|waren|kostet|était|fue|era|foi|fica em)[ \t]+(${PLAIN}(?:[kK](?![\p{L}]))?)(?=[ \t]*(?:[,;)]|as[ \t]+(?:quoted|agreed|discussed)|flat|$|\.(?!\d)))`, "giu");
/** In a paragraph a sentence of its own prices in one currency ("All AUD obviously."), a plain amount priced by the word
 * before it — a verb of being or costing, "another", "you said" — and ending its clause ("the logo was 800 and …",
 * "another 150,", "another 150 - all NZ$", "You said 120 for that one."). A number before a noun ("3 posters", "800 flyers") is a count, never
 * marked. */
const PRICED_IN_STATED = new RegExp(String.raw`(?<![\p{L}])(?:was|were|is|are|came to|comes to|costs?|war|waren|kostet|kosteten|était|étaient|fue|fueron|era|eran|foi|foram|(?:you|we)[ \t]+(?:said|quoted|agreed)|${alt(ANOTHER_WORDS)})[ \t]+(${PLAIN})(?=[ \t]*(?:[,;)]|\((?=[ \t]*(?:that|which|just|only|das ist|c['’]est|eso|isso|dat is|cioè)(?![\p{L}]))|(?:and|plus|und|et|y|e|en)(?![\p{L}])|for[ \t]+(?:that one|this one|that|this|it)(?![\p{L}])|[-–—][ \t]+\p{L}|$|\.(?!\d)))`, "giu");
/** "All AUD obviously.", "All amounts in EUR.", "Alles in CHF.", "Todo en USD.": a sentence of its own that states one
 * currency for every amount of its paragraph. */
// Or a clause after a dash ("the stickers another 150 - all NZ$ obviously."), the mark a symbol with its country's
// letters ("NZ$", "A$", "US$") as well as a code.
// The currency may be spelled out as well ("All in Canadian dollars of course.", "Todo en euros."): a name that is one
// currency only — never a plain "dollars" or "pounds", which many countries write.
const GENERIC_NAMES = new Set(["dollar", "dollars", "dólares", "dollari", "pound", "pounds", "libras", "pfund", "franc", "francs", "franken", "lira"]);
const STATED_NAMES = Object.entries(CURRENCY_WORDS)
	.filter(([k, v]) => typeof v === "string" && k.length > 3 && /^[\p{L} ]+$/u.test(k) && !GENERIC_NAMES.has(k.toLowerCase()))
	.map(([k]) => escapeRegex(k).replace(/ /g, "[ \\t]+"))
	.sort((x, y) => y.length - x.length);
const STATED_SENTENCE = new RegExp(String.raw`(?:^|[.!?][ \t]+|\n[ \t]*|(?<=[ \t])[-–—][ \t]+)(?:(?:and|und|y|et|e|en)[ \t]+)?(?:all|all amounts|all prices|all figures|all of it|all of that|everything|prices are|amounts are|alles|alle Beträge|alle Preise|todo|todos los importes|tout|tous les montants|tutto|tudo|alle bedragen|valores|i prezzi|gli importi)(?:[ \t]+(?:is|are|ist|sind|in|en|em|est|sono))*[ \t]+([A-Z]{3}(?![\p{L}$])|[A-Z]{1,3}\$|(?:${STATED_NAMES.join("|")})(?![\p{L}]))(?:[ \t]*,?[ \t]*(?:obviously|of course|naturally|btw|by the way|natürlich|selbstverständlich|bien sûr|évidemment|claro|por supuesto|ovviamente|naturalmente|obviamente|natuurlijk))?[ \t]*[.!]?[ \t]*(?=\n|$|[ \t]+\p{Lu})`, "gimu");
/** "the trailer edit was 1.5k", "the website was 2 lakh": a plain amount with a scale that cannot be misread ("k" for
 * thousands, "lakh", "crore"), priced by the word before it; only a comma, "as quoted" or the sentence's end after it.
 * "which we said would be 1.5k flat": a price agreed ahead is priced by "would be", and a flat word after it says it is
 * the whole thing's price (what follows the flat word is the phrasing's to read, not the currency's). */
const SCALED_PRICED = new RegExp(String.raw`(?<![\p{L}])(?:was|were|is|are|came to|comes to|costs?|war|waren|kostet|était|fue|era|foi|would be|will be|wäre|sería|serait|sarebbe|seria|agreed at|agreed on|agreed|settled at|settled on|quoted at|priced at|fixed at|quedamos en|acordado en|convenu à|concordato a|afgesproken op)[ \t]+(\d{1,3}(?:[.,]\d{1,2})?[ \t]?(?:k|K|lakhs?|lacs?|crores?)(?![\p{L}\p{N}]))(?=[ \t]*(?:[,;)]|as[ \t]+(?:quoted|agreed|discussed)|(?:${alt(FLAT_WORDS)})(?![\p{L}])|$|\.(?!\d)))`, "giu");

/** "3 headshots, 220 each NZD", "5 Poster, 90 je EUR": a price per unit whose code comes after its "each" — the code is
 * the price's own, as if written before "each". Only a code in capitals (checked against ISO by the caller), ending its
 * clause, and a price no other amount's currency contradicts. */
const EACH_THEN_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥₹])(${PLAIN})[ \t]+(?:each|apiece|ea\.?|a piece|per piece|pp|je|pro Stück|chacun|chacune|la pièce|cada uno|cada una|cada|ciascuno|ciascuna|l['’]uno|l['’]una|per stuk|per stuk|cada um|cada uma)[ \t]+([A-Z]{3})(?![\p{L}\p{N}])(?=[ \t]*(?:[.,;!?)\n]|$))`, "gu");
/** "…, also EUR 1.150,- insgesamt", "so $1,150 in total", "soit 1 150 € au total": the amount that follows names itself the
 * total, by a word before it ("also", "so", "that's", "macht", "soit", "o sea") or after it ("insgesamt", "in total"). */
const TOTAL_BEFORE = /(?<![\p{L}])(?:also|so|that['’]s|that is|thus|i\.e\.|makes|making|macht|das sind|sind|ergibt|soit|donc|ça fait|o sea|osea|son|en total|total|totale|quindi|cioè|dus|samen|ou seja|portanto|no total|insgesamt|in total|gesamt|in totaal|al totale|em total|au total)[ \t:,]*$/iu;
const TOTAL_AFTER = /^[ \t]*(?:insgesamt|gesamt|zusammen|in total|total|altogether|all in|all together|in all|en total|au total|in totale|in tutto|in totaal|samen|no total|em total|al todo)(?![\p{L}])/iu;
/** A plain amount after a word that prices it, or one for "another" ("die Bandfotos nochmal 350"), ending its clause. */
const PART = new RegExp(String.raw`(?<![\p{L}])(?:was|were|is|are|came to|cost|costs|war|waren|ist|sind|kostet|kosteten|était|étaient|fue|fueron|era|eran|erano|foi|foram|kostte|kostten|${alt(ANOTHER_WORDS)})[ \t]+(${PLAIN})(?=[ \t]*(?:[,;)]|\((?=[ \t]*(?:that|which|just|only|das ist|c['’]est|eso|isso|dat is|cioè)(?![\p{L}]))|(?:and|und|y|e|et|en|plus|sowie)(?![\p{L}])|$|\.(?!\d)))`, "giu");

/** The plain parts of a sentence whose total follows them with its currency ("Das Albumcover waren 800 und die
 * Bandfotos nochmal 350, also EUR 1.150,- insgesamt"): two or more parts, each priced by its own verb or "another", that
 * add up to exactly that total, are in its currency. Any other sum leaves them loose (asked about). */
function partsOfTotal(text: string, m: MoneyMention): { start: number; end: number }[] {
	if (!TOTAL_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !TOTAL_AFTER.test(text.slice(m.end, m.end + 24))) return [];
	const before = text.slice(0, m.start);
	const from = Math.max(before.lastIndexOf("\n\n"), ...[". ", "? ", "! ", ".\n"].map((e) => before.lastIndexOf(e))) + 1;
	const parts: { start: number; end: number; cents: number }[] = [];
	PART.lastIndex = 0;
	for (const p of before.slice(from).matchAll(PART)) {
		const start = from + p.index + p[0].length - p[1]!.length;
		parts.push({ start, end: start + p[1]!.length, cents: Math.round(Number(readNumber(p[1]!, m.currency)) * 100) });
	}
	const total = Math.round(Number(m.amount) * 100);
	return parts.length >= 2 && parts.reduce((a, p) => a + p.cents, 0) === total ? parts : [];
}

export const CARRY_ROWS: CarryRow[] = [
	{
		id: "joined-price",
		says: "a second price joined on in the same sentence, shaped like the first (3,800 bucks for the mural plus 400 for the sealant)",
		examples: [
			["Full job was 3,800 bucks for the mural design plus 400 for the sealant and paint.", "Full job was 3,800 bucks for the mural design plus 400 bucks for the sealant and paint."],
			["Es sind 600 € für das Logo und 80 für die Anfahrt.", "Es sind 600 € für das Logo und 80 € für die Anfahrt."],
			["Invoice $500 for the shoot and 120 for the prints please.", "Invoice $500 for the shoot and $120 for the prints please."],
		],
		ignores: ["Please invoice 10 flyers at $1 each and 50 for the event.", "Invoice $20 for 5 posters and 2 for the lobby.", "Invoice $500 for the shoot and 2 for the travel days.", "Invoice $1,200 for the shoot and 50 for each extra photo.", "Invoice €900 for the logo and 120 for the first 2 revisions.", "Invoice $800 for the shoot, and 100 for the rush, or was it 150?", "It was $500 for the shoot. And 120 for the prints.", "It was $500 for the shoot and €120 for the prints and 40 for the frame."],
	},
	{
		id: "deposit",
		says: "a deposit written without its currency in a mail whose amounts are in one (the 1,500 deposit)",
		examples: [["Full job was 3,800 bucks. We already sent you the 1,500 deposit back in October.", "Full job was 3,800 bucks. We already sent you the 1,500 bucks deposit back in October."]],
		ignores: ["We sent the 1,500 deposit, the rest is 3,800 € or 4,100 CHF.", "A 50% deposit of the $3,800 was paid."],
	},
	{
		id: "stated-for-all",
		says: "a plain price in a sentence that states one currency for all its amounts (the layout was 1.5k as quoted, plus 3 hours at $95/h (all AUD))",
		examples: [
			["The annual report layout was 1.5k as quoted, plus the 3 hours of revisions at $95/h (all AUD).", "The annual report layout was $1.5k as quoted, plus the 3 hours of revisions at $95/h (all AUD)."],
			["The brochure was 2,400, and the 6 illustrations at $150 each, all in CAD.", "The brochure was $2,400, and the 6 illustrations at $150 each, all in CAD."],
		],
		ignores: ["The layout was 1.5k as quoted, plus the 3 hours of revisions at $95/h.", "The 3 hours of revisions at $95/h (all AUD).", "We need 12 posters at $40 each (all AUD). The brochure was 2,400."],
	},
	{
		id: "stated-sentence",
		says: "plain prices in a paragraph that a sentence of its own puts in one currency (the logo was 800 and the cards another 150 … All AUD obviously.)",
		examples: [
			["As per your quote the logo was 800 and the business cards another 150, plus the sticker artwork. You said 120 for that one. All AUD obviously.", "As per your quote the logo was 800 AUD and the business cards another 150 AUD, plus the sticker artwork. You said 120 AUD for that one. All AUD obviously."],
			["Das Logo war 600 und die Visitenkarten waren 150. Alles in CHF.", "Das Logo war 600 CHF und die Visitenkarten waren 150 CHF. Alles in CHF."],
			// After a dash, the mark a symbol with its country's letters.
			["The logo was 800 and the stickers another 150 - all NZ$ obviously.", "The logo was 800 NZD and the stickers another 150 NZD - all NZ$ obviously."],
			["The banner was 450 and the flyers were 90 – all A$ of course.", "The banner was 450 AUD and the flyers were 90 AUD – all A$ of course."],
			["The mural was 2,000 and the sealant another 300 - everything in CAD.", "The mural was 2,000 CAD and the sealant another 300 CAD - everything in CAD."],
		],
		ignores: [
			// A count before a noun, another paragraph, a second currency in the mail, or no such sentence: nothing carried.
			"We need 800 flyers and 150 posters. All AUD obviously.",
			"The logo was 800.\n\nAll AUD obviously.",
			"The logo was 800 and the cards €150. All AUD obviously.",
			"The logo was 800 and the cards another 150.",
			// A range before the dash, or a bare "$" that names no country: nothing carried.
			"The logo was 800 - 900 - all NZ$ obviously.",
			"The logo was 800 and the stickers another 150 - all $ obviously.",
		],
	},
	{
		id: "scaled-in-series",
		says: "a price written with its scale and no mark (was 1.5k) among the priced items of one sentence, in a mail whose every amount is in one currency: that currency's code is carried to it",
		examples: [
			["Invoice us for all of it: the logo US$900, the brand guide was 2.5k, and the icons $300.", "Invoice us for all of it: the logo US$900, the brand guide was 2.5k USD, and the icons $300."],
			["Bill us for the edit £600 and the grade, which was 1.2k.", "Bill us for the edit £600 and the grade, which was 1.2k GBP."],
			["Kindly invoice: photography ₹45,000, the website was 2 lakh as agreed.", "Kindly invoice: photography ₹45,000, the website was 2 lakh INR as agreed."],
			["Invoice 2 days at $950.00 USD/day, plus the retouching, which we said would be 1.5k flat for the whole lot.", "Invoice 2 days at $950.00 USD/day, plus the retouching, which we said would be 1.5k USD flat for the whole lot."],
			["Bitte 3 Tage à 800,00 EUR abrechnen, dazu die Bildbearbeitung, die wäre 1,2k pauschal.", "Bitte 3 Tage à 800,00 EUR abrechnen, dazu die Bildbearbeitung, die wäre 1,2k EUR pauschal."],
			// A price said agreed or quoted at ("which we agreed at 30K flat").
			["Please bill 4 days of filming at R 9,500 per day, and the aerial shots which we agreed at 12K flat.", "Please bill 4 days of filming at R 9,500 per day, and the aerial shots which we agreed at 12K ZAR flat."],
			["Invoice the edit at £600, plus the grade, quoted at 1.2k.", "Invoice the edit at £600, plus the grade, quoted at 1.2k GBP."],
		],
		ignores: [
			// Two currencies in the mail: whose thousands "2.5k" counts is asked.
			"Invoice us: the logo $900, the brand guide was 2.5k, and the icons €300.",
			// A plain "$" alone does not say which dollar.
			"Invoice us for all of it: the logo $900, the brand guide was 2.5k, and the icons $300.",
			// No priced amount beside it in its sentence, or none at all.
			"The logo was $900. The brand guide was 2.5k.",
			"The brand guide was 2.5k.",
			// A scale that is not one ("5k run", "was 2.5km") or a number after it.
			"The logo $900, and the route was 2.5km long.",
			"The logo $900 and the brand guide was 2.5k for 3 versions.",
		],
	},
	{
		id: "code-after-each",
		says: "a price per unit whose currency code comes after its 'each' (220 each NZD): the code is the price's own",
		examples: [
			["Invoice me for the 3 headshots, 220 each NZD. Thanks", "Invoice me for the 3 headshots, 220 NZD each NZD. Thanks"],
			["Bitte die 5 Poster in Rechnung stellen, 90 je EUR.", "Bitte die 5 Poster in Rechnung stellen, 90 EUR je EUR."],
			["Factúrame los 4 retratos, 150 cada uno USD, gracias.", "Factúrame los 4 retratos, 150 USD cada uno USD, gracias."],
		],
		ignores: [
			// No code, a code that is no currency, or a number after it: nothing is carried.
			"Invoice me for the 3 headshots, 220 each.",
			"Invoice me for the 3 headshots, 220 each ABC.",
			"Invoice me for the 3 headshots, 220 each NZD 40 for the prints.",
			// Another amount in another currency: asked, never resolved.
			"Invoice me for the 3 headshots, 220 each NZD, and the prints €40.",
		],
	},
	{
		id: "at-sign-mirrored",
		says: "two counted things priced with '@' on one line, the first with its code and the second without (3 x pull-up banners @ AUD 120 ea + 500 flyers @ 0.45)",
		examples: [
			["invoice pls - 3 x pull-up banners @ AUD 120 ea + 500 flyers @ 0.45", "invoice pls - 3 x pull-up banners @ AUD 120 ea + 500 flyers @ AUD0.45"],
			["Rechnung: 2 Roll-ups @ EUR 150 und 100 Flyer @ 0.80, danke", "Rechnung: 2 Roll-ups @ EUR 150 und 100 Flyer @ EUR0.80, danke"],
			["Factura: 4 carteles @ MXN 500, 200 volantes @ 2.50", "Factura: 4 carteles @ MXN 500, 200 volantes @ MXN2.50"],
		],
		ignores: [
			// No code (a bare "$" or a symbol says no one currency), a number after the second price, or another currency.
			"invoice pls - 3 x banners @ $120 ea + 500 flyers @ 0.45",
			"invoice pls - 3 x banners @ AUD 120 ea + 500 flyers @ 0.45 for 2 runs",
			"invoice pls - 3 x banners @ AUD 120 ea + 500 flyers @ 0.45. The frames were €40.",
		],
	},
	{
		id: "another-price",
		says: "a second thing priced 'another' without its currency after the first one's amount, in the same sentence (the logo was £800 and the business cards another 150)",
		examples: [
			["As agreed the logo was £800 and the business cards another 150.", "As agreed the logo was £800 and the business cards another £150."],
			["Das Albumcover 600 € und die Bandfotos nochmal 400, danke!", "Das Albumcover 600 € und die Bandfotos nochmal 400 €, danke!"],
			["El logo fueron $8,500 y el diseño de las tarjetas otros 1,200.", "El logo fueron $8,500 y el diseño de las tarjetas otros $1,200."],
			["Das Logo waren 600 € und die Visitenkarten weitere 150.", "Das Logo waren 600 € und die Visitenkarten weitere 150 €."],
			["Das Logo waren 600 € und die Visitenkarten zusätzlich 150.", "Das Logo waren 600 € und die Visitenkarten zusätzlich 150 €."],
			["The logo was $600 and the business cards an additional 150.", "The logo was $600 and the business cards an additional $150."],
			["O logo foi R$ 600 e os cartões mais 150.", "O logo foi R$ 600 e os cartões mais R$150."],
			["Het logo was € 600 en de visitekaartjes nog een keer 150.", "Het logo was € 600 en de visitekaartjes nog een keer €150."],
		],
		ignores: [
			// A count or a unit after it, a single digit, another sentence, or two marks in the mail: loose money, asked.
			"The logo was £800 and the business cards another 150 copies.",
			"The logo was £800 and the posters another 2.",
			"The logo was £800. And the business cards another 150.",
			"The logo was £800 and the business cards another 150, the frame €40.",
		],
	},
	{
		id: "parts-of-total",
		says: "two or more plain prices in a sentence whose total follows with its currency and adds them up exactly (the album cover was 800 and the band photos another 350, so EUR 1,150 in total)",
		examples: [
			["Das Albumcover waren 800 und die Bandfotos nochmal 350, also EUR 1.150,- insgesamt.", "Das Albumcover waren EUR800 und die Bandfotos nochmal EUR350, also EUR 1.150,- insgesamt."],
			["The album cover was 800 and the band photos were 350, so $1,150 in total.", "The album cover was $800 and the band photos were $350, so $1,150 in total."],
			["Le logo était 600 et les cartes étaient 150, soit 750 € au total.", "Le logo était 600 € et les cartes étaient 150 €, soit 750 € au total."],
			["El logo fue 900 y las tarjetas otros 300, o sea 1.200 € en total.", "El logo fue 900 € y las tarjetas otros 300 €, o sea 1.200 € en total."],
		],
		ignores: [
			// Parts that do not add up to the total, or one part alone: loose money, asked.
			"The album cover was 800 and the band photos were 300, so $1,150 in total.",
			"The album cover was 800, so $1,150 in total.",
			// No word that makes the amount the total.
			"The album cover was 800 and the band photos were 350, and the print run $1,150.",
		],
	},
];

/** The currency mark of an amount as written, before or after its number ("bucks", "€", "$", "USD"). */
function markOf(m: MoneyMention): { mark: string; before: boolean } | null {
	const raw = m.raw.trim();
	const after = /^[\d.,\u00a0\u202f '’:–—-]+[ \t\u00a0]?(\D.*)$/u.exec(raw);
	if (after) return { mark: after[1]!, before: false };
	const before = /^(.*?\D)[ \t\u00a0]?\d[\d.,\u00a0\u202f '’:–—-]*$/u.exec(raw);
	return before ? { mark: before[1]!, before: true } : null;
}

export interface Carried {
	text: string;
	/** Where each carried mark was written into the text (in the new text), and what was written. */
	inserted: { at: number; written: string }[];
}

/** The text with the one mark of the mail carried to the amounts written without it, or null when nothing is carried. */
export function carryCurrency(text: string, mentions: readonly MoneyMention[]): Carried | null {
	const scaled = [...scaledPlaces(text, mentions), ...eachThenCode(text, mentions), ...atMirrored(text, mentions), ...statedSentencePlaces(text, mentions)].sort((x, y) => x.pos - y.pos).filter((p, i, all) => i === 0 || all[i - 1]!.pos !== p.pos);
	const marks = mentions.map(markOf);
	if (marks.length === 0 || marks.some((m) => m === null)) return scaled.length > 0 ? withMarks(text, scaled) : null;
	const one = new Set(marks.map((m) => `${m!.before ? "<" : ">"}${m!.mark.toLowerCase()}`));
	if (one.size !== 1) return scaled.length > 0 ? withMarks(text, scaled) : null;
	const { mark, before } = marks[0]!;
	const at: { start: number; end: number }[] = [];
	for (const m of mentions) {
		const j = JOINED.exec(text.slice(m.end, m.end + 140));
		if (j) {
			const end = m.end + j[0].length;
			at.push({ start: end - j[1]!.length, end });
		}
	}
	for (const m of mentions) {
		const a = ANOTHER.exec(text.slice(m.end, m.end + 160));
		if (a) {
			const end = m.end + a[0].length;
			at.push({ start: end - a[1]!.length, end });
		}
	}
	for (const m of mentions) at.push(...partsOfTotal(text, m));
	DEPOSIT.lastIndex = 0;
	for (const d of text.matchAll(DEPOSIT)) {
		const num = d[1] ?? d[2]!;
		const start = d.index + d[0].lastIndexOf(num);
		at.push({ start, end: start + num.length });
	}
	STATED_FOR_ALL.lastIndex = 0;
	for (const st of text.matchAll(STATED_FOR_ALL)) {
		// The sentence the statement closes: back to the previous sentence end ("1.5k" holds a dot, but no dot and blank).
		const before = text.slice(0, st.index);
		const from = Math.max(before.lastIndexOf("\n\n"), ...[". ", "? ", "! ", ".\n"].map((e) => before.lastIndexOf(e))) + 1;
		PRICED_PLAIN.lastIndex = 0;
		for (const p of before.slice(from).matchAll(PRICED_PLAIN)) {
			const start = from + p.index + p[0].length - p[1]!.length;
			at.push({ start, end: start + p[1]!.length });
		}
	}
	// Never over an amount that already has its mark.
	const free = at.filter((a) => !mentions.some((m) => m.start < a.end && a.start < m.end) && !scaled.some((p) => a.start <= p.pos && p.pos <= a.end)).sort((a, b) => a.start - b.start);
	if (free.length === 0 && scaled.length === 0) return null;
	const places: { pos: number; written: string }[] = [];
	let last = 0;
	for (const a of free) {
		if (a.start < last) continue;
		last = before ? a.start : a.end;
		places.push({ pos: last, written: before ? mark : ` ${mark}` });
	}
	return withMarks(text, [...places, ...scaled].sort((x, y) => x.pos - y.pos));
}

/** Where the code a sentence of its own states for its paragraph ("All AUD obviously.") goes: after each plain priced
 * amount of that paragraph, when no amount of the mail is written in another currency. */
function statedSentencePlaces(text: string, mentions: readonly MoneyMention[]): { pos: number; written: string }[] {
	const out: { pos: number; written: string }[] = [];
	STATED_SENTENCE.lastIndex = 0;
	for (const st of text.matchAll(STATED_SENTENCE)) {
		const read = /\$$/.test(st[1]!) || /[a-z]/.test(st[1]!) ? readCurrency(st[1]!.replace(/\s+/g, " ")) : null;
		const code = read && "code" in read ? read.code : st[1]!;
		// The code in capitals only: "all eur" typed in lower case is read by the lower-case rules, not stated here.
		if (!/^[A-Z]{3}$/.test(code) || !isIsoCurrency(code) || mentions.some((m) => m.currency !== code)) continue;
		const from = text.lastIndexOf("\n\n", st.index) + 1;
		const para = text.slice(from, st.index);
		PRICED_IN_STATED.lastIndex = 0;
		for (const p of para.matchAll(PRICED_IN_STATED)) {
			const start = from + p.index + p[0].length - p[1]!.length;
			const end = start + p[1]!.length;
			if (!mentions.some((m) => m.start < end && start < m.end)) out.push({ pos: end, written: ` ${code}` });
		}
	}
	return out;
}

/** Where the code written after a price's "each" goes (right after its number): only where no amount of the mail is in
 * another currency. */
function eachThenCode(text: string, mentions: readonly MoneyMention[]): { pos: number; written: string }[] {
	const out: { pos: number; written: string }[] = [];
	EACH_THEN_CODE.lastIndex = 0;
	for (const p of text.matchAll(EACH_THEN_CODE)) {
		const code = p[2]!;
		if (!isIsoCurrency(code) || mentions.some((m) => m.currency !== code)) continue;
		const start = p.index + p[0].indexOf(p[1]!);
		const end = start + p[1]!.length;
		if (!mentions.some((m) => m.start < end && start < m.end)) out.push({ pos: end, written: ` ${code}` });
	}
	return out;
}

/** "3 x pull-up banners @ AUD 120 ea + 500 flyers @ 0.45": two counted things priced with "@" on one line, joined by
 * "+", "&", a comma or "and", the first price with an ISO code in capitals and the second bare, ending its clause. The
 * second is in the first's currency. Never when another amount of the mail is in another currency (a bare "$" beside a
 * dollar code, "as per subject mate, $585 all up", is that dollar). Each run is bounded, so a long line stays linear. */
const AT_MIRRORED = new RegExp(String.raw`(?<![\p{L}\p{N}.,])\d{1,5}[ \t]*(?:[x×][ \t]*)?\p{L}[\p{L} '’-]{0,40}?[ \t]{1,3}@[ \t]{0,3}([A-Z]{3})[ \t]?${PLAIN}(?:[ \t]{1,3}(?:ea\.?|each|apiece|je|cada|chacun|ciascuno|per stuk))?[ \t]{0,3}(?:\+|&|,|and|und|y|et|e|en)[ \t]{0,3}\d{1,6}[ \t]*(?:[x×][ \t]*)?\p{L}[\p{L} '’-]{0,40}?[ \t]{1,3}@[ \t]{0,3}(${PLAIN})(?=[ \t]*(?:[.,;!)\n]|$|[–—-][ \t]|(?:ea\.?|each|apiece|je|cada|chacun|per stuk)(?![\p{L}])[ \t]*(?:[.,;!)\n]|$|[–—-][ \t])))`, "gu");
function atMirrored(text: string, mentions: readonly MoneyMention[]): { pos: number; written: string }[] {
	const out: { pos: number; written: string }[] = [];
	AT_MIRRORED.lastIndex = 0;
	for (const p of text.matchAll(AT_MIRRORED)) {
		const code = p[1]!;
		if (!isIsoCurrency(code) || mentions.some((m) => m.currency !== code && !(m.bareDollar && DOLLAR_SIGN.includes(code)))) continue;
		const start = p.index + p[0].length - p[2]!.length;
		if (!mentions.some((m) => m.start < start + p[2]!.length && start < m.end)) out.push({ pos: start, written: code });
	}
	return out;
}

/** Where the one currency code of a mail goes after a scaled plain price among priced items of its sentence
 * ("the trailer edit was 1.5k" beside "$1,200.00 USD" and "$450"): none when an amount is in another currency or in
 * none that is sure ("kr", a "$" of a peso country). */
function scaledPlaces(text: string, mentions: readonly MoneyMention[]): { pos: number; written: string }[] {
	const codes = new Set(mentions.map((m) => m.currency));
	const code = codes.size === 1 ? [...codes][0] : null;
	// A plain "$" is read as US dollars only by default: the mail must name its dollar once ("$1,200.00 USD").
	if (!code || (mentions.some((m) => m.bareDollar) && mentions.every((m) => m.bareDollar))) return [];
	const out: { pos: number; written: string }[] = [];
	SCALED_PRICED.lastIndex = 0;
	for (const p of text.matchAll(SCALED_PRICED)) {
		const start = p.index + p[0].length - p[1]!.length;
		const end = start + p[1]!.length;
		// The sentence it stands in, from the end of the one before (not the dot of "1.5k") to its own end.
		const before = text.slice(0, start);
		const from = Math.max(before.lastIndexOf("\n\n"), ...[". ", "? ", "! ", ".\n"].map((e) => before.lastIndexOf(e))) + 1;
		const next = /[.?!](?:\s|$)|\n\n/.exec(text.slice(end));
		const to = next ? end + next.index : text.length;
		if (mentions.some((m) => m.start >= from && m.end <= to) && !mentions.some((m) => m.start < end && start < m.end)) out.push({ pos: end, written: ` ${code}` });
	}
	return out;
}

/** The text with currency marks written in at the given places (in order), and where each went. */
export function withMarks(text: string, marks: readonly { pos: number; written: string }[]): Carried {
	let out = "";
	let last = 0;
	const inserted: Carried["inserted"] = [];
	for (const a of marks) {
		out += text.slice(last, a.pos);
		inserted.push({ at: out.length, written: a.written });
		out += a.written;
		last = a.pos;
	}
	return { text: out + text.slice(last), inserted };
}

/** A sentence of the carried text as the email wrote it: the carried marks taken out again. */
export function asWritten(carried: Carried, s: string): string {
	const from = carried.text.indexOf(s);
	if (from < 0) return s;
	let out = "";
	let last = from;
	for (const i of carried.inserted) {
		if (i.at < from || i.at + i.written.length > from + s.length) continue;
		out += carried.text.slice(last, i.at);
		last = i.at + i.written.length;
	}
	return out + carried.text.slice(last, from + s.length);
}

/** A question that quotes a carried amount ("the email also mentions 400 bucks"), with the amount as the email wrote it. */
export function withoutCarried(carried: Carried, s: string): string {
	let out = s;
	for (const i of carried.inserted) {
		// A scaled amount ("1.5k USD") keeps its scale.
		const before = /[\d.,'\u00a0]*\d(?:[ \t]?(?:k|K|lakhs?|lacs?|crores?))?$/u.exec(carried.text.slice(Math.max(0, i.at - 20), i.at))?.[0];
		const after = /^\d[\d.,'\u00a0]*/u.exec(carried.text.slice(i.at + i.written.length, i.at + i.written.length + 20))?.[0];
		const [fragment, number] = i.written.startsWith(" ") ? [`${before ?? ""}${i.written}`, before ?? ""] : [`${i.written}${after ?? ""}`, after ?? ""];
		if (number) out = out.split(fragment).join(number);
	}
	return out;
}
