// A thing the email asks to invoice beside the priced ones, with no amount of its own ("the logo ($800) and please also
// add the letterhead design to the same invoice", "per il logo (800 €) e per le foto del team?"): a draft of the priced
// lines alone would leave it out, so it is asked about. The ways of adding one more thing are rows here; a new way is a
// new row with its examples (they run as tests).
import { ARTICLE, MONTHS, NUMBER_WORDS, TOOK_AFTER_WORDS, TOOK_WORDS, UNIT, alt } from "./lexicon";
import { TAX_WORDS } from "./money-net";
import { CURRENCY_AFTER, CURRENCY_BEFORE, isIsoCurrency } from "./currency";

/** "also", "too", in the seven languages ("aggiungi pure"). */
// "y aparte los subtítulos", "and separately the captions": one more thing, set apart from the priced one.
const ALSO = String.raw`(?:also|too|auch|noch|también|aussi|anche|ook|também|pure|separately|besides|additionally|außerdem|aparte|además|à part|en plus|a parte|inoltre|daarnaast|à parte|além disso)`;
/** "and" and the "also" that may follow it. */
const AND = String.raw`(?:and|plus|und|y|e|et|en)(?:\s+${ALSO})?`;
/** "as well as", joining one more thing to a priced one ("bem como", "ainsi que", "sowie", "así como", "nonché"). */
const AS_WELL_AS = String.raw`(?:as well as|along with|together with|bem como|assim como|ainsi que|de même que|sowie|ebenso wie|así como|junto con|nonché|così come|insieme a|alsmede|evenals|samen met)`;
/** The word before the thing that an invoice is for ("for the", "für das", "per le", "voor de"). */
const FOR = String.raw`(?:for|für|por|para|pour|per|voor|pelo|pela|pelos|pelas|über)`;
/** Verbs that put one more thing on the invoice ("add", "include", "aggiungi", "voeg … toe"). */
const ADD = String.raw`(?:add|include|put|ergänze|ergänzen|añade|añadir|añadid|agrega|agregar|incluye|incluir|ajoute|ajouter|ajoutez|inclure|incluez|aggiungi|aggiungere|aggiungete|includi|includere|voeg|toevoegen|adiciona|adicionar|adicione|inclua|inclui)`;
/** The thing: letters and blanks only (a count or an amount in it makes it some other phrasing), up to where the invoice
 * it goes on, a comma, a clause about it ("het briefpapiersjabloon dat u daarnaast voor ons heeft gemaakt", "the
 * flyers that you printed") or the sentence's end follows. */
const THING = String.raw`(?<thing>\p{L}[\p{L} '’-]{1,50}?)(?=\s+(?:to|on|onto|in|into|from|zur|zu|auf|a|à|al|alla|nella|sulla|sur|dans|en|aan|op|na|no|ao|toe|too|as well|please|bitte|por favor|s'il|per favore|alsjeblieft|that|which|dat|die|welke|que|qui|che|welche[nrs]?)(?![\p{L}'’])|\s*[?.!,;:(—–]|\s*$)`;
/** Where on the invoice a thing goes, said before the thing ("on the same invoice", "na mesma factura", "sur la même
 * facture"): a place word, at most two words, and the invoice. */
/** An amount with its currency, read from its first digit (inside a long run of digits it is tried once, not at every
 * digit) and ending on a digit ("$500." takes no full stop with it): where the rows below ask their thing to follow. */
export const PRICED = String.raw`(?:(?:${CURRENCY_BEFORE})[ \t]?\d(?:[\d.,'’]*\d)?|(?<![\d.,'’])\d(?:[\d.,'’]*\d)?[ \t]?(?:${CURRENCY_AFTER})(?![\p{L}]))`;
const ON_INVOICE = String.raw`(?:to|on|onto|in|into|auf|in|zur|en|a|sur|dans|nella|sulla|nel|op|aan|in|na|no|em)\s+(?:\p{L}+\s+){0,2}?(?:invoice|bill|rechnung|factura|facture|fattura|fatura|factuur)`;

const TOOK = alt(TOOK_WORDS).replace(/ /g, String.raw`\s+`);
const TOOK_AFTER = alt(TOOK_AFTER_WORDS).replace(/ /g, String.raw`\s+`);

export interface UnpricedPhrasing {
	id: string;
	says: string;
	re: RegExp;
	/** A row of a bullet list: a thing only when another row of the same list writes an amount (a list of things to
	 * invoice, one of them left unpriced), never in a list of notes or fields with no amount at all. */
	listRow?: true;
	/** A list row that may run on after its thing (a count before it, a note after a comma, a dash or a colon): only
	 * when the row itself writes no amount, and its thing is no field of the invoice ("- Payment: 14 days"). */
	rowTail?: true;
	/** The row says its price is not known yet ("tbc"): asked wherever it stands, whatever other figures follow it. */
	saysUnknown?: true;
	/** Only the thing's own clause counts as its price: a second thing joined after a comma and "and" ("…took 5 hours, and
	 * the session was $600") brings its own price, not this one's. */
	clauseOnly?: true;
	/** Only in a sentence that writes an amount before it: "and for the" joins two things to invoice only after a priced
	 * one, and elsewhere it is any "and by the" ("bem recebido pela família e pelos nossos distribuidores"). */
	afterPrice?: true;
	/** Its thing may be a field of the invoice or a note ("Payment as usual", "Zahlung wie immer"): such a thing is left. */
	notField?: true;
	examples: { text: string; thing: string }[];
}

/** Words that say a price is not known yet ("tbc", "to follow", "à confirmer", "offen"). */
const TO_BE_CONFIRMED = ["tbc", "t.b.c.", "tbd", "t.b.d.", "tba", "to be confirmed", "to be defined", "to be agreed", "to follow", "pending", "open", "offen", "noch offen", "folgt", "steht noch aus", "à confirmer", "à définir", "à venir", "por confirmar", "por definir", "pendiente", "a definir", "a confirmar", "da confermare", "da definire", "nog te bepalen", "volgt", "n.t.b.", "nnb", "n.n.b."];
/** "price as discussed", "Preis wie besprochen": a price named and not written is as unknown to the draft. */
const AS_DISCUSSED = ["as discussed", "as agreed", "as quoted", "as per quote", "wie besprochen", "wie vereinbart", "wie abgesprochen", "como hablamos", "como acordamos", "como acordado", "según lo hablado", "comme convenu", "comme discuté", "come concordato", "come d'accordo", "come da preventivo", "zoals afgesproken", "zoals besproken", "como combinado", "conforme combinado"];
const UNKNOWN_PRICE = String.raw`(?:(?:(?:price|prix|preis|precio|prezzo|preço|prijs|amount|cost)[ \t:]+)?(?:${alt(TO_BE_CONFIRMED)})|(?:price|prix|preis|precio|prezzo|preço|prijs|amount|cost|fee|Betrag|importe|montant|importo|valor|bedrag)[ \t:]+(?:${alt(AS_DISCUSSED)}))(?![\p{L}])[ \t]*\??`;

