// Signs that a line's description was read wrong: the words read as "the thing" hold a request verb, a greeting, a
// date, an amount, a pronoun or a verb, or run far longer than a noun phrase. A wrong description on a draft is worse
// than a question, so a line with one of these signs is asked about ("what the line is for") instead of drafted.
// Each sign is a row with examples that run as tests (tests/connectors/gmail/doubt.test.ts).
import { alt } from "./lexicon";
import { pointedPlural } from "./line-label";

export interface DoubtSign {
	id: string;
	/** What the description holds, in the owner's words ("a pronoun"). */
	says: string;
	/** The words that show the sign, or null. */
	find(description: string): string | null;
	examples: { doubtful: string[]; fine: string[] };
}

/** A whole word (letter edges, not \b: "für" and "é" are words too). */
function words(list: string[], flags = "iu", notBefore = ""): (d: string) => string | null {
	const re = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${alt(list)})(?![\p{L}\p{N}'’-])${notBefore}`, flags);
	return (d) => re.exec(d)?.[0] ?? null;
}

const REQUEST_VERBS = [
	"send", "sent", "issue", "raise", "invoice", "invoiced", "bill", "billed", "pay", "paid",
	"schicken", "schickst", "senden", "zusenden", "ausstellen", "zukommen", "Rechnung", "bezahlen",
	"envoyer", "envoyez", "adresser", "facturer", "facture", "payer",
	"enviar", "envíe", "envíame", "mandar", "mándame", "emitir", "facturar", "factura", "pagar",
	"inviare", "inviarci", "emettere", "fattura", "fatturare", "pagare",
	"sturen", "stuur", "opsturen", "factuur", "factureren", "betalen",
	"enviar", "envie", "emita", "fatura", "faturar",
];
const GREETINGS = ["favor", "hi", "hello", "hey", "dear", "thanks", "thank you", "cheers", "regards", "hallo", "danke", "liebe", "lieber", "grüße", "bonjour", "merci", "cordialement", "hola", "gracias", "saludos", "ciao", "grazie", "saluti", "olá", "obrigado", "obrigada", "hoi", "bedankt", "groeten"];
const PRONOUNS_ANY_CASE = ["you", "we", "they", "me", "him", "ich", "wir", "uns", "mir", "dich", "dir", "nous", "vous", "je", "yo", "usted", "ustedes", "nosotros", "io", "noi", "voi", "ik", "jij", "wij", "jullie", "eu", "você", "vocês", "nós"];
/** "us" and "it" in lower case, or "Us"/"It" opening the description: "US sales tax" and "IT support" are things. */
const PRONOUNS_LOWER = ["us", "it", "Us", "It",
	// German "Sie"/"sie" and "euch" in either case ("Stellen Sie die Übersetzung" is the request's verb and its
	// addressee read as the thing); never "du", which is French "of the".
	"Sie", "sie", "euch", "Euch"];
const VERBS = [
	// Verbs that price the thing ("die lag bei 60 €", "the travel comes on top, it ran to $60"): the clause read as
	// the thing's name.
	"lag", "lagen", "kam", "kamen", "kommt", "kommen", "beträgt", "betrug", "belief", "comes", "came", "ran", "kwam", "bedroeg", "ficou", "ficaram",
	"is", "was", "were", "are", "foram", "eram", "erano", "furono", "étaient", "fueron", "eran", "has", "had", "have", "did", "done", "ist", "war", "waren", "sind", "hat", "hatten", "est", "était", "sont", "fue", "fueron", "son", "è", "sono", "é", "foi", "são", "heeft", "hebben", "waren", "zijn"];
/** The sender confirming or approving ("Confirmo las horas", "I confirm the hours", "Je valide la maquette"): words of
 * the message, never of the thing's name (cut from its start, a sign of doubt anywhere else). */
export const CONFIRM_WORDS = [
	"I confirm", "we confirm", "confirming", "I approve", "we approve", "approving",
	"ich bestätige", "wir bestätigen", "bestätige", "ich genehmige", "wir genehmigen",
	"confirmo", "confirmamos", "apruebo", "aprobamos", "le confirmo", "te confirmo", "les confirmo",
	"je confirme", "nous confirmons", "je valide", "nous validons", "j'approuve", "je vous confirme", "je te confirme",
	"confermo", "confermiamo", "approvo", "approviamo", "ti confermo", "le confermo", "vi confermo",
	"ik bevestig", "wij bevestigen", "we bevestigen", "ik keur", "bevestig",
	"aprovo", "aprovamos", "confirmo", "confirmamos",
];
/** A count of people is who the thing was for ("20 people at $45 per person"), never the thing itself. */
const PEOPLE_RE = /^(?:people|persons|participants|attendees|guests|Personen|Teilnehmer(?:innen)?|personnes|personas|participantes|persone|partecipanti|personen|deelnemers|pessoas)(?:\s*\([^)]*\))?$/iu;
/** Words that open a clause standing in for the thing ("lo que hablamos", "ce qu'on a fait", "what we discussed"). */
const CLAUSE_RE = /(?<![\p{L}])(?:qu['’]|(?:que|what|whatever|which|wat|che|dass)(?![\p{L}'’]))/iu;
const VAGUE_WORDS = ["same", "gleiche", "gleiche wie", "même", "mismo", "misma", "stesso", "stessa", "zelfde", "mesmo", "mesma", "everything", "anything", "something", "stuff", "whole lot", "things", "Sachen", "Dinge", "choses", "cosas", "cose", "coisas", "dingen", "misc", "miscellaneous", "Sonstiges", "divers", "alles", "etwas", "tout", "todo", "tutto", "tudo", "alles", "iets", "allemaal"];
const DATE_RE = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{4}-\d{2}-\d{2})(?!\d)/u;
const AMOUNT_RE = /[$€£¥₹%]|(?<![\p{L}])(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|INR)(?![\p{L}])|\d[.,]\d{2}(?!\d)|\d{1,3}[,.]\d{3}(?!\d)/u;
/** The longest description the corpus writes is seven words; a noun phrase past ten is a clause read as a thing. */
const MAX_WORDS = 10;

