// Finds amounts of money written in mail text ("$1,250.00", "1.250,00 €", "EUR 90", "₹1,20,000", "Fr. 180.–") and
// reads them exactly, as decimal strings. The currency comes from the text itself or stays unknown.
import { CURRENCY_AFTER, CURRENCY_BEFORE, CURRENCY_WORDS, ISO_CODES, isIsoCurrency, isLowerCode, readCurrency, type CurrencyReading } from "./currency";
import { notMoneySpans } from "./not-money";


export interface MoneyMention {
	/** Where it starts and ends in the text. */
	start: number;
	end: number;
	/** A plain decimal string, e.g. "1250.00" or "90". */
	amount: string;
	/** ISO code when the text says which currency; null when it does not ("1,250.00" alone or an ambiguous "kr"). */
	currency: string | null;
	/** The currency token when it could mean several currencies ("kr", "riyals"), with the candidates. */
	ambiguous: { token: string; candidates: string[] } | null;
	raw: string;
	/** Written with a bare "$" (not "US$", "CA$", "USD"): in a mail that names one other dollar, that one is meant. */
	bareDollar?: true;
}

/** Numbers as people write them: 1,250.00 · 1.250,00 · 1 250,00 · 1'250 · 1,20,000 (lakh) · a dash for no cents:
 * 180.– (CH, AT) · 18,- (NL, DE) · 1 200:- (SE) · 45,000/- (South Asia, the Gulf) */
export const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f '’]\d{3})+(?:[.,]\d{1,3})?(?:[.,:][-–—]{1,2}|\/[-–])?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?:\/[-–])?|\d+(?:[.,]\d{1,3})?(?:[.,:][-–—]{1,2}|\/[-–])?`;
/** The runtime's ISO 4217 codes as an alternation (patterns run case-insensitively, so "per" must not look like one). */
const ISO_LIKE = ISO_CODES.length > 0 ? ISO_CODES.join("|") : "(?!)";

/** Words that scale the number before them ("$2.5k", "INR 1.5 lakh", "1,2 Mio. €"), with the power of ten. */
const SCALES: Record<string, number> = { k: 3, thousand: 3, tsd: 3, lakh: 5, lakhs: 5, lac: 5, lacs: 5, crore: 7, crores: 7, million: 6, millions: 6, mn: 6, mio: 6 };
const SCALE = String.raw`(?:k|K|thousand|Tsd\.|lakhs?|lacs?|crores?|millions?|mn|Mio\.?)(?![\p{L}\p{N}])`;

/** "2.5" scaled by 10^3 → "2500": the decimal point moved, never a floating-point product. */
export function scaleAmount(amount: string, word: string): string {
	const power = SCALES[word.toLowerCase().replace(/\.$/, "")] ?? 0;
	const [w, f = ""] = amount.split(".");
	const digits = `${w}${f.padEnd(power, "0")}`;
	const whole = digits.slice(0, w!.length + power).replace(/^0+(?=\d)/, "");
	const frac = digits.slice(w!.length + power).replace(/0+$/, "");
	return frac ? `${whole}.${frac}` : whole;
}

/** The money pattern with named groups ending in `s` (so a phrasing can hold two): symbol before or word after. */
export function moneyPattern(s: string): string {
	// An ISO code or a sign may stand a few spaces from its number where a plain-text table aligns the column ("CHF
	// 480.–", "S/   450.00" under "S/ 6,800.00"); a word that may be a currency ("kr") only beside it.
	return String.raw`(?:(?<![\p{L}\p{N}])(?<pre${s}>${CURRENCY_BEFORE}|${ISO_LIKE})(?:\s?|(?<=[A-Z]{3}|[^\s\p{L}\p{N}])[ \t]{2,8})(?<num${s}>${NUMBER})(?![\d])(?:[ \t]?(?<mul${s}>${SCALE}))?|(?<![\p{L}\p{N}.,])(?<numb${s}>${NUMBER})(?:[ \t]?(?<mulb${s}>${SCALE}))?\s?(?<post${s}>${CURRENCY_AFTER}|${ISO_LIKE}|\$(?![ \t]?\d))(?![\p{L}]))`;
}

/** A price that may lack its currency (so "at 60 per hour" can be reported as "no currency given"). */
export function pricePattern(s: string): string {
	return String.raw`(?:${moneyPattern(s)}|(?<![\p{L}\p{N}.,$€£¥])(?<bare${s}>${NUMBER})(?![\d]))`;
}

export interface Money {
	amount: string;
	currency: CurrencyReading;
	raw: string;
	/** Written with a scale word ("2.5k", "1.5 lakh"): its digits are not the amount's digits. */
	scaled?: true;
}