/** Words that open a sentence adding one more thing ("there's also", "dazu kommt noch", "il y a aussi", "daarnaast nog"). */
const THERE_IS_ALSO = String.raw`there['’]?s\s+also|there\s+is\s+also|there\s+was\s+also|there['’]?s\s+(?:still|then)|on\s+top\s+of\s+that(?:\s+there['’]?s)?|(?:dazu|hinzu)\s+kommt(?:\s+(?:noch|auch|dann))*|(?:dazu|hinzu)\s+kommen(?:\s+(?:noch|auch|dann))*|außerdem\s+(?:noch|gibt\s+es\s+(?:noch\s+)?)|zusätzlich\s+noch|además\s+(?:está|están|tenemos)|también\s+(?:está|están)|a\s+eso\s+se\s+suma|il\s+y\s+a\s+(?:aussi|également|encore)|à\s+cela\s+s['’]ajoute(?:nt)?|(?:poi\s+)?c['’]è\s+(?:anche|ancora)|(?:poi\s+)?ci\s+sono\s+(?:anche|ancora)|inoltre\s+c['’]è|in\s+più\s+c['’]è|daarnaast(?:\s+is\s+er)?\s+(?:nog|ook)|verder\s+nog|er\s+is\s+ook(?:\s+nog)?|há\s+(?:ainda|também)|tem\s+(?:ainda|também)|acresce(?:m)?\s+(?:ainda)?`;
/** A price named only by the usual one ("at your usual rate", "zum üblichen Satz", "wie immer", "al precio de siempre",
 * "au tarif habituel", "à tarifa de sempre", "alla solita tariffa", "tegen het gebruikelijke tarief"). */
const DANGLING_RELATION = /\s+(?:für|for|of|von|vom|de|di|van|do|da|du|des|del|della|per|pour|para|voor|with|mit|con|avec|met|com)$/iu;
const USUAL_JOIN = String.raw`(?:and|plus|und|sowie|y|e|et|en|más|mais|più|además de)`;
/** "As usual" said of a thing joined to a priced one, with its article ("und die Bildbearbeitung wie immer"): alone it says
 * how ("We will pay by bank transfer as usual"), so only the joined thing is read. */
const USUAL_MANNER = String.raw`as\s+usual|as\s+always|wie\s+immer|wie\s+üblich|como\s+siempre|comme\s+d['’]habitude|como\s+sempre|come\s+al\s+solito|come\s+sempre|zoals\s+gewoonlijk|zoals\s+altijd`;
/** "same as your usual rate", "gleicher Preis wie immer", "igual que tu tarifa de siempre", "même tarif que d'habitude",
 * "mesmo valor de sempre", "stesso prezzo di sempre", "zelfde tarief als altijd": the usual price named by likeness. */
const SAME_AS_USUAL = String.raw`(?:(?:zum|zu)\s+)?(?:gleiche[nr]?|selbe[nr]?)\s+(?:Preis|Satz|Tarif|Stundensatz)\s+wie\s+(?:immer|sonst|üblich|gewohnt)|(?:genauso|gleich)\s+wie\s+(?:dein|Ihr|euer)\s+(?:üblicher|normaler|gewohnter)\s+(?:Satz|Preis|Tarif|Stundensatz)|(?:igual\s+que|lo\s+mismo\s+que)\s+(?:tu|su|vuestra|la)\s+(?:tarifa|precio)\s+(?:de\s+siempre|habitual|normal)|(?:al\s+|a\s+la\s+|el\s+|la\s+)?(?:mismo\s+precio|misma\s+tarifa)\s+(?:de\s+siempre|que\s+siempre|habitual)|(?:au\s+|le\s+)?même\s+(?:tarif|prix)\s+que\s+d['’]habitude|(?:comme|pareil\s+que)\s+(?:ton|votre)\s+(?:tarif|prix)\s+habituel|(?:(?:igual\s+ao|o\s+mesmo\s+que\s+o)\s+(?:teu|seu|vosso)|(?:pelo|no|o)\s+mesmo)\s+(?:valor|preço)\s+(?:de\s+sempre|habitual)|mesmo\s+(?:valor|preço)\s+de\s+sempre|(?:allo\s+|alla\s+|lo\s+|la\s+)?stess[oa]\s+(?:prezzo|tariffa)\s+di\s+sempre|come\s+(?:la\s+)?(?:tua|sua)\s+(?:solita\s+tariffa|tariffa\s+solita)|(?:(?:het|tegen\s+het)\s+)?zelfde\s+(?:tarief|prijs)\s+als\s+(?:altijd|gewoonlijk|normaal|anders)|zoals\s+(?:je|uw)\s+gebruikelijke\s+(?:tarief|prijs)`;
const USUAL_RATE = String.raw`(?:(?:at|for|on)|(?:the\s+)?same\s+(?:as|(?:rate|price)\s+as))\s+(?:your|our|the|my)\s+(?:usual|standard|normal|regular|customary)\s+(?:rates?|prices?|fees?|pricing|charge|hourly\s+rate)|(?:zum|zu\s+(?:Ihrem|deinem|eurem|dem))\s+(?:üblichen|normalen|gewohnten)\s+(?:Satz|Preis|Tarif|Stundensatz|Honorar)|zu\s+den\s+üblichen\s+(?:Konditionen|Sätzen|Preisen)|(?:al|a\s+(?:tu|su|vuestra|la))\s+(?:precio|tarifa)\s+(?:de\s+siempre|habitual|normal)|(?:au|à\s+(?:ton|votre|notre|mon))\s+(?:tarif|prix)\s+(?:habituel|normal|d['’]usage)|(?:à|a|ao|pela|pelo)\s+(?:(?:tua|sua|vossa)\s+)?(?:tarifa|preço|valor)\s+(?:de\s+sempre|habitual|normal)|(?:alla|al|con\s+la|col|a)\s+(?:(?:tua|sua|vostra)\s+)?(?:solita\s+tariffa|solito\s+prezzo|tariffa\s+(?:solita|abituale|di\s+sempre)|prezzo\s+(?:solito|abituale|di\s+sempre))|(?:tegen|voor)\s+(?:(?:het|je|uw|jullie|ons)\s+)?(?:gebruikelijke|normale|vaste)\s+(?:tarief|prijs|uurtarief)|${SAME_AS_USUAL}`;

