// Who the invoice is to, when the sender says it is not them: "it should go to the client rather than us", "it may
// have to go to the committee instead of us", "not sure which one is paying", "Finance is still deciding which of the
// two should pay". The sender's own address would make a wrong invoice and a guess between two payers would too, so
// the card asks who the invoice is made out to. A table by language; each row's examples run as tests
// (tests/connectors/gmail/payer-doubt.test.ts). A new way of saying it is a new phrase and example here.

export interface PayerDoubtRow {
	lang: string;
	/** The invoice goes to someone other than the sender ("rather than us", "statt an uns", "plutôt qu'à nous"). */
	elsewhere: string[];
	/** The payer is not decided ("which one is paying", "wer zahlt", "qui va payer"). */
	undecided: string[];
	/** The invoice goes straight to the sender's client ("invoice the client directly", "direkt an den Kunden"). */
	client: string[];
	/** Sentences that hold a doubt about the payer, and sentences (requests with a clear payer) that hold none. */
	examples: { doubts: string[]; clear: string[] };
}

/** The words between two payers named as a choice ("whether it should go to the choir, to the" and "parish office, or …" on the next line):
 * a sentence's words, a line the sender's mail client wrapped among them. */
const GAP = String.raw`(?:[^.?!\n]|\n(?![ \t]*\n))`;