/** Reads the money groups of one match; null when a three-letter token is not a currency (e.g. "all 3"). */
export function moneyFromGroups(g: Record<string, string | undefined>, s: string, dollar?: string): Money | null {
	const token = g[`pre${s}`] ?? g[`post${s}`];
	const num = g[`num${s}`] ?? g[`numb${s}`] ?? g[`bare${s}`];
	if (num === undefined) return null;
	let currency: CurrencyReading = null;
	if (token !== undefined) {
		// Short tokens must be written exactly so ("ft" is feet, "all 3" is not Albanian lek): an ISO code in capitals
		// or a symbol as listed; longer spellings ("euros", "UAE dirhams") may take any case.
		if (token.length <= 3 && !(token in CURRENCY_WORDS) && !(/^[A-Z]{3}$/.test(token) && isIsoCurrency(token))) return null;
		// A plain "$" the email says is another dollar or peso ("$55.000 cada una (pesos colombianos, COP)") is read as
		// that currency, so its thousands and decimals are that currency's.
		currency = token === "$" && dollar ? { code: dollar } : readCurrency(token);
		if (currency === null) return null;
	}
	const code = currency && "code" in currency ? currency.code : null;
	const scale = g[`mul${s}`] ?? g[`mulb${s}`];
	const amount = readNumber(num, code);
	return { amount: scale ? scaleAmount(amount, scale) : amount, currency, raw: token === undefined ? num : "", ...(scale ? { scaled: true } : {}) };
}

/** How many decimals a currency has (3 for the Gulf dinars and rials), from the runtime's own table. */
function minorDigits(code: string): number {
	try {
		return new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
	} catch {
		return 2;
	}
}

/** "1,250.00" / "1.250,00" / "1 250,5" / "2.500" (with euros) / "1,20,000" / "180.–" → a plain decimal string. */
export function readNumber(text: string, currency: string | null): string {
	const t = text.replace(/[.,:][-–—]{1,2}$|\/[-–]$/, "").replace(/[\u00a0\u202f '’]/g, "");
	const lastComma = t.lastIndexOf(",");
	const lastDot = t.lastIndexOf(".");
	let intPart = t;
	let frac = "";
	if (lastComma >= 0 && lastDot >= 0) {
		const dec = Math.max(lastComma, lastDot);
		intPart = t.slice(0, dec);
		frac = t.slice(dec + 1);
	} else if (lastComma >= 0 || lastDot >= 0) {
		const sep = lastComma >= 0 ? "," : ".";
		const groups = t.split(sep);
		const after = groups[groups.length - 1]!;
		const lakh = sep === "," && groups.length > 2 && groups.slice(1, -1).every((x) => x.length === 2);
		// Three digits after one kind of separator is a thousands mark ("1,250", "2.500" in euro texts, "US$ 1.800" as
		// Buenos Aires writes dollars: a dollar has two decimals, never three); 3 decimals only for the currencies that
		// have them, written with a dot.
		// A currency with three decimals (BHD, KWD, OMR, JOD, TND) writes its fils after a dot: "OMR 420.500" is 420.5.
		const fils = sep === "." && groups.length === 2 && currency !== null && minorDigits(currency) === 3;
		const thousands = !fils && after.length === 3 && (lakh || groups.slice(1).every((x) => x.length === 3));
		if (!thousands) {
			intPart = groups.slice(0, -1).join("");
			frac = after;
		}
	}
	const whole = intPart.replace(/[.,]/g, "").replace(/^0+(?=\d)/, "");
	return frac ? `${whole}.${frac}` : whole;
}

/** A sign several currencies share ("$", "¥", "£", "kr", "Rs") may be named by an ISO code beside the amount. */
const SHARED_SIGN = /[$¥£₨﷼]/u;
const CODE_AFTER = /^[ \t]?([A-Z]{3})(?![\p{L}\p{N}])/u;
/** The dollars' codes in lower case (not "cop", an English word, nor "usd", which says nothing a plain "$" does not). */
const DOLLAR_CODE_AFTER = /^[ \t]?(cad|aud|nzd|sgd|hkd|mxn|ars|clp|uyu|twd)(?![\p{L}\p{N}])/u;
const CODE_BEFORE = /(?<![\p{L}\p{N}])([A-Z]{3})[ \t]?$/u;
/** "2 days @ $950.00\nUSD/day as agreed": a mail wrapped at its line width can put the code at the start of the next
 * line. Read so only when the code is plainly the amount's — a per-unit slash or word, a mark or the line's end after
 * it — never a line that merely opens with capitals ("$500\nCAD drawings attached"). */
const CODE_AFTER_WRAP = /^[ \t]*\r?\n[ \t]*([A-Z]{3})(?=\/|[ \t]*[,.;)]|[ \t]*\r?$|[ \t]+(?:per|each|a|an|as|ea)(?![\p{L}]))/mu;

/** "$2,500 MXN", "MXN $2,500", "kr 1 200 NOK": the code beside a shared sign says which currency it is. */
function namedBeside(text: string, start: number, end: number, c: CurrencyReading): { code: string; start: number; end: number } | null {
	const token = c && "ambiguous" in c ? c.token : c ? text.slice(start, end) : "";
	if (!c || !("ambiguous" in c || SHARED_SIGN.test(token))) return null;
	const after = CODE_AFTER.exec(text.slice(end, end + 5));
	if (after && isIsoCurrency(after[1]!)) return { code: after[1]!, start, end: end + after[0].length };
	// The wrapped code names the amount, but the amount's span stays on its own line (the questions quote it as written).
	const wrapped = CODE_AFTER_WRAP.exec(text.slice(end, end + 8));
	if (wrapped && isIsoCurrency(wrapped[1]!)) return { code: wrapped[1]!, start, end };
	// "$2,400 nzd", "$350 cad": a dollar's code in lower case right after a "$" amount says which dollar just as well.
	const lower = /^\$[ \t]?\d|\d[ \t]?\$$/.test(token) ? DOLLAR_CODE_AFTER.exec(text.slice(end, end + 5)) : null;
	if (lower) return { code: lower[1]!.toUpperCase(), start, end: end + lower[0].length };
	const before = CODE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
	if (before && isIsoCurrency(before[1]!)) return { code: before[1]!, start: start - before[0].length, end };
	return null;
}

/** A number grouped in thousands with dots ("780.000", "1.250.000,50"). */
const PESO_DIGITS = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?:[.,:][-–—]{1,2})?$/;
/** The currencies a "$" with dotted thousands may be. */
const PESO_DOLLARS = ["ARS", "CLP", "COP", "UYU", "USD"];
/** "$3,500 pesos", "$1.800 pesitos": a "$" amount its own words call pesos is never US dollars — the peso of the mail's
 * country (`resolveBareDollars`), else asked among the peso countries that write "$". */
