// A reply that says yes to your own offer to send the invoice ("Shall I send the invoice for the shoot now?" quoted
// below, "Yes please go ahead." on top): the reply asks for the invoice though its own words never name one. The ways of
// offering and of saying yes are rows here, with examples (they run as tests).
import { alt } from "./lexicon";

export interface OfferPhrasing {
	lang: string;
	/** Your offer, a question in the first person with the invoice or the verb "to invoice" in it. */
	offers: RegExp;
	/** The reply's yes, opening its first sentence after the greeting; "now" chosen when you offered now or later ("Now is
	 * perfect", "Jetzt gern") is a yes too. */
	yes: string[];
	examples: { offers: string[]; ignores: string[] };
}

/** The invoice, or the verb "to invoice", by its stem in the seven languages ("fatturi", "factureren", "abrechnen"). */
const INVOICE = String.raw`(?:invoice|bill(?!ion)|Rechnung|abrechn|factur|factuur|fattur|fatur|in\s+rekening)`;

export const OFFER_PHRASINGS: OfferPhrasing[] = [
	{
		lang: "en",
		offers: new RegExp(String.raw`(?<![\p{L}])(?:shall|should|can|may)\s+I\s+(?:go\s+ahead\s+and\s+)?(?:send|issue|raise|do|prepare|invoice|bill|put\s+through)|(?:do|would)\s+you\s+(?:want|like)\s+me\s+to\s+(?:go\s+ahead\s+and\s+)?(?:send|issue|raise|do|prepare|invoice|bill)|(?:ready|happy)\s+for\s+(?:me\s+to\s+send\s+)?the\s+invoice|ok(?:ay)?\s+(?:for\s+me\s+)?to\s+(?:send|invoice|bill)`, "iu"),
		yes: ["yes", "yep", "yeah", "yup", "sure", "please do", "please go ahead", "go ahead", "ok", "okay", "absolutely", "definitely", "of course", "sounds good", "that would be great", "by all means",
			"now is perfect", "now is fine", "now is good", "now is great", "now works", "now please", "go ahead and send it", "send it now", "send it on"],
		examples: { offers: ["Shall I send the invoice for the shoot now?", "Do you want me to invoice you for the drone footage as well?", "Should I go ahead and issue the invoice?"], ignores: ["Did you get the invoice I sent?", "I will send the invoice next week."] },
	},
	{
		lang: "de",
		offers: new RegExp(String.raw`(?<![\p{L}])(?:soll|darf|kann)\s+ich\s+(?:(?:Ihnen|dir|euch)\s+)?(?:\p{L}+\s+){0,4}?(?:die\s+)?(?:Rechnung|abrechnen)`, "iu"),
		yes: ["ja", "ja gerne", "ja bitte", "gerne", "gern", "sehr gerne", "klar", "natürlich", "ok", "okay", "passt", "mach das", "jetzt gern", "jetzt gerne", "jetzt passt", "jetzt ist gut", "jetzt ist perfekt", "gern jetzt", "schick sie jetzt"],
		examples: { offers: ["Soll ich dir die Rechnung schon schicken?", "Darf ich das Shooting jetzt abrechnen?"], ignores: ["Ist die Rechnung angekommen?"] },
	},
	{
		lang: "es",
		offers: new RegExp(String.raw`(?:(?:te|le|les|os)\s+(?:envío|mando|paso|hago|emito)\s+(?:ya\s+)?la\s+factura|(?:quieres|quiere|quieren)\s+que\s+(?:te|le|les)\s+(?:envíe|mande|pase|haga|facture)|(?:puedo|debo)\s+(?:enviar|mandar|emitir|hacer|pasar)(?:te|le|les)?\s+la\s+factura)`, "iu"),
		yes: ["sí", "si", "claro", "adelante", "dale", "por supuesto", "perfecto", "de acuerdo", "sí por favor", "ok", "vale", "ahora está bien", "ahora es perfecto", "ahora perfecto", "ahora mejor", "ya mismo", "mándala ya", "envíala ya"],
		examples: { offers: ["¿Te envío ya la factura del video?", "¿Quiere que le facture el rodaje?"], ignores: ["¿Te llegó la factura?"] },
	},
	{
		lang: "fr",
		offers: new RegExp(String.raw`(?:je\s+(?:vous|t['’]\s*)\s*(?:envoie|fais|établis|adresse)\s+la\s+facture|(?:voulez-vous|veux-tu|souhaitez-vous)\s+que\s+je\s+(?:vous|te|t['’])\s*(?:envoie|fasse|facture)|puis-je\s+(?:vous|te)\s+(?:envoyer|faire|facturer|adresser))`, "iu"),
		yes: ["oui", "oui merci", "volontiers", "bien sûr", "allez-y", "vas-y", "avec plaisir", "d'accord", "ok", "parfait", "maintenant c'est parfait", "maintenant c’est parfait", "maintenant c'est bien", "maintenant c’est bien", "maintenant c'est très bien", "maintenant c’est très bien", "maintenant, c'est parfait", "maintenant ça nous va"],
		examples: { offers: ["Je vous envoie la facture pour la séance ?", "Voulez-vous que je vous facture les retouches ?"], ignores: ["Avez-vous reçu la facture ?"] },
	},
	{
		lang: "pt",
		offers: new RegExp(String.raw`(?:(?:posso|devo)\s+(?:já\s+)?(?:enviar|mandar|emitir|fazer)(?:-?lhe|-?te)?\s+a\s+(?:fatura|factura)|(?:envio|mando|emito)(?:-lhe|-te)?\s+(?:já\s+)?a\s+(?:fatura|factura)|(?:quer|queres)\s+que\s+(?:eu\s+)?(?:envie|mande|emita|fature|facture))`, "iu"),
		yes: ["sim", "sim por favor", "claro", "pode", "pode sim", "pode enviar", "com certeza", "perfeito", "ok", "combinado", "agora está ótimo", "agora está bom", "agora é perfeito", "agora tá ótimo", "agora tá bom", "pode mandar agora", "pode enviar agora"],
		examples: { offers: ["Posso enviar a fatura da sessão?", "Quer que eu emita a factura já?"], ignores: ["Recebeu a fatura?"] },
	},
	{
		lang: "it",
		offers: new RegExp(String.raw`(?:(?:ti|vi|le)\s+(?:mando|invio|faccio|emetto)\s+(?:già\s+)?la\s+fattura|(?:vuoi|volete|vuole)\s+che\s+(?:ti|vi|le)\s+(?:mandi|invii|faccia|fatturi)|posso\s+(?:mandar|inviar|far)(?:ti|vi|le)\s+la\s+fattura)`, "iu"),
		yes: ["sì", "si", "certo", "certamente", "volentieri", "procedi", "vai pure", "va bene", "ok", "perfetto", "adesso va bene", "adesso va benissimo", "ora va bene", "ora va benissimo", "adesso è perfetto", "mandala pure adesso"],
		examples: { offers: ["Ti mando la fattura per le foto?", "Vuoi che ti fatturi anche il drone?"], ignores: ["Hai ricevuto la fattura?"] },
	},
	{
		lang: "nl",
		offers: new RegExp(String.raw`(?:(?:zal|kan|mag)\s+ik\s+(?:je|jullie|u)?\s*(?:[\p{L}-]+\s+){0,3}?(?:de\s+)?(?:factuur|factureren|in\s+rekening)|(?:wil|wilt)\s+(?:je|u)\s+dat\s+ik\s+(?:de\s+factuur|\p{L}+\s+factureer))`, "iu"),
		yes: ["ja", "ja graag", "graag", "prima", "doe maar", "zeker", "natuurlijk", "akkoord", "ok", "oké", "nu is prima", "nu is goed", "nu is perfect", "nu graag", "stuur maar nu"],
		examples: { offers: ["Zal ik de factuur voor de shoot alvast sturen?", "Mag ik je de drone-opnames factureren?"], ignores: ["Heb je de factuur ontvangen?"] },
	},
];

