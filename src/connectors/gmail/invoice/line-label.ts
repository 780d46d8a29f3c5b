// Words on a line that sit where its thing's name would be but are not that name: how the price is charged ("pauschal",
// "flat fee", "forfait") and the words that only open a sentence ("Also,", "Dann", the person greeted). The phrasings
// read the label around them; a line whose "thing" is only such words is not read (the card asks instead).
import { COUNT_INTRO_WORDS, FLAT_WORDS, LEAD_ADVERB_WORDS, MONTHS, TIME_WORDS, alt } from "./lexicon";

const FLAT_ONLY = new RegExp(String.raw`^(?:${alt(FLAT_WORDS)})$`, "iu");
const FLAT_END = new RegExp(String.raw`[ \t,]+(?:${alt(FLAT_WORDS)})$`, "iu");
const COUNT_INTRO = new RegExp(String.raw`(?<![\p{L}'’])(?:${alt(COUNT_INTRO_WORDS)})$`, "iu");
/** "Last week, 3 hours at $50", "Im November, 12 Stunden …": when the work was done names no thing. */
const WHEN = new RegExp(String.raw`(?<![\p{L}])(?:${alt([...TIME_WORDS, ...MONTHS.flat()])})(?![\p{L}])`, "iu");
const LEAD_ADVERB = new RegExp(String.raw`^(?:${alt(LEAD_ADVERB_WORDS)})$`, "iu");

/** "Pauschal", "Flat fee", "Au forfait": how the price is charged, which names no thing. */
export function flatOnly(description: string): boolean {
	return FLAT_ONLY.test(description.trim());
}

/** "Bildbearbeitung pauschal" is the Bildbearbeitung (a flat word before the thing may be its noun: "forfait mariage"). */
export function withoutFlatWord(description: string): string {
	// "au forfait" whole is a flat word and no name: cutting its "forfait" would leave "au" as the thing.
	if (FLAT_ONLY.test(description.trim())) return description;
	const t = description.replace(FLAT_END, "").trim();
	return t.length > 0 ? t : description;
}

/** A label before a count that names nothing: an opening word ("Also", "Dann", "Bueno") or the name greeted in the
 * email's first line ("Sam, 3 hours at $50"). */
export function labelNamesNothing(label: string, text: string): boolean {
	const t = label.trim();
	if (LEAD_ADVERB.test(t) || WHEN.test(t)) return true;
	if (/\s/.test(t)) return false;
	const firstLine = text.split("\n").find((l) => l.trim() !== "") ?? "";
	return new RegExp(String.raw`(?<![\p{L}])${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\p{L}])`, "iu").test(firstLine) && firstLine.trim() !== text.trim();
}

/** The words before "of/de/di <count>" introduce the count ("Il s'agit", "a maximum", "un total"): no thing is named. */
export function introducesCount(words: string): boolean {
	return COUNT_INTRO.test(words.trim());
}

/** "away)" from "Kit design (home and away): R8 500", "page)" from "(mise en page) :": a phrasing that starts inside a
 * bracket reads its tail as the thing. A name whose brackets do not pair up is a cut piece of one, never the thing. */
export function cutAtBracket(description: string): boolean {
	let depth = 0;
	for (const c of description) {
		if (c === "(" || c === "[") depth++;
		else if (c === ")" || c === "]") depth--;
		if (depth < 0) return true;
	}
	return depth !== 0;
}

/** "Brand identity (logo, colour palette, brand guidelines)": a bracket closing the name that lists three or more parts
 * (commas, or commas and a last "and") lists what the thing holds, not which thing it is; the line keeps its sentence, so
 * the parts stay visible. Brackets that name a variant ("(home and away)", "(Urdu/English)", "(Urdu, English)"), a
 * count ("(set of 6 sizes)") or anything with a digit are kept. */
const DETAILS_LIST = /^(.*\S)[ \t]+\(([^()\d]+)\)$/u;
const LIST_PART = /^\p{L}[\p{L}'’&/-]*(?:[ \t]+\p{L}[\p{L}'’&/-]*){0,3}$/u;
const LAST_AND = /[ \t]+(?:and|&|und|et|y|e|en)[ \t]+/iu;
export function withoutDetailsList(description: string): string {
	const m = DETAILS_LIST.exec(description);
	if (!m) return description;
	const parts = m[2]!.split(/[ \t]*,[ \t]*/u);
	const last = parts.pop()!;
	parts.push(...last.split(LAST_AND));
	if (parts.length < 3 || !parts.every((x) => LIST_PART.test(x.trim()))) return description;
	return m[1]!;
}

