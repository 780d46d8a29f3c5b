// The customer billed read as the thing: "Please invoice Acme Ltd. the consulting for November: 6 hours at $80",
// "fatturare a Acme S.r.l. la consulenza …", "factura a Acme S.L. la traducción …" — the name right after the verb
// "to invoice" and before the thing's own article is whom the invoice is for, never the line's name. Such a line is
// asked about, never drafted.
import { escapeRegex } from "../../../core/guard/regex";

/** The verb "to invoice" in the seven languages, with the "to" some put before whom ("fatturare a", "factura a"). */
const VERB = String.raw`(?<![\p{L}])(?:invoice|bill|fattur\p{L}*|factur\p{L}*|fatur\p{L}*|berechne\p{L}*|verrechne\p{L}*)[ \t]+(?:(?:a|à|aan|an)[ \t]+)?`;
/** What follows the name: an abbreviation's dot going on ("S.r.l.", "S.L.") or the thing's own article. */
const AFTER = String.raw`(?:\.\p{L}{1,3}\.|\.?,?[ \t]+(?:the|la|le|les|l['’]|el|los|las|il|lo|gli|i|o|os|as|die|das|den|de|het)[ \t'’])`;

/** Whether the line's name (without its unit in brackets) stands in its sentence as whom the invoice is for. */
export function customerAsThing(description: string, source: string): boolean {
	const name = description.replace(/[ \t]*\([^()]*\)$/u, "").trim();
	if (name.length < 2) return false;
	return new RegExp(String.raw`${VERB}${escapeRegex(name)}${AFTER}`, "iu").test(source);
}

export const CUSTOMER_AS_THING_EXAMPLES: { customer: [string, string][]; thing: [string, string][] } = {
	customer: [
		["Acme Ltd (hours)", "Hi Sam, please invoice Acme Ltd. the consulting for November: 6 hours at $80 an hour."],
		["Acme S (ore)", "le chiedo cortesemente di fatturare a Acme S.r.l. la consulenza di novembre: 6 ore a 80 € l'ora."],
		["Acme S (páginas)", "por favor factura a Acme S.L. la traducción del manual (15 páginas a 35 € cada una)."],
	],
	thing: [
		["Phase 2", "Please invoice Phase 2 at $4,000 and Phase 3 at $6,000."],
		["Logo", "Please invoice the logo, $500."],
		["Workshop", "Ciao Sam, puoi fatturarci il workshop, 1.500 €?"],
	],
};

/** The lines whose name is the customer billed, as questions. */
export function customerAsThingLines(lines: { description: string; unitPrice: string; source: string }[], currency: string | null): string[] {
	return lines
		.filter((l) => customerAsThing(l.description, l.source))
		.map((l) => `what the line at ${l.unitPrice}${currency ? ` ${currency}` : ""} is for: "${l.description}" names whom the invoice is for, not the thing`);
}