export const UNPRICED_PHRASINGS: UnpricedPhrasing[] = [
	{
		id: "thing-at-the-usual-rate",
		notField: true,
		says: "a thing priced only by pointing at a usual rate, with no figure in its clause (plus retouching for the selected images at your usual rate; und die Bildbearbeitung wie immer)",
		// Joined to a priced thing ("plus", "and", "und") or opening its sentence or line; the phrase ends the clause, so
		// "Zahlung wie immer per Überweisung" is how, not what. A figure after it ("at your usual rate of $80") prices it.
		re: new RegExp(String.raw`(?:(?:^|(?<=[.!?:;][ \t]{1,3}|\n))[ \t]*(?:(?<umark>[-*•·▪–]|\d{1,2}[.)])[ \t]+)?(?:${USUAL_JOIN}[ \t]+)?|(?<![\p{L}])${USUAL_JOIN}[ \t]+)(?:(?:${ARTICLE})[ \t]+|l['’])?(?<thing>\p{L}[\p{L} '’-]{1,60}?)(?:[ \t]+|[ \t]*[,:][ \t]*|[ \t]+[-–—][ \t]+)(?:${USUAL_RATE})(?=(?:[ \t]+\p{L}{1,4}){0,2}(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+\p{Lu}\p{Ll}+,))|(?<![\p{L}])${USUAL_JOIN}[ \t]+(?:${ARTICLE})[ \t]+(?<thing2>\p{L}[\p{L} '’-]{1,60}?)[ \t]+(?:${USUAL_MANNER})(?=[ \t]*(?:[.,;:!?)\n]|$))`, "imu"),
		examples: [
			{ text: "1. Product photography - 60 sarees @ $45 per piece\n2. Model shoot (1 day) - $3,500\n\nplus retouching for the selected images at your usual rate.", thing: "retouching for the selected images" },
			{ text: "Bitte stell mir die Rechnung: das Fotoshooting 800 € und die Bildbearbeitung wie immer.", thing: "Bildbearbeitung" },
			{ text: "Hallo Sam, bitte die Rechnung: Logo 600 €, und die Visitenkarten zum üblichen Satz.", thing: "Visitenkarten" },
			{ text: "Factúrame el logo (500 €) y las tarjetas al precio de siempre.", thing: "tarjetas" },
			{ text: "Facturez-moi le site (1 200 €) et la maintenance au tarif habituel.", thing: "maintenance" },
			{ text: "Fature o logótipo a 500 € e as fotos à tarifa de sempre.", thing: "fotos" },
			{ text: "Fatturami il logo a 500 € e il ritocco foto alla solita tariffa.", thing: "ritocco foto" },
			{ text: "Factureer het logo à € 500 en de nabewerking tegen het gebruikelijke tarief.", thing: "nabewerking" },
			{ text: "Please invoice the website build at $2,000 and the copywriting at your standard rate.", thing: "copywriting" },
			// A bullet row whose price is the usual one by likeness, after a dash ("- Product shoot - same as your usual rate").
			{ text: "Can you send the invoice for November?\n- 12 posts ($150 each)\n- Product shoot for the new menu - same as your usual rate\n- 1 reel $350", thing: "Product shoot for the new menu" },
			// A sign-off right under the row is joined to it when the text is unwrapped ("… usual rate Thanks, Carla").
			{ text: "Can you send the invoice?\n- 10 posts ($120 each)\n- Product shoot - same as your usual rate Thanks, Carla", thing: "Product shoot" },
			{ text: "Rechnung bitte:\n- Logo: 800 €\n- Produktfotos – zum gleichen Preis wie immer", thing: "Produktfotos" },
			{ text: "La factura:\n- Logo: 800 €\n- Fotos de producto: al mismo precio de siempre", thing: "Fotos de producto" },
			{ text: "La facture :\n- Logo : 800 €\n- Photos produits - même tarif que d'habitude", thing: "Photos produits" },
			{ text: "A fatura:\n- Logo: R$ 800\n- Fotos de produto - mesmo valor de sempre", thing: "Fotos de produto" },
			{ text: "La fattura:\n- Logo: 800 €\n- Foto prodotto - stesso prezzo di sempre", thing: "Foto prodotto" },
			{ text: "De factuur:\n- Logo: € 800\n- Productfoto's - zelfde tarief als altijd", thing: "Productfoto's" },
		],
	},
	{
		id: "and-for-the-thing",
		says: "'and for' and a thing after a priced one, with no amount till the sentence ends (e per le foto del team?)",
		re: new RegExp(String.raw`(?<![\p{L}])${AND}\s+${FOR}\s+(?:${ARTICLE})\s+${THING}`, "iu"),
		afterPrice: true,
		examples: [
			{ text: "mi mandi la fattura per il logo (800 €) e per le foto del team?", thing: "foto del team" },
			{ text: "Can you invoice me for the poster ($300) and also for the flyer?", thing: "flyer" },
			{ text: "Schick mir bitte die Rechnung für das Logo (500 €) und für die Visitenkarten.", thing: "Visitenkarten" },
			{ text: "Merci de me facturer le site (1 200 €) et pour la bannière.", thing: "bannière" },
			{ text: "Kun je factureren voor het logo (€ 600) en ook voor de flyers?", thing: "flyers" },
			// A clause about the thing ends it, however long ("dat u daarnaast voor ons heeft gemaakt").
			{ text: "Graag een factuur voor de nieuwe website (€ 1.800,00) en voor het nieuwsbriefsjabloon dat u daarnaast voor ons heeft opgezet.", thing: "nieuwsbriefsjabloon" },
			{ text: "Please invoice the poster ($300) and for the event flyers that you designed for the spring fair last month.", thing: "event flyers" },
		],
	},
	{
		id: "price-then-and-the-thing",
		says: "a priced thing, then 'and the' and a thing with no amount till the sentence ends (the logo (£400 as agreed) and the favicon set?)",
		// Only right after an amount with its currency (its bracket closed, or a comma): "and the" further on may join two
		// words of one name, and "in allen 14 Filialen, und die Rückmeldungen" counts no money.
		// A bracket that only names the currency or says what the amount was may follow it ("$2.800.000 (pesos colombianos)
		// y aparte los subtítulos").
		re: new RegExp(String.raw`${PRICED}[^\n\d.?!()]{0,24}?(?:\)[ \t]*,?|,|[ \t]*\([^()\n\d]{1,40}\)[ \t]*,?)\s+${AND}\s+(?:${ARTICLE})\s+${THING}`, "iu"),
		examples: [
			{ text: "Could you invoice me for the new website ($1,200 as quoted) and the newsletter template you set up?", thing: "newsletter template you set up" },
			{ text: "Please bill us for the brochure, £850, and the cover photos.", thing: "cover photos" },
			{ text: "Schick mir bitte die Rechnung für das Logo (600 €) und die Briefbögen.", thing: "Briefbögen" },
			{ text: "Facture-moi le site (900 €) et les cartes de visite, merci.", thing: "cartes de visite" },
			{ text: "Mándame la factura del catálogo (1.400 €) y también las etiquetas.", thing: "etiquetas" },
			{ text: "La factura del logo es $900.000 (pesos) y aparte las tarjetas que te encargué.", thing: "tarjetas" },
			{ text: "Please invoice the film, $4,000 (US dollars) and separately the captions you added.", thing: "captions you added" },
		],
	},
	{
		id: "add-the-thing",
		says: "a verb that adds a thing to the invoice, with no amount till the sentence ends (please also add the letterhead design to the same invoice)",
		re: new RegExp(String.raw`(?<![\p{L}])${ADD}(?:\s+(?:also|too|auch|noch|también|aussi|anche|ook|também|pure))?\s+(?:${ARTICLE})\s+${THING}`, "iu"),
		examples: [
			{ text: "Kindly send the invoice for the logo (PKR 45,000) and please also add the letterhead design to the same invoice.", thing: "letterhead design" },
			{ text: "Invoice the brochure at $900, and include the cover illustration too.", thing: "cover illustration" },
			{ text: "La factura del logo son 700 €; añade también el diseño de las tarjetas.", thing: "diseño de las tarjetas" },
			{ text: "Fattura il sito, 1.500 €, e aggiungi anche le foto prodotto.", thing: "foto prodotto" },
			{ text: "Facture le logo, 800 €, et ajoute la charte graphique à la facture.", thing: "charte graphique" },
		],
	},
	{
		id: "add-on-the-invoice-the-thing",
		says: "a verb that adds a thing, the invoice it goes on named first and maybe a count before the thing, with no amount till the sentence ends (inclua também na mesma factura os 2 álbuns impressos)",
		re: new RegExp(String.raw`(?<![\p{L}])${ADD}(?:\s+(?:also|too|auch|noch|también|aussi|anche|ook|também|pure))?\s+${ON_INVOICE}(?:\s+(?:also|too|auch|noch|también|aussi|anche|ook|também|pure))?\s+(?:${ARTICLE})\s+(?:\d{1,3}\s+)?${THING}`, "iu"),
		examples: [
			{ text: "O logótipo ficou em 90.000 Kz. Adicione também na factura os 3 cartões de visita que imprimiu.", thing: "cartões de visita" },
			{ text: "The brochure was $900. Please add to the same invoice the 2 extra proofs you printed for us.", thing: "extra proofs you printed for us" },
			{ text: "Le site fait 1 200 €. Ajoutez sur la même facture les 4 bannières — elles sont superbes.", thing: "bannières" },
			{ text: "Das Logo kostet 500 €. Bitte ergänze auf der Rechnung auch die Visitenkarten.", thing: "Visitenkarten" },
		],
	},
	{
		id: "price-then-as-well-as-the-thing",
		says: "a priced thing, then 'as well as' and a thing with no amount till the sentence ends (the logo, 650,00 €, bem como ao manual de normas gráficas)",
		// Right after an amount with its currency, as "and the" above: "as well as" elsewhere in a mail may join anything
		// ("the team loved it, as well as the colours").
		re: new RegExp(String.raw`${PRICED}[^\n\d.?!()]{0,24}?(?:\)[ \t]*,?|,)?\s+${AS_WELL_AS}\s+(?:${FOR}\s+|(?:ao|aos|à|às|a|al|au|aux|de|do|da|dos|das|del|du|della|dello|dei|delle|van)\s+)?(?:(?:${ARTICLE})\s+)?${THING}`, "iu"),
		examples: [
			{ text: "Solicito a fatura do cartaz, no valor de 420,00 €, bem como do folheto que imprimiram.", thing: "folheto" },
			{ text: "Please invoice us for the website ($2,400) as well as the hosting setup.", thing: "hosting setup" },
			{ text: "Merci de facturer le logo, 800 €, ainsi que la charte graphique.", thing: "charte graphique" },
			{ text: "Bitte stellen Sie das Logo (900 €) sowie die Geschäftsausstattung in Rechnung.", thing: "Geschäftsausstattung" },
			{ text: "Envíame la factura del logo, 600 €, así como de las tarjetas de visita.", thing: "tarjetas de visita" },
			{ text: "Mandami la fattura per il logo, 700 €, nonché per il biglietto da visita.", thing: "biglietto da visita" },
		],
	},
	{
		id: "list-row-without-amount",
		says: "a bullet row that names a thing and no amount, in a list whose other rows are priced (- les 3 bannières web à 120 € pièce / - la retouche des photos de l'équipe)",
		// Letters and blanks only: a row with a colon is a field ("- PO: 4471"), one with a digit some other phrasing.
		// A bracket after the thing says what it was, up to a clause long ("(only the layout, we do the printing ourselves)").
		// A paper size or a model written after the thing ("ontwerp posters A2", "flyers A5") is part of its name, not a count.
		re: new RegExp(String.raw`^[ \t]*(?<mark>[-*•·▪–]|\d{1,2}[.)])[ \t]+(?:(?:${ARTICLE})[ \t]+|l['’])?(?<thing>\p{L}[\p{L} '’-]{1,60}?(?:[ \t]+\p{Lu}{1,2}\d{1,2})?)(?:[ \t]*\([^()\n$€£¥₹]{1,60}\))?(?:[ \t]*[-–—:][ \t]*\?+)?[ \t]*[.;,]?[ \t]*$`, "imu"),
		listRow: true,
		examples: [
			{ text: "Tu peux m'envoyer la facture pour :\n- les 3 bannières web à 120 € pièce\n- la retouche des photos de l'équipe", thing: "retouche des photos de l'équipe" },
			{ text: "Please invoice us for:\n* the logo refresh, $900\n* the social media templates", thing: "social media templates" },
			{ text: "Bitte in Rechnung stellen:\n- Flyer-Gestaltung: 350 €\n- die Bildbearbeitung der Teamfotos", thing: "Bildbearbeitung der Teamfotos" },
			{ text: "Factúrame por favor:\n• el diseño del menú\n• 200 tarjetas a 0,50 € cada una", thing: "diseño del menú" },
			// The row shares its work word with a priced row ("ontwerp"), not its thing ("posters").
			{ text: "Graag een factuur voor:\n- ontwerp folders: € 300,00\n- ontwerp affiches A3", thing: "ontwerp affiches A3" },
			// A numbered list is a list too ("1. Banner design - RM 1,200 / 2. Roll-up stand artwork").
			{ text: "Can you please send the invoice for:\n1. Banner design - $1,200\n2. Roll-up stand artwork\n3. Price tags - $150", thing: "Roll-up stand artwork" },
			{ text: "Bitte in Rechnung stellen:\n1) Logo: 600 €\n2) Briefpapier", thing: "Briefpapier" },
			// A bracket of sizes after the name, or a question mark where the price would be, leaves it unpriced.
			{ text: "Please invoice:\n1. Banner design (3m x 1m) - $1,200\n2. Roll-up stand artwork (2m)\n3. Price tags - $150", thing: "Roll-up stand artwork" },
			{ text: "Please invoice:\n- Banner design - $1,200\n- Roll-up stand artwork - ?\n- Price tags - $150", thing: "Roll-up stand artwork" },
			// A bracket that says what the work was, a clause long ("nur das Layout, den Druck machen wir selbst").
			{ text: "Bitte auf die Rechnung:\n- Plakat A2: 280 €\n- Banner für die Messe (nur die Gestaltung, den Druck übernehmen wir)", thing: "Banner für die Messe" },
			{ text: "Please put on the invoice:\n- Menu design: $400\n- Window decals (just the artwork, we print them ourselves)", thing: "Window decals" },
			// A priced row's currency may be any ISO code in capitals ("BDT 450", "SEK 300"), not only a spelling of ours.
			{ text: "Please issue the invoice, details below:\n\n- Product photography: 120 items at BDT 450 per item\n- Catalogue design (24 pages)\n- Printing of 200 catalogues at BDT 380 each", thing: "Catalogue design" },
		],
	},
	{
		id: "sentence-and-the-thing-too",
		says: "a sentence that opens on 'and' and adds a thing 'too', after the priced ones (Oh, and the business cards too.)",
		// Only opening its sentence (after an "oh" or "PS"), with its "too" after the thing: an elliptic "put that on as
		// well", never "the team loved it and the colours too".
		re: new RegExp(String.raw`(?:^|(?<=[.!?][ \t]{1,3}|\n))[ \t]*(?:(?:oh|ah|and|also|p\.?s\.?|och|ach|et|ah)[,:.]?[ \t]+)*(?:and|plus|und|y|e|et|en)(?:[ \t]+(?:also|auch|noch|también|aussi|anche|ook))?[ \t]+(?:${ARTICLE})[ \t]+(?<thing>\p{L}[\p{L} '’-]{1,50}?)[ \t]*,?[ \t]*(?:too|as well|auch(?:[ \t]+noch)?|noch|también|aussi|anche|ook|também)(?![\p{L}])[ \t]*(?:please|bitte|por favor|s'il (?:te|vous) pla[iî]t|per favore|alsjeblieft|graag)?[ \t]*(?:[.!?]|\n|$)`, "iu"),
		examples: [
			{ text: "Please invoice the logo, £800. Oh, and the business cards too.", thing: "business cards" },
			{ text: "Die Rechnung fürs Logo bitte, 800 €. Und die Visitenkarten auch noch.", thing: "Visitenkarten" },
			{ text: "La factura del logo, 800 €. Ah, y las tarjetas también.", thing: "tarjetas" },
			{ text: "Facture le logo, 800 €. Et les cartes de visite aussi.", thing: "cartes de visite" },
		],
	},
	{
		id: "price-then-and-counted-thing",
		says: "a priced thing, then 'and' and a counted thing with no amount till the sentence ends (the logo at £800 and the 200 business cards)",
		re: new RegExp(String.raw`${PRICED}(?:[ \t]*\))?[^\n\d.?!()]{0,24}?\s+${AND}\s+(?:(?:${ARTICLE})\s+)?\d{1,4}(?![\d.,])\s+${THING}`, "iu"),
		examples: [
			{ text: "Please invoice the logo at £800 and the 200 business cards.", thing: "business cards" },
			{ text: "Bitte das Logo für 800 € und die 500 Flyer abrechnen.", thing: "Flyer abrechnen" },
			{ text: "Factúrame el logo por 800 € y las 300 tarjetas, gracias.", thing: "tarjetas" },
			{ text: "We owe you for the logo (£800) and the 250 business cards you printed.", thing: "business cards you printed" },
		],
	},
	{
		id: "row-price-to-be-confirmed",
		says: "a row or a bracket that names a thing and says its price is not known yet (- Business cards: tbc; Business cards | 2 | TBD; the cards (price tbc))",
		// The words say outright that an amount is missing: asked even when a priced row follows it.
		re: new RegExp(String.raw`(?:^[ \t]*(?:[-*•·▪–][ \t]*|\|[ \t]*)?(?:(?:${ARTICLE})[ \t]+)?(?<thing>\p{L}[\p{L} '’-]{1,60}?)[ \t]*(?::|\||[ \t][–—-]|[ \t]{2,}|\t)(?:[^\n|]*\|)*[ \t]*${UNKNOWN_PRICE}[ \t]*\|?[ \t]*$|(?<![\p{L}])(?:${ARTICLE})[ \t]+(?<thing2>\p{L}[\p{L} '’-]{1,60}?)[ \t]*\([ \t]*${UNKNOWN_PRICE}[ \t]*\))`, "imu"),
		saysUnknown: true,
		examples: [
			{ text: "Please invoice:\n- Logo: £800\n- Business cards: tbc\n\nThanks", thing: "Business cards" },
			{ text: "Item | Qty | Price\nLogo | 1 | £800\nBusiness cards | 2 | TBD", thing: "Business cards" },
			{ text: "Please invoice the logo (£800) and the business cards (price tbc).", thing: "business cards" },
			{ text: "Bitte in Rechnung stellen:\n- Logo: 800 €\n- Visitenkarten: Preis folgt", thing: "Visitenkarten" },
			{ text: "Merci de facturer :\n- le logo : 800 €\n- les cartes de visite : à confirmer", thing: "cartes de visite" },
			// A price named "as discussed" and not written is unknown to the draft too.
			{ text: "Please invoice:\n- Banner design: $1,200\n- Roll-up stand artwork: price as discussed\n- Price tags: $150", thing: "Roll-up stand artwork" },
			{ text: "Bitte in Rechnung stellen:\n- Logo: 800 €\n- Visitenkarten: Preis wie besprochen", thing: "Visitenkarten" },
		],
	},
	{
		id: "list-row-with-a-note",
		says: "a bullet row with no amount that names a thing and runs on with a note or opens with a count, in a list whose other rows are priced (- Roll-up für den Eingang – nur das Layout, Druck machen wir selbst / - 2 roll-up banners)",
		// The thing ends at a comma, a colon, a dash or a bracket; what follows is the sender's note on it, never its price
		// (a row that writes an amount is a line, or some other question).
		re: new RegExp(String.raw`^[ \t]*(?<mark>[-*•·▪–]|\d{1,2}[.)])[ \t]+(?:(?:${ARTICLE})[ \t]+|l['’])?(?:\d{1,3}[ \t]*(?:x|×)?[ \t]+)?(?<thing>\p{L}[\p{L} '’-]{1,60}?)[ \t]*(?:(?:[,;:(]|[ \t]?[–—][ \t]|[ \t]-[ \t])[^\n]*)?$`, "imu"),
		listRow: true,
		rowTail: true,
		examples: [
			{ text: "Kannst du mir die Rechnung schicken? Drauf sollten:\n- Flyer: 350 €\n- Roll-up für den Eingang – nur das Layout, Druck machen wir selbst\n- Preisliste: 2 Std. à 60 €", thing: "Roll-up für den Eingang" },
			{ text: "Could you send the invoice for:\n- Logo design: $800\n- Business card layout: we print them ourselves\n- Letterhead: $150", thing: "Business card layout" },
			{ text: "Could you send the invoice for:\n- Logo design: $800\n- 2 roll-up banners\n- Letterhead: $150", thing: "roll-up banners" },
			{ text: "Peux-tu m'envoyer la facture pour :\n- Logo : 800 €\n- Kakémono, juste la mise en page", thing: "Kakémono" },
			{ text: "¿Me haces la factura de esto?:\n- Logo: 800 €\n- 3 banners para redes, solo diseño", thing: "banners para redes" },
		],
	},
	{
		id: "want-the-thing-added",
		says: "a thing wanted added or said to go on the invoice too, in a sentence with no amount (We'd also like the business cards added; the cards need to go on there too)",
		// Wanted added ("like … added"), or said to go on it with "too" closing the clause: "we had the favicon included
		// in the price" adds nothing (the words after "included" are not the clause's end).
		re: new RegExp(String.raw`(?<![\p{L}])(?:(?:like|want|need|have|get)\s+(?:${ARTICLE})\s+(?<thing>\p{L}[\p{L} '’-]{1,50}?)\s+(?:added|included|put\s+on|on\s+(?:it|there|the\s+invoice|the\s+bill))(?:\s+(?:too|as\s+well|also|please))?[ \t]*(?:[.!?;]|$)|(?:${ARTICLE})\s+(?<thing2>\p{L}[\p{L} '’-]{1,50}?)\s+(?:needs?|should|must|can|could|will)\s+(?:to\s+)?(?:go|be|come)\s+(?:on|onto|added|included|put)(?:\s+\p{L}+){0,3}?\s+(?:too|as\s+well|also)[ \t]*(?:[.!?;]|$)|(?:${ARTICLE})\s+(?<thing3>\p{L}[\p{L} '’-]{1,50}?)(?:\s+(?:gerne|bitte|auch|noch|doch))*\s+mit\s+(?:auf\s+die\s+Rechnung|drauf\p{L}*|auf\p{L}*|ab\p{L}*|berechnen))`, "imu"),
		examples: [
			{ text: "Please invoice the logo design ($400). We'd also like the business cards added.", thing: "business cards" },
			{ text: "Please invoice the logo at $500. The business cards need to go on there too.", thing: "business cards" },
			{ text: "Please invoice the logo at $500; the business cards should be on it as well.", thing: "business cards" },
			{ text: "Bitte das Logo abrechnen (500 €). Die Visitenkarten gerne mit auf die Rechnung.", thing: "Visitenkarten" },
			{ text: "Invoice the poster, $300. We want the flyer design included too.", thing: "flyer design" },
		],
	},
	{
		id: "dashed-price-then-and-the-thing",
		says: "a price set off by dashes, then 'and the' and a thing with no amount (the logo — $500 — and the website)",
		re: new RegExp(String.raw`[—–][ \t]*${PRICED}[ \t]*[—–][ \t]*${AND}\s+(?:${ARTICLE})\s+${THING}`, "iu"),
		examples: [
			{ text: "Please invoice the logo — $500 — and the website.", thing: "website" },
			{ text: "Please invoice the product photos — $900 — and the retouching too.", thing: "retouching" },
			{ text: "Bitte das Logo – 500 € – und die Visitenkarten abrechnen.", thing: "Visitenkarten abrechnen" },
		],
	},
	{
		id: "unit-price-then-and-the-thing",
		says: "a count at a unit price, then 'and the' and a thing with no amount (2 Tage Schulung à 800 € und die Anfahrt)",
		// The price is a unit's ("à", "at", "@", "zu je"): what follows "and the" is one more thing, not the same one's name.
		re: new RegExp(String.raw`(?<![\p{L}])(?:à|@|at|zu\s+je|je|a)\s+${PRICED}(?:\s+(?:each|pro\s+\p{L}+|per\s+\p{L}+|la\s+\p{L}+|the\s+\p{L}+|a\s+\p{L}+|an\s+\p{L}+))?\s+${AND}\s+(?:${ARTICLE})\s+${THING}`, "iu"),
		examples: [
			{ text: "bitte 2 Tage Schulung à 800 € und die Anfahrt abrechnen.", thing: "Anfahrt abrechnen" },
			{ text: "Please invoice 3 posters at $80 each and the delivery.", thing: "delivery" },
			{ text: "Facture 2 jours à 600 € la journée et le déplacement.", thing: "déplacement" },
		],
	},
	{
		id: "colon-list-unpriced-tail",
		says: "a list after a colon whose last thing has no amount (Please invoice: logo $500, website.)",
		// Only in a list opened by a colon in the same sentence, its one priced thing first (a run of two or more is
		// list-tail's): "the logo, $500, thanks" ends on a word of thanks, never a thing (FILLER below). A bullet row's
		// label colon opens no list ("- Icon set: €300, 24 icons in total" is a remark), nor does a count after the price.
		// The colon is matched before the look back to the row's start (tried at every character, that look was slow).
		re: new RegExp(String.raw`:(?<!^[ \t]*(?:[-*•·▪–]|\d{1,2}[.)])[^\n:]*:)[^\n.?!:\d$€£¥₹]{0,60}?${PRICED}[ \t]*,[ \t]*(?:(?:and|und|et|y|e|en|plus)[ \t]+)?(?<thing>\p{L}[\p{L} '’-]{1,40}?)[ \t]*(?:[.!]|$)`, "imu"),
		examples: [
			{ text: "Please invoice: logo $500, website.", thing: "website" },
			{ text: "Please invoice: photography $900, editing.", thing: "editing" },
			{ text: "Bitte Rechnung: Logo 500 €, Visitenkarten.", thing: "Visitenkarten" },
		],
	},
	{
		id: "work-took-hours-unpriced",
		clauseOnly: true,
		says: "a piece of work that took some hours, with no rate or price after it, beside a priced thing (Die Bildbearbeitung hat 3 Stunden gedauert. Das Logo war 1.000 €.)",
		// With a rate after the hours the sentence is a line ("took 5 hours at $80 an hour"); without one, a draft of the
		// priced things alone would leave the work out.
		re: new RegExp(String.raw`(?:^|[.?!;:]\s+)(?:(?:${ARTICLE})\s+)?(?!(?:it|this|that|everything|all|es|das|alles|ça|cela|tout|eso|esto|todo|isso|isto|tudo|ciò|questo|tutto|dat|het|alles)(?![\p{L}]))(?<thing>\p{L}[\p{L} '’-]{1,50}?)\s+(?:${TOOK}|(?:hat|haben|heeft|hebben)(?=\s+\S+\s+\S+\s+(?:${TOOK_AFTER})(?![\p{L}])))\s+(?:\d+(?:[.,]\d+)?|${alt(Object.keys(NUMBER_WORDS))})\s+(?:${UNIT})(?![\p{L}])(?:\s+(?:${TOOK_AFTER})(?![\p{L}]))?`, "iu"),
		examples: [
			{ text: "Die Bildbearbeitung hat 3 Stunden gedauert. Das Logo war 1.000 €.", thing: "Bildbearbeitung" },
			{ text: "The logo was $700. The photo retouching took 5 hours.", thing: "photo retouching" },
			{ text: "El cartel fue 400 €. La edición del vídeo llevó 6 horas.", thing: "edición del vídeo" },
			{ text: "Please invoice. The retouching took 5 hours, and the session was $600.", thing: "retouching" },
		],
	},
	{
		id: "dutch-separable-added-thing",
		says: "a thing added with a Dutch separable verb and no price after it (en daar komt de hosting nog bij.)",
		// "daar komt … (nog) bij" ends the sentence on its particle: a price in a clause after it ("…, dat was Afl. 360,-")
		// is read as a line, so only the particle at the sentence's end marks the thing as unpriced.
		re: new RegExp(String.raw`(?<![\p{L}])(?:daar|dan|daarnaast|er)\s+(?:komt|komen)(?:\s+(?:er|nog|ook))*\s+(?:de|het|een)\s+(?<thing>\p{L}[\p{L} '’-]{1,50}?)\s+(?:(?:nog|ook|er)\s+)*(?:bij|erbij)\s*(?:[.!]|$)`, "iu"),
		afterPrice: true,
		examples: [
			{ text: "De website was € 1.200,00 en daar komt de hosting nog bij.", thing: "hosting" },
			{ text: "Het logo kost € 650,00 en daar komen de visitekaartjes ook nog bij.", thing: "visitekaartjes" },
		],
	},
	{
		id: "there-is-also-the-thing",
		notField: true,
		says: "a sentence that opens by adding one more thing, with no amount till it ends (Dazu kommt noch die Bildbearbeitung für die Kolleginnen; There's also the retouching for the new hires)",
		// Only opening its sentence: "there's also" inside one may say anything ("the team said there's also a typo").
		re: new RegExp(String.raw`(?:^|(?<=[.!?:][ \t]{1,3}|\n))[ \t]*(?:(?:oh|and|also|then|und|dann|y|et|e|poi|en|ah)[,]?[ \t]+)?(?:${THERE_IS_ALSO})[,]?[ \t]+(?:(?:${ARTICLE})[ \t]+|l['’])${THING}`, "imu"),
		examples: [
			{ text: "Das Shooting war 950 €. Dazu kommt noch die zusätzliche Bildbearbeitung für die beiden Kolleginnen.", thing: "zusätzliche Bildbearbeitung" },
			{ text: "The headshots were $600. There's also the extra retouching for the two new hires, we never agreed a price.", thing: "extra retouching for the two new hires" },
			// A word of paying denied ("never settled") leaves it billable.
			{ text: "The headshots were $600. There's also the extra retouching for the two new hires, we never settled a price for that.", thing: "extra retouching for the two new hires" },
			{ text: "La sesión fueron 700 €. Además está la edición de los vídeos, que no llegamos a hablar.", thing: "edición de los vídeos" },
			{ text: "Le shooting était de 800 €. Il y a aussi la retouche des portraits.", thing: "retouche des portraits" },
			{ text: "Il servizio era 650 €. Poi c'è anche il ritocco delle foto.", thing: "ritocco delle foto" },
			{ text: "De fotoshoot was € 750. Daarnaast nog de nabewerking van de foto's.", thing: "nabewerking van de foto's" },
			{ text: "A sessão foi 600 €. Há ainda a edição das fotos.", thing: "edição das fotos" },
		],
	},
];

