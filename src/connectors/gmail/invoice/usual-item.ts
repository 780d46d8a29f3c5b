// "Please invoice 2 posters at $80 each, the flyers at $60, and the usual", "la même chose que la dernière fois, plus le
// logo à 200 €", "fatturaci come l'ultima volta, più le brochure a 180 €": beside the priced things the email asks to
// invoice whatever was invoiced before. A draft of the priced lines alone would leave that part off, and the email
// writes neither its things nor its amounts, so it is asked about. Each language is a row; its examples run as tests
// (tests/connectors/gmail/usual-item.test.ts).
import { alt } from "./lexicon";

export interface UsualItemRow {
	lang: string;
	/** The earlier invoice's things, as a thing of their own ("the usual", "lo de siempre", "hetzelfde als vorige keer"):
	 * joined to a priced thing by any "and". */
	things: string[];
	/** "As last time" said of the whole request ("come l'ultima volta", "wie immer"): a thing only when a word of adding
	 * ("plus", "più", "más") follows it — "the posters as usual, and the flyers" says how, not what. */
	manners: string[];
	/** Words that join one more thing ("and", "und", "y además"). */
	joins: string[];
	/** Words that add one more thing after a manner ("plus", "più", "e mais"). */
	adds: string[];
	/** Texts (with a priced thing) that ask for the earlier things too, and the words the question quotes. */
	examples: [text: string, quoted: string][];
	/** Texts where the words say how or what else, not one more thing to invoice. */
	ignores: string[];
}

