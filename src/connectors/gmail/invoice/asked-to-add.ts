// A second thing the sender only asks about adding ("P.S. We still owe you $120 for the flyers — add that too?",
// "Should I also include the $120 for the flyers?", "¿Añadimos también los flyers, 120 €?", "Die Flyer (120 €) auch
// gleich mit drauf?"): a question for the owner to decide, not an ask to invoice it. Its line is asked about, never
// drafted — unless the question is a polite request ("Could you add the flyers too, $120?"). The words are rows of
// a table whose examples run as tests (tests/connectors/gmail/asked-to-add.test.ts).

/** Words of adding or of "too", in the seven languages (stems where the verb bends: "añad" is "añadimos", "añadir"). */
export const ADDING_WORDS = /(?<![\p{L}])(?:add|adding|include|including|put|throw|too|also|as well|hinzu\p{L}*|dazu|drauf|mitberechn\p{L}*|aufnehm\p{L}*|auch|añad\p{L}*|inclu\p{L}*|agreg\p{L}*|sum\p{L}*|también|ajout\p{L}*|aussi|aggiung\p{L}*|anche|toevoeg\p{L}*|erbij|ook|adicion\p{L}*|acrescent\p{L}*|junt\p{L}*|também)(?![\p{L}])/iu;

/** A question that asks politely for it (could you, kannst du, puedes, pourrais-tu, puoi, kun je, pode): a request. */
export const REQUEST_MODALS = /(?<![\p{L}])(?:could|can|would|will|please|pls|kindly|kannst|könntest|können|könnten|bitte|puedes|podrías|puede|podría|pueden|por favor|pourrais|pouvez|peux|pourriez|merci de|puoi|potresti|può|potrebbe|per favore|kun|kunt|wil|wilt|graag|pode|poderia|podes|podia|poderiam|me facturas|nos facturas|mi fatturi|ci fatturi|me haces|nos haces|me mandas|nos mandas|me pasas|nos pasas|me envías|nos envías|mi fai|ci fai|mi mandi|ci mandi|tu m['’]envoies|tu nous envoies|tu me fais|tu nous fais|schickst du|stellst du|stuur je|stuurt u|me manda|nos manda|me envia|nos envia)(?![\p{L}])/iu;

export const ASKED_TO_ADD_EXAMPLES: { asks: string[]; requests: string[] } = {
	asks: ["P.S. We still owe you $120 for the flyers — add that too?", "Should I also include the $120 for the flyers?", "The flyers were $120 — want to add them too?", "¿Añadimos también los flyers, 120 €?", "Die Flyer (120 €) auch gleich mit drauf?", "On ajoute aussi les flyers, 120 € ?", "Aggiungiamo anche i volantini, 120 €?", "Zullen we de flyers ook toevoegen, € 120?", "Adicionamos também os flyers, 120 €?"],
	requests: ["Could you add the flyers too, $120?", "Kannst du die Flyer (120 €) auch noch dazunehmen?", "¿Puedes añadir también los flyers, 120 €?", "Pourrais-tu ajouter aussi les flyers, 120 € ?", "Puoi aggiungere anche i volantini, 120 €?", "Kun je de flyers ook toevoegen, € 120?", "Pode adicionar também os flyers, 120 €?", "The flyers were $120.", "¿Nos haces la factura del logo, 500 €, y también las tarjetas, 100 €?", "Mi fai la fattura del logo, 500 €, e anche dei biglietti, 100 €?"],
};

/** Whether a sentence only asks whether to add a thing: a question with a word of adding and no polite request. */
export function asksWhetherToAdd(sentence: string): boolean {
	const s = sentence.trim();
	return /\?[\s)"”»]*$/u.test(s) && ADDING_WORDS.test(s) && !REQUEST_MODALS.test(s);
}

/** The sentence around a span: from the last end of sentence or line before it to the next one after it. */
function sentenceAround(text: string, span: [number, number]): string {
	let a = span[0];
	while (a > 0 && !/[\n.?!]/u.test(text[a - 1]!)) a--;
	let b = span[1];
	while (b < text.length && !/[\n?!]/u.test(text[b]!) && !(text[b] === "." && !/\d/u.test(text[b + 1] ?? ""))) b++;
	return text.slice(a, Math.min(text.length, b + 1));
}

/** The lines whose own sentence only asks whether to add them, as questions (also the only line: "Thanks, invoice us for
 * it. P.S. We still owe you $120 for the flyers — add that too?" would otherwise draft the flyers alone). */
export function askedToAdd(text: string, lines: { description: string; unitPrice: string; span: [number, number] }[], currency: string | null): string[] {
	return lines
		.filter((l) => asksWhetherToAdd(sentenceAround(text, l.span)))
		.map((l) => `whether "${l.description}" (${l.unitPrice}${currency ? ` ${currency}` : ""}) belongs on this invoice: the email only asks about adding it ("${sentenceAround(text, l.span).replace(/\s+/g, " ").trim()}")`);
}
