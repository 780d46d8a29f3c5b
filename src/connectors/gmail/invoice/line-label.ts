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