export const PAYER_DOUBT: PayerDoubtRow[] = [
	{
		lang: "en",
		elsewhere: ["rather than (?:to )?us", "instead of (?:to )?us", String.raw`not (?:to )?us(?=\s*[,.;!)]| but)`, "not in (?:our|my) name"],
		undecided: [
			"(?:who(?:['’]s)?|which (?:one|company|party|of (?:the two|them|us|those))(?:['’]s)?) (?:(?:is|will be|would be|should be) )?(?:paying|pays|will pay|should pay|would pay|is going to pay|ends? up paying|to pay|to bill|to invoice)",
			"(?:who|which (?:one|company|entity)) the invoice (?:should|will|would|must) (?:go|be (?:made out|addressed|issued)) to",
			// Two payers named and none chosen: "whether it should go to us or to our funding partner", "either to X or to Y".
			`whether (?:it|the invoice|the bill) (?:should |will |would |must |is to |has to )?(?:go|goes|be (?:made out|addressed|issued|sent)) to ${GAP}{1,60}? or`,
			`whether (?:it|the invoice|the bill) (?:should |will |would |must |is to |has to )?(?:be |go )?(?:in|under) the name of ${GAP}{1,60}? or`,
			// Leaving the choice to you: "just bill whoever makes most sense", "make it out to whichever you think".
			"(?:bill|invoice|make it out to|address it to|put) (?:whoever|whichever)",
			"(?:go|goes|be (?:made out|addressed|issued|sent)|made out|addressed) either to",
			"split (?:it )?(?:between|across) (?:the two|both|us and)",
			"(?:forgot|forget|remember|can['’]t recall) which (?:one|company|entity|of (?:the two|them))",
			"(?:just )?(?:put|pick|use|choose) (?:either )?one of them",
		],
		client: ["(?:invoice|bill|charge) (?:the|our|my) (?:client|customer|end client|end customer|sponsor|organi[sz]ers?) directly", "(?:send|address|issue|make out) (?:the invoice|it) directly to (?:the|our|my) (?:client|customer|end client|sponsor|organi[sz]ers?)", "(?:the invoice|the bill|it) (?:(?:should|will|must|has to|needs to|can|would|is to) )?(?:go|goes|be (?:sent|addressed|made out|issued)) (?:directly |direct |straight )?to (?:the|our|my) (?:client|customer|end client|end customer|sponsor|organi[sz]ers?)"],
		examples: {
			doubts: ["Please invoice the client directly, not through us.", "The invoice should go directly to our client, they pay you.", "This time the bill goes straight to the end customer.", 
				"It should go to the client rather than us, so either the Coastal Harbour Foundation or the hotel group.",
				"Honestly I'm not sure which one is paying in the end.",
				"It may have to go to the organising committee instead of us (Sankofa Events Ltd).",
				"Finance is still deciding which of the two should pay.",
				"We don't know yet who the invoice should go to.",
				"Please make it out to the venue, not to us.",
				"We are not yet sure whether it should go to us or to our funding partner (Afya Partners).",
				"Finance told me it should go either to Verdemar Brasil Ltda. or to our holding in Portugal.",
				"Maybe split between the two, we'll sort it out.",
				"I honestly forgot which one. Just put one of them and we'll see.",
				"I'm not sure yet whether it should go to the choir, to the\nparish office, or to my husband's firm.",
				"I'll ask on Sunday - just bill whoever makes most sense for now?",
				"We don't know whether it should be in the name of the festival or the city council.",
			],
			// Where the invoice is sent is no doubt about who pays it.
			clear: ["Please send either the PDF or a link.", "Whether it goes out today or tomorrow doesn't matter.", "Please email the invoice to accounts@acme.example rather than to me.", "Send it to our accountant instead of us, she handles the payments.", "Please send the invoice to our finance team, not to us.", "Kindly issue an invoice to Globex Ltd (our parent company) for the audit, £3,000.", "Please invoice us for the 3 posters at $40 each.", "Who did the photos? They look great."],
		},
	},
	{
		lang: "de",
		elsewhere: ["(?:an)?statt an uns", "(?:an)?statt (?:auf )?uns", "nicht an uns", "nicht auf uns", "nicht auf unseren namen"],
		undecided: ["wer (?:die rechnung |das |es )?(?:bezahlt|zahlt|übernimmt|bezahlen wird|zahlen wird|übernehmen wird)", "welche[rs]? (?:der beiden|von beiden|von den beiden|firma|seite) (?:bezahlt|zahlt|übernimmt|zahlen wird)", "an wen die rechnung (?:geht|gehen soll|zu richten ist|adressiert wird)", "ob (?:die rechnung|sie|es) (?:an uns|auf uns) oder",
			`ob (?:die rechnung|sie|es) (?:auf|an) (?:den namen )?(?:die|den|das|der|unsere[nm]?)${GAP}{1,60}? oder (?:auf |an )?(?:die|den|das|der|unsere[nm]?)`, "entweder an (?:uns|die|den|unsere[nm]?) [^.?!\\n]{1,60}? oder an", "(?:aufgeteilt|aufteilen|geteilt|teilen) (?:zwischen|auf) (?:beide|beiden|den beiden|uns und)", "(?:weiß|wüsste) (?:ich )?(?:nicht mehr|nicht),? (?:welche|an welche)"],
		client: [String.raw`(?:rechnung|abrechn\p{L}*|fakturier\p{L}*|stell\p{L}*)[^.?!\n]{0,40}direkt an (?:den|die|unseren|unsere) (?:Kunden|Kundin|Endkunden|Auftraggeber|Veranstalter|Sponsor)`, String.raw`(?:rechnung|abrechn\p{L}*|fakturier\p{L}*|stell\p{L}*)[^.?!\n]{0,40}(?:den|die|unseren|unsere) (?:Kunden|Kundin|Endkunden|Auftraggeber) direkt`],
		examples: {
			doubts: ["Wir wissen nicht, ob die Rechnung an uns oder an den Förderverein geht.", "Vielleicht wird sie aufgeteilt zwischen beiden Firmen.", "Bitte stell die Rechnung direkt an den Endkunden.", "Die Rechnung geht wohl an den Verein statt an uns.", "Wir wissen noch nicht, wer die Rechnung übernimmt.", "Noch offen ist, an wen die Rechnung gehen soll.", "Ich weiß noch nicht, ob die Rechnung auf den Verein oder die Stadt laufen soll."],
			clear: ["Bitte die Rechnung an die Roth Immobilien GmbH stellen.", "Die Dateien bitte direkt an den Kunden schicken, die Rechnung an uns.", "Kannst du mir die Rechnung für das Logo schicken?"],
		},
	},
	{
		lang: "es",
		elsewhere: ["en (?:lugar|vez) de a nosotros", "en (?:lugar|vez) de nosotros", "no a nosotros", "no a nuestro nombre"],
		undecided: ["quién (?:la |lo )?(?:paga|pagará|va a pagar|debe pagar|asume)", "cuál de (?:los|las) dos (?:paga|pagará|va a pagar)", "a nombre de quién (?:va|irá|hacer)", "si (?:la factura |la )?(?:va|debe ir|tiene que ir|irá) a nosotros o",
			`si (?:la factura |la )?(?:va|debe ir|tiene que ir|irá|ha de ir|hay que hacerla) (?:a nombre (?:de|del) |a |al )${GAP}{1,60}? o (?:a|al|del|de|a nombre de)`,
			"(?:hazla|hágala|ponla|póngala|emítela|emítala|hacela) (?:a nombre de )?(?:como|a quien) (?:te|le) (?:parezca|parezca mejor|venga mejor)", "(?:va|debe ir|tiene que ir|irá) (?:o bien|bien) a", "(?:dividir|dividirla|repartir|repartirla) entre (?:las dos|los dos|ambas|ambos|nosotros y)", "no (?:recuerdo|me acuerdo de) (?:cuál|a cuál)", "(?:pon|ponga|elige) una de (?:las dos|ellas)"],
		client: [String.raw`(?:fact[uú]r\p{L}*)[^.?!\n]{0,30}directamente (?:al|a la|a nuestro|a nuestra) (?:cliente|clienta|cliente final|patrocinador|organizador)`],
		examples: {
			doubts: ["No sabemos si la factura va a nosotros o a la fundación.", "Quizá hay que dividirla entre las dos empresas.", "No recuerdo cuál, pon una de las dos.", "Factúrale directamente al cliente, por favor.", "La factura irá al cliente en lugar de a nosotros.", "Todavía no sabemos quién va a pagar.", "No sé cuál de los dos pagará al final.", "Todavía no sé si tiene que ir a nombre de la Associació Cultural Sant Jordi o del Ayuntamiento de Girona.", "No sé si la factura va a nombre de la asociación o\ndel ayuntamiento.", "Hazla como te parezca y ya la cambiaremos."],
			clear: ["La factura a nombre de Casa Olmo S.A. de C.V., por favor.", "Envía los archivos directamente al cliente. La factura nos la haces a nosotros.", "¿Me haces la factura del logo?"],
		},
	},
	{
		lang: "fr",
		elsewhere: ["plutôt qu['’]à nous", "au lieu de nous", "et non (?:pas )?à nous", "pas à nous", "pas à notre nom"],
		undecided: ["qui (?:va |doit )?(?:paie|paye|payer|payera|paiera|règle|régler)", "lequel des deux (?:paie|paye|va payer|paiera)", "au nom de qui", "si (?:la facture |elle )?(?:doit aller|va|ira) à nous ou",
			`si (?:la facture |elle )?(?:doit être|doit aller|va|ira|sera) (?:au nom (?:de|du) |à |au )${GAP}{1,60}? ou (?:de|du|à|au|à la|au nom de)`, "soit à (?:nous|la|le|l['’]|notre) [^.?!\\n]{1,60}? soit à", "(?:partagée|répartie|partager|répartir) entre (?:les deux|nous et)", "(?:je ne sais plus|j['’]ai oublié) (?:laquelle|lequel|à laquelle)", "(?:mettez|mets) l['’]une des deux"],
		client: [String.raw`(?:factur\p{L}*)[^.?!\n]{0,30}directement (?:au|à la|à notre) (?:client|cliente|client final|sponsor|organisateur)`],
		examples: {
			doubts: ["On ne sait pas si la facture doit aller à nous ou au partenaire.", "Elle doit aller soit à notre filiale soit à la maison mère.", "J'ai oublié laquelle, mettez l'une des deux.", "Merci de facturer directement au client.", "La facture doit aller au client plutôt qu'à nous.", "On ne sait pas encore qui va payer.", "Je ne sais pas au nom de qui la faire.", "Je ne sais pas encore si elle doit être au nom de l'association ou de la mairie."],
			clear: ["Merci de libeller la facture au nom de Cave Martin SARL.", "Tu peux me faire une facture pour les 4 affiches ?"],
		},
	},
	{
		lang: "pt",
		elsewhere: ["em vez de (?:para )?nós", "ao invés de (?:para )?nós", "não para nós", "não em nosso nome"],
		undecided: ["quem (?:vai pagar|paga|pagará|deve pagar)", "qual dos dois (?:paga|vai pagar|pagará)", "em nome de quem", "se (?:a fatura )?(?:vai|deve ir|tem que ir|irá) para nós ou",
			`se (?:a fatura |ela )?(?:vai|deve ir|tem que ir|irá|fica|deve ficar) (?:em nome d[aeo]s? |para )${GAP}{1,60}? ou (?:d[aeo]s?|para|em nome)`, "(?:vai|deve ir|tem que ir|irá) ou para", "(?:dividir|dividi-la|repartir) entre (?:as duas|os dois|ambas|ambos|nós e)", "não (?:lembro|me lembro) (?:qual|para qual)", "(?:coloca|coloque|põe|ponha) uma das duas"],
		client: [String.raw`(?:fatur\p{L}*)[^.?!\n]{0,30}(?:diretamente|direto) (?:ao|à|ao nosso|à nossa|para o|para a|para o nosso|para a nossa) (?:cliente|cliente final|patrocinador|organizador)`],
		examples: {
			doubts: ["Não sei se a fatura vai para nós ou para a holding.", "Deve ir ou para a Verdemar Brasil ou para a holding.", "Não lembro qual, coloca uma das duas.", "Fature diretamente ao cliente, por favor.", "A fatura vai para o cliente em vez de nós.", "Ainda não sabemos quem vai pagar.", "Ainda não sei se a fatura fica em nome da associação ou da câmara municipal."],
			clear: ["Pode emitir a fatura em nome da Quinta do Vale Vinhos, Lda.?", "Me manda a fatura do site?"],
		},
	},
	{
		lang: "it",
		elsewhere: ["invece che a noi", "anziché a noi", "non a noi", "non a nostro nome"],
		undecided: ["chi (?:paga|pagherà|deve pagare|dovrà pagare)", "quale dei due (?:paga|pagherà)", "a nome di chi", "se (?:la fattura )?(?:va|deve andare|andrà) a noi o",
			`se (?:la fattura )?(?:va|deve andare|andrà|va intestata|deve essere intestata) (?:a nome d[ie]|a |al |alla |all['’])${GAP}{1,60}? o (?:a|al|alla|all(?=['’])|del|della|di)`, "(?:va|deve andare|andrà) o a", "(?:divisa|dividerla|ripartita|ripartirla) tra (?:le due|i due|entrambe|entrambi|noi e)", "non (?:ricordo|mi ricordo) (?:quale|a quale)", "(?:metti|mettete|scegli) una delle due"],
		client: [String.raw`(?:fattur\p{L}*)[^.?!\n]{0,30}direttamente (?:al|alla|al nostro|alla nostra) (?:cliente|cliente finale|sponsor|organizzatore)`],
		examples: {
			doubts: ["Non so se la fattura va a noi o alla fondazione.", "Non ricordo quale, metti una delle due.", "Fattura direttamente al cliente, grazie.", "La fattura va al cliente invece che a noi.", "Non sappiamo ancora chi pagherà.", "Non so ancora se la fattura va intestata all'associazione o al comune."],
			clear: ["La fattura intestata a Ferri Ottica S.r.l., grazie.", "Mi mandi la fattura per i 3 video?"],
		},
	},
	{
		lang: "nl",
		elsewhere: ["in plaats van (?:aan )?ons", "niet aan ons", "niet op onze naam"],
		undecided: ["wie (?:er )?(?:betaalt|gaat betalen|zal betalen|moet betalen)", "welke van de twee (?:betaalt|gaat betalen)", "op wiens naam", "of (?:de factuur |hij )?(?:naar|aan|op) ons (?:(?:moet|gaat) )?of",
			`of (?:de factuur |hij )?(?:op naam van|naar|aan) ${GAP}{1,60}? of (?:op naam van |naar |aan )?(?:de|het|ons|onze)`, "(?:verdelen|verdeeld|splitsen|gesplitst) (?:tussen|over) (?:beide|de twee|ons en)", "(?:weet niet meer|ben vergeten) (?:welke|op welke)", "(?:zet|kies) (?:er )?een van (?:beide|de twee)"],
		client: [String.raw`(?:factu\p{L}*)[^.?!\n]{0,30}rechtstreeks (?:aan|naar) (?:de|onze) (?:klant|eindklant|sponsor|organisator)`],
		examples: {
			doubts: ["We weten niet of de factuur naar ons of naar de stichting moet.", "Ik weet niet meer welke, zet er een van beide op.", "Factureer rechtstreeks aan de klant, graag.", "De factuur gaat naar de klant in plaats van aan ons.", "We weten nog niet wie er gaat betalen.", "Ik weet nog niet of de factuur op naam van de vereniging of de gemeente moet."],
			clear: ["Graag de factuur op naam van Bakker Bloemen BV.", "Kun je me een factuur sturen voor 5 uur fotobewerking?"],
		},
	},
];

