// An invoice asked for a part of the work ("die zweite Hälfte für die Website: 2.000 €", "the first half of the
// website project now: $2,500", "$5,000 total, but bill only the first 50% now", "la seconda metà del sito"): whether
// the amount written is the part's or the whole's, and so what the invoice holds, is read by no rule safely — a draft
// may bill the whole for a part. It is asked. An instalment named by its place ("die zweite Rate für die Website") is
// asked only when the drafted lines leave that name out (the line "Website" would bill a part as the whole work); the
// line "Second instalment of the website" says what it is. The ways are rows with examples (they run as tests).

export interface PartPhrasing {
	id: string;
	says: string;
	re: RegExp;
	/** Asked only when no drafted line names the part's word ("Rate", "instalment"). */
	unlessNamed?: true;
	examples: { asks: string[]; ignores: string[] };
}

const ORDINAL = String.raw`(?:first|second|third|fourth|final|last|other|remaining|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|letzte[nrs]?|restliche[nrs]?|andere[nrs]?|premi[eè]re?|deuxième|seconde?|troisième|dernière?|autre|primer[oa]?|segund[oa]|tercer[oa]?|últim[oa]|otra|prim[oa]|second[oa]|terz[oa]|ultim[oa]|altra|eerste|tweede|derde|laatste|andere|primeir[oa]|terceir[oa]|outra)`;

