// A thing the email first asks to invoice and then takes back or changes ("the logo at $500 and the business cards at
// $120 — actually scratch the cards", "Die Visitenkarten doch bitte weglassen", "Finalement, oubliez les cartes", "3
// banners at $200 each. Correction: make that 4"): a draft of every priced line would bill what was dropped, or the
// count that was changed, so which lines the invoice holds is asked. The ways of dropping or changing a thing are rows
// here; a new way is a new row with its examples (they run as tests).
export interface DropPhrasing {
	id: string;
	says: string;
	/** The words that drop a thing or change a count. */
	re: RegExp;
	/** A change of count or amount ("make that 4"): asked whatever the sentence names. A dropping verb is asked only
	 * when its sentence names a drafted line ("scratch the cards" beside the line "Business cards"). */
	changes?: true;
	examples: { asks: string[]; ignores: string[] };
}

/** What may follow an English verb of dropping: "drop the", "leave those off" ("a drop shadow" drops nothing). */
const EN_OBJECT = String.raw`\s+(?:the|those|these|that|this|them|it|our|my|all)(?![\p{L}])`;
/** Not after a negation: "don't forget the PO" drops nothing. */
// A few blanks only: an unbounded look back over a long run of blanks was tried at each of them.
const NOT_NEGATED = String.raw`(?<!(?:not|don['’]t|never|n['’]t|nicht|pas|no|non|niet|não)[ \t]{1,3})`;

