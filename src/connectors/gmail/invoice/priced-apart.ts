// A thing whose price the email says comes apart, with no amount of its own ("plus the packaging design, which we'll
// quote separately", "más el diseño del empaque, que cotizamos aparte", "le design de l'emballage, à chiffrer à part",
// "die Verpackung bieten wir separat an"): a draft of the priced lines alone may leave out a thing the invoice should
// hold, at a price the email does not write, so it is asked about. A thing billed on an invoice of its own ("the
// packaging will be invoiced separately") is clearly not on this one and asks nothing. One row per language; the
// examples run as tests (tests/connectors/gmail/priced-apart.test.ts).

import { sentenceAt } from "./dropped-item";

export interface ApartRow {
	lang: string;
	/** A price or quote said to come apart or later. */
	apart: RegExp;
	/** An invoice of its own: the thing is not on this one. */
	ownInvoice: RegExp;
	examples: { asks: string[]; ignores: string[] };
}

/** Up to three words between two parts ("quote it separately", "cotizamos luego aparte"). */
const W = String.raw`(?:[\p{L}'’]+\s+){0,3}?`;

export const PRICED_APART: ApartRow[] = [
	{
		lang: "en",
		apart: new RegExp(String.raw`(?<![\p{L}])(?:(?:quot|pric)\p{L}*\s+${W}(?:separately|apart|later|afterwards)|separate\s+(?:quote|quotation|estimate|price)|(?:to\s+be|will\s+be|is\s+being)\s+priced|(?:quote|price)\s+to\s+follow|(?:price|cost)\s+(?:is\s+)?(?:still\s+)?(?:to\s+be\s+confirmed|tbc|tbd|pending))(?![\p{L}])`, "iu"),
		ownInvoice: /(?<![\p{L}])(?:(?:invoic|bill)\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?separately|separate\s+(?:invoice|bill)|(?:invoice|bill)\s+of\s+its\s+own)(?![\p{L}])/iu,
		examples: {
			asks: ["Please invoice the logo at $600, plus the packaging design, which we'll quote separately.", "The brochure is priced separately.", "Add the banner too, price to follow.", "Please invoice the logo at $600 and the printing, price still to be confirmed."],
			ignores: ["The packaging design will be billed separately.", "We'll invoice the packaging separately.", "Please invoice the logo at $600."],
		},
	},
	{
		lang: "es",
		apart: /(?<![\p{L}])(?:(?:cotiz|presupuest|precio)\p{L}*\s+(?:[\p{L}'’]+\s+){0,3}?(?:aparte|por\s+separado|más\s+adelante|luego)|(?:presupuesto|cotización)\s+(?:aparte|separad[oa])|(?:aparte|por\s+separado)\s+(?:l[oa]s?\s+|te\s+|se\s+)?(?:cotiz|presupuest)\p{L}*|precio\s+(?:está\s+)?(?:todavía\s+)?(?:por|a)\s+(?:confirmar|definir))(?![\p{L}])/iu,
		ownInvoice: /(?<![\p{L}])(?:factur\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?(?:aparte|por\s+separado)|factura\s+(?:aparte|separada|propia))(?![\p{L}])/iu,
		examples: {
			asks: ["Factúranos el logotipo, 600 €, más el diseño del empaque, que cotizamos aparte.", "El empaque lo presupuestamos por separado."],
			ignores: ["El empaque lo facturamos aparte.", "El empaque va en una factura aparte."],
		},
	},
	{
		lang: "fr",
		apart: /(?<![\p{L}])(?:(?:chiffr|devis|prix|tarif)\p{L}*\s+(?:[\p{L}'’]+\s+){0,3}?(?:à\s+part|séparément|plus\s+tard|ultérieurement)|devis\s+(?:séparé|à\s+part)|(?:à\s+part|séparément)\s+(?:le\s+|la\s+|les\s+)?(?:chiffr|devis)\p{L}*|prix\s+(?:reste\s+|est\s+)?(?:encore\s+)?à\s+(?:confirmer|définir|venir))(?![\p{L}])/iu,
		ownInvoice: /(?<![\p{L}])(?:factur\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?(?:à\s+part|séparément)|facture\s+(?:séparée|à\s+part))(?![\p{L}])/iu,
		examples: {
			asks: ["Merci de facturer le logo, 600 €, ainsi que le design de l'emballage, à chiffrer à part.", "Pour l'emballage, un devis séparé suivra.", "Merci de facturer la brochure, 800 €, et l'impression, dont le prix reste à confirmer."],
			ignores: ["L'emballage sera facturé à part.", "L'emballage fera l'objet d'une facture séparée."],
		},
	},
	{
		lang: "de",
		apart: /(?<![\p{L}])(?:(?:separat|gesondert|später)\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?(?:Angebot|anbieten|an|kalkulier\p{L}*|Preis)|(?:Angebot|Preis|kalkulier\p{L}*|bieten)\s+(?:[\p{L}'’]+\s+){0,3}?(?:separat|gesondert|später|nach)|Preis\s+folgt|Preis\s+(?:ist\s+)?(?:noch\s+)?(?:offen|unklar|nicht\s+fix))(?![\p{L}])/iu,
		ownInvoice: /(?<![\p{L}])(?:(?:separat|gesondert|extra)\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?(?:ab|be)?rechn\p{L}*|(?:abrechn|berechn|in\s+Rechnung)\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?(?:separat|gesondert)|(?:eigene|separate|gesonderte)\s+Rechnung)(?![\p{L}])/iu,
		examples: {
			asks: ["Die Verpackung bieten wir separat an.", "Für die Verpackung folgt ein separates Angebot."],
			ignores: ["Die Verpackung rechnen wir separat ab.", "Die Verpackung kommt auf eine eigene Rechnung."],
		},
	},
	{
		lang: "it",
		apart: /(?<![\p{L}])(?:(?:preventiv|quotaz|prezz|quot)\p{L}*\s+(?:[\p{L}'’]+\s+){0,3}?(?:a\s+parte|separatamente|più\s+avanti|in\s+seguito)|preventivo\s+(?:separato|a\s+parte)|prezzo\s+(?:è\s+)?(?:ancora\s+)?da\s+(?:confermare|definire))(?![\p{L}])/iu,
		ownInvoice: /(?<![\p{L}])(?:fattur\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?(?:a\s+parte|separatamente)|fattura\s+(?:separata|a\s+parte))(?![\p{L}])/iu,
		examples: {
			asks: ["Fatturaci il logo, 600 €, più il packaging, che quotiamo a parte.", "Per il packaging faremo un preventivo separato."],
			ignores: ["Il packaging lo fatturiamo a parte.", "Il packaging andrà in una fattura separata."],
		},
	},
	{
		lang: "pt",
		apart: /(?<![\p{L}])(?:(?:orçament|orçad|orçam|cotaç|cotad|cotam|preç)\p{L}*\s+(?:[\p{L}'’]+\s+){0,3}?(?:à\s+parte|em\s+separado|separadamente|mais\s+tarde)|orçamento\s+(?:separado|à\s+parte)|preço\s+(?:ainda\s+)?(?:a|por)\s+(?:confirmar|definir))(?![\p{L}])/iu,
		ownInvoice: /(?<![\p{L}])(?:fatur\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?(?:à\s+parte|em\s+separado|separadamente)|fatura\s+(?:separada|à\s+parte))(?![\p{L}])/iu,
		examples: {
			asks: ["Pode faturar o logótipo, 600 €, e a embalagem, que orçamos à parte.", "A embalagem terá um orçamento separado."],
			ignores: ["A embalagem faturamos à parte.", "A embalagem vai numa fatura separada."],
		},
	},
	{
		lang: "nl",
		apart: /(?<![\p{L}])(?:(?:offerte|offreren|prijs|geprijsd|begroot|begroten)\p{L}*\s+(?:[\p{L}'’]+\s+){0,3}?(?:apart|los|afzonderlijk|later|volgt)|(?:aparte|afzonderlijke|losse)\s+offerte|apart\s+(?:[\p{L}'’]+\s+)?(?:offreren|begroten|geprijsd)|prijs\s+(?:is\s+)?(?:nog\s+)?(?:niet\s+bekend|te\s+bepalen|onbekend))(?![\p{L}])/iu,
		ownInvoice: /(?<![\p{L}])(?:factur\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?(?:apart|los|afzonderlijk)|(?:aparte|afzonderlijke|losse|eigen)\s+factuur|apart\s+(?:[\p{L}'’]+\s+)?factureren)(?![\p{L}])/iu,
		examples: {
			asks: ["Factureer het logo (€ 600) en de verpakking, waarvoor we een aparte offerte sturen.", "De prijs voor de verpakking volgt later."],
			ignores: ["De verpakking factureren we apart.", "De verpakking komt op een aparte factuur."],
		},
	},
];

/** The first sentence that says a thing's price comes apart (and not that it goes on an invoice of its own), or null. */
export function pricedApart(text: string): string | null {
	for (const row of PRICED_APART) {
		const m = row.apart.exec(text);
		if (!m) continue;
		const sentence = sentenceAt(text, m.index, m.index + m[0].length);
		if ([...PRICED_APART].some((r) => r.ownInvoice.test(sentence))) continue;
		return sentence.trim();
	}
	return null;
}

/** A thing said to go on the invoice too, in a sentence with no amount ("La carta de vinos también va en la factura",
 * "Die Weinkarte gehört auch mit drauf", "La carte des vins va aussi sur la facture", "De wijnkaart mag er ook op"): a
 * draft of the priced lines alone leaves it out, so its price is asked. One pattern per language; the examples run as
 * tests (tests/connectors/gmail/priced-apart.test.ts). */
export const ALSO_ON_INVOICE: { lang: string; re: RegExp; asks: string[]; ignores: string[] }[] = [
	{ lang: "de", re: /(?<![\p{L}])(?:gehör\p{L}*\s+(?:auch\s+|noch\s+)?mit\s+(?:drauf|auf\s+die\s+Rechnung|in\s+die\s+Rechnung)|(?:auch|noch|ebenfalls)\s+(?:mit\s+)?(?:drauf|auf\s+die\s+Rechnung|in\s+die\s+Rechnung))(?![\p{L}])/iu, asks: ["Die Weinkarte, die du letzte Woche gemacht hast, gehört auch mit drauf.", "Die Weinkarte bitte auch auf die Rechnung."], ignores: ["Die Rechnung bitte an die Buchhaltung."] },
	{ lang: "es", re: /(?<![\p{L}])(?:(?:también\s+)?(?:va|van|entra|entran|debe\s+ir|deben\s+ir|tiene\s+que\s+ir|tienen\s+que\s+ir)\s+(?:también\s+)?en\s+(?:la|esta|la\s+misma)\s+factura)(?![\p{L}])/iu, asks: ["La carta de vinos de la semana pasada también va en la factura."], ignores: ["La factura va a nombre de Casa Olmo."] },
	{ lang: "fr", re: /(?<![\p{L}])(?:(?:va|vont|doit\s+aller|doivent\s+aller|passe|passent|figure|figurent|ira|iront)\s+(?:aussi|également)\s+sur\s+(?:la|cette|la\s+même)\s+facture|(?:aussi|également)\s+(?:à\s+)?(?:mettre|ajouter)\s+sur\s+(?:la|cette)\s+facture)(?![\p{L}])/iu, asks: ["La carte des vins de la semaine dernière va aussi sur la facture."], ignores: ["La facture va à notre comptable."] },
	{ lang: "pt", re: /(?<![\p{L}])(?:(?:também\s+)?(?:entra|entram|vai|vão|deve\s+ir|deve\s+entrar|devem\s+entrar)\s+(?:também\s+)?(?:na|nesta|na\s+mesma)\s+fatura)(?![\p{L}])/iu, asks: ["A carta de vinhos da semana passada também entra na fatura."], ignores: ["A fatura vai em nome da Quinta do Vale."] },
	{ lang: "it", re: /(?<![\p{L}])(?:(?:anche\s+)?(?:va|vanno|entra|entrano|deve\s+andare|devono\s+andare)\s+(?:anche\s+)?(?:in|nella|nella\s+stessa)\s+fattura)(?![\p{L}])/iu, asks: ["Anche la carta dei vini della settimana scorsa va in fattura."], ignores: ["La fattura va intestata a Ferri S.r.l."] },
	{ lang: "nl", re: /(?<![\p{L}])(?:(?:mag|mogen|moet|moeten|kan|kunnen)\s+(?:er|daar)\s+(?:ook\s+)?(?:nog\s+)?(?:bij|op)(?:\s+(?:de|deze)\s+factuur)?|(?:ook|nog)\s+op\s+(?:de|deze|dezelfde)\s+factuur)(?![\p{L}])/iu, asks: ["De wijnkaart van vorige week mag er ook op.", "Zet de wijnkaart ook op de factuur."], ignores: ["De factuur graag naar onze boekhouding."] },
];

const AMOUNT_IN = /\d[\d.,' ]*\s?(?:€|\$|£|EUR|USD|GBP|CHF)|(?:€|\$|£|EUR|USD|GBP|CHF)\s?\d/u;
const WORD4 = /\p{L}{4,}/gu;

/** The first sentence, with no amount, that says another thing goes on the invoice too, naming no drafted line; or null. */
export function alsoOnInvoice(text: string, lineDescriptions: string[]): string | null {
	const named = new Set(lineDescriptions.flatMap((d) => d.toLowerCase().match(WORD4) ?? []));
	for (const row of ALSO_ON_INVOICE) {
		const m = row.re.exec(text);
		if (!m) continue;
		const sentence = sentenceAt(text, m.index, m.index + m[0].length).trim();
		if (AMOUNT_IN.test(sentence)) continue;
		if ((sentence.toLowerCase().match(WORD4) ?? []).some((w) => named.has(w))) continue;
		return sentence;
	}
	return null;
}
