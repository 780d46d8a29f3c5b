// Finds amounts of money written in mail text ("$1,250.00", "1.250,00 €", "EUR 90") and reads them exactly, as decimals.

export interface MoneyMention {
	/** Where it starts and ends in the text. */
	start: number;
	end: number;
	/** A plain decimal string, e.g. "1250.00" or "90". */
	amount: string;
	/** ISO code when the text says which currency; null when it does not ("1,250.00" alone). */
	currency: string | null;
	raw: string;
}

const SYMBOL_BEFORE = String.raw`US\$|USD|CA\$|C\$|CAD|A\$|AU\$|AUD|NZ\$|NZD|€|EUR|£|GBP|¥|JPY|CHF|SEK|NOK|DKK|\$`;
const WORD_AFTER = String.raw`€|EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|euros?|Euro|dollars?|pounds?|francs?`;
const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

/** The money pattern, also used inside the line patterns. Groups: 1 symbol, 2 number | 3 number, 4 word. */
export const MONEY = String.raw`(?:(?<![A-Za-z])(${SYMBOL_BEFORE})\s?(${NUMBER})(?![\d])|(${NUMBER})\s?(${WORD_AFTER})(?![A-Za-z]))`;

const SYMBOLS: Record<string, string> = {
	"US$": "USD", USD: "USD", "CA$": "CAD", C$: "CAD", CAD: "CAD", A$: "AUD", AU$: "AUD", AUD: "AUD", NZ$: "NZD", NZD: "NZD",
	"€": "EUR", EUR: "EUR", euro: "EUR", euros: "EUR", "£": "GBP", GBP: "GBP", pound: "GBP", pounds: "GBP", "¥": "JPY", JPY: "JPY",
	CHF: "CHF", franc: "CHF", francs: "CHF", SEK: "SEK", NOK: "NOK", DKK: "DKK",
};

/** "1,250.00" / "1.250,00" / "1 250,5" / "2.500" (with euros) → "1250.00" / "1250.00" / "1250.5" / "2500". */
export function readNumber(text: string, currency: string | null): string {
	const t = text.replace(/[\u00a0 ]/g, "");
	const lastComma = t.lastIndexOf(",");
	const lastDot = t.lastIndexOf(".");
	let intPart = t;
	let frac = "";
	if (lastComma >= 0 && lastDot >= 0) {
		const dec = Math.max(lastComma, lastDot);
		intPart = t.slice(0, dec);
		frac = t.slice(dec + 1);
	} else if (lastComma >= 0 || lastDot >= 0) {
		const sep = lastComma >= 0 ? lastComma : lastDot;
		const after = t.slice(sep + 1);
		const groups = t.split(lastComma >= 0 ? "," : ".");
		// Three digits after a single kind of separator is a thousands mark ("1,250", and "2.500" in euro texts).
		const thousands = after.length === 3 && groups.slice(1).every((g) => g.length === 3) && (lastComma >= 0 || currency === "EUR" || groups.length > 2);
		if (!thousands) {
			intPart = t.slice(0, sep);
			frac = after;
		}
	}
	const whole = intPart.replace(/[.,]/g, "").replace(/^0+(?=\d)/, "");
	return frac ? `${whole}.${frac}` : whole;
}

export function currencyOf(token: string | undefined): string | null {
	if (!token) return null;
	const key = token.trim();
	if (key === "$") return "USD";
	return SYMBOLS[key] ?? SYMBOLS[key.toLowerCase()] ?? SYMBOLS[key.toUpperCase()] ?? null;
}

/** Reads one money match from MONEY's groups (offset = index of MONEY's first group in the outer regex). */
export function moneyFromGroups(groups: (string | undefined)[], offset: number): { amount: string; currency: string | null } | null {
	const symbol = groups[offset];
	const n1 = groups[offset + 1];
	const n2 = groups[offset + 2];
	const word = groups[offset + 3];
	const currency = currencyOf(symbol ?? word);
	const num = n1 ?? n2;
	if (num === undefined) return null;
	return { amount: readNumber(num, currency), currency };
}

export function findMoney(text: string): MoneyMention[] {
	const re = new RegExp(MONEY, "gi");
	const out: MoneyMention[] = [];
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) {
		const v = moneyFromGroups([...m], 1);
		if (v) out.push({ start: m.index, end: m.index + m[0].length, amount: v.amount, currency: v.currency, raw: m[0] });
	}
	return out;
}
