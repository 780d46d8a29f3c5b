// Which currency a written token means: every ISO 4217 code the runtime knows, plus symbols and local spellings.
// A token that could mean several currencies ("kr", "riyals") is reported as ambiguous, never guessed.

/** The ISO 4217 codes of the runtime (Intl), so a new or rare currency needs no list of ours. */
const ISO: ReadonlySet<string> = new Set(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []);

/** The ISO codes as a list (empty on a runtime without Intl.supportedValuesOf: then only symbols and names count). */
export const ISO_CODES: readonly string[] = [...ISO];

export function isIsoCurrency(code: string): boolean {
	return ISO.has(code);
}

/** Codes people type in lower case after an amount ("850 nzd"): only those that are no word in the languages customers
 * write ("try", "all", "top", "cop", "pen", "gel", "mad", "ron", "nok" are), so "5 top designs" stays a count. */
const LOWER_CODES = ["usd", "cad", "aud", "nzd", "sgd", "hkd", "gbp", "chf", "sek", "dkk", "jpy", "inr", "zar", "mxn", "brl", "pln", "czk", "huf", "aed", "nad"];

/** Whether a token is a code as typed in lower case ("nzd"). */
export function isLowerCode(token: string): boolean {
	return LOWER_CODES.includes(token);
}

