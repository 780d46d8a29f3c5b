// The safety net under the amount reader: money written in a looser way than the lines are read from ("60,-",
// "45 usd", "35 EURO", "120 zl", "Kc 900"). Such an amount is never read as a price (its currency may be unsure), but
// one the lines, the total, the deposit or the balance do not explain stops the draft: a fee or item the draft would
// leave out is asked about by name. Each row is a way of writing money, with examples that are its tests.
import { CURRENCY_WORDS, ISO_CODES } from "./currency";
import { FEE_NOUN } from "./fee-words";
import { DEPOSIT_AFTER_WORDS, DEPOSIT_WORDS, UNIT, alt } from "./lexicon";
import { ANOTHER_WORDS } from "./carried-currency";
import type { MoneyMention } from "./money-text";
import { NUMBER } from "./money-text";
import { notBilledSpans, notMoneySpans } from "./not-money";

export interface NetRow {
	id: string;
	says: string;
	/** Tokens written before or after the number, matched without regard to case. */
	tokens: readonly string[];
	/** Texts whose loose amounts the net finds (as written), and texts where it must find none. */
	examples: { text: string; finds: string[] }[];
}

/** Three-letter codes that are also everyday words ("all 3 posters", "top 5", "try 2", "3 cups"): only the exact
 * capitals count for them, and those the strict reader already reads. */
const WORD_LIKE_CODES = new Set(["ALL", "TOP", "TRY", "CUP", "MOP", "BOB", "GEL", "MAD", "PHP", "PEN", "SOS", "COP", "RON", "BAM", "NIO", "AMD", "MUR", "SAR", "LAK", "CAD", "DOP", "TOT", "GYD", "VES", "BND", "AOA", "MRU", "ERN", "KES", "XAF", "XOF", "XPF", "XCD", "BIF", "TMT", "STN", "WST", "SVC", "SLE", "SLL", "RUB", "ARS", "ANG", "CHE", "CHW", "BOV", "COU", "USN", "UYI", "UYW", "MXV", "CLF", "XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD"]);