export const PART_PHRASINGS: PartPhrasing[] = [
	{
		id: "half",
		says: "a half of the work ('the second half for the website', 'die Hälfte', 'la moitié', 'la seconda metà')",
		// English "half" only with its place or "of" ("a half-day shoot", "half day" are a length, not a part).
		re: new RegExp(String.raw`(?<![\p{L}])(?:${ORDINAL}\s+half(?![\p{L}-])(?!\s+(?:day|days|hour|hours|page|pages|year))|half\s+(?:of|for)\s+(?:the|our|my)(?![\p{L}])|Hälfte|moitié|mitad|metà|helft|metade)(?![\p{L}])`, "iu"),
		examples: {
			asks: ["bitte die zweite Hälfte für die Website abrechnen: 2.000 €.", "Please invoice the first half of the website project now: $2,500.", "Merci de facturer la moitié du site maintenant, soit 2 500 €.", "fatturaci la seconda metà del sito, 2.500 €.", "Kun je de tweede helft van de website factureren?", "Pode faturar a segunda metade do site?", "Factúranos la mitad del proyecto."],
			ignores: ["Please invoice the half-day shoot, $650.", "Please invoice the first half day of the workshop, $400.", "We spent half an hour on it."],
		},
	},
	{
		id: "percent-of",
		says: "a share of the whole in per cent ('50% of the project', 'bill only the first 50% now', 'el 50 % del proyecto')",
		re: new RegExp(String.raw`(?:${ORDINAL}\s+\d{1,3}(?:[.,]\d+)?\s?%|(?<![\d.,])\d{1,3}(?:[.,]\d+)?\s?%\s+(?:of|von|vom|der|des|de|del|de\s+la|du|des|di|del|della|dello|dell['’]|van|do|da|dos|das)\s+(?:the\s+|die\s+|das\s+|den\s+|el\s+|la\s+|le\s+|les\s+|l['’]|il\s+|lo\s+|het\s+|de\s+|o\s+|a\s+)?(?:project|projekt|proyecto|projet|progetto|project|projeto|website|site|web|sito|job|work|contract|Auftrag|Arbeit|trabajo|travail|lavoro|werk|opdracht|trabalho|total|Gesamt|totale?|fee|amount|Betrag|importe|montant|importo|bedrag|valor))`, "iu"),
		examples: {
			asks: ["Please invoice the website — $5,000 total, but bill only the first 50% now.", "Factúranos el 50 % del proyecto web, 2.500 €.", "Bitte 30 % vom Auftrag abrechnen.", "Invoice 40% of the project, please."],
			ignores: ["Please invoice the logo, $500, with the 10% discount.", "plus 19 % MwSt.", "We grew 50% this year."],
		},
	},
	// The whole's price with its split ("$4,000 — half now, half on launch", "50 % vorab, 50 % nach Abnahme", "50 %
	// à la commande"): the invoice now may be the part, not the whole written.
	{
		id: "split-now-later",
		says: "a split of the price in time ('half now, half on launch', '50% upfront', '50 % vorab', '50 % à la commande', 'el resto a la entrega')",
		re: /(?<![\p{L}\d])(?:(?:half|\d{1,3}(?:[.,]\d+)?\s?%)\s+(?:now|up[\s-]?front|on\s+signing|in\s+advance|at\s+the\s+start|today|on\s+(?:launch|delivery|completion|approval)|jetzt|sofort|vorab|im\s+Voraus|bei\s+(?:Auftrag|Abnahme|Lieferung)|nach\s+Abnahme|ahora|por\s+adelantado|al\s+inicio|a\s+la\s+entrega|maintenant|à\s+la\s+commande|à\s+la\s+livraison|d['’]avance|subito|in\s+anticipo|all['’]ordine|alla\s+consegna|nu|vooraf|bij\s+(?:oplevering|opdracht|levering)|agora|adiantado|na\s+entrega)|(?:the\s+)?(?:rest|remainder|balance|other\s+half)\s+(?:on|at|after|upon)\s+(?:launch|delivery|completion|approval)|(?:der\s+)?Rest\s+(?:bei|nach)\s+(?:Abnahme|Lieferung|Fertigstellung)|el\s+resto\s+(?:a|en)\s+la\s+entrega|le\s+solde\s+à\s+la\s+livraison|il\s+saldo\s+alla\s+consegna|de\s+rest\s+bij\s+oplevering|o\s+restante\s+na\s+entrega)(?![\p{L}])/iu,
		examples: {
			asks: ["Please invoice the new website, $4,000 — half now, half on launch.", "Website: $4,000, 50% upfront please.", "Bitte die Website abrechnen, 4.000 €, 50 % vorab.", "Merci de facturer le site, 4 000 €, 50 % à la commande.", "Factúranos la web, 4.000 €, el resto a la entrega.", "Fatturaci il sito, 4.000 €, 50% in anticipo.", "Graag een factuur voor de website, € 4.000, 50% vooraf.", "Pode faturar o site, 4.000 €, 50% agora?"],
			ignores: ["Please invoice the logo, $500, due now.", "We need half a day more.", "The rest of the team says hi."],
		},
	},
	{
		id: "instalment",
		says: "an instalment named by its place, left out of the lines ('die zweite Rate für die Website' drafted as 'Website')",
		re: new RegExp(String.raw`(?<![\p{L}])${ORDINAL}\s+(?:instal+ments?|Rate|Teilzahlung|Abschlagszahlung|Abschlag|Teilrechnung|cuota|plazo|échéance|tranche|versement|rata|termijn|parcela|prestação)(?![\p{L}])`, "iu"),
		unlessNamed: true,
		examples: {
			asks: ["bitte die zweite Rate für die Website abrechnen: 2.000 €.", "Please invoice the second instalment for the app, $3,000.", "Facturez la deuxième tranche du site : 2 000 €."],
			ignores: ["Our day rate is fine.", "The rate is $90 an hour."],
		},
	},
];

/** The words that ask for a part of the work, or null. */
export function partAsked(text: string, lineDescriptions: string[]): string | null {
	const named = lineDescriptions.join(" ");
	for (const p of PART_PHRASINGS) {
		const m = p.re.exec(text);
		if (!m) continue;
		if (p.unlessNamed) {
			const word = /\p{L}+$/u.exec(m[0])![0];
			if (new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}])`, "iu").test(named)) continue;
		}
		return m[0];
	}
	return null;
}