/** A yes that is no yes ("yes, but hold off", "ja, aber noch nicht"): the reply waits, or asks something else. */
const NOT_YET = /(?<![\p{L}])(?:not yet|hold off|wait|but|later|don['’]t|do not|no need|noch nicht|aber|warte|todavía no|pero|espera|pas encore|mais|attends|ainda não|mas|espere|non ancora|ma|aspetta|nog niet|maar|wacht)(?![\p{L}])/iu;
/** "No need to wait", "don't wait", "du musst nicht warten": no wait but a reason to send now, taken out before NOT_YET
 * reads the yes ("Now is perfect, no need to wait for the printing at all"). */
const NO_WAIT = /(?<![\p{L}])(?:no need to|don['’]t|do not|needn['’]t|nicht|no hace falta|no hay que|no es necesario|pas besoin d['’]|não precisa|non serve|non c['’]è bisogno di|hoeft niet|niet)[ \t]+(?:(?:\p{L}+[ \t]+){0,3}?)(?:wait|warten|esperar|attendre|aspettare|wachten)(?![\p{L}])/giu;
/** The greeting before the yes ("Hi Sam,"). */
// On its own line, or before a comma on the yes's line ("Hi Sam, now is perfect").
const GREETING = /^(?:(?:hi|hello|hey|dear|hallo|liebe[rs]?|hola|estimad[oa]|bonjour|salut|cher|chère|olá|oi|caro|cara|ciao|buongiorno|beste|hoi|dag)(?:[ \t]+[\p{L}.'’-]+){0,3}(?:[ \t]*[,!:]?[ \t]*\n+|[ \t]*[,!][ \t]+))?/iu;

/** The first level of the quoted history, when it is yours: its head (the "On …, Sam <you@…> wrote:" line or a "From:"
 * block) names one of your addresses, and an older message quoted within it is left out. */
function yourQuote(quoted: string, owner: string[]): string | null {
	const head = quoted.slice(0, 400).toLowerCase();
	if (!owner.some((e) => head.includes(e))) return null;
	const lines = quoted.split("\n");
	const own: string[] = [];
	for (const [i, l] of lines.entries()) {
		if (i === 0) continue;
		if (/^>[ \t]*>/.test(l)) break;
		const text = l.replace(/^>[ \t]?/, "");
		// A second attribution line starts the older message.
		if (i > 1 && /(?:wrote|schrieb|escribió|a écrit|escreveu|ha scritto|schreef)[ \t]*:[ \t]*$|^(?:From|Von|De|Da|Van)[ \t]?:/iu.test(text)) break;
		own.push(text);
	}
	return own.join("\n");
}

const YES = OFFER_PHRASINGS.map((p) => ({ p, yes: new RegExp(String.raw`^[ \t]*(?:${alt(p.yes)})(?![\p{L}])`, "iu") }));

/** The reply's yes and the offer it answers, when the reply consents to your offer to send the invoice. */
export function consentToOffer(text: string, quoted: string, owner: string[]): { yes: string; offer: string } | null {
	if (!quoted) return null;
	const yours = yourQuote(quoted, owner);
	if (!yours) return null;
	const flat = yours.replace(/\s+/g, " ");
	const offer = flat.split(/(?<=[.!?])\s+/).find((s) => s.trim().endsWith("?") && new RegExp(INVOICE, "iu").test(s) && OFFER_PHRASINGS.some((p) => p.offers.test(s)));
	if (!offer) return null;
	const body = text.replace(GREETING, "").trimStart();
	const first = /^[^\n.!?]*[.!?]?/.exec(body)?.[0].trim() ?? "";
	if (!first || NOT_YET.test(first.replace(NO_WAIT, "")) || !YES.some(({ yes }) => yes.test(first))) return null;
	return { yes: first, offer: offer.trim() };
}

/** Your own quoted message whose offer the reply says yes to ("Now is perfect … Go ahead and send it on." under your
 * "As discussed, the bill would be: … Shall I send the invoice now?"): the facts of the invoice when the reply writes
 * no amount of its own. */
export function consentedOffer(text: string, quoted: string, owner: string[]): string | null {
	return consentToOffer(text, quoted, owner) ? yourQuote(quoted, owner) : null;
}

/** The offer in one sentence, for the examples' tests. */
export function offers(sentence: string): boolean {
	return new RegExp(INVOICE, "iu").test(sentence) && OFFER_PHRASINGS.some((p) => p.offers.test(sentence));
}