export const MONEY_NET: NetRow[] = [
	{
		id: "dash-for-cents",
		says: "a round amount written with a dash for its cents and no currency (60,-  120.–): only money is written so",
		tokens: [],
		examples: [
			{ text: "Plus 60,- für den Versand.", finds: ["60,-"] },
			{ text: "En 1.250,– voor het montagewerk.", finds: ["1.250,–"] },
			// Swedish writes the dash after a colon: "1 200:-".
			{ text: "Och 1 200:- för resan.", finds: ["1 200:-"] },
			{ text: "Section 3.2 - the fee is listed below.", finds: [] },
			{ text: "Meeting at 10:30 - see you then.", finds: [] },
		],
	},
	{
		id: "fee-noun-bare-amount",
		says: "a fee named by its noun with a number and no currency (Versand 4,90; plus 35 shipping; spedizione: 12): a fee the draft would leave out",
		tokens: [],
		examples: [
			{ text: "Bitte 40 Tassen à 9,50 € in Rechnung stellen, Versand 4,90.", finds: ["Versand 4,90"] },
			{ text: "Please invoice 200 stickers at $0.40 each plus 35 shipping.", finds: ["35 shipping"] },
			{ text: "Fattura per 40 inviti a 3,50 € l'uno, spedizione: 12.", finds: ["spedizione: 12"] },
			// Distances, counts, dates and years are no fee.
			{ text: "Die Anfahrt war 30 km, Versand in 3 Tagen, shipping 2 boxes.", finds: [] },
			{ text: "Lieferung 12.12. bitte, delivery 2026.", finds: [] },
		],
	},
	{
		id: "deposit-bare-amount",
		says: "a deposit whose amount is written without a currency (the 1,500 deposit; a deposit of 500; 800 upfront; Anzahlung von 1.500): a draft without it would bill the whole again",
		tokens: [],
		examples: [
			{ text: "We already sent you the 1,500 deposit back in October so take that off.", finds: ["1,500 deposit"] },
			{ text: "We paid a deposit of 500 in May.", finds: ["deposit of 500"] },
			{ text: "Die Anzahlung von 1.500 haben wir schon überwiesen.", finds: ["Anzahlung von 1.500"] },
			{ text: "On vous a versé 800 d'acompte.", finds: ["800 d'acompte"] },
			{ text: "We sent 1,200 upfront.", finds: ["1,200 upfront"] },
			// A share, a count of deposits or a date is no amount.
			{ text: "A 50% deposit, 2 deposits so far, deposit due 12.12.", finds: [] },
		],
	},
	{
		id: "joined-bare-price",
		// Where the mail's one mark plainly carries to it, it is read as a price first (carried-currency.ts).
		says: "a second price joined on without its currency, for a thing named after it (plus 400 for the sealant; und 80 für die Anfahrt; y 200 por el envío)",
		tokens: [],
		examples: [
			{ text: "Full job was 3,800 bucks for the mural design plus 400 for the sealant and paint.", finds: ["400"] },
			{ text: "Das Logo kostet 900 € und 80 für die Anfahrt.", finds: ["80"] },
			{ text: "El logo son 900 € y 200 por el envío.", finds: ["200"] },
			// A count joined on with its unit, or a year, is no price.
			{ text: "3 posters at $20 plus 2 hours for the install, and 2026 for the date.", finds: [] },
		],
	},
	{
		id: "another-bare-price",
		// Where the mail's one mark plainly carries to it, it is read as a price first (carried-currency.ts).
		says: "a second price written 'another' without its currency, ending its clause (and the business cards another 150; y las tarjetas otros 300; und die Fotos nochmal 400)",
		tokens: [],
		examples: [
			{ text: "The logo was £800 and the business cards another 150, the frame €40.", finds: ["another 150"] },
			{ text: "El logo 900 € y las tarjetas otros 300.", finds: ["otros 300"] },
			{ text: "Das Logo 500 € und die Fotos nochmal 400!", finds: ["nochmal 400"] },
			// A count or unit after it, or a year, is no price.
			{ text: "We need another 150 copies, another 2 days and another 2026 calendar.", finds: [] },
		],
	},
	{
		id: "count-unit-bare-rate",
		says: "a rate after a count and its unit with no currency, beside amounts that have one (3 hours at 90 and the logo was $500; 2 Tage à 800 und …): a line the draft would leave out",
		tokens: [],
		examples: [
			{ text: "We did 3 hours at 90 and the logo was $500.", finds: ["90"] },
			{ text: "Dazu 2 Tage à 800, das Logo war 500 €.", finds: ["800"] },
			{ text: "Plus 5 hrs @ 60/h for the edit, the logo was $500.", finds: ["60"] },
			// A time of day, a place counted or a year after it is no rate.
			{ text: "We met 2 days at 10 am, 3 days at 2 locations, 4 days at 10:30, the logo $500.", finds: [] },
		],
	},
	{
		id: "code-any-case",
		says: "a currency code in small letters or mixed case (45 usd, Eur 120, 300 Chf)",
		tokens: ISO_CODES.filter((c) => !WORD_LIKE_CODES.has(c)),
		examples: [
			{ text: "Please invoice 3 prints at 25 USD, oh and the courier was 45 usd", finds: ["45 usd"] },
			// A mail that writes every amount so is read so (money-text.ts): no loose amount.
			{ text: "can u invoice me 850 nzd for the poster", finds: [] },
			{ text: "plus Eur 120 for the frame", finds: ["Eur 120"] },
			{ text: "Transport 300 Chf.", finds: ["300 Chf"] },
			{ text: "We printed all 3 posters and the top 5 photos.", finds: [] },
		],
	},
	{
		id: "spelling-any-case",
		says: "a currency name in capitals or another case than listed (35 EURO, 20 Dollars, 500 RUPEES)",
		tokens: Object.keys(CURRENCY_WORDS).filter((k) => k.length >= 4 && /^[\p{L} ]+$/u.test(k)),
		examples: [
			{ text: "Und 35 EURO für die Anfahrt.", finds: ["35 EURO"] },
			{ text: "shipping was 20 Dollars", finds: ["20 Dollars"] },
			// A postcode before a place is no amount ("5050-237 Peso da Régua").
			{ text: "Rua do Cais 12, 5050-237 Peso da Régua", finds: [] },
		],
	},
	{
		id: "sign-without-accent",
		says: "a local sign typed without its accent or in small letters (120 zl, Kc 900, 40 tk)",
		tokens: ["zl", "zł", "Kc", "Kč", "Kcs", "Tk", "Tk.", "kr", "kr.", "Rs", "Rs.", "Ft", "lei", "GHS", "GH¢", "¢", "Dh", "Dhs", "Dhs.", "QR", "SR", "KD", "BD", "RO", "RM", "Rp", "R"],
		examples: [
			{ text: "dodatkowo 120 zl za dojazd", finds: ["120 zl"] },
			{ text: "a doprava Kc 900", finds: ["Kc 900"] },
			{ text: "cable ties 40 tk more", finds: ["40 tk"] },
			{ text: "a 10 ft banner and 3 r prints", finds: [] },
		],
	},
];

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "10 ft", "3 r": short signs that are also units or letters count only in their listed case (the strict reader). */
const CASE_EXACT = new Set(["Ft", "R", "Rs", "Rs.", "kr", "kr.", "lei", "RM", "Rp", "QR", "SR", "KD", "BD", "RO"]);