export const USUAL_ITEMS: UsualItemRow[] = [
	{
		lang: "en",
		things: ["the usual", "the usual stuff", "the usual items", "our usual order", "the same as last time", "the same as last month", "the same as before", "what we had last time", "the same things as last time", "the regular"],
		manners: ["as usual", "like last time", "as last time", "as before", "like before"],
		joins: ["and", "and also", "plus", "as well as", "along with", "together with"],
		adds: ["plus", "and also", "as well as", "on top of that"],
		examples: [
			["Please invoice: 2 posters at $80 each, the flyers at $60, and the usual.", "the usual"],
			["Could you bill us the same as last month plus the new banner at £95?", "the same as last month"],
			["Invoice the logo ($300) along with the usual stuff, please.", "the usual stuff"],
			["Bill us like last time, plus the extra poster at $40.", "like last time"],
		],
		// "same as last time" without its article says how the thing before it is priced, not one more thing.
		ignores: ["Please invoice the logo at $300, same as last time, and the flyers at $60.", "Please invoice the posters at $80, as usual, and the flyers at $60.", "Invoice the logo at $300 and send it to the usual address.", "Please invoice the 3 workshops at $400 each, and the usual terms apply."],
	},
	{
		lang: "de",
		things: ["das Übliche", "das Gleiche wie letztes Mal", "dasselbe wie letztes Mal", "das Gleiche wie immer", "dasselbe wie immer", "das Gleiche wie beim letzten Mal"],
		manners: ["wie immer", "wie üblich", "wie letztes Mal", "wie beim letzten Mal"],
		joins: ["und", "und auch", "plus", "sowie", "zusätzlich zu"],
		adds: ["plus", "und zusätzlich", "zusätzlich", "außerdem", "und dazu"],
		examples: [
			["Bitte berechne das Gleiche wie letztes Mal und die neuen Flyer für 120 €.", "das Gleiche wie letztes Mal"],
			["Rechnung bitte: Logo 300 € und das Übliche.", "das Übliche"],
			["Bitte abrechnen wie letztes Mal, plus die Visitenkarten zu 90 €.", "wie letztes Mal"],
		],
		ignores: ["Bitte die Flyer wie immer abrechnen, 120 €, und die Rechnung an die übliche Adresse."],
	},
	{
		lang: "es",
		things: ["lo de siempre", "lo mismo que la última vez", "lo mismo que el mes pasado", "lo habitual", "lo mismo de siempre", "lo mismo que la otra vez"],
		manners: ["como la última vez", "como siempre", "como de costumbre", "como el mes pasado"],
		joins: ["y", "y además", "y también", "más", "además de", "junto con"],
		adds: ["más", "y además", "además", "y también", "sumando"],
		examples: [
			["Factúranos lo de siempre y además las tarjetas de visita, 90 €.", "lo de siempre"],
			["Facturadnos el cartel (120 €) y lo mismo que el mes pasado.", "lo mismo que el mes pasado"],
			["Factúranos como la última vez, más el folleto a 60 €.", "como la última vez"],
		],
		ignores: ["Factúranos el cartel a 120 € como siempre y mándalo a la dirección de siempre."],
	},
	{
		lang: "fr",
		things: ["la même chose que la dernière fois", "la même chose que le mois dernier", "la même chose que d'habitude", "l'habituel", "pareil que la dernière fois", "le même que la dernière fois"],
		manners: ["comme la dernière fois", "comme d'habitude", "comme d’habitude", "comme le mois dernier", "comme toujours"],
		joins: ["et", "et aussi", "plus", "ainsi que", "avec"],
		adds: ["plus", "et en plus", "en plus", "et aussi"],
		examples: [
			["Pouvez-vous nous facturer la même chose que la dernière fois, plus le logo à 200 € ?", "la même chose que la dernière fois"],
			["Facturez-nous le logo (200 €) et pareil que la dernière fois.", "pareil que la dernière fois"],
			["Facturez-nous comme d'habitude, plus les affiches à 90 €.", "comme d'habitude"],
		],
		ignores: ["Facturez-nous le logo à 200 €, comme d'habitude, et les affiches à 90 €."],
	},
	{
		lang: "pt",
		things: ["o de sempre", "o mesmo da última vez", "o mesmo que da última vez", "o habitual", "o mesmo do mês passado"],
		manners: ["como da última vez", "como sempre", "como no mês passado"],
		joins: ["e", "e também", "mais", "e mais", "bem como", "junto com"],
		adds: ["mais", "e mais", "e também", "além disso"],
		examples: [
			["Pode faturar o mesmo da última vez e mais o cartaz de 70 €?", "o mesmo da última vez"],
			["Fatura-nos o folheto (120 €) e o de sempre, por favor.", "o de sempre"],
			["Fatura-nos como da última vez, mais o cartaz a 70 €.", "como da última vez"],
		],
		ignores: ["Fatura-nos o cartaz a 70 € como sempre e envia para a morada de sempre."],
	},
	{
		lang: "it",
		things: ["il solito", "lo stesso dell'ultima volta", "lo stesso dell’ultima volta", "la stessa cosa dell'ultima volta", "le solite cose", "lo stesso del mese scorso"],
		manners: ["come l'ultima volta", "come l’ultima volta", "come al solito", "come la volta scorsa", "come sempre", "come il mese scorso"],
		joins: ["e", "e anche", "più", "insieme a", "oltre a"],
		adds: ["più", "e in più", "in più", "e anche", "oltre a"],
		examples: [
			["Ciao Sam, fatturaci come l'ultima volta, più le brochure a 180 €.", "come l'ultima volta"],
			["Fatturaci il volantino (90 €) e il solito.", "il solito"],
			["Fatturaci lo stesso dell'ultima volta e anche il banner a 150 €.", "lo stesso dell'ultima volta"],
		],
		ignores: ["Fatturaci il volantino a 90 € come al solito e mandala all'indirizzo di sempre."],
	},
	{
		lang: "nl",
		things: ["hetzelfde als vorige keer", "hetzelfde als vorige maand", "het gebruikelijke", "hetzelfde als altijd", "het vaste pakket"],
		manners: ["zoals vorige keer", "zoals altijd", "zoals gewoonlijk", "net als vorige keer"],
		joins: ["en", "en ook", "plus", "samen met"],
		adds: ["plus", "en daarbij", "daarbij", "en ook"],
		examples: [
			["Graag een factuur voor het logo (€ 300) en het gebruikelijke.", "het gebruikelijke"],
			["Factureer ons zoals vorige keer, plus de banner à € 95.", "zoals vorige keer"],
		],
		ignores: ["Factureer het logo à € 300 zoals altijd en stuur de factuur naar het gebruikelijke adres."],
	},
];

