// A colleague's email forwarded from the customer's own firm that asks the forwarder to pass the request on ("Please ask
// Sam to raise the invoice", "bitte Sam bitten, die Rechnung zu stellen", "pídele a Sam la factura") and says the work
// was agreed between its writer and the one who bills ("Details as agreed with him", "wie mit Sam vereinbart"), or
// names him ("Please tell Sam to raise the invoice"): the colleague who wrote it is the client who made the deal, and the
// forwarder only a go-between, even when the forwarder adds where to send the invoice ("send the invoice to me and copy
// him", "I look after the accounts") — LABELS.md: "for a forward it is the original client's header" (round 22 settled
// the older labels ab09, ae10, ah09 that way). A pronoun alone ("ask them to bill it as follows", from a finance
// colleague) leaves the forwarder who deals with you as the customer (ag13, ah34). The examples run as tests
// (tests/connectors/gmail/forward-go-between.test.ts).

export interface GoBetweenRow {
	lang: string;
	/** Words that ask or tell someone to do a thing, right before the one asked ("ask", "frag", "pídele a"). */
	leads: string[];
	/** Words after the one asked that still ask them ("bitten": "Sam bitten, die Rechnung zu stellen"), or none. */
	afters?: string[];
	/** The word for the invoice that must follow within the clause. */
	invoice: string[];
	/** Forwarded texts that ask the forwarder to pass the request on. */
	examples: string[];
	/** Texts with such words that do not. */
	ignores: string[];
}

export const GO_BETWEEN: GoBetweenRow[] = [
	{
		lang: "en",
		leads: ["ask", "please ask", "kindly ask", "tell", "get", "have", "remind", "request"],
		invoice: ["invoice", "bill"],
		examples: ["Priya,\n\nPlease ask Sam to raise the invoice for the Diwali campaign work immediately.", "Emma, can you get him to send us the invoice for the brochure?", "Tell Sam to invoice us for the shoot."],
		ignores: ["Dana, please ask the designer for an invoice for the brochure.", "Please ask Sam whether the files are ready.", "Ask Sam for the files. The invoice can wait.", "Please send the invoice to me."],
	},
	{
		lang: "de",
		leads: ["frag", "frage", "fragen Sie", "sag", "sage", "sagen Sie", "erinnere", "erinnern Sie", "bitte"],
		afters: ["bitten", "darum bitten", "um die"],
		invoice: ["Rechnung"],
		examples: ["Julia,\n\nbitte Sam bitten, die Rechnung zu stellen: Broschüre 1.200 €.", "Frag Sam bitte nach der Rechnung für die Broschüre.", "Sag ihm, er soll uns die Rechnung schicken."],
		ignores: ["Frag Sam, ob die Dateien fertig sind.", "Bitte schick die Rechnung an mich."],
	},
	{
		lang: "es",
		leads: ["pídele a", "pide a", "pídale a", "pregúntale a", "dile a", "dígale a", "recuérdale a", "pídele", "dile"],
		invoice: ["factura"],
		examples: ["Lucía, pídele a Sam la factura del folleto: 700 €.", "Dile a Sam que nos mande la factura."],
		ignores: ["Pídele a Sam los archivos.", "Mándame la factura a mí."],
	},
	{
		lang: "fr",
		leads: ["demande à", "demandez à", "dis à", "dites à", "rappelle à", "rappelez à", "demande-lui", "demandez-lui"],
		invoice: ["facture"],
		examples: ["Camille, demande à Sam d'émettre la facture : affiches 600 €.", "Dites à Sam de nous envoyer la facture."],
		ignores: ["Demande à Sam si les fichiers sont prêts.", "Envoie la facture à moi."],
	},
	{
		lang: "pt",
		leads: ["peça ao", "peça à", "pede ao", "pede à", "pergunta ao", "pergunte ao", "diga ao", "diz ao", "lembra o", "lembre o", "peça a", "pede a"],
		invoice: ["fatura", "factura"],
		examples: ["Beatriz, peça ao Sam para emitir a fatura: cardápio 900 €.", "Diz ao Sam para nos mandar a fatura."],
		ignores: ["Peça ao Sam os arquivos.", "Manda a fatura pra mim."],
	},
	{
		lang: "it",
		leads: ["chiedi a", "chieda a", "di' a", "dì a", "dica a", "ricorda a", "ricordi a"],
		invoice: ["fattura"],
		examples: ["Giulia, chiedi a Sam di emettere la fattura: foto 350 €.", "Dica a Sam di mandarci la fattura."],
		ignores: ["Chiedi a Sam se i file sono pronti.", "Manda pure la fattura a me."],
	},
	{
		lang: "nl",
		leads: ["vraag", "vraag aan", "vraag even", "vraag even aan", "zeg tegen", "zeg", "laat", "herinner"],
		invoice: ["factuur"],
		examples: ["Lotte, vraag Sam om de factuur te sturen: flyers 250 €.", "Vraag even aan Sam of hij de factuur wil sturen."],
		ignores: ["Vraag Sam of de bestanden klaar zijn.", "Stuur de factuur maar naar mij."],
	},
];