const PESOS_AFTER = /^[ \t]*(?:pesos?|pesitos?|varos|baros)(?![\p{L}])/iu;
const SIGN_PESOS = ["MXN", "ARS", "CLP", "COP", "UYU", "DOP"];

/** "850 nzd": an amount whose only currency is a code typed in lower case after it (not "$2,400 nzd", whose sign
 * already names a dollar). */
export function lowerCoded(written: string): boolean {
	const code = /^\d[\d.,\u00a0\u202f '’]*[ \t\u00a0]?([a-z]{3})$/u.exec(written.trim())?.[1];
	return code !== undefined && isLowerCode(code);
}

/** Whether the email writes some amount's currency the strict way (a sign, a code in capitals, a name). */
export function strictlyWritten(mentions: MoneyMention[]): boolean {
	return mentions.some((m) => !lowerCoded(m.raw));
}

/** A phone-typed mail in lower case ("can u invoice me 850 nzd for the poster") writes its currency so throughout, and
 * is read so. Beside amounts written the strict way ("8 horas a 50 USD … y el envío fueron 35 usd"), the lower-case one
 * is an afterthought the safety net (money-net.ts) asks about, never a line. */
function looseWhenMixed(mentions: MoneyMention[]): MoneyMention[] {
	return strictlyWritten(mentions) ? mentions.filter((m) => !lowerCoded(m.raw)) : mentions;
}

/** Every amount that carries a currency token (bare numbers are not money by themselves), leaving out the numbers of
 * postcodes, phones, tax numbers and street addresses. */
export function findMoney(text: string): MoneyMention[] {
	return looseWhenMixed(findAllMoney(text));
}

function findAllMoney(text: string): MoneyMention[] {
	const re = new RegExp(moneyPattern(""), "gu");
	const out: MoneyMention[] = [];
	const notMoney = notMoneySpans(text);
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) {
		const v = moneyFromGroups(m.groups ?? {}, "");
		const end = m.index + m[0].length;
		if (!v || notMoney.some(([a, b]) => a < end && m!.index < b)) {
			re.lastIndex = m.index + 1;
			continue;
		}
		const c = v.currency;
		const beside = namedBeside(text, m.index, end, c);
		if (beside) {
			const amount = readNumber(m.groups?.["num"] ?? m.groups?.["numb"] ?? "", beside.code);
			out.push({ start: beside.start, end: beside.end, amount: v.scaled ? v.amount : amount, currency: beside.code, ambiguous: null, raw: text.slice(beside.start, beside.end) });
			re.lastIndex = Math.max(re.lastIndex, beside.end);
			continue;
		}
		const token = (m.groups?.["pre"] ?? m.groups?.["post"] ?? "").trim();
		// "60 $" is how Quebec writes Canadian dollars: a "$" after the amount is asked about unless the mail says which.
		const after = token === "$" && m.groups?.["post"] !== undefined;
		// "$780.000", "$1.250.000": thousands marked with dots are how the peso countries write a "$" amount, never the
		// US — which currency is asked unless the mail names it (then `resolveBareDollars` reads it so).
		const peso = token === "$" && !after && !v.scaled && PESO_DIGITS.test(m.groups?.["num"] ?? "");
		const pesos = token === "$" && !after && PESOS_AFTER.test(text.slice(end, end + 12));
		const ambiguous = pesos ? { token: "$", candidates: SIGN_PESOS } : after ? { token: "$", candidates: ["CAD", "USD"] } : peso ? { token: "$", candidates: PESO_DOLLARS } : c && "ambiguous" in c ? { token: c.token, candidates: c.ambiguous } : null;
		out.push({ start: m.index, end, amount: v.amount, currency: after || peso || pesos ? null : c && "code" in c ? c.code : null, ambiguous, raw: m[0], ...(token === "$" ? { bareDollar: true as const } : {}) });
	}
	return out;
}