function tokenPattern(tokens: readonly string[], flags: "i" | ""): string {
	const list = tokens.filter((t) => (flags === "i" ? !CASE_EXACT.has(t) : CASE_EXACT.has(t)));
	if (list.length === 0) return "(?!)";
	return [...list].sort((a, b) => b.length - a.length).map(escape).join("|");
}

function netRegexes(): RegExp[] {
	const tokens = MONEY_NET.flatMap((r) => r.tokens);
	const out: RegExp[] = [/(?<![\p{L}\p{N}.,])\d{1,3}(?:[.' \u00a0]\d{3})*[.,:][-–—]{1,2}(?![\p{N}-])/gu];
	// A fee noun with a bare number: the number ends its clause (not "30 km", "in 3 Tagen", "2 boxes").
	const bare = String.raw`\d{1,3}(?:[.,' \u00a0]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
	out.push(new RegExp(String.raw`(?<![\p{L}])(?:${FEE_NOUN})(?:[ \t]*[:=–—-])?[ \t]+(?:(?:of|von|de|di|van|da|do|is|was|war|ist|es|è|é|fue|foi|était)[ \t]+)?(?!\d{1,2}\.\d{1,2}\.|(?:19|20)\d\d(?!\d|[.,]\d))(?:${bare})(?![\d\p{L}%])(?=[ \t]*(?:[.,;!?)\n]|$))|(?<![\p{L}\p{N}.,$€£¥₹])(?:${bare})[ \t]+(?:(?:de|di|of|d['’])[ \t]*)?(?:${FEE_NOUN})(?![\p{L}])`, "giu"));
	// A deposit written without its currency, its word before or after the number ("the 1,500 deposit", "Anzahlung von
	// 1.500", "1,200 upfront"); not a share ("50% deposit"), a year or a date.
	const plain = String.raw`(?!(?:19|20)\d\d(?![\d.,]))(?:\d{1,3}(?:[.,' \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d%]|[.,]\d)`;
	const deposit = alt([...DEPOSIT_WORDS]);
	out.push(new RegExp(String.raw`(?<![\p{L}])(?:${deposit})(?:[ \t]+(?:of|von|de|di|van|da|do|du))?(?:[ \t]*:[ \t]+|[ \t]+)(?!\d{1,2}\.\d{1,2}\.)${plain}(?![ \t]*(?:%|\p{L}+[ \t]+(?:before|after|vor|nach|avant|après|antes|después|prima|dopo|voor|na)))(?=[ \t]*(?:[.,;!?)\n]|$|\p{L}))|(?<![\p{L}\p{N}.,$€£¥₹%])${plain}[ \t]+(?:(?:as|als|como|comme|come)[ \t]+(?:(?:a|an|the|une|un|uma|um|una|een)[ \t]+)?|(?:de|di|da|do|of|en|em)[ \t]+|d['’])?(?:${deposit}|${alt(DEPOSIT_AFTER_WORDS)})(?![\p{L}])`, "giu"));
	// A second price joined on without its currency, for a thing named right after it ("plus 400 for the sealant").
	// The digit is looked for before the look-behind, which reads back over blanks (quadratic on a long run of them).
	out.push(new RegExp(String.raw`(?=\d)(?<=(?<![\p{L}])(?:plus|and|und|sowie|y|et|e|en|más|mais|più)[ \t]+)${plain}(?=[ \t]+(?:for|für|pour|por|para|per|voor)[ \t]+\p{L})`, "giu"));
	// A second price written "another" without its currency, ending its clause ("and the business cards another 150").
	out.push(new RegExp(String.raw`(?<![\p{L}])(?:${alt(ANOTHER_WORDS)})[ \t]+${plain}(?=[ \t]*(?:[.,;!?)\n]|$))`, "giu"));
	// A rate after a count and its unit with no currency ("3 hours at 90"): only where the clause ends or a per-unit word,
	// a slash or a join follows (not "at 10 am", "at 2 locations", "at 10:30").
	out.push(new RegExp(String.raw`(?=\d)(?<=(?<![\p{L}\p{N}.,])\d+(?:[.,]\d{1,2})?[ \t]*(?:${UNIT})\.?[ \t]+(?:at|@|à|a|zu je|zu|je|x|×)[ \t]+)${plain}(?!:\d)(?=[ \t]*(?:[.,;!?)\n]|$|\/|(?:and|plus|und|et|y|e|en|per|each|pro|je|la|le|the|an?|par|por|for|für|pour)(?![\p{L}])))`, "giu"));
	// A price in thousands with no currency ("the layout was 1.5k as quoted"): money, though no currency says whose. A
	// count in thousands ("10k followers", "5k run") and a video's "4K" are not.
	out.push(/(?<![\p{L}\p{N}.,$€£¥₹])\d{1,3}(?:[.,]\d{1,2})?k(?![\p{L}\p{N}])(?![ \t]+(?:words|followers|views|subscribers|run|steps|impressions|downloads|likes|users|visitors|visits|km|miles|members|copies|units|prints|flyers|pieces|emails|contacts|fans|hits|clicks|readers|people)(?![\p{L}]))/gu);
	for (const flags of ["i", ""] as const) {
		const tok = tokenPattern(tokens, flags);
		out.push(new RegExp(String.raw`(?<![\p{L}\p{N}.,\-])(?:${NUMBER})[ \t\u00a0]?(?:${tok})(?![\p{L}])|(?<![\p{L}])(?:${tok})[ \t\u00a0]?(?:${NUMBER})(?![\p{N}])`, `g${flags}u`));
	}
	return out;
}

const NET = netRegexes();

/** Amounts written loosely that the strict reader (`findMoney`) did not read: each must still be explained. */
export function findLooseMoney(text: string, strict: readonly MoneyMention[]): { start: number; end: number; raw: string }[] {
	const out: { start: number; end: number; raw: string }[] = [];
	// Postcodes, phones and registration numbers ("Bristol BS1 4QR", "1234 RM Amstelveen") are no money, loose or not.
	// Nor is an amount never billed ("Stammkapital 25.000 EUR", "invoices under GH₵ 15,000 are payable on receipt").
	const notMoney = [...notMoneySpans(text), ...notBilledSpans(text)];
	for (const re of NET) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) {
			const span = { start: m.index, end: m.index + m[0].length, raw: m[0] };
			const seen = [...strict, ...out].some((s) => s.start < span.end && span.start < s.end) || notMoney.some(([a, b]) => a < span.end && span.start < b);
			if (!seen) out.push(span);
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Words before an amount that make it a guess, by language: an invoice needs the exact figure, so it is asked. */
export const ROUGH_BEFORE: Record<string, string[]> = {
	en: ["around", "about", "approx.", "approx", "approximately", "roughly", "circa", "ca.", "some", "somewhere around", "in the region of", "ballpark", "give or take", "up to", "at most", "at least", "~"],
	de: ["ca.", "circa", "zirka", "etwa", "ungefähr", "rund", "so um die", "um die", "grob", "höchstens", "mindestens", "bis zu", "~"],
	es: ["unos", "unas", "aproximadamente", "aprox.", "alrededor de", "cerca de", "más o menos", "como", "hasta", "~"],
	fr: ["environ", "à peu près", "autour de", "près de", "approximativement", "quelque", "dans les", "jusqu'à", "~"],
	pt: ["uns", "umas", "cerca de", "aproximadamente", "mais ou menos", "por volta de", "em torno de", "até", "~"],
	it: ["circa", "più o meno", "all'incirca", "intorno a", "intorno ai", "sui", "verso i", "fino a", "~"],
	nl: ["ongeveer", "ca.", "circa", "zo'n", "rond de", "om en nabij", "pakweg", "tot", "maximaal", "~"],
};

/** Words right after an amount that make it a guess ("$45, approx.", "(€45 approx. for the year)", "45 € più o meno",
 * "€ 45 ongeveer", "$45 or so"): the same doubt written behind the figure. Only words that cannot open what follows
 * ("about the hosting", "up to you"), so not "about", "around" or "up to". */
export const ROUGH_AFTER: Record<string, string[]> = {
	en: ["approx.", "approx", "approximately", "roughly", "circa", "ca.", "or so", "give or take", "or thereabouts", "more or less", "ish", "estimated", "est."],
	de: ["ca.", "circa", "zirka", "etwa", "ungefähr", "in etwa", "plus minus", "grob geschätzt"],
	es: ["aprox.", "aprox", "aproximadamente", "más o menos", "o así", "a ojo"],
	fr: ["environ", "à peu près", "approximativement", "en gros", "grosso modo", "plus ou moins", "env."],
	pt: ["aprox.", "aprox", "aproximadamente", "mais ou menos", "por aí"],
	it: ["circa", "più o meno", "all'incirca", "grosso modo", "indicativamente", "ca."],
	nl: ["ongeveer", "ca.", "circa", "grofweg", "pakweg", "plusminus", "om en nabij", "zo ongeveer"],
};
const ROUGH_AFTER_RE = new RegExp(String.raw`^[ \t]*(?:[,(–—-][ \t]*)?(${[...new Set(Object.values(ROUGH_AFTER).flat())].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/'/g, "['’]")).join("|")})(?![\p{L}])`, "iu");

const ROUGH_WORDS = [...new Set(Object.values(ROUGH_BEFORE).flat())].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/'/g, "['’]"));
const ROUGH_BEFORE_RE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${ROUGH_WORDS.filter((w) => w !== "~").join("|")})|~)[ \t]*$`, "iu");
/** "$500-600", "€500 – €600", "500 to 600 €", "zwischen 500 und 600 €": a range, not an amount. */
const RANGE_AFTER_RE = /^(?:[-–—](?:[$€£¥₹]|[A-Z]{3}[ \t]?)?\d|[ \t]+[-–—][ \t]+(?:[$€£¥₹]|[A-Z]{3}[ \t]?)\d|[ \t]+(?:to|bis|tot)[ \t]+(?:[$€£¥₹]|[A-Z]{3}[ \t]?)?\d)/u;
const RANGE_BEFORE_RE = /(?:\d[-–—]|(?<![\p{L}])(?:between|zwischen|entre|tra|fra|tussen)[ \t]+(?:[$€£¥₹]|[A-Z]{3}[ \t]?)?\d[\d.,' ]*[ \t]+(?:and|und|y|et|e|en)[ \t]+|(?<![\p{L}])(?:from|von|de|da|van)[ \t]+(?:[$€£¥₹]|[A-Z]{3}[ \t]?)?\d[\d.,' ]*[ \t]+(?:to|bis|a|à|tot)[ \t]+)$/iu;

/** Amounts written as a guess or a range ("around $500", "ca. 500 €", "$500-600"), as written with their qualifier. */
export function roughAmounts(text: string, mentions: readonly MoneyMention[]): string[] {
	const out: string[] = [];
	for (const m of mentions) {
		const before = text.slice(Math.max(0, m.start - 40), m.start);
		const after = text.slice(m.end, m.end + 12);
		const word = ROUGH_BEFORE_RE.exec(before);
		const wordAfter = ROUGH_AFTER_RE.exec(text.slice(m.end, m.end + 24));
		if (word) out.push(`${word[0]}${m.raw}`.trim());
		else if (wordAfter) out.push(`${m.raw.trim()} ${wordAfter[1]}`);
		else if (RANGE_AFTER_RE.test(after)) out.push(`${m.raw}${/^[^\d]*[\d.,']*\d/u.exec(after)?.[0] ?? ""}`.trim());
		else if (RANGE_BEFORE_RE.test(before)) out.push(m.raw.trim());
	}
	return out;
}

/** The question for amounts that are guesses or ranges. */
export function roughProblem(text: string, mentions: readonly MoneyMention[]): string | null {
	const rough = roughAmounts(text, mentions);
	return rough.length > 0 ? `the amount ${rough.map((r) => `"${r}"`).join(", ")} is not exact (a guess or a range): what exactly is to be invoiced?` : null;
}

/** Words for a tax on the invoice: an amount named by one ("MwSt. 57 €", "€57 VAT", "63 € de IVA") is the tax, which
 * Odoo works out from the lines — never a line of its own (a stated tax the lines do not explain is asked about). */
export const TAX_WORDS = ["VAT", "V.A.T.", "sales tax", "tax", "GST", "HST", "PST", "QST", "MwSt.", "MwSt", "Mwst.", "Mwst", "Mehrwertsteuer", "USt.", "USt", "Umsatzsteuer", "IVA", "I.V.A.", "impuesto", "impuestos", "TVA", "T.V.A.", "taxe", "taxes", "BTW", "omzetbelasting", "imposto", "impostos", "ICMS", "ISS", "imposta", "IGIC"];
const TAX = TAX_WORDS.sort((a, b) => b.length - a.length).map(escape).join("|");
const TAX_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${TAX})(?:[ \t]*\(?\d{1,2}(?:[.,]\d{1,2})?[ \t]?%\)?)?[ \t]*[:=]?[ \t]*(?:(?:of|von|de|di|van|da|do)[ \t]+)?$`, "iu");
const TAX_AFTER_RE = new RegExp(String.raw`^[ \t]*(?:(?:de|di|of|an|aan|em|in)[ \t]+|d['’])?(?:${TAX})(?![\p{L}])`, "iu");

/** Whether the amount at [start, end) is named as a tax. */
export function isTaxAmount(text: string, start: number, end: number): boolean {
	return TAX_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)) || TAX_AFTER_RE.test(text.slice(end, end + 24));
}
