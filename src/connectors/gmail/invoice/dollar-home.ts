// Where a plain "$" may not be US dollars: the email says its sender is in a country whose own money is written "$"
// (an Australian address, a Canadian postcode, a +64 phone number, "Mexico" in the signature). A careful bookkeeper
// would not bill such a customer in US dollars on a guess, nor in the local dollar on a guess: the card asks which.

import { alt } from "./lexicon";
import { CA_POSTCODE } from "./not-money";

export interface DollarHome {
	/** The currency a plain "$" means at home. */
	code: string;
	/** Country names, in the languages the customers write. */
	names: string[];
	/** International dialling codes, written "+61" or "0061". */
	phone: string[];
	/** Address forms only this country writes (state or province code beside its postcode). */
	address?: RegExp;
	/** Sentences that place the sender there; each runs as a test. */
	examples: string[];
}

export const DOLLAR_HOMES: DollarHome[] = [
	{
		code: "AUD",
		names: ["Australia", "Australien", "Australie"],
		phone: ["61"],
		address: /(?<![\p{L}])(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA)[ \t]+\d{4}(?!\d)/u,
		examples: ["12 Campbell Parade, Bondi Beach NSW 2026", "Ph: +61 2 9130 4455", "Fitzroy, Melbourne, Australia"],
	},
	{
		code: "CAD",
		names: ["Canada", "Kanada"],
		phone: [],
		address: new RegExp(String.raw`(?<![\p{L}])(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)[ \t,]+${CA_POSTCODE}(?![\p{L}\d])`, "u"),
		examples: ["455 Rue Saint-Paul O, Montréal QC H2Y 2A6", "Vancouver, BC V6B 1A1", "Toronto, Canada"],
	},
	{
		code: "NZD",
		names: ["New Zealand", "Aotearoa", "Neuseeland", "Nouvelle-Zélande"],
		phone: ["64"],
		examples: ["Ponsonby, Auckland, New Zealand", "Mob +64 21 555 0199"],
	},
	{ code: "SGD", names: ["Singapore", "Singapur", "Singapour"], phone: ["65"], examples: ["1 Raffles Place, Singapore 048616"] },
	{ code: "HKD", names: ["Hong Kong", "Hongkong"], phone: ["852"], examples: ["Tel +852 2555 0100"] },
	{ code: "MXN", names: ["Mexico", "México", "Mexiko", "Mexique", "CDMX"], phone: ["52"], examples: ["Col. Roma Norte, CDMX", "Guadalajara, Jalisco, México"] },
	{ code: "CLP", names: ["Chile"], phone: ["56"], examples: ["Providencia, Santiago de Chile"] },
	{ code: "ARS", names: ["Argentina", "Argentinien", "Argentine"], phone: ["54"], examples: ["Palermo, Buenos Aires, Argentina"] },
	{ code: "COP", names: ["Colombia", "Kolumbien", "Colombie"], phone: ["57"], examples: ["Chapinero, Bogotá, Colombia"] },
	{ code: "UYU", names: ["Uruguay"], phone: ["598"], examples: ["Pocitos, Montevideo, Uruguay"] },
	{ code: "TWD", names: ["Taiwan"], phone: ["886"], examples: ["Da'an District, Taipei, Taiwan"] },
];

/** US places: a plain "$" from there is US dollars (a ZIP code beside a state code, "USA"). Not "+1", which Canada
 * dials too. */
const US_HOME = /(?<![\p{L}])(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)[ \t]+\d{5}(?:-\d{4})?(?!\d)|(?<![\p{L}])(?:USA|United States|Estados Unidos|États-Unis|Vereinigte Staaten)(?![\p{L}])/u;

let compiled: { code: string; re: RegExp; address?: RegExp }[] | null = null;

function homes(): { code: string; re: RegExp; address?: RegExp }[] {
	compiled ??= DOLLAR_HOMES.map((h) => {
		const phones = h.phone.map((p) => String.raw`(?:\+|00)${p}(?=[ \t(\d])`);
		return { code: h.code, re: new RegExp(String.raw`(?<![\p{L}])(?:${alt(h.names).replace(/ /g, "[ \\t]+")})(?![\p{L}])${phones.length ? `|${phones.join("|")}` : ""}`, "u"), address: h.address };
	});
	return compiled;
}

/** The one non-US dollar country the email places its sender in, or null (none, several, or a US place as well). */
export function dollarHome(text: string): string | null {
	if (US_HOME.test(text)) return null;
	const found = new Set(homes().filter((h) => h.re.test(text) || (h.address?.test(text) ?? false)).map((h) => h.code));
	return found.size === 1 ? [...found][0]! : null;
}
