// Money the note's text mentions, held against the money the request moves: the owner reads the body, the executor
// runs the params, and a body that says "$50" above params of 5,000.00 must not pass unnoticed.
import { decimalsOf, formatMoney } from "../briefing/money";
import type { PolicyFacts } from "../executor/connector";

export interface AmountMention {
	/** As written in the note, e.g. "$50". */
	text: string;
	minor: number;
	/** The currency the mention names, or null when it does not say ("$" is used by many). */
	currency: string | null;
}

const CODES = "USD|EUR|GBP|JPY|CAD|AUD|CHF|CNY|INR|NZD|SEK|NOK|DKK|PLN|MXN|BRL|ZAR|SGD|HKD";
const NUM = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,3})?|\d+(?:[.,]\d{1,3})?`;
const SYMBOL_CURRENCY: Record<string, string | null> = { $: null, "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", US$: "USD", CA$: "CAD", AU$: "AUD", NZ$: "NZD", HK$: "HKD", S$: "SGD" };
const WORD_CURRENCY: Record<string, string | null> = { dollar: null, dollars: null, euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP" };

const PATTERNS: RegExp[] = [
	new RegExp(String.raw`(?<sym>US\$|CA\$|AU\$|NZ\$|HK\$|S\$|[$€£¥₹])\s?(?<n>${NUM})`, "g"),
	new RegExp(String.raw`\b(?<code>${CODES})\s?(?<n>${NUM})`, "g"),
	new RegExp(String.raw`(?<![\w.,])(?<n>${NUM})\s?(?:(?<code>${CODES})\b|(?<word>dollars?|euros?|pounds?)\b|(?<sym>[€£]))`, "g"),
];

/** "5,000.00", "5.000,00", "5 000", "50" → minor units of a currency with `decimals` decimals; null when unclear. */
export function parseMentionedNumber(raw: string, decimals: number): number | null {
	const s = raw.replace(/[\u00a0\u202f ]/g, "");
	const lastDot = s.lastIndexOf(".");
	const lastComma = s.lastIndexOf(",");
	let decimalSep: "." | "," | null = null;
	if (lastDot >= 0 && lastComma >= 0) decimalSep = lastDot > lastComma ? "." : ",";
	else if (lastDot >= 0 || lastComma >= 0) {
		const sep = lastDot >= 0 ? "." : ",";
		const groups = s.split(sep);
		// "5,000" and "5.000" group thousands (unless the currency itself has three decimals); "50,5" and "50.25" are decimals.
		const thousands = groups.length > 2 || (groups[1]?.length === 3 && decimals !== 3);
		decimalSep = thousands ? null : sep;
	}
	let int = s;
	let frac = "";
	if (decimalSep) {
		const at = s.lastIndexOf(decimalSep);
		int = s.slice(0, at);
		frac = s.slice(at + 1);
	}
	int = int.replace(/[.,]/g, "");
	if (!/^\d+$/.test(int) || !/^\d*$/.test(frac) || frac.length > Math.max(decimals, 2)) return null;
	const scaled = frac.padEnd(decimals, "0").slice(0, decimals);
	const value = Number(int + scaled);
	return Number.isSafeInteger(value) ? value : null;
}

/** Money mentioned in a note's text (code blocks left out: the card's own block lives there). */
export function mentionedAmounts(body: string, currency: string): AmountMention[] {
	const text = body.replace(/```[\s\S]*?```/g, " ");
	const decimals = decimalsOf(currency);
	const found: (AmountMention & { at: number })[] = [];
	for (const re of PATTERNS) {
		for (const m of text.matchAll(re)) {
			const g = m.groups ?? {};
			const minor = parseMentionedNumber(g.n ?? "", decimals);
			if (minor === null || found.some((f) => f.at <= m.index && m.index < f.at + f.text.length)) continue;
			const named = g.code ?? (g.sym !== undefined ? SYMBOL_CURRENCY[g.sym] : g.word !== undefined ? WORD_CURRENCY[g.word.toLowerCase()] : null) ?? null;
			found.push({ text: m[0].trim(), minor, currency: named, at: m.index });
		}
	}
	return found.sort((a, b) => a.at - b.at).map(({ text: t, minor, currency: c }) => ({ text: t, minor, currency: c }));
}

/** Amounts the params hold: the total, every amount/price field and, per line, quantity × unit price. */
function paramAmounts(params: unknown, decimals: number, out: Set<number>, depth = 0): void {
	if (depth > 6 || typeof params !== "object" || params === null) return;
	if (Array.isArray(params)) {
		for (const v of params) paramAmounts(v, decimals, out, depth + 1);
		return;
	}
	const entries = Object.entries(params);
	const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : null);
	let price: number | null = null;
	let quantity: number | null = null;
	for (const [k, v] of entries) {
		const n = num(v);
		if (n !== null && /amount|price|total|fee|cost/i.test(k)) {
			out.add(Math.round(n * 10 ** decimals));
			if (/price/i.test(k)) price = n;
		}
		if (n !== null && /^(quantity|qty)$/i.test(k)) quantity = n;
		paramAmounts(v, decimals, out, depth + 1);
	}
	if (price !== null && quantity !== null) out.add(Math.round(price * quantity * 10 ** decimals));
}

const VERB: Partial<Record<PolicyFacts["kind"], string>> = { payment: "pays", invoice: "bills" };

/**
 * "The note says $50; the request pays 5,000.00 USD." when the body mentions money that is neither the request's
 * amount nor any amount in its params (or names another currency); null when they agree or the body names no money.
 */
export function amountMismatch(body: string, facts: PolicyFacts, params: unknown): string | null {
	if (facts.amountMinor === undefined || !facts.currency) return null;
	const currency = facts.currency;
	const known = new Set<number>([facts.amountMinor]);
	paramAmounts(params, decimalsOf(currency), known);
	const differing = mentionedAmounts(body, currency).filter((m) => !known.has(m.minor) || (m.currency !== null && m.currency !== currency));
	if (differing.length === 0) return null;
	const said = [...new Set(differing.map((m) => m.text))];
	const list = said.length === 1 ? said[0] : `${said.slice(0, -1).join(", ")} and ${said[said.length - 1]}`;
	return `The note says ${list}; the request ${VERB[facts.kind] ?? "is for"} ${formatMoney(facts.amountMinor, currency)}.`;
}