export const DROP_PHRASINGS: DropPhrasing[] = [
	{
		id: "en-drop",
		says: "an English verb that takes a thing off ('scratch the cards', 'leave the business cards off', 'forget the flyers')",
		re: new RegExp(String.raw`(?<![\p{L}])${NOT_NEGATED}(?:(?:scratch|drop|remove|delete|skip|forget(?:\s+about)?|scrap|strike|cancel|take\s+out|take\s+off|cross\s+off|leave\s+out|leave\s+off)${EN_OBJECT}|leave\s+(?:the|those|these|them|it)(?:\s+\p{L}+){0,4}\s+(?:off|out)(?![\p{L}])|(?:don['’]t|do\s+not|no\s+need\s+to)\s+(?:bill|invoice|include|charge)(?:\s+(?:us|me))?(?:\s+for)?${EN_OBJECT})`, "iu"),
		examples: {
			asks: ["Actually scratch the cards, we'll do them next month.", "On second thought, leave the business cards off for now.", "Please drop the flyers from it.", "No need to invoice the banner yet."],
			ignores: ["The logo has a drop shadow.", "Don't forget the PO number.", "Please remove background noise from the video."],
		},
	},
	{
		id: "de-drop",
		says: "a German verb that takes a thing off ('die Visitenkarten doch bitte weglassen', 'streich die Flyer', 'nimm das Poster raus')",
		re: new RegExp(String.raw`(?<![\p{L}])(?:weglassen|wegzulassen|lass\s+(?:\p{L}+\s+){1,5}weg|lasst\s+(?:\p{L}+\s+){1,5}weg|streich|streicht|streichen|rausnehmen|herausnehmen|nimm\s+(?:\p{L}+\s+){1,5}raus|entferne|entfernen|vergiss|vergesst|entfällt|entfallen|storniere|stornieren|nicht\s+(?:berechnen|abrechnen|in\s+Rechnung\s+stellen))(?![\p{L}])`, "iu"),
		examples: {
			asks: ["Die Visitenkarten doch bitte weglassen, die machen wir selbst.", "Streich die Flyer bitte.", "Lass das Poster doch weg.", "Die Visitenkarten bitte nicht berechnen."],
			ignores: ["Die Lieferung war pünktlich.", "Das Logo mit weißem Rand."],
		},
	},
	{
		id: "fr-drop",
		says: "a French verb that takes a thing off ('oubliez les cartes de visite', 'retirez la bannière', 'ne facturez pas le flyer')",
		re: new RegExp(String.raw`(?<![\p{L}])(?:oubliez|oublie|retirez|retire[rz]?|enlevez|enlève|enlever|supprimez|supprime|supprimer|annulez|annule|ne\s+(?:me\s+|nous\s+)?facturez?\s+pas|pas\s+besoin\s+de\s+facturer)(?![\p{L}])`, "iu"),
		examples: {
			asks: ["Finalement, oubliez les cartes de visite.", "Retirez la bannière, s'il vous plaît.", "Ne facturez pas le flyer."],
			ignores: ["Merci pour le logo.", "L'oubli est réparé."],
		},
	},
	{
		id: "es-drop",
		says: "a Spanish verb that takes a thing off ('mejor quita las tarjetas', 'olvida el flyer', 'no factures el cartel')",
		re: new RegExp(String.raw`(?<![\p{L}])(?:quita|quitad|quite|quitar|quítale|olvida|olvidad|olvídate\s+de|olvídense\s+de|elimina|eliminad|elimine|eliminar|borra|borrad|saca|sacad|anula|anulad|no\s+(?:me\s+|nos\s+)?(?:factures|facturéis|facture|incluyas|incluya|cobres))(?![\p{L}])`, "iu"),
		examples: {
			asks: ["Bueno, mejor quita las tarjetas, las haremos más adelante.", "Olvida el flyer.", "No nos factures el cartel todavía."],
			ignores: ["Quiero el logo en azul.", "Sacamos las fotos el lunes."],
		},
	},
	{
		id: "it-drop",
		says: "an Italian verb that takes a thing off ('anzi no, togli i biglietti da visita', 'lascia perdere il volantino')",
		re: new RegExp(String.raw`(?<![\p{L}])(?:togli|toglilo|toglila|togliete|togliere|elimina|eliminate|lascia\s+(?:perdere|stare)|lasciate\s+(?:perdere|stare)|cancella|cancellate|rimuovi|rimuovete|dimentica|dimenticate|non\s+(?:mi\s+|ci\s+)?(?:fatturare|fatturate|includere|includete))(?![\p{L}])`, "iu"),
		examples: {
			asks: ["Anzi no, togli i biglietti da visita.", "Lascia perdere il volantino.", "Non fatturare le foto extra."],
			ignores: ["Il logo è perfetto.", "Togliamo il dubbio: va bene."],
		},
	},
	{
		id: "nl-drop",
		says: "a Dutch verb that takes a thing off ('laat de visitekaartjes toch maar weg', 'schrap de flyers', 'haal de banner eraf')",
		re: new RegExp(String.raw`(?<![\p{L}])(?:laat\s+(?:\p{L}+\s+){1,5}weg|weglaten|schrap|schrappen|haal\s+(?:\p{L}+\s+){1,5}(?:eraf|weg|eruit)|verwijder|verwijderen|vergeet|niet\s+(?:factureren|meefactureren|in\s+rekening\s+brengen))(?![\p{L}])`, "iu"),
		examples: {
			asks: ["Laat de visitekaartjes toch maar weg.", "Schrap de flyers.", "Haal de banner er maar weg."],
			ignores: ["Laat maar weten.", "De flyers zijn mooi."],
		},
	},
	{
		id: "pt-drop",
		says: "a Portuguese verb that takes a thing off ('afinal, retire os cartões de visita', 'esqueça o folheto')",
		re: new RegExp(String.raw`(?<![\p{L}])(?:retire|retira|retirar|remova|esqueça|esquece|elimine|cancele|não\s+(?:nos\s+|me\s+)?(?:fature|faturar|inclua|cobre))(?![\p{L}])`, "iu"),
		examples: {
			asks: ["Afinal, retire os cartões de visita.", "Esqueça o folheto.", "Não fature as fotos extra."],
			ignores: ["O logótipo ficou ótimo.", "Retiramos as provas ontem."],
		},
	},
	// A thing and its price told as taken back, in the past or the passive ("the brand guide, which was $450 but then
	// dropped", "the banner ($200) was cancelled", "it was $450 but you waived it", "die Broschüre (300 €) wurde
	// storniert", "le flyer, 120 €, a été annulé"): its price is written, so a draft would bill it.
	{
		id: "taken-back",
		says: "a thing told as dropped, cancelled or waived ('which was $450 but then dropped', 'wurde storniert', 'a été annulé', 'fue cancelado')",
		re: new RegExp(String.raw`(?<![\p{L}])${NOT_NEGATED}(?:(?:dropped(?!\\s+(?:off|by|in|out|into|the|a|an|it|them|us|you|me))|cancell?ed|waived|scrapped|withdrawn|called\s+off|struck\s+off|written\s+off|no\s+longer\s+needed|not\s+needed\s+any\s?more)|storniert|erlassen|fällt\s+weg|weggefallen|(?:ist|wurde|wird|wurden|sind|haben\s+wir)\s+(?:\p{L}+\s+){0,3}gestrichen|annulée?s?|abandonnée?s?|offerts?|cancelad[oa]s?|anulad[oa]s?|descartad[oa]s?|se\s+cayó|dispensad[oa]s?|annullat[oaie]|cancellat[oaie]|abbuonat[oaie]|geannuleerd|geschrapt|vervallen|kwijtgescholden)(?![\p{L}])`, "iu"),
		examples: {
			asks: ["The brand guide, which was $450 but then dropped.", "The banner ($200) was cancelled.", "It was $450 but you waived the brand guide fee.", "Die Broschüre (300 €) wurde storniert.", "Le flyer, 120 €, a été annulé.", "El cartel, 200 €, fue cancelado.", "Il volantino da 120 € è stato annullato.", "De flyer van € 120 is geschrapt."],
			ignores: ["The logo has a drop shadow.", "Please invoice the cancellation fee.", "We haven't cancelled anything."],
		},
	},
	{
		id: "make-that",
		says: "a count or amount changed after it was written ('Correction: make that 4 banners', 'Actually make it 12', 'mach 5 daraus')",
		re: new RegExp(String.raw`(?<![\p{L}])(?:make\s+(?:that|it)\s+(?:\p{L}+\s+)?\d|mach(?:t)?\s+(?:\p{L}+\s+)?\d[\d.,]*\s+(?:\p{L}+\s+)?daraus|mettez\s+plutôt\s+\d|mejor\s+(?:pon|poned|ponga)\s+\d|(?:corrección|correction|correzione|Korrektur|correctie|correção)\s*:\s*(?:\p{L}+\s+){0,3}\d)`, "iu"),
		changes: true,
		examples: {
			asks: ["Correction: make that 4 banners.", "Actually make it 12, we added two.", "Korrektur: 5 Poster, nicht 4."],
			ignores: ["Please make the logo bigger.", "Make it pop!"],
		},
	},
	// A count or price written again, the first one denied after it ("you sent 45 photos, not 40", "5 Poster, nicht 4",
	// "45 fotos, no 40", "12 horas, não 10"): the negation in lower case, as a sentence writes it, so "Unit 12, No 40"
	// (an address) stays. Each run between the number and the negation is bounded (a word of at most 30 letters after
	// one to three blanks, at most three blanks around a comma): unbounded runs split a 100,000-letter word or 60,000
	// blanks every way and froze the reader for a minute (reading-speed.test.ts).
	{
		id: "not-the-first",
		says: "a count or price written with the first one denied after it ('45 photos, not 40', '5 not 4', '45 Fotos, nicht 40', '45 fotos, no 40')",
		re: new RegExp(String.raw`(?<![\p{L}\p{N}.,])\d[\d.,]*(?:\s{1,3}[\p{L}'’]{1,30}(?![\p{L}'’])){0,2}?\s{0,3}(?:[,–—-]\s{0,3})?(?<![\p{L}'’])(?:not|nicht|no|pas|não|non|niet|geen)\s+(?:[$€£]\s?)?\d`, "u"),
		changes: true,
		examples: {
			asks: ["Wait, it was 5 not 4, sorry!", "Moment, es waren 5 Poster, nicht 4.", "Veo que nos mandaste 45\nfotos, no 40.", "Opa, foram 12 horas, não 10.", "En fait c'était 45, pas 40.", "Erano 7 ore non 6.", "Het waren 4 banners, niet 3."],
			ignores: ["Unit 12, No 40 High Street.", "We need 3 banners, no rush.", "2 hours not counting the travel.", "Via Cantonale 8, 6900 Lugano\n091 555 27 14"],
		},
	},
	// "Actually there were 45 photos", "eigentlich waren es 45", "en fait c'était 45", "na verdade foram 45", "in realtà
	// erano 45", "eigenlijk waren het er 45", "en realidad fueron 45": a count told again as it really was.
	{
		id: "actually-it-was",
		says: "a count told again as it really was ('actually there were 45', 'eigentlich waren es 45', 'en fait c'était 45', 'na verdade foram 45')",
		re: new RegExp(String.raw`(?<![\p{L}])(?:actually|in\s+fact|eigentlich|tatsächlich|en\s+fait|en\s+réalité|en\s+realidad|na\s+verdade|in\s+realtà|eigenlijk)\s*,?\s*(?:it\s+was|it's|there\s+were|they\s+were|we\s+got|you\s+sent|you\s+delivered|waren\s+es|war\s+es|sind\s+es|hast\s+du|c['’]était|ce\s+sont|il\s+y\s+en\s+avait|il\s+y\s+avait|fueron|eran|son|foram|eram|são|erano|sono|waren\s+het(?:\s+er)?|zijn\s+het(?:\s+er)?|was\s+het)\s+(?:\p{L}+\s+)?\d`, "iu"),
		changes: true,
		examples: {
			asks: ["Actually there were 45 photos in the end.", "Eigentlich waren es 45.", "En fait c'était 45.", "Na verdade foram 45.", "In realtà erano 45.", "Eigenlijk waren het er 45.", "En realidad fueron 45."],
			ignores: ["Actually it was great working with you.", "Eigentlich passt alles."],
		},
	},
	// "Were the extra 5 free or do you charge for them?", "¿eran de regalo o se cobran?", "gratis oder berechnest du die?",
	// "offertes ou payantes ?", "cortesia ou você cobra?", "in omaggio o le fatturi?", "gratis of reken je die?": whether
	// some of the things are billed is asked back, so the count to invoice is not known.
	{
		id: "free-or-billed",
		says: "whether some things are free or billed, asked ('free or do you charge for them?', 'de regalo o se cobran', 'gratis oder berechnet')",
		re: new RegExp(String.raw`(?<![\p{L}])(?:free|complimentary|included|a\s+gift|on\s+the\s+house|gratis|kostenlos|geschenkt|inklusive|de\s+regalo|regalad[oa]s|incluid[oa]s|offert[e]?s?|gratuit[e]?s?|inclus[e]?s?|cortesia|brinde|de\s+graça|incluíd[oa]s|in\s+omaggio|omaggio|inclus[ie]|inbegrepen)\s*,?\s+(?:or|oder|o|ou|of)\s+(?:[\p{L}'’]+\s+){0,3}?(?:charged?|billed|bill|invoiced?|paid|extra|chargeable|berechne\w*|bezahl\w*|kosten\w*|se\s+cobran|cobra\w*|factur\w*|pag\w+|payant\w*|fattur\w*|reken\w*|betaal\w*|betaald)(?![\p{L}])`, "iu"),
		changes: true,
		examples: {
			asks: ["Were the extra 5 free or do you charge for them?", "¿Las 5 de la terraza eran de regalo o se cobran?", "Sind die 5 extra gratis oder berechnest du die?", "Les 5 en plus sont offertes ou payantes ?", "As 5 extras são cortesia ou você cobra?", "Le 5 in più sono in omaggio o le fatturi?", "Zijn die 5 extra gratis of reken je die?", "Are the 4 extra included or billed?"],
			ignores: ["Delivery is free or we pick it up ourselves.", "The first consultation was free."],
		},
	},
];