/** Words that say the writer agreed the work with the one who bills, right before "with"/"mit"/"con"/… and him. */
export const AGREED_WITH: { lang: string; words: string[]; examples: string[]; ignores: string[] }[] = [
	{ lang: "en", words: ["as agreed with", "agreed with", "as discussed with", "as I agreed with", "as settled with", "as finalised with", "as finalized with"], examples: ["Details as agreed with him:", "as agreed with Sam"], ignores: ["as agreed with our board", "as agreed"] },
	{ lang: "de", words: ["wie mit", "vereinbart mit", "abgesprochen mit", "besprochen mit"], examples: ["wie mit Sam vereinbart", "wie mit ihm besprochen"], ignores: ["wie mit dem Vorstand vereinbart"] },
	{ lang: "es", words: ["como acordé con", "como acordamos con", "lo acordado con", "según lo acordado con", "como quedamos con"], examples: ["lo acordado con Sam", "según lo acordado con él"], ignores: ["lo acordado con la junta"] },
	{ lang: "fr", words: ["comme convenu avec", "convenu avec", "comme vu avec", "comme discuté avec"], examples: ["comme convenu avec Sam", "comme convenu avec lui"], ignores: ["comme convenu avec la direction"] },
	{ lang: "pt", words: ["conforme combinado com", "como combinado com", "conforme acordado com", "como acertado com"], examples: ["conforme combinado com o Sam", "como combinado com ele"], ignores: ["conforme combinado com a diretoria"] },
	{ lang: "it", words: ["come concordato con", "come d'accordo con", "concordato con", "come stabilito con"], examples: ["come concordato con Sam", "come d'accordo con lui"], ignores: ["come concordato con la direzione"] },
	{ lang: "nl", words: ["zoals afgesproken met", "afgesproken met", "zoals besproken met"], examples: ["zoals afgesproken met Sam", "zoals besproken met hem"], ignores: ["zoals afgesproken met het bestuur"] },
];
let agreedCompiled: RegExp | null = null;

/** Whether the text says its writer agreed the work with the one who bills (`billed`, or a word for him or her). */
export function agreedWithBiller(text: string, billed: string | null): boolean {
	agreedCompiled ??= new RegExp(String.raw`(?<![\p{L}])(?:${alt(AGREED_WITH.flatMap((r) => r.words))})[ \t\n]+(?:(?:o|a)[ \t]+)?(?<who>\p{L}[\p{L}'’-]*)`, "giu");
	agreedCompiled.lastIndex = 0;
	for (const m of text.matchAll(agreedCompiled)) {
		const who = m.groups!["who"]!;
		if (who === billed || PRONOUNS.includes(who.toLowerCase())) return true;
	}
	return false;
}

/** The one asked: the name the forwarder greets ("Hi Sam,") or a word for him or her ("him", "ihn", "lui"). A name alone
 * is not enough: German writes every noun with a capital ("Sag Bescheid, wenn die Rechnung kommt"), and a colleague may
 * be asked to chase someone else. "Ask the designer for an invoice" names no one: the forwarder who then asks in their
 * own words stays the customer (tests/connectors/gmail/forwarder-amounts.test.ts). */
const PRONOUNS = ["him", "her", "them", "ihn", "ihm", "lui", "gli", "hem", "haar", "hen", "ele", "ela", "él", "ella", "ihr"];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+").replace(/['’]/g, "['’]");
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");
let compiled: RegExp | null = null;
const GREETING = /^\s*(?:hi|hello|hey|dear|hallo|hoi|liebe|lieber|hola|querido|querida|estimado|estimada|bonjour|salut|cher|chère|olá|oi|caro|cara|ciao|buongiorno|beste|dag)[ \t]+(\p{Lu}[\p{L}'’-]+)/iu;

/** The name a note greets ("Hi Sam,", "Hallo Sam"), or null. */
export function greetedName(text: string): string | null {
	return GREETING.exec(text)?.[1] ?? null;
}

/** Whether a forwarded email asks its reader to pass the invoice request on to the one who bills (`billed`: the name
 * the forwarder greets, or null); with `byName`, only when it names him ("tell Sam to raise the invoice"), not "ask them
 * to bill it as follows" (a finance colleague's instructions to the client who deals with you). */
export function asksToPassOn(text: string, billed: string | null, byName = false): boolean {
	compiled ??= new RegExp(
		String.raw`(?<![\p{L}])(?:${alt(GO_BETWEEN.flatMap((r) => r.leads))})[ \t\n]+(?<who>\p{L}[\p{L}'’-]*)(?:[ \t\n]+(?:${alt(GO_BETWEEN.flatMap((r) => r.afters ?? []))}))?[^.!?\n]{0,60}?(?<![\p{L}])(?:${alt(GO_BETWEEN.flatMap((r) => r.invoice))})`,
		"giu",
	);
	compiled.lastIndex = 0;
	for (const m of text.matchAll(compiled)) {
		const who = m.groups!["who"]!;
		if (who === billed || (!byName && PRONOUNS.includes(who.toLowerCase()))) return true;
	}
	return false;
}
