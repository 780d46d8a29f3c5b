// The main currency as the owner types it: an ISO 4217 code this computer can format amounts in.

/** Codes the platform's Intl knows (ISO 4217); null where the runtime cannot list them (then only the shape is checked). */
function knownCurrencies(): Set<string> | null {
	const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
	try {
		return intl.supportedValuesOf ? new Set(intl.supportedValuesOf("currency")) : null;
	} catch {
		return null;
	}
}

/** "eur " → "EUR". */
export function normaliseCurrency(v: string): string {
	return v.trim().toUpperCase();
}

/** Why `v` is not a currency code, or null when it is one. */
export function currencyProblem(v: string): string | null {
	const code = normaliseCurrency(v);
	if (!/^[A-Z]{3}$/.test(code)) return `"${v.trim()}" is not a currency code: use three letters such as USD, EUR or GBP`;
	const known = knownCurrencies();
	if (known && !known.has(code)) return `${code} is not an ISO 4217 currency code (for example USD, EUR, GBP, JPY)`;
	return null;
}