const WORD = /\p{L}{4,}/gu;
/** A fee for the cancellation itself, in the seven languages. */
const BILLED_CANCELLATION = /(?<![\p{L}])(?:cancell?ation|kill\s+fee|late\s+fee|storno|ausfall|annulation|cancelación|cancelamento|annullamento|annulering|penal)/iu;

/** The sentence around a point: back to and up to a full stop, a question mark, an exclamation mark or a blank line. */
export function sentenceAt(text: string, at: number, end: number): string {
	const before = text.slice(Math.max(0, at - 300), at);
	const start = /^[\s\S]*(?:[.?!]\s|\n\s*\n)/.exec(before);
	const after = text.slice(end);
	const stop = /[.?!](?:\s|$)|\n\s*\n/.exec(after);
	return (start ? before.slice(start[0].length) : before) + text.slice(at, end) + (stop ? after.slice(0, stop.index) : after);
}

/** The first words that drop a drafted line or change a count, or null. */
export function droppedItem(text: string, lineDescriptions: string[]): string | null {
	const named = new Set(lineDescriptions.flatMap((d) => d.toLowerCase().match(WORD) ?? []));
	for (const p of DROP_PHRASINGS) {
		const re = new RegExp(p.re.source, `g${p.re.flags.replace("g", "")}`);
		for (const m of text.matchAll(re)) {
			const sentence = sentenceAt(text, m.index, m.index + m[0].length);
			if (p.changes) return sentence.trim();
			// "Cancelled shoot fee": the word is the line's own name, not a thing taken back; and a cancellation billed ("the
			// shoot was cancelled late, so please invoice the cancellation fee") is what the invoice is for.
			if (p.id === "taken-back" && (lineDescriptions.some((d) => d.toLowerCase().includes(m[0].toLowerCase())) || BILLED_CANCELLATION.test(sentence))) continue;
			const own = new Set(m[0].toLowerCase().match(WORD) ?? []);
			// "scratch the cards" beside the line "Business cards": a word of a drafted line named near the verb. A plural
			// or singular written the other way round counts ("card" / "cards").
			const words = (sentence.toLowerCase().match(WORD) ?? []).filter((w) => !own.has(w));
			if (words.some((w) => named.has(w) || named.has(w.replace(/(?:es|s|n|en)$/u, "")) || [...named].some((n) => n.replace(/(?:es|s|n|en)$/u, "") === w))) return sentence.trim();
		}
	}
	return null;
}