/** A phrase as a pattern: its spaces also match the line break of a hard-wrapped sentence. */
const compile = (phrases: string[]) => new RegExp(String.raw`(?<![\p{L}])(?:${phrases.map((p) => p.replace(/ /g, String.raw`\s+`)).join("|")})(?![\p{L}])`, "giu");
const COMPILED = PAYER_DOUBT.map((row) => ({ row, elsewhere: compile(row.elsewhere), undecided: compile([...row.undecided, ...row.client]) }));

/** "Send it to accounts@… rather than to us", "to our bookkeeper instead of us": where the invoice is sent, not who
 * pays it — an address or the people who handle the payer's invoices in the same sentence. */
const DELIVERY = /@|(?<![\p{L}])(?:accounts?|accounting|accountants?|finance|bookkeep\p{L}*|payables|AP|Buchhaltung|Rechnungswesen|contabilidad|comptabilité|comptable|contabilità|contabilidade|boekhouding|administratie)(?![\p{L}])/iu;

function sentenceAt(text: string, at: number, end: number): string {
	const start = Math.max(...[".", "?", "!", "\n\n"].map((c) => text.lastIndexOf(c, at - 1))) + 1;
	const stop = /[.?!]\s|\n\n|$/.exec(text.slice(end))!.index + end;
	return text.slice(start, stop);
}

