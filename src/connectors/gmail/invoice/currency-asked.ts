// A currency the email asks the invoice to be made out in ("maybe you can make it in USD or in TRY?", "bitte in
// Franken", "¿me la haces en dólares?") that is not the currency of its amounts: two currencies, asked about — the
// draft never converts, and never picks one of them.
import { CURRENCY_WORDS, ISO_CODES, readCurrency } from "./currency";
import type { MoneyMention } from "./money-text";

export interface AskedRow {
	id: string;
	says: string;
	/** The words before a currency that name it as the one to invoice in, by language. */
	words: readonly string[];
	/** Texts and the codes the row finds in them (beside amounts in another currency). */
	examples: { text: string; finds: string[] }[];
}

export const CURRENCY_ASKED: AskedRow[] = [
	{
		id: "in-currency",
		says: "'in' or its equivalent before a currency named without an amount (make it in USD; in Dollar; en dólares; en francs; em reais; in sterline; in dollars)",
		words: ["in", "into", "en", "em", "auf"],
		examples: [
			{ text: "The price we agreed was 1.500 EUR, but maybe you can make it in USD or in TRY?", finds: ["USD", "TRY"] },
			{ text: "Wir hatten 1.200 € gesagt, kannst du die Rechnung in Franken ausstellen?", finds: ["CHF"] },
			{ text: "Eran 900 €, pero ¿me la puedes hacer en dólares?", finds: ["USD"] },
			{ text: "C'était 800 €, tu peux la faire en livres sterling ?", finds: ["GBP"] },
			{ text: "Foram R$ 2.000, mas pode emitir em dólares americanos?", finds: ["USD"] },
			// A currency refused is no currency asked for ("in PLN, not in EUR", "nicht in Euro", "y no en dólares").
			{ text: "Total amount: 8 005,00 zł. Please issue the invoice in PLN, not in EUR.", finds: ["PLN"] },
			{ text: "Es waren 1.200 CHF, bitte die Rechnung in Franken und nicht in Euro.", finds: ["CHF"] },
			{ text: "Son 900 €, la factura en euros y no en dólares, por favor.", finds: ["EUR"] },
			{ text: "C'était 800 €, la facture en euros et pas en livres sterling.", finds: ["EUR"] },
			{ text: "Foram R$ 2.000, a fatura em reais e não em dólares.", finds: ["BRL"] },
			{ text: "Erano 900 €, la fattura in euro e non in dollari.", finds: ["EUR"] },
			{ text: "Het was € 900, de factuur in euro en niet in dollars.", finds: ["EUR"] },
			{ text: "It was 900 zł, please invoice in PLN rather than in EUR.", finds: ["PLN"] },
		],
	},
	{
		id: "or-currency",
		says: "a second currency offered as another choice after one asked for (in USD or TRY; en dólares o en pesos)",
		words: ["or", "oder", "o", "ou", "of", "or in", "oder in", "o en", "ou en", "ou em", "o in", "of in"],
		examples: [{ text: "It was £600, could you make it in USD or EUR?", finds: ["USD", "EUR"] }],
	},
];

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** ISO codes in capitals; spelled names of four letters or more in any case ("dollars", "Franken", "sterline"). */
const NAMES = Object.keys(CURRENCY_WORDS).filter((k) => k.length >= 4 && /^[\p{L} -]+$/u.test(k));
const NAME_SET = new Set(NAMES.map((n) => n.toLowerCase()));
const TOKEN = [...NAMES, ...ISO_CODES].sort((a, b) => b.length - a.length).map(escape).join("|");
const FIRST = CURRENCY_ASKED[0]!.words.map(escape).join("|");
const NEXT = CURRENCY_ASKED[1]!.words.map(escape).sort((a, b) => b.length - a.length).join("|");
// A currency named with no number beside it: "in USD?" asks for a currency, "in USD 500" writes an amount.
const ASKED_RE = new RegExp(String.raw`(?<![\p{L}])(?:${FIRST})[ \t]+(?<t>${TOKEN})(?![\p{L}\p{N}])(?![ \t]?\d)(?<more>(?:[ \t]*,?[ \t]+(?:${NEXT})[ \t]+(?:${TOKEN})(?![\p{L}\p{N}])(?![ \t]?\d))*)`, "giu");
const MORE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${TOKEN})(?![\p{L}\p{N}])`, "giu");

/** Words that refuse the currency after them ("not in EUR", "nicht in Euro", "no en dólares", "pas en euros", "não em
 * dólares", "non in dollari", "niet in dollars", "rather than in EUR"): it is the one the invoice must not be in. */
const REFUSED_BEFORE = /(?<![\p{L}])(?:not|never|rather than|instead of|nicht|statt|anstatt|no|nunca|en lugar de|en vez de|pas|plutôt que|au lieu de|não|em vez de|non|invece che|anziché|niet|in plaats van)[ \t]+$/iu;

/** "USD" in capitals or a spelled name: "in try" or "in all" is no currency. */
function isCurrencyWord(t: string): boolean {
	return /^[A-Z]{3}$/.test(t) ? ISO_CODES.includes(t) : NAME_SET.has(t.toLowerCase());
}

/** The currencies the text asks the invoice in, as codes (a name several currencies share gives all of them). */
export function askedCurrencies(text: string, mentions: readonly MoneyMention[]): string[][] {
	const out: string[][] = [];
	for (const m of text.matchAll(ASKED_RE)) {
		const start = m.index;
		if (mentions.some((mm) => mm.start <= start + m[0].length && start <= mm.end)) continue;
		if (REFUSED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
		const tokens = [m.groups!["t"]!, ...[...(m.groups!["more"] ?? "").matchAll(MORE_RE)].map((x) => x[0])].filter(isCurrencyWord);
		for (const t of tokens) {
			const c = readCurrency(t);
			if (c) out.push("code" in c ? [c.code] : c.ambiguous);
		}
	}
	return out;
}

/** The question when the email asks for a currency other than its amounts' one. */
export function askedCurrencyProblem(text: string, mentions: readonly MoneyMention[], currency: string | null): string | null {
	if (!currency) return null;
	const other = askedCurrencies(text, mentions).filter((codes) => !codes.includes(currency));
	if (other.length === 0) return null;
	const names = [...new Set(other.map((codes) => codes.join("/")))];
	return `the email names more than one currency (the amounts are in ${currency}, and it asks about ${names.join(", ")}): which currency is the invoice in?`;
}
