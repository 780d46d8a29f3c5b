// "Please invoice: logo $500, business cards $120, letterhead.", "Facturadnos: logo 500 €, tarjetas 120 € y el
// membrete.": a run of priced things in one sentence whose last thing has no amount. A draft of the priced ones would
// leave it off, so the reader asks for its price. Only after two priced things, so a closing word ("$500, thanks") is
// never taken for a thing; the examples run as tests (tests/connectors/gmail/list-tail.test.ts).
import { ARTICLE, alt } from "./lexicon";
import { PRICED } from "./unpriced-item";

/** A priced thing of the run: a few words (no sentence mark, no digit) and its amount. */
const ITEM = String.raw`\p{L}[^\n,;:.!?\d]{0,40}?[ \t]{0,3}${PRICED}`;
const AND = String.raw`(?:and|plus|und|y|e|et|en)`;

/** Words that close a sentence or qualify its amounts, never a thing ("thanks", "as agreed", "netto"). */
export const NOT_A_TAIL = [
	"thanks", "thank you", "cheers", "please", "regards", "best", "ta", "as agreed", "as discussed", "as quoted", "each", "total", "in total", "all in", "plus VAT", "VAT", "tax", "net", "gross", "asap", "ok", "cash",
	"danke", "bitte", "netto", "brutto", "gesamt", "insgesamt", "MwSt", "zzgl. MwSt", "wie besprochen", "wie vereinbart", "Grüße",
	"gracias", "por favor", "IVA", "total", "en total", "cada uno", "saludos", "como acordamos",
	"merci", "TVA", "HT", "TTC", "au total", "chacun", "cordialement", "comme convenu",
	"obrigado", "obrigada", "por favor", "no total", "cada", "cumprimentos", "como combinado",
	"grazie", "per favore", "in totale", "cadauno", "saluti", "come d'accordo",
	"bedankt", "graag", "BTW", "excl", "incl", "totaal", "per stuk", "groeten", "zoals afgesproken",
];
const NOT_TAIL = new RegExp(String.raw`^(?:${alt(NOT_A_TAIL)})$`, "iu");

// The last two priced things only (an earlier one ends on a comma, where the match may start): a repeated group of
// things tried every way on a long line of "x 5 € ," took minutes.
const TAIL = new RegExp(
	String.raw`(?:^|[:\n,]|[.!?][ \t])[ \t]{0,3}${ITEM}[ \t]{0,3},[ \t]{0,3}${ITEM}[ \t]{0,3}(?:,[ \t]{0,3}(?:${AND}[ \t]{1,3})?|[ \t]{1,3}${AND}[ \t]{1,3})(?:(?:${ARTICLE})[ \t]{1,3})?(?<thing>\p{L}[\p{L} '’-]{1,40}?)[ \t]{0,3}(?:[.!?]|\n|$)`,
	"iu",
);

export const LIST_TAIL_EXAMPLES: { text: string; thing: string | null }[] = [
	{ text: "Please invoice: logo $500, business cards $120, letterhead.", thing: "letterhead" },
	{ text: "Facturadnos: logo 500 €, tarjetas 120 € y el membrete.", thing: "membrete" },
	{ text: "Rechnung bitte: Logo 500 €, Visitenkarten 120 €, Briefpapier.", thing: "Briefpapier" },
	{ text: "Merci de facturer : logo 500 €, cartes 120 € et le papier à en-tête.", thing: "papier à en-tête" },
	{ text: "Please invoice: logo $500, business cards $120, thanks.", thing: null },
	{ text: "Please invoice: logo $500, business cards $120, plus VAT.", thing: null },
	{ text: "Please invoice the logo, $500, thanks.", thing: null },
	{ text: "Logo 500 €, Visitenkarten 120 €, insgesamt 620 €.", thing: null },
];

/** The unpriced last thing of a run of priced things, or null. */
export function listTail(text: string): string | null {
	const m = TAIL.exec(text);
	const thing = m?.groups?.["thing"]?.trim();
	return thing && !NOT_TAIL.test(thing) ? thing : null;
}