/** The first match of a row's patterns, skipping "elsewhere" words whose sentence only says where the invoice goes;
 * `open` says whether the payer is open (undecided, or the sender's client) rather than only "not us". */
function firstIn(c: (typeof COMPILED)[number], text: string): { m: RegExpExecArray; open: boolean } | null {
	let best: { m: RegExpExecArray; open: boolean } | null = null;
	for (const [re, delivery] of [[c.elsewhere, true], [c.undecided, false]] as const) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) {
			if (delivery && DELIVERY.test(sentenceAt(text, m.index, m.index + m[0].length))) continue;
			if (best === null || m.index < best.m.index) best = { m, open: !delivery };
			break;
		}
	}
	return best;
}

/** The matched words; a match that ends on its "or" ("entweder an die Müller Bau GmbH direkt oder an") runs on to the
 * second payer, so the card names both ("… oder an die Agentur Hofer & Partner"). */
const OR_AT_END = /(?<![\p{L}])(?:or|oder|o|ou|of|either|entweder|soit|oppure)(?:\s+(?:to|an|a|à|aan|para|per|auf))?\s*$/iu;
const words = (m: RegExpExecArray) => {
	const rest = OR_AT_END.test(m[0]) ? (/^[^,.;?!]{1,80}?(?=[,.;?!]|\n\s*\n|$)/u.exec(m.input.slice(m.index + m[0].length))?.[0] ?? "") : "";
	return (m[0] + rest).replace(/\s+/g, " ").replace(/[,\s]+$/, "");
};