/** Symbols and local spellings → one ISO code, or several when the token alone does not say which. */
export const CURRENCY_WORDS: Record<string, string | string[]> = {
	$: "USD", "US$": "USD", "U$S": "USD", "CA$": "CAD", C$: "CAD", A$: "AUD", AU$: "AUD", NZ$: "NZD", HK$: "HKD", S$: "SGD", MX$: "MXN", R$: "BRL", NT$: "TWD",
	// The dollars whose own sign is the "$" with a letter or two of their country ("N$ 9 600,00" in Windhoek, "RD$" in
	// Santo Domingo, "J$" in Kingston): each is one currency.
	N$: "NAD", J$: "JMD", TT$: "TTD", FJ$: "FJD", EC$: "XCD", BZ$: "BZD", Bds$: "BBD", RD$: "DOP", "$U": "UYU", "$ CA": "CAD", "$CA": "CAD", "$ US": "USD", "$US": "USD", "$ AU": "AUD", "$AU": "AUD", "$ NZ": "NZD",
	"€": "EUR", "£": "GBP", "¥": "JPY", "円": "JPY", "元": "CNY", RMB: "CNY", "₹": "INR", "₩": "KRW", "₺": "TRY", "₽": "RUB", "₪": "ILS", "₱": "PHP", "₦": "NGN",
	"₫": "VND", "฿": "THB", "৳": "BDT", "₴": "UAH", "₸": "KZT", "₵": "GHS", "₡": "CRC", "₲": "PYG", "₭": "LAK", "₮": "MNT", "₼": "AZN", "₾": "GEL",
	"zł": "PLN", "Kč": "CZK", Ft: "HUF", lei: "RON", "Fr.": "CHF", "SFr.": "CHF", "Fr": "CHF", "د.إ": "AED", "ر.س": "SAR", "ر.ق": "QAR", "د.ك": "KWD",
	R: "ZAR", KSh: "KES", Ksh: "KES", Kshs: "KES", "GH₵": "GHS", USh: "UGX", TSh: "TZS", NRs: "NPR", SLRs: "LKR", Rf: "MVR", "R.O.": "OMR", "S.R.": "SAR", "Q.R.": "QAR", "B.D.": "BHD", "K.D.": "KWD", Tk: "BDT", "Tk.": "BDT", Rp: "IDR", RM: "MYR", "S/": "PEN", "E£": "EGP", SR: "SAR", QR: "QAR", KD: "KWD", BD: "BHD", RO: "OMR", AED: "AED", LE: "EGP", "L.E.": "EGP", "Ksh.": "KES", "KShs.": "KES", "S/.": "PEN",
	euro: "EUR", euros: "EUR", Euro: "EUR", "€uro": "EUR", eur: "EUR",
	// Codes typed in lower case after an amount ("850 nzd", "1200 chf").
	...Object.fromEntries(LOWER_CODES.map((c) => [c, c.toUpperCase()])),
	dollar: "USD", dollars: "USD", "US dollars": "USD", "Canadian dollars": "CAD", "Australian dollars": "AUD", "Singapore dollars": "SGD", "Hong Kong dollars": "HKD", "New Zealand dollars": "NZD",
	pound: "GBP", pounds: "GBP", "pounds sterling": "GBP", sterling: "GBP", quid: "GBP",
	franc: "CHF", francs: "CHF", Franken: "CHF", "Swiss francs": "CHF", "francs suisses": "CHF",
	// "1,200,000 won": only after an amount ("won 3 awards" is English), so never before one (CURRENCY_BEFORE).
	won: "KRW", "Korean won": "KRW", "원": "KRW",
	yen: "JPY", yuan: "CNY", renminbi: "CNY", baht: "THB", rand: "ZAR", reais: "BRL", reales: "BRL",
	"złoty": "PLN", zloty: "PLN", "złotych": "PLN", "zlotys": "PLN", forint: "HUF", "korun": "CZK", "koruna": "CZK", lira: "TRY", "Turkish lira": "TRY",
	"UAE dirhams": "AED", "UAE dirham": "AED", "Emirati dirhams": "AED", "Moroccan dirhams": "MAD", "Saudi riyals": "SAR", "Saudi riyal": "SAR", "Qatari riyals": "QAR", "Omani rials": "OMR",
	"Kuwaiti dinars": "KWD", "Bahraini dinars": "BHD", "Jordanian dinars": "JOD", "Indian rupees": "INR", "Pakistani rupees": "PKR", "Sri Lankan rupees": "LKR", "Nepalese rupees": "NPR", taka: "BDT",
	"pesos mexicanos": "MXN", "pesos argentinos": "ARS", "pesos chilenos": "CLP", "pesos colombianos": "COP", "dólares": "USD", "dólares estadounidenses": "USD", "dólares canadienses": "CAD",
	"libras": "GBP", "libras esterlinas": "GBP", "francos suizos": "CHF", "dollars canadiens": "CAD", "dollars américains": "USD", "livres sterling": "GBP", "francs suisses ": "CHF", "Schweizer Franken": "CHF",
	"US-Dollar": "USD", "Pfund": "GBP", "dollari": "USD", "sterline": "GBP", "franchi svizzeri": "CHF", "dólares americanos": "USD", "reais brasileiros": "BRL", "Zwitserse frank": "CHF", "Britse pond": "GBP",
	// The dollars named in the other languages ("$800 (dollari australiani)", "en dólares canadienses").
	"dollari australiani": "AUD", "dollari canadesi": "CAD", "dollari neozelandesi": "NZD", "dollari di Singapore": "SGD", "dólares australianos": "AUD", "dólares neozelandeses": "NZD", "dólares canadenses": "CAD",
	"dollars australiens": "AUD", "dollars de Singapour": "SGD", "australische Dollar": "AUD", "kanadische Dollar": "CAD", "neuseeländische Dollar": "NZD", "Australische dollar": "AUD", "Canadese dollar": "CAD", "Australische dollars": "AUD", "Canadese dollars": "CAD",
	"Mexican pesos": "MXN", "Argentine pesos": "ARS", "Chilean pesos": "CLP", "Colombian pesos": "COP", "Philippine pesos": "PHP",
	"Kenyan shillings": "KES", "Ugandan shillings": "UGX", "Tanzanian shillings": "TZS", naira: "NGN", "Nigerian naira": "NGN", cedis: "GHS", "Ghanaian cedis": "GHS", "Egyptian pounds": "EGP",
	"Bangladeshi taka": "BDT", "Nepali rupees": "NPR", "Maldivian rufiyaa": "MVR", rufiyaa: "MVR", ringgit: "MYR", rupiah: "IDR", dong: "VND", "Philippine peso": "PHP", "Omani rial": "OMR", "Qatari riyal": "QAR",
	shillings: ["KES", "UGX", "TZS", "SOS"],
	"Swedish kronor": "SEK", "Norwegian kroner": "NOK", "Danish kroner": "DKK", "svenska kronor": "SEK", "norske kroner": "NOK", "danske kroner": "DKK",
	// The CFA franc: West African (XOF) and Central African (XAF) write it alike; the sender's country says which.
	FCFA: ["XOF", "XAF"], "F CFA": ["XOF", "XAF"], "F.CFA": ["XOF", "XAF"], CFA: ["XOF", "XAF"], "francs CFA": ["XOF", "XAF"], "franc CFA": ["XOF", "XAF"],
	// Dirhams are written "Dhs" and "DH" in the Emirates and in Morocco alike.
	Dhs: ["AED", "MAD"], "Dhs.": ["AED", "MAD"], DH: ["AED", "MAD"], Dh: ["AED", "MAD"],
	bucks: ["USD", "CAD", "AUD", "NZD"], buck: ["USD", "CAD", "AUD", "NZD"],
	// "25.000,00 MT" is Mozambique's metical, but "20 MT" is also twenty metric tons: only the sender's place says so.
	MT: ["MZN"],
	// Angola's kwanza, written "Kz" after the amount ("350.000,00 Kz") or before it.
	Kz: "AOA", kwanzas: "AOA", kwanza: "AOA",
	// The Aruban florin, written "Afl. 450,-" or "ƒ 450": "afl." is also Dutch for an episode ("afl. 3"), and "ƒ" is the
	// Antillean guilder's sign too, so the email must name AWG or place its sender in Aruba.
	"Afl.": ["AWG"], Afl: ["AWG"], "ƒ": ["AWG", "ANG"], "NAƒ": ["ANG"], "NAf.": ["ANG"], florin: ["AWG"], florins: ["AWG"], "Aruban florin": "AWG", "Aruban florins": "AWG",
	kr: ["SEK", "NOK", "DKK", "ISK"], "kr.": ["SEK", "NOK", "DKK", "ISK"], kronor: "SEK", kroner: ["NOK", "DKK"], krona: ["SEK", "ISK"], krone: ["NOK", "DKK"],
	Rs: ["INR", "PKR", "LKR", "NPR", "MUR", "SCR"], "Rs.": ["INR", "PKR", "LKR", "NPR", "MUR", "SCR"], rupees: ["INR", "PKR", "LKR", "NPR", "MUR", "SCR"], rupee: ["INR", "PKR", "LKR", "NPR", "MUR", "SCR"],
	"₨": ["PKR", "LKR", "NPR", "INR"], "﷼": ["SAR", "OMR", "QAR", "YER", "IRR"],
	riyals: ["SAR", "QAR", "OMR", "YER"], riyal: ["SAR", "QAR", "OMR", "YER"], rials: ["OMR", "IRR", "YER"], dirhams: ["AED", "MAD"], dirham: ["AED", "MAD"],
	dinars: ["KWD", "BHD", "JOD", "IQD", "LYD", "TND", "DZD", "RSD"], dinar: ["KWD", "BHD", "JOD", "IQD", "LYD", "TND", "DZD", "RSD"], pesos: ["MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP"], peso: ["MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP"],
};