/** What may be added to an invoice that is no thing billed: its fields, a tax, the paperwork ("add our PO number",
 * "include the VAT", "add my address"). */
export const NOT_BILLED_WORDS = [
	"number", "reference", "address", "name", "details", "note", "PO", "date", "company", "invoice", "receipt", "copy", "rest", "remainder", "balance", "deposit", "discount", "usual", "same", "record", "attachment", "link", "email",
	"Nummer", "Referenz", "Adresse", "Anschrift", "Firma", "Rechnung", "Bestellnummer", "Datum",
	"número", "referencia", "dirección", "empresa", "factura", "fecha",
	"numéro", "référence", "adresse", "société", "facture",
	"numero", "riferimento", "indirizzo", "azienda", "fattura", "data",
	"nummer", "referentie", "adres", "bedrijf", "factuur", "datum",
	"referência", "endereço", "fatura",
	// "y lo mismo que el mes pasado": the same things as before are usual-item's question, not a thing named here.
	"mismo", "misma", "mesmo", "mesma", "même", "gleiche", "gleichen", "selbe", "selben", "stesso", "stessa", "stessi", "zelfde", "hetzelfde",
	...TAX_WORDS,
];
/** Words that close a sentence after a price and are no thing ("logo $500, thanks", "Logo 500 €, netto"). */
const FILLER_WORDS = ["thanks", "thank you", "thx", "please", "cheers", "regards", "best", "asap", "ok", "cash", "plus VAT", "HT", "TTC", "excl", "incl", "as agreed", "as discussed", "as quoted", "each", "net", "gross", "total", "in total", "danke", "bitte", "netto", "brutto", "gesamt", "insgesamt", "je", "pro Stück", "merci", "s'il vous plaît", "chacun", "gracias", "por favor", "cada uno", "grazie", "per favore", "cadauno", "cadauna", "ciascuno", "ciascuna", "cada una", "chacune", "apiece", "each one", "per person", "pro Person", "bedankt", "graag", "alsjeblieft", "per stuk", "obrigado", "obrigada", "cada"];
const FILLER = new RegExp(String.raw`^(?:${alt(FILLER_WORDS)})$`, "iu");
const NOT_BILLED = new RegExp(String.raw`(?<![\p{L}])(?:${alt(NOT_BILLED_WORDS)})(?![\p{L}])`, "iu");