const all = (pick: (r: UsualItemRow) => string[]) => alt(USUAL_ITEMS.flatMap(pick));
/** What may follow the earlier things: the sentence's end, a comma, a "too" or "please", "for October", another join. */
const THING_END = String.raw`(?=[ \t]*(?:[.,;:!?)\n]|$|(?:too|as well|also|please|for|auch|bitte|für|también|por favor|para|aussi|pour|s['’]il|também|anche|per favore|per|ook|graag|voor|${all((r) => r.joins)})(?![\p{L}])))`;
const USUAL_THING = new RegExp(
	String.raw`(?<![\p{L}])(?:(?:${all((r) => r.joins)})[ \t]+(?<a>${all((r) => r.things)})${THING_END}|(?<b>${all((r) => r.things)})[ \t]*,?[ \t]+(?:${all((r) => r.joins)})[ \t]+(?=\p{L})|(?<c>${all((r) => r.manners)})[ \t]*,?[ \t]+(?:${all((r) => r.adds)})[ \t]+(?=\p{L}))`,
	"iu",
);

/** The words that ask to invoice the earlier things beside the priced ones, as written, or null. */
export function usualThing(text: string): string | null {
	const m = USUAL_THING.exec(text);
	return m ? (m.groups!["a"] ?? m.groups!["b"] ?? m.groups!["c"]!).replace(/\s+/g, " ") : null;
}

/** "Also the letterhead — same price", "und die Briefbögen zum gleichen Preis": a thing priced only by pointing at another
 * line's amount. Which line it copies, and whether it is a line of its own, the email leaves to the reader: asked. "The
 * same price as last time" compares with an earlier invoice (a vague amount, asked elsewhere), so a comparison word
 * after the phrase leaves it alone. */
export const SAME_PRICES: { lang: string; phrases: string[]; examples: string[]; ignores: string[] }[] = [
	{ lang: "en", phrases: ["same price", "same amount", "same rate", "same fee", "same again", "the same each", "same cost"], examples: ["Invoice us for the logo, $500. Also the letterhead — same price.", "Please invoice the logo at $500 and the letterhead at the same price."], ignores: ["Please invoice the logo at $500, same price as last time.", "Please invoice the logo at $500; the price is the same as the quote."] },
	{ lang: "de", phrases: ["gleicher Preis", "gleichen Preis", "gleichen Betrag", "gleicher Betrag", "derselbe Preis", "denselben Preis", "selben Preis", "selber Preis"], examples: ["Bitte das Logo für 500 € abrechnen und die Briefbögen zum gleichen Preis."], ignores: ["Bitte das Logo für 500 € abrechnen, gleicher Preis wie letztes Mal."] },
	{ lang: "es", phrases: ["mismo precio", "mismo importe", "misma tarifa", "mismo monto"], examples: ["Facturadnos el logo a 500 € y el membrete al mismo precio."], ignores: ["Facturadnos el logo a 500 €, mismo precio que la última vez."] },
	{ lang: "fr", phrases: ["même prix", "même montant", "même tarif"], examples: ["Facturez-nous le logo, 500 €, et le papier à en-tête au même prix."], ignores: ["Facturez-nous le logo, 500 €, même prix que la dernière fois."] },
	{ lang: "pt", phrases: ["mesmo preço", "mesmo valor", "mesma tarifa", "mesmo montante"], examples: ["Fatura-nos o logótipo a 500 € e o papel timbrado pelo mesmo preço."], ignores: ["Fatura-nos o logótipo a 500 €, mesmo valor que da última vez."] },
	{ lang: "it", phrases: ["stesso prezzo", "stesso importo", "stessa tariffa", "stessa cifra"], examples: ["Fatturaci il logo a 500 € e la carta intestata allo stesso prezzo."], ignores: ["Fatturaci il logo a 500 €, stesso prezzo dell'ultima volta."] },
	{ lang: "nl", phrases: ["zelfde prijs", "dezelfde prijs", "hetzelfde bedrag", "zelfde bedrag", "zelfde tarief", "hetzelfde tarief"], examples: ["Factureer het logo à € 500 en het briefpapier voor dezelfde prijs."], ignores: ["Factureer het logo à € 500, dezelfde prijs als vorige keer."] },
];
const SAME_PRICE = new RegExp(
	String.raw`(?<![\p{L}])(?:${alt(SAME_PRICES.flatMap((r) => r.phrases))})(?![\p{L}])(?![ \t]+(?:(?:as|than|wie|als|que|che|di|del|dello|della|dan|do|da|de)(?![\p{L}])|qu['’]|dell['’]))`,
	"iu",
);

/** The words that price a thing as another's, as written, or null. */
export function samePrice(text: string): string | null {
	return SAME_PRICE.exec(text)?.[0] ?? null;
}
