// Grounding: an amount, a quantity or a currency an agent read from an email must be written in that email.

/** Canonical decimal text: no thousands separators, no leading or trailing zeros ("1,250.00" → "1250"). */
export function canonicalDecimal(intPart: string, fraction = ""): string {
	const i = intPart.replace(/^0+(?=\d)/, "");
	const f = fraction.replace(/0+$/, "");
	return f === "" ? i : `${i}.${f}`;
}

/** Every value a number in the text can be read as: "1,250" is 1250 or 1.25, "1.250,00" is 1250. */
export function numbersIn(text: string): Set<string> {
	const out = new Set<string>();
	for (const m of text.matchAll(/\d(?:[\d.,'\u00a0\u202f]*\d)?/g)) {
		const token = m[0];
		// "0199", "007": a number written with a leading zero is an identifier (a phone, an order number), not an amount.
		if (/^0\d/.test(token)) continue;
		const seps = token.replace(/\d/g, "");
		if (seps === "") {
			out.add(canonicalDecimal(token));
			continue;
		}
		const last = Math.max(token.lastIndexOf("."), token.lastIndexOf(","));
		const lastSep = token[last]!;
		const intPart = token.slice(0, last).replace(/[^\d]/g, "");
		const frac = token.slice(last + 1);
		// The last separator as a decimal point…
		if (!/[.,]/.test(token.slice(0, last).replace(/[^.,]/g, "").replace(lastSep === "." ? /,/g : /\./g, "")) || seps.length === 1) out.add(canonicalDecimal(intPart, frac));
		// …or every separator as a thousands mark ("1,250", "1.250.000").
		if (/^\d{1,3}([.,'\u00a0\u202f]\d{3})+$/.test(token)) out.add(canonicalDecimal(token.replace(/[^\d]/g, "")));
	}
	return out;
}

/** A value the agent gave (2, "1250.00", 1250.5) in canonical text; null when it is not a plain number. */
export function canonicalOf(value: unknown): string | null {
	const s = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : null;
	if (s === null || !/^\d+(\.\d+)?$/.test(s)) return null;
	const [i, f] = s.split(".");
	return canonicalDecimal(i!, f);
}

const SYMBOLS: [RegExp, readonly string[]][] = [
	[/R\$/, ["BRL"]],
	[/\$/, ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP", "TWD", "BRL"]],
	[/€/, ["EUR"]],
	[/£/, ["GBP"]],
	[/[¥￥]/, ["JPY", "CNY"]],
	[/₹/, ["INR"]],
	[/₩/, ["KRW"]],
	[/₺/, ["TRY"]],
	[/₪/, ["ILS"]],
	[/₱/, ["PHP"]],
	[/฿/, ["THB"]],
	[/₦/, ["NGN"]],
	[/zł/i, ["PLN"]],
	[/\b(dollars?|bucks)\b/i, ["USD", "CAD", "AUD", "NZD", "SGD", "HKD"]],
	[/\b(euros?)\b/i, ["EUR"]],
	[/\b(pounds?( sterling)?|quid)\b/i, ["GBP"]],
	[/\b(rupees?|rupien)\b/i, ["INR", "PKR", "LKR", "NPR"]],
	[/\byen\b/i, ["JPY"]],
	[/\b(franc|francs|franken)\b/i, ["CHF"]],
	[/\b(dirhams?)\b/i, ["AED", "MAD"]],
	[/\b(riyals?|rials?)\b/i, ["SAR", "QAR", "OMR"]],
	[/\b(dinars?)\b/i, ["KWD", "BHD", "JOD"]],
	[/\b(reais|real)\b/i, ["BRL"]],
	[/\b(pesos?)\b/i, ["MXN", "ARS", "CLP", "COP", "PHP"]],
	[/\b(kronor|krona|kroner|krone)\b/i, ["SEK", "NOK", "DKK"]],
	[/\b(rand)\b/i, ["ZAR"]],
];

/** True when the text names the currency: its ISO code, or a symbol or word that can mean it. */
export function mentionsCurrency(text: string, code: string): boolean {
	if (new RegExp(`(^|[^A-Za-z])${code}([^A-Za-z]|$)`, "i").test(text)) return true;
	return SYMBOLS.some(([re, codes]) => codes.includes(code) && re.test(text));
}