/** A list row's label that is a field of the invoice or a note on the work, never a thing billed ("- Payment: 14 days",
 * "- Lieferung: nächste Woche", "- Contact: Jonas"). */
export const ROW_FIELD_WORDS = [
	"payment", "payment terms", "terms", "due", "due date", "deadline", "delivery", "contact", "phone", "tel", "note", "notes", "total", "subtotal", "bill to", "ship to", "attn", "attention", "tax id", "account",
	"Zahlung", "Zahlungsziel", "Zahlungsbedingungen", "Fälligkeit", "Lieferung", "Liefertermin", "Termin", "Kontakt", "Telefon", "Hinweis", "Gesamt", "Summe", "zahlbar",
	"pago", "plazo", "vencimiento", "entrega", "contacto", "teléfono", "nota", "total",
	"paiement", "règlement", "échéance", "livraison", "délai", "contact", "téléphone", "remarque",
	"pagamento", "prazo", "vencimento", "entrega", "contato", "contacto", "telefone",
	"scadenza", "consegna", "contatto", "telefono", "totale",
	"betaling", "betaaltermijn", "vervaldatum", "levering", "deadline", "telefoon", "opmerking", "totaal",
];
const ROW_FIELD = new RegExp(String.raw`^(?:${alt(ROW_FIELD_WORDS)})(?![\p{L}])`, "iu");

