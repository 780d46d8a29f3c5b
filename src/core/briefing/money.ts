// Money in the briefing: decimal strings in, integer minor units inside, one formatting rule out.

/** ISO 4217 minor-unit exponents that are not 2 (the common ones; everything else has 2). */
const EXPONENTS: Record<string, number> = { BIF: 0, CLP: 0, ISK: 0, JPY: 0, KRW: 0, PYG: 0, UGX: 0, VND: 0, XAF: 0, XOF: 0, XPF: 0, BHD: 3, JOD: 3, KWD: 3, OMR: 3, TND: 3 };

export function decimalsOf(currency: string): number {
	return EXPONENTS[currency.toUpperCase()] ?? 2;
}

/**
 * "-1,450.00" / "1450" / "+12.5" → minor units; null when it is not a plain decimal amount with at most the currency's
 * decimals. Thousands separators are allowed only as commas in groups of three.
 */
export function parseAmount(text: string, currency: string): number | null {
	const s = text.trim().replace(/^"|"$/g, "");
	const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(s);
	if (!m) return null;
	const decimals = decimalsOf(currency);
	const frac = m[3] ?? "";
	if (frac.length > decimals) return null;
	const value = Number((m[2] ?? "").replace(/,/g, "") + frac.padEnd(decimals, "0"));
	if (!Number.isSafeInteger(value)) return null;
	return m[1] === "-" ? -value : value;
}

/** 125050, "USD" → "1,250.50 USD"; negative amounts keep their sign. */
export function formatMoney(minor: number, currency: string): string {
	return `${formatNumber(minor, currency)} ${currency}`;
}

/** 125050, "USD" → "1,250.50" (no currency), for tables and charts. */
export function formatNumber(minor: number, currency: string, grouping = true): string {
	const decimals = decimalsOf(currency);
	const sign = minor < 0 ? "-" : "";
	const digits = String(Math.abs(minor)).padStart(decimals + 1, "0");
	const int = decimals === 0 ? digits : digits.slice(0, -decimals);
	const grouped = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
	return decimals === 0 ? `${sign}${grouped}` : `${sign}${grouped}.${digits.slice(-decimals)}`;
}

/** Whole percent of part in total, rounded half up with integers only; null when total is 0. */
export function percent(part: number, total: number): number | null {
	if (total === 0) return null;
	return Math.floor((part * 200 + total) / (total * 2));
}