export const DOUBT_SIGNS: DoubtSign[] = [
	{
		id: "request-verb",
		says: "the words of the request",
		// "Issue" with its number after it names a thing ("Issue 14 layout"): a magazine's issue, not the request.
		find: (d) => words(REQUEST_VERBS.filter((v) => v !== "issue"))(d) ?? words(["issue"], "iu", String.raw`(?![ \t]+(?:#|no\.?[ \t]*)?\d)`)(d),
		examples: { doubtful: ["Send me the logo", "Ausstellen die Beratung", "Factura de la campaña", "Send 2 posters"], fine: ["Logo redesign", "Sending schedule audit", "Billboard design", "Payroll setup", "Issue 14 layout", "Issue #3 cover"] },
	},
	{
		id: "greeting",
		says: "a greeting or thanks",
		find: words(GREETINGS),
		examples: { doubtful: ["Thanks for the logo", "Hola Sam, la sesión"], fine: ["Thank-you cards", "Welcome pack design"] },
	},
	{
		id: "pronoun",
		says: "a pronoun",
		find: (d) => words(PRONOUNS_ANY_CASE)(d) ?? words(PRONOUNS_LOWER, "u")(d),
		examples: { doubtful: ["To us for the warehouse study", "Work you did in March", "Ce que nous avons fait", "It (Hours)", "Stellen Sie die Übersetzung (Seiten)", "Sie lag bei"], fine: ["IT support", "US tax filing", "Translation of our catalogue", "Phase I review", "Création du logo", "Sierra poster"] },
	},
	{
		id: "confirming",
		says: "the sender confirming or approving it",
		find: words(CONFIRM_WORDS),
		examples: { doubtful: ["Horas que confirmo", "Logo, I confirm", "Maquette je valide"], fine: ["Confirmation emails", "Approval workflow design", "Bestätigungsschreiben"] },
	},
	{
		id: "clause",
		says: "a clause (\"what we discussed\") rather than a thing",
		find: (d) => CLAUSE_RE.exec(d)?.[0] ?? null,
		examples: { doubtful: ["Que hablamos el martes", "Ce qu'on a fait la semaine dernière", "Quello che abbiamo fatto", "What we discussed", "O que combinamos"], fine: ["Queue management app", "Chequebook design", "Whatnot shop banner"] },
	},
	{
		id: "vague",
		says: "a word that names no particular thing",
		find: words(VAGUE_WORDS),
		examples: { doubtful: ["Same as last month", "Work on the new site and the other things", "Everything from last month", "Alles vom Oktober", "Tout le travail", "Todo lo de noviembre", "Stuff for the launch"], fine: ["Tote bags", "Toutes-saisons banner"] },
	},
	{
		id: "verb",
		says: "a verb",
		find: words(VERBS, "u"),
		examples: { doubtful: ["Cartões foram", "Logo was done", "Das Shooting war", "What is left", "Anfahrt lag bei", "Travel comes on top"], fine: ["Logo", "Website-Pflege Oktober", "Era Studio rebrand", "Landing page", "Ranking report"] },
	},
	{
		id: "joined",
		says: "a second thing joined on (\"plus\")",
		find: words(["plus", "zzgl", "más", "mais", "più"], "u"),
		examples: { doubtful: ["Shoot, plus a travel fee", "Workshop zzgl. Reisekosten"], fine: ["Logo and letterhead", "Google Plus banner"] },
	},
	{
		id: "pointer",
		says: "a word pointing back at a thing named elsewhere",
		// "3 de ellos a 90 €" read as the thing "Ellos", "Banners (ellos)": the pointer is no name, nor the unit counted.
		find: (d) => {
			const t = d.trim();
			const bracket = /\(([^()]+)\)$/u.exec(t)?.[1];
			return pointedPlural(t) !== null ? t : bracket !== undefined && pointedPlural(bracket) !== null ? bracket : null;
		},
		examples: { doubtful: ["Ellos", "Di queste", "Daarvan", "Of those", "Banners (ellos)", "Réalisé les affiches (entre elles)"], fine: ["Estos Studio poster", "Banners (3 sizes)", "Quelle brochure"] },
	},
	{
		id: "address",
		says: "an email or web address",
		find: (d) => /\S*@\S+|(?:https?:\/\/|www\.)\S+/u.exec(d)?.[0] ?? null,
		examples: { doubtful: ["Brand audit to accounts@harbourco", "Site www.example.com"], fine: ["Email newsletter template", "Website audit"] },
	},
	{
		id: "edge",
		says: "a preposition at its edge (words cut from a longer phrase)",
		find: (d) => /^(?:to|for|from|with|at|on|of|by|about|an|à|para|por|per|voor|für|zu|bei|chez)(?=[\s(])|\s(?:to|for|of|from|with|an|à|a|de|para|por|per|voor|für|van|von|zu|pour|di|du|do|da|bei|auf|bij|op|at)$/iu.exec(d)?.[0]?.trim() ?? null,
		examples: { doubtful: ["To (Student workbooks)", "At the cabin (nights)", "Logo por", "Photos for", "Lag bei", "Kosten lagen auf"], fine: ["Toner refill", "Forms redesign", "Fotos del obrador", "Annual (licences)", "On-site support", "Atlas map design"] },
	},
	{
		id: "people",
		says: "only who was counted, not what for",
		find: (d) => PEOPLE_RE.exec(d)?.[0] ?? null,
		examples: { doubtful: ["People", "Teilnehmer", "Personnes (jours)"], fine: ["People analytics dashboard", "Guest list design"] },
	},
	{
		id: "negation",
		says: "a negation (a thing set aside, not asked for)",
		find: words(["not", "nicht", "kein", "keine", "pas", "niet", "geen", "non", "não", "nunca", "never"]),
		examples: { doubtful: ["Spring fair, not the summer one", "Flyer, nicht das Poster", "Le logo, pas la carte"], fine: ["Nonprofit gala poster", "Notebook A5", "Fotos no parque"] },
	},
	{
		id: "date",
		says: "a date",
		find: (d) => DATE_RE.exec(d)?.[0] ?? null,
		examples: { doubtful: ["Workshop on 12/11", "Session 2026-11-03"], fine: ["Séance photo du 14 novembre", "Phase 2 wireframes", "Milestone 3 (backend API)"] },
	},
	{
		id: "amount",
		says: "an amount",
		find: (d) => AMOUNT_RE.exec(d)?.[0] ?? null,
		examples: { doubtful: ["Logo ($500 agreed)", "Workshop 1,200", "Retainer at 10%"], fine: ["Traduction du site (lot 3)", "Notebook A5", "4K video edit"] },
	},
	{
		id: "duration-size",
		says: "a length in hours, days or nights (is the price for each or for all of them?)",
		// "the 2 hour workshop at $300", "a 3-night stay at $200": the count names the thing's length, and whether the
		// price is per hour or night or for the whole is exactly what would be guessed. A bracketed length ("Design
		// consultation (3 hours)") is a remark on a flat fee.
		find: (d) => /^\d+(?:[.,]\d+)?[ -]?(?:hour|hr|day|night|week|month|Stunden|Tages|Nächte|heures?|jours?|nuits?|horas?|días?|noches?|ore|giorni|notti|uur|dagen|nachten)[ -]\p{L}+/iu.exec(d)?.[0] ?? null,
		examples: { doubtful: ["2 hour workshop", "3-night stay", "3 day workshop"], fine: ["Design consultation (3 hours)", "Workshop (days)", "2-page flyer", "24/7 support"] },
	},
	{
		id: "rate-by-reference",
		says: "a rate pointed at (\"at your usual rate\"): is the price for each hour or for all of them?",
		// "the 3 hours of retouching at your usual rate of $80" read as one line at $80 named "3 hours of retouching at your
		// usual rate": the words name the rate the price is, so the count before it may multiply it.
		// Only after a count the description opens on ("Shoot days at the day rate" was read with its count).
		find: (d) => /^\d+(?:[.,]\d+)?[ \t]+\p{L}[^\n]{0,80}?(?<![\p{L}])(?:at|zum|zu|au|à|al|alla|a|tegen|pela|pelo)[ \t]+(?:[\p{L}'’]+[ \t]+){0,2}?(?:rate|Satz|Stundensatz|Tarif|tarifa|tariffa|tarief|uurtarief)(?![\p{L}])/iu.exec(d)?.[0] ?? null,
		examples: { doubtful: ["3 hours of retouching at your usual rate", "5 Stunden Bildbearbeitung zum üblichen Stundensatz", "2 jours de retouche au tarif habituel"], fine: ["Rate card design", "Shoot days at the day rate", "Retouche au tarif habituel", "Hourly rate review"] },
	},
	{
		id: "long",
		says: "a whole clause rather than the name of a thing",
		find: (d) => (d.split(/\s+/).length > MAX_WORDS ? `${d.split(/\s+/).length} words` : null),
		examples: { doubtful: ["Work on the new site and the other things we talked about at the meeting"], fine: ["Fast turnaround on the distributor agreement (words)"] },
	},
	{
		id: "size",
		says: "the second number of a size (the count read may be its first number)",
		// A description that opens on the second number of a size ("2 x 3m banner" read as 2 × "3m banner", "2 x 3 m"
		// read as 2 × "x 3 m"): the count was the size's first number.
		find: (d) => /^(?:[xX×][ \t]*)?\d+(?:[.,]\d+)?[ \t]?(?:m|cm|mm|ft)(?![\p{L}\p{N}])/u.exec(d.trim())?.[0] ?? null,
		examples: { doubtful: ["3m banner", "X 3 m", "× 90 cm poster", "1,5 m Rollup"], fine: ["3M tape", "A3 posters", "Banner 2 x 3 m", "Matte finish"] },
	},
	{
		id: "threshold",
		says: "a threshold (\"invoices over 1,000 €\": a rule's limit, not a price)",
		// "Le fatture sopra i 1.000 € devono riportare il numero d'ordine" read as the thing "Fatture sopra i": the words
		// before the amount end on "over", "under", "ab" — a policy's limit, never a thing's price ("as discussed above" or
		// "below" points at other text, so those two are left out).
		find: (d) => /(?<![\p{L}\p{N}'’-])(?:over|more than|exceeding|in excess of|under|up to|über|ab|oberhalb von|mehr als|bis zu|más de|mayores? a|superiores? a|por encima de|hasta|plus de|au-delà de|au-dessus de|supérieure?s? à|jusqu['’]à|acima de|mais de|superiores? a|até|sopra (?:i|gli|il|l['’])?|oltre (?:i|gli|il|l['’])?|superiori a|fino a|boven|meer dan|vanaf|tot)[ \t]*$/iu.exec(d.trim())?.[0] ?? null,
		examples: { doubtful: ["Fatture sopra i", "Invoices over", "Rechnungen über", "Pedidos mayores a", "Commandes de plus de", "Facturen boven"], fine: ["Overhead projector", "Logo above the fold", "Chinese typesetting as discussed below", "Arabic voice-over", "Aboard lunch", "Sopralluogo"] },
	},
	{
		id: "restated",
		says: "only a pointer and a verb (\"That's $620\" restates a sum)",
		// "That's $620 plus the $40 rush fee": the sum of the lines before, read as a line "That's".
		find: (d) => /^(?:that['’]s|that is|it['’]s|it is|this is|which is|so|total is|das (?:sind|ist|macht)|macht|c['’]est|ça fait|cela fait|eso es|son|serían|isso é|são|sono|fa|dat is|dat wordt|samen)$/iu.exec(d.trim())?.[0] ?? null,
		examples: { doubtful: ["That's", "Das macht", "Ça fait", "Dat is"], fine: ["Thatched roof repair", "Sonnet translation", "Fashion shoot"] },
	},
	{
		id: "adding-verb",
		says: "a verb of adding (\"for the retouching, add $150\")",
		// "… and for the retouching, add $150" read as the thing "Retouching, add": the verb before the amount is no name.
		find: (d) => /(?<![\p{L}])(?:add|plus add|aggiungi|aggiungete|añade|añadid|agrega|ajoute|ajoutez|adiciona|adicione|voeg|hinzu|dazu|rechne|zähl)[ \t]*$/iu.exec(d.trim())?.[0] ?? null,
		examples: { doubtful: ["Retouching, add", "Ritocco aggiungi", "Retoque, añade", "Retouche, ajoutez"], fine: ["Address labels", "Add-on module", "Ajout de pages"] },
	},
	{
		id: "adding-verb-first",
		says: "a verb of adding at its start (\"add the rush fee\")",
		// "Add the rush fee" read as the thing: the verb that puts it on the invoice opens the words, not its name.
		find: (d) => /^(?:please[ \t]+)?(?:also[ \t]+)?(?:add|include|ajoute[rz]?|añad[ae]|agrega|aggiungi|aggiungete|adiciona|adicione|voeg|füge|fügen)(?=[ \t]+\p{L})/iu.exec(d.trim())?.[0] ?? null,
		examples: { doubtful: ["Add the rush fee", "Also add travel", "Ajoute le déplacement", "Añade el envío"], fine: ["Address labels", "Add-on module", "Additional proofs", "Inclusive design audit"] },
	},
	{
		id: "agreed-verb",
		says: "words that recall what was agreed (\"ese acordamos\")",
		// "Por ese acordamos 90 €" read as the thing "Ese acordamos": a verb of agreeing in the first person plural recalls
		// the price; it never names the thing.
		find: words(["acordamos", "acordámos", "quedamos", "combinamos", "combinámos", "fechamos", "concordamos", "pactamos", "convenimos", "dijimos", "dissemos", "avevamo", "abbiamo"]),
		examples: { doubtful: ["Ese acordamos", "Essa combinamos", "Quello avevamo"], fine: ["Acordeón lessons", "Combination logo", "Pacto branding"] },
	},
	{
		id: "count-only",
		says: "only a count and what was counted (\"40 pieces\"), not which thing",
		// "It was product photos for 40 pieces, 35 zł for each piece" read as the thing "40 pieces": a count that is the
		// whole name is the line's quantity read into its name, and the thing (and maybe the count of another line) is
		// elsewhere. A number joined to a word ("4K video") or more words after it ("2 hour workshop") are other signs.
		find: (d) => /^\d+(?:[.,]\d+)?[ \t]+\p{L}[\p{L}'’]*(?:[ \t]*\([^()]*\))?$/u.exec(d.trim())?.[0] ?? null,
		examples: { doubtful: ["40 pieces", "30 photos", "12 Bilder", "25 fotos", "10 pezzi (pezzi)"], fine: ["4K video edit", "2-page flyer", "3M tape", "A3 posters", "Phase 2 updates", "24/7 support"] },
	},
	{
		id: "count-in-name",
		says: "a count of pieces (is the price for each or for all of them?)",
		// "the product photos for 40 pieces, 35 zł" read as one "Product photos for 40 pieces" at 35: whether 35 is each
		// piece's price or the whole's is exactly what would be guessed.
		find: (d) => /(?<![\p{L}])(?:for|für|pour|para|per|voor)[ \t]+\d+[ \t]+(?:pieces|pcs|items|photos|pictures|images|units|Stück|Fotos|Bilder|piezas|fotos|unidades|pièces|photos|unités|pezzi|foto|stuks|foto's|peças|unidades)$/iu.exec(d.trim())?.[0] ?? null,
		examples: { doubtful: ["Product photos for 40 pieces", "Produktfotos für 40 Stück", "Fotos de producto para 30 piezas"], fine: ["Photos for 2 brands", "Workshop for 12 people (days)", "Banners (3 sizes)"] },
	},
	{
		id: "each-of-them",
		says: "a word pointing at each of the things counted elsewhere (\"for each of them\")",
		// "25 photos at $30 each, plus background removal for each of them at $8" read as the thing "Each of them": it
		// points at the other line's things; the thing is the words before it.
		find: (d) => /^(?:each|every one|all|both|jede[rsn]?|alle|beide|cada (?:uno|una|um|uma)|todos|todas|chacun(?:e)?|tous|toutes|ciascun[oa]|ognun[oa]|tutti|tutte|elk|elke|iedere?)[ \t]+(?:of|von|davon|de|d['’]|di|van|daarvan)(?:(?:[ \t]+|(?<=['’]))(?:them|those|these|ihnen|ellos|ellas|eles|elas|eux|elles|loro|esse|essi|hen|die))?$|^(?:each|jede[rsn]?) davon$/iu.exec(d.trim())?.[0] ?? null,
		examples: { doubtful: ["Each of them", "Cada una de ellas", "Chacune d'elles", "Ciascuna di esse", "Elk daarvan", "Jedes davon"], fine: ["Each-way bet poster", "Alle Zeit der Welt cover", "Todos Santos map"] },
	},
];

/** The first sign of doubt in a description, or null when it reads as the name of a thing. */
export function doubtIn(description: string): { sign: DoubtSign; words: string } | null {
	for (const sign of DOUBT_SIGNS) {
		const w = sign.find(description);
		if (w !== null) return { sign, words: w };
	}
	return null;
}