/** "Sessão fotográfica do alojamento (12 quartos e áreas comuns)", "Shoot of the hotel (40 rooms, lobby and spa)": a
 * bracket closing the name of a thing billed once that lists what the work covered, a count of things among its two or
 * more parts, says what was done, not which thing it is; the line keeps its sentence, so the parts stay visible. A
 * single counted part ("(12 Stück)", "(set of 6 sizes)"), sizes ("(12, 18 and 24 cm)") or parts without a count
 * ("(home and away)") are kept. */
const COUNTED_PART = /^\d{1,4}[ \t]+\p{L}[\p{L}'’&/-]*(?:[ \t]+\p{L}[\p{L}'’&/-]*){0,3}$/u;
export function withoutCoveredList(description: string): string {
	const m = DETAILS_LIST_ANY.exec(description);
	if (!m) return description;
	const parts = m[2]!.split(/[ \t]*,[ \t]*/u);
	const last = parts.pop()!;
	// The list ends with "and …" ("lobby and spa"); a part with a slash names a variant ("(3 panels, EN/AR)"): kept.
	const tail = last.split(LAST_AND);
	if (tail.length < 2 || /\//u.test(m[2]!)) return description;
	parts.push(...tail);
	const trimmed = parts.map((x) => x.trim());
	if (trimmed.length < 2 || !trimmed.some((x) => COUNTED_PART.test(x)) || !trimmed.every((x) => COUNTED_PART.test(x) || LIST_PART.test(x))) return description;
	if (trimmed.some((x) => new RegExp(String.raw`(?<![\p{L}])${SIZE_UNIT}$`, "iu").test(x))) return description;
	return m[1]!;
}
const DETAILS_LIST_ANY = /^(.*\S)[ \t]+\(([^()]+)\)$/u;

/** "n. 6 pannelli", "Nr. 6 Plakate", "nº 6 painéis", "#6 prints": a mark that only says a number follows sits between
 * a row's label and its count. */
export const COUNT_MARK = /(?<![\p{L}])(?:n|nr|no|num|núm|nº|n°|№)\.?[ \t]*$|#[ \t]*$/iu;

/** "posting the A2 prints over to us", "die Abzüge zu uns schicken", "l'envoi des tirages chez nous": where the thing
 * went or who it was for closes the name but is no part of it. */
export const TO_WHOM_TAIL = /[ \t]+(?:(?:over|back|across|out|along|down|up|round)[ \t]+)?(?:to|for|with|zu|an|für|à|pour|chez|a|para|por|per|da|naar|voor|bij|até)[ \t]+(?:us|me|you|them|uns|mir|dir|euch|Ihnen|nous|moi|vous|nosotros|nosotras|mí|nós|mim|noi|ons|mij|jullie)$|[ \t]+(?:from|von|van)[ \t]+(?:you|dir|dich|Ihnen|euch|je|jou|u|jullie)$/iu;

/** "Für die Hochzeitsfotos hatten wir ja 1.200 € ausgemacht", "Voor de foto's hadden we € 900 afgesproken": after a
 * fronted "for the <thing>", German and Dutch put the verb before its subject; that verb and all after it close the name
 * but are no part of it. So is the particle of a Dutch separable verb ("daar komt de hosting nog bij"). */
export const INVERTED_VERB_TAIL = /[ \t]+(?:hatten|haben|hatte|habe|hattest|hast|hattet|sind|waren|war|ist|wurden|wurde|hadden|hebben|had|heb|heeft|hebt|zijn|waren|was|werden|werd)[ \t]+(?:wir|ich|du|ihr|Sie|man|wij|we|ik|jij|je|jullie|u|men)(?![\p{L}])[^]*$|[ \t]+(?:(?:nog|ook|er)[ \t]+)+(?:bij|erbij)$|[ \t]+erbij$/u;

/** "For the invitation design it was LKR 45,000", "pour le logo c'était 300 €", "poster design … was £240": the words
 * that link the thing to its price ("it was", "das war", "c'était", "fue", "foi", "era", "dat was", "was") close the
 * name but are no part of it. */
export const LINK_TAIL = /,?[ \t]+(?:(?:it|that|this|which)[ \t]+(?:was|is|were|are|came to|comes to|cost|costs|came in at)|it['’]s|that['’]s|(?:das|es|dies)[ \t]+(?:war|ist|waren|sind|kostete|macht)|war[ \t]+(?:das|es)|c['’](?:était|est)|ça[ \t]+(?:fait|faisait|coûtait|coûte)|(?:eso|esto)[ \t]+(?:fue|es|era)|(?:isso|isto)[ \t]+(?:foi|é|era)|(?:questo|quello)[ \t]+(?:era|è|è stato)|(?:dat|het)[ \t]+(?:was|is|kostte|kost)|was|were|is|are|came to|comes to|came in at|war|waren|ist|sind|kostete|kosteten|était|étaient|coûtait|fue|fueron|costó|foi|foram|custou|era|erano|eram|eran|costava|kostte)$/iu;

/** "Design dos uniformes (3 modelos)": a number word that may be another word ("dos" is "of the" in Portuguese, "sei"
 * "you are" in Italian) is no count when the thing's own words write one in digits. */
export function wordCountBesideDigits(count: string | undefined, description: string): boolean {
	return count !== undefined && !/\d/.test(count) && /(?<![\d.,])\d+(?:[.,]\d+)?[ \t]*[x×]?[ \t]*\p{L}/u.test(description);
}

/** "12 of those", "3 of them", "12 davon", "12 de esos", "12 d'entre eux", "12 di quelli", "12 daarvan", "12 deles": a
 * counted noun that only points back at a thing named before it. Each row says how that thing's name ends (a plural,
 * as the pointer is), so a clause before the count ("the photos came out great, 12 of them") is never read as it. */
const POINTERS: { words: string[]; plural: RegExp }[] = [
	{ words: ["of those", "of them", "of these", "of 'em", "of ’em"], plural: /s$/iu },
	// The phrasings read "de"/"di" as the count's "of" and leave the pronoun alone ("5 de esas" → "esas").
	{ words: ["de ellos", "de ellas", "de esos", "de esas", "de estos", "de estas", "ellos", "ellas", "esos", "esas", "estos", "estas"], plural: /s$/iu },
	{ words: ["deles", "delas", "desses", "dessas", "destes", "destas", "de eles", "de elas"], plural: /s$/iu },
	// The phrasings read "d'" as the count's "of" and leave "entre eux" ("4 d'entre elles" → "entre elles").
	{ words: ["d'entre eux", "d'entre elles", "d’entre eux", "d’entre elles", "entre eux", "entre elles"], plural: /[sx]$/iu },
	{ words: ["di quelli", "di quelle", "di questi", "di queste", "di essi", "di esse", "quelli", "quelle", "questi", "queste"], plural: /[ie]$/iu },
	{ words: ["davon", "von denen", "von diesen"], plural: /(?:e|en|n|er|s)$/iu },
	{ words: ["daarvan", "van die", "van deze", "van hen"], plural: /(?:en|s|'s|’s)$/iu },
];

/** "Sam did the Q4 campaign social graphics, 24 of them", "on a fait les affiches, 12 d'entre elles", "hicimos los
 * banners, 3 de ellos": a verb of making the thing, then its article, opens the name a pointing count points back at
 * (as "and then the …" does). Past forms only: the work was done and is being billed. */
export const MAKING_VERBS = [
	"did", "made", "designed", "created", "shot", "produced", "delivered", "drew", "wrote", "edited", "built", "finished", "printed", "photographed", "illustrated", "retouched",
	"done", "drawn", "written",
	"fait", "réalisé", "conçu", "créé", "livré", "dessiné", "imprimé", "retouché", "fotografié", "photographié",
	"hizo", "hiciste", "hicimos", "diseñó", "diseñaste", "diseñamos", "realizó", "realizaste", "hecho", "diseñado", "realizado", "creado", "entregado",
	"fez", "fizeste", "fizemos", "criou", "desenhou", "feito", "criado", "desenhado", "entregue",
	"fatto", "realizzato", "creato", "disegnato", "consegnato", "fotografato",
	"maakte", "maakten", "ontwierp", "ontwierpen", "deed", "gemaakt", "ontworpen", "geleverd",
];
const MAKING = new RegExp(String.raw`^(?:${alt(MAKING_VERBS)})$`, "iu");
export function makesThing(word: string): boolean {
	return MAKING.test(word);
}

/** How the name of the thing a pointing noun ("of those") points back at must end, or null when it points at none. */
export function pointedPlural(noun: string): RegExp | null {
	const n = noun.trim().replace(/\s+/g, " ").toLowerCase();
	return POINTERS.find((r) => r.words.includes(n))?.plural ?? null;
}

/** "Diseño de empaque (bolsa de 250 g y de 1 kg)", "Fotobuch (30 x 30 cm, 40 Seiten)", "Catalogue (24 pages, 170 gsm)": a bracket
 * closing the name that gives only sizes, weights or page counts says what the thing is like, not which thing it is;
 * the line keeps its sentence, so the sizes stay visible. A bracket with any other number ("(lot 3)", "(set of 6
 * sizes)", "(12 Stück)") or a paper size naming which one ("Plakate (A1)") is kept. */
const SIZE_UNIT = String.raw`(?:mm|cm|m|km|g|kg|mg|ml|cl|l|oz|lb|lbs|in|inch|inches|ft|px|gsm|g\/m²|g\/m2|pp|pages?|Seiten|páginas|paginas|pagine|pagina's|Blatt|hojas|feuilles|fogli|vellen)`;
const SIZE_TOKEN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?(?:[ \t]*[x×][ \t]*\d+(?:[.,]\d+)?)*[ \t]*${SIZE_UNIT})(?![\p{L}\p{N}])`, "giu");
// "Website refresh (5 pages)": one count of pages alone says how much of the thing is billed, as "(12 Stück)" does —
// part of its name (a page count among sizes, "(24 pages, 170 gsm)", still only says what the thing is like).
const PAGE_COUNT_ONLY = /^[ \t]*\d{1,4}[ \t]*(?:pages?|Seiten?|páginas?|paginas?|pagine|pagina|pagina's|pp)\.?[ \t]*$/iu;
export function withoutSizes(description: string): string {
	const m = /^(.*\S)[ \t]+\(([^()]+)\)$/u.exec(description);
	if (!m || !/\d/.test(m[2]!) || PAGE_COUNT_ONLY.test(m[2]!)) return description;
	const rest = m[2]!.replace(SIZE_TOKEN, " ");
	if (rest === m[2] || /\d|[$€£¥₹%]/u.test(rest)) return description;
	return (rest.match(/\p{L}+/gu) ?? []).length <= 6 ? m[1]! : description;
}

/** "Hébergement annuel (déc. 2026 à nov. 2027)", "Hosting (1 Jan – 31 Dec 2027)", "Social media posts (December)": a
 * bracket closing the name that holds only when the work ran (months, dates, a range of years) says when, not which
 * thing; "Website build (as quoted)", "Logo (see attached)", "Flyer (wie besprochen)": one that opens with a remark
 * says how it was agreed. Both are dropped from the name (the line keeps its sentence, so they stay visible). A lone
 * year ("Annual report (2026)"), a quarter ("(Q4)"), a duration ("(12 months)", "(half day)") or anything else is kept. */
const MONTH_WORDS = MONTHS.flat();
const SHORT_MONTH_WORDS = new Set(["set", "mar", "ago", "out", "gen", "mag", "lug"]);
/** A month written whole ("décembre") or cut to three or four letters ("déc.", "Sept", "Jan"). */
const monthWord = (w: string) => {
	const t = w.toLowerCase().replace(/\.$/u, "");
	if (MONTH_WORDS.includes(t)) return "whole";
	if (t.length < 3 || t.length > 4 || !MONTH_WORDS.some((m) => m.startsWith(t))) return null;
	// A cut month that is also a word ("set", "mar", "out") is one only with its dot ("set. 2026").
	return w.endsWith(".") ? "whole" : SHORT_MONTH_WORDS.has(t) ? null : "short";
};
const YEAR = /^(?:19|20)\d\d$/u;
const YEAR_SPAN = /^(?:19|20)\d\d[-/](?:19|20)?\d\d$/u;
const NUMERIC_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d{1,2}-\d{1,2}|\d{1,2}[./](?:19|20)\d\d)$/u;
const DAY = /^\d{1,2}(?:st|nd|rd|th|er|º|°|\.)?$/iu;
/** Words that join the parts of a period ("from … to …", "de … à …", "vom … bis …", "t/m"). */
const PERIOD_JOINERS = new Set(["to", "till", "til", "until", "through", "thru", "from", "and", "of", "the", "à", "au", "du", "de", "des", "le", "et", "bis", "vom", "von", "zum", "ab", "und", "a", "al", "del", "desde", "hasta", "el", "y", "até", "do", "da", "o", "e", "dal", "fino", "il", "tot", "en", "met", "van", "t/m", "month", "months", "mois", "mes", "mês", "meses", "monat", "mese", "mesi", "maand"]);
function periodOnly(inner: string): boolean {
	// "Jan–Dec 2027", "déc. 2026 à nov. 2027": a dash between words or around a number parts a range.
	const words = inner.replace(/[–—]/gu, " ").replace(/(?<=\p{L}\.?)-(?=\p{L})/gu, " ").split(/[ \t,;]+/u).filter((w) => w !== "" && w !== "-");
	let months = 0, short = 0, years = 0, dates = 0;
	for (const w of words) {
		const month = monthWord(w);
		if (month === "whole") months++;
		else if (month === "short") short++;
		else if (YEAR.test(w)) years++;
		else if (YEAR_SPAN.test(w)) years += 2;
		else if (NUMERIC_DATE.test(w)) dates++;
		else if (!DAY.test(w) && !PERIOD_JOINERS.has(w.toLowerCase())) return false;
	}
	// A short word that may be a month ("set", "mar") counts as one only beside a year ("Sept 2026").
	return months > 0 || dates > 0 || years >= 2 || (short > 0 && years > 0);
}
/** Remarks that open a bracket after the name: how the price was agreed, where it is written, thanks or an apology. */
export const BRACKET_ASIDE_WORDS = [
	"as agreed", "as we agreed", "as discussed", "as we discussed", "as quoted", "as per quote", "as per our quote", "as per the quote", "per quote", "per our quote", "per the quote", "see attached", "see the attached", "see below", "see above", "see quote", "see invoice", "attached", "thanks", "thank you", "sorry",
	"wie besprochen", "wie vereinbart", "wie abgesprochen", "wie abgemacht", "wie angeboten", "laut Angebot", "siehe Anhang", "siehe Angebot", "siehe unten", "siehe oben", "danke", "sorry",
	"como acordado", "como acordamos", "como hablamos", "como quedamos", "según lo acordado", "según presupuesto", "ver adjunto", "ver presupuesto", "gracias", "perdón",
	"comme convenu", "comme discuté", "comme prévu", "selon devis", "selon le devis", "voir pièce jointe", "voir ci-joint", "voir devis", "voir le devis", "ci-joint", "merci", "désolé",
	"conforme combinado", "como combinado", "conforme orçamento", "ver anexo", "em anexo", "obrigado", "obrigada", "desculpa",
	"come concordato", "come d'accordo", "come d’accordo", "come da preventivo", "vedi allegato", "in allegato", "grazie", "scusa",
	"zoals afgesproken", "zoals besproken", "volgens offerte", "zie bijlage", "in de bijlage", "bedankt", "dank je", "sorry",
];
const ASIDE_OPENING = new RegExp(String.raw`^(?:${alt(BRACKET_ASIDE_WORDS)})(?![\p{L}])[^\d$€£¥₹%]*$`, "iu");
export function withoutAside(description: string): string {
	const m = /^(.*\S)[ \t]+\(([^()]+)\)$/u.exec(description);
	if (!m || /[()]/u.test(m[1]!.replace(/\([^()]*\)/gu, ""))) return description;
	const inner = m[2]!.trim();
	return periodOnly(inner) || ASIDE_OPENING.test(inner) ? m[1]! : description;
}
