// A price written in cents ("flyers 500 @ 45c each", "stickers at 30¢ apiece", "Flyer à 40 ct pro Stück"): the reader
// reads no amount from it, so the line it prices would be left out of a draft without a word. Such a price, outside
// every line read, is asked about instead. Only a count of cents that prices one thing is taken ("@ 45c", "45c each"):
// "4c print" (four colours) or "a 5c coin" say nothing of a price.

/** A number of cents: a sign or word of cents right after one or two digits, not part of a bigger number. */
const CENTS = String.raw`(?<![\p{L}\p{N}.,$€£¥])\d{1,2}[ \t]?(?:c|¢|cents?|ct|cts|Cent|centimes?|céntimos?|centavos?|centesimi|centesimo)(?![\p{L}\p{N}])`;
/** "@", "at", "à", "zu", "voor" before the cents, or a word of each after them ("a 5c coin" is no price: "a" is not taken). */
const AT_BEFORE = String.raw`(?:@|(?<![\p{L}])(?:at|à|zu|je|voor)(?![\p{L}]))[ \t]*`;
const EACH_AFTER = String.raw`[ \t]*(?:each|ea\.?|apiece|a piece|per (?:piece|item|unit|copy|sheet)|je|pro Stück|das Stück|pièce|chacun|chacune|l['’]unité|cada(?: uno| una)?|c\/u|por unidad|cada|ciascuno|ciascuna|l['’]uno|l['’]una|cadauno|per stuk|stuk|\/(?:pc|pcs|ea|st|Stk|pz|u|un))(?![\p{L}])`;
const CENTS_PRICE = new RegExp(String.raw`${AT_BEFORE}(?<c>${CENTS})|(?<d>${CENTS})(?=${EACH_AFTER})`, "giu");

export const CENTS_EXAMPLES = {
	asks: ["- flyers 500 @ 45c each", "Stickers at 30¢ apiece", "200 Flyer à 40 ct pro Stück", "300 folletos a 25 céntimos cada uno", "500 cartes à 35 centimes pièce", "400 volantini a 20 centesimi l'uno", "250 flyers à 30 cent per stuk"],
	ignores: ["4c print on 350gsm", "We used a 5c coin for scale.", "The flyers are $0.45 each."],
};

/** Each cents price outside the spans of the lines read, as the email wrote it. */
export function centsPrices(text: string, taken: readonly (readonly [number, number])[]): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(CENTS_PRICE)) {
		const raw = m.groups!.c ?? m.groups!.d!;
		const start = m.index + m[0].indexOf(raw);
		const end = start + raw.length;
		if (taken.some((s) => s[0] < end && start < s[1])) continue;
		out.push(raw.trim());
	}
	return out;
}

/** The question for cents prices the lines leave out, or null. */
export function centsLeftOut(text: string, taken: readonly (readonly [number, number])[]): string | null {
	const left = centsPrices(text, taken);
	if (left.length === 0) return null;
	return `the email also mentions ${left.join(", ")} (a price in cents), which does not match the lines: is it an amount to invoice, and for what?`;
}
