// Money at the Odoo edge: decimal strings and Odoo's floats in, integer minor units inside, rounded exactly once.

/** ISO 4217 minor-unit exponents that are not 2. */
const EXPONENTS: Record<string, number> = {
	BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
	BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
	CLF: 4, UYW: 4,
};

/** Digits after the decimal point the currency allows (2 for most, 0 for JPY, 3 for KWD…). */
export function currencyDecimals(code: string): number {
	return EXPONENTS[code.toUpperCase()] ?? 2;
}

/** Counts the decimals written in a decimal string or number, e.g. "12.50" → 2, 3 → 0. */
export function decimalsIn(value: string | number): number {
	const s = typeof value === "number" ? numberToPlain(value) : value.trim();
	const dot = s.indexOf(".");
	return dot < 0 ? 0 : s.length - dot - 1;
}

/** A number written without exponent notation (the schema refuses the huge or tiny ones that would need it). */
function numberToPlain(n: number): string {
	return Number.isInteger(n) ? String(n) : String(n).includes("e") ? n.toFixed(20).replace(/0+$/, "") : String(n);
}

/** "1250.5" with 2 decimals → 125050. Returns null for anything that is not a plain non-negative decimal. */
export function toMinor(value: string | number, decimals: number): number | null {
	const s = typeof value === "number" ? numberToPlain(value) : value.trim();
	const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
	if (!m?.[1]) return null;
	const frac = m[2] ?? "";
	if (frac.length > decimals) return null;
	return Number(m[1] + frac.padEnd(decimals, "0"));
}

/** 125050 with 2 decimals → "1250.50"; negative amounts keep their sign. */
export function formatMinor(minor: number, decimals: number): string {
	const sign = minor < 0 ? "-" : "";
	const digits = String(Math.abs(minor)).padStart(decimals + 1, "0");
	return decimals === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** What Odoo sends (a float in major units) → minor units; the one rounding on the way in. */
export function floatToMinor(amount: number, decimals: number): number {
	// toFixed rounds the binary float at the currency's precision first, so 0.1+0.2 style noise cannot tip a half.
	return Math.round(Number((amount * 10 ** decimals).toFixed(6)));
}

/** Minor units → the float Odoo expects on the wire. */
export function minorToFloat(minor: number, decimals: number): number {
	return minor / 10 ** decimals;
}

/**
 * A line's untaxed amount in minor units: quantity × unit price, rounded half-up to the currency once per line,
 * which is how Odoo's price_subtotal rounds (round per line, the default tax rounding).
 */
export function lineAmountMinor(quantity: string | number, unitPriceMinor: number): number {
	const q = typeof quantity === "number" ? numberToPlain(quantity) : quantity.trim();
	const m = /^(\d+)(?:\.(\d+))?$/.exec(q);
	if (!m?.[1]) return NaN;
	const frac = m[2] ?? "";
	// quantity = qInt / 10^frac.length exactly; BigInt keeps the product exact before the single rounding.
	const qInt = BigInt(m[1] + frac);
	const scale = 10n ** BigInt(frac.length);
	const product = qInt * BigInt(unitPriceMinor);
	return Number((product * 2n + scale) / (2n * scale));
}

/** 125050, 2, "USD" → "1,250.50 USD", for approval cards and summaries. */
export function displayAmount(minor: number, decimals: number, currency: string): string {
	const [int = "0", frac] = formatMinor(minor, decimals).split(".");
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
	return `${frac === undefined ? grouped : `${grouped}.${frac}`} ${currency}`;
}