/** A date in the rest of a sentence ("the photo shoot at the marina on the 7th", "from 3 March", "am 5. Mai", "on
 * 12/11"): when the thing was done, never its price, so its digits leave the thing unpriced. */
const MONTH_NAMES = [...MONTHS.flat(), "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
const DATE = new RegExp(String.raw`(?<![\d.,])(?:\d{1,2}(?:st|nd|rd|th|er|e|º|ª)(?![\p{L}])|\d{1,2}\.?[ \t]+(?:de[ \t]+|of[ \t]+)?(?:${alt(MONTH_NAMES)})\.?(?![\p{L}])(?:[ \t,]+\d{4})?|(?:${alt(MONTH_NAMES)})\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?![\d.,]\d)(?:,?[ \t]+\d{4})?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?![\d.,]))`, "giu");
/** Whether the rest of a sentence writes a figure that is no date (a count or an amount there may price the thing). */
const writesFigure = (rest: string) => /\d/.test(rest.replace(DATE, ""));

/** Words after a thing that say it is not charged, or not by Sam ("and the business cards, which were free", "no charge
 * for those", "already paid", "done by our intern", "inklusive", "offert", "ya pagado"): a thing named so is no line
 * left out, and the draft keeps its priced lines. A tax said to be included is not the thing ("VAT included"). */
const NOT_CHARGED_WORDS = [
	"free", "for free", "free of charge", "no charge", "at no charge", "no cost", "at no cost", "on the house", "complimentary", "not charged", "don't charge", "do not charge", "no need to charge",
	"already paid", "paid already", "been paid", "was paid", "were paid", "is paid", "are paid", "prepaid", "paid in cash", "settled",
	"gratis", "kostenlos", "umsonst", "inklusive", "inbegriffen", "bereits bezahlt", "schon bezahlt",
	"gratuit", "gratuite", "gratuits", "gratuites", "offert", "offerte", "offerts", "offertes", "inclus", "incluse", "incluses", "déjà payé", "déjà payée", "déjà réglé",
	"gratuito", "gratuita", "gratuitos", "gratuitas", "sin cargo", "sin costo", "incluido", "incluida", "incluidos", "incluidas", "ya pagado", "ya pagada", "ya pagamos",
	"incluso", "inclusa", "inclusi", "incluse", "omaggio", "già pagato", "già pagata", "già saldato",
	"inbegrepen", "al betaald", "kosteloos", "gratis",
	"incluído", "incluída", "incluídos", "incluídas", "já pago", "já paga", "sem custo",
];
// "we never settled a price", "not paid yet", "noch nicht bezahlt": a word of paying denied leaves the thing billable.
const NOT_CHARGED = new RegExp(String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:never|not|n['’]t|nicht|nie|jamais|pas|nunca|mai|non|niet|nooit|não)[ \t]+(?:\p{L}{1,12}[ \t]+)?)(?:(?<!(?:VAT|tax|taxes|GST|HST|IVA|TVA|MwSt|USt|BTW|IVU)\.?[ \t]{1,3})(?:${alt(NOT_CHARGED_WORDS)}|(?:is|was|are|were|'s|’s)[ \t]+included|included[ \t]+in[ \t]+the[ \t]+(?:price|quote|fee|package|total))(?![\p{L}])|(?:done|made|handled|printed|shot|taken|designed|supplied|provided)[ \t]+by[ \t]+(?!you(?![\p{L}])|yourself|u(?![\p{L}]))\p{L})`, "iu");

/** The rest of the sentence after a point: up to a full stop, a question mark or a blank line. */
function restOfSentence(text: string, at: number): string {
	const m = /[.?!](?:\s|$)|\n\s*\n/.exec(text.slice(at));
	return text.slice(at, m ? at + m.index : text.length);
}

/** The sentence before a point: back to a full stop, a question mark or a blank line. */
function sentenceBefore(text: string, at: number): string {
	const before = text.slice(Math.max(0, at - 300), at);
	const m = /^[\s\S]*(?:[.?!]\s|\n\s*\n)/.exec(before);
	return m ? before.slice(m[0].length) : before;
}

/** Whether the row at `from` is in a bullet list of things to invoice: its rows next to each other, each opened by the
 * same mark at the same indent (a sub-list is a thing's details), the list introduced by a line ending in a colon
 * ("Tu peux m'envoyer la facture pour :"), and another of its rows writing an amount. */
const LIST_REACH = 40;
const AMOUNT = new RegExp(String.raw`(?:${CURRENCY_BEFORE})[ \t]?\d|\d[ \t]?(?:${CURRENCY_AFTER})(?![\p{L}])`, "iu");
/** An amount with an ISO code in capitals that has no spelling of ours ("BDT 450", "120 SEK"): the reader prices a line
 * with any code the runtime knows, so a list row written so is priced too. */
const ISO_AMOUNT = /(?<![\p{L}])([A-Z]{3})[ \t]?\d|\d[ \t]?([A-Z]{3})(?![\p{L}])/gu;
const writesIsoAmount = (row: string) => [...row.matchAll(ISO_AMOUNT)].some((m) => isIsoCurrency(m[1] ?? m[2]!));
function pricedSibling(rows: string[], starts: number[], from: number, mark: string): boolean {
	// The row holding `from`: the last one starting at or before it (a binary search keeps long mail fast).
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= from) lo = mid;
		else hi = mid - 1;
	}
	const index = lo;
	const indent = /^[ \t]*/.exec(rows[index] ?? "")![0];
	// A numbered row's mark is any number with the same closing sign ("1.", "2.", "3.").
	const numbered = /^\d{1,2}([.)])$/.exec(mark);
	const numberedRow = numbered ? new RegExp(String.raw`^\d{1,2}[${numbered[1]}][ \t]`) : null;
	const opens = (r: string) => (numberedRow ? numberedRow.test(r.slice(indent.length)) : r.startsWith(indent + mark));
	const isRow = (r: string | undefined) => r !== undefined && r.startsWith(indent) && opens(r) && !/^[ \t]/.test(r.slice(indent.length));
	let first = index;
	let last = index;
	// A list of things to invoice is short: rows further than LIST_REACH away are not looked at (a long list stays fast).
	while (first > index - LIST_REACH && isRow(rows[first - 1])) first--;
	while (last < index + LIST_REACH && isRow(rows[last + 1])) last++;
	let intro = first - 1;
	if (rows[intro]?.trim() === "") intro--;
	if (!/:[ \t]*$/.test(rows[intro] ?? "")) return false;
	for (let i = first; i <= last; i++) if (i !== index && (AMOUNT.test(rows[i]!) || writesIsoAmount(rows[i]!))) return true;
	return false;
}

/** The first thing asked to be invoiced with no amount, when none of the lines names it (a thing priced in another
 * sentence is a line and no question). */
const TIME_UNIT_ONLY = /^(?:(?:the|die|den|las|los|les|as|os|le|gli|de)\s+)?(?:hours?|hrs?|days?|Stunden|Tage|horas|días|dias|heures|jours|ore|giorni|uur|uren|dagen)$/iu;

export function unpricedThing(text: string, lineDescriptions: string[]): string | null {
	let unitOnly: string | null = null;
	const named = lineDescriptions.join(" ").toLowerCase();
	let rows: string[] | null = null;
	const starts: number[] = [];
	const listed = (from: number, mark: string) => {
		if (!rows) {
			rows = text.split("\n");
			let at = 0;
			for (const r of rows) {
				starts.push(at);
				at += r.length + 1;
			}
		}
		return pricedSibling(rows, starts, from, mark);
	};
	for (const p of UNPRICED_PHRASINGS) {
		const re = new RegExp(p.re.source, `g${p.re.flags.replace("g", "")}`);
		for (const m of text.matchAll(re)) {
			// "die zusätzliche Bildbearbeitung für die beiden Kolleginnen": a clause word ("die") ends the thing, and the word
			// of relation left dangling before it ("für") is no part of its name.
			const thing = (m.groups!["thing"] ?? m.groups!["thing2"] ?? m.groups!["thing3"]!).trim().replace(DANGLING_RELATION, "");
			if (NOT_BILLED.test(thing) || FILLER.test(thing)) continue;
			if (p.rowTail && (ROW_FIELD.test(thing) || AMOUNT.test(m[0]))) continue;
			if (p.notField && ROW_FIELD.test(thing)) continue;
			const sentenceRest = restOfSentence(text, m.index + m[0].length);
			// A bullet row is its own clause: the next row's amount prices the next thing ("- Product shoot - same as your usual rate").
			const ownRest = m.groups!["umark"] !== undefined ? sentenceRest.split("\n")[0]! : sentenceRest;
			const rest = p.clauseOnly ? ownRest.replace(/,\s*(?:and|und|et|y|e|en|plus|sowie)\s[^]*$/iu, "") : ownRest;
			if (p.listRow ? !listed(m.index, m.groups!["mark"]!) : !p.saysUnknown && writesFigure(rest)) continue;
			// From the thing on: what the email says of it, not of the priced thing before it.
			const at = m[0].lastIndexOf(thing);
			if (NOT_CHARGED.test(m[0].slice(at < 0 ? 0 : at) + rest)) continue;
			if (p.afterPrice && !AMOUNT.test(sentenceBefore(text, m.index))) continue;
			const words = thing.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
			// "- ontwerp posters" beside the line "Ontwerp flyers": a list row whose words are half or more unnamed by the
			// lines is another thing (its work word is shared, its thing is not). In a sentence, any shared word names it (the
			// thing may run on into a clause: "as horas de ajustes que combinamos por telefone").
			// A sentence that opens on its own thing ("Poi c'è anche il ritocco delle foto" beside "Servizio fotografico")
			// names it by whole words: a part of another word ("foto" in "fotografico") is another thing.
			const namedWords = new Set(named.split(/[^\p{L}]+/u));
			const shared = words.filter((w) => (p.notField ? namedWords.has(w) : named.includes(w))).length;
			if (words.length === 0 || (p.listRow ? shared * 2 > words.length : shared > 0)) continue;
			// "… took 5 hours, … plus the hours at the usual rate": a bare unit of time names no thing; a later row may say
			// whose hours they are (the retouching), so the question names that, and the unit only when nothing does.
			if (TIME_UNIT_ONLY.test(thing)) {
				unitOnly ??= thing;
				continue;
			}
			return thing;
		}
	}
	return unitOnly;
}
