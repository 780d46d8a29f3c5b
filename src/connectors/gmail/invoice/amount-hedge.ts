// An amount the sender says they are not sure of ("Erano 850 euro se ricordo bene", "it was $850 if I remember
// correctly", "si no recuerdo mal, 600 €"): a draft would carry a figure its own writer doubts, so it is asked about,
// the figure and the words of doubt named. Only words of remembering or being mistaken: "I think the $500 is fair"
// judges a price and is no doubt about it. One row per language; the examples run as tests
// (tests/connectors/gmail/amount-hedge.test.ts).

export interface HedgeRow {
	lang: string;
	phrases: string[];
	examples: { doubts: string[]; fine: string[] };
}

export const AMOUNT_HEDGES: HedgeRow[] = [
	{
		lang: "en",
		phrases: ["if I remember correctly", "if I remember right", "if I remember rightly", "if I recall correctly", "if I recall", "if memory serves", "if I'm not mistaken", "unless I'm mistaken", "I'm not sure if it was", "I'm not 100% sure", "not 100% sure", "IIRC"],
		examples: { doubts: ["It was $850 if I remember correctly.", "The logo was £600, if I'm not mistaken."], fine: ["I think $850 is fair for the logo.", "Please remember the $850 for the logo."] },
	},
	{
		lang: "de",
		phrases: ["wenn ich mich recht erinnere", "wenn ich mich richtig erinnere", "wenn ich mich nicht irre", "wenn ich mich nicht täusche", "soweit ich mich erinnere", "wenn ich das richtig im Kopf habe", "bin mir nicht sicher"],
		examples: { doubts: ["Das waren 850 €, wenn ich mich recht erinnere.", "Das Logo waren 600 €, wenn ich mich nicht irre."], fine: ["Ich erinnere mich gern an das Shooting, 850 € passt."] },
	},
	{
		lang: "es",
		phrases: ["si no recuerdo mal", "si mal no recuerdo", "si no me equivoco", "si recuerdo bien", "creo recordar", "no estoy seguro si", "no estoy segura si"],
		examples: { doubts: ["Eran 850 € si no recuerdo mal.", "Si mal no recuerdo, el logo fueron 600 €."], fine: ["Recuerdo que el logo quedó genial, 600 €."] },
	},
	{
		lang: "fr",
		phrases: ["si je me souviens bien", "si je ne me trompe pas", "si je ne m'abuse", "si je ne m’abuse", "si ma mémoire est bonne", "je ne suis pas sûr si", "je ne suis pas sûre si"],
		examples: { doubts: ["C'était 850 € si je me souviens bien.", "Le logo était à 600 €, si je ne me trompe pas."], fine: ["Je me souviens du shooting, 850 € c'est parfait."] },
	},
	{
		lang: "pt",
		phrases: ["se não me engano", "se bem me lembro", "se não estou enganado", "se não estou enganada", "se não me falha a memória", "não tenho certeza se"],
		examples: { doubts: ["Foram R$ 850 se não me engano.", "Se bem me lembro, o logo foi 600 €."], fine: ["Lembro bem do ensaio, R$ 850 está ótimo."] },
	},
	{
		lang: "it",
		phrases: ["se ricordo bene", "se non ricordo male", "se non sbaglio", "se non erro", "se la memoria non mi inganna", "non sono sicuro se", "non sono sicura se"],
		examples: { doubts: ["Erano 850 euro se ricordo bene.", "Il logo era 600 €, se non sbaglio."], fine: ["Ricordo bene il servizio, 850 euro va benissimo."] },
	},
	{
		lang: "nl",
		phrases: ["als ik het me goed herinner", "als ik me goed herinner", "als ik me niet vergis", "als ik het goed heb", "als ik het goed onthouden heb", "weet ik niet zeker"],
		examples: { doubts: ["Het was € 850 als ik het me goed herinner.", "Het logo was € 600, als ik me niet vergis."], fine: ["Ik herinner me de shoot goed, € 850 is prima."] },
	},
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+").replace(/['’]/g, "['’]");
let compiled: RegExp | null = null;

/** The words of doubt in a sentence, as written, or null. */
export function hedgeIn(sentence: string): string | null {
	compiled ??= new RegExp(String.raw`(?<![\p{L}])(?:${[...new Set(AMOUNT_HEDGES.flatMap((r) => r.phrases))].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\p{L}])`, "iu");
	return compiled.exec(sentence)?.[0] ?? null;
}