/** The words that put the payer in doubt, in any of the seven languages, and whether the payer is open (undecided or
 * the sender's client) rather than only "not us"; or null. */
export function payerDoubt(text: string): { words: string; open: boolean } | null {
	let best: { m: RegExpExecArray; open: boolean } | null = null;
	let open = false;
	for (const c of COMPILED) {
		const hit = firstIn(c, text);
		if (hit && (best === null || hit.m.index < best.m.index)) best = hit;
		open ||= c.undecided.test(text);
		c.undecided.lastIndex = 0;
	}
	return best ? { words: words(best.m), open: open || best.open } : null;
}

/** The row's own phrases only (for its tests). */
export function rowDoubt(row: PayerDoubtRow, text: string): string | null {
	const c = COMPILED.find((x) => x.row === row);
	const hit = c ? firstIn(c, text) : null;
	return hit ? hit.m[0] : null;
}

/** The clarification the card shows when the payer is in doubt, or null. "Please invoice Globex Ltd rather than us"
 * names the payer (`namedPayer`, a company with its legal form): only "not us" with no payer named, or a payer still
 * undecided, is asked. */
export function payerProblem(text: string, namedPayer: string | null = null): string | null {
	const doubt = payerDoubt(text);
	if (!doubt || (namedPayer && !doubt.open)) return null;
	return `who the invoice is to: the email says "${doubt.words}" — which company or person is it made out to, and at what address?`;
}