/** The currencies written with a plain "$" at home: the dollars and the pesos. */
export const DOLLAR_SIGN: readonly string[] = ["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN", "ARS", "CLP", "COP", "UYU", "DOP"];

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Spellings that are everyday words before a number ("we won 3 awards"), and codes in lower case ("cad 3 files"): a
 * currency only after the amount. */
const AFTER_ONLY = new Set(["won", ...LOWER_CODES]);
const SPELLINGS = Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length);
/** Tokens that can stand before an amount ("$120", "EUR 90", "R$ 45"); longest first so "US$" wins over "$". */
export const CURRENCY_BEFORE = SPELLINGS.filter((s) => (!/^[a-z]/.test(s) || s.length <= 3) && !AFTER_ONLY.has(s)).map(escape).join("|");
/** Tokens that can stand after an amount ("90 €", "1,200 UAE dirhams", "3 500 zł"). */
export const CURRENCY_AFTER = SPELLINGS.filter((s) => s !== "$").map(escape).join("|");

export type CurrencyReading = { code: string } | { ambiguous: string[]; token: string } | null;

/** Reads a currency token: an ISO code in capitals, a symbol, or a spelling (case-insensitive for words). */
export function readCurrency(token: string | undefined): CurrencyReading {
	if (!token) return null;
	const t = token.trim();
	if (/^[A-Z]{3}$/.test(t) && ISO.has(t)) return { code: t };
	const hit = CURRENCY_WORDS[t] ?? CURRENCY_WORDS[t.toLowerCase()] ?? Object.entries(CURRENCY_WORDS).find(([k]) => k.toLowerCase() === t.toLowerCase())?.[1];
	if (hit === undefined) return null;
	return typeof hit === "string" ? { code: hit } : { ambiguous: hit, token: t };
}
